// One incident: its fields, where sources disagree (and which outlet says what), each source's text with the evidence marked.
import { api, canEdit, whoAmI, type DocMeta } from '../api.js';
import { reviewPanel, type IncidentReview } from './incident-review.js';
import { fmt, h, highlighted, plural } from '../dom.js';
import { link } from '../router.js';
import { settleStoryBoxes, storyBox } from '../story.js';

interface Place {
  name: string;
  commune_insee: string | null;
  departement: string | null;
  region: string | null;
  lat: number | null;
  lon: number | null;
  precision: string;
}

interface IncidentDetail {
  incident: {
    id: string;
    type: string;
    date: string | null;
    date_precision: string;
    place: Place | null;
    killed: number | null;
    injured: number | null;
    victims: Array<{ age: number | null; role: string | null }>;
    actors: string[];
    sources: number;
    outlets: string[];
    conflicts: Conflict[];
    events: string[];
    review?: IncidentReview;
  };
  sources: Array<{
    document: DocMeta;
    story: { id: string; title: string | null; language: string; text: string };
    events: Array<{ id: string; evidence: Array<{ start: number; end: number; text: string }> }>;
  }>;
  event_sources: Record<string, { document: string; outlet: string | null; published: string | null }>;
}

interface Conflict {
  field: string;
  /** 'precision': on a count, the sources that give a number agree and the others give none ("several wounded"). */
  kind: 'disagreement' | 'precision';
  /** `stated` (killed and injured only): 'number', or 'vague' for a report without a number. */
  values: Array<{ value: unknown; event: string; stated?: 'number' | 'vague' | null }>;
}

/**
 * A value as a reader says it. The API leaves out sources that say nothing of a field, so a null left here is a
 * count reported without a number ("several wounded"): never "not stated".
 */
const valueText = (v: unknown, field: string): string =>
  v === null || v === undefined
    ? field === 'killed' || field === 'injured' ? 'no number given' : 'not given'
    : typeof v === 'object' ? String((v as { name?: string }).name ?? JSON.stringify(v)) : String(v);

