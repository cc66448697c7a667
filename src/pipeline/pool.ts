// A small pool of worker threads running processDocument; falls back to the main thread when size is 0.
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { reasonOf } from '../core/errors.js';
import type { RawDocument } from '../core/types.js';
import { processDocument } from './process.js';
import type { ProcessedDocument } from './types.js';
import type { WorkReply, WorkRequest } from './worker.js';

export type ProcessOutcome = { ok: true; result: ProcessedDocument } | { ok: false; reason: string };

/** Heap cap per worker: a pathological page fails alone instead of swelling the process (and GC stalls stay short). */
const DEFAULT_WORKER_HEAP_MB = 192;

/** Worker threads need compiled JavaScript: under a TypeScript test runner the pool runs in the main thread. */
const COMPILED = import.meta.url.endsWith('.js');

export function defaultWorkerCount(requested: number): number {
  if (requested >= 0) return COMPILED ? requested : 0;
  return COMPILED ? Math.max(1, Math.min(2, cpus().length)) : 0;
}

export class ProcessingPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<{ req: WorkRequest; resolve: (o: ProcessOutcome) => void }> = [];
  private readonly pending = new Map<number, { resolve: (o: ProcessOutcome) => void; worker: Worker }>();
  private nextId = 1;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  get size(): number {
    return this.workers.length;
  }

  private spawn(): void {
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: DEFAULT_WORKER_HEAP_MB },
    });
    worker.on('message', (reply: WorkReply) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      p.resolve(reply.ok ? { ok: true, result: reply.result } : { ok: false, reason: reply.reason });
      this.release(worker);
    });
    worker.on('error', (err) => this.fail(worker, `worker crashed: ${reasonOf(err)}`));
    worker.on('exit', (code) => {
      if (code !== 0) this.fail(worker, `worker exited with code ${code} (out of memory?)`);
    });
    this.workers.push(worker);
    this.idle.push(worker);
  }

  /** A crashed worker fails the document it held and is replaced. */
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
      this.drain();
    }
  }

  private closing = false;

  private release(worker: Worker): void {
    this.idle.push(worker);
    this.drain();
  }

  private drain(): void {
    while (this.idle.length && this.waiting.length) {
      const worker = this.idle.pop()!;
      const { req, resolve } = this.waiting.shift()!;
      this.pending.set(req.id, { resolve, worker });
      worker.postMessage(req);
    }
  }

  run(doc: RawDocument, hash: string): Promise<ProcessOutcome> {
    if (!this.workers.length) {
      try {
        return Promise.resolve({ ok: true, result: processDocument(doc, hash) });
      } catch (err) {
        return Promise.resolve({ ok: false, reason: reasonOf(err) });
      }
    }
    return new Promise((resolve) => {
      this.waiting.push({ req: { id: this.nextId++, doc, hash }, resolve });
      this.drain();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }
}
