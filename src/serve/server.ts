// The HTTP server of `vigie serve`: the JSON API (validated by the route schemas, documented as OpenAPI) and the dashboard's static files.
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify from 'fastify';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VigieError, safeLine } from '../core/errors.js';
import type { Store } from '../store/store.js';
import { VigieQueries } from './queries.js';
import { entityRoutes } from './routes/entities.js';
import { figureRoutes } from './routes/figures.js';
import { incidentRoutes } from './routes/incidents.js';
import { metaRoutes } from './routes/meta.js';
import { statsRoutes } from './routes/stats.js';
import { textRoutes } from './routes/texts.js';
import { feedRoutes } from './routes/feeds.js';
import { watchHealth, watchRoutes, type WatchRoutesOptions } from './routes/watch.js';
import { PATTERN_WORDS } from './schemas.js';
import { registerAuth } from './auth.js';
import { reviewRoutes } from './routes/review.js';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';

/**
 * Article text is untrusted: even if some view slipped it into markup, no inline or foreign script may run, and the
 * page may talk to nobody but its own origin (the dashboard works with no internet at all).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface ServerOptions {
  store: Store;
  /** Folder of the built dashboard; default: dist/web of the project. Null: API only. */
  webRoot?: string | null;
  logger?: boolean;
  /** The address the server listens on (default DEFAULT_HOST): the Host header a request may carry. */
  bindHost?: string;
  /** More names the Host header may carry (a reverse proxy's public name), beside the bind address and localhost. */
  allowedHosts?: readonly string[];
  /** `vigie serve --watch`: the watcher's metrics (/metrics), sources and health. */
  watch?: WatchRoutesOptions;
  /** Reads need no login on a non-loopback bind (vigie serve --public-read); on loopback they never do. */
  publicRead?: boolean;
  /** Show only incidents people confirmed or corrected (vigie serve --reviewed-only). */
  reviewedOnly?: boolean;
}

/** The methods a data path answers; any other Fastify knows, on a known path, is 405 with those in Allow. */
const READ_METHODS = ['GET', 'HEAD'];

/** A host name or address as compared: lower case, no port, no brackets around IPv6, no trailing dot. */
export function hostName(value: string): string {
  let h = value.trim().toLowerCase();
  if (h.startsWith('[')) h = h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  else if (h.split(':').length === 2) h = h.slice(0, h.indexOf(':'));
  return h.replace(/\.$/, '');
}

const WILDCARD_BINDS = new Set(['0.0.0.0', '::', '']);
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

/**
 * Whether a request's Host header names this server. Against DNS rebinding: a page on evil.example whose name is
 * made to resolve to 127.0.0.1 reaches the server with "Host: evil.example", and is refused, while the dashboard,
 * opened as 127.0.0.1 or localhost, works. Bound to every interface (0.0.0.0, ::), any IP address is this machine's
 * own; names must still be listed. No Host at all (HTTP/1.0) cannot come from a browser page, and passes.
 */
export function hostAllowed(header: string | undefined, bindHost: string, allowed: readonly string[]): boolean {
  if (header === undefined || header === '') return true;
  const host = hostName(header);
  const bind = hostName(bindHost);
  if (host === bind || LOOPBACK_NAMES.includes(host) || allowed.some((a) => hostName(a) === host)) return true;
  return WILDCARD_BINDS.has(bind) && isIP(host) !== 0;
}

/** Whole numbers in query strings are written in decimal digits: "1e309", "Infinity", "0x10" and " 10" are not. */
const DIGITS = /^[0-9]+$/;
/** Significant digits a whole number may have: up to 15, every such number is exact as a double. */
const MAX_DIGITS = 15;
const FULL_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

