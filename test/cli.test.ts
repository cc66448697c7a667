// The `vigie` command as a user runs it (the built CLI): exit statuses, failure lines, summary, exports.
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
const built = existsSync(cli);
if (!built) console.warn(`skipping CLI tests: ${cli} missing (run "npm run build")`);

type RunOptions = Pick<SpawnSyncOptions, 'cwd' | 'uid' | 'gid' | 'timeout'>;

function vigie(args: string[], options: RunOptions = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, VIGIE_DB: '' }, ...options });
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

/**
 * Root writes through any file mode, so a read-only folder proves nothing when the tests run as root: the reading
 * commands then run as "nobody", for whom the modes hold.
 */
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;
const asReader: RunOptions = isRoot ? { uid: NOBODY, gid: NOBODY } : {};

/** `vigie serve` on a free port until it prints its address; the first /api/stats answer, then stopped. */
async function serveStats(db: string, options: RunOptions): Promise<{ total: number | null; stderr: string }> {
  const child = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', '0'], {
    env: { ...process.env, VIGIE_DB: '' },
    uid: options.uid,
    gid: options.gid,
  });
  let stderr = '';
  try {
    const address = await new Promise<string | null>((done) => {
      child.stderr.on('data', (d) => {
        stderr += d;
        const m = /serving .* at (http:\/\/\S+)/.exec(stderr);
        if (m) done(m[1]);
      });
      child.on('close', () => done(null));
    });
    if (!address) return { total: null, stderr };
    const body = (await (await fetch(`${address}/api/stats?by=type`)).json()) as { total: { incidents: number } };
    return { total: body.total.incidents, stderr };
  } finally {
    child.kill('SIGTERM');
  }
}

