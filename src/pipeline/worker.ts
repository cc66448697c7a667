// Worker thread: runs processDocument for the main thread, one message per document.
import { parentPort } from 'node:worker_threads';
import { reasonOf } from '../core/errors.js';
import type { RawDocument } from '../core/types.js';
import { processDocument } from './process.js';

export interface WorkRequest {
  id: number;
  doc: RawDocument;
  hash: string;
}
export type WorkReply =
  | { id: number; ok: true; result: ReturnType<typeof processDocument> }
  | { id: number; ok: false; reason: string };

parentPort?.on('message', (req: WorkRequest) => {
  let reply: WorkReply;
  try {
    reply = { id: req.id, ok: true, result: processDocument(req.doc, req.hash) };
  } catch (err) {
    reply = { id: req.id, ok: false, reason: reasonOf(err) };
  }
  parentPort!.postMessage(reply);
});
