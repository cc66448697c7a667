// Read-side services over the store for the API (and any CLI that wants the same answers): SQL on indexed columns,
// JSON records parsed only for the rows returned, never for the whole table.
import { sql, type RawBuilder } from 'kysely';
import { VigieError } from '../core/errors.js';
import type { ExtractedEvent } from '../core/types.js';
import { claimRecord, docId, storyId } from '../export/records.js';
import type { ClaimGroup, Conflict, Entity, Incident } from '../reconcile/types.js';
import { departementInfo, gazetteer, listDepartements } from '../resolve/geo/index.js';
import type { Dialect } from '../store/dialects/dialect.js';
import { COUNT_CAP, TEXT_FILTER_STORIES } from '../store/dialects/search-window.js';
import type { Store } from '../store/store.js';
import { afterCondition, afterKeyset, decodeKeyset, MAX_CURSOR_CHARS, pageOf, type Key, type Keyset } from './keyset.js';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;
export const DEFAULT_POINTS_LIMIT = 5000;
export const MAX_POINTS_LIMIT = 50_000;
/** Characters of story text kept on each side of an entity mention, for its context line. */
const CONTEXT_CHARS = 120;

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

/**
 * Counts of incidents and search hits stop at COUNT_CAP: past it, `total` is that number and `total_exact` is false
 * ("more than 10,000"). Counting every match of a broad filter would read up to every incident on each page (a
 * second at a million); counting this far reads at most that many index entries.
 */
export { COUNT_CAP };

/** A page of the incident list: `offset` null when it was asked by cursor; `next` the cursor of the page after it. */
export type IncidentPage = Omit<CountedPage<IncidentListItem>, 'offset'> & { offset: number | null; next: string | null };

/** A page whose total may be capped (see COUNT_CAP). */
export interface CountedPage<T> extends Page<T> {
  /** False when there are more than `total` (= COUNT_CAP) matches. */
  total_exact: boolean;
}

export interface IncidentFilters {
  type?: string[];
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD): incidents whose date overlaps [from, to]. */
  from?: string;
  to?: string;
  commune?: string;
  departement?: string[];
  region?: string;
  /** Words searched in the incidents' source stories (full text) and place names. */
  q?: string;
  min_sources?: number;
  has_conflicts?: boolean;
  /** ISO time: only incidents with a member document stored at or after it (new since a visit). */
  since?: string;
}

/** A map's view, in degrees. */
export interface Bbox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export const INCIDENT_SORTS = ['date', '-date', 'killed', '-killed', 'sources', '-sources', 'injured', '-injured'] as const;
export type IncidentSort = (typeof INCIDENT_SORTS)[number];

export interface IncidentListItem {
  id: string;
  type: string;
  date: string | null;
  date_precision: string;
  place_name: string | null;
  commune_insee: string | null;
  departement: string | null;
  region: string | null;
  lat: number | null;
  lon: number | null;
  killed: number | null;
  injured: number | null;
  sources: number;
  conflicts: number;
}

interface DocumentMeta {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
}

interface DocMetaRow {
  id: number;
  source: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
}

const docMeta = (r: DocMetaRow): DocumentMeta => ({
  id: docId(r.id),
  source: r.source,
  url: r.url,
  outlet: r.outlet,
  published: r.published,
  title: r.title,
});

