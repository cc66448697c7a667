import { describe, it, expect } from 'vitest';
import { join, resolve } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { cell, ManifestCache, mergeMeta, parseManifest, urlKey } from './manifest.js';

const AT = resolve('/data/corpus/manifest.csv');

describe('parseManifest', () => {
  it('matches files by relative path first, by basename only when unambiguous', () => {
    const m = parseManifest(
      'file,outlet,published,url\nnord/a.txt,La Voix,2024-05,\nsud/a.txt,La Provence,2024-06-02,\nb.html,unknown,,https://ex.example/b\n',
      'csv',
      AT,
    );
    expect(m.forFile('/data/corpus/nord/a.txt')?.outlet).toBe('La Voix');
    expect(m.forFile('/data/corpus/sud/a.txt')?.published).toBe('2024-06-02');
    expect(m.forFile('/elsewhere/a.txt')).toBeNull();
    expect(m.forFile('/elsewhere/b.html')).toMatchObject({ outlet: null, published: null, url: 'https://ex.example/b', row: 4 });
  });

  it('matches URLs whatever the scheme, www., fragment or trailing slash', () => {
    const m = parseManifest('url;source;date;titre\nhttps://www.ex.example/art/1/;Ex;15/05/2024;Un titre\n', 'csv', AT);
    expect(m.forUrl('http://ex.example/art/1#comments')).toMatchObject({ outlet: 'Ex', published: '2024-05-15', title: 'Un titre' });
    expect(m.forUrl('https://ex.example/art/2')).toBeNull();
    expect(urlKey('https://WWW.Ex.example/a/?q=1')).toBe('ex.example/a?q=1');
  });

  it('reads JSON manifests and refuses tables without a file or url column', () => {
    const m = parseManifest(JSON.stringify([{ path: 'x.txt', publisher: 'X', published: 'n/a' }]), 'json', AT);
    expect(m.forFile(join('/data/corpus', 'x.txt'))).toMatchObject({ outlet: 'X', published: null });
    expect(() => parseManifest('outlet,published\nX,2024\n', 'csv', AT)).toThrow(/needs a "file" or "url" column/);
    expect(() => parseManifest('[{', 'json', AT)).toThrow(/malformed JSON/);
  });

  it('refuses a header with no file or url column even with no rows, and JSON rows without either, naming what they have', () => {
    const needs = /needs a "file" or "url" column .*also accepted: path, filename, filepath, fichier, link, href, lien\); its columns are "name", "outlet"/;
    expect(() => parseManifest('name,outlet\n', 'csv', AT)).toThrow(needs);
    expect(() => parseManifest('name,outlet\na.txt,X\n', 'csv', AT)).toThrow(needs);
    expect(() => parseManifest(JSON.stringify([{ name: 'a.txt', outlet: 'X' }]), 'json', AT)).toThrow(needs);
    // Aliases count, and a JSON row without the key is fine when another row has it.
    expect(parseManifest('Lien;source\n', 'csv', AT).rows).toEqual([]);
    expect(parseManifest(JSON.stringify([{ outlet: 'X' }, { url: 'https://x.example/a' }]), 'json', AT).rows).toHaveLength(2);
  });
});

describe('cells and merging', () => {
  it('treats "unknown" and blanks as null and lets earlier layers win', () => {
    expect(cell(' Unknown ')).toBeNull();
    expect(cell('Le\u00a0Monde')).toBe('Le Monde');
    expect(mergeMeta({ outlet: null, title: 'T' }, { outlet: 'O', title: 'other' }, null)).toEqual({ url: null, outlet: 'O', published: null, title: 'T' });
  });
});

describe('ManifestCache', () => {
  it('reads a manifest asked for by several batches at once only once, and again once it changed', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vigie-manifest-')), 'manifest.csv');
    writeFileSync(path, 'file,outlet\na.txt,Le Quotidien\n');
    const cache = new ManifestCache();
    const [a, b] = await Promise.all([cache.load(path), cache.load(path)]);
    expect(b).toBe(a);
    expect(await cache.load(path)).toBe(a);
    writeFileSync(path, 'file,outlet\na.txt,Le Quotidien\nb.txt,Midi Soir\n');
    const changed = await cache.load(path);
    expect(changed).not.toBe(a);
    expect(changed.rows).toHaveLength(2);
  });
});
