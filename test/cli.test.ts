// The `vigie` command as a user runs it (the built CLI): exit statuses, failure lines, summary, exports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
const built = existsSync(cli);
if (!built) console.warn(`skipping CLI tests: ${cli} missing (run "npm run build")`);

function vigie(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, VIGIE_DB: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ARTICLE_EN =
  'Teenager shot dead in Marseille drug feud\n' +
  'A 17-year-old boy was shot dead on Saturday night in the 13th arrondissement of Marseille, near a drug dealing point, prosecutors said.\n' +
  'Police believe the killing is linked to a turf war between rival trafficking gangs. He is the 12th victim of drug-related violence in the city this year.\n';
const ARTICLE_FR =
  'Narcotrafic : deux hommes interpellés à Nîmes\n' +
  "Deux hommes ont été interpellés mardi à Nîmes lors d'une opération contre un point de deal du quartier Pissevin, a indiqué le parquet.\n" +
  'Les enquêteurs ont saisi 12 kilos de résine de cannabis et une arme de poing. Les suspects ont été placés en garde à vue.\n';

describe.skipIf(!built)('vigie CLI', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-cli-'));
    db = join(dir, 'out', 'v.db');
    writeFileSync(join(dir, 'en.txt'), ARTICLE_EN);
    writeFileSync(join(dir, 'fr.txt'), ARTICLE_FR);
    writeFileSync(join(dir, 'empty.html'), '');
    writeFileSync(
      join(dir, 'manifest.csv'),
      'file,outlet,published,url\nen.txt,Example Wire,2025-03-10,https://example.org/en\nfr.txt,Le Quotidien,2025-03-12,\n',
    );
  });

  it('ingests, names each failure with its reason, and says so in its exit status', () => {
    const r = vigie(['ingest', dir, join(dir, 'nope.txt'), '--manifest', join(dir, 'manifest.csv'), '--db', db, '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/failed: .*empty\.html: .+/);
    expect(r.stderr).toMatch(/failed: .*nope\.txt: .+/);
    expect(r.stderr).toMatch(/read 4, new 2, new versions 0, unchanged 0, failed 2/);
    const again = vigie(['ingest', join(dir, 'en.txt'), join(dir, 'fr.txt'), '--manifest', join(dir, 'manifest.csv'), '--db', db, '--quiet']);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/new 0, new versions 0, unchanged 2, failed 0/);
  });

  it('exports the contract with manifest metadata, languages and evidence', () => {
    const r = vigie(['export', '--format', 'json', '--db', db]);
    expect(r.status).toBe(0);
    const exp = JSON.parse(r.stdout);
    const en = exp.documents.find((d: any) => d.source.endsWith('en.txt'));
    const fr = exp.documents.find((d: any) => d.source.endsWith('fr.txt'));
    expect(en).toMatchObject({ outlet: 'Example Wire', published: '2025-03-10', url: 'https://example.org/en', language: 'en' });
    expect(fr).toMatchObject({ outlet: 'Le Quotidien', language: 'fr' });
    expect(en.stories[0].relevant).toBe(true);
    const shooting = exp.events.find((e: any) => e.document === en.id && e.type === 'shooting_homicide');
    expect(shooting).toBeDefined();
    expect(shooting.killed).toBe(1);
    expect(shooting.place.commune_insee).toBe('13213');
    expect(shooting.date).toBe('2025-03-08');
    expect(exp.incidents.length).toBeGreaterThan(0);
    expect(exp.analysis.total.incidents).toBe(exp.incidents.length);
  });

  it('writes JSON Lines, a CSV that parses back and GeoJSON points as [lon, lat]', () => {
    const jsonl = vigie(['export', '--format', 'jsonl', '--db', db]).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(new Set(jsonl.map((r) => r.kind))).toContain('document');
    const csv = vigie(['export', '--format', 'csv', '--db', db]).stdout;
    const rows = parse(csv, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0])).toContain('commune_insee');
    const geo = JSON.parse(vigie(['export', '--format', 'geojson', '--db', db]).stdout);
    expect(geo.type).toBe('FeatureCollection');
    const marseille = geo.features.find((f: any) => f.properties.kind === 'incident' && f.properties.commune_insee === '13213');
    expect(marseille.geometry.coordinates[0]).toBeCloseTo(5.4, 0);
    expect(marseille.geometry.coordinates[1]).toBeCloseTo(43.3, 0);
  });

  it('prints stats, events and claims', () => {
    const stats = vigie(['stats', '--db', db]);
    expect(stats.stdout).toMatch(/documents\s+2/);
    expect(stats.stdout).toMatch(/fr\s+1\s+1/);
    const events = vigie(['events', '--db', db]);
    expect(events.stdout).toMatch(/shooting_homicide 2025-03-08 \[day\] Marseille/);
    expect(events.stdout).toContain('"A 17-year-old boy was shot dead');
  });

  it('refuses bad arguments with one clear line', () => {
    const bad = vigie(['export', '--format', 'xml', '--db', db]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--format must be one of json, jsonl, csv, geojson; got "xml"/);
    const missing = vigie(['stats', '--db', join(dir, 'none.db')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no database at .*none\.db/);
  });
});
