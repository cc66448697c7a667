// Ingest throughput on PostgreSQL through the job queue with 1 and 2 `vigie worker` processes, beside one
// `vigie ingest` into SQLite, on the same corpus (issue #11). Needs a PostgreSQL server: pass its URL (a user
// allowed to create databases), e.g. the one test/support/postgres-server.ts starts.
// Usage: node dist/bench/queue.js CORPUS_DIR MANIFEST POSTGRES_URL
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'cli', 'main.js');
const [corpus, manifest, serverUrl] = process.argv.slice(2);

/** Runs the CLI; returns wall seconds and the peak RSS (MB) of the process and its worker threads. */
function vigie(args: string[]): Promise<{ seconds: number; rssMB: number; stderr: string }> {
  const t0 = performance.now();
  return new Promise((done, fail) => {
    // The child reports its own peak RSS on exit (resourceUsage covers its worker threads).
    const child = spawn(process.execPath, ['--import', 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nRSS "+process.resourceUsage().maxRSS+"\\n"))', cli, ...args], {
      env: { ...process.env, VIGIE_DB: '' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) return fail(new Error(`vigie ${args.join(' ')}: exit ${code}\n${stderr}`));
      const rss = Number(/RSS (\d+)/.exec(stderr)?.[1] ?? 0) / 1024;
      done({ seconds: (performance.now() - t0) / 1000, rssMB: rss, stderr });
    });
  });
}

async function freshDatabase(): Promise<string> {
  const name = `vigie_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

const docs = Number(/read (\d+)/.exec((await vigie(['ingest', corpus, '--manifest', manifest, '--db', join(mkdtempSync(join(tmpdir(), 'vq-')), 'warm.db'), '--quiet'])).stderr)?.[1]);
const rows: Array<[string, number, number, string]> = [];
const sqlite = await vigie(['ingest', corpus, '--manifest', manifest, '--db', join(mkdtempSync(join(tmpdir(), 'vq-')), 'v.db'), '--quiet']);
rows.push(['SQLite, 1 ingest process', sqlite.seconds, docs / sqlite.seconds, `${sqlite.rssMB.toFixed(0)}`]);
for (const n of [1, 2]) {
  const url = await freshDatabase();
  await vigie(['ingest', '--queue', corpus, '--manifest', manifest, '--db', url]);
  const t0 = performance.now();
  const workers = await Promise.all(Array.from({ length: n }, () => vigie(['worker', '--db', url, '--exit-when-empty'])));
  const seconds = (performance.now() - t0) / 1000;
  rows.push([`PostgreSQL, ${n} worker process${n > 1 ? 'es' : ''}`, seconds, docs / seconds, workers.map((w) => w.rssMB.toFixed(0)).join(' + ')]);
}
console.log(`\ningest throughput, ${docs} documents (each process: default worker threads)`);
console.log('                                    seconds   docs/s   peak RSS MB (per process)');
for (const [what, s, rate, rss] of rows) console.log(`  ${what.padEnd(32)} ${s.toFixed(1).padStart(7)} ${rate.toFixed(1).padStart(8)}   ${rss}`);
