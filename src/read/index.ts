// The read stage: files, folders, JSON/JSONL exports, feeds and URLs → a stream of decoded documents or failures.
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadItem, SourceMeta } from '../core/types.js';
import { MAX_PAGE_BYTES_READ, MAX_PAGE_CHARS, MAX_TEXT_BYTES_READ, MAX_TEXT_CHARS } from '../core/limits.js';
import { JsonStringCapper } from './json-cap.js';
import { reasonOf } from '../core/errors.js';
import { charsetFromContentType, decodeBytes } from './encoding.js';
import { readFeedText } from './feed.js';
import { gunzipCapped, isGzip, linkReason, notAFileReason, undecodableName, numberedLines, readFileBytes, readLines, walkFolder, type LongLineFilter } from './files.js';
import { extractHtmlMeta } from './html-meta.js';
import { documentItem, failure, sniffKind } from './items.js';
import { jsonShapeReason, readJsonLines, readJsonText, type ItemContext } from './json.js';
import {
  FEED_EXTENSIONS,
  HTML_EXTENSIONS,
  IGNORED_IN_FOLDERS,
  JSON_EXTENSIONS,
  JSONL_EXTENSIONS,
  TEXT_EXTENSIONS,
} from './lexicon.js';
import { loadManifest, mergeMeta, type Manifest, type ManifestCache, type ManifestRow } from './manifest.js';
import { DEFAULT_FETCH_OPTIONS, fetchUrl, type FetchOptions, type FetchResult } from './url.js';

export type { FetchOptions, FetchResult } from './url.js';
export { DEFAULT_FETCH_OPTIONS, fetchUrl } from './url.js';
export { decodeBytes, repairMojibake } from './encoding.js';
export { normalizeDate } from './dates.js';
export { extractHtmlMeta } from './html-meta.js';
export { loadManifest, ManifestCache, parseManifest, type Manifest, type ManifestRow } from './manifest.js';

export interface ReadOptions {
  /** Path to a CSV or JSON manifest. */
  manifest?: string | null;
  /** Where a manifest read before is taken from while its file is unchanged (queue workers: one ingest per batch). */
  manifests?: ManifestCache;
  fetch?: Partial<FetchOptions>;
  /** Larger files fail with a clear reason without being read into memory. Default 50 MiB. */
  maxFileBytes?: number;
}

export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

type Kind = 'text' | 'html' | 'json' | 'jsonl' | 'feed' | 'sniff';

/**
 * A JSON Lines record longer than a page is cut as it is read: each of its strings keeps one character more than the
 * longest cut the read stage makes of a document (documentItem then cuts and says so, exactly as it would have), and
 * a 20 MB record costs a few megabytes, not its text three times over (pieces, joined line, parsed value).
 */
const LONG_JSON_LINES: LongLineFilter = { after: MAX_PAGE_CHARS, filter: () => new JsonStringCapper(Math.max(MAX_PAGE_CHARS, MAX_TEXT_CHARS) + 1) };

interface Context {
  manifest: Manifest | null;
  manifestPath: string | null;
  maxFileBytes: number;
  fetch: Partial<FetchOptions>;
}

const URL_INPUT = /^https?:\/\//i;
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]+:\/\//i;
const FILE_URL = /^file:\/\//i;
const GZ_SUFFIX = /\.gz(?:ip)?$/;
const BOM = /^\ufeff/;

function kindOfExtension(ext: string): Kind {
  if (TEXT_EXTENSIONS.has(ext)) return 'text';
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  if (JSON_EXTENSIONS.has(ext)) return 'json';
  if (JSONL_EXTENSIONS.has(ext)) return 'jsonl';
  if (FEED_EXTENSIONS.has(ext)) return 'feed';
  return 'sniff';
}

/** The extension that tells the format: "a.html.gz" → ".html". */
function formatExtension(path: string): { ext: string; gz: boolean } {
  const lower = basename(path).toLowerCase();
  const gz = GZ_SUFFIX.test(lower);
  return { ext: extname(gz ? lower.replace(GZ_SUFFIX, '') : lower), gz };
}

/** Reads decoded content of a known or sniffed kind into documents. */
function* fromText(
  text: string,
  encoding: string,
  kind: Exclude<Kind, 'jsonl'>,
  source: string,
  row: ManifestRow | null,
  known: Partial<SourceMeta> | null,
  ctx: Context,
  /** Only the first bytes of the file were read (readFileBytes' keepBytes). */
  cut = false,
): Generator<ReadItem> {
  let k: Kind | 'xml' = kind === 'sniff' ? sniffKind(text) : kind;
  if (k === 'json' && kind === 'sniff' && jsonShapeReason(text) === null) {
    // A scrape that opens with "[Photo]" or "{…}" is text, not JSON: only real JSON goes to the JSON reader. (JSON
    // too deep or too big to parse safely goes there as well, to be refused with its reason.)
    try {
      JSON.parse(text.replace(BOM, ''));
    } catch {
      k = 'text';
    }
  }
  const itemCtx: ItemContext = { manifest: ctx.manifest, fileRow: row };
  switch (k) {
    case 'json':
      yield* readJsonText(text, source, itemCtx);
      return;
    case 'feed':
    case 'xml':
      yield* readFeedText(text, source, itemCtx);
      return;
    case 'html': {
      const page = extractHtmlMeta(text);
      // A file not listed by name may still be listed by the URL the page declares.
      const byUrl = row ? null : (ctx.manifest?.forUrl(page.url) ?? null);
      yield documentItem(source, 'html', text, encoding, mergeMeta(row, byUrl, known, page), cut);
      return;
    }
    default:
      yield documentItem(source, 'text', text, encoding, mergeMeta(row, known), cut);
  }
}

