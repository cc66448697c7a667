// Hostile inputs in bounded memory (issue #9): what the process holds for one huge input is bounded by the caps of
// core/limits.ts, not by the input's size, and a worker that grew on one is not kept. Sizes are checked, not time or
// resident memory, so these hold on a busy machine; `npm run fuzz` measures the memory itself.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ALONE_PAGE_CHARS, ALONE_TEXT_CHARS, MAX_PAGE_BYTES_READ, MAX_TEXT_CHARS, PAGE_CUT_NOTE, TEXT_CUT_NOTE } from '../src/core/limits.js';
import type { RawDocument, ReadItem } from '../src/core/types.js';
import { readFileBytes } from '../src/read/files.js';
import { readSources } from '../src/read/index.js';
import { documentItem } from '../src/read/items.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const poolJs = join(root, 'dist', 'src', 'pipeline', 'pool.js');
const built = existsSync(poolJs);
type PoolModule = typeof import('../src/pipeline/pool.js');

const tmp = () => mkdtempSync(join(tmpdir(), 'vigie-mem-'));
const MB = 1024 * 1024;

async function readAll(inputs: string[]): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readSources(inputs)) out.push(item);
  return out;
}

/** About `chars` characters of reports, on one line. */
function prose(chars: number, city = 'Marseille'): string {
  const parts: string[] = [];
  for (let i = 0, n = 0; n < chars; i++) {
    const s = `Un homme de ${20 + (i % 50)} ans a été blessé le ${1 + (i % 28)} mars à ${city}, près d'un point de deal, selon le parquet. `;
    parts.push(s);
    n += s.length;
  }
  return parts.join('');
}

describe('huge pages are read only as far as they are kept', () => {
  it('a 30 MB page (and the same gzipped) is read as its first 4 MB, cut between two characters, and said so', async () => {
    const dir = tmp();
    // Accented letters from the first byte on: a cut inside a UTF-8 sequence would leave a Latin-1 "Ã" at the end.
    const page = `<html><head><title>Une page</title></head><body><p>${prose(30 * MB)}</p></body></html>`;
    writeFileSync(join(dir, 'huge.html'), page);
    writeFileSync(join(dir, 'huge.html.gz'), gzipSync(page));
    const bytes = await readFileBytes(join(dir, 'huge.html'), 50 * MB, MAX_PAGE_BYTES_READ);
    expect(bytes.ok && bytes.cut).toBe(true);
    expect(bytes.ok && bytes.bytes.length).toBeLessThanOrEqual(MAX_PAGE_BYTES_READ);
    const items = await readAll([join(dir, 'huge.html'), join(dir, 'huge.html.gz')]);
    expect(items).toHaveLength(2);
    for (const item of items) {
      if (!item.ok) throw new Error(item.failure.reason);
      expect(Buffer.byteLength(item.doc.content)).toBeLessThanOrEqual(MAX_PAGE_BYTES_READ);
      expect(Buffer.byteLength(item.doc.content)).toBeGreaterThan(MAX_PAGE_BYTES_READ - 4);
      expect(item.doc.notes).toEqual([PAGE_CUT_NOTE]);
      expect(item.doc.encoding).toBe('utf-8');
      expect(page.startsWith(item.doc.content)).toBe(true);
    }
  });

  it('a page of 3.9 MB is read whole, with no note', async () => {
    const dir = tmp();
    // prose() has accents: about 3.8 million characters make 3.9 MB of UTF-8.
    const page = `<html><body><p>${prose(3_800_000)}</p></body></html>`;
    expect(Buffer.byteLength(page)).toBeLessThan(MAX_PAGE_BYTES_READ);
    writeFileSync(join(dir, 'big.html'), page);
    const [item] = await readAll([join(dir, 'big.html')]);
    expect(item.ok && item.doc.content.length).toBe(page.length);
    expect(item.ok && item.doc.notes).toBeUndefined();
  });
});

