// A small pool of worker threads running processDocument in batches; falls back to the main thread when size is 0.
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { reasonOf } from '../core/errors.js';
import type { RawDocument } from '../core/types.js';
import type { ProcessOptions } from './process.js';
import type { ProcessedDocument } from './types.js';
import type { WorkItem, WorkReply, WorkRequest } from './worker.js';

export type ProcessOutcome = { ok: true; result: ProcessedDocument } | { ok: false; reason: string };

/**
 * Heap cap per worker: a pathological page fails alone instead of swelling the process. Each worker holds the
 * gazetteer and lexicons (~60 MB) plus one batch; past ~100 MB live, V8 keeps growing the heap lazily, so a
 * higher cap mostly buys RSS, not speed.
 */
const DEFAULT_WORKER_HEAP_MB = 160;

/** Young generation per worker: V8's default (up to 32 MB semi-spaces per isolate) inflates RSS for little gain. */
const DEFAULT_WORKER_YOUNG_MB = 16;

/** Documents per message. Small enough that a crash fails few documents and workers never wait long. */
export const DEFAULT_BATCH_SIZE = 8;

/** Worker threads need compiled JavaScript: under a TypeScript test runner the pool runs in the main thread. */
const COMPILED = import.meta.url.endsWith('.js');

export function defaultWorkerCount(requested: number): number {
  if (requested >= 0) return COMPILED ? requested : 0;
  return COMPILED ? Math.max(1, Math.min(2, cpus().length)) : 0;
}

export interface PoolOptions {
  process?: ProcessOptions;
  batchSize?: number;
}

interface Waiting {
  item: WorkItem;
  resolve: (o: ProcessOutcome) => void;
}

export class ProcessingPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: Waiting[] = [];
  private readonly pending = new Map<number, { resolve: (o: ProcessOutcome) => void; worker: Worker }>();
  private readonly processOptions: ProcessOptions;
  private readonly batchSize: number;
  private nextId = 1;
  private closing = false;

  constructor(size: number, options: PoolOptions = {}) {
    this.processOptions = options.process ?? {};
    this.batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
    for (let i = 0; i < size; i++) this.spawn();
  }

  get size(): number {
    return this.workers.length;
  }

  /** Documents a caller should keep in flight to keep every worker busy while it reads and stores. */
  get capacity(): number {
    return Math.max(1, this.size * this.batchSize * 2);
  }

  private spawn(): void {
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: DEFAULT_WORKER_HEAP_MB, maxYoungGenerationSizeMb: DEFAULT_WORKER_YOUNG_MB },
    });
    worker.on('message', (reply: WorkReply) => {
      for (const r of reply.results) {
        const p = this.pending.get(r.id);
        if (!p) continue;
        this.pending.delete(r.id);
        p.resolve(r.ok ? { ok: true, result: r.result } : { ok: false, reason: r.reason });
      }
      this.release(worker);
    });
    worker.on('error', (err) => this.fail(worker, `worker crashed: ${reasonOf(err)}`));
    worker.on('exit', (code) => {
      if (code !== 0) this.fail(worker, `worker exited with code ${code} (out of memory?)`);
    });
    this.workers.push(worker);
    this.idle.push(worker);
  }

  /** A crashed worker fails the documents it held and is replaced. */
  private fail(worker: Worker, reason: string): void {
    for (const [id, p] of this.pending) {
      if (p.worker === worker) {
        this.pending.delete(id);
        p.resolve({ ok: false, reason });
      }
    }
    const i = this.workers.indexOf(worker);
    if (i < 0) return;
    this.workers.splice(i, 1);
    const j = this.idle.indexOf(worker);
    if (j >= 0) this.idle.splice(j, 1);
    void worker.terminate();
    if (!this.closing) {
      this.spawn();
      this.drain(false);
    }
  }

  private release(worker: Worker): void {
    this.idle.push(worker);
    this.drain(false);
  }

  /**
   * Sends full batches to idle workers; a partial batch only when `partial` (the caller is about to wait) or when
   * every worker is idle, so workers never starve while the reader fills a batch.
   */
  private drain(partial: boolean): void {
    while (this.idle.length && this.waiting.length) {
      const full = this.waiting.length >= this.batchSize;
      const allIdle = this.idle.length === this.workers.length;
      if (!full && !partial && !allIdle) return;
      const worker = this.idle.pop()!;
      const batch = this.waiting.splice(0, this.batchSize);
      for (const w of batch) this.pending.set(w.item.id, { resolve: w.resolve, worker });
      worker.postMessage({ items: batch.map((w) => w.item), options: this.processOptions } satisfies WorkRequest);
    }
  }

  run(doc: RawDocument, hash: string): Promise<ProcessOutcome> {
    if (!this.workers.length) return this.runHere(doc, hash);
    return new Promise((resolve) => {
      this.waiting.push({ item: { id: this.nextId++, doc, hash }, resolve });
      this.drain(false);
    });
  }

  /**
   * Without workers, documents are processed on this thread. The stages are loaded on first use only: with
   * workers, the main thread never loads them (their lexicons and language models weigh ~150 MB of RSS).
   */
  private async runHere(doc: RawDocument, hash: string): Promise<ProcessOutcome> {
    try {
      const { processDocument } = await import('./process.js');
      return { ok: true, result: processDocument(doc, hash, this.processOptions) };
    } catch (err) {
      return { ok: false, reason: reasonOf(err) };
    }
  }

  /** Sends whatever is waiting, even a partial batch: call before awaiting a result. */
  flush(): void {
    this.drain(true);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }
}
