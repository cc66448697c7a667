// The watcher's polite fetcher: one request at a time per host with a delay between them, robots.txt honoured,
// conditional GET, retries with exponential backoff and jitter on 429/5xx/timeouts (Retry-After obeyed), every hop
// through the SSRF guard. The HTTP exchange itself (caps, deadline, decoding) is the reader's fetchUrl.
import { setTimeout as sleep } from 'node:timers/promises';
import robotsModule from 'robots-parser';
import { DEFAULT_FETCH_OPTIONS, fetchUrl, type FetchResult } from '../read/url.js';
import { checkUrl, guardedLookup, type GuardOptions } from './guard.js';

export interface FetcherOptions extends GuardOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  /** Pause between two requests to the same host, in ms (a robots.txt Crawl-delay that asks more wins). */
  hostDelayMs: number;
  /** Tries after the first, on 429, 5xx, timeouts and dropped connections. */
  retries: number;
  /** First backoff in ms, doubled each try, with full jitter. */
  backoffMs: number;
  /** Longest wait a Retry-After may impose within one cycle; beyond it the fetch fails and the source backs off. */
  maxRetryAfterMs: number;
  /** Stops waits (backoff, host delay) at once: shutdown. */
  signal?: AbortSignal;
  /** Counts every HTTP request actually sent (metrics). */
  onRequest?: (url: string) => void;
}

export const DEFAULT_FETCHER_OPTIONS: Omit<FetcherOptions, 'allowPrivate' | 'allowHosts'> = {
  userAgent: DEFAULT_FETCH_OPTIONS.userAgent,
  timeoutMs: 20_000,
  maxBytes: 20 * 1024 * 1024,
  hostDelayMs: 1000,
  retries: 3,
  backoffMs: 500,
  maxRetryAfterMs: 60_000,
};

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type Fetched =
  | { ok: true; notModified: false; result: Extract<FetchResult, { ok: true }>; validators: Validators }
  | { ok: true; notModified: true; validators: Validators }
  | { ok: false; reason: string; /** Seconds the server asked to wait (Retry-After), for the source's backoff. */ retryAfterSeconds: number | null };

/** Network failures worth another try: the server or the path to it may be back in a moment. */
const TRANSIENT = /timed out|connection (reset|closed|refused)|network error|DNS lookup failed \(temporary/;

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), or null. */
export function retryAfterSeconds(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, (at - now) / 1000);
}

interface HostSlot {
  tail: Promise<unknown>;
  lastAt: number;
}

interface RobotsEntry {
  robots: RobotsRules | null;
  /** Set when robots.txt could not be read for a reason that means "stay away" (5xx): every path is refused. */
  disallowAll: string | null;
  fetchedAt: number;
}

type RobotsRules = { isAllowed(url: string, ua?: string): boolean | undefined; getCrawlDelay(ua?: string): number | undefined };
// The package is CommonJS whose export is the function itself; its typings describe an ES default export.
const robotsParser = robotsModule as unknown as (url: string, text: string) => RobotsRules;

/** robots.txt is read again after this long. */
const ROBOTS_TTL_MS = 6 * 3600_000;
/** The token robots.txt groups are matched against. */
const ROBOTS_AGENT = 'Vigie';

export class PoliteFetcher {
  private readonly hosts = new Map<string, HostSlot>();
  private readonly robots = new Map<string, RobotsEntry>();
  readonly opts: FetcherOptions;

  constructor(opts: Partial<FetcherOptions> & GuardOptions) {
    this.opts = { ...DEFAULT_FETCHER_OPTIONS, ...opts };
  }

  /** Runs `fn` when the host is free and its delay has passed; the host stays busy until it settles. */
  private async withHost<T>(host: string, delayMs: number, fn: () => Promise<T>): Promise<T> {
    const slot = this.hosts.get(host) ?? { tail: Promise.resolve(), lastAt: 0 };
    this.hosts.set(host, slot);
    const run = slot.tail.then(async () => {
      const wait = slot.lastAt + delayMs - Date.now();
      if (wait > 0) await sleep(wait, undefined, { signal: this.opts.signal });
      try {
        return await fn();
      } finally {
        slot.lastAt = Date.now();
      }
    });
    slot.tail = run.catch(() => {});
    return run;
  }

