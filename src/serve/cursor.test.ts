// Keyset (cursor) pages of the incident list, on each dialect: walking every page by `next` gives every incident once,
// in the order of the list read whole, for every sort, under filters, with unknown dates and counts in the keys.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Store } from '../store/store.js';
import { DIALECTS, freshStore } from '../../test/support/stores.js';
import { apiGetters, b64 } from '../../test/support/api.js';
import { writeSyntheticDatabase } from '../../bench/support/fixtures.js';
import { INCIDENT_SORTS, MAX_LIMIT } from './queries.js';
import { buildServer } from './server.js';

const INCIDENTS = 900;
describe.each(DIALECTS)('incident list cursors on %s', (dialect) => {
  let app: FastifyInstance;
  let store: Store;

  const { get, ok } = apiGetters(() => app);

  type Item = { id: string; date: string | null };
  /** The whole list under `query`, read by offset in pages of the most the API gives. */
  const wholeItems = async (query: string): Promise<Item[]> => {
    const items: Item[] = [];
    for (let offset = 0; ; offset += MAX_LIMIT) {
      const page = await ok(`/api/incidents?${query}&limit=${MAX_LIMIT}&offset=${offset}`);
      items.push(...page.items);
      if (page.items.length < MAX_LIMIT) return items;
    }
  };
  const whole = async (query: string) => (await wholeItems(query)).map((i) => i.id);

  /** The whole list under `query`, page after page by `next` from the first. */
  const walk = async (query: string, limit: number): Promise<string[]> => {
    const ids: string[] = [];
    let page = await ok(`/api/incidents?${query}&limit=${limit}`);
    for (let n = 0; ; n++) {
      expect(n, 'pages').toBeLessThan(INCIDENTS);
      ids.push(...page.items.map((i: { id: string }) => i.id));
      expect(page.items.length === limit || page.next === null, 'only the last page is short').toBe(true);
      if (page.next === null) return ids;
      expect(page.items).toHaveLength(limit);
      page = await ok(`/api/incidents?${query}&limit=${limit}&cursor=${page.next}`);
      expect(page.offset).toBeNull();
    }
  };

  beforeAll(async () => {
    store = await freshStore(dialect);
    await writeSyntheticDatabase(store, INCIDENTS, 11);
    // Many more unknown dates and counts than the generator makes (2% undated), and long runs of equal keys, so that
    // page boundaries fall inside them: every 7th incident undated, every 5th with no count of the dead, and a
    // hundred incidents on one day with the same counts (ties broken by id alone).
    const ids = (n: number, every: number, from = 0) => Array.from({ length: Math.floor(n / every) }, (_, i) => `inc:e${from + (i + 1) * every}`);
    await sql`UPDATE incidents SET date = NULL, date_precision = 'unknown' WHERE id IN (${sql.join(ids(INCIDENTS, 7))})`.execute(store.db);
    await sql`UPDATE incidents SET killed = NULL WHERE id IN (${sql.join(ids(INCIDENTS, 5))})`.execute(store.db);
    const same = Array.from({ length: 100 }, (_, i) => `inc:e${301 + i * 3}`);
    await sql`UPDATE incidents SET date = '2020-05-05', date_precision = 'day', killed = 1, injured = 2, sources = 3 WHERE id IN (${sql.join(same)})`.execute(store.db);
    // One rejected incident: never listed, by offset or by cursor.
    await sql`UPDATE incidents SET review_status = 'rejected' WHERE id = 'inc:e302'`.execute(store.db);
    app = await buildServer({ store, webRoot: null });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it.each(INCIDENT_SORTS)('walks every incident once by cursor, in the order of the whole list, sorted by %s', async (sort) => {
    for (const filter of ['', 'type=shooting_homicide', 'departement=13&departement=75&departement=59', 'from=2018&to=2021-06', 'min_sources=2&has_conflicts=false']) {
      const query = `sort=${encodeURIComponent(sort)}${filter ? `&${filter}` : ''}`;
      const reference = await whole(query);
      expect(reference.length, query).toBeGreaterThan(20);
      expect(new Set(reference).size).toBe(reference.length);
      expect(reference).not.toContain('inc:e302');
      for (const limit of [1, 7, 50]) {
        if (limit === 1 && filter !== 'type=shooting_homicide') continue; // one row a page: once is enough
        expect(await walk(query, limit), `${query} limit=${limit}`).toEqual(reference);
      }
    }
  });

  it('pages undated incidents (null dates) in both orders of the date, none skipped or repeated', async () => {
    for (const sort of ['-date', 'date']) {
      const items = await wholeItems(`sort=${sort}`);
      expect(items).toHaveLength(INCIDENTS - 1);
      // Unknown dates come last in both orders, and are many: page boundaries fall among them.
      const undated = items.filter((i) => i.date === null).length;
      expect(undated).toBeGreaterThan(100);
      expect(items.slice(items.length - undated).every((i) => i.date === null)).toBe(true);
      for (const limit of [13, 50]) expect(await walk(`sort=${sort}`, limit)).toEqual(items.map((i) => i.id));
    }
    // A cursor on an undated incident continues with the undated ones after it.
    const list = await whole('sort=-date');
    const at = list.length - 40;
    const page = await ok(`/api/incidents?sort=-date&limit=1&offset=${at}`);
    expect(page.items[0].date).toBeNull();
    const after = await ok(`/api/incidents?sort=-date&limit=500&cursor=${page.next}`);
    expect(after.items.map((i: { id: string }) => i.id)).toEqual(list.slice(at + 1));
    expect(after.next).toBeNull();
  });

  it('continues an offset page by its cursor, and the last page has no next', async () => {
    const list = await whole('sort=-killed&type=shooting_homicide');
    const page = await ok('/api/incidents?sort=-killed&type=shooting_homicide&limit=10&offset=30');
    expect(page.offset).toBe(30);
    const next = await ok(`/api/incidents?sort=-killed&type=shooting_homicide&limit=10&cursor=${page.next}`);
    expect(next.items.map((i: { id: string }) => i.id)).toEqual(list.slice(40, 50));
    expect(next).toMatchObject({ total: list.length, total_exact: true, limit: 10, offset: null });
    const last = await ok(`/api/incidents?sort=-killed&type=shooting_homicide&limit=10&offset=${list.length - 10}`);
    expect(last.next).toBeNull();
  });

  it.each([
    ['not base64url text', 'cursor=%25%25%25', /"cursor" is not a cursor this list gave/],
    ['base64url of no JSON', 'cursor=abc', /"cursor" is not a cursor this list gave/],
    ['JSON that is no cursor', `cursor=${b64([1, 2])}`, /"cursor" is not a cursor this list gave/],
    ['another version', `cursor=${b64({ v: 2, sort: '-date', key: ['2020', 'inc:e1'] })}`, /not a cursor this list gave/],
    ['too few keys', `cursor=${b64({ v: 1, sort: '-date', key: ['2020'] })}`, /not a cursor this list gave/],
    ['text where a count goes', `cursor=${b64({ v: 1, sort: '-killed', key: ['x', '2020', 'inc:e1'] })}&sort=-killed`, /not a cursor this list gave/],
    ['a count past any column', `cursor=${b64({ v: 1, sort: '-killed', key: [1e20, '2020', 'inc:e1'] })}&sort=-killed`, /not a cursor this list gave/],
    ['a fraction', `cursor=${b64({ v: 1, sort: 'sources', key: [1.5, '2020', 'inc:e1'] })}&sort=sources`, /not a cursor this list gave/],
    ['no id', `cursor=${b64({ v: 1, sort: '-date', key: ['2020', null] })}`, /not a cursor this list gave/],
    ['an unknown sort', `cursor=${b64({ v: 1, sort: 'name', key: ['a', 'b'] })}`, /not a cursor this list gave/],
    ['another sort', `cursor=${b64({ v: 1, sort: '-killed', key: [1, '2020', 'inc:e1'] })}`, /"cursor" was made for sort=-killed, not sort=-date/],
    ['a cursor and an offset', `cursor=${b64({ v: 1, sort: '-date', key: ['2020', 'inc:e1'] })}&offset=0`, /"cursor" and "offset" cannot be combined/],
    ['two cursors', 'cursor=abc&cursor=abd', /"cursor" was given 2 times/],
    ['an endless cursor', `cursor=${'A'.repeat(5000)}`, /"cursor"/],
    ['an empty cursor', 'cursor=', /"cursor"/],
  ])('refuses %s with a 400 that says so', async (_what, query, message) => {
    const { status, body } = await get(`/api/incidents?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_input');
    expect(body.error.message).toMatch(message);
  });

  it('takes a cursor a client made right (the format is checked, not signed): it is a place in the order', async () => {
    const items = await wholeItems('sort=-date');
    // After ("2020-05-05", "inc:e999999") in -date order: every incident of that day (their ids sort before it), then older.
    const from = items.findIndex((i) => i.date === '2020-05-05');
    const page = await ok(`/api/incidents?sort=-date&limit=200&cursor=${b64({ v: 1, sort: '-date', key: ['2020-05-05', 'inc:e999999'] })}`);
    expect(page.items.map((i: Item) => i.id)).toEqual(items.slice(from, from + 200).map((i) => i.id));
  });
});
