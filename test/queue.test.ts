// Queued ingestion on PostgreSQL: `vigie ingest --queue`, several `vigie worker` processes racing on reports of the
// same incidents, a worker killed mid-run, and `vigie queue status` — with the commands a team runs (README).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { loadReconcileInputs } from '../src/pipeline/reconcile-store.js';
import { mergeIncidents } from '../src/reconcile/incidents.js';
import type { Incident } from '../src/reconcile/types.js';
import { openStore } from '../src/store/open.js';
import { DIALECTS, freshPostgresUrl } from './support/stores.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');

const CITIES = ['Nîmes', 'Grenoble', 'Valence', 'Toulouse'];

/** Our own short reports; several tell the same shooting (same city, same day), so workers merge into shared incidents. */
function article(i: number): string {
  const city = CITIES[i % CITIES.length];
  const day = 1 + (i % 5);
  return (
    `Un homme de ${20 + (i % 3)} ans a été tué par balles le ${day} mars 2025 à ${city} près d'un point de deal, selon le parquet.\n` +
    `L'enquête a été confiée à la police judiciaire (rapport ${i}). Les enquêteurs évoquent un règlement de comptes.\n`
  );
}

function start(args: string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<{ code: number | null; stderr: string; stdout: string }> } {
  const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, VIGIE_DB: '', ...env } });
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdout!.on('data', (d) => (stdout += d));
  const done = new Promise<{ code: number | null; stderr: string; stdout: string }>((ok) => child.on('close', (code) => ok({ code, stderr, stdout })));
  return { child, done };
}

const run = (args: string[], env: Record<string, string> = {}) => start(args, env).done;

async function checkDatabase(url: string, documents: number): Promise<void> {
  const store = await openStore(url, { readonly: true });
  try {
    const n = await store.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(n.n).toBe(documents);
    expect(await store.pendingReconcile()).toEqual({ events: 0, stale: 0 });
    const incidents = await store.derived<Incident>('incidents');
    // Fewer incidents than reports: workers merged reports of the same shootings, as one run from scratch does.
    expect(incidents.length).toBeLessThan(documents);
    expect(incidents).toEqual(mergeIncidents((await loadReconcileInputs(store)).events));
  } finally {
    await store.close();
  }
}

describe.skipIf(!DIALECTS.includes('postgres') || !existsSync(cli))('queued ingestion (PostgreSQL)', () => {
  it('two workers share the queue: every document once, merged as from scratch, failures listed by queue status', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-queue-'));
    const DOCS = 40;
    mkdirSync(join(dir, 'in'));
    for (let i = 0; i < DOCS; i++) writeFileSync(join(dir, 'in', `r${String(i).padStart(2, '0')}.txt`), article(i));
    writeFileSync(join(dir, 'in', 'zz-empty.txt'), '');
    const url = await freshPostgresUrl();
    const env = { VIGIE_QUEUE_MAINTENANCE_S: '1' };

    const queued = await run(['ingest', '--queue', join(dir, 'in'), '--db', url], env);
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.stderr).toContain(`queued ${DOCS + 1} document(s)`);
    // Queued again while waiting: nothing twice.
    const again = await run(['ingest', '--queue', join(dir, 'in'), '--db', url], env);
    expect(again.stderr).toContain(`queued 0 document(s), ${DOCS + 1} already waiting or running`);

    const workers = await Promise.all([0, 1].map(() => run(['worker', '--db', url, '--workers', '0', '--exit-when-empty'], env)));
    for (const w of workers) expect(w.code, w.stderr).toBe(0);
    // Both took jobs.
    for (const w of workers) expect(Number(/worker: (\d+) job/.exec(w.stderr)?.[1])).toBeGreaterThan(0);
    await checkDatabase(url, DOCS);

    const status = await run(['queue', 'status', '--json', '--db', url], env);
    expect(status.code, status.stderr).toBe(0);
    const s = JSON.parse(status.stdout);
    expect(s.states).toMatchObject({ created: 0, retry: 0, active: 0, completed: DOCS, failed: 1 });
    expect(s.failures).toHaveLength(1);
    expect(s.failures[0].input).toMatch(/zz-empty\.txt$/);
    expect(s.failures[0].reason).toMatch(/empty/);
    expect(s.pendingMerge).toEqual({ events: 0, stale: 0 });
  }, 240_000);

  it('a worker killed mid-run loses nothing: its job expires and another worker redoes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-queue-kill-'));
    const DOCS = 30;
    for (let i = 0; i < DOCS; i++) writeFileSync(join(dir, `r${String(i).padStart(2, '0')}.txt`), article(i + 100));
    const url = await freshPostgresUrl();
    const env = { VIGIE_JOB_TIMEOUT_S: '3', VIGIE_QUEUE_MAINTENANCE_S: '1' };
    expect((await run(['ingest', '--queue', dir, '--db', url], env)).code).toBe(0);

    const doomed = start(['worker', '--db', url, '--workers', '0'], env);
    // Let it store a few documents, then kill it without warning, most likely inside a job.
    const store = await openStore(url, { readonly: true });
    const deadline = Date.now() + 60_000;
    for (;;) {
      const n = await store.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      if (n.n >= 5 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await store.close();
    doomed.child.kill('SIGKILL');
    await doomed.done;
    // The job it held (if it died inside one, as it almost always does) is still marked as running.
    const atKill = JSON.parse((await run(['queue', 'status', '--json', '--db', url], env)).stdout);

    const survivor = await run(['worker', '--db', url, '--workers', '0', '--exit-when-empty'], env);
    expect(survivor.code, survivor.stderr).toBe(0);
    await checkDatabase(url, DOCS);
    const s = JSON.parse((await run(['queue', 'status', '--json', '--db', url], env)).stdout);
    expect(s.states).toMatchObject({ created: 0, retry: 0, active: 0, failed: 0, completed: DOCS });
    // That job expired and was done again by the survivor.
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const retried = (await admin.query(`SELECT COUNT(*)::int AS n FROM pgboss.job WHERE state = 'completed' AND retry_count > 0`)).rows[0].n as number;
    await admin.end();
    expect(retried).toBeGreaterThanOrEqual(atKill.states.active);
  }, 240_000);

  it('refuses a queue on an SQLite file, saying why', async () => {
    const r = await run(['ingest', '--queue', join(root, 'examples', 'sample'), '--db', join(mkdtempSync(join(tmpdir(), 'vigie-q-')), 'v.db')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the job queue lives in PostgreSQL');
  });
});
