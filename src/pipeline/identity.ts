// Content hash and identity of a raw document: cheap, so the main thread can skip known documents without loading the processing stages.
import { createHash } from 'node:crypto';
import type { RawDocument } from '../core/types.js';

/** sha256 of the normalised content: two reads of the same document hash the same. */
export function contentHash(doc: RawDocument): string {
  return createHash('sha256').update(doc.format).update('\0').update(doc.content).digest('hex');
}

export function identityOf(doc: RawDocument): string {
  return doc.meta.url ?? doc.source;
}
