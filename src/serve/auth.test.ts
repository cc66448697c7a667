// Who may do what: every role (anonymous included) against every kind of endpoint, on a loopback bind, on a network
// bind, and on a network bind with --public-read; then CSRF, session fixation, token revocation, rate limiting,
// stored XSS and SQL injection in the review parameters. Both storage dialects, through the real server (inject).
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createToken, revokeToken, setDisabled } from '../review/accounts.js';
import { loadCorrections } from '../review/corrections.js';
import { reconcileStore } from '../pipeline/reconcile-store.js';
import { incidentsByFile, ingestCorpus, writeReviewCorpus } from '../../test/support/review-corpus.js';
import type { Entity } from '../reconcile/types.js';
import type { Store } from '../store/store.js';
import { DIALECTS, freshStore } from '../../test/support/stores.js';
import { LOGIN_ATTEMPTS, LOGIN_REQUESTS } from './auth.js';
import { buildServer } from './server.js';
import { WatchMetrics } from '../watch/metrics.js';
import { WatchState } from '../watch/state.js';
import { queuePage } from './routes/review.js';

type Who = 'anonymous' | 'viewer' | 'editor' | 'admin';
type Access = 'open' | 'read' | 'editor' | 'admin';
const PASSWORD = 'correct horse battery';

interface Endpoint {
  method: 'GET' | 'POST';
  url: string;
  body?: unknown;
  access: Access;
}

const RANK: Record<Who, number> = { anonymous: -1, viewer: 0, editor: 1, admin: 2 };
const NEEDS: Record<Access, number> = { open: -1, read: 0, editor: 1, admin: 2 };

