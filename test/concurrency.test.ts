// Several `vigie ingest` processes writing one database at once: every document stored once, reconciliation whole.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
