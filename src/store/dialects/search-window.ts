// Full-text search pages that cost the same at a thousand stories and at a million: both dialects count matches only
// up to COUNT_CAP and rank only a window of the newest matches. A common word matches most stories; ranking every
// one of them (bm25 in FTS5, ts_rank in PostgreSQL) for each page cost a second at 200,000 stories.

/** Matches are counted up to this: past it, the total is this number and not exact. */
export const COUNT_CAP = 10_000;

/**
 * How many of the newest matching stories are ranked. When at most this many match (every query on a small
 * observatory), the order is the rank over all of them, as before; when more, the newest SEARCH_RANK_WINDOW are
 * ranked, best first, and the older ones follow newest first.
 */
export const SEARCH_RANK_WINDOW = 2_000;

/** What a dialect answers for one search; `fromId` and `belowId` bound story ids (the window is ids ≥ its start). */
export interface SearchParts<T> {
  /** Matching stories, counted up to `cap` + 1. */
  count(cap: number): Promise<number>;
  /** The smallest id among the `window` newest matches (null: no match). */
  windowStart(window: number): Promise<number | null>;
  /** Matches with id ≥ fromId, best rank first. */
  ranked(fromId: number, limit: number, offset: number): Promise<T[]>;
  /** Matches with id < belowId, newest first. */
  older(belowId: number, limit: number, offset: number): Promise<T[]>;
}

export async function windowedSearch<T>(parts: SearchParts<T>, limit: number, offset: number): Promise<{ total: number; total_exact: boolean; items: T[] }> {
  const n = await parts.count(COUNT_CAP);
  const counted = n > COUNT_CAP ? { total: COUNT_CAP, total_exact: false } : { total: n, total_exact: true };
  const start = n === 0 ? null : await parts.windowStart(SEARCH_RANK_WINDOW);
  if (start === null) return { ...counted, items: [] };
  const items: T[] = [];
  if (offset < SEARCH_RANK_WINDOW) items.push(...(await parts.ranked(start, Math.min(limit, SEARCH_RANK_WINDOW - offset), offset)));
  const rest = limit - items.length;
  if (rest > 0 && n > SEARCH_RANK_WINDOW) items.push(...(await parts.older(start, rest, Math.max(0, offset - SEARCH_RANK_WINDOW))));
  return { ...counted, items };
}

/**
 * The incident filter on words reads the incidents of at most this many matching stories, the newest: a prefix as
 * short as "code1" matches half of the stories of the generated million, and reading every incident they tell took
 * 49 s (SQLite, during which the server answered nobody) and 69 s (PostgreSQL). Past it the list's total says it is
 * not exact.
 */
export const TEXT_FILTER_STORIES = 2_000;
