// The watcher end to end against simulated outlets on 127.0.0.1, on both dialects: a feed that gains, changes and
// drops items; 304s; hostile links; a source that keeps failing; a restart in the middle of a cycle; alerts to a
// webhook that fails and then recovers; the Atom feed, metrics and health of `vigie serve --watch`.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, freshStore } from '../../test/support/stores.js';
import { buildServer } from '../serve/server.js';
import type { Store } from '../store/store.js';
import { WatchMetrics } from './metrics.js';
import { shootingArticle, SimOutlet } from './sim-outlet.js';
import { parseWatchConfig, type WatchConfig } from './sources.js';
import { WatchState } from './state.js';
import { Watcher, type WatchOptions } from './watcher.js';

const fast = { hostDelayMs: 0, backoffMs: 10, retries: 1, timeoutMs: 3000 };

function config(sources: unknown[], extra: Record<string, unknown> = {}): WatchConfig {
  const c = parseWatchConfig({ sources, ...extra }, 'test.yaml', { HOOK_SECRET: 's3cret' });
  expect(c.problems).toEqual([]);
  return c;
}

describe.each(DIALECTS)('watcher on %s', (dialect) => {
  let outlet: SimOutlet;
  let base: string;
  let store: Store;
  let now: Date;
  const watcher = (c: WatchConfig, o: Partial<WatchOptions> = {}) =>
    new Watcher(store, c, { fetcher: fast, allowPrivate: true, workers: 0, now: () => now, ...o });

  beforeEach(async () => {
    outlet = new SimOutlet();
    base = await outlet.start();
    store = await freshStore(dialect);
    now = new Date('2026-01-01T10:00:00Z');
  });
  afterEach(async () => {
    await outlet.stop();
    await store.close();
  });

  it('follows a feed that gains, changes and drops items: new articles stored once, 304s cost nothing', async () => {
    outlet.add(shootingArticle(1, 'Marseille', 3));
    const c = config([{ url: `${base}/rss.xml`, name: 'Sim', outlet: 'Sim Matin', interval: '10m' }]);
    const w = watcher(c);
    const s1 = await w.cycle();
    expect(s1).toMatchObject({ due: 1, newLinks: 1, fetched: 1, newDocuments: 1, newIncidents: 1 });
    const docs = await store.currentDocuments();
    expect(docs.map((d) => [d.url, d.outlet, d.published])).toEqual([[`${base}/articles/${shootingArticle(1).slug}`, 'Sim Matin', '2025-03-04T08:00:00Z']]);

    // Not due yet: nothing fetched at all.
    const before = outlet.log.length;
    expect(await w.cycle()).toMatchObject({ due: 0, fetched: 0 });
    expect(outlet.log.length).toBe(before);

    // Due, unchanged: a conditional GET answered 304.
    now = new Date(now.getTime() + 11 * 60_000);
    expect(await w.cycle()).toMatchObject({ due: 1, notModified: 1, newLinks: 0, fetched: 0 });
    expect(outlet.log.at(-1)).toMatchObject({ path: '/rss.xml', ifNoneMatch: expect.stringMatching(/^"/) });

    // The feed gains an item, a title changes and the first item is dropped: only the new link is fetched.
    outlet.add(shootingArticle(2, 'Nîmes', 5));
    outlet.articles.delete(shootingArticle(1).slug);
    now = new Date(now.getTime() + 11 * 60_000);
    const s4 = await w.cycle();
    expect(s4).toMatchObject({ newLinks: 1, fetched: 1, newDocuments: 1 });
    expect(outlet.count(`/articles/${shootingArticle(1).slug}`)).toBe(1);
    expect(outlet.count(`/articles/${shootingArticle(2, 'Nîmes', 5).slug}`)).toBe(1);
    expect((await store.currentDocuments()).length).toBe(2);
    expect(await store.countIncidents()).toBe(2);
  });

  it('reads news sitemaps and listing pages, and finds the feed of a page given without a pattern', async () => {
    outlet.add(shootingArticle(1));
    outlet.add(shootingArticle(2, 'Toulouse'));
    const c = config([
      { url: `${base}/sitemap.xml`, type: 'sitemap' },
      { url: `${base}/faits-divers`, type: 'listing', pattern: '/articles/' },
    ]);
    const s = await watcher(c).cycle();
    expect(s).toMatchObject({ newLinks: 2, fetched: 2, newDocuments: 2 });
    // The same article listed by two sources is fetched once.
    expect(outlet.count(`/articles/${shootingArticle(1).slug}`)).toBe(1);
    const page = config([{ url: `${base}/faits-divers` }]);
    outlet.add(shootingArticle(3, 'Lyon'));
    // The page was followed above as a listing: it is due again after its interval.
    now = new Date(now.getTime() + 16 * 60_000);
    const s2 = await watcher(page).cycle();
    expect(s2).toMatchObject({ newLinks: 1, fetched: 1 });
    expect(outlet.count('/rss.xml')).toBe(1);
  });

  it('refuses feed links to loopback, private, metadata addresses and file:// unless allowed', async () => {
    outlet.extraFeedLinks = ['http://10.0.0.1/a-b-c-d', 'http://169.254.169.254/latest/meta-data/', 'file:///etc/passwd', 'http://[::1]/x'];
    outlet.add(shootingArticle(1));
    // The outlet itself is allowed by name: only what its feed points at is tested.
    const c = config([{ url: `${base}/rss.xml` }], { allow_private: ['127.0.0.1'] });
    const w = watcher(c, { allowPrivate: false });
    const s = await w.cycle();
    // file:// is not even a link; the three addresses are listed, refused, and never connected to.
    expect(s).toMatchObject({ newLinks: 4, fetched: 1, fetchFailed: 3 });
    const rows = await store.db.selectFrom('watch_items').select(['url', 'status', 'last_error']).where('status', '!=', 'done').orderBy('url').execute();
    expect(rows.map((r) => r.last_error)).toEqual([
      expect.stringContaining('10.0.0.1 is a private address'),
      expect.stringContaining('169.254.169.254 is a link-local'),
      expect.stringContaining('::1 is a loopback address'),
    ]);
    // Without the allow-list, the outlet on 127.0.0.1 is refused too.
    const closed = watcher(config([{ url: `${base}/sitemap.xml` }]), { allowPrivate: false });
    expect(await closed.cycle()).toMatchObject({ failedSources: 1 });
  });

  it('backs off a source that keeps failing and reports it, instead of retrying in a loop', async () => {
    outlet.faults.set('/rss.xml', { status: 500, times: Infinity });
    const c = config([{ url: `${base}/rss.xml`, interval: '10m' }]);
    const w = watcher(c);
    const s1 = await w.cycle();
    expect(s1.reports[0]).toMatchObject({ outcome: 'failed', failures: 1, reason: 'HTTP 500 Internal Server Error (after 2 tries)' });
    const state = new WatchState(store);
    const first = (await state.sources([`${base}/rss.xml`])).get(`${base}/rss.xml`)!;
    expect(first.next_due_at).toBe('2026-01-01T10:10:00.000Z');
    now = new Date('2026-01-01T10:10:00Z');
    const s2 = await w.cycle();
    expect(s2.reports[0]).toMatchObject({ failures: 2 });
    // Twice the interval after the second failure in a row.
    expect((await state.sources([`${base}/rss.xml`])).get(`${base}/rss.xml`)!.next_due_at).toBe('2026-01-01T10:30:00.000Z');
    now = new Date('2026-01-01T10:20:00Z');
    expect(await w.cycle()).toMatchObject({ due: 0 });
    // It recovers: the failures are forgotten.
    outlet.faults.clear();
    outlet.add(shootingArticle(1));
    now = new Date('2026-01-01T10:31:00Z');
    expect(await w.cycle()).toMatchObject({ failedSources: 0, fetched: 1 });
    expect((await state.allSources())[0]).toMatchObject({ failures: 0, last_error: null });
  });

  it('restarts in the middle of a cycle: nothing fetched twice, nothing lost', async () => {
    // More articles than are fetched at once (8), so that some are not yet started when the stop comes.
    const N = 14;
    for (let n = 1; n <= N; n++) outlet.add(shootingArticle(n, 'Marseille', 1 + n));
    const c = config([{ url: `${base}/rss.xml` }]);
    const metrics = new WatchMetrics();
    const w1 = watcher(c, { metrics });
    // Stop once the second article has been requested: the articles in hand are finished, the rest wait.
    let articles = 0;
    outlet.onRequest = (path) => {
      if (path.startsWith('/articles/') && ++articles === 2) w1.stop();
    };
    const s1 = await w1.cycle();
    expect(s1.stopped).toBe(true);
    const stored1 = (await store.currentDocuments()).length;
    expect(stored1).toBeGreaterThan(0);
    expect(stored1).toBeLessThan(N);
    outlet.onRequest = null;
    // A new watcher (a restarted process) on the same database.
    const w2 = watcher(c);
    const s2 = await w2.cycle();
    expect(s2.due).toBe(0);
    expect((await store.currentDocuments()).length).toBe(N);
    for (let n = 1; n <= N; n++) expect(outlet.count(`/articles/${shootingArticle(n, 'Marseille', 1 + n).slug}`), `article ${n}`).toBe(1);
    expect(outlet.count('/rss.xml')).toBe(1);
  });

  it('delivers alerts to a signed webhook that fails, then recovers: each alert once', async () => {
    const received: Array<{ body: string; signature: string; timestamp: string }> = [];
    let failuresLeft = 2;
    const hook = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        if (failuresLeft-- > 0) return void res.writeHead(503).end();
        received.push({ body, signature: String(req.headers['x-vigie-signature']), timestamp: String(req.headers['x-vigie-timestamp']) });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
    try {
      outlet.add(shootingArticle(1, 'Marseille'));
      outlet.add(shootingArticle(2, 'Toulouse'));
      const c = config([{ url: `${base}/rss.xml` }], {
        alerts: [
          { name: 'marseille', departement: '13', type: 'shooting_homicide', min_killed: 1, webhook: hookUrl, secret_env: 'HOOK_SECRET' },
          { name: 'conflicts only', only_conflicts: true, webhook: hookUrl },
        ],
      });
      const w = watcher(c);
      const s1 = await w.cycle();
      expect(s1.alerts).toEqual({ queued: 1, delivered: 0, failed: 1 });
      // Retried later (backoff), not at once: still owed.
      now = new Date(now.getTime() + 5 * 60_000);
      expect((await w.cycle()).alerts).toMatchObject({ delivered: 0, failed: 1 });
      now = new Date(now.getTime() + 60 * 60_000);
      expect((await w.cycle()).alerts).toMatchObject({ queued: 0, delivered: 1 });
      expect(received).toHaveLength(1);
      const { body, signature, timestamp } = received[0];
      expect(signature).toBe('sha256=' + createHmac('sha256', 's3cret').update(`${timestamp}.${body}`).digest('hex'));
      const payload = JSON.parse(body);
      expect(payload).toMatchObject({ rule: 'marseille', incident: { type: 'shooting_homicide', killed: 1, place: { departement: '13' } } });
      now = new Date(now.getTime() + 60 * 60_000);
      expect((await w.cycle()).alerts).toEqual({ queued: 0, delivered: 0, failed: 0 });
      expect(received).toHaveLength(1);
    } finally {
      hook.close();
    }
  });

  describe('served with --watch', () => {
    it('serves the Atom feed of incidents, the metrics and the health of the watcher', async () => {
      outlet.add(shootingArticle(1, 'Marseille'));
      outlet.add(shootingArticle(2, 'Toulouse'));
      const metrics = new WatchMetrics();
      const w = watcher(config([{ url: `${base}/rss.xml` }]), { metrics });
      const cycleStart = new Date().toISOString();
      await w.cycle();
      const app = await buildServer({ store, webRoot: null, watch: { metrics, state: new WatchState(store), staleAfterSeconds: 900 } });
      try {
        const feed = await app.inject({ url: '/api/feeds/incidents.atom?departement=13&type=shooting_homicide' });
        expect(feed.statusCode).toBe(200);
        expect(feed.headers['content-type']).toContain('application/atom+xml');
        expect(feed.body.match(/<entry>/g)).toHaveLength(1);
        expect(feed.body).toContain('Marseille');
        expect(feed.body).not.toContain('Toulouse');
        const all = await app.inject({ url: '/api/feeds/incidents.atom' });
        expect(all.body.match(/<entry>/g)).toHaveLength(2);
        expect((await app.inject({ url: '/api/feeds/incidents.atom?departement=99x' })).statusCode).toBe(400);

        const since = await app.inject({ url: `/api/incidents?since=${cycleStart}` });
        expect(since.json().total).toBe(2);
        const later = await app.inject({ url: `/api/incidents?since=2100-01-01` });
        expect(later.json().total).toBe(0);

        const m = await app.inject({ url: '/metrics' });
        expect(m.headers['content-type']).toContain('text/plain');
        expect(m.body).toMatch(/^vigie_watch_fetches_total\{kind="article",outcome="ok"\} 2$/m);
        expect(m.body).toMatch(/^vigie_watch_new_documents_total 2$/m);
        expect(m.body).toMatch(/^vigie_watch_new_incidents_total 2$/m);
        expect(m.body).toMatch(/^vigie_watch_queue_lag 0$/m);
        const health = await app.inject({ url: '/api/health' });
        expect(health.json()).toMatchObject({ ok: true, watch: { ok: true, cycles: 1 } });
        const sources = await app.inject({ url: '/api/watch/sources' });
        expect(sources.json().items[0]).toMatchObject({ url: `${base}/rss.xml`, failures: 0 });

        // The API answers from the same connection the watcher writes on: what it remembers follows the new cycle.
        expect((await app.inject({ url: '/api/facets' })).json().counts.incidents).toBe(2);
        outlet.add(shootingArticle(3, 'Lyon'));
        now = new Date(now.getTime() + 16 * 60_000);
        await w.cycle();
        expect((await app.inject({ url: '/api/facets' })).json().counts.incidents).toBe(3);
      } finally {
        await app.close();
      }
    });
  });
});

describe('language hint of a source', () => {
  it('is taken for an article too short for its language to be told, and never over what the text says', async () => {
    const { classifyStory } = await import('../classify/index.js');
    expect(classifyStory({ title: null, text: 'Tirs, Nice.' }, 'fr').language).toBe('fr');
    expect(classifyStory({ title: null, text: 'Tirs, Nice.' }).language).toBe('und');
    const english = 'A man was shot dead on Tuesday night in Marseille near a drug dealing point, police said, in the third such killing this month.';
    expect(classifyStory({ title: null, text: english }, 'fr').language).toBe('en');
  });
});
