// Fetching http(s) URLs with node:http: one deadline for the whole exchange, streamed size cap, counted redirects,
// content encodings decoded here (capped, truncation refused), errors as one-line reasons.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { LookupFunction } from 'node:net';
import { request as httpsRequest } from 'node:https';
import { brotliDecompressSync, constants as zlibConstants, inflateRawSync, inflateSync } from 'node:zlib';
import { exactSize, gunzipCapped } from './files.js';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /** More request headers (conditional GET validators: If-None-Match, If-Modified-Since). */
  headers?: Record<string, string>;
  /**
   * Checked before each hop (the first URL and every redirect): a reason refuses it. The watcher's SSRF guard
   * refuses literal private addresses here; names are checked after resolution by `lookup`.
   */
  checkUrl?: (url: URL) => string | null;
  /** POST (the watcher's webhooks) with this body; GET by default. */
  method?: 'GET' | 'POST';
  body?: string;
  /** DNS lookup used to connect: the watcher's guard refuses private addresses once a name is resolved. */
  lookup?: LookupFunction;
}

export const DEFAULT_FETCH_OPTIONS: Readonly<FetchOptions> = {
  timeoutMs: 20_000,
  maxBytes: 50 * 1024 * 1024,
  maxRedirects: 5,
  // Same as the settings table's default; add the project's public URL here once it has one.
  userAgent: 'Vigie/0.1 (open observatory of drug-trafficking violence)',
};

export type FetchResult =
  | {
      ok: true;
      url: string;
      finalUrl: string;
      /** 2xx, or 304 (not modified: empty body) when validators were sent in `headers`. */
      status: number;
      contentType: string | null;
      bytes: Uint8Array;
      headers?: IncomingMessage['headers'];
    }
  | {
      ok: false;
      url: string;
      reason: string;
      /** The HTTP status when the server answered with an error (429, 5xx…), to decide on a retry. */
      status?: number;
      /** The server's Retry-After header, if it sent one. */
      retryAfter?: string | null;
      /** True when the deadline passed (a slow or never-ending response). */
      timedOut?: boolean;
    };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// What a news page, a feed or a JSON export may come as; "*/*" last so servers that negotiate pick HTML.
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5';
// Only the encodings decoded below are offered.
const ACCEPT_ENCODING = 'gzip, deflate, br';

/** Error code a `lookup` gives to refuse the address a name resolved to (see FetchOptions.lookup). */
export const ADDRESS_REFUSED = 'ERR_VIGIE_ADDRESS_REFUSED';

// Network failures come as system error codes.
const NETWORK_REASONS: Record<string, string> = {
  ENOTFOUND: 'DNS lookup failed (host not found)',
  EAI_AGAIN: 'DNS lookup failed (temporary failure)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed by the server',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed TLS certificate in the chain',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate cannot be verified',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'TLS certificate cannot be verified',
};

function networkReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const code = e?.code;
  // The watcher's address guard refusing what a name resolved to: its message says which address and why.
  if (code === ADDRESS_REFUSED) return e.message;
  if (code && NETWORK_REASONS[code]) return NETWORK_REASONS[code];
  if (code?.startsWith('HPE_')) return `invalid HTTP response (${code})`;
  if (code) return `network error (${code})`;
  return `network error (${e?.message ?? String(err)})`;
}

type Exchange =
  | { ok: true; status: number; statusText: string; headers: IncomingMessage['headers']; body: Uint8Array }
  | { ok: false; reason: string; timedOut?: boolean };

/**
 * One request (GET unless told), its body read whole (at most maxBytes as sent). Settles exactly once, whatever the server does: the
 * deadline destroys the request and its socket, so a server that stalls before the headers, in the middle of the
 * body or forever is a timeout, never a promise left waiting. Redirects are returned, not followed.
 */
function exchange(url: URL, opts: FetchOptions, deadline: number): Promise<Exchange> {
  return new Promise((settle) => {
    let done = false;
    const finish = (r: Exchange) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.destroy();
      settle(r);
    };
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(url, {
      method: opts.method ?? 'GET',
      // A connection of its own, closed after: no pooled socket outlives the fetch or keeps the process alive.
      agent: false,
      ...(opts.lookup ? { lookup: opts.lookup } : {}),
      headers: {
        'user-agent': opts.userAgent,
        accept: ACCEPT,
        'accept-language': 'fr,en;q=0.8',
        'accept-encoding': ACCEPT_ENCODING,
        ...opts.headers,
      },
    });
    const timer = setTimeout(() => finish({ ok: false, reason: `timed out after ${opts.timeoutMs} ms`, timedOut: true }), Math.max(0, deadline - Date.now()));
    req.on('error', (err) => finish({ ok: false, reason: networkReason(err) }));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const base = { status, statusText: res.statusMessage ?? '', headers: res.headers };
      if (REDIRECT_STATUSES.has(status) || status < 200 || status >= 300) {
        finish({ ok: true, ...base, body: new Uint8Array(0) });
        return;
      }
      const announced = Number(res.headers['content-length']);
      if (Number.isFinite(announced) && announced > opts.maxBytes) {
        finish({ ok: false, reason: `too large (${announced} bytes announced, limit ${opts.maxBytes})` });
        return;
      }
      // Each chunk is copied into one buffer as it arrives, and dropped: the socket's chunks (64 KB each) are then
      // reused read after read, where keeping them to join at the end carved a 50 MB body out of the C heap as 800
      // blocks that stay resident once freed. The buffer is the announced size, or the cap: only what is written to
      // it is ever resident.
      let body: Buffer | null = null;
      let total = 0;
      res.on('data', (chunk: Buffer) => {
        if (total + chunk.length > opts.maxBytes) {
          total += chunk.length;
          finish({ ok: false, reason: `too large (more than ${opts.maxBytes} bytes)` });
          return;
        }
        if (body === null || total + chunk.length > body.length) {
          const grown = Buffer.allocUnsafe(body === null && Number.isFinite(announced) && announced >= chunk.length ? announced : opts.maxBytes);
          if (body) body.copy(grown, 0, 0, total);
          body = grown;
        }
        chunk.copy(body, total);
        total += chunk.length;
      });
      res.on('end', () => finish({ ok: true, ...base, body: body ? exactSize(body.subarray(0, total)) : new Uint8Array(0) }));
      // The connection dropped before the body was whole (a Content-Length not reached, a chunked body cut off).
      res.on('aborted', () => finish({ ok: false, reason: 'connection closed before the whole body was received' }));
      res.on('error', (err) => finish({ ok: false, reason: networkReason(err) }));
      res.on('close', () => {
        if (!res.complete) finish({ ok: false, reason: 'connection closed before the whole body was received' });
      });
    });
    req.end(opts.body);
  });
}

