// Issue #9: a run killed during its final merge leaves events stored but not merged into incidents (the merge is one
// transaction: all of it or nothing). The next command that writes to that database, whichever it is, finishes the
// merge, and says so on stderr; the commands that only read (stats, export) note the work and leave it undone.
// The killed run is simulated: documents stored by the ingest pipeline with its final merge skipped leave exactly
// what a kill during that merge leaves (test/crash.test.ts kills real runs there).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { pendingEvents } from './support/sqlite-state.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshPostgresUrl } from './support/stores.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
const built = existsSync(cli);

type IngestModule = typeof import('../src/pipeline/ingest.js');
type StoreModule = typeof import('../src/store/open.js');
type AccountsModule = typeof import('../src/review/accounts.js');
const load = async <T>(rel: string): Promise<T> => (await import(pathToFileURL(join(root, 'dist', 'src', rel)).href)) as T;

const CITIES = ['Nîmes', 'Grenoble', 'Valence', 'Toulouse', 'Dijon', 'Avignon'];
const DOCS = 12;

/** Our own short reports; i and i + DOCS/2 tell the same shooting, so the merge has incidents of two sources to build. */
function article(i: number): string {
  const k = i % (DOCS / 2);
  const city = CITIES[k % CITIES.length];
  return i < DOCS / 2
    ? `Un homme de ${20 + k} ans a été tué par balles le ${1 + k} mars 2025 à ${city}, près d'un point de deal, selon le parquet.\n\n` +
        `L'enquête pour assassinat a été confiée à la police judiciaire. C'est le ${2 + k}e homicide lié au trafic de stupéfiants dans le département depuis janvier.\n`
    : `${city} : un homme de ${20 + k} ans abattu le ${1 + k} mars 2025 sur un point de deal.\n\n` +
        `La victime a succombé à ses blessures, a indiqué le procureur. Les enquêteurs privilégient la piste d'un règlement de comptes lié au narcotrafic (dossier ${i}).\n`;
}

function vigie(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, VIGIE_DB: '' }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** vigie run without blocking this process, which serves the feed `watch` reads. */
function vigieAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, VIGIE_DB: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** `vigie serve` on a free port until it prints its address; the incidents /api/stats counts, then stopped. */
async function serveIncidents(db: string): Promise<{ incidents: number | null; stderr: string }> {
  const child = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', '0'], { env: { ...process.env, VIGIE_DB: '' } });
  let stderr = '';
  try {
    const address = await new Promise<string | null>((done) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const m = /serving .* at (http:\/\/\S+)/.exec(stderr);
        if (m) done(m[1]);
      });
      child.on('close', () => done(null));
    });
    if (!address) return { incidents: null, stderr };
    const body = (await (await fetch(`${address}/api/stats?by=type`)).json()) as { total: { incidents: number } };
    return { incidents: body.total.incidents, stderr };
  } finally {
    child.kill('SIGTERM');
    await new Promise((done) => (child.exitCode !== null || child.signalCode !== null ? done(null) : child.once('exit', done)));
  }
}

/** Events of current documents in no incident (what `stats` reports as not yet merged), and the incidents by members. */
function state(path: string): { pending: number; incidents: string[] } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const pending = pendingEvents(db);
    const members = new Map<string, number[]>();
    for (const r of db.prepare('SELECT incident_id, event_id FROM incident_events ORDER BY incident_id, event_id').all() as Array<{ incident_id: string; event_id: number }>) {
      members.set(r.incident_id, [...(members.get(r.incident_id) ?? []), r.event_id]);
    }
    return { pending, incidents: [...members].map(([id, events]) => `${id}: ${events.join(',')}`).sort() };
  } finally {
    db.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'vigie-unmerged-'));
const input = join(dir, 'in');
mkdirSync(input);
for (let i = 0; i < DOCS; i++) writeFileSync(join(input, `a${String(i).padStart(2, '0')}.txt`), article(i));