/** Numeric row id of an export id ("e12" → 12), or null when it is not of that kind. */
function numericId(id: string, prefix: string): number | null {
  if (!id.startsWith(prefix)) return null;
  const n = Number(id.slice(prefix.length));
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

const SEARCH_TOKEN = /[\p{L}\p{N}]+/gu;
const MAX_SEARCH_WORDS = 12;

/**
 * A user's words for full-text search: letters and digits only (operators and punctuation in the input mean
 * nothing to either dialect), at most MAX_SEARCH_WORDS. Null when no word. Each dialect requires them all and takes
 * the last as a prefix, so search-as-you-type finds "narco" in "narcotrafic".
 */
export function searchWords(text: string): string[] | null {
  const words = (text.match(SEARCH_TOKEN) ?? []).slice(0, MAX_SEARCH_WORDS);
  return words.length ? words : null;
}

const LIKE_SPECIAL = /[\\%_]/g;
const likePattern = (text: string) => `%${text.replace(LIKE_SPECIAL, (c) => '\\' + c)}%`;

/** End of the period a date names, for "to" bounds: "2024" → "2024-12-31", "2024-02" → "2024-02-31" (compares right). */
function periodEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

let arrondissementsOf: Map<string, string[]> | null = null;

/**
 * The INSEE codes a commune filter covers: the commune itself and, for Paris, Marseille and Lyon, their municipal
 * arrondissements (75056 → 75101–75120, 13055 → 13201–13216, 69123 → 69381–69389), since incidents placed in
 * "Marseille 14e" carry the arrondissement's code, and a user asking for Marseille means all of it.
 */
export function communeCodes(code: string): string[] {
  if (arrondissementsOf === null) {
    arrondissementsOf = new Map();
    for (const c of gazetteer().communes.values()) {
      if (c.kind !== 'arrondissement' || c.parent === null) continue;
      const list = arrondissementsOf.get(c.parent) ?? [];
      list.push(c.code);
      arrondissementsOf.set(c.parent, list);
    }
    for (const list of arrondissementsOf.values()) list.sort();
  }
  return [code, ...(arrondissementsOf.get(code) ?? [])];
}

function incidentWhereBoundsCheck(f: IncidentFilters): void {
  if (f.from && f.to && f.from > periodEnd(f.to)) {
    throw new VigieError('bad_input', `"from" (${f.from}) is after "to" (${f.to})`);
  }
}

/** The WHERE clause of the incident filters (shared by lists, points and statistics); empty when no filter. */
export function incidentWhere(f: IncidentFilters, dialect: Dialect, reviewedOnly = false): RawBuilder<unknown> {
  // Incidents people rejected are never shown; a public view may show only those people confirmed or corrected.
  const parts: Array<RawBuilder<unknown>> = [visibleIncidents(reviewedOnly)];
  incidentWhereBoundsCheck(f);
  const list = (xs: readonly string[]) => sql.join(xs.map((x) => sql`${x}`));
  if (f.type?.length) parts.push(sql`type IN (${list(f.type)})`);
  if (f.from) {
    // An incident dated only "2024-05" overlaps from=2024-05-10: it matches on its own precision's prefix.
    parts.push(sql`(date >= ${f.from} OR date = ${f.from.slice(0, 4)} OR date = ${f.from.slice(0, 7)})`);
  }
  if (f.to) parts.push(sql`date <= ${periodEnd(f.to)}`);
  if (f.commune) parts.push(sql`commune_insee IN (${list(communeCodes(f.commune))})`);
  if (f.departement?.length) parts.push(sql`departement IN (${list(f.departement)})`);
  if (f.region) parts.push(sql`region = ${f.region}`);
  if (f.min_sources !== undefined && f.min_sources > 1) parts.push(sql`sources >= ${f.min_sources}`);
  if (f.has_conflicts !== undefined) parts.push(f.has_conflicts ? sql`conflicts > 0` : sql`conflicts = 0`);
  if (f.since) {
    const at = new Date(/T.*[^Z]$/.test(f.since) ? `${f.since}Z` : f.since);
    if (Number.isNaN(at.getTime())) throw new VigieError('bad_input', `"since" is not a date or time (${f.since})`);
    parts.push(sql`id IN (SELECT ie.incident_id FROM incident_events ie JOIN events e ON e.id = ie.event_id
        JOIN documents d ON d.id = e.document_id WHERE d.ingested_at >= ${at.toISOString()})`);
  }
  if (f.q !== undefined && f.q.trim() !== '') {
    // Through the full-text index only (a LIKE on place names would scan every row); stories name their places.
    const words = searchWords(f.q);
    if (words === null) throw new VigieError('bad_input', 'the text filter needs at least one word (letters or digits)');
    parts.push(sql`id IN (SELECT ie.incident_id FROM incident_events ie JOIN events e ON e.id = ie.event_id
        WHERE e.story_id IN (${dialect.storyIdsMatching(words, TEXT_FILTER_STORIES)}))`);
  }
  return parts.length ? sql`WHERE ${sql.join(parts, sql` AND `)}` : sql``;
}

/** The review states an incident may have to be shown. */
export function visibleIncidents(reviewedOnly: boolean): RawBuilder<unknown> {
  return reviewedOnly ? sql`review_status IN ('confirmed', 'corrected')` : sql`review_status <> 'rejected'`;
}

/** One incident's page: a rejected incident stays readable (its review says so); a reviewed-only view shows no other. */
function reviewedOnlyDetail(reviewedOnly: boolean): RawBuilder<unknown> {
  return reviewedOnly ? visibleIncidents(true) : sql`1 = 1`;
}

/** Rows in any of a cursor's ranges (see keyset.ts afterKeyset). */
function anyOf(ranges: ReadonlyArray<RawBuilder<unknown>>): RawBuilder<unknown> {
  return sql`(${sql.join(ranges.map((r) => sql`(${r})`), sql` OR `)})`;
}

/** The filters' WHERE clause (never empty: it holds the visibility condition) extended with one more condition. */
function whereAnd(w: RawBuilder<unknown>, cond: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`${w} AND ${cond}`;
}

function order(sort: IncidentSort, d: Dialect): RawBuilder<unknown> {
  const desc = (c: string) => d.descNullsLast(c);
  switch (sort) {
    case '-date':
      return sql`${desc('date')}, id DESC`;
    case 'date':
      return sql`date IS NULL, date ASC, id`;
    case '-killed':
      return sql`${desc('killed')}, ${desc('date')}, id DESC`;
    case 'killed':
      return sql`killed IS NULL, killed ASC, ${desc('date')}, id`;
    case '-injured':
      return sql`${desc('injured')}, ${desc('date')}, id DESC`;
    case 'injured':
      return sql`injured IS NULL, injured ASC, ${desc('date')}, id`;
    case '-sources':
      return sql`sources DESC, ${desc('date')}, id`;
    case 'sources':
      return sql`sources ASC, ${desc('date')}, id`;
  }
}

/**
 * Each sort's keys, in the order of `order` above: a page's last row's values of them are its cursor (see keyset.ts).
 * Every nullable key sorts its unknown values last, in either direction and on either dialect; `id` closes each list,
 * so the order is total and a cursor names one place in it.
 */
const text = (column: string, desc: boolean, nullable = false): Key => ({ column, desc, kind: 'text', nullable });
const int = (column: string, desc: boolean, nullable = false): Key => ({ column, desc, kind: 'int', nullable });
const sortKeys = (name: IncidentSort, ...keys: Key[]): Keyset => ({ name, keys });
const INCIDENT_KEYSETS: Record<IncidentSort, Keyset> = {
  '-date': sortKeys('-date', text('date', true, true), text('id', true)),
  date: sortKeys('date', text('date', false, true), text('id', false)),
  '-killed': sortKeys('-killed', int('killed', true, true), text('date', true, true), text('id', true)),
  killed: sortKeys('killed', int('killed', false, true), text('date', true, true), text('id', false)),
  '-injured': sortKeys('-injured', int('injured', true, true), text('date', true, true), text('id', true)),
  injured: sortKeys('injured', int('injured', false, true), text('date', true, true), text('id', false)),
  '-sources': sortKeys('-sources', int('sources', true), text('date', true, true), text('id', false)),
  sources: sortKeys('sources', int('sources', false), text('date', true, true), text('id', false)),
};
/** Sorts read in order from an index on both dialects (incidents_list_date): their cursor pages are read range by range. */
const INDEXED_SORTS: ReadonlySet<IncidentSort> = new Set(['-date']);

/** Documents, newest first (unknown publication last), then by id: see listDocuments. */
const DOCUMENT_KEYS: Keyset = { name: 'documents', keys: [text('published', true, true), int('id', false)] };
/** Entities, most mentioned first, then by name and id: see listEntities. */
const ENTITY_KEYS: Keyset = { name: 'entities', keys: [int('mentions', true), text('name', false), text('id', false)] };

/** A claim group's status as its place in the list: conflicts first, then corroborated figures, then single ones. */
const STATUS_RANK = sql<number>`CASE status WHEN 'conflicting' THEN 0 WHEN 'corroborated' THEN 1 ELSE 2 END`;
/** Figures (claim groups): by status, then most-stated first, then by id: see listClaimGroups. */
function figureKeys(dialect: Dialect): Keyset {
  return {
    name: 'figures',
    keys: [
      { column: 'status_rank', desc: false, kind: 'int', expr: STATUS_RANK },
      { column: 'claim_count', desc: true, kind: 'int', expr: dialect.claimCount() },
      text('id', false),
    ],
  };
}

/**
 * Where a page of a list starts: at `offset`, or after `cursor` (never both: a cursor already says where). `empty`
 * when nothing comes after the cursor's place.
 */
function startOf(ks: Keyset, offset: number | undefined, cursor: string | undefined): { offset: number; after: RawBuilder<unknown> | null; byCursor: boolean; empty: boolean } {
  if (cursor === undefined) return { offset: offset ?? 0, after: null, byCursor: false, empty: false };
  if (offset !== undefined) throw new VigieError('bad_input', 'query parameters "cursor" and "offset" cannot be combined: a cursor already says where the page starts');
  const after = afterCondition(ks, decodeKeyset(cursor, ks));
  return { offset: 0, after, byCursor: true, empty: after === null };
}

export { MAX_CURSOR_CHARS };

const LIST_COLUMNS = sql.raw(
  'id, type, date, date_precision, place_name, commune_insee, departement, region, lat, lon, killed, injured, sources, conflicts',
);

const DOC_META = sql.raw('id, source, url, outlet, published, title');

/** Remembered answers at most, before the memo starts over. */
const DEFAULT_MEMO_ENTRIES = 512;

/** The services of the API, over one open store. */
export class VigieQueries {
  private readonly dialect: Dialect;

  /** Unfiltered answers every visitor asks for first, kept until the database changes (any connection's commit). */
  private readonly memo = new Map<string, Promise<unknown>>();
  private memoVersion = -1;

  private readonly visible: RawBuilder<unknown>;

  /** reviewedOnly: show only incidents people confirmed or corrected (vigie serve --reviewed-only). */
  constructor(
    readonly store: Store,
    readonly reviewedOnly = false,
  ) {
    this.dialect = store.dialect;
    this.visible = visibleIncidents(reviewedOnly);
  }

  private async remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.dialect.dataVersion(this.store.db);
    if (version !== this.memoVersion) {
      this.memo.clear();
      this.memoVersion = version;
    }
    let hit = this.memo.get(key) as Promise<T> | undefined;
    if (hit === undefined) {
      // Filtered aggregates are remembered too; a bound keeps a crawler's endless filter combinations from growing it.
      if (this.memo.size >= DEFAULT_MEMO_ENTRIES) this.memo.clear();
      hit = compute();
      this.memo.set(key, hit);
      // A failed computation is not remembered: the next request tries again.
      hit.catch(() => this.memo.get(key) === hit && this.memo.delete(key));
    }
    return hit;
  }

  private async all<T>(query: RawBuilder<unknown>): Promise<T[]> {
    return (await (query as RawBuilder<T>).execute(this.store.db)).rows;
  }

  private async get<T>(query: RawBuilder<unknown>): Promise<T | undefined> {
    return (await this.all<T>(query))[0];
  }

  /** The rows of `select` counted up to COUNT_CAP (`total_exact` false past it): reads at most that many. */
  private async cappedTotal(select: RawBuilder<unknown>): Promise<{ total: number; total_exact: boolean }> {
    const n = Number((await this.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM (${select} LIMIT ${COUNT_CAP + 1}) capped`))!.n);
    return n > COUNT_CAP ? { total: COUNT_CAP, total_exact: false } : { total: n, total_exact: true };
  }

  /**
   * The rows of `select` (a SELECT of anything) counted up to COUNT_CAP: reads at most that many. Not exact either
   * when the words of `f.q` match more stories than the filter reads (TEXT_FILTER_STORIES).
   */
  private async cappedCount(select: RawBuilder<unknown>, f: IncidentFilters): Promise<{ total: number; total_exact: boolean }> {
    const counted = await this.cappedTotal(select);
    if (!counted.total_exact) return counted;
    return { total: counted.total, total_exact: !(await this.wordsMatchMore(f)) };
  }

  /** The words of `f.q` match more stories than the text filter reads (TEXT_FILTER_STORIES). */
  private async wordsMatchMore(f: IncidentFilters): Promise<boolean> {
    const words = f.q === undefined ? null : searchWords(f.q);
    if (words === null) return false;
    const stories = (await this.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM (${this.dialect.storyIdsMatching(words, TEXT_FILTER_STORIES + 1)}) s`))!.n;
    return Number(stories) > TEXT_FILTER_STORIES;
  }

  /**
   * A page of incidents: by `offset`, or after a `cursor` (the `next` of the page before, for the same sort), which
   * reads from the cursor's place on instead of reading and skipping every row before it. `next` is the cursor of
   * the page after this one, null on the last page; `offset` is null on a page asked by cursor.
   */
  async listIncidents(
    f: IncidentFilters,
    sort: IncidentSort = '-date',
    limit = DEFAULT_LIMIT,
    offset = 0,
    cursor?: string,
  ): Promise<IncidentPage> {
    const ks = INCIDENT_KEYSETS[sort];
    const after = cursor === undefined ? null : afterKeyset(ks, decodeKeyset(cursor, ks, INCIDENT_SORTS));
    const w = incidentWhere(f, this.dialect, this.reviewedOnly);
    if (f.q !== undefined && f.q.trim() !== '') return this.listIncidentsMatching(f, w, sort, limit, offset, after);
    const counted = await this.cappedCount(sql`SELECT 1 FROM incidents ${w}`, f);
    const page = (where: RawBuilder<unknown>, n: number, skip = 0) =>
      this.all<IncidentListItem>(sql`SELECT ${LIST_COLUMNS} FROM incidents ${where} ORDER BY ${order(sort, this.dialect)} LIMIT ${n} OFFSET ${skip}`);
    // One row more than the page: whether there is a next page, exactly.
    let rows: IncidentListItem[];
    if (after === null) rows = await page(w, limit + 1, offset);
    else if (INDEXED_SORTS.has(sort)) {
      // Range by range, each read in order from the index, until the page is full (an OR of them would make either
      // database walk the index from its start and filter, as OFFSET does).
      rows = [];
      for (const range of after) {
        if (rows.length > limit) break;
        rows.push(...(await page(whereAnd(w, range), limit + 1 - rows.length)));
      }
    } else {
      // No index gives these orders: one pass over the matching rows either way, keeping only those after the cursor.
      rows = after.length ? await page(whereAnd(w, anyOf(after)), limit + 1) : [];
    }
    return { ...counted, limit, offset: after === null ? offset : null, ...pageOf(ks, rows, limit) };
  }

  /**
   * A page of the incidents a text filter matches, counted and paged in one statement. Those incidents are found
   * through the stories the words match, a join of a few thousand rows at most (TEXT_FILTER_STORIES stories): run
   * once for the count and once for the page, it was most of the request at a million incidents (60 ms each for a
   * prefix that matches 1,111 stories). Materialized once, it is counted and sorted from memory; no index gives
   * its order anyway.
   */
  private async listIncidentsMatching(
    f: IncidentFilters,
    w: RawBuilder<unknown>,
    sort: IncidentSort,
    limit: number,
    offset: number,
    after: Array<RawBuilder<unknown>> | null,
  ): Promise<IncidentPage> {
    const ks = INCIDENT_KEYSETS[sort];
    const rest = after === null ? sql`` : after.length ? sql`WHERE ${anyOf(after)}` : sql`WHERE 1 = 0`;
    type Row = IncidentListItem & { matched: number };
    const found = await this.all<Row>(
      sql`WITH m AS MATERIALIZED (SELECT ${LIST_COLUMNS} FROM incidents ${w})
        SELECT m.*, (SELECT COUNT(*) FROM (SELECT 1 FROM m LIMIT ${COUNT_CAP + 1}) c) AS matched
        FROM m ${rest} ORDER BY ${order(sort, this.dialect)} LIMIT ${limit + 1} OFFSET ${after === null ? offset : 0}`,
    );
    // (A page past the end has no row to carry the count.)
    const counted = found.length
      ? { total: Math.min(Number(found[0]!.matched), COUNT_CAP), total_exact: Number(found[0]!.matched) <= COUNT_CAP }
      : await this.cappedTotal(sql`SELECT 1 FROM incidents ${w}`);
    const rows = found.map(({ matched: _m, ...row }) => row as IncidentListItem);
    if (counted.total_exact && (await this.wordsMatchMore(f))) counted.total_exact = false;
    return { ...counted, limit, offset: after === null ? offset : null, ...pageOf(ks, rows, limit) };
  }

  /**
   * Located incidents as compact tuples for the map: [id, lat, lon, type, date, killed, departement], deadliest
   * first (the département names a point on hover and puts an overseas one in its inset; the index covers it).
   * `total` counts every incident under the filters (located or not): counting only located ones would read the table.
   * It stops at COUNT_CAP (`total_exact` false past it). With a box, points and total are those inside it.
   */
  async incidentPoints(f: IncidentFilters, limit = DEFAULT_POINTS_LIMIT, bbox?: Bbox) {
    type Point = [string, number, number, string, string | null, number | null, string | null];
    const w = incidentWhere(f, this.dialect, this.reviewedOnly);
    // The box is read from the points index (lat and lon are in it): a zoomed-in map walks no row outside it.
    const located = whereAnd(
      w,
      bbox ? sql`lat BETWEEN ${bbox.south} AND ${bbox.north} AND lon BETWEEN ${bbox.west} AND ${bbox.east}` : sql`lat IS NOT NULL AND lon IS NOT NULL`,
    );
    const counted = await this.cappedCount(sql`SELECT 1 FROM incidents ${bbox ? located : w}`, f);
    const rows = (
      await this.all<{ id: string; lat: number; lon: number; type: string; date: string | null; killed: number | null; departement: string | null }>(
        sql`SELECT id, lat, lon, type, date, killed, departement FROM incidents ${located}
         ORDER BY ${this.dialect.descNullsLast('killed')}, ${this.dialect.descNullsLast('date')} LIMIT ${limit}`,
      )
    ).map((r): Point => [r.id, r.lat, r.lon, r.type, r.date, r.killed, r.departement]);
    return { ...counted, truncated: rows.length >= limit, points: rows };
  }

  /** One incident with every source story, the evidence spans of each member event, and outlets named on conflicts. */
  async incident(id: string) {
    const row = await this.get<{ data: string }>(sql`SELECT data FROM incidents WHERE id = ${id} AND ${reviewedOnlyDetail(this.reviewedOnly)}`);
    if (!row) throw new VigieError('not_found', `no incident "${id}"`);
    const incident = JSON.parse(row.data) as Incident;
    const eventIds = incident.events.map((e) => numericId(e, 'e')).filter((n): n is number => n !== null);
    const events = eventIds.length
      ? await this.all<{ id: number; document_id: number; story_id: number; data: string }>(
          sql`SELECT id, document_id, story_id, data FROM events WHERE id IN (${sql.join(eventIds)}) ORDER BY id`,
        )
      : [];
    const sources = new Map<number, Awaited<ReturnType<VigieQueries['sourceOf']>> & { events: unknown[] }>();
    const eventOutlet: Record<string, { document: string; outlet: string | null; published: string | null }> = {};
    const stated = new Map<string, ExtractedEvent['casualties_stated']>();
    for (const ev of events) {
      const e = JSON.parse(ev.data) as ExtractedEvent;
      stated.set(`e${ev.id}`, e.casualties_stated);
      let src = sources.get(ev.story_id);
      if (!src) sources.set(ev.story_id, (src = { ...(await this.sourceOf(ev.story_id)), events: [] }));
      src.events.push({
        id: `e${ev.id}`,
        type: e.type,
        date: e.date,
        date_precision: e.date_precision,
        place_text: e.place_mention?.text ?? null,
        killed: e.killed,
        injured: e.injured,
        evidence: e.evidence,
      });
      eventOutlet[`e${ev.id}`] = { document: src.document.id, outlet: src.document.outlet, published: src.document.published };
    }
    return { incident: { ...incident, conflicts: readableConflicts(incident.conflicts, stated) }, sources: [...sources.values()], event_sources: eventOutlet };
  }

  private documentMeta(id: number): Promise<DocMetaRow | undefined> {
    return this.get<DocMetaRow>(sql`SELECT ${DOC_META} FROM documents WHERE id = ${id}`);
  }

  private async sourceOf(storyRowId: number) {
    const s = (await this.get<{ id: number; document_id: number; title: string | null; text: string; language: string }>(
      sql`SELECT id, document_id, title, text, language FROM stories WHERE id = ${storyRowId}`,
    ))!;
    const d = (await this.documentMeta(s.document_id))!;
    return { document: docMeta(d), story: { id: storyId(s.id), title: s.title, language: s.language, text: s.text } };
  }

  /**
   * Figures grouped by what they measure: conflicts first (what a fact-checker opens this page for), then the
   * most-stated figures; by `offset` or after a `cursor`; the total is counted up to COUNT_CAP.
   */
  async listClaimGroups(f: { status?: string; q?: string }, limit = DEFAULT_LIMIT, offset?: number, cursor?: string) {
    const ks = figureKeys(this.dialect);
    const from = startOf(ks, offset, cursor);
    const parts: Array<RawBuilder<unknown>> = [];
    if (f.status) parts.push(sql`status = ${f.status}`);
    if (f.q?.trim()) {
      const q = likePattern(f.q.trim());
      parts.push(sql`(${this.dialect.like('measure', q)} OR ${this.dialect.like('period', q)})`);
    }
    const where = parts.length ? sql`WHERE ${sql.join(parts, sql` AND `)}` : sql``;
    const counted = await this.cappedTotal(sql`SELECT 1 FROM claim_groups ${where}`);
    if (from.after) parts.push(from.after);
    const pageWhere = parts.length ? sql`WHERE ${sql.join(parts, sql` AND `)}` : sql``;
    const rows = from.empty
      ? []
      : await this.all<{ id: string; data: string; status_rank: number; claim_count: number }>(
          sql`SELECT id, data, ${STATUS_RANK} AS status_rank, ${this.dialect.claimCount()} AS claim_count FROM claim_groups ${pageWhere}
       ORDER BY ${STATUS_RANK}, ${this.dialect.claimCount()} DESC, id
       LIMIT ${limit + 1} OFFSET ${from.offset}`,
        );
    const page = pageOf(ks, rows.map((r) => ({ ...r, status_rank: Number(r.status_rank), claim_count: Number(r.claim_count) })), limit);
    const items = [];
    for (const r of page.items) items.push(await this.expandGroup(JSON.parse(r.data) as ClaimGroup));
    return { ...counted, limit, offset: from.byCursor ? null : from.offset, next: page.next, items };
  }

  async claimGroup(id: string) {
    const row = await this.get<{ data: string }>(sql`SELECT data FROM claim_groups WHERE id = ${id}`);
    if (!row) throw new VigieError('not_found', `no claim group "${id}"`);
    return this.expandGroup(JSON.parse(row.data) as ClaimGroup);
  }

  /** A claim group with each claim's value, who states it, where, and the sentence it stands in. */
  private async expandGroup(g: ClaimGroup) {
    const claims = [];
    for (const cid of g.claims) {
      const n = numericId(cid, 'c');
      const r = n === null ? undefined : await this.get<{ id: number; document_id: number; story_id: number; data: string }>(
        sql`SELECT id, document_id, story_id, data FROM claims WHERE id = ${n}`,
      );
      if (!r) continue;
      const d = (await this.documentMeta(r.document_id))!;
      const { id: _id, document: _doc, ...claim } = claimRecord(r);
      claims.push({ id: cid, ...claim, document: docMeta(d) });
    }
    return { ...g, claims: g.claims, statements: claims };
  }

  /** Entities, most mentioned first, by `offset` or after a `cursor`; the total is counted up to COUNT_CAP. */
  async listEntities(f: { q?: string; type?: string }, limit = DEFAULT_LIMIT, offset?: number, cursor?: string) {
    const from = startOf(ENTITY_KEYS, offset, cursor);
    const parts: Array<RawBuilder<unknown>> = [];
    if (f.type) parts.push(sql`type = ${f.type}`);
    if (f.q?.trim()) {
      const q = likePattern(f.q.trim());
      parts.push(sql`(${this.dialect.like('name', q)} OR ${this.dialect.like('data', q)})`);
    }
    const where = parts.length ? sql`WHERE ${sql.join(parts, sql` AND `)}` : sql``;
    const counted = await this.cappedTotal(sql`SELECT 1 FROM entities ${where}`);
    if (from.after) parts.push(from.after);
    const pageWhere = parts.length ? sql`WHERE ${sql.join(parts, sql` AND `)}` : sql``;
    const rows = from.empty
      ? []
      : await this.all<{ id: string; name: string; type: string; mentions: number; data: string }>(
          sql`SELECT id, name, type, mentions, data FROM entities ${pageWhere} ORDER BY mentions DESC, name, id LIMIT ${limit + 1} OFFSET ${from.offset}`,
        );
    const { items, next } = pageOf(ENTITY_KEYS, rows, limit);
    return {
      ...counted,
      limit,
      offset: from.byCursor ? null : from.offset,
      next,
      items: items.map((r) => {
        const e = JSON.parse(r.data) as Entity;
        return { id: r.id, name: r.name, type: r.type, aliases: e.aliases, mentions: r.mentions, documents: new Set(e.mentions.map((m) => m.document)).size };
      }),
    };
  }

  /** One entity, each mention with its document and a context line, and the incidents told in the same stories. */
  async entity(id: string) {
    const row = await this.get<{ data: string }>(sql`SELECT data FROM entities WHERE id = ${id}`);
    if (!row) throw new VigieError('not_found', `no entity "${id}"`);
    const e = JSON.parse(row.data) as Entity;
    const storyIds = new Set<number>();
    const mentions = [];
    for (const m of e.mentions) {
      const dnum = numericId(m.document, 'd');
      const hit = dnum === null ? undefined : await this.get<{ story_id: number }>(
        sql`SELECT story_id FROM entity_mentions WHERE document_id = ${dnum} AND span_start = ${m.start} AND span_end = ${m.end} LIMIT 1`,
      );
      const d = dnum === null ? undefined : await this.documentMeta(dnum);
      let context: { text: string; start: number; end: number } | null = null;
      if (hit) {
        storyIds.add(hit.story_id);
        const s = await this.get<{ text: string }>(sql`SELECT text FROM stories WHERE id = ${hit.story_id}`);
        if (s) {
          const from = Math.max(0, m.start - CONTEXT_CHARS);
          const to = Math.min(s.text.length, m.end + CONTEXT_CHARS);
          context = { text: s.text.slice(from, to), start: m.start - from, end: m.end - from };
        }
      }
      mentions.push({ document: d ? docMeta(d) : null, story: hit ? storyId(hit.story_id) : null, start: m.start, end: m.end, context });
    }
    const ids = [...storyIds];
    const incidents = ids.length
      ? await this.all<IncidentListItem>(
          sql`SELECT ${LIST_COLUMNS} FROM incidents WHERE ${this.visible} AND id IN (SELECT ie.incident_id FROM incident_events ie
             JOIN events ev ON ev.id = ie.event_id WHERE ev.story_id IN (${sql.join(ids)}))
           ORDER BY date IS NULL, ${this.dialect.descNullsLast('date')}, id LIMIT 100`,
        )
      : [];
    return { entity: { id: e.id, name: e.name, type: e.type, aliases: e.aliases }, mentions, incidents };
  }

  /**
   * Counts of incidents, deaths and injuries by one dimension, under the same filters as the incident list.
   * One pass: incidents without a value for the dimension form a NULL group that only counts toward the total.
   */
  stats(by: StatsDimension, f: IncidentFilters) {
    // An aggregate over up to every incident costs tens of ms at 100k rows, and dashboards ask the same ones over
    // and over: remember each (dimension, filters) answer until the database changes.
    return this.remember(`stats:${by}:${JSON.stringify(f)}`, () => this.computeStats(by, f));
  }

  private async computeStats(by: StatsDimension, f: IncidentFilters) {
    const summary = summaryWhere(by, f, this.reviewedOnly);
    type Group = { key: string | null; incidents: number; killed: number; injured: number; killed_unknown: number };
    // From the summary the triggers keep (migration 11) when the filters allow; else from the incidents themselves.
    const all = summary
      ? (
          await this.all<Group>(
            sql`SELECT NULLIF(${sql.ref(SUMMARY_KEY[by]!)}, '') AS key, SUM(incidents) AS incidents, SUM(killed) AS killed, SUM(injured) AS injured,
               SUM(killed_unknown) AS killed_unknown
             FROM incident_stats ${summary} GROUP BY 1 HAVING SUM(incidents) > 0 ORDER BY 1`,
          )
        ).map((r) => ({ key: r.key, incidents: Number(r.incidents), killed: Number(r.killed), injured: Number(r.injured), killed_unknown: Number(r.killed_unknown) }))
      : await this.all<Group>(
          sql`SELECT ${sql.raw(STATS_KEY[by])} AS key, COUNT(*) AS incidents, COALESCE(SUM(killed), 0) AS killed, COALESCE(SUM(injured), 0) AS injured,
             SUM(CASE WHEN killed IS NULL THEN 1 ELSE 0 END) AS killed_unknown
           FROM incidents ${incidentWhere(f, this.dialect, this.reviewedOnly)} GROUP BY 1 ORDER BY 1`,
        );
    // PostgreSQL sorts the NULL group last, SQLite first; it only counts toward the total either way.
    const total = { incidents: 0, killed: 0, injured: 0 };
    for (const r of all) {
      total.incidents += r.incidents;
      total.killed += r.killed;
      total.injured += r.injured;
    }
    const rows = all.filter((r): r is typeof r & { key: string } => r.key !== null);
    if (by !== 'departement') return { by, total, rows: rows.map((r) => ({ ...r, label: r.key })) };
    return {
      by,
      total,
      rows: rows.map((r) => {
        const info = departementInfo(r.key);
        const pop = info?.population ?? null;
        const per = (n: number) => (pop !== null && pop > 0 ? (n * 100_000) / pop : null);
        return { ...r, label: info?.name ?? r.key, population: pop, incidents_per_100k: per(r.incidents), killed_per_100k: per(r.killed) };
      }),
    };
  }

  /** Per département, the first dated incident: how the violence spread. */
  async diffusion(f: IncidentFilters) {
    const w = incidentWhere(f, this.dialect, this.reviewedOnly);
    const where = whereAnd(w, sql`departement IS NOT NULL AND date_precision IN ('day', 'month')`);
    const rows = await this.all<{ departement: string; first: string; incidents: number }>(
      sql`SELECT departement, MIN(date) AS first, COUNT(*) AS incidents FROM incidents ${where} GROUP BY departement ORDER BY first, departement`,
    );
    return rows.map((r) => ({ ...r, name: departementInfo(r.departement)?.name ?? null }));
  }

  /** Full-text search over stories; snippets come as pieces flagged hit/not-hit, so no markup ever crosses the wire. */
  async searchStories(q: string, limit = DEFAULT_LIMIT, offset = 0) {
    const words = searchWords(q);
    if (words === null) throw new VigieError('bad_input', 'the search needs at least one word (letters or digits)');
    const found = await this.dialect.searchStories(this.store.db, words, limit, offset);
    const items = [];
    for (const r of found.items) {
      const d = (await this.documentMeta(r.document_id))!;
      items.push({ story: storyId(r.id), title: r.title, language: r.language, relevant: r.relevant === 1, document: docMeta(d), snippet: r.snippet });
    }
    return { total: found.total, total_exact: found.total_exact, limit, offset, items };
  }

  /**
   * Current documents, newest first, by `offset` or after a `cursor` (the `next` of the page before); the total is
   * counted up to COUNT_CAP.
   */
  async listDocuments(f: { outlet?: string }, limit = DEFAULT_LIMIT, offset?: number, cursor?: string) {
    const from = startOf(DOCUMENT_KEYS, offset, cursor);
    const base = f.outlet ? sql`superseded_by IS NULL AND outlet = ${f.outlet}` : sql`superseded_by IS NULL`;
    const counted = await this.cappedTotal(sql`SELECT 1 FROM documents WHERE ${base}`);
    const rows = from.empty
      ? []
      : await this.all<DocMetaRow & { language: string | null; version: number; stories: number }>(
          sql`SELECT ${DOC_META}, language, version,
         (SELECT COUNT(*) FROM stories s WHERE s.document_id = documents.id) AS stories
       FROM documents WHERE ${base}${from.after ? sql` AND ${from.after}` : sql``}
       ORDER BY published IS NULL, ${this.dialect.descNullsLast('published')}, id LIMIT ${limit + 1} OFFSET ${from.offset}`,
        );
    const { items, next } = pageOf(DOCUMENT_KEYS, rows, limit);
    return { ...counted, limit, offset: from.byCursor ? null : from.offset, next, items: items.map((r) => ({ ...docMeta(r), language: r.language, version: r.version, stories: r.stories })) };
  }

  /** One document with its cleaned text and its stories. */
  async document(id: string) {
    const n = numericId(id, 'd');
    const d = n === null ? undefined : await this.get<DocMetaRow & { language: string | null; version: number; superseded_by: number | null; text: string; format: string; encoding: string; ingested_at: string }>(
      sql`SELECT ${DOC_META}, language, version, superseded_by, text, format, encoding, ingested_at FROM documents WHERE id = ${n}`,
    );
    if (!d) throw new VigieError('not_found', `no document "${id}"`);
    const stories = await this.all<{ id: number; title: string | null; text: string; language: string; relevant: number; relevance: number }>(
      sql`SELECT id, title, text, language, relevant, relevance FROM stories WHERE document_id = ${d.id} ORDER BY idx`,
    );
    return {
      ...docMeta(d),
      language: d.language,
      format: d.format,
      encoding: d.encoding,
      version: d.version,
      superseded_by: d.superseded_by === null ? null : docId(d.superseded_by),
      ingested_at: d.ingested_at,
      text: d.text,
      stories: stories.map((s) => ({ id: storyId(s.id), title: s.title, language: s.language, relevant: s.relevant === 1, relevance: s.relevance, text: s.text })),
    };
  }

  /** Every département with name, région, population and centroid (for the map), with incident counts. */
  departements() {
    return this.remember('departements', () => this.computeDepartements());
  }

  private async computeDepartements() {
    const counts = new Map(
      (await this.all<{ departement: string; n: number }>(sql`SELECT departement, COUNT(*) AS n FROM incidents WHERE departement IS NOT NULL AND ${this.visible} GROUP BY 1`)).map(
        (r) => [r.departement, r.n],
      ),
    );
    return listDepartements().map((d) => ({
      code: d.code,
      name: d.name,
      region: d.region,
      population: d.population,
      lat: d.lat,
      lon: d.lon,
      incidents: counts.get(d.code) ?? 0,
    }));
  }

  /** What the filters can take: types present, date span, régions. */
  facets() {
    return this.remember('facets', () => this.computeFacets());
  }

  private async computeFacets() {
    const types = await this.all<{ type: string; n: number }>(sql`SELECT type, COUNT(*) AS n FROM incidents WHERE ${this.visible} GROUP BY type ORDER BY n DESC, type`);
    const span = (await this.get<{ first: string | null; last: string | null }>(sql`SELECT MIN(date) AS first, MAX(date) AS last FROM incidents WHERE ${this.visible}`))!;
    const regions = await this.all<{ region: string; n: number }>(
      sql`SELECT region, COUNT(*) AS n FROM incidents WHERE region IS NOT NULL AND ${this.visible} GROUP BY region ORDER BY region`,
    );
    const counts = (await this.get<{ incidents: number; groups: number; entities: number; documents: number }>(
      sql`SELECT (SELECT COUNT(*) FROM incidents WHERE ${this.visible}) AS incidents, (SELECT COUNT(*) FROM claim_groups) AS groups,
         (SELECT COUNT(*) FROM entities) AS entities, (SELECT COUNT(*) FROM documents WHERE superseded_by IS NULL) AS documents`,
    ))!;
    return { types, first_date: span.first, last_date: span.last, regions, counts };
  }
}

