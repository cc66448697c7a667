// Worker thread: runs processDocument for the main thread, a batch of documents per message.
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

/** Several documents per message: one round trip (and one wake-up of each thread) serves the whole batch. */
export interface WorkRequest {
  items: WorkItem[];
  options: ProcessOptions;
}

export type WorkResult = { id: number; ok: true; result: ProcessedDocument } | { id: number; ok: false; reason: string };

export interface WorkReply {
  results: WorkResult[];
}

parentPort?.on('message', (req: WorkRequest) => {
  const results: WorkResult[] = req.items.map((item) => {
    try {
      return { id: item.id, ok: true, result: processDocument(item.doc, item.hash, req.options) };
    } catch (err) {
      return { id: item.id, ok: false, reason: reasonOf(err) };
    }
  });
  parentPort!.postMessage({ results } satisfies WorkReply);
});
