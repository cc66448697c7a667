// API latency over a real HTTP round trip on 100,000 synthetic incidents: median and p95 per main query.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { sql } from 'kysely';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../src/serve/server.js';
import { writeSyntheticDatabase } from './support/fixtures.js';
import { openStore } from '../src/store/open.js';

export const DEFAULT_API_INCIDENTS = 100_000;
export const DEFAULT_API_RUNS = 200;
/** The target at the default size (100,000 incidents): every main query under this at the 95th percentile. */
export const API_P95_TARGET_MS = 50;
/** Issue #11's target at one million incidents, on either dialect. */
export const API_SCALE_P95_TARGET_MS = 100;

export interface ApiBenchRow {
  query: string;
  runs: number;
  /** The first request of the query after the server started on freshly written data (nothing cached yet). */
  coldMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** A comparison row (deep pages by offset): not held to the target. */
  comparison?: boolean;
  /** The machine's 1-minute load average once the query's runs were done. */
  load?: number;
}

export interface ApiBenchResult {
  incidents: number;
  dialect: string;
  /** Size of the database on disk after it was written (SQLite: file and WAL; PostgreSQL: pg_database_size). */
  sizeMB: number;
  buildSeconds: number;
  rows: ApiBenchRow[];
  target: number;
  allUnderTarget: boolean;
  /** The machine's 1-minute load average before and after the measures (it is shared: numbers move with it). */
  load: [number, number];
}

const DEPS = ['13', '75', '93', '69', '59', '30', '06', '33', '31', '974', '2A', '34'];
const TYPES = ['shooting_homicide', 'seizure', 'police_operation', 'arson_intimidation'];
const WORDS = ['fusillade', 'kalachnikov', 'cocaine', 'stupéfiants', 'règlement comptes', 'scooter', 'clan'];

/** Each main query, with filters varied by the run number so caches do not flatter the numbers. */
/** Incident ids the detail query draws from (set to the bench's size: ids are inc:e1…inc:eN). */
let detailRange = DEFAULT_API_INCIDENTS;

/**
 * Deep pages of the default list (issue #11, keyset pages): page 200 (offset 9,950 at 50 a page) and the 49 pages
 * before 90% of the way down, each moved by up to 49 pages run by run, asked by offset and by cursor. The cursors are the `next` of the
 * page before each one, looked up by offset just before these queries (so both ways find the same pages in memory).
 */
const DEEP_PAGES = 50;
let deepBase: Record<'page200' | 'ninety', number> = { page200: 199 * 50, ninety: 0 };
const deepCursors = new Map<number, string>();
const deepOffset = (depth: keyof typeof deepBase, i: number) => deepBase[depth] + (i % DEEP_PAGES) * 50;

async function prepareDeepCursors(address: string): Promise<void> {
  for (const depth of ['page200', 'ninety'] as const) {
    for (let i = 0; i < DEEP_PAGES; i++) {
      const offset = deepOffset(depth, i);
      if (deepCursors.has(offset)) continue;
      const page = (await (await fetch(`${address}/api/incidents?limit=1&offset=${offset - 1}`)).json()) as { next: string | null };
      if (page.next === null) throw new Error(`no cursor after incident ${offset}`);
      deepCursors.set(offset, page.next);
    }
  }
}

interface BenchQuery {
  name: string;
  url: (i: number) => string;
  /** Run once before the query's cold request (not timed). */
  prepare?: (address: string) => Promise<void>;
  /** A way the API is not meant to be asked at this depth, measured beside the one it should be: not held to the target. */
  comparison?: boolean;
}

const QUERY_LIST: Array<[name: string, url: (i: number) => string]> = [
  ['incidents (no filter, page)', (i) => `/api/incidents?limit=50&offset=${(i * 50) % 5000}`],
  ['incidents by département + dates', (i) => `/api/incidents?departement=${DEPS[i % DEPS.length]}&from=${2016 + (i % 8)}-01&to=${2018 + (i % 8)}-06&sort=-killed`],
  ['incidents by type + min sources', (i) => `/api/incidents?type=${TYPES[i % TYPES.length]}&min_sources=${2 + (i % 3)}&offset=${i % 7}`],
  ['incidents text search', (i) => `/api/incidents?q=${encodeURIComponent(`code${1 + ((i * 37) % 20000)}`)}`],
  ['incident detail', (i) => `/api/incidents/${encodeURIComponent(`inc:e${1 + ((i * 4973) % detailRange)}`)}`],
  ['map points (3000)', (i) => `/api/incidents/points?limit=3000&to=${2016 + (i % 10)}-${String(1 + (i % 12)).padStart(2, '0')}`],
  ['stats by month', (i) => `/api/stats?by=month${i % 2 ? `&type=${TYPES[i % TYPES.length]}` : ''}`],
  ['stats by département (per 100k)', (i) => `/api/stats?by=departement&to=${2015 + (i % 11)}-12`],
  ['stats by type', (i) => `/api/stats?by=type&region=${i % 2 ? 'Occitanie' : 'Île-de-France'}`],
  ['full-text search', (i) => `/api/search?q=${encodeURIComponent(WORDS[i % WORDS.length])}&offset=${i % 5}`],
  ['facets (first view)', () => '/api/facets'],
];

