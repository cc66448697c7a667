// Ingest: read sources as a stream, process them on worker threads, store each document in its own transaction.
import { safeLine } from '../core/errors.js';
import { threadHeap } from '../core/heap.js';
import { LARGE_DOCUMENT_CHARS } from '../core/limits.js';
import type { ReadFailure, ReadItem } from '../core/types.js';
import { readSources, type ReadOptions } from '../read/index.js';
import type { Store } from '../store/store.js';
import { readAheadChunks } from './read-ahead.js';
import { ProcessingPool, type ProcessOutcome } from './pool.js';
import { contentHash } from './identity.js';
import type { ProcessedDocument } from './types.js';
import { reconcileStore } from './reconcile-store.js';

export interface IngestOptions {
  read?: ReadOptions;
  workers: number;
  /** Called after each input is settled (progress display). */
  onProgress?: (s: IngestSummary) => void;
  /** Called once per failure, as it happens. */
  onFailure?: (f: ReadFailure) => void;
  /** Called when a document is stored with a warning: an extractor failed on one of its stories, its text was cut. */
  onWarning?: (w: ReadFailure) => void;
  /** Skip reconciliation at the end (benchmarks measuring ingestion alone). */
  skipReconcile?: boolean;
  /** false: store documents and stories without extracting events (benchmarks of the foundation). Default true. */
  extract?: boolean;
  /** Longest time one document may take on a worker, in ms (0 = no limit; default DEFAULT_DOCUMENT_TIMEOUT_MS). */
  documentTimeoutMs?: number;
  /**
   * Workers to use instead of starting `workers` new ones (a caller running many ingests, such as the fuzzer); it is
   * left open. `workers`, `extract` and `documentTimeoutMs` are then the pool's own.
   */
  pool?: ProcessingPool;
  /**
   * Documents already read (the watcher's fetched articles, a queued job's content), taken instead of reading
   * `inputs`: the rest of the pipeline is the same.
   */
  items?: AsyncIterable<ReadItem>;
  /**
   * Awaited once a document is settled in the store (stored, or found already there): the watcher marks the item
   * done only then, so a crash never loses a fetched article and a restart never fetches a stored one again.
   */
  onStored?: (source: string) => Promise<void> | void;
}

export interface IngestSummary {
  read: number;
  new: number;
  versions: number;
  unchanged: number;
  failed: number;
  /** The first MAX_LISTED_FAILURES failures (`failed` counts them all). */
  failures: ReadFailure[];
  /** Documents stored with a warning: an extractor failed on a story (its records are missing), its text was cut. */
  warnings: ReadFailure[];
  /** Failures and warnings past MAX_LISTED_FAILURES each, counted but not kept. */
  unlisted: { failures: number; warnings: number };
  elapsedMs: number;
}

/**
 * Failures (and warnings) kept for the summary. A 50 MB JSON Lines file of "{}" is millions of failed items: listing
 * every one would hold gigabytes and print millions of lines, and the first thousand say what went wrong.
 */
export const MAX_LISTED_FAILURES = 1000;

/** Documents read ahead of processing: file reads overlap with waiting for the workers. */
const READ_AHEAD = 64;

/** Documents read ahead that are looked up in the store together, at most. */
const CHECK_CHUNK = 32;

/** Documents committed together (each in its own savepoint, so one failure still leaves no trace of it alone). */
const STORE_BATCH = 32;

/**
 * Characters of content held at each step (read ahead, in flight on the workers, processed and waiting to be
 * stored): the counts above bound ordinary articles, this bounds large documents, which would otherwise pile up by
 * the dozen, each tens of megabytes on the main thread.
 */
const MAX_CHARS_HELD = 2 * LARGE_DOCUMENT_CHARS;

