// Ingest: read sources as a stream, process them on worker threads, store each document in its own transaction.
import { reasonOf, safeLine } from '../core/errors.js';
import type { ReadFailure } from '../core/types.js';
import { readSources, type ReadOptions } from '../read/index.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import { ProcessingPool, type ProcessOutcome } from './pool.js';
import { contentHash } from './process.js';
import { reconcileStore } from './reconcile-store.js';

export interface IngestOptions {
  read?: ReadOptions;
  workers: number;
  /** Called after each input is settled (progress display). */
  onProgress?: (s: IngestSummary) => void;
  /** Called once per failure, as it happens. */
  onFailure?: (f: ReadFailure) => void;
  /** Skip reconciliation at the end (benchmarks measuring ingestion alone). */
  skipReconcile?: boolean;
}

export interface IngestSummary {
  read: number;
  new: number;
  versions: number;
  unchanged: number;
  failed: number;
  failures: ReadFailure[];
  elapsedMs: number;
}

/** Documents in flight at once: enough to keep the workers busy while the main thread reads and writes. */
const DEFAULT_IN_FLIGHT_PER_WORKER = 4;

export async function ingest(inputs: string[], store: SqliteStore, opts: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { read: 0, new: 0, versions: 0, unchanged: 0, failed: 0, failures: [], elapsedMs: 0 };
  const pool = new ProcessingPool(opts.workers);
  const maxInFlight = Math.max(1, pool.size * DEFAULT_IN_FLIGHT_PER_WORKER);
  // Results are stored in input order (stable ids across runs), so a small queue holds the ones in flight.
  const queue: Array<{ source: string; outcome: Promise<ProcessOutcome> }> = [];
  const hashesInFlight = new Set<string>();

  const fail = (source: string, reason: string) => {
    const f = { source: safeLine(source), reason: safeLine(reason) };
    summary.failed++;
    summary.failures.push(f);
    opts.onFailure?.(f);
  };

  const settleOldest = async () => {
    const item = queue.shift()!;
    const outcome = await item.outcome;
    if (!outcome.ok) {
      fail(item.source, outcome.reason);
    } else if (!outcome.result.stories.length) {
      hashesInFlight.delete(outcome.result.contentHash);
      fail(item.source, 'no article text found after cleaning');
    } else {
      hashesInFlight.delete(outcome.result.contentHash);
      try {
        const res = store.insertDocument(outcome.result);
        if (res.status === 'unchanged') summary.unchanged++;
        else if (res.supersedes !== null) summary.versions++;
        else summary.new++;
      } catch (err) {
        fail(item.source, `could not be stored: ${reasonOf(err)}`);
      }
    }
    summary.elapsedMs = performance.now() - started;
    opts.onProgress?.(summary);
  };

  try {
    for await (const item of readSources(inputs, opts.read)) {
      summary.read++;
      if (!item.ok) {
        fail(item.failure.source, item.failure.reason);
        opts.onProgress?.(summary);
        continue;
      }
      const hash = contentHash(item.doc);
      // Same content already stored (or about to be, earlier in this run): nothing to add.
      if (store.findByHash(hash) !== null || hashesInFlight.has(hash)) {
        summary.unchanged++;
        opts.onProgress?.(summary);
        continue;
      }
      hashesInFlight.add(hash);
      queue.push({ source: item.doc.source, outcome: pool.run(item.doc, hash) });
      while (queue.length >= maxInFlight) await settleOldest();
    }
    while (queue.length) await settleOldest();
  } finally {
    await pool.close();
  }
  if (!opts.skipReconcile && summary.new + summary.versions > 0) reconcileStore(store);
  summary.elapsedMs = performance.now() - started;
  return summary;
}