/** Stores every document of `input` in the database at `location` as a run killed during its final merge leaves them. */
async function storeUnmerged(location: string): Promise<void> {
  const { ingest } = await load<IngestModule>('pipeline/ingest.js');
  const { openStore } = await load<StoreModule>('store/open.js');
  const store = await openStore(location);
  try {
    const summary = await ingest([input], store, { workers: 0, skipReconcile: true });
    expect(summary.new).toBe(DOCS);
    expect((await store.pendingReconcile()).events).toBeGreaterThan(0);
  } finally {
    await store.close();
  }
}

/** Events not yet merged and incidents, in a database at `location` (either dialect). */
async function counts(location: string): Promise<{ pending: number; incidents: number }> {
  const { openStore } = await load<StoreModule>('store/open.js');
  const store = await openStore(location, { readonly: true });
  try {
    return { pending: (await store.pendingReconcile()).events, incidents: await store.countIncidents() };
  } finally {
    await store.close();
  }
}

describe.skipIf(!built)('a merge an interrupted run left undone', () => {
  let expected: string[] = [];
  let feed: Server;
  let feedUrl = '';

  /** A database as a run killed during its final merge leaves it: every document stored, no event merged. */
  async function interrupted(name: string, { account = false } = {}): Promise<string> {
    const path = join(dir, name);
    await storeUnmerged(path);
    if (account) {
      // An account made before the kill (through the library: `vigie users add` would finish the merge).
      const { openStore } = await load<StoreModule>('store/open.js');
      const { addUser } = await load<AccountsModule>('review/accounts.js');
      const store = await openStore(path);
      await addUser(store, 'alice', 'editor', 'correct horse battery staple').finally(() => store.close());
    }
    const s = state(path);
    expect(s.pending).toBeGreaterThan(0);
    expect(s.incidents).toEqual([]);
    return path;
  }

  beforeAll(async () => {
    // What one uninterrupted run stores.
    const reference = join(dir, 'reference.db');
    expect(vigie(['ingest', input, '--db', reference, '--quiet', '--workers', '0']).status).toBe(0);
    expected = state(reference).incidents;
    expect(expected.some((i) => i.includes(','))).toBe(true);
    // An empty feed for `vigie watch --once`: nothing new to store.
    feed = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end('<?xml version="1.0"?><rss version="2.0"><channel><title>empty</title><link>http://example.org/</link></channel></rss>');
    });
    await new Promise<void>((done) => feed.listen(0, '127.0.0.1', done));
    feedUrl = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/feed.xml`;
  }, 60_000);

  afterAll(() => new Promise<void>((done) => (feed ? feed.close(() => done()) : done())));

  it('is noted, and left alone, by the commands that only read', async () => {
    const db = await interrupted('read.db');
    const before = state(db).pending;
    const stats = vigie(['stats', '--db', db]);
    expect(stats.status).toBe(0);
    expect(stats.stderr).toContain(`${before} event(s) not yet merged into incidents`);
    expect(vigie(['export', '--db', db, '--format', 'json']).status).toBe(0);
    expect(state(db)).toEqual({ pending: before, incidents: [] });
  }, 60_000);

  it('is noted and left by `vigie serve` without accounts (it only reads), finished by it with accounts (it writes)', async () => {
    const readOnly = await interrupted('serve-ro.db');
    const pending = state(readOnly).pending;
    const ro = await serveIncidents(readOnly);
    expect(ro.incidents, ro.stderr).toBe(0);
    expect(ro.stderr).toContain(`${pending} event(s) not yet merged into incidents`);
    expect(state(readOnly)).toEqual({ pending, incidents: [] });

    const withAccounts = await interrupted('serve-rw.db', { account: true });
    const rw = await serveIncidents(withAccounts);
    expect(rw.stderr).toContain('(an ingest stopped before the end, or is still running): merging now…');
    expect(rw.incidents, rw.stderr).toBe(expected.length);
    expect(state(withAccounts)).toEqual({ pending: 0, incidents: expected });
  }, 60_000);

  it('is finished by `vigie users add`, to what an uninterrupted run stores', async () => {
    const db = await interrupted('users.db');
    const pending = state(db).pending;
    const r = vigie(['users', 'add', 'bob', '--role', 'viewer', '--db', db]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('added bob (viewer)');
    expect(r.stderr).toContain(`has ${pending} event(s) not yet merged into incidents (an ingest stopped before the end, or is still running): merging now…`);
    expect(r.stderr).toMatch(new RegExp(`merged: ${pending} event\\(s\\), ${expected.length} incident\\(s\\) now`));
    expect(state(db)).toEqual({ pending: 0, incidents: expected });
    // Nothing left: the next command that writes says nothing of it.
    const again = vigie(['users', 'role', 'bob', 'editor', '--db', db]);
    expect(again.status).toBe(0);
    expect(again.stderr).toBe('');
  }, 60_000);

  it('is finished by `vigie watch --once` with nothing new to store', async () => {
    const db = await interrupted('watch.db');
    const r = await vigieAsync(['watch', '--once', '--allow-private', '--quiet', '--db', db, feedUrl]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('(an ingest stopped before the end, or is still running): merging now…');
    expect(state(db)).toEqual({ pending: 0, incidents: expected });
  }, 60_000);

  it('is finished in the copy by `vigie copy`, the source (only read) keeping it', async () => {
    const db = await interrupted('source.db');
    const pending = state(db).pending;
    const copy = join(dir, 'copy.db');
    const r = vigie(['copy', '--from', db, '--to', copy]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('(an ingest stopped before the end, or is still running): merging now…');
    expect(state(copy)).toEqual({ pending: 0, incidents: expected });
    expect(state(db)).toEqual({ pending, incidents: [] });
    // Once the source is merged too (by a command that writes to it), exports of both are identical again.
    expect(vigie(['users', 'add', 'carol', '--role', 'viewer', '--db', db]).status).toBe(0);
    const exported = (path: string) => vigie(['export', '--format', 'jsonl', '--db', path]);
    const [a, b] = [exported(db), exported(copy)];
    expect(a.stderr + b.stderr).toBe('');
    expect(a.stdout.length).toBeGreaterThan(1000);
    expect(b.stdout).toBe(a.stdout);
  }, 60_000);
});

describe.skipIf(!built || !DIALECTS.includes('postgres'))('a merge an interrupted run left undone (PostgreSQL)', () => {
  let expected = 0;
  beforeAll(() => {
    const reference = join(dir, 'reference-pg.db');
    expect(vigie(['ingest', input, '--db', reference, '--quiet', '--workers', '0']).status).toBe(0);
    expected = state(reference).incidents.length;
  }, 60_000);

  it('is finished by `vigie users add`', async () => {
    const url = await freshPostgresUrl();
    await storeUnmerged(url);
    const r = await vigieAsync(['users', 'add', 'bob', '--role', 'viewer', '--db', url]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('(an ingest stopped before the end, or is still running): merging now…');
    expect(await counts(url)).toEqual({ pending: 0, incidents: expected });
  }, 60_000);

  it('is finished by an idle `vigie worker` at once, not only when it stops', async () => {
    const url = await freshPostgresUrl();
    await storeUnmerged(url);
    const worker = spawn(process.execPath, [cli, 'worker', '--db', url, '--workers', '0'], { env: { ...process.env, VIGIE_DB: '', VIGIE_QUEUE_MAINTENANCE_S: '1' }, stdio: 'ignore' });
    const exited = new Promise((done) => worker.once('exit', done));
    try {
      let now = await counts(url);
      for (const t0 = Date.now(); now.pending > 0 && Date.now() - t0 < 20_000; now = await counts(url)) await new Promise((r) => setTimeout(r, 250));
      expect(now).toEqual({ pending: 0, incidents: expected });
    } finally {
      worker.kill('SIGTERM');
      await exited;
    }
  }, 60_000);
});
