// Hostile inputs fail alone, with a reason that names them, in bounded time and memory; the run goes on.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/pipeline/process.js';
import { readSources } from '../src/read/index.js';
import type { ReadItem } from '../src/core/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
const built = existsSync(cli);

const REPORT =
  "Un homme de 24 ans a été tué par balles à Nîmes, près d'un point de deal du quartier Pissevin, selon le parquet. " +
  "L'enquête sur ce trafic de stupéfiants a été confiée à la police judiciaire.";

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, VIGIE_DB: '' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stderr }));
  });
}

function count(db: string, table: string): number {
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    d.close();
  }
}

async function readAll(inputs: string[], maxFileBytes?: number): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readSources(inputs, { maxFileBytes })) out.push(item);
  return out;
}

const tmp = () => mkdtempSync(join(tmpdir(), 'vigie-hostile-'));
const meta = { url: null, outlet: null, published: '2025-03-10', title: null };

describe('deep nesting', () => {
  it.skipIf(!built)('JSON nested 10,000 levels fails alone, naming its file; the other inputs are stored', async () => {
    const dir = tmp();
    let nested = '"x"';
    for (let i = 0; i < 10_000; i++) nested = `{"text":${nested}}`;
    writeFileSync(join(dir, 'deep.json'), nested);
    writeFileSync(join(dir, 'arrays.json'), '['.repeat(10_000) + ']'.repeat(10_000));
    writeFileSync(join(dir, 'good.txt'), REPORT);
    const db = join(dir, 'v.db');
    const r = await run(['ingest', dir, '--db', db, '--quiet']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`failed: ${join(dir, 'deep.json')}: JSON nested too deeply (more than 256 levels of arrays and objects)`);
    expect(r.stderr).toContain(`failed: ${join(dir, 'arrays.json')}: JSON nested too deeply`);
    expect(r.stderr).toMatch(/read 3, new 1, .* failed 2/);
    expect(count(db, 'documents')).toBe(1);
  });

  it('a JSON Lines line nested 10,000 levels fails alone', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.jsonl'), `${'['.repeat(10_000)}${']'.repeat(10_000)}\n${JSON.stringify({ text: REPORT })}\n`);
    const items = await readAll([join(dir, 'a.jsonl')]);
    expect(items.map((i) => (i.ok ? 'ok' : i.failure.reason))).toEqual([
      'JSON nested too deeply (more than 256 levels of arrays and objects) on line 1',
      'ok',
    ]);
  });

  it('HTML nested 100,000 levels is read in a couple of seconds, its text kept', () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}<p>${REPORT}</p>${'</div>'.repeat(100_000)}<p>Fin de l'article.</p></body></html>`;
    const started = performance.now();
    const doc = processDocument({ source: 'deep.html', format: 'html', content: html, encoding: 'utf-8', meta });
    // Before: 20 s, then "Maximum call stack size exceeded". A generous bound, to catch a return of the quadratic parse.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(doc.text).toContain('tué par balles à Nîmes');
    expect(doc.text).toContain("Fin de l'article.");
  });
});

describe('decompressed size', () => {
  it('a .jsonl.gz that decompresses past the limit is refused, like a .gz page', async () => {
    const dir = tmp();
    // 3 MB of lines (blank ones are skipped, so only the cap can stop the read), about 3 KB compressed.
    const bomb = gzipSync(Buffer.concat([Buffer.from(JSON.stringify({ text: REPORT }) + '\n'), Buffer.alloc(3 * 1024 * 1024, '\n')]));
    writeFileSync(join(dir, 'bomb.jsonl.gz'), bomb);
    writeFileSync(join(dir, 'bomb.html.gz'), bomb);
    const items = await readAll([join(dir, 'bomb.jsonl.gz'), join(dir, 'bomb.html.gz')], 1024 * 1024);
    const failures = items.flatMap((i) => (i.ok ? [] : [`${i.failure.source.replace(dir, '')}: ${i.failure.reason}`]));
    expect(failures).toEqual(['/bomb.jsonl.gz: too large once decompressed (over 1.0 MiB)', '/bomb.html.gz: too large once decompressed (over 1.0 MiB)']);
  });
});

describe('huge pages', () => {
  it.skipIf(!built)('a 20 MB single-line page is stored (its text cut, and said so) without running a worker out of memory', async () => {
    const dir = tmp();
    const sentences: string[] = [];
    for (let i = 0; sentences.length * 160 < 20_000_000; i++) {
      sentences.push(`Un homme de ${20 + (i % 50)} ans a été blessé le ${1 + (i % 28)} mars à Marseille, près d'un point de deal, selon le parquet. `);
    }
    writeFileSync(join(dir, 'one-line.html'), `<html><head><title>Une page</title></head><body><p>${sentences.join('')}</p></body></html>`);
    const db = join(dir, 'v.db');
    const r = await run(['ingest', join(dir, 'one-line.html'), '--db', db, '--quiet']);
    expect(r.stderr).not.toMatch(/out of memory/);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('warning: ' + join(dir, 'one-line.html') + ': document too large, cut: only the first 4 million characters of text were read');
    expect(count(db, 'documents')).toBe(1);
  }, 120_000);
});
