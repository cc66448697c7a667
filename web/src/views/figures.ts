// Figures: claim groups with their status, the competing values and who states each, with the sentence it comes from;
// editors may mark a group's grouping wrong (its figures then stand alone).
import { api, ApiError, canEdit, post, whoAmI, type DocMeta, type Page } from '../api.js';
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
  const [page, me] = await Promise.all([api<Page<Group>>('claim-groups', { status, q, limit: PAGE, offset }), whoAmI().catch(() => null)]);
  const editor = me !== null && canEdit(me);
  /** A group of several figures, for an editor: a reason and a button that splits it into figures standing alone. */
  const groupingWrong = (g: Group) => {
    if (!editor || g.statements.length < 2) return null;
    const reason = h('input', { class: 'grouping-reason', maxlength: 2000, placeholder: 'why (kept in the audit log)', 'aria-label': `Reason: ${g.measure}` });
    const status = h('span', { class: 'review-status', role: 'status', 'aria-live': 'polite' });
    const button = h('button', { type: 'button', class: 'secondary grouping-wrong' }, 'Grouping wrong: these figures are not about the same thing');
    button.addEventListener('click', () => {
      void post<{ correction: number }>(`review/figures/${encodeURIComponent(g.id)}/grouping-wrong`, { reason: reason.value.trim() }).then(
        () => window.dispatchEvent(new HashChangeEvent('hashchange')),
        (err) => (status.textContent = err instanceof ApiError ? err.message : 'the correction failed'),
      );
    });
    return h('p', { class: 'grouping-review' }, reason, ' ', button, ' ', status);
  };
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
              h('td', { class: 'sentence' }, st.evidence.map((e) => e.text).join(' … '))))))),
        groupingWrong(g)),
    ),
    h('nav', { class: 'pager', 'aria-label': 'Pages' },
      h('button', { type: 'button', disabled: offset === 0, on: { click: () => more(-PAGE) } }, '← Previous'),
      h('button', { type: 'button', disabled: offset + page.items.length >= page.total, on: { click: () => more(PAGE) } }, 'Next →')),
  );
}
