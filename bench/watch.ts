// `node dist/bench/watch.js [--sources 500] [--cycles 3] [--new 25]`: the load of following N sources at a 15-minute
// interval, and fetch-to-incident latency (issue #13). The outlets run in a child process (one port each, so one
// host each, with the default 1 s delay between two requests to a host); the watcher runs here, on SQLite, with the
// default worker threads, and a clock moved 15 minutes per cycle so that every source is due each cycle.
// Measured per cycle: wall time, CPU (this process and its worker threads), RSS; while idle between cycles: CPU and
// RSS over 10 s; per new article: from its fetch to the end of the cycle that stored and merged it.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { defaultWorkerCount, ProcessingPool } from '../src/pipeline/pool.js';
import { openStore } from '../src/store/open.js';
import { WatchMetrics } from '../src/watch/metrics.js';
import { parseWatchConfig } from '../src/watch/sources.js';
import { summaryLine, Watcher } from '../src/watch/watcher.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const SOURCES = arg('--sources', 500);
const CYCLES = arg('--cycles', 3);
const NEW_PER_CYCLE = arg('--new', 25);
const IDLE_SECONDS = 10;

const here = dirname(fileURLToPath(import.meta.url));
const child = spawn(process.execPath, [join(here, 'watch-outlets.js'), String(SOURCES)], { stdio: ['pipe', 'pipe', 'inherit'] });
const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
const ask = async (cmd: string | null) => {
  if (cmd) child.stdin!.write(cmd + '\n');
  return JSON.parse((await lines.next()).value as string);
};
const { bases } = (await ask(null)) as { bases: string[] };

const db = join(mkdtempSync(join(tmpdir(), 'vigie-bench-watch-')), 'w.db');
const store = await openStore(db);
const config = parseWatchConfig({ sources: bases.map((b, i) => ({ url: `${b}/rss.xml`, name: `outlet ${i}`, interval: '15m' })) }, 'bench');
const workers = defaultWorkerCount(-1);
const pool = new ProcessingPool(workers, {});
let now = new Date('2026-01-01T00:00:00Z');
const metrics = new WatchMetrics();
const watcher = new Watcher(store, config, { fetcher: {}, allowPrivate: true, workers, pool, metrics, now: () => now });

const rssMB = () => process.memoryUsage().rss / 1048576;
interface Row {
  label: string;
  wall: number;
  cpu: number;
  rss: number;
  fetched: number;
  notModified: number;
  documents: number;
  incidents: number;
  latency: number[];
}
const rows: Row[] = [];

async function measuredCycle(label: string): Promise<Row> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const s = await watcher.cycle();
  const end = Date.now();
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const fetchedAt = (await ask('articles')) as Array<{ at: number }>;
  process.stderr.write(summaryLine(rows.length + 1, s) + '\n');
  return {
    label,
    wall,
    cpu: (cpu.user + cpu.system) / 1e6,
    rss: rssMB(),
    fetched: s.fetched,
    notModified: s.notModified,
    documents: s.newDocuments,
    incidents: s.newIncidents,
    latency: fetchedAt.map((f) => (end - f.at) / 1000),
  };
}

rows.push(await measuredCycle('first (cold)'));
for (let c = 0; c < CYCLES; c++) {
  await ask(`grow ${NEW_PER_CYCLE}`);
  now = new Date(now.getTime() + 15 * 60_000);
  rows.push(await measuredCycle(`steady ${c + 1}`));
}
// Idle: between two cycles the watcher waits for the next due source; nothing runs but a timer.
const cpu0 = process.cpuUsage();
await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
const idleCpu = process.cpuUsage(cpu0);
const idle = { cpuPercent: ((idleCpu.user + idleCpu.system) / 1e6 / IDLE_SECONDS) * 100, rss: rssMB() };

const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))] : NaN);
console.log(`\nwatch: ${SOURCES} sources (one host each, 1 s between requests to a host), 15-minute interval, SQLite, ${workers} worker thread(s)`);
console.log('cycle          wall s   CPU s  CPU % of 15 min  RSS MB  articles  304s  new docs  new incidents  fetch→incident s (median / max)');
for (const r of rows) {
  console.log(
    `${r.label.padEnd(13)} ${r.wall.toFixed(1).padStart(7)} ${r.cpu.toFixed(1).padStart(7)} ${((r.cpu / 900) * 100).toFixed(2).padStart(16)} ${r.rss.toFixed(0).padStart(7)} ` +
      `${String(r.fetched).padStart(9)} ${String(r.notModified).padStart(5)} ${String(r.documents).padStart(9)} ${String(r.incidents).padStart(14)}  ` +
      `${pct(r.latency, 0.5).toFixed(2)} / ${pct(r.latency, 1).toFixed(2)}`,
  );
}
console.log(`idle (${IDLE_SECONDS} s between cycles): CPU ${idle.cpuPercent.toFixed(2)} %, RSS ${idle.rss.toFixed(0)} MB`);
await pool.close();
await store.close();
child.stdin!.end();
child.kill();
