// Files on disk: walking folders as a stream, reading one file's bytes within a size cap, gunzipping, line streams.
import { createReadStream, type Stats } from 'node:fs';
import { lstat, open, opendir, readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { constants as zlibConstants, createGunzip, gunzipSync } from 'node:zlib';
import { escapeInvalidUtf8, isValidUtf8, looksWide } from './encoding.js';

export type BytesResult = { ok: true; bytes: Uint8Array; cut?: boolean } | { ok: false; reason: string };
export type WalkEntry = { ok: true; path: string } | { ok: false; path: string; reason: string };

const GZIP_MAGIC_0 = 0x1f;
const GZIP_MAGIC_1 = 0x8b;
const MIB = 1024 * 1024;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC_0 && bytes[1] === GZIP_MAGIC_1;
}

function size(n: number): string {
  return n >= MIB ? `${(n / MIB).toFixed(1)} MiB` : `${n} bytes`;
}

/** "60.2 MiB, limit 50.0 MiB"; exact byte counts when rounding would show two equal sizes. */
function overLimit(n: number, limit: number): string {
  return size(n) === size(limit) ? `${n} bytes, limit ${limit} bytes` : `${size(n)}, limit ${size(limit)}`;
}

/** One line for a file-system error, in the user's terms. */
export function fsReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a parent of this path is not a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'is a directory';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return e?.message ?? String(err);
  }
}

/** The reason for a failed stat, naming a broken symbolic link as such rather than "no such file". */
export async function linkReason(path: string, err: unknown): Promise<string> {
  if ((err as NodeJS.ErrnoException)?.code === 'ENOENT') {
    try {
      if ((await lstat(path)).isSymbolicLink()) return `broken symbolic link (its target ${await readlink(path)} does not exist)`;
    } catch {
      // not there at all: the plain reason below
    }
    // Node decodes command-line arguments as UTF-8: a name in another encoding arrives with U+FFFD in it, and no
    // longer names the file. When the file is there, that is what to say (as for such a name found in a folder).
    if ((await undecodableName(path)) !== null) return NOT_UTF8_NAME;
    // No such name in its folder: missing indeed (or a folder on the way has a name that is not UTF-8 either).
    if (path.includes('\ufffd')) return 'no such file or directory (the name is not valid UTF-8: give its folder to have it reported)';
  }
  return fsReason(err);
}

/** Why a file in a folder is not read: its name is not UTF-8, so it has no path Vigie can store or report. */
export const NOT_UTF8_NAME = 'file name is not valid UTF-8 (rename it to read it)';

/**
 * When `path` came from a command line with a name that is not UTF-8 (Node turned its bad bytes into U+FFFD) and
 * its folder does hold such a name, that name shown as walkFolder shows it ("caf\xE9.txt"); else null. The folder is
 * listed as bytes and each name that is not UTF-8 is decoded the way Node decoded the argument, to compare.
 */
export async function undecodableName(path: string): Promise<string | null> {
  const name = basename(path);
  if (!name.includes('\ufffd')) return null;
  let raws: Buffer[];
  try {
    raws = await readdir(dirname(path), { encoding: 'buffer' });
  } catch {
    return null; // the folder itself is missing or unreadable: the caller's own reason stands
  }
  const raw = raws.find((r) => !isValidUtf8(r) && r.toString('utf8') === name);
  return raw ? join(dirname(path), escapeInvalidUtf8(raw)) : null;
}

/** Why a path that exists cannot be read as a file (socket, FIFO, device), or null for a regular file. */
export function notAFileReason(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isSocket()) return 'not a regular file (a socket)';
  if (info.isFIFO()) return 'not a regular file (a named pipe)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'not a regular file (a device)';
  return 'not a regular file';
}

function gunzipReason(err: unknown, maxBytes: number | null = null, what = 'gzip file'): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
    return `too large once decompressed${maxBytes !== null ? ` (over ${size(maxBytes)})` : ''}`;
  }
  if (e?.code === 'Z_BUF_ERROR' || /unexpected end/i.test(e?.message ?? '')) return `truncated ${what} (unexpected end of data)`;
  return `corrupt ${what} (${e?.message ?? String(err)})`;
}

/**
 * A small result copied out of the large buffer it was written into (see gunzipCapped), so what is kept does not hold
 * that buffer's address space for as long as the document lives; a large one is kept where it is.
 */
export function exactSize(bytes: Buffer): Buffer {
  return bytes.length < MIB && bytes.buffer.byteLength > MIB ? Buffer.from(bytes) : bytes;
}

/**
 * Gzip data decompressed whole, at most maxBytes of output. Z_SYNC_FLUSH is not used: a truncated stream must fail,
 * not return the part that arrived. Files on disk and HTTP bodies go through here, so they are refused alike.
 */
