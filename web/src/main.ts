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

const main = document.getElementById('main')!;
let generation = 0;

async function render(): Promise<void> {
  const route = currentRoute();
  const mine = ++generation;
  // The view renders into the live tree: the map measures its drawn shapes to place points.
  const target = h('div', { class: 'view' }, h('p', { class: 'loading' }, 'Loading…'));
  main.replaceChildren(target);
  main.setAttribute('aria-busy', 'true');
  document.body.dataset.ready = 'false';
  try {
    const [head, id] = route.path;
    if (!head) await renderOverview(target, route);
    else if (head === 'incident' && id) await renderIncident(target, id);
    else if (head === 'figures') await renderFigures(target, route);
    else if (head === 'entities') await renderEntities(target, route);
    else if (head === 'entity' && id) await renderEntity(target, id);
    else if (head === 'search') await renderSearch(target, route);
    else if (head === 'document' && id) await renderDocument(target, id);
    else target.append(h('h1', {}, 'Not found'), h('p', {}, h('a', { href: '#/' }, 'Back to the map')));
  } catch (err) {
    const message = err instanceof ApiError ? err.message : 'Something went wrong while loading this view.';
    target.replaceChildren(h('h1', {}, err instanceof ApiError && err.status === 404 ? 'Not found' : 'Error'), h('p', { class: 'error', role: 'alert' }, message));
  }
  if (mine !== generation) return;
  main.removeAttribute('aria-busy');
  for (const a of document.querySelectorAll<HTMLAnchorElement>('header nav a')) {
    const here = a.getAttribute('href') === `#/${route.path[0] ?? ''}`;
    if (here) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.body.dataset.view = route.path[0] ?? 'overview';
  document.body.dataset.ready = 'true';
}

window.addEventListener('hashchange', () => {
  void render().then(() => main.focus({ preventScroll: false }));
});
void render();