const QUERIES: BenchQuery[] = [
  ...QUERY_LIST.map(([name, url]) => ({ name, url })),
  { name: 'page 200, by cursor', url: (i) => `/api/incidents?limit=50&cursor=${deepCursors.get(deepOffset('page200', i))}`, prepare: prepareDeepCursors },
  { name: 'page 200, by offset', url: (i) => `/api/incidents?limit=50&offset=${deepOffset('page200', i)}`, comparison: true },
  { name: '90% down, by cursor', url: (i) => `/api/incidents?limit=50&cursor=${deepCursors.get(deepOffset('ninety', i))}` },
  { name: '90% down, by offset', url: (i) => `/api/incidents?limit=50&offset=${deepOffset('ninety', i)}`, comparison: true },
];

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** `location`: an empty PostgreSQL database's URL; default a new SQLite file in a temporary folder. */
export async function runApiBench(incidents = DEFAULT_API_INCIDENTS, runs = DEFAULT_API_RUNS, location?: string, target = API_P95_TARGET_MS): Promise<ApiBenchResult> {
  detailRange = incidents;
  // Page 200, or a quarter of the way down a database too small for it (the rows are named after the page read).
  deepBase = { page200: Math.max(50, Math.min(199 * 50, Math.floor(incidents / 4 / 50) * 50)), ninety: Math.max(50, Math.floor((incidents * 0.9) / 50) * 50 - (DEEP_PAGES - 1) * 50) };
  deepCursors.clear();
  const dir = mkdtempSync(join(tmpdir(), 'vigie-api-bench-'));
  const file = join(dir, 'bench.db');
  const store = await openStore(location ?? file);
  const t0 = performance.now();
  await writeSyntheticDatabase(store, incidents);
  await store.optimize();
  const buildSeconds = (performance.now() - t0) / 1000;
  const sizeMB =
    store.kind === 'postgres'
      ? (await sql<{ n: number }>`SELECT pg_database_size(current_database()) AS n`.execute(store.db)).rows[0].n / 1e6
      : [file, `${file}-wal`].reduce((n, f) => n + (statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0) / 1e6;
  const app = await buildServer({ store, webRoot: null });
  const loadBefore = loadavg()[0];
  try {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const rows: ApiBenchRow[] = [];
    for (const { name, url, prepare, comparison } of QUERIES) {
      const query = name.replace('page 200', `page ${deepBase.page200 / 50 + 1}`);
      if (prepare) await prepare(address);
      const c0 = performance.now();
      await fetch(address + url(0)).then((r) => r.arrayBuffer());
      const coldMs = performance.now() - c0;
      const times: number[] = [];
      for (let i = 1; i <= runs; i++) {
        const start = performance.now();
        const res = await fetch(address + url(i));
        await res.arrayBuffer();
        times.push(performance.now() - start);
        if (!res.ok) throw new Error(`${query}: HTTP ${res.status} for ${url(i)}`);
      }
      times.sort((a, b) => a - b);
      rows.push({ query, runs, coldMs, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), maxMs: times[times.length - 1], comparison, load: loadavg()[0] });
    }
    const held = rows.filter((r) => !r.comparison);
    return { incidents, dialect: store.kind, sizeMB, buildSeconds, rows, target, allUnderTarget: held.every((r) => r.p95Ms < target), load: [loadBefore, loadavg()[0]] };
  } finally {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The result as the lines `npm run bench` prints. */
export function formatApiBench(r: ApiBenchResult): string {
  const lines = [
    `\nAPI latency (${r.incidents.toLocaleString('en-GB')} synthetic incidents in ${r.dialect}, ${r.sizeMB.toFixed(0)} MB on disk, HTTP on 127.0.0.1, ${r.rows[0]?.runs ?? 0} runs each with varied filters; database built in ${r.buildSeconds.toFixed(1)} s; load ${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)} on ${availableParallelism()} cores)`,
    'query                                  cold ms  median ms    p95 ms    max ms   load',
    ...r.rows.map(
      (x) =>
        `${x.query.padEnd(36)} ${x.coldMs.toFixed(1).padStart(8)} ${x.medianMs.toFixed(1).padStart(9)} ${x.p95Ms.toFixed(1).padStart(9)} ${x.maxMs.toFixed(1).padStart(9)} ${(x.load ?? NaN).toFixed(1).padStart(6)}` +
        (x.comparison ? '  (comparison)' : x.p95Ms < r.target ? '' : '  ← over target'),
    ),
    `p95 under ${r.target} ms for every query (comparisons aside): ${r.allUnderTarget ? 'yes' : 'NO'}`,
  ];
  return lines.join('\n');
}
