// The review panel of an entity: rename it (the old name stays an alias), merge it into another entity found by name,
// split the mentions written as one of its aliases out into an entity of their own. Names are data: text nodes only.
import { api, ApiError, post, type Page } from '../api.js';
import { fmt, h } from '../dom.js';
import { go } from '../router.js';

export interface ReviewableEntity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
}

interface Found {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
}

/** How many entities a search for a merge target offers. */
const TARGETS = 20;

export function entityPanel(e: ReviewableEntity): HTMLElement {
  const status = h('p', { class: 'review-status', role: 'status', 'aria-live': 'polite' });
  const reason = h('input', { id: 'entity-reason', maxlength: 2000, placeholder: 'why (kept in the audit log)' });
  const base = `review/entities/${encodeURIComponent(e.id)}`;
  const run = async (label: string, path: string, body: Record<string, unknown>, then: () => void) => {
    try {
      const r = await post<{ correction: number }>(path, { ...body, reason: reason.value.trim() });
      status.textContent = `${label}: done (correction ${r.correction})`;
      then();
    } catch (err) {
      status.textContent = err instanceof ApiError ? err.message : `${label} failed`;
    }
  };
  const again = () => window.dispatchEvent(new HashChangeEvent('hashchange'));

  const newName = h('input', { id: 'entity-name', maxlength: 200, value: e.name });
  const rename = h('button', { type: 'button', id: 'entity-rename' }, 'Rename');
  rename.addEventListener('click', () => void run('Rename', `${base}/rename`, { name: newName.value.trim() }, again));

  // The entity to merge into is found by name among entities of the same kind, and chosen in the list.
  const words = h('input', { id: 'entity-into-q', type: 'search', maxlength: 200, placeholder: 'name or alias' });
  const find = h('button', { type: 'button', id: 'entity-find', class: 'secondary' }, 'Find');
  const targets = h('div', { id: 'entity-targets', role: 'radiogroup', 'aria-label': 'Entities to merge into' });
  const merge = h('button', { type: 'button', id: 'entity-merge', class: 'secondary' }, 'Merge this entity into the chosen one');
  const search = async () => {
    const q = words.value.trim();
    if (!q) return;
    try {
      const page = await api<Page<Found>>('entities', { q, type: e.type, limit: TARGETS });
      const others = page.items.filter((x) => x.id !== e.id);
      targets.replaceChildren(
        ...(others.length ? [] : [h('p', { class: 'muted' }, `No other ${fmt.type(e.type)} of that name.`)]),
        ...others.map((x, k) =>
          h('label', { class: 'entity-target' },
            h('input', { type: 'radio', name: 'entity-into', value: x.id, checked: k === 0 }),
            ` ${x.name}`, x.aliases.length ? h('span', { class: 'muted' }, ` (also ${x.aliases.join('; ')})`) : null,
            h('span', { class: 'muted' }, ` · ${fmt.count(x.mentions, 'mention')}`))),
      );
    } catch (err) {
      status.textContent = err instanceof ApiError ? err.message : 'the search failed';
    }
  };
  find.addEventListener('click', () => void search());
  words.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') {
      ev.preventDefault();
      void search();
    }
  });
  merge.addEventListener('click', () => {
    const into = targets.querySelector<HTMLInputElement>('input[name="entity-into"]:checked')?.value;
    if (!into) {
      status.textContent = 'Find the entity to merge into and choose it in the list first.';
      return;
    }
    void run('Merge', `${base}/merge`, { into }, () => go(['entity', into]));
  });

  // Splitting out the mentions written as the name itself would leave the name behind: only other aliases are offered.
  const others = e.aliases.filter((a) => a !== e.name);
  const alias = h('select', { id: 'entity-alias' }, ...others.map((a) => h('option', { value: a }, a)));
  const split = h('button', { type: 'button', id: 'entity-split', class: 'secondary' }, 'Split out');
  split.addEventListener('click', () => void run('Split', `${base}/split`, { alias: alias.value }, again));

  return h('section', { class: 'review-panel', 'aria-labelledby': 'entity-review-title' },
    h('h2', { id: 'entity-review-title' }, 'Review'),
    h('p', {}, h('label', { for: 'entity-reason' }, 'Reason '), reason),
    h('fieldset', {}, h('legend', {}, 'Rename (the old name stays an alias)'), h('label', { for: 'entity-name' }, 'Name '), newName, ' ', rename),
    h('fieldset', {}, h('legend', {}, `Merge into another ${fmt.type(e.type)}`),
      h('label', { for: 'entity-into-q' }, 'Find '), words, ' ', find, targets, h('p', {}, merge)),
    others.length
      ? h('fieldset', {}, h('legend', {}, 'Split the mentions written as one alias into an entity of their own'),
          h('label', { for: 'entity-alias' }, 'Alias '), alias, ' ', split)
      : null,
    status);
}
