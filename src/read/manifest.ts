// The manifest (CSV or JSON): what a user knows about each file or URL (url, outlet, published, title).
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { SourceMeta } from '../core/types.js';
import { VigieError } from '../core/errors.js';
import { normalizeText } from '../core/text.js';
import { normalizeDate } from './dates.js';
import { decodeBytes, repairMojibake } from './encoding.js';
import { MANIFEST_COLUMNS, NULL_MARKERS } from './lexicon.js';

export interface ManifestRow extends SourceMeta {
  /** The file as written in the manifest, or null for URL-only rows. */
  file: string | null;
  /** 1-based row number (CSV: counting the header as row 1; JSON: array index + 1), for messages. */
  row: number;
}

export interface Manifest {
  path: string;
  rows: ManifestRow[];
  /** The row for a file: same path (relative to the manifest's folder) first, else a unique basename. */
  forFile(path: string): ManifestRow | null;
  /** The row whose url is this URL (scheme, "www.", fragment and trailing slash ignored). */
  forUrl(url: string | null): ManifestRow | null;
}

// A manifest is a small table: refuse absurd sizes rather than parse them in memory.
const DEFAULT_MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

/** A manifest cell: trimmed, null when empty or "unknown". */
export function cell(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const s = normalizeText(repairMojibake(String(value))).trim();
  return NULL_MARKERS.has(s.toLowerCase()) ? null : s;
}

/** A key under which two spellings of the same URL meet. */
export function urlKey(url: string): string {
  try {
    const u = new URL(url.trim());
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    const path = u.pathname.replace(/\/+$/, '');
    return `${host}${u.port ? ':' + u.port : ''}${path}${u.search}`;
  } catch {
    return url.trim().replace(/#.*$/, '').replace(/\/+$/, '').toLowerCase();
  }
}

function toRow(record: Record<string, unknown>, row: number): ManifestRow {
  const fields: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(record)) {
    const field = MANIFEST_COLUMNS[key.trim().toLowerCase()];
    if (field && fields[field] == null) fields[field] = cell(value);
  }
  const published = fields.published ?? null;
  return {
    file: fields.file ?? null,
    url: fields.url ?? null,
    outlet: fields.outlet ?? null,
    // Keep a date's precision ("2025-02" stays a month); an unparseable cell is kept as written rather than lost.
    published: published === null ? null : (normalizeDate(published) ?? published),
    title: fields.title ?? null,
    row,
  };
}

/** The header names a manifest may use for a field, as listed in MANIFEST_COLUMNS. */
function namesOf(field: 'file' | 'url'): string[] {
  return Object.entries(MANIFEST_COLUMNS).filter(([, f]) => f === field).map(([name]) => name);
}

/**
 * A manifest without a file or url column matches no input: every document would be stored without its outlet
 * and date, silently. Refused with the columns it has and the ones it needs.
 */
function requireFileOrUrl(columns: string[], path: string): void {
  const fields = columns.map((c) => MANIFEST_COLUMNS[c.trim().toLowerCase()]);
  if (fields.includes('file') || fields.includes('url')) return;
  const has = columns.length ? `its columns are ${columns.map((c) => `"${c}"`).join(', ')}` : 'it has no columns';
  const aliases = [...namesOf('file'), ...namesOf('url')].filter((n) => n !== 'file' && n !== 'url');
  throw new VigieError(
    'bad_input',
    `manifest ${path}: needs a "file" or "url" column to match its rows with the inputs (also accepted: ${aliases.join(', ')}); ${has}`,
  );
}

function delimiterOf(headerLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, headerLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

/** Parses manifest text; `kind` is taken from the extension by loadManifest. Throws VigieError('bad_input'). */
export function parseManifest(text: string, kind: 'csv' | 'json', path: string): Manifest {
  let rows: ManifestRow[];
  if (kind === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new VigieError('bad_input', `manifest ${path}: malformed JSON (${(err as Error).message})`);
    }
    const list = Array.isArray(data) ? data : (data as Record<string, unknown> | null)?.items ?? (data as Record<string, unknown> | null)?.documents;
    if (!Array.isArray(list)) throw new VigieError('bad_input', `manifest ${path}: expected a JSON array of rows`);
    const records = list.filter((r): r is Record<string, unknown> => r !== null && typeof r === 'object');
    // JSON rows have no header: the keys any row uses are its columns. An empty list has none to judge.
    if (records.length > 0) requireFileOrUrl([...new Set(records.flatMap((r) => Object.keys(r)))], path);
    rows = records.map((r, i) => toRow(r, i + 1));
  } else {
    const firstLine = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length);
    let records: Record<string, unknown>[];
    // The header as parsed, also when no row follows it (records then hold no keys to look at).
    let header: string[] = [];
    try {
      records = parseCsv(text, {
        columns: (names: string[]) => (header = names),
        bom: true,
        delimiter: delimiterOf(firstLine),
        skip_empty_lines: true,
        relax_column_count: true,
        relax_quotes: true,
      }) as Record<string, unknown>[];
    } catch (err) {
      throw new VigieError('bad_input', `manifest ${path}: malformed CSV (${(err as Error).message})`);
    }
    requireFileOrUrl(header, path);
    rows = records.map((r, i) => toRow(r, i + 2));
  }
  return buildManifest(path, rows);
}

