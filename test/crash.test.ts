// kill -9 of `vigie ingest` at random moments, reconciliation included: after every kill the database is whole
// (integrity, foreign keys), and once a run completes, it holds exactly what one uninterrupted run stores: the
// same documents, stories, events, claims, incidents (with the same events) and entities. Nothing lost, nothing
// twice, and the run after a kill finishes the work the killed one left.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { pendingEvents } from './support/sqlite-state.js';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../bench/support/random.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
const built = existsSync(cli);

const CITIES = ['Nîmes', 'Grenoble', 'Valence', 'Toulouse', 'Dijon', 'Avignon', 'Besançon', 'Rennes'];
const DOCS = 48;

/**
 * Our own short reports. Documents i and i + DOCS/2 tell the same shooting (same day, place and victim) in other
 * words, so reconciliation has incidents of two sources to build, and figures to group.
 */
function article(i: number): string {
  const k = i % (DOCS / 2);
  const city = CITIES[k % CITIES.length];
  const day = 1 + (k % 27);
  const age = 18 + k;
  return i < DOCS / 2
    ? `Un homme de ${age} ans a été tué par balles le ${day} mars 2025 à ${city}, près d'un point de deal, selon le parquet.\n\n` +
        `L'enquête pour assassinat a été confiée à la police judiciaire. C'est le ${2 + (k % 9)}e homicide lié au trafic de stupéfiants dans le département depuis janvier.\n`
    : `${city} : un homme de ${age} ans abattu le ${day} mars 2025 sur un point de deal.\n\n` +
        `La victime a succombé à ses blessures, a indiqué le procureur. Les enquêteurs de la police judiciaire privilégient la piste d'un règlement de comptes lié au narcotrafic (dossier ${i}).\n`;
}

function ingest(dir: string, db: string): ChildProcess {
  return spawn(process.execPath, [cli, 'ingest', dir, '--db', db, '--quiet', '--workers', '1'], { env: { ...process.env, VIGIE_DB: '' }, stdio: 'ignore' });
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => done({ code, signal }));
  });

/** What the database holds, in terms two runs can be compared by. */
function snapshot(path: string) {
  const db = new Database(path);
  try {
    const all = <T>(sql: string) => db.prepare(sql).all() as T[];
    const n = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    const members = new Map<string, number[]>();
    for (const r of all<{ incident_id: string; event_id: number }>('SELECT incident_id, event_id FROM incident_events ORDER BY incident_id, event_id')) {
      members.set(r.incident_id, [...(members.get(r.incident_id) ?? []), r.event_id]);
    }
    return {
      documents: all<{ id: number; content_hash: string }>('SELECT id, content_hash FROM documents ORDER BY id'),
      stories: n('stories'),
      events: n('events'),
      claims: n('claims'),
      mentions: n('entity_mentions'),
      incidents: [...members].map(([id, events]) => `${id}: ${events.join(',')}`).sort(),
      claimGroups: n('claim_groups'),
      entities: n('entities'),
    };
  } finally {
    db.close();
  }
}

/** A database left by a kill, opened as the next run would open it (the WAL is replayed): whole, or not. */
function integrity(path: string): { ok: string; foreignKeys: unknown[]; documents: number; pending: number } {
  const db = new Database(path);
  try {
    // Killed before its setup committed (every migration runs in one transaction): an empty database, whole.
    const set = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get() !== undefined;
    if (!set) return { ok: (db.pragma('integrity_check', { simple: true }) as string) ?? '', foreignKeys: db.pragma('foreign_key_check') as unknown[], documents: 0, pending: 0 };
    const pending = pendingEvents(db);
    return {
      ok: (db.pragma('integrity_check', { simple: true }) as string) ?? '',
      foreignKeys: db.pragma('foreign_key_check') as unknown[],
      documents: (db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n,
      pending,
    };
  } finally {
    db.close();
  }
}

/** True while another connection holds the write lock: `BEGIN IMMEDIATE` fails at once instead of waiting. */
function writerActive(path: string): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { timeout: 0 });
    db.prepare('BEGIN IMMEDIATE').run();
    db.prepare('COMMIT').run();
    return false;
  } catch (err) {
    return (err as { code?: string }).code === 'SQLITE_BUSY';
  } finally {
    db?.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reports of other places and days than article()'s: their incidents never merge with those. */
function later(i: number): string {
  const city = ['Lille', 'Metz', 'Brest', 'Amiens', 'Limoges', 'Poitiers'][i];
  return `Deux hommes ont été blessés par balles le ${10 + i} juin 2024 à ${city}, dans un quartier connu pour son trafic de stupéfiants, selon la police.\n`;
}

function documents(path: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    db.close();
  }
}

