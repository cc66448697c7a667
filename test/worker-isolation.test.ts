// One bad document fails only itself: the worker it ran out of memory (or held too long) is replaced, and the other
// documents of its batch are processed and stored. Real worker threads, so the compiled pool under dist/ is used.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../src/core/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const poolJs = join(root, 'dist', 'src', 'pipeline', 'pool.js');
const built = existsSync(poolJs);

type PoolModule = typeof import('../src/pipeline/pool.js');
type IngestModule = typeof import('../src/pipeline/ingest.js');
type StoreModule = typeof import('../src/store/open.js');
const load = async <T>(rel: string): Promise<T> => (await import(pathToFileURL(join(root, 'dist', 'src', rel)).href)) as T;

const meta = { url: null, outlet: null, published: '2025-03-10', title: null };
const CITIES = ['Nîmes', 'Grenoble', 'Valence', 'Toulouse', 'Dijon', 'Rennes', 'Avignon'];

/** A short report of our own, different for each i. */
function good(i: number): RawDocument {
  return {
    source: `good-${i}.txt`,
    format: 'text',
    encoding: 'utf-8',
    meta,
    content:
      `Un homme de ${20 + i} ans a été tué par balles à ${CITIES[i % CITIES.length]} près d'un point de deal, selon le parquet.\n` +
      `L'enquête sur ce trafic de stupéfiants a été confiée à la police judiciaire (dossier ${i}).\n`,
  };
}

/** One line of 3.3 million characters of reports: its cleaning needs well over 64 MB of heap (the good ones, under 24). */
function heavy(): RawDocument {
  const sentence = (i: number) => `Un homme de ${20 + (i % 50)} ans a été tué par balles à Marseille le ${1 + (i % 28)} mars, selon le parquet. `;
  return { source: 'heavy.txt', format: 'text', encoding: 'utf-8', meta, content: Array.from({ length: 40_000 }, (_, i) => sentence(i)).join('') };
}

/** 280,000 characters of reports of killings near a drug market: several seconds of extraction. */
function slow(): RawDocument {
  const sentence = (i: number) =>
    `Un homme de ${20 + (i % 50)} ans a été tué par balles à Marseille le ${1 + (i % 28)} mars près d'un point de deal, sur fond de trafic de stupéfiants, selon le parquet. `;
  return { source: 'slow.txt', format: 'text', encoding: 'utf-8', meta, content: Array.from({ length: 2_000 }, (_, i) => sentence(i)).join('') };
}

describe.skipIf(!built)('a document that brings its worker down', () => {
  it('fails alone when it runs the worker out of memory; the rest of its batch is processed', async () => {
    const { ProcessingPool } = await load<PoolModule>('pipeline/pool.js');
    // A small heap, so that a document within the reader's limits can exhaust it; all eight fit in one batch.
    const pool = new ProcessingPool(1, { workerHeapMb: 40, batchSize: 8 });
    try {
      const docs = [good(1), good(2), good(3), heavy(), good(4), good(5), good(6), good(7)];
      const outcomes = await Promise.all(docs.map((d, i) => pool.run(d, `hash-${i}`)));
      const failed = outcomes.flatMap((o, i) => (o.ok ? [] : [`${docs[i].source}: ${o.reason}`]));
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatch(/^heavy\.txt: ran out of memory while processing/);
      for (const [i, o] of outcomes.entries()) if (docs[i].source !== 'heavy.txt') expect(o.ok, docs[i].source).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('fails alone when it overruns its time; the others are stored by ingest', async () => {
    const { ProcessingPool } = await load<PoolModule>('pipeline/pool.js');
    const { ingest } = await load<IngestModule>('pipeline/ingest.js');
    const { openStore } = await load<StoreModule>('store/open.js');
    const pool = new ProcessingPool(1, { documentTimeoutMs: 1_000, batchSize: 8 });
    const store = await openStore(join(mkdtempSync(join(tmpdir(), 'vigie-iso-')), 'v.db'));
    try {
      // A first document starts the worker (loading its lexicons is not any document's time).
      expect((await pool.run(good(0), 'warm-up')).ok).toBe(true);
      const dir = mkdtempSync(join(tmpdir(), 'vigie-iso-in-'));
      const docs = [good(1), good(2), slow(), good(3), good(4), good(5)];
      docs.forEach((d, i) => writeFileSync(join(dir, `${i}-${d.source}`), d.content));
      const summary = await ingest([dir], store, { workers: 1, pool, skipReconcile: true });
      expect(summary.failures).toHaveLength(1);
      expect(summary.failures[0].source).toMatch(/slow\.txt$/);
      expect(summary.failures[0].reason).toBe('took longer than 1 s to process (stopped)');
      expect(summary.new).toBe(5);
      const stored = await store.db.selectFrom('documents').select('source').orderBy('id').execute();
      expect(stored.map((r) => r.source.replace(/^.*\//, ''))).toEqual(['0-good-1.txt', '1-good-2.txt', '3-good-3.txt', '4-good-4.txt', '5-good-5.txt']);
    } finally {
      await pool.close();
      await store.close();
    }
  });
});