/** A conflict value as the API gives it: for killed and injured, how the source stated the count. */
type StatedValue = Conflict['values'][number] & { stated?: 'number' | 'vague' | null };

/**
 * A conflict as the API gives it. `kind` says what a reader is looking at: 'disagreement' when sources contradict
 * each other; 'precision' when, on a count, every source that gives a number gives the same one and the others
 * report it without a number ("3", "3", "several wounded"): nobody is contradicted.
 */
export type ReadableConflict = Omit<Conflict, 'values'> & { kind: 'disagreement' | 'precision'; values: StatedValue[] };

/**
 * The conflicts of an incident as a reader should see them: silence is no party to a disagreement. On killed and
 * injured, each value says how its source stated the count: 'number', 'vague' ("several wounded": a report without
 * a number, null), or null when the event was extracted before that was recorded; a source that says nothing of the
 * count ('none') is left out. On the other fields a null is a source that gives no date or place: left out too.
 * Reconciling already leaves silent counts out; databases reconciled before it did are corrected here. A conflict
 * left with a single distinct value is no conflict.
 */
export function readableConflicts(conflicts: Conflict[], stated: Map<string, ExtractedEvent['casualties_stated']>): ReadableConflict[] {
  return conflicts.flatMap((c): ReadableConflict[] => {
    if (c.field !== 'killed' && c.field !== 'injured') {
      const values = c.values.filter((v) => v.value !== null);
      return new Set(values.map((v) => JSON.stringify(v.value))).size > 1 ? [{ ...c, kind: 'disagreement', values }] : [];
    }
    const field = c.field;
    const values: StatedValue[] = c.values.flatMap((v) => {
      const how = v.value !== null ? 'number' : (stated.get(v.event)?.[field] ?? null);
      return how === 'none' ? [] : [{ ...v, stated: how }];
    });
    const numbers = new Set(values.filter((v) => v.value !== null).map((v) => v.value));
    const vague = values.some((v) => v.value === null);
    if (numbers.size + (vague ? 1 : 0) < 2) return [];
    return [{ ...c, kind: numbers.size > 1 ? 'disagreement' : 'precision', values }];
  });
}

