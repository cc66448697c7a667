// Cross-stage: read → clean → classify → extract → store → export on the seeds and on broken inputs.
import { existsSync, mkdtempSync, writeFileSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeJson } from '../src/export/json.js';
import { ingest } from '../src/pipeline/ingest.js';
import type { Store } from '../src/store/store.js';
import { DIALECTS, freshStore } from './support/stores.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seeds = resolve(root, '..', 'shared', 'seeds');
const haveSeeds = existsSync(join(seeds, 'manifest.csv'));
if (!haveSeeds) console.warn(`skipping seed tests: ${seeds} not found (../shared is absent)`);

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'vigie-test-'));
}

async function exportObject(store: Store): Promise<any> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeJson(store, out);
  out.end();
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const count = async (store: Store, table: 'documents') =>
  (await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

describe.each(DIALECTS)('on %s', (dialect) => {
  describe('ingest of the seeds', () => {
    it.skipIf(!haveSeeds)('stores five English relevant documents once, and nothing more the second time', async () => {
      const store = await freshStore(dialect, { file: true });
      const first = await ingest([seeds], store, { workers: 0, read: { manifest: join(seeds, 'manifest.csv') } });
      expect(first).toMatchObject({ new: 5, failed: 0, unchanged: 0 });
      const again = await ingest([seeds], store, { workers: 0, read: { manifest: join(seeds, 'manifest.csv') } });
      expect(again).toMatchObject({ new: 0, versions: 0, unchanged: 5, failed: 0 });
      expect(await count(store, 'documents')).toBe(5);

      const exp = await exportObject(store);
      for (const k of ['documents', 'events', 'claims', 'incidents', 'claim_groups', 'entities']) {
        expect(Array.isArray(exp[k]), k).toBe(true);
      }
      expect(exp.documents).toHaveLength(5);
      const byFile = new Map<string, any>(exp.documents.map((d: any) => [d.source.split('/').pop(), d]));
      for (const d of exp.documents) {
        expect(d.language).toBe('en');
        expect(d.stories[0].relevant).toBe(true);
      }
      // Manifest metadata reaches the documents.
      expect(byFile.get('004_5a5f3d5284cecf84.txt').outlet).toBe('Caliber.az');
      expect(byFile.get('000_fe1440bdf6fc6167.txt').published).toBe('2025-02');
      // Glued items are their own stories and not relevant.
      expect(byFile.get('002_13f9b5c32ac40acb.txt').stories.length).toBeGreaterThanOrEqual(4);
      expect(byFile.get('003_cf9f6878366280fb.txt').stories.length).toBeGreaterThanOrEqual(3);
      for (const f of ['002_13f9b5c32ac40acb.txt', '003_cf9f6878366280fb.txt']) {
        expect(byFile.get(f).stories.slice(1).every((s: any) => !s.relevant)).toBe(true);
      }
      // Every evidence span points at the text it quotes.
      const storyText = new Map<string, string>();
      for (const d of exp.documents) for (const s of d.stories) storyText.set(s.id, s.text);
      for (const item of [...exp.events, ...exp.claims]) {
        for (const ev of item.evidence) expect(storyText.get(item.story)!.slice(ev.start, ev.end)).toBe(ev.text);
      }
      await store.close();
    });
  });

  describe('bad input', () => {
    it('reports each broken file with a reason, stores the good ones, and leaves no trace of the rest', async () => {
      const dir = tempDir();
      const good =
        'Fusillade à Nîmes : un homme tué\n' +
        "Un homme de 24 ans a été tué par balles dans la nuit de samedi à dimanche à Nîmes, dans le quartier Pissevin, sur fond de trafic de stupéfiants.\n" +
        "Selon le parquet de Nîmes, la victime était connue des services de police pour des affaires de trafic de drogue. Un point de deal est installé au pied de l'immeuble.\n";
      writeFileSync(join(dir, 'good.txt'), good);
      writeFileSync(join(dir, 'empty.txt'), '');
      writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 0, 7, 8, 9]));
      writeFileSync(join(dir, 'truncated.txt.gz'), gzipSync(Buffer.from(good.repeat(20))).subarray(0, 40));
      writeFileSync(join(dir, 'broken.json'), '{"url": "https://example.org/a", "text": ');
      const store = await freshStore(dialect, { file: true });
      const failures: string[] = [];
      const s = await ingest([dir, join(dir, 'missing.html')], store, { workers: 0, onFailure: (f) => failures.push(f.source) });
      expect(s.new).toBe(1);
      expect(s.failed).toBe(5);
      for (const f of s.failures) expect(f.reason.length).toBeGreaterThan(3);
      expect(failures.map((f) => f.split('/').pop()).sort()).toEqual(
        ['binary.txt', 'broken.json', 'empty.txt', 'missing.html', 'truncated.txt.gz'].sort(),
      );
      expect(await count(store, 'documents')).toBe(1);
      const exp = await exportObject(store);
      expect(exp.documents[0].language).toBe('fr');
      await store.close();
    });

    it('keeps a changed document at the same path as a new version, not a duplicate', async () => {
      const dir = tempDir();
      const path = join(dir, 'story.txt');
      const base =
        'Drug gang shooting in Grenoble\n' +
        'A 19-year-old man was shot dead on Friday evening in Grenoble, near a known drug dealing spot, prosecutors said.\n';
      writeFileSync(path, base);
      const store = await freshStore(dialect, { file: true });
      await ingest([path], store, { workers: 0 });
      writeFileSync(path, base + 'Two suspects linked to a cannabis trafficking network were arrested on Sunday.\n');
      const s = await ingest([path], store, { workers: 0 });
      expect(s).toMatchObject({ new: 0, versions: 1, unchanged: 0 });
      const exp = await exportObject(store);
      expect(exp.documents).toHaveLength(1);
      expect(exp.documents[0].version).toBe(2);
      expect(exp.documents[0].stories[0].text).toContain('Two suspects');
      await store.close();
    });

    it.skipIf(!haveSeeds)('treats the same content under another name as the same document', async () => {
      const dir = tempDir();
      copyFileSync(join(seeds, '000_fe1440bdf6fc6167.txt'), join(dir, 'a.txt'));
      writeFileSync(join(dir, 'b.txt'), readFileSync(join(seeds, '000_fe1440bdf6fc6167.txt')));
      const store = await freshStore(dialect, { file: true });
      const s = await ingest([dir], store, { workers: 0 });
      expect(s).toMatchObject({ new: 1, unchanged: 1 });
      await store.close();
    });
  });
});