/**
 * The body as the server meant it, its Content-Encoding undone here rather than by the HTTP client: with the same
 * cap on the output as gzip files on disk, and a truncated or corrupt stream refused (a client that flushes what it
 * got would accept half a page).
 */
function decodeBody(body: Uint8Array, contentEncoding: string | undefined, maxBytes: number): { ok: true; bytes: Uint8Array } | { ok: false; reason: string } {
  const codings = (contentEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '' && c !== 'identity');
  let bytes = body;
  // Codings are listed in the order they were applied: undo the last first.
  for (const coding of codings.reverse()) {
    if (bytes.length === 0) break;
    if (coding === 'gzip' || coding === 'x-gzip') {
      const r = gunzipCapped(bytes, maxBytes, 'gzip body');
      if (!r.ok) return r;
      bytes = r.bytes;
      continue;
    }
    const options = { maxOutputLength: Math.max(1, maxBytes), finishFlush: zlibConstants.Z_FINISH };
    try {
      if (coding === 'deflate') {
        // "deflate" should be zlib-wrapped; some servers send raw deflate.
        try {
          bytes = inflateSync(bytes, options);
        } catch (err) {
          if (err instanceof RangeError) throw err;
          bytes = inflateRawSync(bytes, options);
        }
      } else if (coding === 'br') {
        bytes = brotliDecompressSync(bytes, { maxOutputLength: Math.max(1, maxBytes) });
      } else {
        return { ok: false, reason: `unsupported content encoding (${coding})` };
      }
    } catch (err) {
      if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        return { ok: false, reason: `too large once decompressed (over ${maxBytes} bytes)` };
      }
      return { ok: false, reason: `corrupt ${coding} body (${(err as Error).message})` };
    }
  }
  return { ok: true, bytes };
}

function header(headers: IncomingMessage['headers'], name: string): string | null {
  const v = headers[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

/**
 * GETs a URL. Redirects are followed by hand so their number is capped and each hop stays http(s); one deadline
 * covers the whole exchange, every hop, headers and body; the body is counted while it streams and the download is
 * aborted as soon as it passes maxBytes (a Content-Length announcing more fails at once).
 */
export async function fetchUrl(url: string, options: Partial<FetchOptions> = {}): Promise<FetchResult> {
  const opts: FetchOptions = { ...DEFAULT_FETCH_OPTIONS, ...options };
  const deadline = Date.now() + opts.timeoutMs;
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return { ok: false, url, reason: 'invalid URL' };
  }
  // The URL as given until a redirect: it is the document's identity, and must not be rewritten by the parser.
  let currentHref = url;
  const seen = new Set<string>();
  for (let hop = 0; ; hop++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      return { ok: false, url, reason: `unsupported URL scheme (${current.protocol})` };
    }
    const refused = opts.checkUrl?.(current) ?? null;
    if (refused) return { ok: false, url, reason: hop === 0 ? refused : `redirect to ${current.href} refused: ${refused}` };
    const r = await exchange(current, opts, deadline);
    if (!r.ok) return { ok: false, url, reason: r.reason, timedOut: r.timedOut };
    if (REDIRECT_STATUSES.has(r.status)) {
      const location = header(r.headers, 'location');
      if (!location) return { ok: false, url, reason: `HTTP ${r.status} redirect without a Location header` };
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        return { ok: false, url, reason: `HTTP ${r.status} redirect to an invalid URL` };
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        return { ok: false, url, reason: `redirect to an unsupported scheme (${next.protocol})` };
      }
      seen.add(current.href);
      if (seen.has(next.href)) return { ok: false, url, reason: `redirect loop (back to ${next.href})` };
      if (hop + 1 > opts.maxRedirects) return { ok: false, url, reason: `too many redirects (more than ${opts.maxRedirects})` };
      current = next;
      currentHref = next.href;
      continue;
    }
    if (r.status === 304 && opts.headers) {
      return { ok: true, url, finalUrl: currentHref, status: 304, contentType: null, bytes: new Uint8Array(0), headers: r.headers };
    }
    if (r.status < 200 || r.status >= 300) {
      const text = r.statusText ? ` ${r.statusText}` : '';
      return { ok: false, url, reason: `HTTP ${r.status}${text}`, status: r.status, retryAfter: header(r.headers, 'retry-after') };
    }
    const decoded = decodeBody(r.body, header(r.headers, 'content-encoding') ?? undefined, opts.maxBytes);
    if (!decoded.ok) return { ok: false, url, reason: decoded.reason };
    return { ok: true, url, finalUrl: currentHref, status: r.status, contentType: header(r.headers, 'content-type'), bytes: decoded.bytes, headers: r.headers };
  }
}
