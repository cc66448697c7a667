// The review panel of an incident: confirm or reject it, correct a field choosing the supporting words by selecting
// them in a source text (a place: chosen among the places those words may name), merge another incident into it, move
// a report out. Writes go through post() (CSRF token).
import { api, ApiError, post, type IncidentItem, type Page } from '../api.js';
import { h } from '../dom.js';
import { go } from '../router.js';
import { EVENT_TYPES, type ResolvedPlace } from '../../../src/core/types.js';

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
  type: string;
  date: string | null;
  killed: number | null;
  injured: number | null;
  victims: Array<{ age: number | null }>;
  actors: string[];
  place: { departement: string | null } | null;
  review?: IncidentReview;
}

interface Selected {
  story: string;
  start: number;
  end: number;
  text: string;
}

const FIELDS = ['date', 'place', 'killed', 'injured', 'type', 'ages', 'actors'] as const;

/** A place as /api/places offers it (the machine's own place record, with how its coordinates were obtained). */
export type PlaceChoice = ResolvedPlace & { coord_source?: string | null };

/** A place as a reviewer tells candidates apart: name, kind, code, département and région. */
export function placeLabel(p: PlaceChoice): string {
  const parts = [p.precision, p.commune_insee ? `INSEE ${p.commune_insee}` : null, p.departement ? `dép. ${p.departement}` : null, p.region];
  return `${p.name ?? '(no name)'} — ${parts.filter(Boolean).join(' · ')}`;
}

/** The place record the edit route takes: the lookup's fields it knows, nothing else. */
function placeValue(p: PlaceChoice): PlaceChoice {
  const { name, commune_insee, departement, region, country, lat, lon, precision, population, coord_source } = p;
  return { name, commune_insee, departement, region, country, lat, lon, precision, population, ...(coord_source !== undefined ? { coord_source } : {}) };
}

/**
 * A field's current value as the box shows it, so that a correction starts from it (a list is edited, not typed
 * again): empty for unknown, lists comma-separated, ages those of the victims the sources give one for.
 */
export function valueText(inc: Reviewable, field: string): string {
  switch (field) {
    case 'date':
      return inc.date ?? '';
    case 'killed':
    case 'injured':
      return inc[field] === null ? '' : String(inc[field]);
    case 'ages':
      return inc.victims.map((v) => v.age).filter((a) => a !== null).join(', ');
    case 'actors':
      return inc.actors.join(', ');
    default:
      return '';
  }
}

