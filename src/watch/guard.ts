// The SSRF guard of the watcher: feeds and pages are untrusted, and so are the addresses they point at. Only public
// unicast addresses are fetched, checked on the literal host of every hop and again on what a name resolves to
// (the connection then uses that checked address, so a name cannot resolve to a public address for the check and a
// private one for the connection). `--allow-private` or the sources file's allow-list opens hosts or ranges.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { ADDRESS_REFUSED } from '../read/url.js';

export interface GuardOptions {
  /** Every address allowed (tests, intranets). */
  allowPrivate: boolean;
  /** Host names, addresses or CIDR ranges ("10.0.0.0/8") allowed even when private. */
  allowHosts: readonly string[];
}

/** Why an address may not be fetched, or null when it is a public unicast address (or allowed). */
export function addressRefusal(address: string, opts: GuardOptions, host?: string): string | null {
  if (opts.allowPrivate) return null;
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.process(address);
  } catch {
    return `not an IP address (${address})`;
  }
  const range = ip.range();
  if (range === 'unicast') return null;
  if (allowed(ip, opts.allowHosts, host)) return null;
  return `${address} is a ${RANGE_WORDS[range] ?? range} address (refused unless --allow-private or allow_private in the sources file)`;
}

const RANGE_WORDS: Record<string, string> = {
  loopback: 'loopback',
  private: 'private',
  linkLocal: 'link-local (cloud metadata)',
  uniqueLocal: 'private (unique local)',
  unspecified: 'unspecified',
  carrierGradeNat: 'carrier-grade NAT',
  reserved: 'reserved',
  multicast: 'multicast',
  broadcast: 'broadcast',
};

function allowed(ip: ipaddr.IPv4 | ipaddr.IPv6, list: readonly string[], host?: string): boolean {
  for (const entry of list) {
    const e = entry.trim().toLowerCase();
    if (host && e === host.toLowerCase()) return true;
    try {
      if (e.includes('/')) {
        const [net, bits] = ipaddr.parseCIDR(e);
        if (net.kind() === ip.kind() && ip.match([net, bits] as [typeof ip, number])) return true;
      } else if (ipaddr.isValid(e) && ipaddr.process(e).toString() === ip.toString()) {
        return true;
      }
    } catch {
      // Not an address or range: a host name, compared above.
    }
  }
  return false;
}

/** The bare host of a URL: no brackets around an IPv6 address. */
function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/** The per-hop check: http(s) only, and a literal address must be public (names are checked by `guardedLookup`). */
export function checkUrl(url: URL, opts: GuardOptions): string | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `unsupported URL scheme (${url.protocol}); only http and https are fetched`;
  const host = bareHost(url);
  if (ipaddr.isValid(host)) return addressRefusal(host, opts);
  if (opts.allowPrivate || opts.allowHosts.some((h) => h.toLowerCase() === host.toLowerCase())) return null;
  // Names that are private by definition are refused without asking DNS.
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is a loopback name (refused unless --allow-private or allow_private in the sources file)`;
  return null;
}

/**
 * A DNS lookup for node:http that refuses a name when any address it resolves to is refused: the connection is
 * made to the checked addresses only.
 */
export function guardedLookup(opts: GuardOptions): LookupFunction {
  return ((hostname: string, options: { all?: boolean; family?: number }, callback: (...args: unknown[]) => void) => {
    dnsLookup(hostname, { family: options?.family ?? 0, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err);
      for (const a of addresses) {
        const refusal = addressRefusal(a.address, opts, hostname);
        if (refusal) {
          const e = Object.assign(new Error(`${hostname} resolves to ${refusal}`), { code: ADDRESS_REFUSED });
          return callback(e);
        }
      }
      if (options?.all) return callback(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  }) as LookupFunction;
}
