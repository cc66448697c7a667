// A demanding user's acceptance pass on the built CLI: hostile text, broken inputs, URLs from a local server,
// versions, output files and usage errors, each answered with one clear line and the right exit status.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeLabel } from '../src/cli/list.js';
import { stripTerminalSequences } from '../src/read/items.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
const built = existsSync(cli);
if (!built) console.warn(`skipping acceptance tests: ${cli} missing (run "npm run build")`);

const ESC = '\u001b';
const BASE_ENV = { ...process.env, VIGIE_DB: '', VIGIE_WORKERS: '0' };

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function vigie(args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...BASE_ENV, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The CLI run without blocking this process, so the test's own HTTP server can answer it. */
function vigieAsync(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...BASE_ENV, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const SHOOTING =
  'Man shot dead near a dealing point in Toulon\n' +
  'A 31-year-old man was shot dead on Monday evening in the Pontcarral district of Toulon, close to a drug dealing point, police said.\n';

describe('terminal escape sequences in untrusted text', () => {
  it('are removed whole, not just their ESC byte', () => {
    expect(stripTerminalSequences(`a ${ESC}[31mred${ESC}[0m b ${ESC}]0;title\u0007 c ${ESC}[2J`)).toBe('a red b  c ');
    expect(stripTerminalSequences('prices [31] stay')).toBe('prices [31] stay');
  });
});

describe('event place in the terminal', () => {
  it('names the country when no commune is known, never "null"', () => {
    const place = { name: null, commune_insee: null, departement: null, region: null, country: 'FR', lat: null, lon: null, precision: 'country' };
    expect(placeLabel({ place: place as never, place_text: null })).toBe('FR');
    expect(placeLabel({ place: null, place_text: 'the port' })).toBe('the port');
  });
});

describe.skipIf(!built)('vigie acceptance', () => {
  let dir: string;
  let server: Server;
  let base: string;
  let pageVersion = 1;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-acceptance-'));
    server = createServer((req, res) => {
      if (req.url === '/article') {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(SHOOTING + (pageVersion > 1 ? 'Two suspects were arrested on Wednesday, the prosecutor said.\n' : ''));
      } else if (req.url === '/moved') {
        res.writeHead(301, { location: '/article' });
        res.end();
      } else if (req.url === '/slow') {
        const t = setTimeout(() => res.end('late'), 3000);
        res.on('close', () => clearTimeout(t));
      } else if (req.url === '/big') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('x'.repeat(5000));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('fetches pages, follows redirects, names each failed URL once, and stores a changed page as a new version', async () => {
    const db = join(dir, 'urls', 'v.db');
    const env = { VIGIE_FETCH_TIMEOUT_MS: '500', VIGIE_MAX_BYTES: '1000' };
    const first = await vigieAsync(['ingest', `${base}/article`, `${base}/moved`, `${base}/gone`, `${base}/slow`, `${base}/big`, '--db', db], env);
    expect(first.status).toBe(1);
    expect(first.stderr).toMatch(/read 5, new 1, new versions 0, unchanged 1, failed 3/);
    expect(first.stderr).toContain(`${base}/gone: HTTP 404`);
    expect(first.stderr).toContain(`${base}/slow: timed out after 500 ms`);
    expect(first.stderr).toContain(`${base}/big: too large`);
    // Not a terminal: each failure is said once, in the summary.
    expect(first.stderr.split(`${base}/gone`).length - 1).toBe(1);
    pageVersion = 2;
    const second = await vigieAsync(['ingest', `${base}/article`, '--db', db, '--quiet'], env);
    expect(second.status).toBe(0);
    expect(second.stderr).toMatch(/new 0, new versions 1, unchanged 0, failed 0/);
    const stats = vigie(['stats', '--db', db]);
    expect(stats.stdout).toMatch(/documents\s+1 \(\+1 older versions\)/);
  });

  it('keeps escape sequences and SQL quotes out of the terminal and out of the extracted values', () => {
    const db = join(dir, 'evil.db');
    const file = join(dir, `evil${ESC}[31mname.txt`);
    writeFileSync(
      file,
      `Robert'); DROP TABLE documents;-- ${ESC}]0;owned\u0007 title\n` +
        `A man was shot dead in Toulon in a drug-related killing, police said; "O'Brien" ${ESC}[31mRED${ESC}[0m was arrested on Monday.\n`,
    );
    const r = vigie(['ingest', file, join(dir, `missing${ESC}[2J.txt`), '--db', db]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain(ESC);
    expect(r.stderr).toMatch(/missing \[2J\.txt: no such file or directory/);
    for (const cmd of ['stats', 'events', 'claims']) {
      const out = vigie([cmd, '--db', db]);
      expect(out.status).toBe(0);
      expect(out.stdout + out.stderr).not.toContain(ESC);
    }
    const exp = JSON.parse(vigie(['export', '--db', db]).stdout);
    expect(exp.documents).toHaveLength(1);
    expect(exp.documents[0].stories[0].text).toContain(`"O'Brien" RED was arrested`);
    expect(exp.documents[0].stories[0].text).toMatch(/^Robert'\); DROP TABLE documents;-- +title\n/);
    // "[31m" left behind would read as the number 31.
    expect(exp.claims.map((c: { value: number }) => c.value)).not.toContain(31);
  });

  it('names broken links, oversize files and overlong JSONL lines precisely, quickly', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    symlinkSync(join(dir, 'nowhere.txt'), join(bad, 'dangling.txt'));
    writeFileSync(join(bad, 'big.txt'), 'y'.repeat(2001));
    const ok = JSON.stringify({ url: 'https://example.org/1', title: 'Seizure', text: 'Police in Lyon seized 3 kilograms of cocaine on Monday.' });
    writeFileSync(join(bad, 'export.jsonl'), `${ok}\n{"broken": \n${JSON.stringify({ text: 'z'.repeat(5000) })}\n`);
    const r = vigie(['ingest', bad, '--db', join(dir, 'bad.db'), '--quiet'], { VIGIE_MAX_BYTES: '2000' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/dangling\.txt: broken symbolic link \(its target .*nowhere\.txt does not exist\)/);
    expect(r.stderr).toMatch(/big\.txt: file too large \(2001 bytes, limit 2000 bytes\)/);
    expect(r.stderr).toMatch(/export\.jsonl#2: malformed JSON on line 2/);
    expect(r.stderr).toMatch(/export\.jsonl: line 3 too long/);
    expect(r.stderr).toMatch(/read 5, new 1, new versions 0, unchanged 0, failed 4/);
  });

  it('refuses an unreadable manifest before reading anything, and reads the files a manifest lists when given no inputs', () => {
    writeFileSync(join(dir, 'toulon.txt'), SHOOTING);
    const db = join(dir, 'manifest.db');
    const missing = vigie(['ingest', join(dir, 'toulon.txt'), '--manifest', join(dir, 'nope.csv'), '--db', db]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/manifest .*nope\.csv: no such file/);
    expect(existsSync(db)).toBe(false);
    writeFileSync(join(dir, 'm.csv'), 'file,outlet,published\ntoulon.txt,Var Matin Example,2025-03-18\n');
    const listed = vigie(['ingest', '--manifest', join(dir, 'm.csv'), '--db', db, '--quiet']);
    expect(listed.status).toBe(0);
    expect(JSON.parse(vigie(['export', '--db', db]).stdout).documents[0]).toMatchObject({ outlet: 'Var Matin Example', published: '2025-03-18' });
  });

  it('writes --out through a temporary file into a new folder, and says plainly when it cannot', () => {
    const db = join(dir, 'manifest.db');
    const out = join(dir, 'exports', 'new', 'incidents.csv');
    const r = vigie(['export', '--db', db, '--format', 'csv', '--out', out]);
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^\ufeffevent_id,/);
    const intoDir = vigie(['export', '--db', db, '--out', dir]);
    expect(intoDir.status).toBe(2);
    expect(intoDir.stderr.trim()).toMatch(/^vigie: cannot write .*: is a directory \[bad_input\]$/);
  });

  it('treats every usage error alike: one line, exit status 2', () => {
    const db = join(dir, 'manifest.db');
    for (const args of [['ingest'], ['events', '--db', db, '--limit', 'x'], ['events', '--db', db, '--type', 'shootings'], ['frobnicate'], ['ingest', 'x.txt', '--workers', '-3']]) {
      const r = vigie(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/error|vigie:/);
    }
    expect(vigie(['--help']).status).toBe(0);
    const settings = vigie(['stats', '--db', db], { VIGIE_WORKERS: 'many' });
    expect(settings.status).toBe(2);
    expect(settings.stderr.trim()).toBe('vigie: VIGIE_WORKERS must be a number, got "many"');
  });
});