describe.skipIf(!built)('kill -9 during ingest', () => {
  it('leaves a whole database every time, and the next run completes it to what an uninterrupted run stores', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-crash-'));
    const all = join(dir, 'all');
    const input = join(dir, 'in');
    mkdirSync(all);
    mkdirSync(input);
    for (let i = 0; i < DOCS; i++) {
      const name = `a${String(i).padStart(3, '0')}.txt`;
      writeFileSync(join(all, name), article(i));
      writeFileSync(join(input, name), article(i));
    }
    for (let i = 0; i < 6; i++) writeFileSync(join(all, `z${i}.txt`), later(i));

    // The uninterrupted run over everything, and how long it takes (random kills are drawn within that time).
    const reference = join(dir, 'reference.db');
    const t0 = performance.now();
    expect(await exited(ingest(all, reference))).toEqual({ code: 0, signal: null });
    const uninterruptedMs = performance.now() - t0;
    const expected = snapshot(reference);
    expect(expected.documents).toHaveLength(DOCS + 6);
    expect(expected.incidents.some((i) => i.includes(','))).toBe(true); // some incidents have two sources

    const db = join(dir, 'killed.db');
    const rnd = seededRandom(2025);
    let kills = 0;
    // Kills at random moments of a run: starting, reading, processing, storing, reconciling.
    for (let round = 0; round < 5; round++) {
      const child = ingest(input, db);
      await Promise.race([sleep(rnd() * uninterruptedMs), exited(child)]);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        kills++;
      }
      await exited(child);
      const state = integrity(db);
      expect(state.ok, `after kill ${kills}`).toBe('ok');
      expect(state.foreignKeys, `after kill ${kills}`).toEqual([]);
    }
    expect(kills).toBeGreaterThanOrEqual(3);

    // Kills inside reconciliation. New reports arrive; once a run has stored every file (the count of documents says
    // so), its next write transaction is the reconciliation, one immediate transaction: the kill comes as soon as
    // another connection sees it hold the write lock. Whole or nothing: the events it was merging still wait after.
    let killsInReconciliation = 0;
    for (const batch of [[0, 1, 2], [3, 4, 5]]) {
      for (const i of batch) writeFileSync(join(input, `z${i}.txt`), later(i));
      const files = DOCS + batch[batch.length - 1] + 1;
      const child = ingest(input, db);
      let pendingAtKill = -1;
      while (child.exitCode === null && child.signalCode === null) {
        if (existsSync(db) && documents(db) === files && writerActive(db)) {
          child.kill('SIGKILL');
          pendingAtKill = integrity(db).pending;
          break;
        }
        await sleep(1);
      }
      const end = await exited(child);
      const after = integrity(db);
      expect(after.ok).toBe('ok');
      expect(after.foreignKeys).toEqual([]);
      if (end.signal === 'SIGKILL') {
        killsInReconciliation++;
        expect(after.documents).toBe(files);
        // Nothing of the killed reconciliation is left, and nothing it was to do is lost: the next run merges it.
        expect(after.pending).toBeGreaterThan(0);
        expect(after.pending).toBe(pendingAtKill);
      }
    }
    expect(killsInReconciliation).toBeGreaterThanOrEqual(1);

    // A run to completion finishes the work: exactly the uninterrupted run's database.
    expect(await exited(ingest(input, db))).toEqual({ code: 0, signal: null });
    expect(integrity(db)).toMatchObject({ ok: 'ok', foreignKeys: [], documents: DOCS + 6, pending: 0 });
    expect(snapshot(db)).toEqual(expected);
  }, 120_000);
});
