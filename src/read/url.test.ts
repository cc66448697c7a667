import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { ReadItem } from '../core/types.js';
import { readSources } from './index.js';
import { fetchUrl } from './url.js';

const PAGE = '<html><head><title>Règlement de comptes à Besançon</title></head><body><p>Un homme de 31 ans a été tué près de la Planoise, où 2 000 € ont été saisis.</p></body></html>';
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Fil Police</title>
<item><title>Interpellations</title><link>https://fil.example/1</link><pubDate>Mon, 02 Sep 2024 06:00:00 +0200</pubDate><description>Cinq personnes interpellées.</description></item></channel></rss>`;

// A page long enough that half of its gzip holds whole blocks: a reader that flushes what it got would return text.
const GZ_PAGE = gzipSync(Buffer.from(PAGE.replace('</p>', `${' Les enquêteurs poursuivent leurs investigations.'.repeat(400)}</p>`)));
// Deterministic bytes that are not gzip (the first is not the gzip magic number).
const PATTERN = Buffer.from(Array.from({ length: 700_000 }, (_, i) => (i * 7 + (i >> 11)) % 256));
const GARBAGE = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 251));

let server: Server;
let base: string;
let closedPort: number;
const pending = new Set<ReturnType<typeof setTimeout>>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/latin1') {
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
      // Pages labelled ISO-8859-1 are in practice Windows-1252 (the € sign): browsers decode them as such.
      res.end(iconv.encode(PAGE, 'windows-1252'));
    } else if (path.startsWith('/hop/')) {
      const n = Number(path.slice(5));
      res.writeHead(n > 0 ? 302 : 200, n > 0 ? { location: `/hop/${n - 1}` } : { 'content-type': 'text/plain; charset=utf-8' });
      res.end(n > 0 ? '' : `arrivé après les redirections (UA: ${req.headers['user-agent']})`);
    } else if (path === '/loop') {
      res.writeHead(301, { location: '/loop2' });
      res.end();
    } else if (path === '/loop2') {
      res.writeHead(301, { location: `${base}/loop` });
      res.end();
    } else if (path === '/slow') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('début…');
      const t = setTimeout(() => res.end(' fin'), 5000);
      pending.add(t);
    } else if (path === '/big') {
      // No Content-Length: the cap must hold while the body streams in.
      res.writeHead(200, { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' });
      const chunk = 'x'.repeat(16 * 1024);
      for (let i = 0; i < 16; i++) res.write(chunk);
      res.end();
    } else if (path === '/pattern' || path === '/pattern-chunked') {
      // Sent in pieces of uneven sizes, with and without a Content-Length: the body is copied chunk by chunk.
      res.writeHead(200, { 'content-type': 'application/octet-stream', ...(path === '/pattern' ? { 'content-length': String(PATTERN.length) } : {}) });
      for (let at = 0, n = 1; at < PATTERN.length; at += n, n = 1 + ((n * 7 + 3) % 70_000)) res.write(PATTERN.subarray(at, at + n));
      res.end();
    } else if (path === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(FEED);
    } else if (path === '/gzip-garbage') {
      // Declares gzip, sends bytes that are not, and never ends the body.
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.write(GARBAGE);
    } else if (path === '/gzip-stall') {
      // A real gzip body, cut in the middle, the connection left open.
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.write(GZ_PAGE.subarray(0, GZ_PAGE.length >> 1));
    } else if (path === '/gzip-corrupt') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(GARBAGE);
    } else if (path === '/gzip-truncated') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(GZ_PAGE.subarray(0, GZ_PAGE.length >> 1));
    } else if (path === '/gzip') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      res.end(GZ_PAGE);
    } else if (path === '/br') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' });
      res.end(brotliCompressSync(Buffer.from(PAGE)));
    } else if (path === '/page.html.gz') {
      // The truncated .html.gz file itself as the body, as a static file server sends it.
      res.writeHead(200, { 'content-type': 'application/gzip' });
      res.end(GZ_PAGE.subarray(0, GZ_PAGE.length >> 1));
    } else if (path === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was just free and is now closed: connecting to it is refused.
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
});

