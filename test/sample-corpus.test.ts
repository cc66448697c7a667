// The README's first command ingests the sample corpus shipped in examples/sample (our own invented articles), so a
// user with nothing but the repository sees the whole job: three outlets on one shooting merged into one incident with
// their disagreement, one seizure told in two languages merged, a kidnapping, and an official figure with its year.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
const built = existsSync(cli);
if (!built) console.warn(`skipping sample-corpus tests: ${cli} missing (run "npm run build")`);

interface Exported {
  documents: { url: string | null }[];
  incidents: {
    type: string; date: string | null; place: { commune_insee: string | null; name: string } | null;
    killed: number | null; injured: number | null; events: string[]; conflicts: { field: string }[];
  }[];
  claims: { value: number; period: string | null }[];
}

describe.skipIf(!built)('the sample corpus (README quick start)', () => {
  let data: Exported;
  let ingestStatus: number | null;
  beforeAll(() => {
    const db = join(mkdtempSync(join(tmpdir(), 'vigie-sample-')), 'v.db');
    const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args, '--db', db], { cwd: root, encoding: 'utf8' });
    ingestStatus = run(['ingest', '--manifest', 'examples/sample/manifest.csv', '--quiet']).status;
    const out = join(dirname(db), 'export.json');
    run(['export', '--format', 'json', '--out', out]);
    data = JSON.parse(readFileSync(out, 'utf8')) as Exported;
  }, 120_000);

  it('stores every article it lists', () => {
    expect(ingestStatus).toBe(0);
    expect(data.documents).toHaveLength(7);
  });

  it('merges the three reports of the Marseille shooting and flags their disagreement on the injured', () => {
    const shooting = data.incidents.filter((i) => i.type === 'shooting_homicide');
    expect(shooting).toHaveLength(1);
    expect(shooting[0]!.events).toHaveLength(3);
    expect(shooting[0]!.place?.commune_insee).toBe('13213'); // Marseille 13e
    expect(shooting[0]!.date).toBe('2025-10-12');
    expect(shooting[0]!.killed).toBe(1);
    expect(shooting[0]!.conflicts.map((c) => c.field)).toContain('injured');
  });

  it('merges the French and English reports of the Le Havre seizure', () => {
    const seizures = data.incidents.filter((i) => i.type === 'seizure');
    expect(seizures).toHaveLength(1);
    expect(seizures[0]!.events).toHaveLength(2);
    expect(seizures[0]!.date).toBe('2025-09-02');
  });

  it('keeps the official figure with its year', () => {
    expect(data.claims.some((c) => c.value === 112 && c.period === '2024')).toBe(true);
  });
});
