import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { DIALECTS, freshLocation, freshStore } from '../../test/support/stores.js';
import { COUNT_CAP, communeCodes } from './queries.js';
import { SEARCH_RANK_WINDOW } from '../store/dialects/search-window.js';
import { CONTENT_SECURITY_POLICY, buildServer } from './server.js';
import { HOSTILE, writeDashboardDetailsDatabase, writeFixtureDatabase, writeSyntheticDatabase, type FixtureIds } from '../../bench/support/fixtures.js';

describe.each(DIALECTS)('API on %s', (dialect) => {
  let app: FastifyInstance;
  let store: Store;
  let ids: FixtureIds;

  const get = async (url: string) => {
    const res = await app.inject({ method: 'GET', url });
    return { status: res.statusCode, body: res.headers['content-type']?.toString().includes('json') ? res.json() : res.body, headers: res.headers };
  };

  beforeAll(async () => {
    store = await freshStore(dialect);
    ids = await writeFixtureDatabase(store);
    app = await buildServer({ store, webRoot: null });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  describe('incidents', () => {
    it('lists incidents newest first with the total', async () => {
      const { status, body } = await get('/api/incidents');
      expect(status).toBe(200);
      expect(body.total).toBe(4);
      expect(body.items.map((i: { date: string }) => i.date)).toEqual(['2024-12', '2024-06-02', '2024-03-13', '2023-08-21']);
    });

    it('filters by département, type, dates, sources, conflicts and text', async () => {
      expect((await get('/api/incidents?departement=13')).body.items.map((i: { id: string }) => i.id)).toEqual([ids.marseille]);
      expect((await get('/api/incidents?departement=13&departement=974')).body.total).toBe(2);
      expect((await get('/api/incidents?type=seizure')).body.total).toBe(0);
      expect((await get('/api/incidents?from=2024-01-01&to=2024-06')).body.total).toBe(2);
      // A month-precision date overlaps a day inside that month.
      expect((await get('/api/incidents?from=2024-12-10')).body.items[0].date).toBe('2024-12');
      expect((await get('/api/incidents?min_sources=2')).body.items.map((i: { id: string }) => i.id)).toEqual([ids.marseille]);
      expect((await get('/api/incidents?has_conflicts=true')).body.total).toBe(1);
      // French text, accents folded, word prefix.
      expect((await get('/api/incidents?q=peRDUE')).body.items.map((i: { id: string }) => i.id)).toEqual([ids.nimes]);
      expect((await get('/api/incidents?q=' + encodeURIComponent('Nîmes'))).body.total).toBe(1);
      expect((await get('/api/incidents?region=Occitanie')).body.total).toBe(1);
    });

    it('reads a commune filter on Paris, Marseille or Lyon as the whole city, arrondissements included', async () => {
      // The fixture's Marseille incident is placed in the 14th arrondissement (13214).
      expect((await get('/api/incidents?commune=13055')).body.items.map((i: { id: string }) => i.id)).toEqual([ids.marseille]);
      expect((await get('/api/incidents?commune=13214')).body.total).toBe(1);
      expect((await get('/api/incidents?commune=13201')).body.total).toBe(0);
      expect((await get('/api/incidents?commune=75056')).body.total).toBe(0);
      expect((await get('/api/stats?by=commune&commune=13055')).body.total.incidents).toBe(1);
      const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => String(from + i));
      expect(communeCodes('75056')).toEqual(['75056', ...range(75101, 20)]);
      expect(communeCodes('13055')).toEqual(['13055', ...range(13201, 16)]);
      expect(communeCodes('69123')).toEqual(['69123', ...range(69381, 9)]);
      expect(communeCodes('30189')).toEqual(['30189']);
    });

    it('sorts and pages', async () => {
      const page = (await get('/api/incidents?sort=-injured&limit=1&offset=1')).body;
      expect(page).toMatchObject({ total: 4, limit: 1, offset: 1 });
      expect(page.items[0].injured).toBe(1);
    });

    it('gives one incident with its sources, evidence spans and conflicts', async () => {
      const { body } = await get(`/api/incidents/${encodeURIComponent(ids.marseille)}`);
      expect(body.incident.conflicts[0].field).toBe('injured');
      expect(body.sources).toHaveLength(2);
      for (const s of body.sources) {
        for (const ev of s.events) for (const span of ev.evidence) expect(s.story.text.slice(span.start, span.end)).toBe(span.text);
      }
      expect(Object.values(body.event_sources).map((v) => (v as { outlet: string }).outlet).sort()).toEqual(['Example Herald', 'Le Quotidien Exemple']);
    });

    it('returns points for the map', async () => {
      const { body } = await get('/api/incidents/points?from=2024');
      expect(body.total).toBe(3);
      expect(body.total_exact).toBe(true);
      // A box around Marseille: only the point inside it, and the total counts only those inside too.
      const boxed = (await get('/api/incidents/points?from=2024&bbox=5.2,43.2,5.5,43.4')).body;
      expect(boxed.points.map((p: unknown[]) => p[6])).toEqual(['13']);
      expect(boxed.total).toBe(1);
      expect((await get('/api/incidents/points?bbox=5.5,43.2,5.2,43.4')).status).toBe(400);
      expect((await get('/api/incidents/points?bbox=5.5,43.2')).status).toBe(400);
      expect(body.points[0]).toHaveLength(7);
      // The département closes each tuple: it names the point on the map and puts an overseas one in its inset.
      expect(body.points.map((p: unknown[]) => p[6]).sort()).toEqual(['13', '38', '974']);
    });
  });

  describe('figures, entities, statistics, texts', () => {
    it('puts the conflicting group first with who states each value', async () => {
      const { body } = await get('/api/claim-groups');
      const g = body.items[0];
      expect(g.id).toBe(ids.conflictGroup);
      expect(g.status).toBe('conflicting');
      expect(g.statements.map((s: { value: number; attributed_to: string; document: { outlet: string } }) => [s.value, s.attributed_to, s.document.outlet]).sort()).toEqual([
        [10, 'drugs observatory', 'Example Weekly'],
        [110, 'interior ministry', 'Example Herald'],
      ]);
      expect((await get('/api/claim-groups?status=single')).body.total).toBe(1);
    });

    it('gives an entity with mentions in context and its incidents', async () => {
      const { body } = await get(`/api/entities/${encodeURIComponent(ids.entity)}`);
      expect(body.mentions).toHaveLength(2);
      const m = body.mentions[0];
      expect(m.context.text.slice(m.context.start, m.context.end)).toBe('Claire Vautrin');
      expect(body.incidents.map((i: { id: string }) => i.id)).toEqual([ids.marseille]);
      expect((await get('/api/entities?q=vautrin')).body.total).toBe(1);
    });

    it('counts by month and by département with rates per 100k', async () => {
      const months = (await get('/api/stats?by=month')).body;
      expect(months.rows.map((r: { key: string }) => r.key)).toEqual(['2023-08', '2024-03', '2024-06', '2024-12']);
      const deps = (await get('/api/stats?by=departement')).body;
      const bdr = deps.rows.find((r: { key: string }) => r.key === '13');
      expect(bdr.label).toBe('Bouches-du-Rhône');
      expect(bdr.population).toBeGreaterThan(1_000_000);
      expect(bdr.incidents_per_100k).toBeCloseTo(100_000 / bdr.population, 6);
      const diffusion = (await get('/api/stats/diffusion')).body.items;
      expect(diffusion[0]).toMatchObject({ departement: '30', first: '2023-08-21' });
    });

    it('searches stories and returns snippets as pieces, not markup', async () => {
      const { body } = await get('/api/search?q=balles');
      expect(body.total).toBe(1);
      const hits = body.items[0].snippet.filter((p: { hit: boolean }) => p.hit).map((p: { text: string }) => p.text);
      expect(hits.length).toBeGreaterThan(0);
      expect(new Set(hits)).toEqual(new Set(['balles']));
      const doc = (await get(`/api/documents/${body.items[0].document.id}`)).body;
      expect(doc.text).toContain('tué par balles');
      expect(doc.stories[0].id).toBe(body.items[0].story);
    });

    it('serves hostile text as data, under a strict CSP', async () => {
      const res = await get(`/api/incidents/${encodeURIComponent(ids.hostile)}`);
      expect(res.body.sources[0].story.text).toContain(HOSTILE.script);
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });
  });

  describe('places', () => {
    it('offers the places some words may name, the best reading first, homonyms after, and refuses an empty lookup', async () => {
      const { status, body } = await get('/api/places?q=' + encodeURIComponent('Saint-Denis'));
      expect(status).toBe(200);
      const codes = body.items.map((p: { commune_insee: string | null }) => p.commune_insee);
      expect(codes).toContain('93066');
      expect(codes).toContain('97411');
      expect(body.items[0]).toMatchObject({ name: 'Saint-Denis', precision: 'commune', country: 'FR' });
      expect(typeof body.items[0].lat).toBe('number');
      const gard = (await get('/api/places?q=Gard')).body.items;
      expect(gard.some((p: { precision: string; departement: string }) => p.precision === 'departement' && p.departement === '30')).toBe(true);
      expect((await get('/api/places?q=Xyzzyville')).body.items).toEqual([]);
      expect((await get('/api/places?q=')).status).toBe(400);
      expect((await get('/api/places')).status).toBe(400);
    });
  });

  describe('errors and documentation', () => {
    it.each([
      ['/api/incidents?limit=0', /limit/],
      ['/api/incidents?limit=abc', /limit/],
      ['/api/incidents?type=murder', /one of/],
      ['/api/incidents?from=2024-13', /from/],
      ['/api/incidents?departement=999', /departement/],
      ['/api/incidents?depatement=13', /unknown query parameter "depatement"/],
      ['/api/incidents?from=2025&to=2024', /after/],
      ['/api/search', /missing query parameter "q"/],
      ['/api/search?q=%22%2A', /at least one word/],
    ])('%s is a 400 with a clear JSON error', async (url, message) => {
      const { status, body } = await get(url);
      expect(status).toBe(400);
      expect(body.error.code).toBe('bad_input');
      expect(body.error.message).toMatch(message);
    });

    it.each([
      ['/api/incidents?from=2024-13', 'query parameter "from" must be a date: YYYY, YYYY-MM or YYYY-MM-DD'],
      ['/api/stats?to=24-05', 'query parameter "to" must be a date: YYYY, YYYY-MM or YYYY-MM-DD'],
      ['/api/incidents?departement=999', 'query parameter "departement" must be a département code such as 13, 2A or 974'],
      ['/api/incidents?commune=Marseille', 'query parameter "commune" must be an INSEE commune code of five characters, such as 13055'],
    ])('%s names the format in words, never as a regular expression', async (url, message) => {
      const { status, body } = await get(url);
      expect(status).toBe(400);
      expect(body.error.message).toBe(message);
      expect(body.error.message).not.toMatch(/pattern|\^|\$|\[0-9\]/);
    });

    it.each([
      ['/api/incidents?limit=5&limit=6', 'query parameter "limit" was given 2 times: give it once'],
      ['/api/incidents?region=Occitanie&region=Normandie', 'query parameter "region" was given 2 times: give it once'],
      ['/api/stats?from=2024&from=2025&from=2023', 'query parameter "from" was given 3 times: give it once'],
      ['/api/incidents?has_conflicts=true&has_conflicts=false', 'query parameter "has_conflicts" was given 2 times: give it once'],
    ])('%s says the parameter was repeated, not that it has the wrong type', async (url, message) => {
      const { status, body } = await get(url);
      expect(status).toBe(400);
      expect(body.error.message).toBe(message);
    });

    it('still takes parameters meant to be repeated, and still names a wrong type as such', async () => {
      expect((await get('/api/incidents?departement=13&departement=30')).status).toBe(200);
      expect((await get('/api/incidents?limit=abc')).body.error.message).toBe('query parameter "limit" must be integer');
    });

    it('unknown ids and routes are JSON 404s', async () => {
      for (const url of ['/api/incidents/inc:e999', '/api/claim-groups/cg:c999', '/api/entities/nobody', '/api/documents/d999', '/api/nothing']) {
        const { status, body } = await get(url);
        expect(status, url).toBe(404);
        expect(body.error.code).toBe('not_found');
      }
    });

    it('publishes OpenAPI with every route and a docs page', async () => {
      const spec = (await get('/api/openapi.json')).body;
      expect(spec.openapi).toMatch(/^3\./);
      for (const p of ['/api/incidents', '/api/incidents/{id}', '/api/claim-groups', '/api/entities/{id}', '/api/stats', '/api/search', '/api/documents/{id}']) {
        expect(spec.paths[p], p).toBeDefined();
      }
      const names = spec.paths['/api/incidents'].get.parameters.map((p: { name: string }) => p.name);
      expect(names).toEqual(expect.arrayContaining(['type', 'from', 'to', 'departement', 'q', 'min_sources', 'sort', 'limit', 'offset', 'cursor']));
      const docs = await get('/api/docs');
      expect(docs.headers['content-type']).toMatch(/text\/html/);
      expect(docs.body).toContain('/api/claim-groups');
      expect(docs.body).not.toContain('<script');
    });
  });

  describe('volume', () => {
    it('filters a synthetic database consistently with its totals', async () => {
      const big = await freshStore(dialect);
      await writeSyntheticDatabase(big, 3000);
      const server = await buildServer({ store: big, webRoot: null });
      try {
        const all = (await server.inject('/api/stats?by=type')).json();
        const sum = all.rows.reduce((n: number, r: { incidents: number }) => n + r.incidents, 0);
        expect(sum).toBe(3000);
        const shootings = (await server.inject('/api/incidents?type=shooting_homicide&limit=1')).json();
        expect(shootings.total).toBe(all.rows.find((r: { key: string }) => r.key === 'shooting_homicide').incidents);
        const deps = (await server.inject('/api/stats?by=departement')).json();
        expect(deps.rows.length).toBeGreaterThan(50);
      } finally {
        await server.close();
        await big.close();
      }
    });
  });

  describe('at scale: capped counts, ranked search window, kept statistics', () => {
    // Past COUNT_CAP incidents and SEARCH_RANK_WINDOW matching stories (10,050 incidents in 2,010 stories).
    let big: Store;
    let server: FastifyInstance;
    const json = async (url: string) => {
      const res = await server.inject(url);
      expect(res.statusCode, url).toBe(200);
      return res.json();
    };
    beforeAll(async () => {
      big = await freshStore(dialect);
      await writeSyntheticDatabase(big, COUNT_CAP + 50);
      server = await buildServer({ store: big, webRoot: null });
    });
    afterAll(async () => {
      await server.close();
      await big.close();
    });

    it('counts the list up to the cap and says so; narrower filters are counted exactly', async () => {
      const all = await json('/api/incidents?limit=5');
      expect(all).toMatchObject({ total: COUNT_CAP, total_exact: false });
      expect(all.items).toHaveLength(5);
      const byType = await json('/api/stats?by=type');
      const seizures = byType.rows.find((r: { key: string }) => r.key === 'seizure').incidents;
      expect(await json('/api/incidents?type=seizure&limit=1')).toMatchObject({ total: seizures, total_exact: true });
      expect((await json('/api/incidents/points?limit=10')).total_exact).toBe(false);
      // Pages past the cap still come, in order.
      const deep = await json(`/api/incidents?limit=50&offset=${COUNT_CAP}`);
      expect(deep.items).toHaveLength(50);
      const before = await json(`/api/incidents?limit=1&offset=${COUNT_CAP - 1}`);
      expect(before.items[0].date >= deep.items[0].date || deep.items[0].date === null).toBe(true);
    });

    it('filters incidents on words through the newest matching stories, and says when there were more', async () => {
      // Every story says "synthetic": the filter reads the 2,000 newest of the 2,010, so its total is not exact.
      const broad = await json('/api/incidents?q=synthetic&limit=1');
      expect(broad.total_exact).toBe(false);
      const narrow = await json('/api/incidents?q=code2010&limit=50');
      expect(narrow).toMatchObject({ total: 5, total_exact: true });
      const oldest = await json('/api/incidents?q=code1&limit=50');
      // code1* is code1, code10…code19, code100…code199, code1000…code1999: 1,111 stories, every one read.
      expect(oldest.total_exact).toBe(true);
      expect(oldest.total).toBe(1111 * 5);
    });

    it('pages a text-filtered list by cursor as by offset, in any order, and counts it on a page past its end', async () => {
      for (const sort of ['-date', '-killed', 'sources']) {
        const ids = (page: { items: Array<{ id: string }> }) => page.items.map((i) => i.id);
        const byOffset = [...ids(await json(`/api/incidents?q=code2&limit=40&sort=${sort}`)), ...ids(await json(`/api/incidents?q=code2&limit=40&offset=40&sort=${sort}`))];
        const first = await json(`/api/incidents?q=code2&limit=40&sort=${sort}`);
        // code2*: code2, code20…code29, code200…code299, code2000…code2010: 122 stories of 5 incidents.
        expect(first).toMatchObject({ total: 122 * 5, total_exact: true });
        const second = await json(`/api/incidents?q=code2&limit=40&sort=${sort}&cursor=${first.next}`);
        expect([...ids(first), ...ids(second)]).toEqual(byOffset);
        expect(new Set(byOffset).size).toBe(80);
      }
      expect(await json('/api/incidents?q=code2010&limit=50&offset=100')).toMatchObject({ total: 5, total_exact: true, items: [] });
      expect(await json('/api/incidents?q=synthetic&limit=5&offset=20000')).toMatchObject({ total_exact: false, items: [] });
    });

    it('ranks the newest matches of a common word and pages through every match once', async () => {
      const first = await json('/api/search?q=synthetic&limit=500');
      // Every one of the 2,010 stories holds the word: more than the window, counted exactly (under the cap).
      expect(first.total).toBeGreaterThan(SEARCH_RANK_WINDOW);
      expect(first.total_exact).toBe(true);
      const seen: string[] = [];
      for (let offset = 0; offset < first.total; offset += 500) seen.push(...(await json(`/api/search?q=synthetic&limit=500&offset=${offset}`)).items.map((i: { story: string }) => i.story));
      expect(seen).toHaveLength(first.total);
      expect(new Set(seen).size).toBe(first.total);
      // Past the window, older matches follow newest first.
      const tail = seen.slice(SEARCH_RANK_WINDOW).map((id) => Number(id.slice(1)));
      expect(tail).toEqual([...tail].sort((a, b) => b - a));
      expect(Math.min(...seen.slice(0, SEARCH_RANK_WINDOW).map((id) => Number(id.slice(1))))).toBeGreaterThan(Math.max(...tail));
    });

    it('answers statistics from the kept summary exactly as from the incidents, through reviews and removals', async () => {
      // Bounds of a month (answered from the summary) and the same bounds as days (answered from the incidents).
      const pairs: Array<[string, string]> = [
        ['', ''],
        ['&from=2016-03', '&from=2016-03-01'],
        ['&to=2019-06', '&to=2019-06-30'],
        ['&from=2017&to=2020-02&type=seizure&type=shooting_homicide', '&from=2017-01-01&to=2020-02-29&type=seizure&type=shooting_homicide'],
        ['&region=Occitanie&to=2018', '&region=Occitanie&to=2018-12-31'],
      ];
      const compare = async () => {
        for (const by of ['month', 'type', 'departement', 'region']) {
          for (const [month, day] of pairs) {
            const a = await json(`/api/stats?by=${by}${month}`);
            const b = await json(`/api/stats?by=${by}${day}`);
            expect(a, `${by} ${month}`).toEqual(b);
          }
        }
        // And without bounds, as counted here from every incident.
        const rows = (await sql<{ type: string; date: string | null; date_precision: string; departement: string | null; region: string | null; killed: number | null; injured: number | null; review_status: string }>`
          SELECT type, date, date_precision, departement, region, killed, injured, review_status FROM incidents`.execute(big.db)).rows.filter((r) => r.review_status !== 'rejected');
        const keyOf = {
          month: (r: (typeof rows)[number]) => (['day', 'month'].includes(r.date_precision) && (r.date?.length ?? 0) >= 7 ? r.date!.slice(0, 7) : null),
          type: (r: (typeof rows)[number]) => r.type,
          departement: (r: (typeof rows)[number]) => r.departement,
          region: (r: (typeof rows)[number]) => r.region,
        };
        for (const [by, key] of Object.entries(keyOf)) {
          for (const deps of [null, ['13', '93']]) {
            const counted = new Map<string, { incidents: number; killed: number; injured: number; killed_unknown: number }>();
            const chosen = rows.filter((r) => deps === null || deps.includes(r.departement ?? ''));
            for (const r of chosen) {
              const k = key(r);
              if (k === null) continue;
              const c = counted.get(k) ?? { incidents: 0, killed: 0, injured: 0, killed_unknown: 0 };
              c.incidents++;
              c.killed += r.killed ?? 0;
              c.injured += r.injured ?? 0;
              c.killed_unknown += r.killed === null ? 1 : 0;
              counted.set(k, c);
            }
            const got = await json(`/api/stats?by=${by}${deps ? deps.map((d) => `&departement=${d}`).join('') : ''}`);
            expect(got.total.incidents, by).toBe(chosen.length);
            expect(got.total.killed, by).toBe(chosen.reduce((n, r) => n + (r.killed ?? 0), 0));
            expect(Object.fromEntries(got.rows.map((r: { key: string; incidents: number; killed: number; injured: number; killed_unknown: number }) => [r.key, { incidents: r.incidents, killed: r.killed, injured: r.injured, killed_unknown: r.killed_unknown }])), by).toEqual(Object.fromEntries(counted));
          }
        }
        const kept = await sql<{ n: number }>`SELECT SUM(incidents) AS n FROM incident_stats WHERE review_status <> 'rejected'`.execute(big.db);
        const real = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM incidents WHERE review_status <> 'rejected'`.execute(big.db);
        expect(Number(kept.rows[0].n)).toBe(Number(real.rows[0].n));
      };
      await compare();
      await big.transaction(async (tx) => {
        await sql`UPDATE incidents SET review_status = 'rejected' WHERE id IN (SELECT id FROM incidents WHERE departement = '13' ORDER BY id LIMIT 40)`.execute(tx.db);
        await sql`UPDATE incidents SET killed = 7, date = '2016-03' WHERE id IN (SELECT id FROM incidents WHERE type = 'shooting_homicide' ORDER BY id LIMIT 30)`.execute(tx.db);
        await sql`DELETE FROM incidents WHERE id IN (SELECT id FROM incidents WHERE region = 'Occitanie' ORDER BY id LIMIT 25)`.execute(tx.db);
      });
      await compare();
    });
  });

  describe('remembered aggregates', () => {
    it('answers stats again after another connection changes the database', async () => {
      const path = await freshLocation(dialect);
      const served = await openStore(path);
      await writeFixtureDatabase(served);
      const server = await buildServer({ store: served, webRoot: null });
      const total = async () => (await server.inject({ method: 'GET', url: '/api/stats?by=type' })).json().total.incidents as number;
      const before = await total();
      expect(await total()).toBe(before);
      const writer = await openStore(path);
      await writer.transaction(async (tx) => void (await sql`DELETE FROM incidents WHERE id = (SELECT MIN(id) FROM incidents)`.execute(tx.db)));
      await writer.close();
      expect(await total()).toBe(before - 1);
      await server.close();
      await served.close();
    });
  });

  describe('conflicts on the incident page', () => {
    it('keeps a silent source out of a disagreement and says which value was stated without a number', async () => {
      const own = await freshStore(dialect);
      const d = await writeDashboardDetailsDatabase(own);
      const server = await buildServer({ store: own, webRoot: null });
      try {
        const body = (await server.inject(`/api/incidents/${encodeURIComponent(d.prisonVan)}`)).json();
        const injured = body.incident.conflicts.find((c: { field: string }) => c.field === 'injured');
        // The outlet that says nothing of the injured is not one of the values; the one that says "several" is, as vague.
        expect(injured.values.map((v: { event: string }) => v.event)).not.toContain(d.silentEvent);
        expect(injured.values).toHaveLength(3);
        expect(injured.values.find((v: { event: string }) => v.event === d.vagueEvent)).toEqual({ value: null, event: d.vagueEvent, stated: 'vague' });
        expect(injured.values.filter((v: { stated: string }) => v.stated === 'number').map((v: { value: number }) => v.value)).toEqual([3, 3]);
        // 3, 3 and "several": nobody is contradicted, the sources differ only in precision.
        expect(injured.kind).toBe('precision');
        // A true disagreement stays one.
        const marseille = (await app.inject(`/api/incidents/${encodeURIComponent(ids.marseille)}`)).json();
        expect(marseille.incident.conflicts.map((c: { field: string; kind: string }) => [c.field, c.kind])).toEqual([['injured', 'disagreement']]);
      } finally {
        await server.close();
        await own.close();
      }
    });
  });

  describe('hostile requests', () => {
    const LISTS = ['/api/incidents', '/api/claim-groups', '/api/entities', '/api/documents', '/api/search?q=tir'];
    const withParam = (path: string, param: string) => `${path}${path.includes('?') ? '&' : '?'}${param}`;

    it('refuses offset and limit that are not plain digits (1e309, Infinity, 0x10) on every list, with a 400', async () => {
      for (const path of LISTS) {
        for (const param of ['offset=1e309', 'limit=1e309', 'offset=Infinity', 'limit=Infinity', 'limit=0x10', 'limit=1e1', 'limit=10.0']) {
          const { status, body } = await get(withParam(path, param));
          expect(status, `${path} ${param}`).toBe(400);
          expect(body.error.message, `${path} ${param}`).toMatch(/^query parameter "(offset|limit)" must be a whole number written in digits$/);
        }
        expect((await get(withParam(path, 'limit=10&offset=0'))).status, path).toBe(200);
      }
    });

    it('says an all-digit offset or limit past what it takes is too large, with the maximum', async () => {
      for (const path of LISTS) {
        for (const [param, max] of [['offset=99999999999999999999999', '1000000'], ['limit=99999999999999999999999', '500']]) {
          const { status, body } = await get(withParam(path, param));
          expect(status, `${path} ${param}`).toBe(400);
          expect(body.error.message, `${path} ${param}`).toBe(`query parameter "${param.split('=')[0]}" is too large (at most ${max})`);
        }
      }
      // Leading zeros do not make a number large.
      expect((await get('/api/incidents?offset=00000000000000000001')).status).toBe(200);
    });

    it('refuses a date that is not in the calendar', async () => {
      const { status, body } = await get('/api/incidents?from=2024-02-30');
      expect(status).toBe(400);
      expect(body.error.message).toBe('query parameter "from" is not a date of the calendar (2024-02-30)');
      expect((await get('/api/incidents?to=2023-02-29')).status).toBe(400);
      expect((await get('/api/incidents?from=2024-02-29')).status).toBe(200);
      expect((await get('/api/stats?from=2024-04-31')).status).toBe(400);
    });

    it('answers other methods on a served path with 405 and the Allow header; unknown paths stay 404', async () => {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'] as const) {
        for (const url of ['/api/incidents', `/api/incidents/${encodeURIComponent(ids.marseille)}`, '/api/health']) {
          const res = await app.inject({ method, url });
          expect(res.statusCode, `${method} ${url}`).toBe(405);
          expect(res.headers.allow, `${method} ${url}`).toBe('GET, HEAD');
          expect(res.json().error.code).toBe('method_not_allowed');
        }
      }
      expect((await app.inject({ method: 'POST', url: '/api/nothing-here' })).statusCode).toBe(404);
      expect((await app.inject({ method: 'HEAD', url: '/api/health' })).statusCode).toBe(200);
    });

    it('answers 405 with Allow on the login, account and review paths too, before any login', async () => {
      const wrong: Array<[string, string, string]> = [
        ['GET', '/api/auth/login', 'POST'],
        ['PUT', '/api/auth/login', 'POST'],
        ['GET', '/api/auth/logout', 'POST'],
        ['POST', '/api/auth/me', 'GET, HEAD'],
        ['DELETE', '/api/admin/users', 'GET, HEAD, POST'],
        ['GET', '/api/admin/users/x/disable', 'POST'],
        ['GET', '/api/admin/tokens/1/revoke', 'POST'],
        ['DELETE', '/api/review/queue', 'GET, HEAD'],
        ['GET', `/api/review/incidents/${encodeURIComponent(ids.marseille)}/confirm`, 'POST'],
        ['PUT', '/api/review/corrections/1/undo', 'POST'],
      ];
      for (const [method, url, allow] of wrong) {
        const res = await app.inject({ method: method as 'GET', url });
        expect(res.statusCode, `${method} ${url}`).toBe(405);
        expect(res.headers.allow, `${method} ${url}`).toBe(allow);
        expect(res.json().error.code, `${method} ${url}`).toBe('method_not_allowed');
      }
      expect((await app.inject({ method: 'GET', url: '/api/auth/nothing' })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: '/api/admin/users/x/nothing' })).statusCode).toBe(404);
    });

    it('answers 405 for a wrong method whatever the body is: form, multipart or broken JSON', async () => {
      const bodies: Array<[string, string]> = [
        ['application/x-www-form-urlencoded', 'name=a&password=b'],
        ['multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="name"\r\n\r\na\r\n--xyz--\r\n'],
        ['application/json', '{"name": '],
        ['text/plain', 'hello'],
      ];
      for (const [type, payload] of bodies) {
        for (const [method, url] of [['POST', '/api/incidents'], ['PUT', '/api/auth/login'], ['DELETE', '/api/admin/users']] as const) {
          const res = await app.inject({ method, url, payload, headers: { 'content-type': type } });
          expect(res.statusCode, `${method} ${url} ${type}`).toBe(405);
          expect(res.headers.allow, `${method} ${url} ${type}`).toBeTruthy();
        }
      }
      // On a method the path does take, a body it cannot read is still 415.
      const form = await app.inject({ method: 'POST', url: '/api/auth/login', payload: 'name=a&password=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(form.statusCode).toBe(415);
    });

    it('answers only Host headers naming this server (DNS rebinding), localhost and allowed names', async () => {
      const health = (server: FastifyInstance, host: string) => server.inject({ method: 'GET', url: '/api/health', headers: { host } });
      for (const host of ['127.0.0.1:8080', 'localhost:8080', 'localhost', '[::1]:8080', 'LOCALHOST.']) {
        expect((await health(app, host)).statusCode, host).toBe(200);
      }
      const refused = await health(app, 'evil.example:8080');
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.message).toMatch(/^host "evil\.example:8080" is not served here/);
      expect((await health(app, '192.168.1.20:8080')).statusCode).toBe(403);

      const listed = await buildServer({ store, webRoot: null, bindHost: '0.0.0.0', allowedHosts: ['vigie.example'] });
      try {
        // Bound to every interface: any address of the machine, listed names, never other names.
        expect((await health(listed, '192.168.1.20:8080')).statusCode).toBe(200);
        expect((await health(listed, '[fe80::1]:8080')).statusCode).toBe(200);
        expect((await health(listed, 'vigie.example')).statusCode).toBe(200);
        expect((await health(listed, 'evil.example')).statusCode).toBe(403);
      } finally {
        await listed.close();
      }
    });
  });
});
