// Content hash and identity of a raw document: cheap, so the main thread can skip known documents without loading the processing stages.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RawDocument } from '../core/types.js';

/** Characters hashed at a time: a 20 MB text is not turned into one 20-60 MB UTF-8 buffer to be hashed. */
const HASH_CHUNK = 1 << 20;

/**
 * sha256 of the normalised content: two reads of the same document hash the same. A long content is hashed in
 * slices that never split a surrogate pair, so its UTF-8 bytes, and the hash, are those of the whole string.
 */
export function contentHash(doc: RawDocument): string {
  const hash = createHash('sha256').update(doc.format).update('\0');
  const text = doc.content;
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + HASH_CHUNK);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    hash.update(text.slice(at, end));
    at = end;
  }
  return hash.digest('hex');
}

/** A source that is already a URL (fetched pages, their feed items): "scheme://…". */
const URL_SOURCE = /^[a-z][a-z0-9+.-]*:\/\//i;
/** Items of a feed or JSON export are read as "path#n" (see src/read/json.ts and feed.ts). */
const ITEM_SUFFIX = /#(\d+)$/;

/**
 * Where a document came from, as stored: a URL as it is; a file as an absolute file:// URI (with "#n" for the
 * n-th item of a feed or JSON export). The path as given on the command line is relative to where ingest ran,
 * which means nothing in an export read elsewhere, and two spellings of one file ("a.txt", "./dir/../a.txt")
 * must be one document.
 */
export function storedSource(source: string): string {
  if (URL_SOURCE.test(source)) return source;
  const item = ITEM_SUFFIX.exec(source);
  const path = item ? source.slice(0, item.index) : source;
  return pathToFileURL(resolve(path)).href + (item ? `#${item[1]}` : '');
}

/** URL when known, else the file's absolute URI: a changed document with the same identity is a new version. */
export function identityOf(doc: RawDocument): string {
  return doc.meta.url ?? storedSource(doc.source);
}

/**
 * The identity earlier versions of Vigie gave a document read from a file: the path exactly as given. Versions
 * stored by them are still found under it (when the file is given the same way), so a changed file re-ingested
 * into an older database is a new version of its document, not a second document. Null when it is the same.
 */
export function formerIdentityOf(doc: RawDocument): string | null {
  const former = doc.meta.url ?? doc.source;
  return former === identityOf(doc) ? null : former;
}
