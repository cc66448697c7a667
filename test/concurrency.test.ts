// Several `vigie ingest` processes writing one database at once: every document stored once, reconciliation whole.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

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

describe.skipIf(!built)('concurrent ingests into one database', () => {
  it('store every document once and leave every event in an incident', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-conc-'));
    const db = join(dir, 'v.db');
    const PROCS = 6;
    const DOCS = 120;
    for (let p = 0; p < PROCS; p++) {
      mkdirSync(join(dir, `in${p}`));
      for (let i = 0; i < DOCS; i++) writeFileSync(join(dir, `in${p}`, `a${i}.txt`), article(p, i));
    }
    // Two runs share an input folder: the same documents offered twice at once are still stored once.
    const runs = await Promise.all([
      ...Array.from({ length: PROCS }, (_, p) => run(['ingest', join(dir, `in${p}`), '--db', db, '--quiet', '--workers', '1'])),
      run(['ingest', join(dir, 'in0'), '--db', db, '--quiet', '--workers', '1']),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const check = new Database(db, { readonly: true });
    const docs = (check.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    const loose = (
      check
        .prepare('SELECT COUNT(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM incident_events ie WHERE ie.event_id = e.id)')
        .get() as { n: number }
    ).n;
    const events = (check.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
    check.close();
    expect(docs).toBe(PROCS * DOCS);
    expect(events).toBeGreaterThan(0);
    expect(loose).toBe(0);
  }, 120_000);
});