export async function ingest(inputs: string[], store: Store, opts: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = {
    read: 0,
    new: 0,
    versions: 0,
    unchanged: 0,
    failed: 0,
    failures: [],
    warnings: [],
    unlisted: { failures: 0, warnings: 0 },
    elapsedMs: 0,
  };
  const pool =
    opts.pool ?? new ProcessingPool(opts.workers, { process: { extract: opts.extract ?? true }, documentTimeoutMs: opts.documentTimeoutMs });
  const maxInFlight = pool.capacity;
  // Results are stored in input order (stable ids across runs), so a small queue holds the ones in flight.
  const queue: Array<{ source: string; hash: string; chars: number; outcome: Promise<ProcessOutcome>; done: ProcessOutcome | null }> = [];
  const toStore: Array<{ source: string; doc: ProcessedDocument }> = [];
  let charsInFlight = 0;
  let charsToStore = 0;
  const hashesInFlight = new Set<string>();

  const fail = (source: string, reason: string) => {
    const f = { source: safeLine(source), reason: safeLine(reason) };
    summary.failed++;
    if (summary.failures.length < MAX_LISTED_FAILURES) summary.failures.push(f);
    else summary.unlisted.failures++;
    opts.onFailure?.(f);
  };

  const progress = () => {
    summary.elapsedMs = performance.now() - started;
    opts.onProgress?.(summary);
  };

  const storeBatch = async () => {
    if (!toStore.length) return;
    const batch = toStore.splice(0, toStore.length);
    charsToStore = 0;
    const results = await store.insertDocuments(batch.map((b) => b.doc));
    for (const [i, res] of results.entries()) {
      hashesInFlight.delete(batch[i].doc.contentHash);
      if (!res.ok) fail(batch[i].source, `could not be stored: ${res.reason}`);
      else if (res.outcome.status === 'unchanged') summary.unchanged++;
      else if (res.outcome.supersedes !== null) summary.versions++;
      else summary.new++;
      if (res.ok) await opts.onStored?.(batch[i].source);
    }
    progress();
  };

  const settle = async (item: (typeof queue)[number], outcome: ProcessOutcome) => {
    charsInFlight -= item.chars;
    if (!outcome.ok) {
      hashesInFlight.delete(item.hash);
      fail(item.source, outcome.reason);
      progress();
    } else if (!outcome.result.stories.length) {
      hashesInFlight.delete(item.hash);
      fail(item.source, 'no article text found after cleaning');
      progress();
    } else {
      const warn = (reason: string) => {
        const w = { source: safeLine(item.source), reason: safeLine(reason) };
        if (summary.warnings.length < MAX_LISTED_FAILURES) summary.warnings.push(w);
        else summary.unlisted.warnings++;
        opts.onWarning?.(w);
      };
      for (const note of outcome.result.notes ?? []) warn(note);
      for (const s of outcome.result.stories) {
        for (const e of s.extraction?.errors ?? []) {
          warn(`extractor failed (stored without its records): ${`story ${s.title ?? ''}: ${e}`.replace('story : ', '')}`);
        }
      }
      toStore.push({ source: item.source, doc: outcome.result });
      charsToStore += outcome.result.text.length;
      if (toStore.length >= STORE_BATCH || charsToStore > MAX_CHARS_HELD) await storeBatch();
    }
  };

  /** Settles the finished documents at the head of the queue; waits for the oldest only when `wait`. */
  const settleReady = async (wait: boolean) => {
    if (wait && queue.length && queue[0].done === null) {
      pool.flush();
      await queue[0].outcome;
    }
    while (queue.length && queue[0].done !== null) {
      const item = queue.shift()!;
      await settle(item, item.done as ProcessOutcome);
    }
  };

  try {
    const weight = (item: ReadItem) => (item.ok ? item.doc.content.length : 0);
    for await (const chunk of readAheadChunks(opts.items ?? readSources(inputs, opts.read), READ_AHEAD, { weight, max: MAX_CHARS_HELD }, CHECK_CHUNK)) {
      // The documents read so far are looked up in the store together (one round trip on PostgreSQL).
      const hashes = chunk.map((item) => (item.ok ? contentHash(item.doc) : ''));
      const fresh = await store.wouldStoreMany(chunk.flatMap((item, i) => (item.ok ? [{ hash: hashes[i], meta: item.doc.meta }] : [])));
      let next = 0;
      for (const [i, item] of chunk.entries()) {
        summary.read++;
        // What reading, decoding and storing the documents before this one left behind (see core/heap.ts).
        threadHeap.collectIfGrown();
        if (!item.ok) {
          fail(item.failure.source, item.failure.reason);
          opts.onProgress?.(summary);
          continue;
        }
        const hash = hashes[i];
        // Same content already stored (or about to be, earlier in this run): nothing to add, unless this read gives
        // a url, outlet or date the stored document lacked (the store then makes a new version with it). A document
        // stored since the lookup is found by the store itself, which then counts it unchanged.
        if (!fresh[next++] || hashesInFlight.has(hash)) {
          summary.unchanged++;
          if (!hashesInFlight.has(hash)) await opts.onStored?.(item.doc.source);
          opts.onProgress?.(summary);
          continue;
        }
        hashesInFlight.add(hash);
        const chars = item.doc.content.length;
        const entry: (typeof queue)[number] = { source: item.doc.source, hash, chars, outcome: pool.run(item.doc, hash), done: null };
        void entry.outcome.then((o) => (entry.done = o));
        queue.push(entry);
        charsInFlight += chars;
        await settleReady(false);
        while (queue.length && (queue.length >= maxInFlight || charsInFlight > MAX_CHARS_HELD)) await settleReady(true);
      }
    }
    while (queue.length) await settleReady(true);
    await storeBatch();
    threadHeap.collectIfGrown();
  } finally {
    if (pool !== opts.pool) await pool.close();
  }
  // Also when nothing new came in but earlier work was left unreconciled (a run killed during reconciliation).
  if (!opts.skipReconcile && (summary.new + summary.versions > 0 || (await store.needsReconcile()))) await reconcileStore(store);
  summary.elapsedMs = performance.now() - started;
  return summary;
}