  private once(url: string, headers?: Record<string, string>): Promise<FetchResult> {
    this.opts.onRequest?.(url);
    return fetchUrl(url, {
      timeoutMs: this.opts.timeoutMs,
      maxBytes: this.opts.maxBytes,
      userAgent: this.opts.userAgent,
      maxRedirects: 5,
      headers,
      checkUrl: (u) => checkUrl(u, this.opts),
      lookup: guardedLookup(this.opts),
    });
  }

  /** robots.txt of an origin, fetched (once per TTL) through the same guard; a missing one allows everything. */
  private async robotsFor(origin: string): Promise<RobotsEntry> {
    const cached = this.robots.get(origin);
    if (cached && Date.now() - cached.fetchedAt < ROBOTS_TTL_MS) return cached;
    const url = `${origin}/robots.txt`;
    const r = await this.once(url);
    let entry: RobotsEntry;
    if (r.ok) {
      entry = { robots: robotsParser(url, Buffer.from(r.bytes).toString('utf8')), disallowAll: null, fetchedAt: Date.now() };
    } else if (r.status !== undefined && r.status >= 500) {
      // RFC 9309: a server error on robots.txt means the whole site is off limits for now.
      entry = { robots: null, disallowAll: `robots.txt could not be read (${r.reason}): the site is not crawled until it can`, fetchedAt: Date.now() };
    } else {
      // 4xx (none there) or unreachable: no rules. An unreachable site fails on the fetch itself.
      entry = { robots: null, disallowAll: null, fetchedAt: Date.now() };
    }
    this.robots.set(origin, entry);
    return entry;
  }

  /**
   * GETs a URL politely. With validators, a 304 is `notModified`. Refusals (robots.txt, the guard) and
   * non-transient errors are not retried.
   */
  async get(url: string, validators: Validators | null = null): Promise<Fetched> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { ok: false, reason: 'invalid URL', retryAfterSeconds: null };
    }
    const refused = checkUrl(parsed, this.opts);
    if (refused) return { ok: false, reason: refused, retryAfterSeconds: null };
    const host = parsed.host.toLowerCase();
    return this.withHost(host, this.opts.hostDelayMs, async () => {
      const robots = await this.robotsFor(parsed.origin);
      if (robots.disallowAll) return { ok: false, reason: robots.disallowAll, retryAfterSeconds: null };
      if (robots.robots && robots.robots.isAllowed(url, ROBOTS_AGENT) === false) {
        return { ok: false, reason: 'disallowed by robots.txt', retryAfterSeconds: null };
      }
      const crawlDelay = (robots.robots?.getCrawlDelay(ROBOTS_AGENT) ?? 0) * 1000;
      if (crawlDelay > this.opts.hostDelayMs) await sleep(Math.min(crawlDelay, 60_000), undefined, { signal: this.opts.signal });
      const headers: Record<string, string> = {};
      if (validators?.etag) headers['if-none-match'] = validators.etag;
      if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
      for (let attempt = 0; ; attempt++) {
        const r = await this.once(url, validators ? headers : undefined);
        if (r.ok) {
          const got: Validators = {
            etag: headerOf(r.headers?.etag) ?? (r.status === 304 ? (validators?.etag ?? null) : null),
            lastModified: headerOf(r.headers?.['last-modified']) ?? (r.status === 304 ? (validators?.lastModified ?? null) : null),
          };
          if (r.status === 304) return { ok: true, notModified: true, validators: got };
          return { ok: true, notModified: false, result: r, validators: got };
        }
        const retryable = r.status === 429 || (r.status !== undefined && r.status >= 500) || r.timedOut === true || (r.status === undefined && TRANSIENT.test(r.reason));
        const asked = retryAfterSeconds(r.retryAfter);
        if (!retryable || attempt >= this.opts.retries) return { ok: false, reason: attempt ? `${r.reason} (after ${attempt + 1} tries)` : r.reason, retryAfterSeconds: asked };
        if (asked !== null && asked * 1000 > this.opts.maxRetryAfterMs) {
          return { ok: false, reason: `${r.reason}; the server asks to wait ${Math.round(asked)} s`, retryAfterSeconds: asked };
        }
        // Full jitter: many watchers (or sources on one host) retrying in step would hit the server together.
        const backoff = Math.random() * this.opts.backoffMs * 2 ** attempt;
        await sleep(Math.max(backoff, (asked ?? 0) * 1000), undefined, { signal: this.opts.signal });
      }
    });
  }
}

function headerOf(v: string | string[] | undefined): string | null {
  return (Array.isArray(v) ? v[0] : v) ?? null;
}
