// Fetching http(s) URLs with Node's fetch: timeout, streamed size cap, counted redirects, errors as one-line reasons.

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
}

export const DEFAULT_FETCH_OPTIONS: Readonly<FetchOptions> = {
  timeoutMs: 20_000,
  maxBytes: 50 * 1024 * 1024,
  maxRedirects: 5,
  // Same as the settings table's default; add the project's public URL here once it has one.
  userAgent: 'Vigie/0.1 (open observatory of drug-trafficking violence)',
};

export type FetchResult =
  | { ok: true; url: string; finalUrl: string; status: number; contentType: string | null; bytes: Uint8Array }
  | { ok: false; url: string; reason: string };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// What a news page, a feed or a JSON export may come as; "*/*" last so servers that negotiate pick HTML.
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5';

// Node's fetch reports network failures as "fetch failed" with the system error code in `cause`.
const NETWORK_REASONS: Record<string, string> = {
  ENOTFOUND: 'DNS lookup failed (host not found)',
  EAI_AGAIN: 'DNS lookup failed (temporary failure)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed by the server',
  UND_ERR_HEADERS_TIMEOUT: 'timed out waiting for response headers',
  UND_ERR_BODY_TIMEOUT: 'timed out reading the response body',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate cannot be verified',
};

class TooLarge extends Error {}

function reasonOfFetchError(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string; name?: string } };
  if (e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError') return `timed out after ${timeoutMs} ms`;
  if (e?.name === 'AbortError') return `timed out after ${timeoutMs} ms`;
  const code = e?.cause?.code;
  if (code && NETWORK_REASONS[code]) return NETWORK_REASONS[code];
  if (code) return `network error (${code})`;
  return `network error (${e?.cause?.message ?? e?.message ?? String(err)})`;
}

async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new TooLarge();
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * GETs a URL. Redirects are followed by hand so their number is capped and each hop stays http(s); the
 * timeout covers the whole exchange including the body; the body is counted while it streams and the
 * download is aborted as soon as it passes maxBytes (a Content-Length announcing more fails at once).
 */
export async function fetchUrl(url: string, options: Partial<FetchOptions> = {}): Promise<FetchResult> {
  const opts: FetchOptions = { ...DEFAULT_FETCH_OPTIONS, ...options };
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let current = url;
  const seen = new Set<string>();
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': opts.userAgent, accept: ACCEPT, 'accept-language': 'fr,en;q=0.8' },
      });
    } catch (err) {
      return { ok: false, url, reason: reasonOfFetchError(err, opts.timeoutMs) };
    }
    if (REDIRECT_STATUSES.has(response.status)) {
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get('location');
      if (!location) return { ok: false, url, reason: `HTTP ${response.status} redirect without a Location header` };
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        return { ok: false, url, reason: `HTTP ${response.status} redirect to an invalid URL` };
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        return { ok: false, url, reason: `redirect to an unsupported scheme (${next.protocol})` };
      }
      seen.add(current);
      if (seen.has(next.href)) return { ok: false, url, reason: `redirect loop (back to ${next.href})` };
      if (hop + 1 > opts.maxRedirects) return { ok: false, url, reason: `too many redirects (more than ${opts.maxRedirects})` };
      current = next.href;
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const text = response.statusText ? ` ${response.statusText}` : '';
      return { ok: false, url, reason: `HTTP ${response.status}${text}` };
    }
    const announced = Number(response.headers.get('content-length'));
    if (Number.isFinite(announced) && announced > opts.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, url, reason: `too large (${announced} bytes announced, limit ${opts.maxBytes})` };
    }
    let bytes: Uint8Array;
    try {
      bytes = response.body ? await readCapped(response.body, opts.maxBytes) : new Uint8Array(0);
    } catch (err) {
      if (err instanceof TooLarge) return { ok: false, url, reason: `too large (more than ${opts.maxBytes} bytes)` };
      return { ok: false, url, reason: reasonOfFetchError(err, opts.timeoutMs) };
    }
    return { ok: true, url, finalUrl: current, status: response.status, contentType: response.headers.get('content-type'), bytes };
  }
}