/** The summary's column for each dimension it holds (incident_stats, migration 11; '' there is no value). */
const SUMMARY_KEY: Partial<Record<StatsDimension, string>> = { month: 'month', type: 'type', departement: 'departement', region: 'region' };

/**
 * The WHERE clause over incident_stats that selects exactly the incidents incidentWhere would, or null when the
 * filters need the incidents themselves: a commune, a text, sources, conflicts, "since", or a day for "from"/"to"
 * (the summary holds months). Its date_key is the date cut to its month, a year left a year: for a bound of a year
 * or a month, "date >= from" and "date <= end of to" hold of it exactly when they hold of the date.
 */
function summaryWhere(by: StatsDimension, f: IncidentFilters, reviewedOnly: boolean): RawBuilder<unknown> | null {
  if (SUMMARY_KEY[by] === undefined) return null;
  if (f.commune || f.q?.trim() || f.since || f.has_conflicts !== undefined || (f.min_sources !== undefined && f.min_sources > 1)) return null;
  if ((f.from && f.from.length > 7) || (f.to && f.to.length > 7)) return null;
  // Checks the bounds as incidentWhere does (the same error for "from" after "to").
  incidentWhereBoundsCheck(f);
  const parts: Array<RawBuilder<unknown>> = [visibleIncidents(reviewedOnly)];
  const list = (xs: readonly string[]) => sql.join(xs.map((x) => sql`${x}`));
  if (f.type?.length) parts.push(sql`type IN (${list(f.type)})`);
  if (f.from) parts.push(sql`(date_key >= ${f.from} OR date_key = ${f.from.slice(0, 4)} OR date_key = ${f.from.slice(0, 7)})`);
  if (f.to) parts.push(sql`date_key <> '' AND date_key <= ${periodEnd(f.to)}`);
  if (f.departement?.length) parts.push(sql`departement IN (${list(f.departement)})`);
  if (f.region) parts.push(sql`region = ${f.region}`);
  return sql`WHERE ${sql.join(parts, sql` AND `)}`;
}

export const STATS_DIMENSIONS = ['month', 'type', 'departement', 'region', 'commune'] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];

const STATS_KEY: Record<StatsDimension, string> = {
  // Year-only and undated incidents have no month: they fall in the NULL group. The same expression is indexed
  // (migration 4, incidents_cover_month): change both together.
  month: "CASE WHEN date_precision IN ('day', 'month') AND length(date) >= 7 THEN substr(date, 1, 7) END",
  type: 'type',
  departement: 'departement',
  region: 'region',
  commune: 'commune_insee',
};