function realDate(value: string): boolean {
  const m = FULL_DATE.exec(value);
  if (!m) return true;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

interface QueryProperty {
  type?: string;
  pattern?: string;
  maximum?: number;
  items?: QueryProperty;
}

/**
 * What the schema's coercion lets through but the API must refuse, as a 400 message, or null. Ajv turns any string
 * Number() accepts into a number: "0x10" became 16, and "1e309" became Infinity, which reached SQLite (a 500). The
 * date pattern cannot know that February has no 30th.
 */
function strictQueryReason(query: Record<string, unknown>, properties: Record<string, QueryProperty>): string | null {
  for (const [name, spec] of Object.entries(properties)) {
    const raw = query[name];
    if (raw === undefined) continue;
    const values = Array.isArray(raw) ? raw : [raw];
    const type = spec.type === 'array' ? spec.items?.type : spec.type;
    for (const v of values) {
      if (typeof v !== 'string') continue;
      if (type === 'integer' && DIGITS.test(v)) {
        // Written right but too long to be exact (leading zeros do not count): "too large", with the maximum, and
        // not "must be written in digits", which would send the user looking for a typo in an all-digit number.
        if (v.replace(/^0+/, '').length > MAX_DIGITS) {
          return `query parameter "${name}" is too large (at most ${spec.maximum ?? spec.items?.maximum ?? '9'.repeat(MAX_DIGITS)})`;
        }
        continue; // within MAX_DIGITS, the schema checks the range ("must be <= 1000000")
      }
      // What Number() reads but is not plain digits; anything else ("abc") is left to the schema, which says its type.
      if (type === 'integer' && !Number.isNaN(Number(v))) return `query parameter "${name}" must be a whole number written in digits`;
      if (type === 'string' && spec.pattern?.includes('[0-9]{4}') && !realDate(v)) {
        return `query parameter "${name}" is not a date of the calendar (${safeLine(v, 20)})`;
      }
    }
  }
  return null;
}

/** dist/web beside the project's package.json, found from this file whether it runs from src/ or dist/src/. */
export function defaultWebRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) {
      const web = join(dir, 'dist', 'web');
      return existsSync(join(web, 'index.html')) ? web : null;
    }
    dir = dirname(dir);
  }
  return null;
}

interface ValidationItem {
  instancePath?: string;
  keyword?: string;
  params?: Record<string, unknown>;
  message?: string;
}

/** How many times a query parameter occurs in a request URL ("?limit=5&limit=6" → 2 for "limit"). */
function occurrences(url: string, name: string): number {
  const query = url.indexOf('?');
  return query < 0 ? 0 : new URLSearchParams(url.slice(query + 1)).getAll(name).length;
}

/**
 * One readable sentence from ajv's first complaint: names the parameter, says what it must be. `url` is the raw
 * request URL, to tell a repeated parameter from a wrong value.
 */
