// One watch cycle: read the sources that are due (conditional GET), queue the article links they list that were
// never seen, fetch the pending articles politely and hand them to the ingest pipeline (or, on PostgreSQL, to the
// workers' queue), then deliver the alerts the new incidents call for. All state is in the database: a cycle cut
// short (SIGTERM, a crash) is taken up by the next one where it stopped.
import type PgBoss from 'pg-boss';
import { safeLine } from '../core/errors.js';
import type { RawDocument, ReadItem, SourceMeta } from '../core/types.js';
import { ingest } from '../pipeline/ingest.js';
import type { ProcessingPool } from '../pipeline/pool.js';
import { enqueueDocuments } from '../queue/queue.js';
import { decodeBytes, charsetFromContentType } from '../read/encoding.js';
import { readFetched } from '../read/index.js';
import type { Store } from '../store/store.js';
import { incidentsSince, runAlerts, type AlertCounts } from './alerts.js';
import { PoliteFetcher, type Fetched, type FetcherOptions } from './fetcher.js';
import { readListing, type ListedLink } from './links.js';
import type { WatchMetrics } from './metrics.js';
import { WatchState, type PendingItem } from './state.js';
import type { WatchConfig, WatchSource } from './sources.js';

/** Listings (sources) fetched at once: different hosts in parallel, one request at a time per host. */
const SOURCE_CONCURRENCY = 8;
/** Article pages fetched at once (across hosts; the fetcher keeps one per host). */
const ARTICLE_CONCURRENCY = 8;
/** Child sitemaps of a sitemap index read per cycle. */
const MAX_CHILD_SITEMAPS = 20;
/** Pending articles taken per cycle: a first cycle over a large sitemap is spread over several. */
const MAX_ARTICLES_PER_CYCLE = 2000;

export interface WatchOptions {
  fetcher: Partial<FetcherOptions>;
  allowPrivate: boolean;
  workers: number;
  pool?: ProcessingPool;
  documentTimeoutMs?: number;
  /** PostgreSQL: fetched articles go to the workers' queue instead of being processed here. */
  queue?: PgBoss | null;
  metrics?: WatchMetrics;
  /** One line per source as it is read, and per failure. */
  onProgress?: (line: string) => void;
  now?: () => Date;
}

export interface SourceReport {
  source: string;
  outcome: 'new' | 'unchanged' | 'not-modified' | 'failed';
  links: number;
  newLinks: number;
  reason?: string;
  /** Failures in a row (a failing source is backed off). */
  failures?: number;
}

export interface CycleSummary {
  sources: number;
  due: number;
  notModified: number;
  failedSources: number;
  newLinks: number;
  fetched: number;
  fetchFailed: number;
  newDocuments: number;
  queued: number;
  newIncidents: number;
  alerts: AlertCounts;
  elapsedMs: number;
  stopped: boolean;
  reports: SourceReport[];
}

/** Runs `fn` over `items`, at most `n` at a time. */
async function eachLimited<T>(items: readonly T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(n, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]);
  });
  await Promise.all(lanes);
}

export class Watcher {
  readonly state: WatchState;
  readonly fetcher: PoliteFetcher;
  private readonly abort = new AbortController();
  private cycles = 0;

  constructor(
    readonly store: Store,
    readonly config: WatchConfig,
    readonly opts: WatchOptions,
  ) {
    this.state = new WatchState(store);
    this.fetcher = new PoliteFetcher({
      ...opts.fetcher,
      allowPrivate: opts.allowPrivate,
      allowHosts: config.allowHosts,
      signal: this.abort.signal,
      onRequest: () => opts.metrics?.requests.inc(),
    });
  }

  /** Asks the running cycle to stop after the document in hand; waits (backoff, host delay) end at once. */
  stop(): void {
    this.abort.abort();
  }

  get stopping(): boolean {
    return this.abort.signal.aborted;
  }

  private now(): Date {
    return this.opts.now?.() ?? new Date();
  }

  private say(line: string): void {
    this.opts.onProgress?.(line);
  }

