// A small pool of worker threads running processDocument in batches; falls back to the main thread when size is 0.
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { reasonOf } from '../core/errors.js';
import { LARGE_DOCUMENT_CHARS, processedAlone } from '../core/limits.js';
import type { RawDocument } from '../core/types.js';
import type { ProcessOptions } from './process.js';
import type { ProcessedDocument } from './types.js';
import type { WorkItem, WorkMessage, WorkRequest, WorkResult } from './worker.js';

export type ProcessOutcome = { ok: true; result: ProcessedDocument } | { ok: false; reason: string };

/**
 * Heap cap per worker: a pathological page fails alone instead of swelling the process. Each worker holds the
 * gazetteer and lexicons (~60 MB) plus one batch; past ~100 MB live, V8 keeps growing the heap lazily, so a
 * higher cap mostly buys RSS, not speed.
 */
export const DEFAULT_WORKER_HEAP_MB = 160;

/**
 * Heap past which a worker is replaced once it is idle. A warm worker's heap is 55-65 MB (gazetteer, lexicons); one
 * that has processed a page of megabytes has grown to 100 MB or more, and V8 keeps what it took: two such workers
 * hold 100 MB the process no longer needs, on top of whatever the next large document takes. Ordinary articles
 * never grow it this far, so the cost (starting a worker, about a second of one core) is paid after large pages only.
 */
export const DEFAULT_WORKER_RETIRE_HEAP_MB = 88;

/** Young generation per worker: V8's default (up to 32 MB semi-spaces per isolate) inflates RSS for little gain. */
const DEFAULT_WORKER_YOUNG_MB = 16;

/** Documents per message. Small enough that workers never wait long for the reader to fill a batch. */
export const DEFAULT_BATCH_SIZE = 8;

/**
 * Longest one document may keep a worker busy. Real articles take milliseconds and a 20 MB page seconds; a
 * document still running after this is stuck in some super-linear path, and holding the run for it would stop
 * every document behind it. The worker is stopped, that document fails, the rest of its batch is retried.
 */
export const DEFAULT_DOCUMENT_TIMEOUT_MS = 60_000;

/**
 * Allowance for a worker to start (load its stages, which takes about a second, more on a busy machine) and decode a
 * batch before the first document's clock starts. Only a worker that cannot start at all ever uses it up.
 */
const WORKER_START_MS = 30_000;

/** Worker threads need compiled JavaScript: under a TypeScript test runner the pool runs in the main thread. */
const COMPILED = import.meta.url.endsWith('.js');

export function defaultWorkerCount(requested: number): number {
  if (requested >= 0) return COMPILED ? requested : 0;
  return COMPILED ? Math.max(1, Math.min(2, cpus().length)) : 0;
}

export interface PoolOptions {
  process?: ProcessOptions;
  batchSize?: number;
  /** Old-generation heap cap of each worker, in MB (default DEFAULT_WORKER_HEAP_MB). */
  workerHeapMb?: number;
  /** Longest time one document may take on a worker, in ms; 0 = no limit (default DEFAULT_DOCUMENT_TIMEOUT_MS). */
  documentTimeoutMs?: number;
  /** Heap, in MB, past which an idle worker is replaced by a fresh one (default DEFAULT_WORKER_RETIRE_HEAP_MB). */
  workerRetireHeapMb?: number;
}

interface Waiting {
  item: WorkItem;
  resolve: (o: ProcessOutcome) => void;
  /** Sent in a batch of its own: after a crash that could not be pinned on one document, or to retry a culprit. */
  solo: boolean;
}

/** One worker and the batch it holds, in the order it processes them: the first is the one it is working on. */
interface Slot {
  worker: Worker;
  batch: Waiting[];
  /** The worker has decoded the batch message and started on its first document. */
  received: boolean;
  timer: NodeJS.Timeout | null;
  /** The worker has been sent something since it started. */
  used: boolean;
  /** It holds a large document (processedAlone). */
  large: boolean;
  /** Its heap as of its last answer, in MB. */
  heapMb: number;
}

/**
 * A batch stops growing past this many characters of content: a worker holds its whole batch while it works, so
 * large documents travel alone and never make a small one beside them run out of memory.
 *
 * Large documents (core/limits.ts processedAlone: over a million characters of text, two million of a page) are also
 * processed one at a time, alone in the pool, each on a fresh worker that is replaced after it: a worker that has
 * already worked has a heap V8 may not compact in time, and ran out of memory on a 12 MB page it handles when fresh.
 * While one is processed no other worker is alive: a large page's DOM and text take a worker to 160 MB and more, and
 * a warm worker beside it (its lexicons, gazetteer and what V8 kept, 100-140 MB resident) is what took a run past
 * 500 MB. The others finish their batches first, are stopped, and fresh ones start once it is done.
 */
