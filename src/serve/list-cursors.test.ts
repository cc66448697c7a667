// Keyset (cursor) pages of the other lists, documents, entities and figures, on each dialect: walking every page by
// `next` gives every item once, in the order of the list read whole by offset, under filters, through long runs of
// equal keys (the same number of mentions, the same status and count of claims, unknown publication dates).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { ClaimGroup, Entity } from '../reconcile/types.js';
import type { Store } from '../store/store.js';
import { DIALECTS, freshStore } from '../../test/support/stores.js';
import { apiGetters, b64 } from '../../test/support/api.js';
import { writeSyntheticDatabase } from '../../bench/support/fixtures.js';
import { MAX_LIMIT } from './queries.js';
import { buildServer } from './server.js';

/** Entities with few distinct mention counts and repeated names, so pages end inside runs of equal keys. */
function entities(n: number): Entity[] {
  const types = ['person', 'organisation', 'criminal_group', 'place'] as const;
  return Array.from({ length: n }, (_, i) => ({
    id: `ent:${String(i).padStart(3, '0')}`,
    name: `Nom ${String.fromCharCode(65 + (i % 7))}`,
    type: types[i % 4]!,
    aliases: [],
    mentions: Array.from({ length: 1 + (i % 3) }, (_, m) => ({ document: `d${1 + m}`, start: i, end: i + 3 })),
  }));
}

/** Claim groups of every status with one to four claims each (claims the store does not hold are left out of a page). */
function groups(n: number): ClaimGroup[] {
  const statuses = ['conflicting', 'corroborated', 'single'] as const;
  return Array.from({ length: n }, (_, i) => ({
    id: `cg:c${1000 + i}`,
    claims: Array.from({ length: 1 + (i % 4) }, (_, c) => `c${900000 + i * 10 + c}`),
    measure: i % 2 ? 'cocaine seized' : 'people killed',
    period: '2024',
    place: null,
    unit: null,
    status: statuses[i % 3]!,
    values: [],
  }));
}

describe.each(DIALECTS)('cursors of the documents, entities and figures lists on %s', (dialect) => {
  let app: FastifyInstance;
  let store: Store;

  const { get, ok } = apiGetters(() => app);
  const sep = (path: string) => (path.includes('?') ? '&' : '?');

  /** The whole list read by offset, in pages of the most the API gives. */
  const whole = async (path: string): Promise<string[]> => {
    const ids: string[] = [];
    for (let offset = 0; ; offset += MAX_LIMIT) {
      const page = await ok(`${path}${sep(path)}limit=${MAX_LIMIT}&offset=${offset}`);
      ids.push(...page.items.map((i: { id: string }) => i.id));
      if (page.items.length < MAX_LIMIT) return ids;
    }
  };

  /** The whole list page after page by `next`. */
  const walk = async (path: string, limit: number): Promise<string[]> => {
    const ids: string[] = [];
    let page = await ok(`${path}${sep(path)}limit=${limit}`);
    for (let n = 0; ; n++) {
      expect(n, 'pages').toBeLessThan(2000);
      ids.push(...page.items.map((i: { id: string }) => i.id));
      if (page.next === null) return ids;
      expect(page.items).toHaveLength(limit);
      page = await ok(`${path}${sep(path)}limit=${limit}&cursor=${page.next}`);
      expect(page.offset).toBeNull();
    }
  };

  beforeAll(async () => {
    store = await freshStore(dialect);
    await writeSyntheticDatabase(store, 300, 5);
    // Every 4th document with no publication date: they sort last, and a page boundary falls among them.
    await sql`UPDATE documents SET published = NULL WHERE id % 4 = 0`.execute(store.db);
    await store.replaceClaimGroupsAndEntities(groups(61), entities(83));
    app = await buildServer({ store, webRoot: null });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it.each([
    ['/api/documents', 7],
    ['/api/documents', 50],
    ['/api/entities', 4],
    ['/api/entities?type=place', 3],
    ['/api/entities?q=Nom%20C', 2],
    ['/api/claim-groups', 5],
    ['/api/claim-groups?status=single', 3],
  ])('walks %s by cursor (limit %i) through the same items as by offset', async (path, limit) => {
    const list = await whole(path);
    expect(list.length).toBeGreaterThan(limit);
    expect(new Set(list).size).toBe(list.length);
    expect(await walk(path, limit)).toEqual(list);
  });

  it('gives the total, counted up to its cap, and the next cursor on a page asked by offset', async () => {
    const page = await ok('/api/documents?limit=10&offset=20');
    expect(page).toMatchObject({ total_exact: true, limit: 10, offset: 20 });
    expect(page.total).toBeGreaterThan(30);
    expect(typeof page.next).toBe('string');
    const after = await ok(`/api/documents?limit=10&cursor=${page.next}`);
    const byOffset = await ok('/api/documents?limit=10&offset=30');
    expect(after.items.map((d: { id: string }) => d.id)).toEqual(byOffset.items.map((d: { id: string }) => d.id));
  });

  it.each([
    ['/api/documents', `cursor=${b64({ v: 1, sort: 'entities', key: [3, 'Nom A', 'ent:001'] })}`, /not a cursor this list gave/],
    ['/api/entities', `cursor=${b64({ v: 1, sort: 'entities', key: ['x', 'Nom A', 'ent:001'] })}`, /not a cursor this list gave/],
    ['/api/claim-groups', `cursor=${b64({ v: 1, sort: 'figures', key: [0, 2] })}`, /not a cursor this list gave/],
    ['/api/claim-groups', `cursor=${b64({ v: 1, sort: 'figures', key: [0, 2, 'cg:c1000'] })}&offset=5`, /"cursor" and "offset" cannot be combined/],
    ['/api/entities', 'cursor=%25%25', /"cursor" is not a cursor this list gave/],
  ])('refuses a bad cursor on %s with a 400 that says so (%s)', async (path, query, message) => {
    const { status, body } = await get(`${path}?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_input');
    expect(body.error.message).toMatch(message);
  });
});
