// Entities: a searchable list, and one entity's page with its mentions in context and the incidents around it.
import { api, type DocMeta, type IncidentItem, type Page } from '../api.js';
import { fmt, h, highlighted } from '../dom.js';
import { go, link, type Route } from '../router.js';

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

const plural = (n: number, word: string) => `${fmt.num(n)} ${word}${n === 1 ? '' : 's'}`;

export async function renderEntities(root: HTMLElement, route: Route): Promise<void> {
  const q = route.params.get('q') ?? '';
  const type = route.params.get('type') ?? '';
  const page = await api<Page<EntityItem>>('entities', { q, type, limit: 100 });
  const text = h('input', { type: 'search', id: 'ent-q', value: q, placeholder: 'name or alias' });
  const typeSel = h('select', { id: 'ent-type' }, ...['', 'person', 'organisation', 'criminal_group', 'place'].map((v) => h('option', { value: v, selected: v === type }, v ? fmt.type(v) : 'any kind')));
  const form = h('form', { class: 'inline-form', role: 'search' }, h('label', { for: 'ent-q' }, 'Name'), text, h('label', { for: 'ent-type' }, 'Kind'), typeSel, h('button', { type: 'submit' }, 'Find'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go(['entities'], Object.fromEntries(Object.entries({ q: text.value.trim(), type: typeSel.value }).filter(([, v]) => v)));
  });
  root.replaceChildren(
    h('h1', {}, `Entities (${fmt.num(page.total)})`),
    form,
    page.items.length
      ? h('ul', { class: 'entity-list' }, ...page.items.map((e) =>
          h('li', {}, h('a', { href: link(['entity', e.id]) }, e.name), h('span', { class: 'muted' }, ` · ${fmt.type(e.type)} · ${plural(e.mentions, 'mention')} in ${plural(e.documents, 'document')}`))))
      : h('p', { class: 'empty' }, 'No entity matches.'),
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
}
