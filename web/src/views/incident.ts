// One incident: its fields, where sources disagree (and which outlet says what), each source's text with the evidence marked.
import { api, type DocMeta } from '../api.js';
import { fmt, h, highlighted } from '../dom.js';
import { link } from '../router.js';

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
    conflicts: Array<{ field: string; values: Array<{ value: unknown; event: string }> }>;
  };
  sources: Array<{
    document: DocMeta;
    story: { id: string; title: string | null; language: string; text: string };
    events: Array<{ id: string; evidence: Array<{ start: number; end: number; text: string }> }>;
  }>;
  event_sources: Record<string, { document: string; outlet: string | null; published: string | null }>;
}

const valueText = (v: unknown): string =>
  v === null || v === undefined ? 'not stated' : typeof v === 'object' ? String((v as { name?: string }).name ?? JSON.stringify(v)) : String(v);

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
  const conflicts = i.conflicts.length
    ? h('section', { class: 'conflicts', 'aria-labelledby': 'c-title' },
        h('h2', { id: 'c-title' }, 'Sources disagree'),
        h('ul', {}, ...i.conflicts.map((c) =>
          h('li', {}, h('strong', {}, c.field), ': ',
            ...c.values.flatMap((v, k) => {
              const src = d.event_sources[v.event];
              return [k ? ' vs ' : '', h('span', { class: 'value' }, valueText(v.value)), h('span', { class: 'muted' }, ` (${nameOf(src?.document)})`)];
            })))))
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
        ...field('Victims', i.victims.length ? i.victims.map((v) => [v.age !== null ? `${v.age} y.o.` : null, v.role === null ? null : fmt.type(v.role)].filter(Boolean).join(' ') || 'unknown').join('; ') : '—'),
        ...field('Actors', i.actors.length ? i.actors.join(', ') : '—'),
        ...field('Sources', `${i.sources} (${d.sources.map((src, n) => sourceName(src.document, n + 1)).filter((x, k, all) => all.indexOf(x) === k).join(', ')})`),
        ...field('Id', i.id)),
      conflicts,
      h('h2', {}, `Sources (${d.sources.length})`),
      ...d.sources.map((src, n) => {
        const spans = src.events.flatMap((e) => e.evidence.map((ev) => ({ ...ev, label: `evidence of ${e.id}` })));
        const url = src.document.url;
        return h('section', { class: 'source' },
          h('h3', {}, h('span', { class: 'muted' }, `${n + 1}. `), fmt.text(src.story.title ?? src.document.title)),
          h('p', { class: 'muted' },
            `${sourceName(src.document, n + 1)} · ${fmt.text(src.document.published)} · ${src.story.language} · `,
            h('a', { href: link(['document', src.document.id]) }, 'cleaned document'),
            url && /^https?:/i.test(url) ? ' · ' : null,
            url && /^https?:/i.test(url) ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original') : null),
          h('div', { class: 'story-text', lang: src.story.language }, highlighted(src.story.text, spans)));
      }),
    ),
  );
  root.querySelector('mark')?.scrollIntoView({ block: 'center' });
}