async function* readOneFile(path: string, ctx: Context, inFolder: boolean): AsyncGenerator<ReadItem> {
  const { ext, gz } = formatExtension(path);
  if (inFolder && IGNORED_IN_FOLDERS.has(ext)) return;
  if (inFolder && ctx.manifestPath && resolve(path) === ctx.manifestPath) return;
  const row = ctx.manifest?.forFile(path) ?? null;
  const kind = kindOfExtension(ext);

  if (kind === 'jsonl') {
    const check = await readFileProbe(path);
    if (check) {
      yield failure(path, check);
      return;
    }
    try {
      yield* readJsonLines(readLines(path, gz, ctx.maxFileBytes, LONG_JSON_LINES), path, { manifest: ctx.manifest, fileRow: row });
    } catch (err) {
      yield failure(path, reasonOf(err));
    }
    return;
  }

  // Pages and texts are cut anyway (core/limits.ts): the rest of a huge one is neither read nor decoded.
  const keep = kind === 'html' ? MAX_PAGE_BYTES_READ : kind === 'text' ? MAX_TEXT_BYTES_READ : Infinity;
  const read = await readFileBytes(path, ctx.maxFileBytes, keep);
  if (!read.ok) {
    yield failure(path, read.reason);
    return;
  }
  if (read.bytes.length === 0) {
    yield failure(path, 'empty file');
    return;
  }
  const decoded = decodeBytes(read.bytes, { sniffDeclarations: kind !== 'text' && kind !== 'json' });
  if (!decoded.ok) {
    yield failure(path, decoded.reason);
    return;
  }
  yield* fromText(decoded.text, decoded.encoding, kind, path, row, null, ctx, read.cut ?? false);
}

/**
 * Why a path cannot be streamed (missing, not a file, empty), checked before opening a stream on it. Not a file comes
 * first: a named pipe has size 0 too, and opening one would wait for a writer forever.
 */
async function readFileProbe(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    return notAFileReason(info) ?? (info.size === 0 ? 'empty file' : null);
  } catch (err) {
    return linkReason(path, err);
  }
}

// Gzip is not here: a gzipped page served as such is decompressed, as a .gz file on disk is.
const UNSUPPORTED_MEDIA = /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|octet-stream-binary|msword|vnd\.)/;

function kindOfContentType(contentType: string | null): Kind | null {
  const media = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (media === '' || media === 'application/octet-stream' || media === 'binary/octet-stream') return 'sniff';
  if (media === 'application/gzip' || media === 'application/x-gzip') return 'sniff';
  if (media === 'text/html' || media === 'application/xhtml+xml') return 'html';
  if (media === 'text/plain') return 'text';
  if (media === 'application/x-ndjson' || media === 'application/jsonl' || media === 'application/x-jsonlines') return 'jsonl';
  if (media === 'application/json' || media.endsWith('+json')) return 'json';
  if (media.includes('rss') || media.includes('atom') || media.endsWith('/xml') || media.endsWith('+xml')) return 'feed';
  if (UNSUPPORTED_MEDIA.test(media)) return null;
  return 'sniff';
}

async function* readOneUrl(url: string, ctx: Context): AsyncGenerator<ReadItem> {
  const result = await fetchUrl(url, { ...DEFAULT_FETCH_OPTIONS, ...ctx.fetch });
  if (!result.ok) {
    yield failure(url, result.reason);
    return;
  }
  yield* fromFetched(url, result, ctx, {});
}

/**
 * The documents of a page or feed already fetched (by `vigie watch`'s polite fetcher), read as a fetched URL is:
 * `meta` is what the feed or sitemap that linked it said (outlet, date), the page's own metadata filling the rest.
 */
export function readFetched(
  url: string,
  result: Extract<FetchResult, { ok: true }>,
  meta: Partial<SourceMeta>,
  maxBytes: number = DEFAULT_FETCH_OPTIONS.maxBytes,
): AsyncGenerator<ReadItem> {
  const ctx: Context = { manifest: null, manifestPath: null, maxFileBytes: maxBytes, fetch: { maxBytes } };
  return guarded(url, fromFetched(url, result, ctx, meta));
}

