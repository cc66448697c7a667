// `vigie watch`, `vigie sources add` and `vigie serve --watch` as a user runs them (the built CLI), against a
// simulated outlet on 127.0.0.1: one cycle, a bad sources file, feed discovery, a kill in the middle of a cycle,
// and a graceful stop on SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shootingArticle, SimOutlet } from '../src/watch/sim-outlet.js';
import { openStore } from '../src/store/open.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
const built = existsSync(cli);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without blocking this process (the simulated outlet answers from it). */
function vigie(args: string[], opts: { onStderr?: (text: string, child: ReturnType<typeof spawn>) => void } = {}): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, VIGIE_DB: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => {
      stderr += c;
      opts.onStderr?.(stderr, child);
    });
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

describe.skipIf(!built)('vigie watch (CLI)', () => {
  let outlet: SimOutlet;
  let base: string;
  let dir: string;
  beforeAll(async () => {
    outlet = new SimOutlet();
    base = await outlet.start();
    dir = mkdtempSync(join(tmpdir(), 'vigie-watch-cli-'));
  });
  afterAll(() => outlet.stop());

  it('runs one cycle with --once: a line per source and a summary line; a second run fetches nothing new', async () => {
    outlet.add(shootingArticle(1));
    const db = join(dir, 'once.db');
    const r = await vigie(['watch', '--once', '--allow-private', '--host-delay-ms', '0', '--db', db, `${base}/rss.xml`]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`127.0.0.1:${new URL(base).port}: 1 link(s), 1 new`);
    expect(r.stderr).toMatch(/cycle 1: 1\/1 source\(s\) due, .* 1 article\(s\) fetched, 0 failed; 1 new document\(s\), 1 new incident\(s\)/);
    const again = await vigie(['watch', '--once', '--allow-private', '--db', db, `${base}/rss.xml`]);
    expect(again.stderr).toMatch(/cycle 1: 0\/1 source\(s\) due/);
    expect(outlet.count(`/articles/${shootingArticle(1).slug}`)).toBe(1);
  });

  it('refuses the outlet on 127.0.0.1 without --allow-private, and reports the source', async () => {
    const r = await vigie(['watch', '--once', '--db', join(dir, 'closed.db'), `${base}/rss.xml`]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('FAILED (1 in a row');
    expect(r.stderr).toContain('127.0.0.1 is a loopback address');
  });

  it('names the file and each bad entry of a sources file, and watches the good ones', async () => {
    const file = join(dir, 'sources.yaml');
    writeFileSync(file, `sources:\n  - url: ${base}/sitemap.xml\n    type: sitemap\n  - url: ftp://x.example/feed\n    name: bad one\nallow_private: [127.0.0.1]\n`);
    const r = await vigie(['watch', '--once', '--db', join(dir, 'file.db'), file]);
    expect(r.stderr).toContain(`vigie: ${file}: sources entry 2 (bad one): url: must be an http(s) URL (entry skipped)`);
    expect(r.stderr).toMatch(/cycle 1: 1\/1 source\(s\) due/);
    expect(r.status).toBe(0);
    writeFileSync(file, 'sources:\n  - url: nope\n');
    const none = await vigie(['watch', '--once', '--db', join(dir, 'file.db'), file]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no valid source to watch');
    const missing = await vigie(['watch', '--once', join(dir, 'nothing.yaml')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`cannot read sources file ${join(dir, 'nothing.yaml')}`);
  });

  it('sources add finds the feed a page announces and writes it to the sources file', async () => {
    const file = join(dir, 'added.yaml');
    const r = await vigie(['sources', 'add', '--allow-private', '--file', file, `${base}/faits-divers`]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`added: ${base}/rss.xml (feed)\n`);
    expect(readFileSync(file, 'utf8')).toContain(`url: ${base}/rss.xml`);
    const again = await vigie(['sources', 'add', '--allow-private', '--file', file, `${base}/faits-divers`]);
    expect(again.stdout).toBe(`already there: ${base}/rss.xml (feed)\n`);
  });

  it('killed in the middle of a cycle, the next run stores what was left, without duplicates', async () => {
    for (let n = 10; n < 40; n++) outlet.add(shootingArticle(n, 'Marseille', 1 + (n % 20)));
    const db = join(dir, 'killed.db');
    outlet.faults.clear();
    // Slow articles: the kill comes while some are stored and others are not yet fetched.
    for (let n = 10; n < 40; n++) outlet.faults.set(`/articles/${shootingArticle(n, 'Marseille', 1 + (n % 20)).slug}`, { delayMs: 60, status: 0, times: Infinity });
    let killed = false;
    const first = await vigie(['watch', '--once', '--allow-private', '--host-delay-ms', '0', '--workers', '0', '--db', db, `${base}/rss.xml`], {
      onStderr: (text, child) => {
        if (!killed && text.includes('new')) {
          killed = true;
          setTimeout(() => child.kill('SIGKILL'), 400);
        }
      },
    });
    expect(first.status).toBeNull();
    const store1 = await openStore(db, { readonly: true });
    const partial = (await store1.currentDocuments()).length;
    await store1.close();
    expect(partial).toBeLessThan(31);
    const second = await vigie(['watch', '--once', '--allow-private', '--host-delay-ms', '0', '--db', db, `${base}/rss.xml`]);
    expect(second.status).toBe(0);
    const store = await openStore(db, { readonly: true });
    const docs = await store.currentDocuments();
    await store.close();
    const urls = docs.map((d) => d.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.filter((u) => u?.includes('/articles/fusillade-marseille-')).length).toBe(31);
  });

  it('serve --watch: health and metrics while watching; SIGTERM stops it cleanly', async () => {
    // An outlet of its own with one article: the first cycle is short.
    const own = new SimOutlet();
    const ownBase = await own.start();
    own.add(shootingArticle(1));
    const db = join(dir, 'serve.db');
    let address = '';
    let checked: Promise<void> | null = null;
    const r = await vigie(['serve', '--port', '0', '--db', db, '--allow-private', '--watch', `${ownBase}/rss.xml`], {
      onStderr: (text, child) => {
        const m = /serving .* at (http:\/\/\S+)/.exec(text);
        if (m) address = m[1];
        if (address && !checked && /cycle 1:/.test(text)) {
          checked = (async () => {
            const health = await (await fetch(`${address}/api/health`)).json();
            expect(health).toMatchObject({ ok: true, watch: { ok: true, cycles: 1 } });
            const metrics = await (await fetch(`${address}/metrics`)).text();
            expect(metrics).toMatch(/^vigie_watch_cycles_total 1$/m);
            child.kill('SIGTERM');
          })();
        }
      },
    });
    await checked;
    await own.stop();
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/cycle 1: /);
  });
});
