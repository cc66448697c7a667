// The watcher's state in the database (both dialects, through the Store): each followed source's validators, when
// it is next due and its failures in a row; each article link it listed and whether its page is stored. A restart,
// or a crash, goes on from there: due sources only, pending links only, nothing stored twice.
import { sql } from 'kysely';
import { safeLine } from '../core/errors.js';
import type { Store } from '../store/store.js';
import type { Validators } from './fetcher.js';
import type { ListedLink } from './links.js';
import type { WatchSource } from './sources.js';

/** A link whose page could not be fetched is tried again in later cycles, this many times in all. */
export const MAX_ITEM_ATTEMPTS = 3;
/** Longest backoff of a failing source. */
export const MAX_SOURCE_BACKOFF_SECONDS = 24 * 3600;

export interface SourceState {
  url: string;
  name: string;
  etag: string | null;
  last_modified: string | null;
  last_fetched_at: string | null;
  last_ok_at: string | null;
  next_due_at: string | null;
  failures: number;
  last_error: string | null;
}

export interface PendingItem {
  url: string;
  source_url: string;
  title: string | null;
  published: string | null;
  attempts: number;
}

const iso = (d: Date) => d.toISOString();
const later = (now: Date, seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();

/**
 * Seconds a source waits after `failures` failures in a row: its interval doubled per failure (capped), or what
 * the server asked (Retry-After) when that is longer.
 */
export function backoffSeconds(intervalSeconds: number, failures: number, retryAfter: number | null): number {
  const doubled = Math.min(MAX_SOURCE_BACKOFF_SECONDS, intervalSeconds * 2 ** Math.max(0, failures - 1));
  return Math.max(doubled, Math.min(retryAfter ?? 0, MAX_SOURCE_BACKOFF_SECONDS));
}

export class WatchState {
  constructor(readonly store: Store) {}

  async sources(urls: readonly string[]): Promise<Map<string, SourceState>> {
    const out = new Map<string, SourceState>();
    for (let i = 0; i < urls.length; i += 500) {
      const rows = await this.store.db.selectFrom('watch_sources').selectAll().where('url', 'in', urls.slice(i, i + 500)).execute();
      for (const r of rows) out.set(r.url, r);
    }
    return out;
  }

  /** Every source the database knows (for reports), failing ones first. */
  allSources(): Promise<SourceState[]> {
    return this.store.db.selectFrom('watch_sources').selectAll().orderBy('failures', 'desc').orderBy('url').execute();
  }

  /** The sources whose time has come (never fetched, or next_due_at passed). */
  async due(sources: readonly WatchSource[], now: Date): Promise<WatchSource[]> {
    const known = await this.sources(sources.map((s) => s.url));
    return sources.filter((s) => {
      const st = known.get(s.url);
      return !st?.next_due_at || st.next_due_at <= iso(now);
    });
  }

  /**
   * A listing read: its new links are queued and its validators and next due time saved, in one transaction (a
   * crash leaves either both or neither). Returns the links not seen before.
   */
  async recordListing(source: WatchSource, validators: Validators, links: readonly ListedLink[], now: Date): Promise<number> {
    const unique = [...new Map(links.map((l) => [l.url, l])).values()];
    return this.store.transaction(async (tx) => {
      let added = 0;
      for (let i = 0; i < unique.length; i += 200) {
        const part = unique.slice(i, i + 200);
        const known = new Set(
          (await tx.db.selectFrom('watch_items').select('url').where('url', 'in', part.map((l) => l.url)).execute()).map((r) => r.url),
        );
        const fresh = part.filter((l) => !known.has(l.url));
        if (!fresh.length) continue;
        // Counted as inserted: another source listing the same link at the same moment inserts it once.
        const r = await tx.db
          .insertInto('watch_items')
          .values(
            fresh.map((l) => ({
              url: l.url,
              source_url: source.url,
              title: l.title === null ? null : safeLine(l.title, 500),
              published: l.published,
              status: 'pending' as const,
              first_seen_at: iso(now),
            })),
          )
          .onConflict((oc) => oc.column('url').doNothing())
          .executeTakeFirst();
        added += Number(r.numInsertedOrUpdatedRows ?? 0);
      }
      await this.saveSource(tx, source, now, {
        etag: validators.etag,
        last_modified: validators.lastModified,
        last_fetched_at: iso(now),
        last_ok_at: iso(now),
        next_due_at: later(now, source.intervalSeconds),
        failures: 0,
        last_error: null,
      });
      return added;
    });
  }

  /** A source that failed: backed off (its interval doubled per failure in a row), the reason kept for reports. */
  async recordFailure(source: WatchSource, reason: string, retryAfter: number | null, now: Date): Promise<SourceState> {
    return this.store.transaction(async (tx) => {
      const prev = await tx.db.selectFrom('watch_sources').select('failures').where('url', '=', source.url).executeTakeFirst();
      const failures = (prev?.failures ?? 0) + 1;
      const values = {
        last_fetched_at: iso(now),
        next_due_at: later(now, backoffSeconds(source.intervalSeconds, failures, retryAfter)),
        failures,
        last_error: safeLine(reason, 500),
      };
      await this.saveSource(tx, source, now, values);
      return (await tx.db.selectFrom('watch_sources').selectAll().where('url', '=', source.url).executeTakeFirstOrThrow()) as SourceState;
    });
  }

  private async saveSource(tx: Store, source: WatchSource, _now: Date, values: Partial<Omit<SourceState, 'url' | 'name'>>): Promise<void> {
    await tx.db
      .insertInto('watch_sources')
      .values({ url: source.url, name: source.name, ...values })
      .onConflict((oc) => oc.column('url').doUpdateSet({ name: source.name, ...values }))
      .execute();
  }

  /** Links whose page is still to be stored, oldest first. */
  pending(limit: number): Promise<PendingItem[]> {
    return this.store.db
      .selectFrom('watch_items')
      .select(['url', 'source_url', 'title', 'published', 'attempts'])
      .where('status', '=', 'pending')
      .orderBy('first_seen_at')
      .orderBy('url')
      .limit(limit)
      .execute();
  }

  async countPending(): Promise<number> {
    const r = await this.store.db.selectFrom('watch_items').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'pending').executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  async markDone(url: string, now = new Date()): Promise<void> {
    await this.store.db.updateTable('watch_items').set({ status: 'done', done_at: iso(now), last_error: null }).where('url', '=', url).execute();
  }

  /**
   * A link that failed: a fetch failure is tried again in a later cycle (up to MAX_ITEM_ATTEMPTS), a page that was
   * read but gave nothing to store (no article text) is not.
   */
  async markFailed(url: string, reason: string, retry: boolean): Promise<void> {
    await this.store.db
      .updateTable('watch_items')
      .set({
        attempts: sql<number>`attempts + 1`,
        last_error: safeLine(reason, 500),
        status: retry ? sql<'pending' | 'failed'>`CASE WHEN attempts + 1 >= ${MAX_ITEM_ATTEMPTS} THEN 'failed' ELSE 'pending' END` : 'failed',
      })
      .where('url', '=', url)
      .execute();
  }

  async itemStatus(url: string): Promise<{ status: string; attempts: number } | null> {
    return (await this.store.db.selectFrom('watch_items').select(['status', 'attempts']).where('url', '=', url).executeTakeFirst()) ?? null;
  }
}