function validationMessage(err: FastifyError, url: string): string {
  const v = (err.validation?.[0] ?? {}) as ValidationItem;
  const where = err.validationContext === 'params' ? 'path parameter' : 'query parameter';
  const name = (v.instancePath ?? '').replace(/^\//, '').split('/')[0];
  if (v.keyword === 'additionalProperties') return `unknown ${where} "${safeLine(String(v.params?.additionalProperty), 60)}"`;
  if (v.keyword === 'required') return `missing ${where} "${String(v.params?.missingProperty)}"`;
  if (v.keyword === 'enum') return `${where} "${name}" must be one of: ${(v.params?.allowedValues as unknown[]).join(', ')}`;
  if (v.keyword === 'pattern' && err.validationContext === 'params') return `no such item: malformed id`;
  if (v.keyword === 'type' && err.validationContext === 'querystring') {
    // A parameter given twice reaches the schema as a list of two values, and ajv then says "must be integer" of a
    // perfectly good "5": the mistake is the repetition, so that is what the message names.
    const times = occurrences(url, name);
    if (times > 1) return `${where} "${name}" was given ${times} times: give it once`;
  }
  if (v.keyword === 'pattern') {
    const words = PATTERN_WORDS[String(v.params?.pattern)];
    if (words !== undefined) return `${where} "${name}" must be ${words}`;
  }
  return `${where} "${name}" ${v.message ?? 'is invalid'}`;
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    // Unknown query parameters are refused rather than dropped: a typo ("depatement=13") must not silently widen a query.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
    routerOptions: { maxParamLength: 300 },
  });
  // Gives the planner statistics on the reconciled tables (cheap, and only when they are missing or stale),
  // so it picks the covering index that matches each filter. A read-only connection cannot store them: `vigie
  // ingest` leaves them in the database (Store.optimize).
  if (!opts.store.readOnly) await opts.store.optimize();
  const queries = new VigieQueries(opts.store, opts.reviewedOnly ?? false);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Vigie API',
        version: '0.1.0',
        description:
          'Incidents of drug-trafficking violence in France, statistical claims and entities, each linked to its sources. ' +
          'Unknown values are null. Dates are ISO, as precise as known.',
      },
      tags: [
        { name: 'incidents' },
        { name: 'figures' },
        { name: 'entities' },
        { name: 'statistics' },
        { name: 'texts' },
        { name: 'review' },
        { name: 'accounts' },
        { name: 'meta' },
      ],
    },
  });

  const bindHost = opts.bindHost ?? DEFAULT_HOST;
  const allowedHosts = opts.allowedHosts ?? [];
  app.addHook('onRequest', async (req, reply) => {
    if (hostAllowed(req.headers.host, bindHost, allowedHosts)) return;
    return reply.status(403).send({
      error: {
        code: 'forbidden',
        message:
          `host "${safeLine(req.headers.host ?? '', 80)}" is not served here: use ${hostName(bindHost)} or localhost, ` +
          'or allow the name with --allowed-host (VIGIE_ALLOWED_HOSTS)',
      },
    });
  });

  // A method a path does not answer is 405 with Allow, not a 404 that would say the path does not exist. The paths
  // and their methods are gathered as they are registered, and their 405 routes added at the end. The hook
  // comes before any route, the login and account routes of registerAuth included (they were 404 when it came after).
  const paths = new Map<string, Set<string>>();
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const set = paths.get(route.url) ?? new Set<string>();
    for (const m of methods) set.add(m);
    paths.set(route.url, set);
  });

  await registerAuth(app, { store: opts.store, bindHost, publicRead: opts.publicRead ?? false });

  app.addHook('preValidation', async (req, reply) => {
    const properties = (req.routeOptions.schema?.querystring as { properties?: Record<string, QueryProperty> } | undefined)?.properties;
    const reason = properties ? strictQueryReason(req.query as Record<string, unknown>, properties) : null;
    if (reason) return reply.status(400).send({ error: { code: 'bad_input', message: reason } });
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    return payload;
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err.validation) return reply.status(400).send({ error: { code: 'bad_input', message: validationMessage(err, req.url) } });
    if (err instanceof VigieError) return reply.status(err.status).send({ error: { code: err.code, message: err.message } });
    if (err.statusCode && err.statusCode < 500) {
      return reply.status(err.statusCode).send({ error: { code: err.statusCode === 404 ? 'not_found' : 'bad_input', message: safeLine(err.message) } });
    }
    req.log.error(err);
    const storage = err.name === 'SqliteError';
    return reply
      .status(500)
      .send({ error: { code: storage ? 'storage' : 'internal', message: storage ? `database error: ${safeLine(err.message)}` : 'internal error' } });
  });

  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send({ error: { code: 'not_found', message: `no route ${req.method} ${safeLine(req.url.split('?')[0], 120)}` } }),
  );

  const watch = opts.watch;
  metaRoutes(app, queries, watch ? () => watchHealth(watch) : undefined);
  incidentRoutes(app, queries);
  feedRoutes(app, queries);
  if (watch) watchRoutes(app, watch);
  figureRoutes(app, queries);
  entityRoutes(app, queries);
  statsRoutes(app, queries);
  textRoutes(app, queries);
  reviewRoutes(app, queries);

  const webRoot = opts.webRoot === undefined ? defaultWebRoot() : opts.webRoot;
  if (webRoot) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      index: 'index.html',
      wildcard: false,
      // Vite names assets by content hash: they never change; index.html must be revalidated.
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', path.includes(`${join('assets', '')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  await app.after();
  for (const [url, has] of [...paths]) {
    const allowed = has.has('GET') ? [...new Set([...READ_METHODS, ...has])] : [...has];
    const others = app.supportedMethods.filter((m) => !allowed.includes(m));
    if (!others.length) continue;
    const allow = allowed.join(', ');
    const notAllowed = async (req: FastifyRequest, reply: FastifyReply) =>
      reply
        .status(405)
        .header('Allow', allow)
        .send({ error: { code: 'method_not_allowed', message: `${safeLine(req.method, 20)} is not allowed here (${allow})` } });
    app.route({
      method: others,
      url,
      schema: { hide: true },
      config: { access: 'open' },
      // Answered on request, before the body is parsed: a form or multipart body (no parser) would otherwise get 415,
      // and a malformed JSON one 400, when what is wrong is the method.
      onRequest: notAllowed,
      handler: notAllowed,
    });
  }
  return app;
}