export function gunzipCapped(bytes: Uint8Array, maxBytes: number, what = 'gzip file'): BytesResult {
  try {
    const max = Math.max(1, maxBytes);
    // The output goes into one buffer the size of the cap, of which only what is written is ever resident, rather than
    // into zlib's default chunks of 16 KB joined at the end: a 50 MB bomb was 3,200 chunks carved out of the C heap,
    // which keeps them resident once freed (on the main thread, where files are read, for the rest of the run).
    const out = gunzipSync(bytes, { maxOutputLength: max, chunkSize: Math.max(zlibConstants.Z_MIN_CHUNK, max + 1), finishFlush: zlibConstants.Z_FINISH });
    return { ok: true, bytes: exactSize(out) };
  } catch (err) {
    return { ok: false, reason: gunzipReason(err, maxBytes, what) };
  }
}

/**
 * The first `keepBytes` of a file (its content, once gunzipped), cut where no character is split (cutBytes), and
 * whether anything was left out. Past `keepBytes` nothing is read, nor decompressed into a buffer that is kept.
 */
async function readPrefix(path: string, keepBytes: number): Promise<BytesResult> {
  // One byte more than kept, so cutBytes sees whether the cut falls inside a character.
  const want = keepBytes + 1;
  let bytes: Uint8Array;
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(want);
    let got = 0;
    for (let n = -1; n !== 0 && got < want; got += n) n = (await file.read(buffer, got, want - got, got)).bytesRead;
    bytes = buffer.subarray(0, got);
  } finally {
    await file.close();
  }
  return { ok: true, bytes: cutBytes(bytes, keepBytes), cut: bytes.length > keepBytes };
}

/**
 * A file's bytes, refusing before reading anything larger than maxBytes; gzip data (by magic number, whatever the
 * extension) is decompressed with the same cap on the output. With `keepBytes`, only that many are kept (pages and
 * texts, which are cut anyway, see core/limits.ts): a 50 MB page is 4 MB read, not 50 MB read and decoded.
 */
export async function readFileBytes(path: string, maxBytes: number, keepBytes = Infinity): Promise<BytesResult> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (err) {
    return { ok: false, reason: await linkReason(path, err) };
  }
  const notFile = notAFileReason(info);
  if (notFile) return { ok: false, reason: notFile };
  if (info.size > maxBytes) return { ok: false, reason: `file too large (${overLimit(info.size, maxBytes)})` };
  let bytes: Uint8Array;
  try {
    if (info.size > keepBytes) {
      const prefix = await readPrefix(path, keepBytes);
      if (!prefix.ok || !isGzip(prefix.bytes)) return prefix;
    }
    bytes = await readFile(path);
  } catch (err) {
    return { ok: false, reason: fsReason(err) };
  }
  if (!isGzip(bytes)) return { ok: true, bytes };
  const gunzipped = gunzipCapped(bytes, maxBytes);
  if (!gunzipped.ok || gunzipped.bytes.length <= keepBytes) return gunzipped;
  // A copy of the kept part: a view would keep the whole decompressed buffer alive.
  return { ok: true, bytes: Buffer.from(cutBytes(gunzipped.bytes, keepBytes)), cut: true };
}

/**
 * At most `max` of these bytes, cut between two characters: never inside a UTF-8 sequence (the decoder would read
 * its first bytes as Latin-1), and at a whole number of 4 bytes for UTF-16 and UTF-32, known by their BOM or their
 * zero bytes. The encoding is not decided yet, so both are checked; a single-byte text loses at most 3 characters.
 */
