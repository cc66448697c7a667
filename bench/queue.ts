// Ingest throughput on PostgreSQL through the job queue with 1 and 2 `vigie worker` processes, beside one
// `vigie ingest` into SQLite, on the same corpus (issue #11). `npm run bench -- --only queue` runs it on a throwaway
// server of its own (bench/support/postgres-server.ts, default durability); on a server you have, pass its URL (a
// user allowed to create databases): node dist/bench/queue.js CORPUS_DIR MANIFEST POSTGRES_URL
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'cli', 'main.js');

/** Runs the CLI; returns wall seconds, the peak RSS (MB) of the process and its worker threads, and its CPU seconds. */
function vigie(args: string[]): Promise<{ seconds: number; rssMB: number; cpuSeconds: number; stderr: string }> {
  const t0 = performance.now();
  return new Promise((done, fail) => {
    // The child reports its own peak RSS and CPU time on exit (resourceUsage covers its worker threads).
    const report = 'process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nRSS "+u.maxRSS+" CPU "+(u.userCPUTime+u.systemCPUTime)+"\\n")})';
    const child = spawn(process.execPath, ['--import', `data:text/javascript,${report}`, cli, ...args], {
      env: { ...process.env, VIGIE_DB: '' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) return fail(new Error(`vigie ${args.join(' ')}: exit ${code}\n${stderr}`));
      const [, rss, cpu] = /RSS (\d+) CPU (\d+)/.exec(stderr) ?? ['', '0', '0'];
      done({ seconds: (performance.now() - t0) / 1000, rssMB: Number(rss) / 1024, cpuSeconds: Number(cpu) / 1e6, stderr });
    });
  });
}

/**
 * CPU seconds the whole machine spent busy so far (Linux /proc/stat; null elsewhere): read around a run, it counts
 * the database server's work too, and shows when a run had the cores to itself or was short of them.
 */
function machineBusySeconds(): number | null {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    // user nice system idle iowait irq softirq steal: busy = all but idle and iowait (USER_HZ is 100 on Linux).
    return (ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6] + (ticks[7] ?? 0)) / 100;
  } catch {
    return null;
  }
}

async function freshDatabase(serverUrl: string): Promise<string> {
  const name = `vigie_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The side-by-side table: SQLite, then PostgreSQL with 1 and 2 worker processes, on the same corpus. */
export async function runQueueBench(corpus: string, manifest: string, serverUrl: string): Promise<string> {
  const scratch = mkdtempSync(join(tmpdir(), 'vq-'));
  try {
    // A first run warms the file cache (and counts the documents) so that the measured runs read alike.
    const docs = Number(/read (\d+)/.exec((await vigie(['ingest', corpus, '--manifest', manifest, '--db', join(scratch, 'warm.db'), '--quiet'])).stderr)?.[1]);
    const rows: Array<[string, number, number, string, string, string]> = [];
    const busy = (from: number | null) => {
      const to = machineBusySeconds();
      return from === null || to === null ? 'n/a' : (to - from).toFixed(1);
    };
    let b0 = machineBusySeconds();
    const sqlite = await vigie(['ingest', corpus, '--manifest', manifest, '--db', join(scratch, 'v.db'), '--quiet']);
    rows.push(['SQLite, 1 ingest process', sqlite.seconds, docs / sqlite.seconds, `${sqlite.rssMB.toFixed(0)}`, sqlite.cpuSeconds.toFixed(1), busy(b0)]);
    for (const n of [1, 2]) {
      const url = await freshDatabase(serverUrl);
      await vigie(['ingest', '--queue', corpus, '--manifest', manifest, '--db', url]);
      const t0 = performance.now();
      b0 = machineBusySeconds();
      const workers = await Promise.all(Array.from({ length: n }, () => vigie(['worker', '--db', url, '--exit-when-empty'])));
      const seconds = (performance.now() - t0) / 1000;
      rows.push([
        `PostgreSQL, ${n} worker process${n > 1 ? 'es' : ''}`, seconds, docs / seconds,
        workers.map((w) => w.rssMB.toFixed(0)).join(' + '), workers.map((w) => w.cpuSeconds.toFixed(1)).join(' + '), busy(b0),
      ]);
    }
    const out = [
      `\ningest throughput through the queue, ${docs} documents (each process: default worker threads; ${cpus().length} cores;`,
      '  machine CPU: every process\'s busy time during the run, the database server and other work included)',
      '                                    seconds   docs/s   peak RSS MB (per process)   CPU s (per process)   machine CPU s',
      ...rows.map(([what, s, rate, rss, cpu, machine]) => `  ${what.padEnd(32)} ${s.toFixed(1).padStart(7)} ${rate.toFixed(1).padStart(8)}   ${rss.padEnd(26)}  ${cpu.padEnd(20)}  ${machine}`),
    ];
    const [one, two] = [rows[1][2], rows[2][2]];
    out.push(`  2 workers / 1 worker: ${(two / one).toFixed(2)}x; 2 workers / SQLite: ${(two / rows[0][2]).toFixed(2)}x`);
    return out.join('\n');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [corpus, manifest, serverUrl] = process.argv.slice(2);
  console.log(await runQueueBench(corpus, manifest, serverUrl));
}