  /** Fetches a source's listing and records its new links (or its failure). */
  private async readSource(source: WatchSource, summary: CycleSummary): Promise<void> {
    const known = (await this.state.sources([source.url])).get(source.url);
    const validators = known ? { etag: known.etag, lastModified: known.last_modified } : null;
    const got = await this.safeGet(source.url, validators);
    const m = this.opts.metrics;
    if (!got.ok) return this.sourceFailed(source, got.reason, got.retryAfterSeconds, summary);
    if (got.notModified) {
      summary.notModified++;
      m?.fetches.inc({ kind: 'listing', outcome: 'not_modified' });
      await this.state.recordListing(source, got.validators, [], this.now());
      summary.reports.push({ source: source.name, outcome: 'not-modified', links: 0, newLinks: 0 });
      this.say(`  ${safeLine(source.name)}: not modified`);
      return;
    }
    const decoded = decodeBytes(got.result.bytes, { httpCharset: charsetFromContentType(got.result.contentType), sniffDeclarations: true });
    if (!decoded.ok) return this.sourceFailed(source, decoded.reason, null, summary);
    let listing;
    try {
      listing = readListing(decoded.text, got.result.finalUrl, source.pattern);
    } catch (err) {
      return this.sourceFailed(source, `could not be read as a feed, sitemap or page: ${(err as Error).message}`, null, summary);
    }
    const links: ListedLink[] = [...listing.links];
    // A sitemap index lists sitemaps; a page given without a pattern is followed through the feeds it announces.
    const children = listing.kind === 'sitemapindex' ? listing.sitemaps.slice(0, MAX_CHILD_SITEMAPS) : listing.kind === 'html' && !source.pattern ? listing.feeds.slice(0, 3) : [];
    for (const child of children) {
      if (this.stopping) break;
      const c = await this.safeGet(child, null);
      if (!c.ok || c.notModified) continue;
      const text = decodeBytes(c.result.bytes, { httpCharset: charsetFromContentType(c.result.contentType), sniffDeclarations: true });
      if (!text.ok) continue;
      try {
        links.push(...readListing(text.text, c.result.finalUrl, source.pattern).links);
      } catch {
        // A broken child sitemap or feed leaves the others.
      }
    }
    if (listing.kind === 'html' && !source.pattern && links.length === 0) {
      return this.sourceFailed(source, 'an HTML page with no feed announced and no article links found: give the source a pattern for its article links', null, summary);
    }
    const added = await this.state.recordListing(source, got.validators, links, this.now());
    summary.newLinks += added;
    m?.fetches.inc({ kind: 'listing', outcome: 'ok' });
    m?.newLinks.inc(added);
    summary.reports.push({ source: source.name, outcome: added ? 'new' : 'unchanged', links: links.length, newLinks: added });
    this.say(`  ${safeLine(source.name)}: ${links.length} link(s), ${added} new`);
  }

  private async sourceFailed(source: WatchSource, reason: string, retryAfter: number | null, summary: CycleSummary): Promise<void> {
    if (this.stopping) return;
    summary.failedSources++;
    this.opts.metrics?.fetches.inc({ kind: 'listing', outcome: 'failed' });
    const st = await this.state.recordFailure(source, reason, retryAfter, this.now());
    summary.reports.push({ source: source.name, outcome: 'failed', links: 0, newLinks: 0, reason, failures: st.failures });
    this.say(`  ${safeLine(source.name)}: FAILED (${st.failures} in a row, next try ${st.next_due_at}): ${safeLine(reason)}`);
  }

  /** A fetch that a shutdown interrupted (an aborted wait) is reported as such, not as the source's failure. */
  private async safeGet(url: string, validators: { etag: string | null; lastModified: string | null } | null): Promise<Fetched> {
    try {
      return await this.fetcher.get(url, validators);
    } catch (err) {
      if (this.stopping) return { ok: false, reason: 'stopped', retryAfterSeconds: null };
      throw err;
    }
  }

  /** The pending articles, fetched ARTICLE_CONCURRENCY at a time, as documents for the pipeline, in order. */
  private async *articles(pending: PendingItem[], summary: CycleSummary): AsyncGenerator<ReadItem> {
    const outlets = new Map(this.config.sources.map((s) => [s.url, s.outlet]));
    const languages = new Map(this.config.sources.map((s) => [s.url, s.language]));
    const m = this.opts.metrics;
    const fetchOne = async (item: PendingItem): Promise<ReadItem[]> => {
      const got = await this.safeGet(item.url, null);
      if (this.stopping && !got.ok) return [];
      if (!got.ok || got.notModified) {
        const reason = got.ok ? 'not modified' : got.reason;
        summary.fetchFailed++;
        m?.fetches.inc({ kind: 'article', outcome: 'failed' });
        await this.state.markFailed(item.url, reason, true);
        this.say(`  article failed: ${safeLine(item.url)}: ${safeLine(reason)}`);
        return [];
      }
      summary.fetched++;
      m?.fetches.inc({ kind: 'article', outcome: 'ok' });
      const meta: Partial<SourceMeta> = { outlet: outlets.get(item.source_url) ?? null, published: item.published };
      const out: ReadItem[] = [];
      const hint = languages.get(item.source_url) ?? null;
      for await (const r of readFetched(item.url, got.result, meta, this.fetcher.opts.maxBytes)) out.push(r.ok && hint ? { ok: true, doc: { ...r.doc, languageHint: hint } } : r);
      return out;
    };
    const window: Array<Promise<ReadItem[]>> = [];
    let next = 0;
    while (next < pending.length || window.length) {
      while (!this.stopping && next < pending.length && window.length < ARTICLE_CONCURRENCY) window.push(fetchOne(pending[next++]));
      if (!window.length) break;
      // The article in hand is finished (stored) even when a stop is asked: the ones not started wait for the next run.
      yield* await window.shift()!;
    }
  }

