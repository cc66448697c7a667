// Figures: claim groups with their status, the competing values and who states each, with the sentence it comes from.
import { api, type DocMeta, type Page } from '../api.js';
import { fmt, h } from '../dom.js';
import { go, type Route } from '../router.js';

interface Group {
  id: string;
  measure: string;
  period: string | null;
  place: string | null;
  unit: string | null;
  status: 'conflicting' | 'corroborated' | 'single';
  statements: Array<{ id: string; value: number; unit: string | null; attributed_to: string | null; evidence: Array<{ text: string }>; document: DocMeta }>;
}

const PAGE = 30;

export async function renderFigures(root: HTMLElement, route: Route): Promise<void> {
  const status = route.params.get('status') ?? '';
  const q = route.params.get('q') ?? '';
  const offset = Math.max(0, Number(route.params.get('offset') ?? 0) || 0);
  const page = await api<Page<Group>>('claim-groups', { status, q, limit: PAGE, offset });
  const statusSel = h('select', { name: 'status', id: 'fig-status' }, ...['', 'conflicting', 'corroborated', 'single'].map((v) => h('option', { value: v, selected: v === status }, v || 'any status')));
  const text = h('input', { type: 'search', name: 'q', id: 'fig-q', value: q, placeholder: 'measure or period' });
  const form = h('form', { class: 'inline-form', role: 'search' }, h('label', { for: 'fig-status' }, 'Status'), statusSel, h('label', { for: 'fig-q' }, 'Words'), text, h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go(['figures'], Object.fromEntries(Object.entries({ status: statusSel.value, q: text.value.trim() }).filter(([, v]) => v)));
  });
  const more = (delta: number) => go(['figures'], Object.fromEntries(Object.entries({ status, q, offset: String(offset + delta) }).filter(([, v]) => v)));
  root.replaceChildren(
    h('h1', {}, `Figures (${fmt.num(page.total)} groups)`),
    h('p', { class: 'muted' }, 'Statistical claims about the same measure and period, grouped. Conflicting groups first: their sources state different values.'),
    form,
    ...(page.items.length === 0
      ? [h('p', { class: 'empty' }, status || q ? 'No group of figures matches.' : 'No statistical claim has been extracted yet.')]
      : []),
    ...page.items.map((g) =>
      h('section', { class: `group ${g.status}`, 'data-group': g.id },
        h('h2', {}, h('span', { class: `badge ${g.status}` }, g.status), ' ', g.measure),
        h('p', { class: 'muted' }, `period: ${fmt.text(g.period)} · place: ${fmt.text(g.place)} · unit: ${fmt.text(g.unit)}`),
        h('div', { class: 'table-wrap' }, h('table', {},
          h('thead', {}, h('tr', {}, ...['Value', 'Stated by', 'Outlet', 'Published', 'Sentence'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, ...g.statements.map((st) =>
            h('tr', {},
              h('td', { class: 'num value' }, `${fmt.num(st.value, 2)}${st.unit ? ` ${st.unit}` : ''}`),
              h('td', {}, fmt.text(st.attributed_to)),
              h('td', {}, fmt.text(st.document.outlet)),
              h('td', {}, fmt.text(st.document.published)),
              h('td', { class: 'sentence' }, st.evidence.map((e) => e.text).join(' … ')))))))),
    ),
    h('nav', { class: 'pager', 'aria-label': 'Pages' },
      h('button', { type: 'button', disabled: offset === 0, on: { click: () => more(-PAGE) } }, '← Previous'),
      h('button', { type: 'button', disabled: offset + page.items.length >= page.total, on: { click: () => more(PAGE) } }, 'Next →')),
  );
}
