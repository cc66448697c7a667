// Queued ingestion: `vigie ingest --queue` (enqueueInputs), `vigie worker` and `vigie queue status`, over the
// PostgreSQL job queue of src/queue/queue.ts.
import type { Command } from 'commander';
import { dirname, resolve } from 'node:path';
import type { Settings } from '../config/settings.js';
import { safeLine } from '../core/errors.js';
import { ingest } from '../pipeline/ingest.js';
import { defaultWorkerCount, ProcessingPool } from '../pipeline/pool.js';
import { reconcileStore, reconcileStoreIfFree } from '../pipeline/reconcile-store.js';
import { documentsOf, enqueue, INGEST_QUEUE, openQueue, pendingJobs, queueStatus, type IngestJob } from '../queue/queue.js';
import { ManifestCache, type Manifest } from '../read/manifest.js';
import { openStore } from './open-store.js';
import { wholeNumber } from './options.js';

/** Jobs a worker takes at once. */
const JOB_BATCH = 16;

/**
 * Batches a worker process runs at once. A batch's life is a pipeline that fills and drains (read, process on the
 * worker threads, then commit document by document and merge, waiting on the database): with two in flight, one
 * batch's documents are processed while the other's are committed.
 */
const BATCHES_IN_FLIGHT = 2;

/**
 * A worker merges what it committed at most this often while it has jobs (and at once when it has none): each merge
 * has a cost of its own (finding what is new, resolving entities again), so merging every batch of 16 documents
 * spent more than the documents' own merging. The dashboard sees a document's incidents about this much later.
 */
const MERGE_INTERVAL_MS = 2000;

const queueSettings = (s: Settings) => ({ jobTimeoutSeconds: s.jobTimeoutS, maintenanceSeconds: Math.max(1, s.queueMaintenanceS) });