const BATCH_MAX_CHARS = LARGE_DOCUMENT_CHARS;

const isLarge = (w: Waiting): boolean => processedAlone(w.item.doc);

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

export class ProcessingPool {
  private readonly slots: Slot[] = [];
  private readonly idle: Slot[] = [];
  private readonly waiting: Waiting[] = [];
  private readonly processOptions: ProcessOptions;
  private readonly batchSize: number;
  private readonly heapMb: number;
  private readonly retireHeapMb: number;
  private readonly timeoutMs: number;
  /** Workers replaced because their heap had grown past retireHeapMb. */
  retired = 0;
  private nextId = 1;
  private closing = false;
  /** A large document is on a worker (or the others are being stopped for it): nothing else is sent. */
  private largeInFlight = false;
  /** Workers the pool keeps when no large document is in flight. */
  private readonly target: number;
  /** Most workers alive at once while a large document was in flight (1: it was alone), for tests and reports. */
  maxAliveWithLarge = 0;

  constructor(size: number, options: PoolOptions = {}) {
    this.processOptions = options.process ?? {};
    this.batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
    this.heapMb = options.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB;
    this.retireHeapMb = options.workerRetireHeapMb ?? DEFAULT_WORKER_RETIRE_HEAP_MB;
    this.timeoutMs = Math.max(0, options.documentTimeoutMs ?? DEFAULT_DOCUMENT_TIMEOUT_MS);
    this.target = Math.max(0, size);
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** Workers of the pool (fewer are alive while a large document is processed alone). */
  get size(): number {
    return this.target;
  }

  /** Worker threads alive now. */
  get alive(): number {
    return this.slots.length;
  }

  /** Starts workers until the pool has its size again, unless a large document is being processed alone. */
  private refill(): void {
    if (this.closing || this.largeInFlight) return;
    while (this.slots.length < this.target) this.spawn();
  }

  /** Documents a caller should keep in flight to keep every worker busy while it reads and stores. */
  get capacity(): number {
    return Math.max(1, this.size * this.batchSize * 2);
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: DEFAULT_WORKER_YOUNG_MB },
    });
    const slot: Slot = { worker, batch: [], received: false, timer: null, used: false, large: false, heapMb: 0 };
    // The worker acknowledges each batch, then answers one document at a time, in batch order: whatever it holds
    // when it dies, the first of its batch is the document it was working on, and the others were never started.
    worker.on('message', (m: WorkMessage) => {
      if ('received' in m) {
        // The clock restarts once the worker has the batch: starting a fresh worker is not the document's time.
        slot.received = true;
        this.arm(slot);
      } else this.settle(slot, m);
    });
    worker.on('error', (err) => {
      const oom = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.crashed(slot, oom ? `ran out of memory while processing (worker heap limit ${this.heapMb} MB)` : `worker crashed: ${reasonOf(err)}`);
    });
    worker.on('exit', (code) => {
      if (code !== 0) this.crashed(slot, `worker exited with code ${code} while processing`);
    });
    this.slots.push(slot);
    this.idle.push(slot);
    if (this.largeInFlight) this.maxAliveWithLarge = Math.max(this.maxAliveWithLarge, this.slots.length);
    return slot;
  }

  /** Replaces a worker that holds nothing by a fresh one, which is returned (and is idle). */
  private recycle(slot: Slot): Slot {
    void this.remove(slot);
    return this.spawn();
  }

  private settle(slot: Slot, r: WorkResult): void {
    const i = slot.batch.findIndex((w) => w.item.id === r.id);
    if (i < 0) return;
    const [w] = slot.batch.splice(i, 1);
    slot.heapMb = r.heapMb;
    w.resolve(r.ok ? { ok: true, result: r.result } : { ok: false, reason: r.reason });
    if (slot.batch.length) {
      this.arm(slot);
      return;
    }
    this.disarm(slot);
    if (slot.large) {
      // Its worker goes (V8 keeps the heap the document took) and the pool starts its workers again.
      this.largeInFlight = false;
      this.remove(slot);
      this.refill();
    } else if (slot.heapMb > this.retireHeapMb) {
      this.retired++;
      if (!this.closing) this.recycle(slot);
    } else this.idle.push(slot);
    this.drain(false);
  }

  /** Stops a worker and forgets it; resolves once its thread has exited (its memory is returned). */
  private remove(slot: Slot): Promise<unknown> {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    const j = this.idle.indexOf(slot);
    if (j >= 0) this.idle.splice(j, 1);
    this.disarm(slot);
    return slot.worker.terminate().catch(() => undefined);
  }

  /** (Re)starts the clock of the document the worker is now on, with `extraMs` more for a worker still starting. */
  private arm(slot: Slot, extraMs = 0): void {
    this.disarm(slot);
    if (this.timeoutMs <= 0) return;
    slot.timer = setTimeout(
      () => this.crashed(slot, `took longer than ${seconds(this.timeoutMs)} to process (stopped)`, true),
      this.timeoutMs + extraMs,
    );
  }

  private disarm(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  /**
   * A worker that died (out of memory, crashed) or overran its time: only the document it was working on fails;
   * the rest of its batch goes back to the head of the queue for a fresh worker.
   *
   * - Died before it acknowledged the batch (decoding the message ran it out of memory): no document can be blamed,
   *   so each goes back alone, and the next crash names the right one.
   * - Ran out of memory on a document that shared its batch: the others' text was in memory too, so that document
   *   is retried once alone before it is failed.
   * - Overran its time, or crashed alone: that document fails.
   * Each crash either splits a batch or fails a document, so a worker that cannot work at all ends the run.
   */
  private crashed(slot: Slot, reason: string, timedOut = false): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return; // already handled: 'error' is followed by 'exit'
    this.slots.splice(i, 1);
    const j = this.idle.indexOf(slot);
    if (j >= 0) this.idle.splice(j, 1);
    this.disarm(slot);
    void slot.worker.terminate();
    if (slot.large) this.largeInFlight = false;
    const large = slot.large;
    const batch = slot.batch;
    slot.batch = [];
    if (!slot.received && batch.length > 1) {
      for (const w of batch) w.solo = true;
      this.waiting.unshift(...batch);
    } else {
      const [culprit, ...rest] = batch;
      if (culprit && !timedOut && !culprit.solo && batch.length > 1) {
        culprit.solo = true;
        this.waiting.unshift(culprit, ...rest);
      } else {
        this.waiting.unshift(...rest);
        culprit?.resolve({ ok: false, reason });
      }
    }
    if (!this.closing) {
      // A large document's worker was alone: the pool starts all its workers again (a document put back that is
      // large itself will have them stopped once more, when its turn comes).
      if (large) this.refill();
      else if (!this.largeInFlight) this.spawn();
      this.drain(false);
    }
  }

  /**
   * Sends full batches to idle workers; a partial batch only when `partial` (the caller is about to wait) or when
   * every worker is idle, so workers never starve while the reader fills a batch.
   */
  private drain(partial: boolean): void {
    while (this.waiting.length && !this.largeInFlight && !this.closing) {
      if (isLarge(this.waiting[0])) {
        // It goes alone: once the other workers have finished their batches.
        if (this.idle.length < this.slots.length) return;
        this.startLarge(this.waiting.shift()!);
        return;
      }
      if (!this.idle.length) return;
      const full = this.waiting.length >= this.batchSize;
      const allIdle = this.idle.length === this.slots.length;
      if (!full && !partial && !allIdle) return;
      this.send(this.idle.pop()!, this.nextBatch(), false);
    }
  }

  private send(slot: Slot, batch: Waiting[], large: boolean): void {
    slot.large = large;
    slot.used = true;
    slot.batch = batch;
    slot.received = false;
    slot.worker.postMessage({ items: slot.batch.map((w) => w.item), options: this.processOptions } satisfies WorkRequest);
    this.arm(slot, WORKER_START_MS);
  }

  /**
   * Every worker (all idle) is stopped and, once their threads have exited, the large document gets a fresh worker of
   * its own; the pool starts its workers again when it is done (settle, crashed).
   */
  private startLarge(w: Waiting): void {
    this.largeInFlight = true;
    void Promise.all([...this.slots].map((s) => this.remove(s))).then(() => {
      if (this.closing) return;
      const slot = this.spawn();
      this.idle.splice(this.idle.indexOf(slot), 1);
      this.send(slot, [w], true);
    });
  }

  /**
   * The next batch from the head of the queue: up to batchSize documents and BATCH_MAX_CHARS of text, a solo document
   * alone, and never a large one (it waits for its turn at the head of the queue, see drain).
   */
  private nextBatch(): Waiting[] {
    let n = 0;
    let chars = 0;
    for (; n < this.waiting.length && n < this.batchSize; n++) {
      const w = this.waiting[n];
      const length = w.item.doc.content.length;
      if (isLarge(w) || (n > 0 && (w.solo || chars + length > BATCH_MAX_CHARS))) break;
      chars += length;
      if (w.solo) {
        n++;
        break;
      }
    }
    return this.waiting.splice(0, n);
  }

  run(doc: RawDocument, hash: string): Promise<ProcessOutcome> {
    if (!this.target) return this.runHere(doc, hash);
    return new Promise((resolve) => {
      this.waiting.push({ item: { id: this.nextId++, doc, hash }, resolve, solo: false });
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
    for (const slot of this.slots) this.disarm(slot);
    const workers = this.slots.map((s) => s.worker);
    this.slots.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
