// The polite fetcher against a simulated outlet on 127.0.0.1 (opened with allowPrivate: the guard's refusals have
// their own tests here and in guard.test.ts).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PoliteFetcher, retryAfterSeconds } from './fetcher.js';
import { SimOutlet, shootingArticle } from './sim-outlet.js';

let outlet: SimOutlet;
let base: string;
beforeEach(async () => {
  outlet = new SimOutlet();
  base = await outlet.start();
  outlet.add(shootingArticle(1));
});
afterEach(() => outlet.stop());

const fetcher = (o: Partial<ConstructorParameters<typeof PoliteFetcher>[0]> = {}) =>
  new PoliteFetcher({ allowPrivate: true, allowHosts: [], hostDelayMs: 0, backoffMs: 20, timeoutMs: 2000, ...o });

describe('polite fetcher', () => {
  it('sends a user agent naming Vigie, decodes gzip, and gets a 304 for an unchanged feed', async () => {
    const f = fetcher();
    const first = await f.get(`${base}/rss.xml`, { etag: null, lastModified: null });
    expect(first.ok && !first.notModified).toBe(true);
    if (!first.ok || first.notModified) return;
    expect(Buffer.from(first.result.bytes).toString()).toContain('<rss');
    expect(first.validators.etag).toMatch(/^"/);
    const second = await f.get(`${base}/rss.xml`, first.validators);
    expect(second).toMatchObject({ ok: true, notModified: true, validators: { etag: first.validators.etag } });
    expect(outlet.log.at(-1)?.ifNoneMatch).toBe(first.validators.etag);
    expect(outlet.log.every((l) => l.userAgent?.startsWith('Vigie/'))).toBe(true);
    outlet.add(shootingArticle(2));
    const third = await f.get(`${base}/rss.xml`, first.validators);
    expect(third.ok && !third.notModified).toBe(true);
  });

  it('reads robots.txt once per host and honours it', async () => {
    const f = fetcher();
    expect(await f.get(`${base}/private/x`)).toMatchObject({ ok: false, reason: 'disallowed by robots.txt' });
    await f.get(`${base}/rss.xml`);
    expect(outlet.count('/robots.txt')).toBe(1);
    expect(outlet.count('/private/x')).toBe(0);
  });

  it('stays away from a site whose robots.txt gives a server error', async () => {
    outlet.faults.set('/robots.txt', { status: 503, times: Infinity });
    const r = await fetcher({ retries: 0 }).get(`${base}/rss.xml`);
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.reason).toContain('robots.txt could not be read');
    expect(outlet.count('/rss.xml')).toBe(0);
  });

  it('retries a 500 storm with backoff and gets through when it ends; gives up after its tries otherwise', async () => {
    outlet.faults.set('/rss.xml', { status: 500, times: 2 });
    const r = await fetcher({ retries: 3 }).get(`${base}/rss.xml`);
    expect(r.ok).toBe(true);
    expect(outlet.count('/rss.xml')).toBe(3);
    outlet.faults.set('/rss.xml', { status: 502, times: Infinity });
    const failed = await fetcher({ retries: 2 }).get(`${base}/rss.xml`);
    expect(failed).toMatchObject({ ok: false, reason: 'HTTP 502 Bad Gateway (after 3 tries)' });
    // A 404 is not worth another try.
    const before = outlet.count('/nothing');
    expect(await fetcher().get(`${base}/nothing`)).toMatchObject({ ok: false, reason: 'HTTP 404 Not Found' });
    expect(outlet.count('/nothing') - before).toBe(1);
  });

  it('obeys Retry-After on 429, and hands a long one back to the caller instead of waiting', async () => {
    outlet.faults.set('/rss.xml', { status: 429, retryAfter: '1', times: 1 });
    const t0 = Date.now();
    expect((await fetcher().get(`${base}/rss.xml`)).ok).toBe(true);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    outlet.faults.set('/rss.xml', { status: 429, retryAfter: '3600', times: 1 });
    const r = await fetcher().get(`${base}/rss.xml`);
    expect(r).toMatchObject({ ok: false, retryAfterSeconds: 3600 });
    expect(retryAfterSeconds(new Date(Date.now() + 120_000).toUTCString())).toBeGreaterThan(100);
  });

  it('times out a slow answer and a never-ending body, and retries them', async () => {
    outlet.faults.set('/slow', { delayMs: 1500, status: 200, times: Infinity });
    const slow = await fetcher({ timeoutMs: 300, retries: 1 }).get(`${base}/slow`);
    expect(slow).toMatchObject({ ok: false, reason: 'timed out after 300 ms (after 2 tries)' });
    outlet.faults.set(`/articles/${shootingArticle(1).slug}`, { hang: true, times: 1 });
    const hung = await fetcher({ timeoutMs: 300, retries: 1 }).get(`${base}/articles/${shootingArticle(1).slug}`);
    expect(hung.ok).toBe(true);
  });

  it('refuses a redirect loop and a redirect to a refused address or scheme', async () => {
    outlet.faults.set('/a', { redirect: '/b', times: Infinity });
    outlet.faults.set('/b', { redirect: '/a', times: Infinity });
    expect(await fetcher().get(`${base}/a`)).toMatchObject({ ok: false, reason: expect.stringContaining('redirect loop') });
    outlet.faults.set('/meta', { redirect: 'http://169.254.169.254/latest/meta-data/', times: Infinity });
    outlet.faults.set('/file', { redirect: 'file:///etc/passwd', times: Infinity });
    const guarded = fetcher({ allowPrivate: false, allowHosts: ['127.0.0.1'] });
    expect(await guarded.get(`${base}/meta`)).toMatchObject({ ok: false, reason: expect.stringContaining('169.254.169.254 is a link-local') });
    expect(await guarded.get(`${base}/file`)).toMatchObject({ ok: false, reason: expect.stringContaining('unsupported scheme (file:)') });
    expect(await fetcher({ allowPrivate: false }).get(`${base}/rss.xml`)).toMatchObject({ ok: false, reason: expect.stringContaining('127.0.0.1 is a loopback') });
  });

  it('sends one request at a time per host, with the delay between them', async () => {
    // A server that records how many requests it has in hand at once.
    let inFlight = 0;
    let most = 0;
    const times: number[] = [];
    const server = createServer((req, res) => {
      inFlight++;
      most = Math.max(most, inFlight);
      times.push(Date.now());
      setTimeout(() => {
        inFlight--;
        res.writeHead(req.url === '/robots.txt' ? 404 : 200, { 'content-type': 'text/plain' }).end('ok');
      }, 30);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const f = fetcher({ hostDelayMs: 100 });
      await Promise.all([1, 2, 3, 4].map((i) => f.get(`${url}/p${i}`)));
      expect(most).toBe(1);
      // robots.txt, then four pages: each request starts at least the delay after the previous one ended.
      expect(times).toHaveLength(5);
      for (let i = 2; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(100 + 30 - 5);
    } finally {
      server.close();
    }
  });
});
