// Several `vigie ingest` processes writing one database at once: every document stored once, reconciliation whole
// and the same as one run over the same files; and `vigie serve` answering while an ingest writes the database.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadReconcileInputs } from '../src/pipeline/reconcile-store.js';
import { mergeIncidents } from '../src/reconcile/incidents.js';
import type { Incident } from '../src/reconcile/types.js';
import { openStore } from '../src/store/open.js';
import { DIALECTS, freshLocation } from './support/stores.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
const built = existsSync(cli);

const CITIES = ['Nîmes', 'Grenoble', 'Valence', 'Toulouse', 'Dijon', 'Rennes', 'Besançon', 'Avignon'];

/** Our own short reports, each different (a number and a city), so none is a duplicate of another. */
function article(proc: number, i: number): string {
  const city = CITIES[(proc * 7 + i) % CITIES.length];
  return (
    `Un homme de ${18 + ((proc * 13 + i) % 40)} ans a été tué par balles à ${city} près d'un point de deal, selon le parquet.\n` +
    `L'enquête a été confiée à la police judiciaire (dossier ${proc}-${i}). Les enquêteurs ont saisi ${i + 2} kilos de cannabis.\n`
  );
}

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, VIGIE_DB: '' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stderr }));
  });
}

/**
 * Two reports of each shooting, in other words (same day, place and victim), so reconciliation has incidents of two
 * sources to build and figures to group. Report k's second telling goes to another folder than its first, so the
 * two are stored by different processes when the folders are ingested at once.
 */
function telling(k: number, second: boolean): string {
  const city = CITIES[k % CITIES.length];
  const day = 1 + (k % 27);
  const age = 18 + (k % 40);
  return second
    ? `${city} : un homme de ${age} ans abattu le ${day} mars 2025 sur un point de deal.\n\n` +
        `La victime a succombé à ses blessures, a indiqué le procureur. Les enquêteurs privilégient la piste d'un règlement de comptes lié au narcotrafic (réf. ${k}).\n`
    : `Un homme de ${age} ans a été tué par balles le ${day} mars 2025 à ${city}, près d'un point de deal, selon le parquet.\n\n` +
        `L'enquête pour assassinat a été confiée à la police judiciaire. C'est le ${2 + (k % 9)}e homicide lié au trafic de stupéfiants dans le département depuis janvier.\n`;
}

/**
 * What a database holds, in terms that do not depend on the order documents were stored in (concurrent runs give
 * them other ids): documents by content hash, each event by its document's hash and its rank in that document, and
 * each incident by its fields and the events it gathers.
 */
function canonical(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    const all = <T>(sql: string) => db.prepare(sql).all() as T[];
    const n = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    const eventKey = new Map<number, string>();
    for (const e of all<{ id: number; hash: string; rank: number }>(
      `SELECT e.id, d.content_hash AS hash, ROW_NUMBER() OVER (PARTITION BY e.document_id ORDER BY e.id) AS rank
       FROM events e JOIN documents d ON d.id = e.document_id`,
    )) {
      eventKey.set(e.id, `${e.hash.slice(0, 12)}/${e.rank}`);
    }
    const members = new Map<string, string[]>();
    for (const r of all<{ incident_id: string; event_id: number }>('SELECT incident_id, event_id FROM incident_events')) {
      members.set(r.incident_id, [...(members.get(r.incident_id) ?? []), eventKey.get(r.event_id) ?? `missing e${r.event_id}`]);
    }
    const incidents = all<{ id: string; type: string; date: string | null; commune_insee: string | null; killed: number | null; injured: number | null }>(
      'SELECT id, type, date, commune_insee, killed, injured FROM incidents',
    ).map((i) => `${i.type} ${i.date} ${i.commune_insee} killed=${i.killed} injured=${i.injured}: ${(members.get(i.id) ?? []).sort().join(' ')}`);
    return {
      documents: all<{ content_hash: string }>('SELECT content_hash FROM documents ORDER BY content_hash').map((d) => d.content_hash),
      stories: n('stories'),
      events: n('events'),
      claims: n('claims'),
      incidents: incidents.sort(),
      claimGroups: all<{ status: string; measure: string; period: string | null }>('SELECT status, measure, period FROM claim_groups')
        .map((g) => `${g.status} ${g.measure} ${g.period}`)
        .sort(),
      entities: all<{ name: string; type: string; mentions: number }>('SELECT name, type, mentions FROM entities')
        .map((e) => `${e.type} ${e.name} ${e.mentions}`)
        .sort(),
    };
  } finally {
    db.close();
  }
}

