import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import type { RawDocument, ReadFailure, ReadItem } from '../core/types.js';
import { readSources, type ReadOptions } from './index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEEDS = resolve(HERE, '../../../shared/seeds');
const HAS_SEEDS = existsSync(join(SEEDS, 'manifest.csv'));

async function collect(inputs: string[], opts?: ReadOptions): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readSources(inputs, opts)) out.push(item);
  return out;
}
const docs = (items: ReadItem[]): RawDocument[] => items.flatMap((i) => (i.ok ? [i.doc] : []));
const failures = (items: ReadItem[]): ReadFailure[] => items.flatMap((i) => (i.ok ? [] : [i.failure]));

const FRENCH = 'L’été à Marseille : règlement de comptes… Un homme de 23 ans tué, 15 000 € saisis au cœur de la cité.';
const ARTICLE_HTML = `<!DOCTYPE html>
<html lang="fr"><head>
<meta charset="utf-8">
<title>Fusillade à Nîmes | Le Quotidien du Sud</title>
<meta property="og:title" content="Fusillade &agrave; N&icirc;mes : un mort">
<meta content="2024-09-03T07:45:00+02:00" property="article:published_time">
<meta property="og:site_name" content="Le Quotidien du Sud">
<link rel="canonical" href="https://quotidien-du-sud.example/nimes/fusillade-pissevin">
</head><body><article><p>Un jeune homme a été tué par balles dans le quartier Pissevin.</p></article></body></html>`;

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Gazette du Littoral</title><link>https://gazette.example/</link>
<item><title>Saisie de 300 kg de résine au Havre</title><link>https://gazette.example/a/1</link>
<pubDate>Tue, 14 May 2024 08:30:00 +0200</pubDate>
<description><![CDATA[<p>Les douaniers ont saisi 300 kg de résine de cannabis.</p>]]></description>
<content:encoded><![CDATA[<p>Les douaniers du port ont saisi <b>300 kg</b> de résine de cannabis dans un conteneur.</p>]]></content:encoded>
</item>
<item><title>Sans contenu</title><link>https://gazette.example/a/2</link></item>
<item><title>Point de deal démantelé</title><link>https://gazette.example/a/3</link>
<pubDate>Wed, 15 May 2024 18:00:00 GMT</pubDate><description>Trois interpellations &amp; 2 000 euros saisis.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Night Desk Wire</title>
<entry><title>Prison van ambushed</title><link rel="alternate" href="https://wire.example/2024/05/van"/>
<link rel="enclosure" href="https://wire.example/van.jpg"/><id>tag:wire.example,2024:1</id>
<published>2024-05-14T11:20:00+02:00</published><updated>2024-05-15T09:00:00Z</updated>
<content type="html">&lt;p&gt;Two officers were killed when gunmen attacked a prison van.&lt;/p&gt;</content></entry>
<entry><title>Plain summary</title><link href="https://wire.example/2024/05/plain"/><updated>2024-05-16</updated>
<summary type="text">Police arrested four men in Grenoble.</summary></entry>
<entry><title>XHTML body</title><link href="https://wire.example/x"/><updated>2024-05-17T00:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Seized <em>12 kg</em> of cocaine.</p></div></content></entry>
</feed>`;

describe.skipIf(!HAS_SEEDS)('readSources on the seed articles (needs ../shared/seeds)', () => {
  it('reads the five seeds with the manifest metadata, NBSP normalised', async () => {
    const items = await collect([SEEDS], { manifest: join(SEEDS, 'manifest.csv') });
    expect(failures(items)).toEqual([]);
    const d = docs(items);
    expect(d.map((x) => x.source.split('/').pop())).toEqual([
      '000_fe1440bdf6fc6167.txt',
      '001_43990aae7329c1d1.txt',
      '002_13f9b5c32ac40acb.txt',
      '003_cf9f6878366280fb.txt',
      '004_5a5f3d5284cecf84.txt',
    ]);
    expect(d[0].meta).toEqual({ url: null, outlet: 'uslive.com (AP)', published: '2025-02', title: null });
    expect(d[1].meta.outlet).toBeNull();
    expect(d[1].meta.published).toBe('2024-05-15');
    expect(d[4].meta.outlet).toBe('Caliber.az');
    for (const doc of d) {
      expect(doc.format).toBe('text');
      expect(doc.encoding).toBe('utf-8');
      expect(doc.content).not.toMatch(/[\u00a0\u202f\r]/);
    }
    expect(d.some((doc) => doc.content.includes('’'))).toBe(true);
  });
});

describe('readSources on files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-read-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, data: string | Uint8Array): string => {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, data);
    return p;
  };

  it('decodes Windows-1252, ISO-8859-15 (declared in the page) and UTF-8 with BOM', async () => {
    const cp = file('enc/cp1252.txt', iconv.encode(FRENCH, 'windows-1252'));
    const latin9Page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body><p>15 000 € au cœur de la cité</p></body></html>`;
    const l9 = file('enc/latin9.htm', iconv.encode(latin9Page, 'iso-8859-15'));
    const bom = file('enc/bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH + '\r\n', 'utf8')]));
    const d = docs(await collect([cp, l9, bom]));
    expect(d.map((x) => x.encoding)).toEqual(['windows-1252', 'iso-8859-15', 'utf-8']);
    expect(d[0].content).toBe(FRENCH);
    expect(d[1].format).toBe('html');
    expect(d[1].content).toContain('15 000 € au cœur de la cité');
    expect(d[2].content).toBe(FRENCH + '\n');
  });

  it('repairs mojibake text', async () => {
    const p = file('moji.txt', 'Lâ€™Ã©tÃ© Ã\u00a0 Marseille : deux affaires liĂ©es au trafic');
    const [d] = docs(await collect([p]));
    expect(d.content).toBe('L’été à Marseille : deux affaires liées au trafic');
  });

  it('reads gzipped HTML, and fails a truncated gzip with a clear reason', async () => {
    const gz = gzipSync(Buffer.from(ARTICLE_HTML, 'utf8'));
    const good = file('gz/page.html.gz', gz);
    const cut = file('gz/cut.html.gz', gz.subarray(0, Math.floor(gz.length / 2)));
    const items = await collect([good, cut]);
    expect(items[0].ok && items[0].doc.format).toBe('html');
    expect(items[1]).toEqual({ ok: false, failure: { source: cut, reason: expect.stringMatching(/truncated gzip/) } });
  });

  it('takes title, date, canonical URL and site name from the page when no manifest says otherwise', async () => {
    const p = file('meta/page.html', ARTICLE_HTML);
    const [d] = docs(await collect([p]));
    expect(d.meta).toEqual({
      title: 'Fusillade à Nîmes : un mort',
      published: '2024-09-03T07:45:00+02:00',
      url: 'https://quotidien-du-sud.example/nimes/fusillade-pissevin',
      outlet: 'Le Quotidien du Sud',
    });
    const manifest = file('meta/manifest.csv', 'file;outlet;published;title\npage.html;Midi Soir;2024-09;unknown\n');
    const [m] = docs(await collect([p], { manifest }));
    expect(m.meta).toMatchObject({ outlet: 'Midi Soir', published: '2024-09', title: 'Fusillade à Nîmes : un mort' });
  });

  it('fails empty, binary, missing and socket paths and goes on', async () => {
    const empty = file('bad/empty.txt', '');
    const bin = file('bad/blob.dat', Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256));
    const ok = file('bad/ok.txt', 'Un texte lisible.');
    const sock = join(dir, 'bad', 's.sock');
    const server: Server = createServer();
    await new Promise<void>((r) => server.listen(sock, r));
    try {
      const items = await collect([empty, bin, join(dir, 'nope.txt'), sock, ok]);
      expect(failures(items).map((f) => f.reason)).toEqual([
        'empty file',
        'binary file (contains NUL bytes)',
        'no such file or directory',
        'not a regular file (a socket)',
      ]);
      expect(docs(items).map((d) => d.content)).toEqual(['Un texte lisible.']);
    } finally {
      server.close();
    }
  });

  it('refuses a file over maxFileBytes without reading it', async () => {
    const big = file('big.txt', 'x'.repeat(5000));
    const [item] = await collect([big], { maxFileBytes: 1000 });
    expect(item).toEqual({ ok: false, failure: { source: big, reason: expect.stringMatching(/^file too large \(5000 bytes, limit 1000 bytes\)/) } });
  });

  it('reads JSON exports item by item, failing only the items without text', async () => {
    const json = file(
      'json/export.json',
      JSON.stringify({
        articles: [
          { url: 'https://a.example/1', title: 'Un', text: 'Premier article.', published: '14/05/2024', outlet: 'A' },
          { url: 'https://a.example/2', title: 'Deux' },
          { title: 'Trois', html: '<p>Troisième article.</p>', published: 'mardi 14 mai 2024' },
        ],
      }),
    );
    const items = await collect([json]);
    expect(items.map((i) => (i.ok ? i.doc.source : i.failure.source))).toEqual([`${json}#1`, `${json}#2`, `${json}#3`]);
    expect(items[0]).toMatchObject({ ok: true, doc: { format: 'text', encoding: 'json', meta: { url: 'https://a.example/1', published: '2024-05-14', outlet: 'A', title: 'Un' } } });
    expect(items[1]).toEqual({ ok: false, failure: { source: `${json}#2`, reason: 'item has no text or html' } });
    expect(items[2]).toMatchObject({ ok: true, doc: { format: 'html', meta: { published: '2024-05-14' } } });
  });

  it('fails malformed JSON as a whole file, and malformed JSONL line by line', async () => {
    const bad = file('json/bad.json', '{"items": [ {"text": "a"} ');
    const lines = [
      JSON.stringify({ text: 'Ligne un.', outlet: 'B' }),
      '{"text": "cassée',
      '',
      JSON.stringify({ text: 'Ligne quatre.', published: 1715670000 }),
    ].join('\n');
    const jsonl = file('json/feed.jsonl', lines + '\n');
    const items = await collect([bad, jsonl]);
    expect(items[0]).toEqual({ ok: false, failure: { source: bad, reason: expect.stringMatching(/^malformed JSON/) } });
    expect(items.slice(1).map((i) => (i.ok ? i.doc.source : `FAIL ${i.failure.source}`))).toEqual([
      `${jsonl}#1`,
      `FAIL ${jsonl}#2`,
      `${jsonl}#4`,
    ]);
    expect(items[3]).toMatchObject({ ok: true, doc: { content: 'Ligne quatre.', meta: { published: '2024-05-14T07:00:00Z' } } });
  });

  it('reads RSS and Atom feeds item by item with links, dates and the feed title as outlet', async () => {
    const rss = file('feeds/gazette.rss', RSS);
    const atom = file('feeds/wire', ATOM);
    const items = await collect([rss, atom]);
    const [r1, r2, r3, a1, a2, a3] = items;
    expect(r1).toMatchObject({
      ok: true,
      doc: {
        source: `${rss}#1`,
        format: 'html',
        encoding: 'rss',
        meta: { title: 'Saisie de 300 kg de résine au Havre', url: 'https://gazette.example/a/1', published: '2024-05-14T08:30:00+02:00', outlet: 'Gazette du Littoral' },
      },
    });
    expect(r1.ok && r1.doc.content).toContain('dans un conteneur');
    expect(r2).toMatchObject({ ok: false, failure: { source: `${rss}#2` } });
    expect(r3).toMatchObject({ ok: true, doc: { format: 'text', content: 'Trois interpellations & 2 000 euros saisis.', meta: { published: '2024-05-15T18:00:00Z' } } });
    expect(a1).toMatchObject({ ok: true, doc: { source: `${atom}#1`, encoding: 'atom', format: 'html', meta: { url: 'https://wire.example/2024/05/van', published: '2024-05-14T11:20:00+02:00', outlet: 'Night Desk Wire' } } });
    expect(a1.ok && a1.doc.content).toBe('<p>Two officers were killed when gunmen attacked a prison van.</p>');
    expect(a2).toMatchObject({ ok: true, doc: { format: 'text', content: 'Police arrested four men in Grenoble.', meta: { published: '2024-05-16' } } });
    expect(a3.ok && a3.doc.content).toMatch(/<p>Seized <em>12 kg<\/em> of cocaine\.<\/p>/);
  });

  it('decodes escaped HTML in Atom type="html" titles, and leaves type="text" titles as written', async () => {
    const feed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><title type="html">A &amp;lt;b&amp;gt; tag &amp;amp; a &lt;em&gt;raid&lt;/em&gt;</title><link href="https://desk.example/1"/><content type="text">Raid in Lyon.</content></entry>
<entry><title type="text">Less &amp;amp; more</title><link href="https://desk.example/2"/><content type="text">Raid in Nice.</content></entry>
</feed>`;
    const items = docs(await collect([file('feeds/titles.atom', feed)]));
    expect(items.map((d) => d.meta.title)).toEqual(['A <b> tag & a raid', 'Less &amp; more']);
  });

  it('walks nested folders in sorted order, skipping dot-files and page assets', async () => {
    const root = join(dir, 'tree');
    file('tree/b/2.txt', 'deux');
    file('tree/a/z/3.txt', 'trois');
    file('tree/a/1.htm', '<p>un</p>');
    file('tree/.hidden.txt', 'caché');
    file('tree/.git/config.txt', 'caché');
    file('tree/a/logo.png', 'PNG');
    file('tree/notes.md', '# notes');
    file('tree/0.txt', 'zéro');
    const items = await collect([root]);
    expect(items.map((i) => (i.ok ? i.doc.content : i.failure.reason))).toEqual(['zéro', '<p>un</p>', 'trois', 'deux']);
  });

  it('with no inputs, reads the files a manifest lists', async () => {
    file('listed/x.txt', 'Texte X.');
    const manifest = file('listed/list.json', JSON.stringify([{ file: 'x.txt', outlet: 'X', published: 'unknown', url: '' }]));
    const items = await collect([], { manifest });
    expect(items).toMatchObject([{ ok: true, doc: { content: 'Texte X.', meta: { outlet: 'X', published: null, url: null } } }]);
  });

  it('reports an unusable manifest and still reads the inputs', async () => {
    const p = file('m/a.txt', 'Texte.');
    const items = await collect([p], { manifest: join(dir, 'm/none.csv') });
    expect(items[0]).toMatchObject({ ok: false, failure: { reason: expect.stringMatching(/no such file/) } });
    expect(items[1]).toMatchObject({ ok: true, doc: { content: 'Texte.' } });
  });
});