/** `vigie ingest --queue`: one job per document of the inputs (or of the manifest's rows when no input is given). */
export async function enqueueInputs(inputs: string[], manifest: Manifest | null, db: string, settings: Settings): Promise<void> {
  const documents = inputs.length
    ? inputs.flatMap(documentsOf)
    : (manifest?.rows ?? []).flatMap((r) => (r.file !== null ? [resolve(dirname(manifest!.path), r.file)] : r.url !== null ? [r.url] : []));
  // The store's tables exist before any worker starts (and a wrong URL fails here, before anything is queued).
  // (Merging what an interrupted run left is the workers' part: they find it, see registerWorker.)
  const store = await openStore(db, settings, { readOnly: false, finishMerge: false });
  await store.close();
  const boss = await openQueue(db, queueSettings(settings));
  try {
    const queued = await enqueue(boss, documents, manifest?.path ?? null);
    const skipped = documents.length - queued;
    process.stderr.write(`queued ${queued} document(s)${skipped ? `, ${skipped} already waiting or running` : ''}; start "vigie worker" to process them\n`);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

export function registerWorker(program: Command, settings: Settings): void {
  program
    .command('worker')
    .description('Process documents queued by "vigie ingest --queue" (PostgreSQL): run as many as you like, on any machine that sees the files.')
    .option('--db <url>', `postgres:// URL (default: ${settings.db})`)
    .option('--workers <n>', 'worker threads (0 = main thread)', wholeNumber('--workers'))
    .option('--exit-when-empty', 'stop once no job is waiting or running (default: wait for more)')
    .action(async (o: { db?: string; workers?: number; exitWhenEmpty?: boolean }) => {
      const db = o.db ?? settings.db;
      // Documents commit without waiting for the disk: a job is completed (a commit that waits, on pg-boss's own
      // connection) only after its documents are committed, and that flush writes them too. A server that crashes
      // before loses only documents of jobs not completed, which are retried.
      // (finishMerge: false: what an interrupted run left unmerged is owed from the start, and paid by this worker's
      // own merging below, which never waits on another worker's merge; an idle worker pays it at its first tick.)
      const store = await openStore(db, settings, { readOnly: false, asynchronousCommit: true, finishMerge: false });
      const owedAtStart = await store.needsReconcile().catch(async (err) => {
        await store.close();
        throw err;
      });
      const boss = await openQueue(db, queueSettings(settings)).catch(async (err) => {
        await store.close();
        throw err;
      });
      const pool = new ProcessingPool(defaultWorkerCount(o.workers ?? settings.workers), { documentTimeoutMs: settings.documentTimeoutMs });
      let done = 0;
      let failed = 0;
      const manifests = new ManifestCache();
      // Merging. What a batch commits is owed a merge. While jobs run, a merge starts at most every
      // MERGE_INTERVAL_MS and only if no other merge runs (in this process or another): the workers never queue on
      // the merge lock. A merge already running may have begun before the last commit, so the debt stays until a
      // merge begun after it ends; once no batch runs (or the worker stops), the worker waits for the lock and pays.
      // Merges while busy leave the entities (resolved from every mention) to that idle merge: `resolve` says one is due.
      let merging: Promise<unknown> | null = null;
      let owed = owedAtStart;
      let resolve = false;
      let running = 0;
      let lastMerge = 0;
      const merge = async (wait: boolean) => {
        while (merging) {
          if (!wait) return;
          await merging;
        }
        owed = false;
        if (wait) resolve = false;
        // Busy: incidents and claim groups only, and not if any worker merged within the interval. Idle: everything.
        merging = (wait ? reconcileStore(store) : reconcileStoreIfFree(store, { entities: false, notWithinMs: MERGE_INTERVAL_MS })).then(
          (r) => {
            if (r === null) owed = true;
            else if (!wait) resolve = true;
          },
          (err) => {
            owed = true;
            throw err;
          },
        );
        try {
          await merging;
        } finally {
          merging = null;
          lastMerge = performance.now();
        }
      };
      // A merge that fails stays owed and is tried again at the next tick; the reason is said once per kind.
      const said = new Set<string>();
      const failedMerge = (err: unknown) => {
        const line = safeLine((err as Error).message);
        if (!said.has(line)) process.stderr.write(`worker: merging failed, will try again: ${line}\n`);
        said.add(line);
      };
      const mergeIfDue = () => {
        if (merging) return;
        if (!running && (owed || resolve)) void merge(true).catch(failedMerge);
        else if (owed && performance.now() - lastMerge >= MERGE_INTERVAL_MS) void merge(false).catch(failedMerge);
      };
      const stopped = new Promise<void>((resolveStop) => {
        let stopping = false;
        const stop = async () => {
          if (stopping) return;
          stopping = true;
          clearInterval(watch);
          await boss.stop({ graceful: true, wait: true, timeout: 60_000 }).catch(() => {});
          await pool.close();
          // What this worker committed is merged before it goes (a database that went away: the next run merges).
          await (async () => {
            while (merging) await merging;
            if (owed || resolve || (await store.needsReconcile())) await merge(true);
          })().catch((err) => process.stderr.write(`worker: merging left to the next run: ${safeLine((err as Error).message)}\n`));
          await store.close();
          process.stderr.write(`worker: ${done} job(s) done, ${failed} failed\n`);
          resolveStop();
        };
        process.once('SIGINT', () => void stop());
        process.once('SIGTERM', () => void stop());
        let ticks = 0;
        const watch = setInterval(() => {
          if (!stopping) mergeIfDue();
          // (The queue is asked once a second.)
          if (!o.exitWhenEmpty || ++ticks % 4) return;
          void pendingJobs(boss).then(
            (n) => (n === 0 ? stop() : undefined),
            () => {},
          );
        }, 250);
      });
      // Jobs come in batches: one ingest run (one manifest read, one merge) for several documents, and no polling
      // pause between them. Each document still commits alone; a job fails alone, with its document's reason.
      const work = async (jobs: Array<{ id: string; data: IngestJob }>) => {
        const byManifest = new Map<string | null, typeof jobs>();
        const read = jobs.filter((j) => j.data.document);
        for (const job of jobs) {
          if (!job.data.document) byManifest.set(job.data.manifest, [...(byManifest.get(job.data.manifest) ?? []), job]);
        }
        let stored = false;
        const failures = new Map<string, string>();
        if (read.length) {
          // Documents the watcher already fetched: processed as they are, never fetched again.
          const items = (async function* () {
            for (const j of read) yield { ok: true as const, doc: j.data.document! };
          })();
          const summary = await ingest([], store, { workers: pool.size, pool, skipReconcile: true, items });
          stored ||= summary.new + summary.versions > 0;
          for (const f of summary.failures) failures.set(f.source, f.reason);
        }
        for (const [manifest, group] of byManifest) {
          const summary = await ingest(
            group.map((j) => j.data.input),
            store,
            {
              workers: pool.size,
              pool,
              skipReconcile: true,
              read: {
                manifest,
                manifests,
                maxFileBytes: settings.maxBytes,
                fetch: { timeoutMs: settings.fetchTimeoutMs, maxBytes: settings.maxBytes, userAgent: settings.userAgent },
              },
            },
          );
          stored ||= summary.new + summary.versions > 0;
          for (const f of summary.failures) failures.set(f.source, f.reason);
        }
        // (Nothing stored: events a killed worker committed may still wait for a merge.)
        if (stored || (await store.needsReconcile())) owed = true;
        mergeIfDue();
        for (const job of jobs) {
          const reason = failures.get(job.data.input) ?? [...failures].find(([source]) => source.startsWith(job.data.input))?.[1];
          if (reason === undefined) {
            done++;
            continue;
          }
          failed++;
          // The job fails with the reason (and is retried: a fetch may work the next time); `vigie queue status` lists it.
          await boss.fail(INGEST_QUEUE, job.id, { message: safeLine(reason) });
        }
        // The jobs not failed above are completed when this returns.
      };
      for (let i = 0; i < BATCHES_IN_FLIGHT; i++) {
        let loop: string | undefined;
        loop = await boss.work<IngestJob>(INGEST_QUEUE, { batchSize: JOB_BATCH, pollingIntervalSeconds: 0.5 }, async (jobs) => {
          running++;
          try {
            await work(jobs);
          } finally {
            running--;
            // A full batch says more are likely waiting: the loop fetches again at once. pg-boss's loop otherwise
            // waits out its polling interval after each batch, and a batch of 16 takes less than that: a worker
            // then took at most 2 × 16 documents a half-second (56 documents/s measured on an idle machine).
            if (jobs.length === JOB_BATCH && loop !== undefined) boss.notifyWorker(loop);
          }
        });
      }
      await stopped;
    });
}

export function registerQueue(program: Command, settings: Settings): void {
  const queue = program.command('queue').description('The job queue of queued ingestion (PostgreSQL).');
  queue
    .command('status')
    .description('Jobs waiting, running, done and failed (with why), and merging left to do.')
    .option('--db <url>', `postgres:// URL (default: ${settings.db})`)
    .option('--json', 'print JSON')
    .action(async (o: { db?: string; json?: boolean }) => {
      const db = o.db ?? settings.db;
      const boss = await openQueue(db, queueSettings(settings));
      try {
        const status = await queueStatus(boss);
        const store = await openStore(db, settings, { readOnly: true });
        const pending = await store.pendingReconcile().finally(() => store.close());
        if (o.json) {
          process.stdout.write(JSON.stringify({ ...status, pendingMerge: pending }, null, 2) + '\n');
          return;
        }
        const s = status.states;
        const lines = [
          `waiting    ${s.created}`,
          `retrying   ${s.retry}`,
          `running    ${s.active}`,
          `done       ${s.completed}`,
          `failed     ${s.failed}`,
          `events not yet merged  ${pending.events}`,
          ...status.failures.map((f) => `  failed: ${safeLine(f.input)}: ${safeLine(f.reason)} (${f.attempts} attempt(s))`),
        ];
        process.stdout.write(lines.join('\n') + '\n');
      } finally {
        await boss.stop({ graceful: false, wait: true }).catch(() => {});
      }
    });
}