async function* fromFetched(url: string, result: Extract<FetchResult, { ok: true }>, ctx: Context, meta: Partial<SourceMeta>): AsyncGenerator<ReadItem> {
  const row = ctx.manifest?.forUrl(url) ?? ctx.manifest?.forUrl(result.finalUrl) ?? null;
  let kind = kindOfContentType(result.contentType);
  if (kind === null) {
    yield failure(url, `unsupported content type (${result.contentType})`);
    return;
  }
  let bytes = result.bytes;
  if (bytes.length === 0) {
    yield failure(url, 'empty response body');
    return;
  }
  // A gzip file as the body itself (a .html.gz URL), not as a transfer encoding: read as the same file on disk is,
  // with the same cap, and refused the same way when it is truncated or corrupt.
  if (isGzip(bytes)) {
    const gunzipped = gunzipCapped(bytes, ctx.fetch.maxBytes ?? DEFAULT_FETCH_OPTIONS.maxBytes);
    if (!gunzipped.ok) {
      yield failure(url, gunzipped.reason);
      return;
    }
    bytes = gunzipped.bytes;
  }
  const decoded = decodeBytes(bytes, { httpCharset: charsetFromContentType(result.contentType), sniffDeclarations: true });
  if (!decoded.ok) {
    yield failure(url, decoded.reason);
    return;
  }
  // Servers label feeds text/html and pages text/xml often enough that a second look pays.
  const seen = sniffKind(decoded.text);
  if (kind === 'feed' && seen === 'html') kind = 'html';
  if ((kind === 'html' || kind === 'text') && seen === 'feed') kind = 'feed';
  const known: Partial<SourceMeta> = { ...meta, url: result.finalUrl };
  if (kind === 'jsonl') {
    const lines = (async function* () {
      yield numberedLines(decoded.text);
    })();
    yield* readJsonLines(lines, url, { manifest: ctx.manifest, fileRow: row });
    return;
  }
  yield* fromText(decoded.text, decoded.encoding, kind, url, row, known, ctx);
}

/**
 * A reader's items, and a failure naming the source if the reader throws instead of reporting (a bug, or a stack
 * overflow on some hostile structure): one source that breaks its reader must not end the run.
 */
async function* guarded(source: string, items: AsyncGenerator<ReadItem>): AsyncGenerator<ReadItem> {
  try {
    yield* items;
  } catch (err) {
    yield failure(source, `could not be read: ${reasonOf(err)}`);
  }
}

async function* readInput(input: string, ctx: Context): AsyncGenerator<ReadItem> {
  if (URL_INPUT.test(input)) {
    yield* guarded(input, readOneUrl(input, ctx));
    return;
  }
  let path = input;
  if (FILE_URL.test(input)) {
    try {
      path = fileURLToPath(input);
    } catch {
      yield failure(input, 'invalid file URL');
      return;
    }
  } else if (OTHER_SCHEME.test(input)) {
    yield failure(input, `unsupported URL scheme (${input.slice(0, input.indexOf(':'))}); only http and https are fetched`);
    return;
  }
  let isDir = false;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch (err) {
    // A name that is not UTF-8 is reported as the folder walk reports it, "caf\xE9.txt", not with Node's U+FFFD.
    const shown = await undecodableName(path);
    yield failure(shown ?? input, await linkReason(path, err));
    return;
  }
  if (!isDir) {
    yield* guarded(path, readOneFile(path, ctx, false));
    return;
  }
  for await (const entry of walkFolder(path)) {
    if (!entry.ok) yield failure(entry.path, entry.reason);
    else yield* guarded(entry.path, readOneFile(entry.path, ctx, true));
  }
}

/** Inputs a manifest names when no input is given: its files (relative to the manifest) or else its URLs. */
function inputsFromManifest(manifest: Manifest): string[] {
  const dir = dirname(resolve(manifest.path));
  const out: string[] = [];
  for (const row of manifest.rows) {
    if (row.file) out.push(resolve(dir, row.file));
    else if (row.url) out.push(row.url);
  }
  return out;
}

/**
 * Streams documents from files, folders (recursive, sorted, dot-files skipped) and http(s) URLs, in input
 * order, one source in memory at a time. Never throws for a bad source: it becomes a failure item and the
 * stream goes on. With no inputs, the manifest's own rows are read.
 */
export async function* readSources(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const ctx: Context = {
    manifest: null,
    manifestPath: opts.manifest ? resolve(opts.manifest) : null,
    maxFileBytes: opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    fetch: opts.fetch ?? {},
  };
  if (opts.manifest) {
    try {
      ctx.manifest = await (opts.manifests ? opts.manifests.load(opts.manifest) : loadManifest(opts.manifest));
    } catch (err) {
      yield failure(opts.manifest, reasonOf(err));
    }
  }
  const list = inputs.length === 0 && ctx.manifest ? inputsFromManifest(ctx.manifest) : inputs;
  for (const input of list) yield* readInput(input, ctx);
}
