// Store rows → the export contract's records (PRODUCT.md). Ids are prefixed per kind so they never collide.
import type { ExtractedClaim, ExtractedEvent } from '../core/types.js';
import type { Incident } from '../reconcile/types.js';
import type { ClaimRow, DocumentRow, EventRow, MentionRow, Store, StoryRow } from '../store/store.js';

export const docId = (id: number) => `d${id}`;
export const storyId = (id: number) => `s${id}`;
export const eventId = (id: number) => `e${id}`;
export const claimId = (id: number) => `c${id}`;

export function storyRecord(s: StoryRow) {
  return {
    id: storyId(s.id),
    title: s.title,
    language: s.language,
    relevant: s.relevant === 1,
    relevance: s.relevance,
    terms: JSON.parse(s.terms) as string[],
    text: s.text,
  };
}

export function documentRecord(d: DocumentRow, stories: StoryRow[]) {
  return {
    id: docId(d.id),
    source: d.source,
    url: d.url,
    outlet: d.outlet,
    published: d.published,
    title: d.title,
    language: d.language,
    format: d.format,
    encoding: d.encoding,
    version: d.version,
    ingested_at: d.ingested_at,
    stories: stories.map(storyRecord),
  };
}

export type EventRecord = ReturnType<typeof eventRecord>;

export function eventRecord(r: EventRow) {
  const e = JSON.parse(r.data) as ExtractedEvent;
  return {
    id: eventId(r.id),
    document: docId(r.document_id),
    story: storyId(r.story_id),
    type: e.type,
    date: e.date,
    date_precision: e.date_precision,
    date_flags: e.date_flags,
    place: e.place,
    place_text: e.place_mention?.text ?? null,
    killed: e.killed,
    injured: e.injured,
    // How each count was told (number, vague, none); events stored before extraction recorded it have none.
    ...(e.casualties_stated ? { casualties_stated: e.casualties_stated } : {}),
    victims: e.victims,
    weapons: e.weapons,
    drugs: e.drugs,
    actors: e.actors,
    evidence: e.evidence,
  };
}

export type ClaimExportRecord = ReturnType<typeof claimRecord>;

export function claimRecord(r: ClaimRow) {
  const c = JSON.parse(r.data) as ExtractedClaim;
  return {
    id: claimId(r.id),
    document: docId(r.document_id),
    story: storyId(r.story_id),
    value: c.value,
    unit: c.unit,
    measure: c.measure,
    period: c.period,
    place: c.place,
    attributed_to: c.attributed_to,
    evidence: c.evidence,
  };
}

export function mentionRecord(m: MentionRow) {
  return { document: docId(m.document_id), story: storyId(m.story_id), start: m.span_start, end: m.span_end, text: m.surface };
}

/** Every section of the export, as lazily produced records. */
/** An incident as exported: its review state spelled out beside the record (unreviewed: nobody looked yet). */
export function withReview(i: Incident) {
  return { ...i, review_status: i.review?.status ?? 'unreviewed', reviewed_by: i.review?.reviewed_by ?? null, reviewed_at: i.review?.reviewed_at ?? null };
}

export async function* exportSections(store: Store): AsyncGenerator<[section: string, record: unknown]> {
  for await (const d of store.iterateCurrentDocuments()) yield ['documents', documentRecord(d, await store.storiesOf(d.id))];
  for (const e of await store.currentEvents()) yield ['events', eventRecord(e)];
  for (const c of await store.currentClaims()) yield ['claims', claimRecord(c)];
  for (const i of await store.visibleIncidents()) yield ['incidents', withReview(i)];
  for (const g of await store.derived('claim_groups')) yield ['claim_groups', g];
  for (const en of await store.derived('entities')) yield ['entities', en];
}

export const SECTIONS = ['documents', 'events', 'claims', 'incidents', 'claim_groups', 'entities'] as const;
