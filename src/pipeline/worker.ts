// Worker thread: runs processDocument for the main thread, a batch of documents per message.
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { reasonOf } from '../core/errors.js';
import type { RawDocument } from '../core/types.js';
import { processDocument, type ProcessOptions } from './process.js';
import type { ProcessedDocument } from './types.js';

export interface WorkItem {
  id: number;
  doc: RawDocument;
  hash: string;
}

/** Several documents per message: the worker goes from one to the next without waiting for the main thread. */
export interface WorkRequest {
  items: WorkItem[];
  options: ProcessOptions;
}

export type WorkResult = ({ id: number; ok: true; result: ProcessedDocument } | { id: number; ok: false; reason: string }) & {
  /** The worker's heap once the document is done (V8's committed heap, in MB): the pool retires a worker that grew. */
  heapMb: number;
};

/** What the worker posts: first an acknowledgement of the batch (it was decoded), then one result per document. */
export type WorkMessage = { received: true } | WorkResult;

/**
 * Each document's result is posted as soon as it is done, in batch order: when the worker dies (out of memory) or is
 * stopped (too slow), the pool knows which document it was on, and fails that one alone.
 */
/**
 * The stages load their lexicons, language models and gazetteer on first use (about a second). Done before the first
 * batch is acknowledged, so that time is not charged to the first document, whose clock starts at the acknowledgement.
 */
let warm = false;
const MB = 1024 * 1024;
function warmUp(): void {
  if (warm) return;
  warm = true;
  const meta = { url: null, outlet: null, published: '2025-01-01', title: null };
  for (const content of [
    "Un homme a été tué par balles à Marseille près d'un point de deal, selon le parquet. Trois kilos de cannabis saisis.",
    'A man was shot dead in Lyon in a drug-related attack, police said. Two kilos of cocaine were seized.',
  ]) {
    try {
      processDocument({ source: 'warm-up', format: 'text', content, encoding: 'utf-8', meta });
    } catch {
      // A stage that fails here fails on the real documents too, and is reported there.
    }
  }
}

parentPort?.on('message', (req: WorkRequest) => {
  warmUp();
  parentPort!.postMessage({ received: true } satisfies WorkMessage);
  for (const item of req.items) {
    let result: WorkResult;
    try {
      result = { id: item.id, ok: true, result: processDocument(item.doc, item.hash, req.options), heapMb: 0 };
    } catch (err) {
      result = { id: item.id, ok: false, reason: reasonOf(err), heapMb: 0 };
    }
    result.heapMb = Math.round(getHeapStatistics().total_heap_size / MB);
    parentPort!.postMessage(result satisfies WorkMessage);
  }
});
