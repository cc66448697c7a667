// The conformance suite's cross-dialect checks: on the same data, SQLite and PostgreSQL give the same search results,
// the same exports and the same statistics through the CLI, and `vigie copy` moves an observatory between them and
// back without changing a byte of its export. (The store, ingest, reconciliation and API suites run on both too.)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VigieQueries } from '../src/serve/queries.js';
import { writeFixtureDatabase, writeSyntheticDatabase } from '../bench/support/fixtures.js';
import type { Store } from '../src/store/store.js';
import { DIALECTS, freshPostgresUrl, freshStore } from './support/stores.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
const sample = join(root, 'examples', 'sample');
const both = DIALECTS.includes('postgres');

function vigie(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, VIGIE_DB: '' }, timeout: 300_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The export without the ingestion timestamps (two ingests of the same files differ only there). */
function withoutIngestTimes(json: string): unknown {
  const exp = JSON.parse(json);
  for (const d of exp.documents) delete d.ingested_at;
  return exp;
}

describe.skipIf(!both)('full-text search gives the same stories on SQLite and PostgreSQL', () => {
  const stores: Record<string, Store> = {};
  beforeAll(async () => {
    for (const d of DIALECTS) {
      stores[d] = await freshStore(d);
      // Synthetic rows first: they take explicit ids, the fixture's get the ids that follow.
      await writeSyntheticDatabase(stores[d], 400, 11);
      await writeFixtureDatabase(stores[d]);
    }
  });
  afterAll(async () => {
    for (const s of Object.values(stores)) await s.close();
  });

  const QUERIES = [
    'balles', 'BALLES', 'perdue', 'peRDUE', 'Nîmes', 'nimes', 'NIMES', 'tué', 'tue', 'tu', 'marseil', 'Marseille 14e',
    'shot dead', 'ministry 110', 'killed 2024', 'fusillade règlement', 'reglement comptes', 'kalachnikov nuit', 'code17',
    'synthetic story number', 'cannabis', 'prison gang', 'script', 'onerror', '"drop table" -- ;', 'zzzunknownword',
  ];

  it.each(QUERIES)('%s', async (q) => {
    const answers = [];
    for (const d of DIALECTS) {
      const queries = new VigieQueries(stores[d]);
      const found = await queries.searchStories(q, 500, 0);
      const incidents = await queries.listIncidents({ q }, '-date', 500, 0);
      answers.push({
        total: found.total,
        stories: found.items.map((i) => i.story).sort(),
        // Every hit a snippet marks is a word of the query (accents and case aside).
        incidents: { total: incidents.total, ids: incidents.items.map((i) => i.id).sort() },
      });
      for (const item of found.items) expect(item.snippet.some((p) => p.hit), `${d}: ${q} in ${item.story}`).toBe(true);
    }
    expect(answers[1]).toEqual(answers[0]);
    if (q !== 'zzzunknownword' && !q.includes('drop')) expect(answers[0].total, q).toBeGreaterThan(0);
  });
});

describe.skipIf(!both || !existsSync(cli))('the CLI on either dialect', () => {
  let dir: string;
  let sqliteDb: string;
  let pgUrl: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-conformance-'));
    sqliteDb = join(dir, 'vigie.db');
    pgUrl = await freshPostgresUrl();
  });

  it('ingests the sample into each, with the same summary, statistics and export', () => {
    const summaries = [];
    for (const db of [sqliteDb, pgUrl]) {
      const r = vigie(['ingest', '--manifest', join(sample, 'manifest.csv'), '--db', db, '--workers', '0']);
      expect(r.status, r.stderr).toBe(0);
      summaries.push(r.stderr.replace(/\(\d+\.\d s\)/, ''));
    }
    expect(summaries[1]).toBe(summaries[0]);
    const stats = [sqliteDb, pgUrl].map((db) => vigie(['stats', '--json', '--db', db]));
    for (const s of stats) expect(s.status, s.stderr).toBe(0);
    expect(JSON.parse(stats[0].stdout).incidents).toBeGreaterThan(0);
    expect(JSON.parse(stats[1].stdout)).toEqual(JSON.parse(stats[0].stdout));
    const exports = [sqliteDb, pgUrl].map((db) => vigie(['export', '--format', 'json', '--db', db]));
    for (const e of exports) expect(e.status, e.stderr).toBe(0);
    expect(withoutIngestTimes(exports[1].stdout)).toEqual(withoutIngestTimes(exports[0].stdout));
    for (const format of ['csv', 'geojson']) {
      expect(vigie(['export', '--format', format, '--db', pgUrl]).stdout).toBe(vigie(['export', '--format', format, '--db', sqliteDb]).stdout);
    }
  });

  it('copies SQLite → PostgreSQL → SQLite with an identical export at every step', async () => {
    const original = vigie(['export', '--format', 'jsonl', '--db', sqliteDb]).stdout;
    expect(original.length).toBeGreaterThan(1000);
    const target = await freshPostgresUrl();
    const up = vigie(['copy', '--from', sqliteDb, '--to', target]);
    expect(up.status, up.stderr).toBe(0);
    expect(up.stderr).toMatch(/copied \d+ rows/);
    expect(vigie(['export', '--format', 'jsonl', '--db', target]).stdout).toBe(original);
    const back = join(dir, 'back', 'vigie.db');
    const down = vigie(['copy', '--from', target, '--to', back]);
    expect(down.status, down.stderr).toBe(0);
    expect(vigie(['export', '--format', 'jsonl', '--db', back]).stdout).toBe(original);
    // A copy never writes into a database that holds data, and says so.
    const again = vigie(['copy', '--from', sqliteDb, '--to', target]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already holds documents');
    // The copied database takes new documents after the copied ones (its id sequences follow the copied rows).
    const more = vigie(['ingest', join(sample, 'depeche-marseille.txt'), join(root, 'README.md'), '--db', target, '--workers', '0']);
    expect(more.stderr).not.toMatch(/duplicate key|could not be stored/);
  });

  it('refuses a wrong database URL in one line without the password, exit 2', () => {
    const r = vigie(['stats', '--db', 'postgres://vigie:pa55word@127.0.0.1:1/vigie']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no PostgreSQL server answers at that address');
    expect(r.stderr).not.toContain('pa55word');
  });
});
