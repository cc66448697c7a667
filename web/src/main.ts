// The dashboard's entry: routes the hash to a view, shows errors as text, moves focus to the new content.
import './style.css';
import { ApiError } from './api.js';
import { h } from './dom.js';
import { currentRoute } from './router.js';
import { renderEntities, renderEntity } from './views/entities.js';
import { renderFigures } from './views/figures.js';
import { renderIncident } from './views/incident.js';
import { renderOverview } from './views/overview.js';
import { renderDocument, renderSearch } from './views/texts.js';
import { renderAccount, renderLog, renderLogin, renderQueue } from './views/review.js';

const main = document.getElementById('main')!;
let generation = 0;
/** The view last shown ("incident/inc:e12", "" for the overview): a new one opens at the top of the page. */
let shownPath: string | null = null;

const SITE = 'Vigie';
/** Each view's page title when its heading does not name it better (tabs, history and bookmarks tell views apart). */
const VIEW_TITLES: Record<string, string> = { overview: 'Map & incidents', figures: 'Figures', entities: 'Entities', search: 'Search', review: 'Review', login: 'Log in' };

/** Where a reader can go from a page that is missing or failed: always the map, and the list the page belonged to. */
function wayBack(head: string | undefined): HTMLElement {
  const up: Record<string, [string, string]> = {
    incident: ['#/', 'All incidents'],
    entity: ['#/entities', 'All entities'],
    document: ['#/search', 'Search the stories'],
    figures: ['#/figures', 'All figures'],
  };
  const parent = head ? up[head] : undefined;
  const links: Node[] = [h('a', { href: '#/' }, '← Back to the map and incidents')];
  if (parent && parent[0] !== '#/') links.push(h('a', { href: parent[0] }, parent[1]));
  if (history.length > 1) links.push(h('button', { type: 'button', class: 'link-button', on: { click: () => history.back() } }, 'Previous page'));
  return h('p', { class: 'way-back' }, ...links.flatMap((a, k) => (k ? [' · ', a] : [a])));
}

async function render(): Promise<void> {
  const route = currentRoute();
  const mine = ++generation;
  // The view renders into the live tree: the map measures its drawn shapes to place points.
  const target = h('div', { class: 'view' }, h('p', { class: 'loading' }, 'Loading…'));
  main.replaceChildren(target);
  main.setAttribute('aria-busy', 'true');
  document.body.dataset.ready = 'false';
  const [head, id] = route.path;
  try {
    if (!head) await renderOverview(target, route);
    else if (head === 'incident' && id) await renderIncident(target, id);
    else if (head === 'figures') await renderFigures(target, route);
    else if (head === 'entities') await renderEntities(target, route);
    else if (head === 'entity' && id) await renderEntity(target, id);
    else if (head === 'search') await renderSearch(target, route);
    else if (head === 'document' && id) await renderDocument(target, id);
    else if (head === 'login') await renderLogin(target);
    else if (head === 'review' && id === 'log') await renderLog(target);
    else if (head === 'review') await renderQueue(target);
    else target.replaceChildren(h('h1', {}, 'Not found'), h('p', {}, 'There is no such page in the dashboard.'), wayBack(undefined));
  } catch (err) {
    // A server on the network that reads only to people logged in: the login, then back to this page.
    if (err instanceof ApiError && err.status === 401) {
      await renderLogin(target, location.hash || '#/');
    } else {
      const message = err instanceof ApiError ? err.message : 'Something went wrong while loading this view.';
      target.replaceChildren(h('h1', {}, err instanceof ApiError && err.status === 404 ? 'Not found' : 'Error'), h('p', { class: 'error', role: 'alert' }, message), wayBack(head));
    }
    delete target.dataset.title;
  }
  if (mine !== generation) return;
  main.removeAttribute('aria-busy');
  for (const a of document.querySelectorAll<HTMLAnchorElement>('header nav a')) {
    const here = a.getAttribute('href') === `#/${route.path[0] ?? ''}`;
    if (here) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const view = head ?? 'overview';
  // A view may name itself (data-title); otherwise its heading does, else the section it belongs to.
  const heading = target.querySelector('h1')?.textContent?.trim();
  document.title = `${target.dataset.title ?? (heading || VIEW_TITLES[view] || 'Vigie')} · ${SITE}`;
  // Another view opens at its top (an incident's title, type, date and place first); the same view with other
  // parameters (a filter, a page of the list) keeps the reader where they were.
  const path = route.path.join('/');
  if (shownPath !== null && path !== shownPath) window.scrollTo(0, 0);
  shownPath = path;
  document.body.dataset.view = view;
  document.body.dataset.ready = 'true';
}

window.addEventListener('hashchange', () => {
  void render().then(() => {
    // Keyboard and screen-reader users land on the new content, unless the view already put them somewhere in it
    // (the search box); the page does not scroll for it.
    if (!main.contains(document.activeElement)) main.focus({ preventScroll: true });
  });
});
void renderAccount();
void render();