describe.each(DIALECTS)('authorisation on %s', (dialect) => {
  let store: Store;
  const tokens = {} as Record<Exclude<Who, 'anonymous'>, string>;
  let incident: string;
  let other: string;
  let event: string;
  let entity: string;
  const servers: FastifyInstance[] = [];

  beforeAll(async () => {
    store = await freshStore(dialect);
    await ingestCorpus(writeReviewCorpus(), store);
    const incs = await incidentsByFile(store);
    const shooting = incs.find((i) => i.files.includes('shooting-a.txt'))!;
    incident = incs.find((i) => i.files.includes('arson.txt'))!.id;
    other = incs.find((i) => i.files.includes('seizure.txt'))!.id;
    event = shooting.events[0];
    entity = (await store.derived<Entity>('entities'))[0].id;
    for (const role of ['viewer', 'editor', 'admin'] as const) {
      await addUser(store, role, role, PASSWORD);
      tokens[role] = (await createToken(store, role)).token;
    }
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await store.close();
  });

  async function server(bindHost: string, publicRead = false): Promise<FastifyInstance> {
    // With the watcher's routes (vigie serve --watch), so that the matrix covers them too.
    const watch = { metrics: new WatchMetrics(), state: new WatchState(store), staleAfterSeconds: 900 };
    const app = await buildServer({ store, webRoot: null, bindHost, publicRead, watch });
    servers.push(app);
    return app;
  }

  function endpoints(): Endpoint[] {
    return [
      { method: 'GET', url: '/api/health', access: 'open' },
      { method: 'GET', url: '/api/auth/me', access: 'open' },
      { method: 'POST', url: '/api/auth/login', body: { name: 'viewer', password: PASSWORD }, access: 'open' },
      { method: 'POST', url: '/api/auth/logout', access: 'open' },
      { method: 'GET', url: '/api/feeds/incidents.atom', access: 'read' },
      { method: 'GET', url: '/api/claim-groups/cg:c999999', access: 'read' },
      { method: 'GET', url: `/api/entities/${encodeURIComponent(entity)}`, access: 'read' },
      { method: 'GET', url: '/api/documents/d1', access: 'read' },
      { method: 'GET', url: '/api/docs', access: 'read' },
      { method: 'GET', url: '/api/watch/sources', access: 'read' },
      // The watcher's metrics are data about the sources followed: closed like the API on a network bind (a
      // Prometheus scraper sends an API token).
      { method: 'GET', url: '/metrics', access: 'read' },
      { method: 'GET', url: '/api/incidents', access: 'read' },
      { method: 'GET', url: `/api/incidents/${incident}`, access: 'read' },
      { method: 'GET', url: '/api/incidents/points', access: 'read' },
      { method: 'GET', url: '/api/claim-groups', access: 'read' },
      { method: 'GET', url: '/api/documents', access: 'read' },
      { method: 'GET', url: '/api/departements', access: 'read' },
      { method: 'GET', url: '/api/places?q=Marseille', access: 'read' },
      { method: 'GET', url: '/api/stats/diffusion', access: 'read' },
      { method: 'GET', url: '/api/entities', access: 'read' },
      { method: 'GET', url: '/api/stats?by=type', access: 'read' },
      { method: 'GET', url: '/api/facets', access: 'read' },
      { method: 'GET', url: '/api/search?q=cocaine', access: 'read' },
      { method: 'GET', url: '/api/openapi.json', access: 'read' },
      { method: 'GET', url: '/api/review/queue', access: 'editor' },
      { method: 'GET', url: '/api/review/corrections', access: 'editor' },
      { method: 'POST', url: `/api/review/incidents/${incident}/confirm`, body: {}, access: 'editor' },
      { method: 'POST', url: `/api/review/incidents/${incident}/reject`, body: { reason: '' }, access: 'editor' },
      { method: 'POST', url: `/api/review/incidents/${incident}/edit`, body: { field: 'killed', value: -5, reason: 'r' }, access: 'editor' },
      { method: 'POST', url: `/api/review/incidents/${incident}/merge`, body: { other: 'inc:e999999', reason: 'r' }, access: 'editor' },
      { method: 'POST', url: `/api/review/incidents/${incident}/move-out`, body: { event: 'e999999', reason: 'r' }, access: 'editor' },
      { method: 'POST', url: '/api/review/figures/cg:c999999/grouping-wrong', body: { reason: 'r' }, access: 'editor' },
      { method: 'POST', url: `/api/review/entities/${encodeURIComponent(entity)}/merge`, body: { into: 'ent:none', reason: 'r' }, access: 'editor' },
      { method: 'POST', url: `/api/review/entities/${encodeURIComponent(entity)}/rename`, body: { name: '', reason: 'r' }, access: 'editor' },
      { method: 'POST', url: `/api/review/entities/${encodeURIComponent(entity)}/split`, body: { alias: 'not an alias', reason: 'r' }, access: 'editor' },
      { method: 'POST', url: '/api/review/corrections/999999/undo', access: 'editor' },
      { method: 'GET', url: '/api/admin/users', access: 'admin' },
      { method: 'POST', url: '/api/admin/users', body: { name: 'x', role: 'nobody', password: 'short' }, access: 'admin' },
      { method: 'POST', url: '/api/admin/users/nobody/disable', access: 'admin' },
      { method: 'POST', url: '/api/admin/tokens/999999/revoke', access: 'admin' },
    ];
  }

  function call(app: FastifyInstance, e: Endpoint, who: Who, host: string): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { host };
    if (who !== 'anonymous') headers.authorization = `Bearer ${tokens[who]}`;
    return app.inject({ method: e.method, url: e.url, headers, ...(e.body !== undefined ? { payload: e.body as object } : {}) });
  }

  const binds = [
    { name: 'loopback 127.0.0.1', bind: '127.0.0.1', host: '127.0.0.1:8080', publicRead: false, readOpen: true },
    { name: 'network 0.0.0.0', bind: '0.0.0.0', host: '192.168.1.20:8080', publicRead: false, readOpen: false },
    { name: 'network 0.0.0.0 --public-read', bind: '0.0.0.0', host: '192.168.1.20:8080', publicRead: true, readOpen: true },
  ];

  it.each(binds)('every role × every endpoint on $name', async ({ bind, host, publicRead, readOpen }) => {
    const app = await server(bind, publicRead);
    const rows: string[] = [];
    const wrong: string[] = [];
    for (const e of endpoints()) {
      for (const who of ['anonymous', 'viewer', 'editor', 'admin'] as const) {
        const res = await call(app, e, who, host);
        let expected: 'allowed' | 401 | 403;
        if (e.access === 'open') expected = 'allowed';
        else if (e.access === 'read') expected = who !== 'anonymous' || readOpen ? 'allowed' : 401;
        else expected = who === 'anonymous' ? 401 : RANK[who] >= NEEDS[e.access] ? 'allowed' : 403;
        const got = res.statusCode === 401 || res.statusCode === 403 ? res.statusCode : 'allowed';
        if (got !== expected) wrong.push(`${e.method} ${e.url} as ${who}: got ${res.statusCode}, expected ${expected}`);
        // Allowed never means a server error: refusals of bad input are 4xx with the error shape.
        expect(res.statusCode, `${e.method} ${e.url} as ${who}`).toBeLessThan(500);
        rows.push(`${e.method} ${e.url} ${who} ${res.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(rows.length).toBe(endpoints().length * 4);
    // Every endpoint the server documents is in the matrix: a route added later cannot be left out of it.
    const spec = (await call(app, { method: 'GET', url: '/api/openapi.json', access: 'read' }, 'admin', host)).json() as { paths: Record<string, Record<string, unknown>> };
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(spec.paths)) {
      const re = new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/?]+')}(\\?.*)?$`);
      for (const method of Object.keys(ops)) {
        if (!endpoints().some((e) => e.method === method.toUpperCase() && re.test(e.url))) missing.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(Object.keys(spec.paths).length).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it('a session needs its CSRF token on every write; an API token does not; cookies are HttpOnly and SameSite', async () => {
    const app = await server('127.0.0.1');
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'editor', password: PASSWORD } });
    expect(login.statusCode).toBe(200);
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/vigie_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = setCookie.split(';')[0];
    const { csrf } = login.json();
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ user: { name: 'editor', role: 'editor' }, csrf });
    const url = `/api/review/incidents/${incident}/confirm`;
    const without = await app.inject({ method: 'POST', url, headers: { cookie }, payload: {} });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.message).toMatch(/CSRF/);
    const wrongToken = await app.inject({ method: 'POST', url, headers: { cookie, 'x-csrf-token': csrf.replace(/^./, (c: string) => (c === 'A' ? 'B' : 'A')) }, payload: {} });
    expect(wrongToken.statusCode).toBe(403);
    const ok = await app.inject({ method: 'POST', url, headers: { cookie, 'x-csrf-token': csrf }, payload: {} });
    expect(ok.statusCode).toBe(200);
    const viaToken = await app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${tokens.editor}` }, payload: {} });
    expect(viaToken.statusCode).toBe(200);
    const log = await loadCorrections(store);
    expect(log.filter((c) => c.action === 'confirm').map((c) => c.user)).toEqual(expect.arrayContaining(['editor']));
    // Logging out ends the session on the server, not only in the browser.
    await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    const after = await app.inject({ method: 'POST', url, headers: { cookie, 'x-csrf-token': csrf }, payload: {} });
    expect(after.statusCode).toBe(401);
  });

  it('session fixation: a session id the browser came with is never promoted, and ended at login', async () => {
    const app = await server('127.0.0.1');
    // The attacker's own valid session, planted in the victim's browser.
    const attacker = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'viewer', password: PASSWORD } });
    const planted = String(attacker.headers['set-cookie']).split(';')[0];
    const victim = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { cookie: planted }, payload: { name: 'editor', password: PASSWORD } });
    expect(victim.statusCode).toBe(200);
    const fresh = String(victim.headers['set-cookie']).split(';')[0];
    expect(fresh).not.toBe(planted);
    const plantedMe = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: planted } });
    expect(plantedMe.json().user).toBe(null);
    const freshMe = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: fresh } });
    expect(freshMe.json().user.name).toBe('editor');
    // A made-up session id is nobody.
    const madeUp = await app.inject({ method: 'GET', url: '/api/review/queue', headers: { cookie: 'vigie_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } });
    expect(madeUp.statusCode).toBe(401);
  });

  it('a revoked token and a disabled account stop working at once', async () => {
    const app = await server('127.0.0.1');
    await addUser(store, 'script-user', 'editor', PASSWORD);
    const t = await createToken(store, 'script-user', 'nightly');
    const queue = (token: string) => app.inject({ method: 'GET', url: '/api/review/queue', headers: { authorization: `Bearer ${token}` } });
    expect((await queue(t.token)).statusCode).toBe(200);
    await revokeToken(store, t.id);
    const revoked = await queue(t.token);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error.message).toMatch(/not valid/);
    const t2 = await createToken(store, 'script-user');
    expect((await queue(t2.token)).statusCode).toBe(200);
    await setDisabled(store, 'script-user', true);
    expect((await queue(t2.token)).statusCode).toBe(401);
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'script-user', password: PASSWORD } });
    expect(login.statusCode).toBe(401);
    // Only hashes are stored.
    const stored = await store.db.selectFrom('api_tokens').select('token_hash').execute();
    expect(stored.some((r) => r.token_hash === t2.token)).toBe(false);
  });

  it(`rate-limits logins: after ${LOGIN_ATTEMPTS} failed attempts from one address, even the right password waits`, async () => {
    const app = await server('127.0.0.1');
    const attempt = (password: string) =>
      app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.9.8.7', payload: { name: 'admin', password } });
    for (let i = 0; i < LOGIN_ATTEMPTS; i++) expect((await attempt(`wrong password ${i}`)).statusCode).toBe(401);
    const blocked = await attempt(PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    // Another address is not held back.
    const elsewhere = await app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.9.8.8', payload: { name: 'admin', password: PASSWORD } });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('counts failed logins only: people behind one address (a newsroom) log in as often as they need, a guesser is stopped', async () => {
    const app = await server('127.0.0.1');
    const attempt = (name: string, password: string) =>
      app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.1.1.1', payload: { name, password } });
    // A morning's logins from one office, more than the failures allowed, and a typo among them.
    for (let i = 0; i < LOGIN_ATTEMPTS + 3; i++) expect((await attempt(['viewer', 'editor', 'admin'][i % 3], PASSWORD)).statusCode).toBe(200);
    // Every login still counts toward a higher cap (each one costs a slow hash).
    expect((await attempt('viewer', PASSWORD)).headers['x-ratelimit-limit']).toBe(String(LOGIN_REQUESTS));
    expect((await attempt('editor', 'a typo')).statusCode).toBe(401);
    expect((await attempt('editor', PASSWORD)).statusCode).toBe(200);
    // The failures add up; a success between them does not wipe them out (one's own account cannot reset the count).
    for (let i = 1; i < LOGIN_ATTEMPTS; i++) expect((await attempt('admin', `guess ${i}`)).statusCode).toBe(401);
    const held = await attempt('admin', PASSWORD);
    expect(held.statusCode).toBe(429);
    expect(held.json().error.message).toMatch(/failed logins/);
  });

  it('SQL injection in every new parameter is data, never SQL; markup in reasons and names is stored as written and served as JSON', async () => {
    const app = await server('127.0.0.1');
    const auth = { authorization: `Bearer ${tokens.editor}` };
    const evil = "x' OR '1'='1'; DROP TABLE incidents; --";
    const before = await store.countIncidents();
    const tries: Array<[string, unknown]> = [
      [`/api/review/incidents/${encodeURIComponent(`inc:e1' OR 1=1 --`)}/confirm`, {}],
      [`/api/review/incidents/${incident}/merge`, { other: evil, reason: evil }],
      [`/api/review/incidents/${incident}/move-out`, { event: evil, reason: evil }],
      [`/api/review/incidents/${incident}/edit`, { field: evil, value: evil, reason: evil }],
      [`/api/review/incidents/${incident}/edit`, { field: 'actors', value: [evil], reason: evil, evidence: { story: evil, start: 0, end: 5 } }],
      [`/api/review/figures/${encodeURIComponent(`cg:c1' OR '1'='1`)}/grouping-wrong`, { reason: evil }],
      [`/api/review/entities/${encodeURIComponent(`ent:${evil}`)}/merge`, { into: evil, reason: evil }],
      [`/api/review/entities/${encodeURIComponent(entity)}/split`, { alias: evil, reason: evil }],
      [`/api/review/corrections/${encodeURIComponent("1 OR 1=1")}/undo`, undefined],
      ['/api/auth/login', { name: evil, password: evil }],
    ];
    for (const [url, payload] of tries) {
      const res = await app.inject({ method: 'POST', url, headers: auth, ...(payload !== undefined ? { payload: payload as object } : {}) });
      expect(res.statusCode, url).toBeLessThan(500);
    }
    // The rest: the queue's and log's paging, a confirmation's or rejection's reason, evidence offsets, a place's
    // fields, a rename, the place lookup, and the admin routes' names, roles, passwords and token ids.
    const q = encodeURIComponent(evil);
    const admin = { authorization: `Bearer ${tokens.admin}` };
    const more: Array<['GET' | 'POST', string, unknown, Record<string, string>]> = [
      ['GET', `/api/review/queue?limit=${q}&offset=${q}`, undefined, auth],
      ['GET', `/api/review/queue?limit=1&offset=${q}`, undefined, auth],
      ['GET', `/api/review/corrections?limit=${q}`, undefined, auth],
      ['GET', `/api/places?q=${q}`, undefined, auth],
      ['POST', `/api/review/incidents/${incident}/confirm`, { reason: evil }, auth],
      ['POST', `/api/review/incidents/${incident}/edit`, { field: 'killed', value: 1, reason: evil, evidence: { story: 's1', start: evil, end: evil } }, auth],
      ['POST', `/api/review/incidents/${incident}/edit`, { field: 'place', value: { name: evil, departement: evil, region: evil, country: evil, precision: evil }, reason: evil }, auth],
      ['POST', `/api/review/incidents/${incident}/edit`, { field: 'place', value: { name: evil, country: evil }, reason: evil }, auth],
      ['POST', `/api/review/entities/${encodeURIComponent(entity)}/merge`, { into: `ent:${evil}`, reason: evil }, auth],
      ['POST', '/api/admin/users', { name: evil, role: 'viewer', password: evil }, admin],
      ['POST', '/api/admin/users', { name: 'sqli-probe', role: evil, password: evil }, admin],
      ['POST', `/api/admin/users/${q}/disable`, undefined, admin],
      ['POST', `/api/admin/tokens/${encodeURIComponent('1 OR 1=1')}/revoke`, undefined, admin],
      ['POST', `/api/review/incidents/${incident}/reject`, { reason: evil }, auth],
    ];
    for (const [method, url, payload, headers] of more) {
      const res = await app.inject({ method, url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBeLessThan(500);
    }
    // Nothing was read as SQL: every account and token is as it was, the place written is the words given.
    const users = await store.db.selectFrom('users').select(['name', 'disabled']).orderBy('name').execute();
    expect(users.every((u) => u.disabled === 0 || u.name === 'script-user')).toBe(true);
    expect(users.some((u) => u.name === 'sqli-probe')).toBe(false);
    const tokensLeft = await store.db.selectFrom('api_tokens').select('revoked_at').where('revoked_at', 'is', null).execute();
    expect(tokensLeft.length).toBeGreaterThanOrEqual(3);
    const placeEdit = (await loadCorrections(store)).filter((c) => c.action === 'edit' && c.payload.field === 'place').pop();
    expect(placeEdit?.payload).toMatchObject({ after: { name: evil, country: evil } });
    expect((await loadCorrections(store)).filter((c) => c.action === 'reject').pop()?.reason).toBe(evil);
    expect(await store.countIncidents()).toBe(before);
    // Values that pass validation are stored literally.
    const xss = '<img src=x onerror=alert(1)>';
    const r1 = await app.inject({ method: 'POST', url: `/api/review/incidents/${other}/edit`, headers: auth, payload: { field: 'actors', value: [evil, xss], reason: `<script>alert(1)</script> ${evil}` } });
    expect(r1.statusCode).toBe(200);
    const r2 = await app.inject({ method: 'POST', url: `/api/review/entities/${encodeURIComponent(entity)}/rename`, headers: auth, payload: { name: xss, reason: evil } });
    expect(r2.statusCode).toBe(200);
    const detail = await app.inject({ method: 'GET', url: `/api/incidents/${other}` });
    expect(detail.headers['content-type']).toMatch(/^application\/json/);
    expect(detail.headers['x-content-type-options']).toBe('nosniff');
    expect(detail.json().incident.actors).toEqual([evil, xss]);
    const log = await app.inject({ method: 'GET', url: '/api/review/corrections', headers: auth });
    expect(log.json().items[1].reason).toBe(`<script>alert(1)</script> ${evil}`);
    expect((await store.derived<Entity>('entities')).some((e) => e.name === xss)).toBe(true);
    // A place named with markup: escaped in the Atom feed (XML read by feed readers), never raw.
    const shownPlace = (await app.inject({ method: 'GET', url: `/api/incidents/${other}` })).json().incident.place;
    const r3 = await app.inject({ method: 'POST', url: `/api/review/incidents/${other}/edit`, headers: auth, payload: { field: 'place', value: { ...shownPlace, name: xss }, reason: 'r' } });
    expect(r3.statusCode).toBe(200);
    const feed = (await app.inject({ method: 'GET', url: '/api/feeds/incidents.atom' })).body;
    expect(feed).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(feed).not.toContain(xss);
    expect(await store.countIncidents()).toBe(before);
    // The rejection is undone: the incidents the next tests count are the machine's.
    const rejection = (await loadCorrections(store)).filter((c) => c.action === 'reject' && c.undone_at === null).pop()!;
    expect((await app.inject({ method: 'POST', url: `/api/review/corrections/${rejection.id}/undo`, headers: auth })).statusCode).toBe(200);
    expect(await store.countIncidents()).toBe(before);
  });

  it('the queue orders by need and counts reviewed against waiting; a rejected incident leaves the list and stats', async () => {
    const app = await server('127.0.0.1');
    const auth = { authorization: `Bearer ${tokens.editor}` };
    const q = (await app.inject({ method: 'GET', url: '/api/review/queue', headers: auth })).json();
    const needs = q.items.map((i: { need: number }) => i.need);
    expect(needs).toEqual([...needs].sort((a: number, b: number) => b - a));
    expect(q.items.every((i: { reasons: string[] }) => i.reasons.includes('never reviewed'))).toBe(true);
    const total = q.counts.waiting + q.counts.confirmed + q.counts.corrected + q.counts.rejected;
    expect(total).toBe(await store.countIncidents());
    const listBefore = (await app.inject({ method: 'GET', url: '/api/incidents' })).json().total;
    const target = q.items[0].id;
    const rej = await app.inject({ method: 'POST', url: `/api/review/incidents/${target}/reject`, headers: auth, payload: { reason: 'not drug related' } });
    expect(rej.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/incidents' })).json().total).toBe(listBefore - 1);
    const q2 = (await app.inject({ method: 'GET', url: '/api/review/queue', headers: auth })).json();
    expect(q2.counts.rejected).toBe(q.counts.rejected + 1);
    expect(q2.items.map((i: { id: string }) => i.id)).not.toContain(target);
    // Reviewed-only public view: only confirmed or corrected incidents.
    const pub = await buildServer({ store, webRoot: null, bindHost: '127.0.0.1', reviewedOnly: true });
    servers.push(pub);
    const shown = (await pub.inject({ method: 'GET', url: '/api/incidents' })).json();
    const reviewed = q2.counts.confirmed + q2.counts.corrected;
    expect(shown.total).toBe(reviewed);
    // The map, the stats and the facets count the same incidents; an unreviewed one's page is not there.
    expect((await pub.inject({ method: 'GET', url: '/api/incidents/points' })).json().total).toBeLessThanOrEqual(reviewed);
    expect((await pub.inject({ method: 'GET', url: '/api/stats?by=type' })).json().total.incidents).toBe(reviewed);
    expect((await pub.inject({ method: 'GET', url: '/api/facets' })).json().counts.incidents).toBe(reviewed);
    // (The one just rejected, at least: a rejected incident's own page stays readable in the full view.)
    const hidden = (await incidentsByFile(store)).filter((i) => !['confirmed', 'corrected'].includes(i.review?.status ?? 'unreviewed'));
    expect(hidden.map((i) => i.id)).toContain(target);
    for (const i of hidden) {
      expect((await pub.inject({ method: 'GET', url: `/api/incidents/${i.id}` })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: `/api/incidents/${i.id}` })).statusCode).toBe(200);
    }
    // A page is read in the order of the queue's index, not sorted from every unreviewed incident (SQLite tells).
    if (store.kind === 'sqlite') {
      const plan = (await sql<{ detail: string }>`EXPLAIN QUERY PLAN ${queuePage(50, 100)}`.execute(store.db)).rows.map((r) => r.detail);
      expect(plan.join('\n')).toContain('incidents_review_queue');
      expect(plan.join('\n')).not.toContain('TEMP B-TREE');
    }
  });

  it('puts a reviewed incident whose words changed since on top of the queue, flagged; reviewed ones without a flag stay out', async () => {
    const app = await server('127.0.0.1');
    const auth = { authorization: `Bearer ${tokens.editor}` };
    const incs = await incidentsByFile(store);
    const shooting = incs.find((i) => i.files.includes('shooting-a.txt'))!;
    const arson = incs.find((i) => i.files.includes('arson.txt'))!;
    for (const id of [shooting.id, arson.id]) {
      expect((await app.inject({ method: 'POST', url: `/api/review/incidents/${id}/confirm`, headers: auth, payload: {} })).statusCode).toBe(200);
    }
    // What a better extractor would store for one report of the shooting: other words as its evidence.
    const ev = await store.db.selectFrom('events').select(['id', 'data']).where('id', '=', Number(shooting.events[0].slice(1))).executeTakeFirstOrThrow();
    const data = JSON.parse(ev.data);
    data.evidence = [{ ...data.evidence[0], text: data.evidence[0].text.slice(0, 30) }];
    await store.db.updateTable('events').set({ data: JSON.stringify(data) }).where('id', '=', ev.id).execute();
    await reconcileStore(store, { full: true });
    const q = (await app.inject({ method: 'GET', url: '/api/review/queue', headers: auth })).json();
    const now = (await incidentsByFile(store)).find((i) => i.files.includes('shooting-a.txt'))!;
    expect(q.flagged.map((i: { id: string }) => i.id)).toEqual([now.id]);
    expect(q.flagged[0].reasons[0]).toMatch(/changed since/);
    expect(q.counts.flagged).toBe(1);
    expect(q.counts.orphaned).toBe(0);

    // An extractor that reads the arson's report as another kind of event, in other words: the confirmation finds
    // nothing any more. It stays in the log, orphaned, and the queue counts it so that someone looks.
    const arsonEvent = await store.db.selectFrom('events').select(['id', 'data']).where('id', '=', Number(arson.events[0].slice(1))).executeTakeFirstOrThrow();
    const read = JSON.parse(arsonEvent.data);
    read.type = 'police_operation';
    read.evidence = [{ ...read.evidence[0], text: read.evidence[0].text.slice(0, 20) }];
    await store.db.updateTable('events').set({ data: JSON.stringify(read) }).where('id', '=', arsonEvent.id).execute();
    await reconcileStore(store, { full: true });
    const q2 = (await app.inject({ method: 'GET', url: '/api/review/queue', headers: auth })).json();
    // Every active correction about the arson (this test's confirmation, and the earlier tests' ones), and no other.
    const log = await loadCorrections(store);
    const aboutArson = log.filter((c) => c.undone_at === null && 'incident' in c.target && c.target.incident.events.every((e) => e.doc.endsWith('arson.txt')));
    expect(aboutArson.length).toBeGreaterThan(0);
    expect(log.filter((c) => c.state === 'orphaned' && c.undone_at === null).map((c) => c.id)).toEqual(aboutArson.map((c) => c.id));
    expect(q2.counts.orphaned).toBe(aboutArson.length);
  });
});
