// The review panel of an incident: confirm or reject it, correct a field choosing the supporting words by selecting
// them in a source text, merge another incident into it, move a report out. Writes go through post() (CSRF token).
import { ApiError, post } from '../api.js';
import { h } from '../dom.js';
import { go } from '../router.js';

export interface IncidentReview {
  status: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  changed: string[];
  flags: string[];
  machine: Record<string, unknown>;
}

interface Reviewable {
  id: string;
  events: string[];
  review?: IncidentReview;
}

interface Selected {
  story: string;
  start: number;
  end: number;
  text: string;
}

const FIELDS = ['date', 'killed', 'injured', 'type', 'ages', 'actors'] as const;

/** The value typed in the box as the API takes it: empty is unknown (null), lists are comma-separated. */
function parseValue(field: string, raw: string): unknown {
  const t = raw.trim();
  if (field === 'ages') return t ? t.split(',').map((x) => Number(x.trim())) : [];
  if (field === 'actors') return t ? t.split(',').map((x) => x.trim()).filter(Boolean) : [];
  if (t === '') return null;
  if (field === 'killed' || field === 'injured') return /^[0-9]+$/.test(t) ? Number(t) : t;
  return t;
}

/** Character offsets of a selection inside one story box, counted in the story's text (marks are text too). */
export function selectionIn(root: ParentNode): Selected | null {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  for (const section of root.querySelectorAll<HTMLElement>('section.source[data-story]')) {
    const box = section.querySelector<HTMLElement>('.story-text');
    if (!box || !box.contains(range.startContainer) || !box.contains(range.endContainer)) continue;
    const before = document.createRange();
    before.selectNodeContents(box);
    before.setEnd(range.startContainer, range.startOffset);
    const start = before.toString().length;
    const text = range.toString();
    return { story: section.dataset.story!, start, end: start + text.length, text };
  }
  return null;
}

export function reviewPanel(inc: Reviewable, root: HTMLElement): HTMLElement {
  const status = h('p', { class: 'review-status', role: 'status', 'aria-live': 'polite' });
  const reason = h('input', { id: 'review-reason', maxlength: 2000, placeholder: 'why (kept in the audit log)' });
  const field = h('select', { id: 'review-field' }, ...FIELDS.map((f) => h('option', { value: f }, f)));
  const value = h('input', { id: 'review-value', placeholder: 'new value (empty: unknown; lists: a, b)' });
  const evidence = h('span', { id: 'review-evidence', class: 'muted' }, 'none: select the supporting words in a source below');
  const other = h('input', { id: 'review-other', placeholder: 'inc:e…', maxlength: 40 });
  let chosen: Selected | null = null;

  const run = async (label: string, path: string, body: Record<string, unknown>, then?: (r: { incident: string | null }) => void) => {
    try {
      const r = await post<{ incident: string | null; correction: number }>(path, body);
      status.textContent = `${label}: done (correction ${r.correction})`;
      if (then) then(r);
      else window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (err) {
      status.textContent = err instanceof ApiError ? err.message : `${label} failed`;
    }
  };
  const base = `review/incidents/${encodeURIComponent(inc.id)}`;
  const useSelection = h('button', { type: 'button', id: 'review-use-selection', class: 'secondary' }, 'Use selected words as evidence');
  useSelection.addEventListener('mousedown', (ev) => ev.preventDefault()); // keep the selection when the button is clicked
  useSelection.addEventListener('click', () => {
    chosen = selectionIn(root);
    evidence.textContent = chosen ? `“${chosen.text}”` : 'none: select the supporting words in a source below first';
  });
  const confirm = h('button', { type: 'button', id: 'review-confirm' }, 'Confirm');
  confirm.addEventListener('click', () => void run('Confirm', `${base}/confirm`, reason.value.trim() ? { reason: reason.value.trim() } : {}));
  const reject = h('button', { type: 'button', id: 'review-reject', class: 'secondary' }, 'Reject');
  reject.addEventListener('click', () => void run('Reject', `${base}/reject`, { reason: reason.value.trim() }));
  const save = h('button', { type: 'button', id: 'review-save' }, 'Save correction');
  save.addEventListener('click', () =>
    void run('Correction', `${base}/edit`, {
      field: field.value,
      value: parseValue(field.value, value.value),
      reason: reason.value.trim(),
      ...(chosen ? { evidence: { story: chosen.story, start: chosen.start, end: chosen.end } } : {}),
    }),
  );
  const merge = h('button', { type: 'button', id: 'review-merge', class: 'secondary' }, 'Merge into this one');
  merge.addEventListener('click', () =>
    void run('Merge', `${base}/merge`, { other: other.value.trim(), reason: reason.value.trim() }, (r) => {
      if (r.incident && r.incident !== inc.id) go(['incident', r.incident]);
      else window.dispatchEvent(new HashChangeEvent('hashchange'));
    }),
  );
  // Each report of a multi-source incident can be moved out of it.
  if (inc.events.length > 1) {
    for (const section of root.querySelectorAll<HTMLElement>('section.source[data-events]')) {
      for (const ev of (section.dataset.events ?? '').split(' ').filter(Boolean)) {
        const out = h('button', { type: 'button', class: 'secondary move-out', 'data-event': ev }, 'Move this report out');
        out.addEventListener('click', () => void run('Move out', `${base}/move-out`, { event: ev, reason: reason.value.trim() }, () => go(['review'])));
        section.querySelector('h3')?.after(out);
      }
    }
  }
  const r = inc.review;
  return h('section', { class: 'review-panel', 'aria-labelledby': 'review-title' },
    h('h2', { id: 'review-title' }, 'Review'),
    r ? h('p', { class: 'muted' }, `${r.status} by ${r.reviewed_by ?? '—'} at ${(r.reviewed_at ?? '').slice(0, 19).replace('T', ' ')}` +
      (r.changed.length ? ` · corrected: ${r.changed.map((f) => `${f} (machine: ${JSON.stringify(r.machine[f === 'ages' ? 'victims' : f])})`).join(', ')}` : '')) : h('p', { class: 'muted' }, 'Not reviewed yet.'),
    r?.flags.length ? h('ul', { class: 'flags' }, ...r.flags.map((f) => h('li', { class: 'error' }, f))) : null,
    h('p', {}, h('label', { for: 'review-reason' }, 'Reason '), reason),
    h('p', {}, confirm, ' ', reject),
    h('fieldset', {}, h('legend', {}, 'Correct a field'),
      h('label', { for: 'review-field' }, 'Field '), field, ' ',
      h('label', { for: 'review-value' }, 'Value '), value,
      h('p', {}, useSelection, ' Evidence: ', evidence),
      save),
    h('fieldset', {}, h('legend', {}, 'Merge another incident into this one'), h('label', { for: 'review-other' }, 'Incident id '), other, ' ', merge),
    status);
}
