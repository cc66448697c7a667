// Bad input and faults of a PostgreSQL observatory (issue #11), through the CLI on a server of the test's own that
// asks for a password (SCRAM) and that the test stops in the middle of an ingest: a wrong password is one line
// without the password and exit 2; a schema from a newer Vigie is refused on both dialects; a database that goes
// away mid-ingest stops the run cleanly with nothing half-written, and running it again completes it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open.js';
import { postgresBinDir, startPostgres, type PostgresServer } from '../bench/support/postgres-server.js';
import { DIALECTS, freshLocation } from './support/stores.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
const built = existsSync(cli);
const bin = postgresBinDir();
const PASSWORD = 'pa55-w0rd';

function vigie(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, VIGIE_DB: '' }, timeout: 300_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!built)('a schema written by a newer Vigie', () => {
  it.each(DIALECTS)('%s: every command refuses it with a message, exit 2, and leaves it as it was', async (dialect) => {
    const db = await freshLocation(dialect);
    const store = await openStore(db);
    const latest = store.latestVersion;
    await store.db.insertInto('schema_migrations').values({ version: latest + 1, name: 'from the future', applied_at: 'later' }).execute();
    await store.close();
    for (const args of [['stats'], ['ingest', join(root, 'examples', 'sample', 'depeche-marseille.txt')]]) {
      const r = vigie([...args, '--db', db]);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`was written by a newer Vigie (schema ${latest + 1}, this one knows up to ${latest})`);
    }
    const after = await openStore(db, { readonly: true }).catch((e: Error) => e);
    expect(String(after)).toContain('newer Vigie');
  });
});

/** Our own short reports, each one different. */
function report(i: number): string {
  const cities = ['Nîmes', 'Grenoble', 'Valence', 'Toulouse', 'Dijon', 'Rennes'];
  return (
    `Un homme de ${18 + (i % 40)} ans a été tué par balles le ${1 + (i % 27)} mars 2025 à ${cities[i % cities.length]}, près d'un point de deal, selon le parquet.\n\n` +
    `L'enquête (dossier ${i}) a été confiée à la police judiciaire. Les enquêteurs ont saisi ${i + 2} kilos de cannabis.\n`
  );
}

describe.skipIf(!built || !bin)('a PostgreSQL server that asks for a password and goes away', () => {
  let server: PostgresServer;
  let url: string;
  beforeAll(async () => {
    server = await startPostgres(bin!, { password: PASSWORD });
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('CREATE DATABASE faults');
    await admin.end();
    const u = new URL(server.url);
    u.pathname = '/faults';
    url = u.toString();
  });
  afterAll(() => server?.stop());

  it('a wrong password: one line naming the database, never the password, exit 2; the right one works', () => {
    const wrong = new URL(url);
    wrong.password = 'not-the-s3cret';
    const r = vigie(['stats', '--db', wrong.toString()]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('authentication failed (wrong user or password)');
    expect(r.stderr).toContain('postgres://vigie:***@127.0.0.1');
    expect(r.stderr).not.toContain('not-the-s3cret');
    const ok = vigie(['ingest', join(root, 'examples', 'sample', 'depeche-marseille.txt'), '--db', url, '--workers', '0']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stderr).not.toContain(PASSWORD);
  });

  it('the server stopped mid-ingest: a clean stop in one line, nothing half-written, and the rerun completes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-pg-gone-'));
    const DOCS = 400;
    mkdirSync(join(dir, 'in'));
    for (let i = 0; i < DOCS; i++) writeFileSync(join(dir, 'in', `r${String(i).padStart(4, '0')}.txt`), report(i));
    const count = async (sql: string): Promise<number> => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        return Number((await c.query(sql)).rows[0].n);
      } finally {
        await c.end();
      }
    };
    const child = spawn(process.execPath, [cli, 'ingest', join(dir, 'in'), '--db', url, '--workers', '1'], { env: { ...process.env, VIGIE_DB: '' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((done) => child.on('close', done));
    // Halt the server once the ingest has stored some documents, well before it could finish.
    let stored = 0;
    while (stored < 20) {
      await new Promise((r) => setTimeout(r, 100));
      stored = await count('SELECT COUNT(*) AS n FROM documents').catch(() => 0);
    }
    server.halt();
    const code = await exited;
    server.start();
    expect(code, stderr).toBe(2);
    const lines = stderr.trim().split('\n');
    expect(lines, stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^vigie: lost the database postgres:\/\/vigie:\*\*\*@127\.0\.0\.1:\d+\/faults: .*running the same command again stores the rest \[storage\]$/);
    expect(stderr).not.toContain(PASSWORD);
    // Nothing half-written: every stored document has its story and its events, and it stopped before the end.
    const partial = await count('SELECT COUNT(*) AS n FROM documents');
    expect(partial).toBeGreaterThanOrEqual(20);
    expect(partial).toBeLessThan(DOCS + 1);
    expect(await count('SELECT COUNT(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.document_id = d.id)')).toBe(0);
    expect(await count(`SELECT COUNT(*) AS n FROM documents d WHERE d.source LIKE '%/in/%' AND NOT EXISTS (SELECT 1 FROM events e WHERE e.document_id = d.id)`)).toBe(0);
    // The same command again: the stored documents are skipped, the rest stored, everything merged.
    const again = vigie(['ingest', join(dir, 'in'), '--db', url, '--workers', '1']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`read ${DOCS}, new ${DOCS + 1 - partial}, .*unchanged ${partial - 1}, failed 0`));
    expect(await count(`SELECT COUNT(*) AS n FROM documents WHERE source LIKE '%/in/%'`)).toBe(DOCS);
    const store = await openStore(url, { readonly: true });
    try {
      expect(await store.pendingReconcile()).toEqual({ events: 0, stale: 0 });
    } finally {
      await store.close();
    }
  }, 240_000);
});