/** The victims as people: same roles grouped and counted, ages kept ("2 officers, 1 child aged 5"). */
export function victimsText(victims: Array<{ age: number | null; role: string | null }>): string {
  // Roles in the order the source names them, each with its count and the ages given.
  const groups = new Map<string, { n: number; ages: number[] }>();
  for (const v of victims) {
    const noun = v.role === null ? 'person' : fmt.type(v.role);
    const g = groups.get(noun) ?? { n: 0, ages: [] };
    g.n += 1;
    if (v.age !== null) g.ages.push(v.age);
    groups.set(noun, g);
  }
  const list = (xs: number[]) => (xs.length === 1 ? String(xs[0]) : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
  return [...groups].map(([noun, { n, ages }]) => {
    const sorted = ages.slice().sort((a, b) => a - b);
    const people = `${n} ${n === 1 ? noun : plural(noun)}`;
    if (sorted.length === 0) return people;
    if (sorted.length === n) return `${people} aged ${list(sorted)}`;
    return `${people} (${sorted.length === 1 ? 'one' : sorted.length} aged ${list(sorted)})`;
  }).join(', ');
}

/** A source's name for a reader: its outlet, else its number in the list of sources below (headings are numbered). */
function sourceName(doc: DocMeta | undefined, n: number): string {
  if (doc?.outlet && doc.outlet.trim().toLowerCase() !== 'unknown') return doc.outlet;
  return `source ${n}`;
}

export async function renderIncident(root: HTMLElement, id: string): Promise<void> {
  const d = await api<IncidentDetail>(`incidents/${encodeURIComponent(id)}`);
  const i = d.incident;
  const docs = new Map(d.sources.map((src, n) => [src.document.id, { doc: src.document, n: n + 1 }]));
  const nameOf = (docId: string | undefined) => {
    const hit = docId === undefined ? undefined : docs.get(docId);
    return hit ? sourceName(hit.doc, hit.n) : 'a source';
  };
  const place = i.place;
  const field = (label: string, value: string | number | Node) => [h('dt', {}, label), h('dd', {}, value)];
  /** One conflict as a line: the values in the order sources give them, each once, with every source that gives it. */
  const conflictLine = (c: Conflict, between: string) => {
    const byValue = new Map<string, string[]>();
    for (const v of c.values) {
      const text = valueText(v.value, c.field);
      const who = nameOf(d.event_sources[v.event]?.document);
      const names = byValue.get(text) ?? [];
      if (!names.includes(who)) names.push(who);
      byValue.set(text, names);
    }
    return h('li', {}, h('strong', {}, c.field), ': ',
      ...[...byValue].flatMap(([text, names], k) => [k ? between : '', h('span', { class: 'value' }, text), h('span', { class: 'muted' }, ` (${names.join(', ')})`)]));
  };
  // Only contradictions are disagreements; "3" against "several wounded" is listed apart, as a matter of precision.
  const disagreements = i.conflicts.filter((c) => c.kind !== 'precision');
  const imprecise = i.conflicts.filter((c) => c.kind === 'precision');
  const conflicts = disagreements.length
    ? h('section', { class: 'conflicts', 'aria-labelledby': 'c-title' },
        h('h2', { id: 'c-title' }, 'Sources disagree'),
        h('ul', {}, ...disagreements.map((c) => conflictLine(c, ' vs '))))
    : null;
  const precision = imprecise.length
    ? h('section', { class: 'imprecise', 'aria-labelledby': 'p-title' },
        h('h2', { id: 'p-title' }, 'Sources differ in precision'),
        h('p', { class: 'muted' }, 'Where they give a number they agree; some report the count without one ("several wounded").'),
        h('ul', {}, ...imprecise.map((c) => conflictLine(c, '; '))))
    : null;
  root.replaceChildren(
    h('article', { class: 'incident' },
      h('p', {}, h('a', { href: '#/' }, '← All incidents')),
      h('h1', {}, `${fmt.type(i.type)} — ${fmt.text(place?.name ?? null)}, ${fmt.text(i.date)}`),
      h('dl', { class: 'fields' },
        ...field('Type', fmt.type(i.type)),
        ...field('Date', `${fmt.text(i.date)} (${i.date_precision})`),
        ...field('Place', place ? `${place.name}${place.commune_insee ? ` · INSEE ${place.commune_insee}` : ''}` : '—'),
        ...field('Département / région', place ? `${fmt.text(place.departement)} · ${fmt.text(place.region)}` : '—'),
        ...field('Killed', fmt.num(i.killed)),
        ...field('Injured', fmt.num(i.injured)),
        ...field('Victims', i.victims.length ? victimsText(i.victims) : '—'),
        ...field('Actors', i.actors.length ? i.actors.join(', ') : '—'),
        ...field('Sources', `${i.sources} (${d.sources.map((src, n) => sourceName(src.document, n + 1)).filter((x, k, all) => all.indexOf(x) === k).join(', ')})`),
        ...field('Id', i.id)),
      conflicts,
      precision,
      h('h2', {}, `Sources (${d.sources.length})`),
      ...d.sources.map((src, n) => {
        const spans = src.events.flatMap((e) => e.evidence.map((ev) => ({ ...ev, label: `evidence of ${e.id}` })));
        const url = src.document.url;
        return h('section', { class: 'source', 'data-story': src.story.id, 'data-events': src.events.map((e) => e.id).join(' ') },
          h('h3', {}, h('span', { class: 'muted' }, `${n + 1}. `), fmt.text(src.story.title ?? src.document.title)),
          h('p', { class: 'muted' },
            `${sourceName(src.document, n + 1)} · ${fmt.text(src.document.published)} · ${src.story.language} · `,
            h('a', { href: link(['document', src.document.id]) }, 'cleaned document'),
            url && /^https?:/i.test(url) ? ' · ' : null,
            url && /^https?:/i.test(url) ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original') : null),
          storyBox(highlighted(src.story.text, spans), src.story.language));
      }),
    ),
  );
  // People who may review get the review panel under the fields (their selection in a source is the evidence).
  const me = await whoAmI().catch(() => null);
  const article = root.querySelector('article.incident');
  if (article) {
    const status = i.review ? h('p', { class: `review-badge ${i.review.status}` }, `Reviewed: ${i.review.status} by ${i.review.reviewed_by ?? '—'}`) : null;
    if (status) article.querySelector('dl.fields')?.before(status);
    if (me && canEdit(me)) article.querySelector('dl.fields')?.after(reviewPanel(i, root));
  }
  // The page opens at its top (title, type, date, place, counts); each source box scrolls itself to its evidence.
  settleStoryBoxes(root);
}