describe.skipIf(!built).each(DIALECTS)('concurrent ingests into one %s database', (dialect) => {
  it('store every document once, leave every event in an incident, and merge as one run from scratch would', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-conc-'));
    const db = await freshLocation(dialect);
    const PROCS = 6;
    const DOCS = 120;
    for (let p = 0; p < PROCS; p++) {
      mkdirSync(join(dir, `in${p}`));
      for (let i = 0; i < DOCS; i++) writeFileSync(join(dir, `in${p}`, `a${i}.txt`), article(p, i));
    }
    // Two runs share an input folder: the same documents offered twice at once are still stored once. The reports
    // of the runs overlap (same cities, same days): their merges race on the same incidents.
    const runs = await Promise.all([
      ...Array.from({ length: PROCS }, (_, p) => run(['ingest', join(dir, `in${p}`), '--db', db, '--quiet', '--workers', '1'])),
      run(['ingest', join(dir, 'in0'), '--db', db, '--quiet', '--workers', '1']),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const store = await openStore(db, { readonly: true });
    try {
      const n = async (table: 'documents' | 'events') => (await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
      expect(await n('documents')).toBe(PROCS * DOCS);
      expect(await n('events')).toBeGreaterThan(0);
      expect(await store.pendingReconcile()).toEqual({ events: 0, stale: 0 });
      const incidents = await store.derived<Incident>('incidents');
      expect(incidents).toEqual(mergeIncidents((await loadReconcileInputs(store)).events));
    } finally {
      await store.close();
    }
  }, 180_000);
});

describe.skipIf(!built)('concurrent ingests against one run', () => {
  it('reconcile to exactly what one ingest of the same files stores', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-conc-same-'));
    const PROCS = 4;
    const STORIES = 40;
    for (let p = 0; p < PROCS; p++) mkdirSync(join(dir, `in${p}`));
    for (let k = 0; k < STORIES; k++) {
      writeFileSync(join(dir, `in${k % PROCS}`, `a${k}.txt`), telling(k, false));
      writeFileSync(join(dir, `in${(k + 1) % PROCS}`, `b${k}.txt`), telling(k, true));
    }
    const folders = Array.from({ length: PROCS }, (_, p) => join(dir, `in${p}`));
    const single = join(dir, 'single.db');
    const one = await run(['ingest', ...folders, '--db', single, '--quiet', '--workers', '1']);
    expect(one.code, one.stderr).toBe(0);
    const expected = canonical(single);
    expect(expected.documents).toHaveLength(2 * STORIES);
    // The case is worth testing only if incidents of two sources (told by two processes) are there to build.
    expect(expected.incidents.filter((i) => i.split(': ')[1].split(' ').length > 1).length).toBeGreaterThan(STORIES / 2);

    const shared = join(dir, 'shared.db');
    const runs = await Promise.all(folders.map((f) => run(['ingest', f, '--db', shared, '--quiet', '--workers', '1'])));
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/locked|busy|UNIQUE/i);
    }
    expect(canonical(shared)).toEqual(expected);
  }, 180_000);
});

/** `vigie serve` on a free port; resolves once it prints its address. */
async function serve(db: string): Promise<{ child: ChildProcess; address: string; stderr: () => string }> {
  const child = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', '0'], { env: { ...process.env, VIGIE_DB: '' } });
  let stderr = '';
  const address = await new Promise<string | null>((done) => {
    child.stderr!.on('data', (d) => {
      stderr += d;
      const m = /serving .* at (http:\/\/\S+)/.exec(stderr);
      if (m) done(m[1]);
    });
    child.on('close', () => done(null));
  });
  if (!address) throw new Error(`vigie serve did not start: ${stderr}`);
  return { child, address, stderr: () => stderr };
}

describe.skipIf(!built)('ingest while serving', () => {
  it('readers get answers, never a 500 or "database is locked", and the ingest completes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-conc-serve-'));
    const db = join(dir, 'v.db');
    const STORIES = 60;
    mkdirSync(join(dir, 'first'));
    mkdirSync(join(dir, 'more'));
    for (let k = 0; k < 4; k++) writeFileSync(join(dir, 'first', `a${k}.txt`), telling(k, false));
    for (let k = 4; k < STORIES; k++) {
      writeFileSync(join(dir, 'more', `a${k}.txt`), telling(k, false));
      writeFileSync(join(dir, 'more', `b${k}.txt`), telling(k, true));
    }
    const first = await run(['ingest', join(dir, 'first'), '--db', db, '--quiet', '--workers', '1']);
    expect(first.code, first.stderr).toBe(0);
    const server = await serve(db);
    try {
      const statuses = new Map<number, number>();
      const failures: string[] = [];
      let ingestDone = false;
      const ingesting = run(['ingest', join(dir, 'more'), '--db', db, '--quiet', '--workers', '1']).finally(() => (ingestDone = true));
      const get = async (path: string): Promise<unknown> => {
        const res = await fetch(server.address + path);
        const body = await res.text();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        // An incident listed a moment ago may have been merged into another since: 404 is a true answer for it.
        if (res.status !== 200 && res.status !== 404) failures.push(`${path}: ${res.status} ${body.slice(0, 200)}`);
        if (/locked|busy/i.test(body) && res.status !== 200) failures.push(`${path}: ${body.slice(0, 200)}`);
        return res.status === 200 ? JSON.parse(body) : null;
      };
      // Readers keep asking while the ingest stores documents and reconciles, and a little after.
      let rounds = 0;
      let roundsDuring = 0;
      while (!ingestDone || rounds < 3) {
        const list = (await get('/api/incidents?limit=20')) as { total: number; items: Array<{ id: string }> } | null;
        await Promise.all([
          get('/api/stats?by=month'),
          get('/api/stats?by=departement'),
          get('/api/facets'),
          get('/api/figures?limit=20'),
          get('/api/entities?limit=20'),
          get('/api/texts?q=homme&limit=5'),
          ...(list?.items ?? []).slice(0, 5).map((i) => get(`/api/incidents/${encodeURIComponent(i.id)}`)),
        ]);
        if (ingestDone) rounds++;
        else roundsDuring++;
      }
      const ingest = await ingesting;
      expect(ingest.code, ingest.stderr).toBe(0);
      expect(failures).toEqual([]);
      expect(statuses.get(200) ?? 0).toBeGreaterThan(50);
      // The readers did ask while the ingest was writing, not only after it.
      expect(roundsDuring).toBeGreaterThan(3);
      const check = new Database(db, { readonly: true });
      const docs = (check.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
      check.close();
      expect(docs).toBe(4 + 2 * (STORIES - 4));
      const after = (await get('/api/incidents?limit=1')) as { total: number };
      expect(after.total).toBeGreaterThan(4);
    } finally {
      server.child.kill('SIGTERM');
    }
  }, 180_000);
});