export function cutBytes(bytes: Uint8Array, max: number): Uint8Array {
  if (bytes.length <= max) return bytes;
  let end = max;
  if (looksWide(bytes)) end -= end % 4;
  else while (end > 0 && max - end < 3 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

/**
 * The lines of a (possibly gzipped) UTF-8 file, read as a stream so a large JSONL export never sits in memory
 * whole, in batches (the lines each chunk completes), each with its number; empty lines are counted, not listed: a
 * file of fifty million blank lines costs a loop, not fifty million strings and async steps. Throws with a one-line reason on read errors, truncated gzip, or a line over maxLineBytes. A
 * gzipped file is refused once it has decompressed to more than maxLineBytes in all, the cap `.gz` pages and JSON
 * files have: 1 MB of gzip can hold gigabytes.
 */
export async function* readLines(
  path: string,
  gzipped: boolean,
  maxLineBytes: number,
  longLines: LongLineFilter | null = null,
): AsyncGenerator<NumberedLine[]> {
  const source = createReadStream(path);
  let input: NodeJS.ReadableStream = source;
  if (gzipped) {
    const gunzip = createGunzip();
    source.on('error', (err) => gunzip.destroy(err));
    input = source.pipe(gunzip);
  }
  const decoder = new StringDecoder('utf8');
  // A long line arrives in many chunks: they are kept in a list and joined once, and only the new chunk is
  // searched for a newline, so a 50 MB line costs one pass, not one pass per chunk.
  let parts: string[] = [];
  // Characters of the line so far as read (what maxLineBytes bounds), whatever the filter kept of them.
  let partsLength = 0;
  let filter: { feed(piece: string): string } | null = null;
  let lineNumber = 0;
  let decompressed = 0;
  try {
    for await (const chunk of input) {
      if (gzipped && (decompressed += (chunk as Buffer).length) > maxLineBytes) {
        throw new Error(`too large once decompressed (over ${size(maxLineBytes)})`);
      }
      const text = decoder.write(chunk as Buffer);
      const lines: NumberedLine[] = [];
      let from = 0;
      let nl: number;
      while ((nl = text.indexOf('\n', from)) >= 0) {
        lineNumber++;
        if (nl === from && !parts.length) {
          from = nl + 1;
          continue;
        }
        if (partsLength + nl - from > maxLineBytes) {
          // The lines before the long one are read: they go out first, so each fails or passes on its own.
          if (lines.length) yield lines;
          throw new Error(`line ${lineNumber} too long (over ${size(maxLineBytes)})`);
        }
        let line = text.slice(from, nl);
        if (parts.length) {
          parts.push(filter ? filter.feed(line) : line);
          line = parts.join('');
          parts = [];
          partsLength = 0;
          filter = null;
        }
        if (line !== '' && line !== '\r') lines.push({ n: lineNumber, text: line.endsWith('\r') ? line.slice(0, -1) : line });
        from = nl + 1;
      }
      if (from < text.length) {
        const rest = text.slice(from);
        partsLength += rest.length;
        if (!filter && longLines && partsLength > longLines.after) {
          // The line just became long: from here its pieces pass through the filter, those held so far included.
          const f = longLines.filter();
          parts = parts.map((p) => f.feed(p));
          filter = f;
        }
        parts.push(filter ? filter.feed(rest) : rest);
      }
      if (lines.length) yield lines;
      if (partsLength > maxLineBytes) throw new Error(`line ${lineNumber + 1} too long (over ${size(maxLineBytes)})`);
    }
  } catch (err) {
    source.destroy();
    const e = err as NodeJS.ErrnoException;
    if (gzipped && (e.code?.startsWith('Z_') || /unexpected end|incorrect header/i.test(e.message))) throw new Error(gunzipReason(err));
    throw new Error(e.code ? fsReason(err) : e.message);
  }
  const end = decoder.end();
  parts.push(filter ? filter.feed(end) : end);
  const last = parts.join('');
  if (last !== '' && last !== '\r') yield [{ n: lineNumber + 1, text: last.endsWith('\r') ? last.slice(0, -1) : last }];
}

/**
 * What a long line goes through as it is read (JSON Lines: its long strings cut, see JsonStringCapper): lines of up to
 * `after` characters are never filtered, so a filter that changes nothing shorter than that costs ordinary files nothing.
 */
export interface LongLineFilter {
  after: number;
  filter: () => { feed(piece: string): string };
}

/** A line of a file and its number (from 1). */
export interface NumberedLine {
  n: number;
  text: string;
}

/** The non-empty lines of a text, numbered, as one batch (a JSON Lines body fetched whole). */
export function numberedLines(text: string): NumberedLine[] {
  const out: NumberedLine[] = [];
  text.split('\n').forEach((line, i) => {
    const t = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (t !== '') out.push({ n: i + 1, text: t });
  });
  return out;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The files under a folder, depth first in sorted order, dot-files and dot-folders skipped, symbolic links
 * followed once (a link back up the tree is not walked again). Only one folder's names are held at a time;
 * unreadable folders and entries come out as failures and the walk goes on.
 */
export async function* walkFolder(root: string, visited: Set<string> = new Set()): AsyncGenerator<WalkEntry> {
  let real: string;
  try {
    real = await realpath(root);
  } catch (err) {
    yield { ok: false, path: root, reason: fsReason(err) };
    return;
  }
  if (visited.has(real)) return;
  visited.add(real);
  // Names are read as bytes: one that is not UTF-8 would come back with U+FFFD in it and "not exist" when opened.
  const names: Array<{ name: string; utf8: boolean }> = [];
  try {
    const dir = await opendir(root, { encoding: 'buffer' as BufferEncoding });
    for await (const entry of dir) {
      const raw = entry.name as unknown as Buffer;
      if (raw[0] === 0x2e) continue; // dot-files
      const utf8 = isValidUtf8(raw);
      names.push({ name: utf8 ? raw.toString('utf8') : escapeInvalidUtf8(raw), utf8 });
    }
  } catch (err) {
    yield { ok: false, path: root, reason: `cannot list folder: ${fsReason(err)}` };
    return;
  }
  names.sort((a, b) => byCodePoint(a.name, b.name));
  for (const { name, utf8 } of names) {
    const path = join(root, name);
    if (!utf8) {
      yield { ok: false, path, reason: NOT_UTF8_NAME };
      continue;
    }
    let info: Stats;
    try {
      info = await stat(path);
    } catch (err) {
      yield { ok: false, path, reason: await linkReason(path, err) };
      continue;
    }
    if (info.isDirectory()) yield* walkFolder(path, visited);
    else yield { ok: true, path };
  }
}
