// How a processed document becomes rows, shared by the Kysely path of the store (both dialects) and the SQLite
// dialect's synchronous writer (src/store/dialects/sqlite/write.ts): one place decides whether a read is new,
// a new version or unchanged, and what each row holds, whichever way the rows are written.
import type { ExtractedClaim, ExtractedEvent } from '../core/types.js';
import type { ProcessedDocument, ProcessedStory } from '../pipeline/types.js';
import type { Incident } from '../reconcile/types.js';

export type InsertOutcome =
  | { status: 'unchanged'; documentId: number }
  | { status: 'new'; documentId: number; version: number; supersedes: number | null };

export type BatchInsertOutcome = { ok: true; outcome: InsertOutcome } | { ok: false; reason: string };

/** Encodings the feed reader gives its items: their text is a summary of the article their link points to. */
const FEED_ENCODINGS = new Set(['rss', 'atom']);

/** Document fields a manifest may give later for content already stored. */
const FILLABLE_META = ['url', 'outlet', 'published'] as const;
export type FillableMeta = Partial<Record<(typeof FILLABLE_META)[number], string | null>>;

/** The stored document with a given content (the current one first: an older version may share a reverted text's hash). */
export interface StoredMeta {
  id: number;
  version: number;
  url: string | null;
  outlet: string | null;
  published: string | null;
  superseded_by: number | null;
}

/** The latest current version of a document identity. */
export interface CurrentVersion {
  id: number;
  version: number;
  encoding: string;
}

/** True when `meta` gives a field the stored document lacks. */
export function fillsMissing(stored: StoredMeta, meta: FillableMeta): boolean {
  return FILLABLE_META.some((k) => stored[k] === null && meta[k] != null);
}

/** Whether a read with this content brings something new, given the stored document with the same content. */
export function wouldStoreOver(same: StoredMeta | undefined, meta: FillableMeta): boolean {
  return same === undefined || fillsMissing(same, meta);
}

/**
 * The first decision: the same content already stored is 'unchanged', unless the read now gives a url, outlet or
 * publication date the current stored one lacked (it is then stored as a new version of it, re-extracted with that
 * metadata). Returns the id of the unchanged document, or null when the read goes on to be stored.
 */
export function unchangedBySame(doc: ProcessedDocument, same: StoredMeta | undefined): number | null {
  if (same && !(same.superseded_by === null && fillsMissing(same, doc))) return same.id;
  return null;
}

/** What storing a read that is not unchanged by its content does. */
export type NewPlan =
  | { status: 'unchanged'; documentId: number }
  | {
      status: 'new';
      /** A stored row with the same content, replaced by this version: its hash gets marked (content_hash is unique). */
      retire: number | null;
      /** The version this one supersedes. */
      supersedes: number | null;
      version: number;
      row: ReturnType<typeof documentValues>;
    };

/**
 * The second decision, given the latest version of the document's identity: a feed item (rss/atom) never supersedes
 * a document fetched or read from a file under the same URL (the feed text is a summary of that article: unchanged);
 * otherwise the read is a new version of that identity, or of the stored content it completes.
 */
export function planNew(doc: ProcessedDocument, same: StoredMeta | undefined, current: CurrentVersion | undefined, now: Date): NewPlan {
  if (current && FEED_ENCODINGS.has(doc.encoding) && !FEED_ENCODINGS.has(current.encoding)) {
    return { status: 'unchanged', documentId: current.id };
  }
  let prev: { id: number; version: number } | null = current ?? null;
  // Metadata completed for stored content: the new version replaces that document whatever its identity was.
  if (same) prev = { id: same.id, version: Math.max(same.version, prev?.version ?? 0) };
  const version = prev ? prev.version + 1 : 1;
  return { status: 'new', retire: same?.id ?? null, supersedes: prev?.id ?? null, version, row: documentValues(doc, same, version, now) };
}

function documentValues(doc: ProcessedDocument, same: StoredMeta | undefined, version: number, now: Date) {
  return {
    source: doc.source,
    identity: doc.identity,
    // A version made to complete metadata keeps what the stored one had and this read does not say.
    url: doc.url ?? same?.url ?? null,
    outlet: doc.outlet ?? same?.outlet ?? null,
    published: doc.published ?? same?.published ?? null,
    title: doc.title,
    language: doc.language,
    format: doc.format,
    encoding: doc.encoding,
    content_hash: doc.contentHash,
    version,
    text: doc.text,
    ingested_at: now.toISOString(),
  };
}

export function storyValues(documentId: number, idx: number, story: ProcessedStory) {
  return {
    document_id: documentId,
    idx,
    title: story.title,
    text: story.text,
    language: story.language,
    relevance: story.relevance.score,
    relevant: story.relevance.relevant ? 1 : 0,
    terms: JSON.stringify(story.relevance.terms),
  };
}

export function eventValues(documentId: number, storyId: number, e: ExtractedEvent) {
  const p = e.place;
  return {
    document_id: documentId,
    story_id: storyId,
    type: e.type,
    date: e.date,
    date_precision: e.date_precision,
    killed: e.killed,
    injured: e.injured,
    commune_insee: p?.commune_insee ?? null,
    departement: p?.departement ?? null,
    region: p?.region ?? null,
    country: p?.country ?? null,
    data: JSON.stringify(e),
  };
}

export function claimValues(documentId: number, storyId: number, c: ExtractedClaim) {
  return { document_id: documentId, story_id: storyId, value: c.value, unit: c.unit, measure: c.measure, period: c.period, data: JSON.stringify(c) };
}

export function mentionValues(documentId: number, storyId: number, story: ProcessedStory) {
  return (story.extraction?.entities ?? []).map((m) => ({
    document_id: documentId,
    story_id: storyId,
    name: m.name,
    type: m.type,
    title: m.title,
    span_start: m.start,
    span_end: m.end,
    surface: story.text.slice(m.start, m.end),
  }));
}

export function incidentValues(i: Incident) {
  const p = i.place;
  return {
    id: i.id,
    type: i.type,
    date: i.date,
    date_precision: i.date_precision,
    place_name: p?.name ?? null,
    commune_insee: p?.commune_insee ?? null,
    departement: p?.departement ?? null,
    region: p?.region ?? null,
    country: p?.country ?? null,
    lat: p?.lat ?? null,
    lon: p?.lon ?? null,
    killed: i.killed,
    injured: i.injured,
    sources: i.sources,
    conflicts: i.conflicts.length,
    review_status: i.review?.status ?? 'unreviewed',
    review_flagged: (i.review?.flags.length ?? 0) > 0 ? 1 : 0,
    data: JSON.stringify(i),
  };
}
