// Entities: a searchable list, and one entity's page with its mentions in context and the incidents around it (and,
// for editors, its review panel).
import { api, canEdit, whoAmI, type DocMeta, type IncidentItem, type Page } from '../api.js';
import { fmt, h, highlighted } from '../dom.js';
import { go, link, type Route } from '../router.js';
import { entityPanel } from './entity-review.js';

interface EntityItem {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
  documents: number;
}

interface EntityDetail {
  entity: { id: string; name: string; type: string; aliases: string[] };
  mentions: Array<{ document: DocMeta | null; context: { text: string; start: number; end: number } | null }>;
  incidents: IncidentItem[];
}

/** Each kind of entity, in the order its column comes: who, then which groups, then where. */
const KINDS: Array<[string, string]> = [['person', 'People'], ['criminal_group', 'Criminal groups'], ['organisation', 'Organisations'], ['place', 'Places']];
/** Rows per kind when every kind is shown; a kind chosen alone shows up to ALONE rows. */
const PER_KIND = 25;
const ALONE = 200;

/** One kind's column: its count in the heading, a table of names with their mentions and documents. */
function kindSection(type: string, label: string, page: Page<EntityItem>, alone: boolean, q: string): HTMLElement {
  const more = page.total > page.items.length;
  return h('section', { class: 'entity-kind', 'aria-labelledby': `k-${type}` },
    h('h2', { id: `k-${type}` }, `${label} (${fmt.num(page.total)})`),
    h('table', { class: 'entities' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col', class: 'num' }, 'Mentions'), h('th', { scope: 'col', class: 'num' }, 'Documents'))),
      h('tbody', {}, ...page.items.map((e) =>
        h('tr', {},
          h('td', {}, h('a', { href: link(['entity', e.id]) }, e.name), e.aliases.length ? h('span', { class: 'aliases muted' }, `also ${e.aliases.join('; ')}`) : null),
          h('td', { class: 'num' }, fmt.num(e.mentions)),
          h('td', { class: 'num' }, fmt.num(e.documents)))))),
    more && !alone
      ? h('p', {}, h('a', { href: link(['entities'], Object.fromEntries(Object.entries({ type, q }).filter(([, v]) => v))) }, `All ${fmt.num(page.total)} ${label.toLowerCase()} →`))
      : more ? h('p', { class: 'muted' }, `The ${fmt.num(page.items.length)} most mentioned of ${fmt.num(page.total)}: narrow the name to find others.`) : null);
}

export async function renderEntities(root: HTMLElement, route: Route): Promise<void> {
  const q = route.params.get('q') ?? '';
  const type = route.params.get('type') ?? '';
  // Grouped by kind, in columns across the page: a single long list of every kind used a third of the width and
  // made a reader scan people, places and gangs mixed together.
  const kinds = KINDS.filter(([t]) => !type || t === type);
  const pages = await Promise.all(kinds.map(([t]) => api<Page<EntityItem>>('entities', { q, type: t, limit: type ? ALONE : PER_KIND })));
  const total = pages.reduce((n, p) => n + p.total, 0);
  const text = h('input', { type: 'search', id: 'ent-q', value: q, placeholder: 'name or alias' });
  const typeSel = h('select', { id: 'ent-type' }, ...['', ...KINDS.map(([t]) => t)].map((v) => h('option', { value: v, selected: v === type }, v ? fmt.type(v) : 'any kind')));
  const form = h('form', { class: 'inline-form', role: 'search' }, h('label', { for: 'ent-q' }, 'Name'), text, h('label', { for: 'ent-type' }, 'Kind'), typeSel, h('button', { type: 'submit' }, 'Find'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go(['entities'], Object.fromEntries(Object.entries({ q: text.value.trim(), type: typeSel.value }).filter(([, v]) => v)));
  });
  const sections = kinds.flatMap(([t, label], k) => (pages[k].total > 0 ? [kindSection(t, label, pages[k], Boolean(type), q)] : []));
  root.replaceChildren(
    h('h1', {}, `Entities (${fmt.num(total)})`),
    form,
    sections.length ? h('div', { class: `entity-kinds${type ? ' alone' : ''}` }, ...sections) : h('p', { class: 'empty' }, 'No entity matches.'),
  );
}

export async function renderEntity(root: HTMLElement, id: string): Promise<void> {
  const d = await api<EntityDetail>(`entities/${encodeURIComponent(id)}`);
  root.replaceChildren(
    h('p', {}, h('a', { href: '#/entities' }, '← All entities')),
    h('h1', {}, d.entity.name),
    h('p', { class: 'muted' }, `${fmt.type(d.entity.type)}${d.entity.aliases.length ? ` · also: ${d.entity.aliases.join('; ')}` : ''}`),
    h('h2', {}, `Mentions (${d.mentions.length})`),
    h('ul', { class: 'mentions' }, ...d.mentions.map((m) =>
      h('li', {},
        h('p', { class: 'muted' }, m.document ? h('a', { href: link(['document', m.document.id]) }, `${fmt.text(m.document.outlet)} · ${fmt.text(m.document.published)}`) : '—'),
        m.context ? h('blockquote', {}, '…', highlighted(m.context.text, [{ start: m.context.start, end: m.context.end }]), '…') : null))),
    h('h2', {}, `Incidents in the same stories (${d.incidents.length})`),
    d.incidents.length
      ? h('ul', {}, ...d.incidents.map((i) => h('li', {}, h('a', { href: link(['incident', i.id]) }, `${fmt.text(i.date)} · ${fmt.type(i.type)} · ${fmt.text(i.place_name)}`))))
      : h('p', { class: 'empty' }, 'None.'),
  );
  const me = await whoAmI().catch(() => null);
  if (me && canEdit(me)) root.querySelector('h2')?.before(entityPanel(d.entity));
}