describe('a JSON Lines record of 12 million characters', () => {
  it('becomes the document the whole record would give, its long string never held whole', async () => {
    const dir = tmp();
    const text = prose(12_000_000, 'Grenoble');
    // Escapes inside the long string, past the cut: they must neither end the string early nor be split.
    const record = JSON.stringify({ url: 'https://example.org/long', title: 'Long "titre"', text: `${text}\n\\ "fin" \u0001` });
    writeFileSync(join(dir, 'long.jsonl'), `${record}\n${JSON.stringify({ text: 'Un homme a été tué à Nîmes hier soir, selon le parquet.' })}\n`);
    const items = await readAll([join(dir, 'long.jsonl')]);
    expect(items.map((i) => i.ok)).toEqual([true, true]);
    const [first] = items;
    if (!first.ok) throw new Error('unreachable');
    // Built from the whole record, as the reader did before it cut long strings while reading.
    const whole = documentItem(first.doc.source, 'text', JSON.parse(record).text, 'jsonl', first.doc.meta);
    if (!whole.ok) throw new Error(whole.failure.reason);
    expect(first.doc.content).toBe(whole.doc.content);
    expect(first.doc.content.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(first.doc.notes).toEqual([TEXT_CUT_NOTE]);
    expect(first.doc.meta.title).toBe('Long "titre"');
  });
});

describe.skipIf(!built)('workers that grew', () => {
  const load = async <T>(rel: string): Promise<T> => (await import(pathToFileURL(join(root, 'dist', 'src', rel)).href)) as T;
  const meta = { url: null, outlet: null, published: '2025-03-10', title: null };
  const doc = (source: string, content: string): RawDocument => ({ source, format: 'text', encoding: 'utf-8', meta, content });

  it('ordinary articles never grow a worker past the retirement threshold', async () => {
    const { ProcessingPool } = await load<PoolModule>('pipeline/pool.js');
    const pool = new ProcessingPool(1);
    try {
      for (let i = 0; i < 40; i++) {
        const o = await pool.run(doc(`short-${i}.txt`, prose(3_000 + 100 * i, ['Nîmes', 'Valence', 'Dijon'][i % 3])), `short-${i}`);
        expect(o.ok).toBe(true);
      }
      expect(pool.retired).toBe(0);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('a worker whose heap is past the threshold after a job is replaced, and a fresh one takes the next document', async () => {
    const { ProcessingPool } = await load<PoolModule>('pipeline/pool.js');
    // (How far one big document grows a heap depends on when V8 collected: a threshold under any worker's heap makes
    // the replacement itself certain.)
    const pool = new ProcessingPool(1, { workerRetireHeapMb: 1 });
    try {
      const first = await pool.run(doc('first.txt', prose(20_000)), 'first');
      expect(first.ok).toBe(true);
      expect(pool.maxAliveWithLarge).toBe(0);
      expect(pool.retired).toBe(1);
      expect((await pool.run(doc('after.txt', prose(3_000, 'Rennes')), 'after')).ok).toBe(true);
      expect(pool.retired).toBe(2);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('a large document is processed alone: the other workers finish, are stopped, and start again after it', async () => {
    const { ProcessingPool } = await load<PoolModule>('pipeline/pool.js');
    const pool = new ProcessingPool(2, { batchSize: 2 });
    try {
      const cities = ['Nîmes', 'Valence', 'Dijon', 'Rennes'];
      const docs = [
        ...Array.from({ length: 6 }, (_, i) => doc(`before-${i}.txt`, prose(2_000 + 100 * i, cities[i % 4]))),
        doc('large.txt', prose(ALONE_TEXT_CHARS + 1)),
        ...Array.from({ length: 6 }, (_, i) => doc(`after-${i}.txt`, prose(2_500 + 100 * i, cities[(i + 1) % 4]))),
      ];
      // All queued at once: the ordinary documents before and after it would otherwise share the pool with it.
      const pending = docs.map((d, i) => pool.run(d, `h-${i}`));
      pool.flush();
      const outcomes = await Promise.all(pending);
      const failed = outcomes.flatMap((o, i) => (o.ok ? [] : [`${docs[i].source}: ${o.reason}`]));
      expect(failed).toEqual([]);
      // Only its own worker was alive while it was processed (a warm worker beside it is 100+ MB of memory).
      expect(pool.maxAliveWithLarge).toBe(1);
      // The pool is whole again, and works.
      expect(pool.size).toBe(2);
      expect(pool.alive).toBe(2);
      expect((await pool.run(doc('last.txt', prose(3_000, 'Avignon')), 'last')).ok).toBe(true);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('a page under two million characters is processed beside the others (news pages of a megabyte or two are common)', async () => {
    const { ProcessingPool } = await load<PoolModule>('pipeline/pool.js');
    const pool = new ProcessingPool(2, { batchSize: 2 });
    try {
      const page = `<html><body><article><p>${prose(ALONE_PAGE_CHARS - 100_000)}</p></article></body></html>`;
      expect(page.length).toBeGreaterThan(ALONE_TEXT_CHARS);
      const docs = [doc('a.txt', prose(2_000, 'Nîmes')), { ...doc('page.html', page), format: 'html' as const }, doc('b.txt', prose(2_000, 'Dijon'))];
      const pending = docs.map((d, i) => pool.run(d, `p-${i}`));
      pool.flush();
      expect((await Promise.all(pending)).map((o) => o.ok)).toEqual([true, true, true]);
      expect(pool.maxAliveWithLarge).toBe(0);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
