// Who may do what on the server. Every route has an access level (route config `access`):
// - open: the dashboard's files, login, "who am I" (they hold no data);
// - read: the data API; open to anyone on a loopback bind, or anywhere with --public-read; else login required;
// - editor / admin: review actions / accounts; need a session or an API token of that role, and for a session every
//   write carries its CSRF token in the X-CSRF-Token header (a cookie is sent by the browser on its own, so a
//   cross-site form could otherwise use it; an API token is not, so token requests need none).
// Failed logins are rate-limited per address (FailedLogins: only failures count, so people sharing an address are not
// held back by each other's logins); every login, failed or not, is also capped per address (@fastify/rate-limit),
// as each costs a slow scrypt hash.
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { VigieError } from '../core/errors.js';
import {
  addUser,
  checkLogin,
  createSession,
  endSession,
  identifySession,
  identifyToken,
  listTokens,
  listUsers,
  revokeToken,
  setDisabled,
  type Identity,
} from '../review/accounts.js';
import type { Role } from '../review/types.js';
import type { Store } from '../store/store.js';
import { errorResponses } from './schemas.js';

export type Access = 'open' | 'read' | 'editor' | 'admin';

export const SESSION_COOKIE = 'vigie_session';
export const CSRF_HEADER = 'x-csrf-token';
/** Failed logins per address and window before 429. */
export const LOGIN_ATTEMPTS = 5;
export const LOGIN_WINDOW_MS = 60_000;
/** Logins of any outcome per address and window before 429: a bound on the scrypt work one address can ask for. */
export const LOGIN_REQUESTS = 60;

/**
 * Failed logins per address in the last window (in memory, per server). A success neither counts nor clears the
 * failures: a guesser with an account of their own could otherwise reset their count between guesses.
 */
export class FailedLogins {
  private readonly times = new Map<string, number[]>();
  constructor(
    private readonly max = LOGIN_ATTEMPTS,
    private readonly windowMs = LOGIN_WINDOW_MS,
  ) {}

  private recent(key: string, now: number): number[] {
    const kept = (this.times.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (kept.length) this.times.set(key, kept);
    else this.times.delete(key);
    return kept;
  }

  /** Milliseconds until this address may try again, 0 when it may now. */
  wait(key: string, now = Date.now()): number {
    const t = this.recent(key, now);
    return t.length >= this.max ? this.windowMs - (now - t[t.length - this.max]) : 0;
  }

  fail(key: string, now = Date.now()): void {
    // Addresses whose failures are all old are forgotten now and then, so the map does not grow without end.
    if (this.times.size > 10_000) for (const k of [...this.times.keys()]) this.recent(k, now);
    this.times.set(key, [...this.recent(key, now), now]);
  }
}

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    identity: Identity | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

/** Whether the server listens on this machine only (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

export interface AuthOptions {
  store: Store;
  bindHost: string;
  /** Reads need no login even on a non-loopback bind (vigie serve --public-read). */
  publicRead: boolean;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function accessOf(req: FastifyRequest): Access {
  const given = req.routeOptions.config?.access;
  if (given) return given;
  // The dashboard's files (and unknown paths outside the API) hold no data; everything under /api is data.
  return (req.routeOptions.url ?? req.url).startsWith('/api') ? 'read' : 'open';
}

async function identify(store: Store, req: FastifyRequest): Promise<Identity | null> {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const m = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(header);
    const who = m ? await identifyToken(store, m[1]) : null;
    // A wrong token is an error, not an anonymous request: a script must learn its token was revoked.
    if (!who) throw new VigieError('unauthorized', 'the API token is not valid (revoked, or its account disabled)');
    return who;
  }
  const cookie = req.cookies[SESSION_COOKIE];
  return cookie ? identifySession(store, cookie) : null;
}