describe.skipIf(!built)('vigie CLI: limits and faults', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-cli-limits-'));
    // Readable by the "nobody" user the reading commands may run as.
    chmodSync(dir, 0o755);
    db = join(dir, 'v.db');
    writeFileSync(join(dir, 'en.txt'), ARTICLE_EN);
    writeFileSync(join(dir, 'fr.txt'), ARTICLE_FR);
    const r = vigie(['ingest', 'en.txt', 'fr.txt', '--db', db, '--quiet'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
  });
  afterAll(() => {
    // Modes restored so the temporary folder can be removed.
    for (const sub of ['locked', 'shared']) if (existsSync(join(dir, sub))) chmodSync(join(dir, sub), 0o755);
  });

  it('reads a database in a read-only folder and a read-only file with every reading command, changing neither', async () => {
    const locked = join(dir, 'locked');
    const shared = join(dir, 'shared');
    mkdirSync(locked);
    mkdirSync(shared);
    for (const folder of [locked, shared]) {
      copyFileSync(db, join(folder, 'v.db'));
      chmodSync(join(folder, 'v.db'), 0o444);
    }
    chmodSync(locked, 0o555);
    // A writable folder (SQLite may put its -shm there) holding a file the reader cannot write.
    chmodSync(shared, 0o777);
    const original = readFileSync(db);
    const expected = JSON.parse(vigie(['export', '--format', 'json', '--db', db]).stdout);
    for (const copy of [join(locked, 'v.db'), join(shared, 'v.db')]) {
      const stats = vigie(['stats', '--db', copy], asReader);
      expect(stats.stderr).toBe('');
      expect(stats.status).toBe(0);
      expect(stats.stdout).toMatch(/documents\s+2/);
      const exported = vigie(['export', '--format', 'json', '--db', copy], asReader);
      expect(exported.status, exported.stderr).toBe(0);
      expect(JSON.parse(exported.stdout).incidents).toEqual(expected.incidents);
      expect(vigie(['events', '--db', copy], asReader).stdout).toMatch(/shooting_homicide 2025-03-08|shooting_homicide .* Marseille/);
      expect(vigie(['claims', '--db', copy], asReader).status).toBe(0);
      const served = await serveStats(copy, asReader);
      expect(served.stderr).not.toMatch(/readonly|read-only/);
      expect(served.total).toBe(expected.incidents.length);
      expect(readFileSync(copy).equals(original)).toBe(true);
    }
    // Writing into it is refused with one line naming the file and why.
    const ingest = vigie(['ingest', join(dir, 'en.txt'), '--db', join(locked, 'v.db'), '--quiet'], asReader);
    expect(ingest.status).toBe(2);
    expect(ingest.stderr).toMatch(/^vigie: cannot write database .*locked\/v\.db: the file is read-only \(permission denied\).*\n$/);
  });

  it('says what an interrupted ingest left unmerged instead of merging it, and never writes', () => {
    const pending = join(dir, 'pending.db');
    copyFileSync(db, pending);
    // What an ingest stopped before reconciling leaves: events stored, not yet in incidents.
    const raw = new Database(pending);
    raw.exec('DELETE FROM incident_events; DELETE FROM event_blocks; DELETE FROM incidents;');
    const events = (raw.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
    raw.close();
    const before = readFileSync(pending);
    for (const command of ['stats', 'export']) {
      const r = vigie([command, '--db', pending]);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe(
        `vigie: note: ${pending} has ${events} event(s) not yet merged into incidents (an ingest stopped before the end); ` +
          'the incidents shown leave them out. The next command that writes to it (ingest, watch, users, serve with accounts…) finishes the work.\n',
      );
    }
    expect(readFileSync(pending).equals(before)).toBe(true);
    // As the note says: re-running the ingest finishes the work.
    expect(vigie(['ingest', 'en.txt', 'fr.txt', '--db', pending, '--quiet'], { cwd: dir }).stderr).toMatch(/unchanged 2/);
    expect(vigie(['stats', '--db', pending]).stderr).toBe('');
  });

  it('refuses a manifest with no file or url column before storing anything, naming what it has and needs', () => {
    const fresh = join(dir, 'manifest-refused', 'v.db');
    const manifests: Array<[string, string]> = [
      ['header-only.csv', 'name,outlet\n'],
      ['rows.csv', 'name,outlet\nen.txt,Example Wire\n'],
      ['rows.json', JSON.stringify([{ name: 'en.txt', outlet: 'Example Wire' }])],
    ];
    for (const [name, text] of manifests) {
      writeFileSync(join(dir, name), text);
      for (const args of [[join(dir, 'en.txt')], []]) {
        const r = vigie(['ingest', ...args, '--manifest', join(dir, name), '--db', fresh, '--quiet']);
        expect(r.status, name).toBe(2);
        expect(r.stderr).toMatch(
          new RegExp(`^vigie: manifest .*${name.replace('.', '\\.')}: needs a "file" or "url" column .*\\(also accepted: path, .*link.*\\); its columns are "name", "outlet" \\[bad_input\\]\\n$`),
        );
        expect(existsSync(fresh)).toBe(false);
        expect(existsSync(dirname(fresh))).toBe(false);
      }
    }
  });

  it('names the path and the reason when --db is a directory or not a database', () => {
    const notes = join(dir, 'en.txt');
    const before = readFileSync(notes, 'utf8');
    for (const command of [['stats'], ['export'], ['events'], ['ingest', notes, '--quiet']]) {
      const asDir = vigie([...command, '--db', dir]);
      expect(asDir.status).toBe(2);
      expect(asDir.stderr).toBe(`vigie: cannot open database ${dir}: it is a directory, not a database file (give the file, e.g. ${dir}/vigie.db) [bad_input]\n`);
      const asText = vigie([...command, '--db', notes]);
      expect(asText.status).toBe(2);
      expect(asText.stderr).toBe(`vigie: cannot open database ${notes}: not an SQLite database (is this the right file?) [storage]\n`);
    }
    expect(readFileSync(notes, 'utf8')).toBe(before);
  });

  it.skipIf(!existsSync('/proc/self'))('fails at once on an --out path that cannot be created (/proc)', () => {
    for (const out of ['/proc/vigie-nope/deeper/out.csv', '/proc/out.csv']) {
      const started = Date.now();
      const r = vigie(['export', '--format', 'csv', '--db', db, '--out', out], { timeout: 20_000 });
      expect(r.status, `${out} (null: still running after 20 s)`).toBe(2);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(r.stderr).toMatch(new RegExp(`^vigie: cannot write ${out}: .+ \\[bad_input\\]\\n$`));
    }
  });

  it('stores files as absolute file:// URIs, so exports do not depend on where ingest ran, and versions still meet', () => {
    const uri = (name: string) => pathToFileURL(join(dir, name)).href;
    const exp = JSON.parse(vigie(['export', '--format', 'json', '--db', db]).stdout);
    expect(exp.documents.map((d: { source: string }) => d.source).sort()).toEqual([uri('en.txt'), uri('fr.txt')]);
    const rows = parse(vigie(['export', '--format', 'csv', '--db', db]).stdout, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) for (const u of row.source_urls.split(' ')) expect([uri('en.txt'), uri('fr.txt')]).toContain(u);

    // The same files by another path from another folder: nothing new.
    const again = vigie(['ingest', join(dir, 'en.txt'), './fr.txt', '--db', db, '--quiet'], { cwd: dir });
    expect(again.stderr).toMatch(/new 0, new versions 0, unchanged 2, failed 0/);
    // A changed file given by another spelling of its path is a new version of its document.
    const moving = join(dir, 'moving.txt');
    writeFileSync(moving, ARTICLE_EN.replace('17-year-old', '18-year-old'));
    expect(vigie(['ingest', 'moving.txt', '--db', db, '--quiet'], { cwd: dir }).stderr).toMatch(/new 1, new versions 0/);
    writeFileSync(moving, ARTICLE_EN.replace('17-year-old', '19-year-old'));
    expect(vigie(['ingest', moving, '--db', db, '--quiet'], { cwd: root }).stderr).toMatch(/new 0, new versions 1/);
    rmSync(moving);
  });
});