afterAll(async () => {
  for (const t of pending) clearTimeout(t);
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

async function one(url: string, fetch = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readSources([url], { fetch })) out.push(item);
  return out;
}

describe('reading URLs from a local server', () => {
  it('decodes a 200 HTML page with the charset from the Content-Type header', async () => {
    const [item] = await one(`${base}/latin1`);
    expect(item).toMatchObject({ ok: true, doc: { source: `${base}/latin1`, format: 'html', encoding: 'windows-1252', meta: { url: `${base}/latin1`, title: 'Règlement de comptes à Besançon' } } });
    expect(item.ok && item.doc.content).toContain('2 000 € ont été saisis');
  });

  it('follows a redirect chain within the limit, sending the User-Agent', async () => {
    const [item] = await one(`${base}/hop/3`, { userAgent: 'VigieTest/1' });
    expect(item).toMatchObject({ ok: true, doc: { format: 'text', content: 'arrivé après les redirections (UA: VigieTest/1)', meta: { url: `${base}/hop/0` } } });
  });

  it('fails a redirect chain longer than maxRedirects and a redirect loop', async () => {
    expect(await one(`${base}/hop/4`, { maxRedirects: 2 })).toEqual([{ ok: false, failure: { source: `${base}/hop/4`, reason: 'too many redirects (more than 2)' } }]);
    const [loop] = await one(`${base}/loop`);
    expect(loop).toMatchObject({ ok: false, failure: { reason: expect.stringMatching(/^redirect loop/) } });
  });

  it('fails a 404 with the status', async () => {
    expect(await one(`${base}/missing`)).toEqual([{ ok: false, failure: { source: `${base}/missing`, reason: 'HTTP 404 Not Found' } }]);
  });

  it('fails a slow response at the timeout', async () => {
    expect(await one(`${base}/slow`, { timeoutMs: 300 })).toEqual([{ ok: false, failure: { source: `${base}/slow`, reason: 'timed out after 300 ms' } }]);
  });

  it('aborts a body that grows past maxBytes', async () => {
    const r = await fetchUrl(`${base}/big`, { maxBytes: 40_000 });
    expect(r).toEqual({ ok: false, url: `${base}/big`, reason: 'too large (more than 40000 bytes)' });
    const whole = await fetchUrl(`${base}/big`, { maxBytes: 1_000_000 });
    expect(whole.ok && whole.bytes.length).toBe(16 * 16 * 1024);
  });

  it('returns a body as sent, whether its length was announced or not, in a buffer of its own size', async () => {
    for (const path of ['/pattern', '/pattern-chunked']) {
      const r = await fetchUrl(`${base}${path}`, { maxBytes: 50 * 1024 * 1024 });
      if (!r.ok) throw new Error(r.reason);
      expect(Buffer.from(r.bytes).equals(PATTERN), path).toBe(true);
      // Not a view into a buffer the size of the cap, kept for as long as the document.
      expect(r.bytes.buffer.byteLength, path).toBeLessThan(2 * PATTERN.length);
    }
  });

  it('fails a refused connection', async () => {
    const url = `http://127.0.0.1:${closedPort}/`;
    expect(await one(url)).toEqual([{ ok: false, failure: { source: url, reason: 'connection refused' } }]);
  });

  it('fails a body declared gzip that is garbage and never ends, or stalls half-way, at the timeout', async () => {
    for (const path of ['/gzip-garbage', '/gzip-stall']) {
      const started = performance.now();
      expect(await one(`${base}${path}`, { timeoutMs: 300 }), path).toEqual([{ ok: false, failure: { source: `${base}${path}`, reason: 'timed out after 300 ms' } }]);
      // The timeout covers the body: the read ends near 300 ms, not at some later client default.
      expect(performance.now() - started, path).toBeLessThan(5_000);
    }
  });

  it('refuses a truncated or corrupt gzip body as the same file on disk is refused, and reads whole ones', async () => {
    expect(await one(`${base}/gzip-truncated`)).toEqual([{ ok: false, failure: { source: `${base}/gzip-truncated`, reason: 'truncated gzip body (unexpected end of data)' } }]);
    expect(await one(`${base}/gzip-corrupt`)).toMatchObject([{ ok: false, failure: { reason: expect.stringMatching(/^corrupt gzip body \(/) } }]);
    const dir = mkdtempSync(join(tmpdir(), 'vigie-url-'));
    writeFileSync(join(dir, 'page.html.gz'), GZ_PAGE.subarray(0, GZ_PAGE.length >> 1));
    const [onDisk] = await one(join(dir, 'page.html.gz'));
    const [overHttp] = await one(`${base}/page.html.gz`);
    expect(onDisk).toMatchObject({ ok: false, failure: { reason: 'truncated gzip file (unexpected end of data)' } });
    expect(overHttp).toMatchObject({ ok: false, failure: { reason: 'truncated gzip file (unexpected end of data)' } });
    for (const path of ['/gzip', '/br']) {
      const [item] = await one(`${base}${path}`);
      expect(item.ok && item.doc.content, path).toContain('2 000 € ont été saisis');
    }
  });

  it('reads a feed by content type and refuses images', async () => {
    const [item] = await one(`${base}/feed`);
    expect(item).toMatchObject({ ok: true, doc: { source: `${base}/feed#1`, encoding: 'rss', meta: { outlet: 'Fil Police', url: 'https://fil.example/1', published: '2024-09-02T06:00:00+02:00' } } });
    expect(await one(`${base}/image`)).toMatchObject([{ ok: false, failure: { reason: 'unsupported content type (image/png)' } }]);
  });
});