  /** The item a pipeline source belongs to: an item of a feed is "url#n". */
  private static itemUrl(source: string, pending: Set<string>): string {
    if (pending.has(source)) return source;
    const hash = source.lastIndexOf('#');
    return hash > 0 && pending.has(source.slice(0, hash)) ? source.slice(0, hash) : source;
  }

  /** One cycle over the sources that are due, then the pending articles, then the alerts. */
  async cycle(): Promise<CycleSummary> {
    const started = performance.now();
    const startedAt = this.now();
    // Documents are stamped with the wall clock when stored: "new since this cycle" compares with it, whatever
    // clock schedules the sources (a test's or a bench's).
    const since = new Date(Date.now() - 1).toISOString();
    this.cycles++;
    const summary: CycleSummary = {
      sources: this.config.sources.length,
      due: 0,
      notModified: 0,
      failedSources: 0,
      newLinks: 0,
      fetched: 0,
      fetchFailed: 0,
      newDocuments: 0,
      queued: 0,
      newIncidents: 0,
      alerts: { queued: 0, delivered: 0, failed: 0 },
      elapsedMs: 0,
      stopped: false,
      reports: [],
    };
    const due = await this.state.due(this.config.sources, startedAt);
    summary.due = due.length;
    await eachLimited(due, SOURCE_CONCURRENCY, async (s) => {
      if (!this.stopping) await this.readSource(s, summary);
    });

    const pending = this.stopping ? [] : await this.state.pending(MAX_ARTICLES_PER_CYCLE);
    const pendingUrls = new Set(pending.map((p) => p.url));
    if (pending.length && this.opts.queue) {
      summary.queued = await this.enqueue(pending, summary, this.opts.queue);
    } else if (pending.length) {
      const s = await ingest([], this.store, {
        workers: this.opts.workers,
        pool: this.opts.pool,
        documentTimeoutMs: this.opts.documentTimeoutMs,
        items: this.articles(pending, summary),
        onStored: (source) => this.state.markDone(Watcher.itemUrl(source, pendingUrls)),
        onFailure: (f) => {
          // Read but nothing to store (no article text, an unreadable page): not tried again.
          void this.state.markFailed(Watcher.itemUrl(f.source, pendingUrls), f.reason, false).catch(() => {});
        },
      });
      summary.newDocuments = s.new + s.versions;
      this.opts.metrics?.newDocuments.inc(summary.newDocuments);
    }
    summary.newIncidents = (await incidentsSince(this.store, since, true)).length;
    this.opts.metrics?.newIncidents.inc(summary.newIncidents);
    if (!this.stopping) {
      summary.alerts = await runAlerts(this.store, this.config.alerts, since, { allowPrivate: this.opts.allowPrivate, allowHosts: this.config.allowHosts }, {
        userAgent: this.fetcher.opts.userAgent,
        now: this.now(),
      });
      this.opts.metrics?.alerts.inc({ outcome: 'delivered' }, summary.alerts.delivered);
      this.opts.metrics?.alerts.inc({ outcome: 'failed' }, summary.alerts.failed);
    }
    summary.stopped = this.stopping;
    summary.elapsedMs = performance.now() - started;
    this.opts.metrics?.cycleDone(summary, await this.state.countPending());
    return summary;
  }

  /** PostgreSQL: the fetched articles go to the workers' queue, each marked done once its job is queued. */
  private async enqueue(pending: PendingItem[], summary: CycleSummary, boss: PgBoss): Promise<number> {
    let queued = 0;
    const urls = new Set(pending.map((p) => p.url));
    for await (const item of this.articles(pending, summary)) {
      if (!item.ok) {
        await this.state.markFailed(Watcher.itemUrl(item.failure.source, urls), item.failure.reason, false);
        continue;
      }
      const doc: RawDocument = item.doc;
      queued += await enqueueDocuments(boss, [doc]);
      await this.state.markDone(Watcher.itemUrl(doc.source, urls));
    }
    return queued;
  }

  get cyclesRun(): number {
    return this.cycles;
  }
}

/** The one line a cycle ends with. */
export function summaryLine(n: number, s: CycleSummary): string {
  return (
    `cycle ${n}: ${s.due}/${s.sources} source(s) due, ${s.notModified} not modified, ${s.failedSources} failed; ` +
    `${s.newLinks} new link(s); ${s.fetched} article(s) fetched, ${s.fetchFailed} failed; ` +
    (s.queued ? `${s.queued} queued for the workers; ` : `${s.newDocuments} new document(s), ${s.newIncidents} new incident(s); `) +
    `alerts ${s.alerts.delivered} delivered, ${s.alerts.failed} failed; ${(s.elapsedMs / 1000).toFixed(1)} s` +
    (s.stopped ? ' (stopped)' : '')
  );
}