function buildManifest(path: string, rows: ManifestRow[]): Manifest {
  const dir = dirname(resolve(path));
  const byPath = new Map<string, ManifestRow>();
  const byBase = new Map<string, ManifestRow | null>();
  const byUrl = new Map<string, ManifestRow>();
  for (const row of rows) {
    if (row.file) {
      const file = row.file.replace(/\\/g, '/');
      if (!byPath.has(resolve(dir, file))) byPath.set(resolve(dir, file), row);
      const base = basename(file);
      // Two rows with the same basename in different folders: a basename alone cannot choose between them.
      byBase.set(base, byBase.has(base) && byBase.get(base) !== row ? null : row);
    }
    if (row.url && !byUrl.has(urlKey(row.url))) byUrl.set(urlKey(row.url), row);
  }
  return {
    path,
    rows,
    forFile(file: string): ManifestRow | null {
      return byPath.get(resolve(file)) ?? byPath.get(resolve(dir, file)) ?? byBase.get(basename(file)) ?? null;
    },
    forUrl(url: string | null): ManifestRow | null {
      return url ? (byUrl.get(urlKey(url)) ?? null) : null;
    },
  };
}

/** Reads a CSV (.csv/.tsv/.txt) or JSON (.json) manifest. Throws VigieError when it cannot be used. */
export async function loadManifest(path: string): Promise<Manifest> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new VigieError('bad_input', `manifest ${path}: not a regular file`);
    if (info.size > DEFAULT_MAX_MANIFEST_BYTES) throw new VigieError('too_large', `manifest ${path}: too large (${info.size} bytes)`);
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof VigieError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new VigieError('not_found', `manifest ${path}: ${why}`);
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new VigieError('bad_input', `manifest ${path}: ${decoded.reason}`);
  const text = decoded.text;
  const kind = extname(path).toLowerCase() === '.json' || /^\s*[[{]/.test(text) ? 'json' : 'csv';
  return parseManifest(text, kind, path);
}

/**
 * Manifests already parsed, by path, reused while the file keeps its size and modification time. A queue worker
 * runs one ingest per batch of jobs, all naming the same manifest: parsing a 2,000-row manifest again for every
 * batch of 16 documents cost a tenth of a worker's time (issue #11).
 */
export class ManifestCache {
  // The promise is held, not the manifest: a queue worker's batches ask for the same manifest at once (reading 2,000
  // rows takes a few hundred ms), and they wait for one read of it.
  private readonly held = new Map<string, { size: number; mtimeMs: number; manifest: Promise<Manifest> }>();

  async load(path: string): Promise<Manifest> {
    const info = await stat(path).catch(() => null);
    const hit = this.held.get(path);
    if (info && hit && hit.size === info.size && hit.mtimeMs === info.mtimeMs) return hit.manifest;
    const manifest = loadManifest(path);
    if (info) {
      this.held.set(path, { size: info.size, mtimeMs: info.mtimeMs, manifest });
      // A manifest that cannot be read is read again next time (it may be fixed meanwhile).
      manifest.catch(() => {
        if (this.held.get(path)?.manifest === manifest) this.held.delete(path);
      });
    }
    return manifest;
  }
}

/** The first non-null value of each field, layers in order of trust. */
export function mergeMeta(...layers: (Partial<SourceMeta> | null | undefined)[]): SourceMeta {
  const out: SourceMeta = { url: null, outlet: null, published: null, title: null };
  for (const layer of layers) {
    if (!layer) continue;
    out.url ??= layer.url ?? null;
    out.outlet ??= layer.outlet ?? null;
    out.published ??= layer.published ?? null;
    out.title ??= layer.title ?? null;
  }
  return out;
}