export async function registerAuth(app: FastifyInstance, opts: AuthOptions): Promise<void> {
  const readOpen = opts.publicRead || isLoopback(opts.bindHost);
  const failed = new FailedLogins();
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    // Thrown, so the server's error handler answers it in the API's error shape.
    errorResponseBuilder: (_req, ctx) => new VigieError('rate_limited', `too many login attempts: try again in ${Math.ceil(ctx.ttl / 1000)} s`),
  });
  app.decorateRequest('identity', null);

  app.addHook('preValidation', async (req, reply) => {
    const access = accessOf(req);
    req.identity = await identify(opts.store, req);
    if (access === 'open') return;
    const who = req.identity;
    if (access === 'read') {
      if (readOpen || who) return;
      return deny(reply, 401, 'unauthorized', 'log in to read this server (it is not bound to 127.0.0.1 and was not started with --public-read)');
    }
    if (!who) return deny(reply, 401, 'unauthorized', 'log in first (or send an API token: Authorization: Bearer …)');
    if (RANK[who.user.role] < RANK[access]) return deny(reply, 403, 'forbidden', `this needs the ${access} role; ${who.user.name} is ${who.user.role}`);
    if (who.via === 'session' && !SAFE_METHODS.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !who.csrf || !sameSecret(sent, who.csrf)) {
        return deny(reply, 403, 'forbidden', 'missing or wrong CSRF token (send the one /api/auth/me gives in the X-CSRF-Token header)');
      }
    }
    if (!SAFE_METHODS.has(req.method) && opts.store.readOnly) {
      return deny(reply, 403, 'forbidden', 'the server opened its database read-only (vigie serve --read-only): nothing can be changed');
    }
  });

  app.post<{ Body: { name: string; password: string } }>(
    '/api/auth/login',
    {
      config: { access: 'open', rateLimit: { max: LOGIN_REQUESTS, timeWindow: LOGIN_WINDOW_MS } },
      schema: {
        tags: ['accounts'],
        summary: 'Log in: sets an HttpOnly, SameSite=Strict session cookie and returns the CSRF token writes need',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'password'],
          properties: { name: { type: 'string', maxLength: 64 }, password: { type: 'string', maxLength: 1024 } },
        },
        response: errorResponses,
      },
    },
    async (req, reply) => {
      const wait = failed.wait(req.ip);
      if (wait > 0) throw new VigieError('rate_limited', `too many failed logins from this address: try again in ${Math.ceil(wait / 1000)} s`);
      const user = await checkLogin(opts.store, req.body.name, req.body.password);
      if (!user) {
        failed.fail(req.ip);
        return deny(reply, 401, 'unauthorized', 'wrong name or password');
      }
      // A session cookie the browser came with (planted or stale) is ended, never promoted: the login gets a new one.
      const before = req.cookies[SESSION_COOKIE];
      if (before) await endSession(opts.store, before);
      const s = await createSession(opts.store, user);
      reply.setCookie(SESSION_COOKIE, s.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: req.protocol === 'https',
        path: '/',
        expires: s.expires,
      });
      return { user: { name: user.name, role: user.role }, csrf: s.csrf };
    },
  );

  app.post('/api/auth/logout', { config: { access: 'open' }, schema: { tags: ['accounts'], summary: 'End the session' } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await endSession(opts.store, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/auth/me', { config: { access: 'open' }, schema: { tags: ['accounts'], summary: 'Who is logged in, and the CSRF token of the session' } }, async (req) => ({
    user: req.identity ? { name: req.identity.user.name, role: req.identity.user.role } : null,
    csrf: req.identity?.csrf ?? null,
    read_open: readOpen,
  }));

  app.get('/api/admin/users', { config: { access: 'admin' }, schema: { tags: ['accounts'], summary: 'Accounts (admin)' } }, async () => ({
    users: (await listUsers(opts.store)).map((u) => ({ name: u.name, role: u.role, disabled: u.disabled, created_at: u.created_at })),
    tokens: await listTokens(opts.store),
  }));

  app.post<{ Body: { name: string; role: string; password: string } }>(
    '/api/admin/users',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['accounts'],
        summary: 'Add an account (admin)',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'role', 'password'],
          properties: { name: { type: 'string', maxLength: 64 }, role: { type: 'string', maxLength: 20 }, password: { type: 'string', maxLength: 1024 } },
        },
        response: errorResponses,
      },
    },
    async (req) => {
      const u = await addUser(opts.store, req.body.name, req.body.role, req.body.password);
      return { name: u.name, role: u.role };
    },
  );

  app.post<{ Params: { name: string } }>(
    '/api/admin/users/:name/disable',
    { config: { access: 'admin' }, schema: { tags: ['accounts'], summary: 'Disable an account (admin)', response: errorResponses } },
    async (req) => {
      await setDisabled(opts.store, req.params.name, true);
      return { ok: true };
    },
  );

  app.post<{ Params: { id: string } }>(
    '/api/admin/tokens/:id/revoke',
    {
      config: { access: 'admin' },
      schema: { tags: ['accounts'], summary: 'Revoke an API token (admin)', params: { type: 'object', properties: { id: { type: 'string', pattern: '^[0-9]{1,15}$' } } }, response: errorResponses },
    },
    async (req) => {
      await revokeToken(opts.store, Number(req.params.id));
      return { ok: true };
    },
  );
}

function deny(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.status(status).send({ error: { code, message } });
}
