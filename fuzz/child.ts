// The fuzzer's ingest process: one database, one pool of workers, and one `ingest` per input the parent sends, as
// `vigie ingest` runs it. After each input it checks what was stored: every document accounted for, every evidence
// span quoting its story. The parent watches it from outside (time, memory, death): see fuzz/run.ts.
import { appendFileSync, readFileSync } from 'node:fs';
import { tuneAllocator, type AllocatorState } from '../src/core/allocator.js';
import { threadHeap } from '../src/core/heap.js';
import type { IngestSummary } from '../src/pipeline/ingest.js';
import { ingest } from '../src/pipeline/ingest.js';
import { ProcessingPool, defaultWorkerCount } from '../src/pipeline/pool.js';
import { reconcileStore } from '../src/pipeline/reconcile-store.js';
import type { SqliteDialectHandle } from '../src/store/dialects/sqlite/connect.js';
import { openStore } from '../src/store/open.js';
import { evidenceMismatches } from './checks.js';
import { mallocShare } from './memory.js';

export type ChildRequest = { type: 'case'; index: number; input: string } | { type: 'finish' };

export interface CaseReply {
  type: 'case';
  index: number;
  ms: number;
  /** Set when ingest itself threw: the run would have stopped there. */
  error?: string;
  summary?: Pick<IngestSummary, 'read' | 'new' | 'versions' | 'unchanged' | 'failed'>;
  /** The first few failure reasons. */
  reasons: string[];
  warnings: string[];
  /** Documents the database gained. */
  added: number;
  /** Spans whose text is not the story's text at their offsets. */
  mismatches: string[];
  /** Peak resident memory of this process so far (workers included), in MB. */
  maxRssMb: number;
  /** Resident memory now, once the input is done, and the main thread's share of it (V8 heap, buffers), in MB. */
  memory: { rssMb: number; heapMb: number; externalMb: number };
}

export interface FinishReply {
  type: 'finish';
  ms: number;
  integrity: string;
  documents: number;
  events: number;
  looseEvents: number;
  incidents: number;
  mismatches: string[];
  error?: string;
}

/** Sent while an input is read: a file holding many documents earns time for each (see run.ts). */
export interface ProgressReply {
  type: 'progress';
  read: number;
}

/** Sent once started: how the allocator was set, by the same call `vigie` makes first (src/cli/main.ts). */
export interface ReadyReply {
  type: 'ready';
  allocator: AllocatorState;
}

export type ChildReply = ReadyReply | CaseReply | FinishReply | ProgressReply;

const MB = 1024 * 1024;
const maxRssMb = () => Math.round((process.resourceUsage().maxRSS * 1024) / MB);

async function main(): Promise<void> {
  // As `vigie ingest` starts: the allocator is whatever the product makes of the environment it was given, so the
  // memory measured is the memory a user's run takes.
  const allocator = tuneAllocator(process.env);
  const [dbPath, fetchTimeout] = process.argv.slice(2);
  const store = await openStore(dbPath);
  // The checks read the SQLite file directly (integrity check, evidence spans), on the store's own connection.
  const db = (store.dialect as SqliteDialectHandle).native;
  // The pool `vigie ingest` would start, kept across inputs so each does not pay for starting workers.
  const pool = new ProcessingPool(defaultWorkerCount(-1));
  const send = (r: ChildReply) => process.send!(r);
  const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  const lastId = () => (db.prepare('SELECT COALESCE(MAX(id), 0) AS n FROM documents').get() as { n: number }).n;

  process.on('message', async (req: ChildRequest) => {
    if (req.type === 'finish') {
      const started = performance.now();
      try {
        await reconcileStore(store);
        const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join('; ');
        // Events of current documents left out of every incident, and memberships of events that are gone.
        const pending = await store.pendingReconcile();
        const looseEvents = pending.events + pending.stale;
        send({
          type: 'finish',
          ms: performance.now() - started,
          integrity,
          documents: count('documents'),
          events: count('events'),
          looseEvents,
          incidents: count('incidents'),
          mismatches: evidenceMismatches(db, 0),
        });
      } catch (err) {
        send({ type: 'finish', ms: 0, integrity: '', documents: 0, events: 0, looseEvents: 0, incidents: 0, mismatches: [], error: String((err as Error)?.stack ?? err) });
      }
      await pool.close();
      await store.close();
      process.exit(0);
    }
    const before = count('documents');
    const afterId = lastId();
    const started = performance.now();
    const reply: CaseReply = { type: 'case', index: req.index, ms: 0, reasons: [], warnings: [], added: 0, mismatches: [], maxRssMb: 0, memory: { rssMb: 0, heapMb: 0, externalMb: 0 } };
    try {
      let told = 0;
      const s = await ingest([req.input], store, {
        workers: pool.size,
        pool,
        skipReconcile: true,
        read: { fetch: { timeoutMs: Number(fetchTimeout) } },
        onProgress: (p) => {
          if (p.read - told >= 20) send({ type: 'progress', read: (told = p.read) });
        },
      });
      reply.summary = { read: s.read, new: s.new, versions: s.versions, unchanged: s.unchanged, failed: s.failed };
      reply.reasons = s.failures.slice(0, 5).map((f) => f.reason);
      reply.warnings = s.warnings.slice(0, 5).map((w) => w.reason);
    } catch (err) {
      reply.error = String((err as Error)?.stack ?? err);
    }
    reply.ms = performance.now() - started;
    reply.added = count('documents') - before;
    reply.mismatches = evidenceMismatches(db, afterId);
    reply.maxRssMb = maxRssMb();
    const m = process.memoryUsage();
    reply.memory = { rssMb: Math.round(m.rss / MB), heapMb: Math.round(m.heapUsed / MB), externalMb: Math.round(m.external / MB) };
    send(reply);
    // A line per input: where the memory is (V8's heap, the C allocator's arenas), to find what grows over a run.
    const log = process.env.VIGIE_FUZZ_MEMLOG;
    if (log) {
      const heap = { heapTotalMb: Math.round(m.heapTotal / MB), collections: threadHeap.collections };
      appendFileSync(log, `${JSON.stringify({ index: req.index, maxRssMb: reply.maxRssMb, ...reply.memory, ...heap, ...mallocShare(readFileSync('/proc/self/smaps', 'utf8')) })}\n`);
    }
  });
  send({ type: 'ready', allocator });
}

void main();