/** The value typed in the box as the API takes it: empty is unknown (null), lists are comma-separated. */
function parseValue(field: string, raw: string): unknown {
  const t = raw.trim();
  // A word that is not an age goes as written, for the API to refuse it by name (Number('x') would send null).
  if (field === 'ages') return t ? t.split(',').map((x) => (/^[0-9]+$/.test(x.trim()) ? Number(x.trim()) : x.trim())) : [];
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
  const hint = h('span', { id: 'review-hint', class: 'muted' });
  // A type is one of the machine's types: chosen in a list, the current one first selected.
  const type = h('select', { id: 'review-type' }, ...EVENT_TYPES.map((t) => h('option', { value: t, selected: t === inc.type }, t.replace(/_/g, ' '))));
  const evidence = h('span', { id: 'review-evidence', class: 'muted' }, 'none: select the supporting words in a source below');
  const other = h('input', { id: 'review-other', placeholder: 'inc:e…', maxlength: 40 });
  // The incident to merge in is found, not remembered: words of its stories or place, or by default the incidents of
  // the same département and month; choosing one fills in its id.
  const mergeWords = h('input', { id: 'review-merge-q', type: 'search', maxlength: 200, placeholder: 'words (default: same département and month)' });
  const mergeFind = h('button', { type: 'button', id: 'review-merge-find', class: 'secondary' }, 'Find incidents');
  const mergeChoices = h('div', { id: 'review-merge-choices', role: 'radiogroup', 'aria-label': 'Incidents to merge into this one' });
  let chosen: Selected | null = null;

  // A place is not typed: the words naming it are looked up and the reviewer picks one of the places they may name
  // (homonyms, the commune or its département), or no place at all.
  const placeWords = h('input', { id: 'review-place-q', maxlength: 200, placeholder: 'words naming the place' });
  const lookup = h('button', { type: 'button', id: 'review-place-lookup', class: 'secondary' }, 'Look up');
  const choices = h('div', { id: 'review-place-choices', role: 'radiogroup', 'aria-label': 'Places those words may name' });
  let places: PlaceChoice[] = [];
  const findPlaces = async () => {
    const q = placeWords.value.trim();
    if (!q) return;
    try {
      places = (await api<{ items: PlaceChoice[] }>('places', { q })).items;
    } catch (err) {
      status.textContent = err instanceof ApiError ? err.message : 'the place lookup failed';
      return;
    }
    const option = (value: string, text: string, checked: boolean) =>
      h('label', { class: 'place-choice' }, h('input', { type: 'radio', name: 'review-place', value, checked }), ` ${text}`);
    choices.replaceChildren(
      ...(places.length ? [] : [h('p', { class: 'muted' }, 'No place of that name: try other words.')]),
      ...places.map((p, k) => option(String(k), placeLabel(p), k === 0)),
      option('none', 'no place: the sources do not say where', false),
    );
  };
  lookup.addEventListener('click', () => void findPlaces());
  placeWords.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') {
      ev.preventDefault();
      void findPlaces();
    }
  });
  const valueBox = h('span', {}, h('label', { for: 'review-value' }, 'Value '), value, ' ', hint);
  const typeBox = h('span', { hidden: true }, h('label', { for: 'review-type' }, 'Type '), type);
  const placeBox = h('div', { class: 'place-picker', hidden: true },
    h('label', { for: 'review-place-q' }, 'Place named by '), placeWords, ' ', lookup, choices);
  const HINTS: Record<string, string> = {
    date: 'YYYY-MM-DD; YYYY-MM or YYYY when only the month or year is known (that is its precision)',
    killed: 'a whole number; empty: not known',
    injured: 'a whole number; empty: not known',
    ages: "the victims' ages, comma-separated",
    actors: 'names, comma-separated',
  };
  const showField = () => {
    valueBox.hidden = field.value === 'place' || field.value === 'type';
    typeBox.hidden = field.value !== 'type';
    placeBox.hidden = field.value !== 'place';
    value.value = valueText(inc, field.value);
    hint.textContent = HINTS[field.value] ?? '';
  };
  field.addEventListener('change', showField);
  /** The value to save: the place picked in the list for a place, else the box's text parsed. */
  const newValue = (): { ok: true; value: unknown } | { ok: false } => {
    if (field.value === 'type') return { ok: true, value: type.value };
    if (field.value !== 'place') return { ok: true, value: parseValue(field.value, value.value) };
    const picked = choices.querySelector<HTMLInputElement>('input[name="review-place"]:checked');
    if (!picked) return { ok: false };
    return { ok: true, value: picked.value === 'none' ? null : placeValue(places[Number(picked.value)]) };
  };

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
  const findOthers = async () => {
    const words = mergeWords.value.trim();
    const month = inc.date?.slice(0, 7) ?? undefined;
    const near = words ? { q: words } : { departement: inc.place?.departement ?? undefined, from: month, to: month };
    let found: IncidentItem[];
    try {
      found = (await api<Page<IncidentItem>>('incidents', { ...near, limit: 20 })).items.filter((x) => x.id !== inc.id);
    } catch (err) {
      status.textContent = err instanceof ApiError ? err.message : 'the search failed';
      return;
    }
    mergeChoices.replaceChildren(
      ...(found.length ? [] : [h('p', { class: 'muted' }, words ? 'No other incident with those words.' : 'No other incident in that département and month: try some words.')]),
      ...found.map((x) => {
        const radio = h('input', { type: 'radio', name: 'review-merge-other', value: x.id });
        radio.addEventListener('change', () => (other.value = x.id));
        return h('label', { class: 'merge-choice' }, radio,
          ` ${x.type.replace(/_/g, ' ')} — ${x.place_name ?? 'no place'}, ${x.date ?? 'no date'} · ${x.sources} source${x.sources === 1 ? '' : 's'} · ${x.id}`);
      }),
    );
  };
  mergeFind.addEventListener('click', () => void findOthers());
  mergeWords.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') {
      ev.preventDefault();
      void findOthers();
    }
  });
  const base = `review/incidents/${encodeURIComponent(inc.id)}`;
  const useSelection = h('button', { type: 'button', id: 'review-use-selection', class: 'secondary' }, 'Use selected words as evidence');
  useSelection.addEventListener('mousedown', (ev) => ev.preventDefault()); // keep the selection when the button is clicked
  useSelection.addEventListener('click', () => {
    chosen = selectionIn(root);
    evidence.textContent = chosen ? `“${chosen.text}”` : 'none: select the supporting words in a source below first';
    // The words chosen as a place's evidence are the place's name as written: look them up at once.
    if (chosen && field.value === 'place') {
      placeWords.value = chosen.text.trim();
      void findPlaces();
    }
  });
  const confirm = h('button', { type: 'button', id: 'review-confirm' }, 'Confirm');
  confirm.addEventListener('click', () => void run('Confirm', `${base}/confirm`, reason.value.trim() ? { reason: reason.value.trim() } : {}));
  const reject = h('button', { type: 'button', id: 'review-reject', class: 'secondary' }, 'Reject');
  reject.addEventListener('click', () => void run('Reject', `${base}/reject`, { reason: reason.value.trim() }));
  const save = h('button', { type: 'button', id: 'review-save' }, 'Save correction');
  save.addEventListener('click', () => {
    const v = newValue();
    if (!v.ok) {
      status.textContent = 'Look up the words naming the place and choose one of the places first.';
      return;
    }
    void run('Correction', `${base}/edit`, {
      field: field.value,
      value: v.value,
      reason: reason.value.trim(),
      ...(chosen ? { evidence: { story: chosen.story, start: chosen.start, end: chosen.end } } : {}),
    });
  });
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
  showField();
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
      valueBox,
      typeBox,
      placeBox,
      h('p', {}, useSelection, ' Evidence: ', evidence),
      save),
    h('fieldset', {}, h('legend', {}, 'Merge another incident into this one'),
      h('p', {}, h('label', { for: 'review-merge-q' }, 'Find '), mergeWords, ' ', mergeFind),
      mergeChoices,
      h('p', {}, h('label', { for: 'review-other' }, 'Incident id '), other, ' ', merge)),
    status);
}
