import { describe, expect, it } from 'vitest';
import { addressRefusal, checkUrl, guardedLookup } from './guard.js';

const closed = { allowPrivate: false, allowHosts: [] as string[] };

describe('SSRF guard', () => {
  it('refuses loopback, private, link-local (metadata) and other non-public addresses, IPv4 and IPv6', () => {
    for (const a of ['127.0.0.1', '10.0.0.1', '192.168.1.5', '172.16.0.1', '169.254.169.254', '0.0.0.0', '100.64.0.1', '::1', 'fd00:ec2::254', 'fe80::1', '::ffff:127.0.0.1', '224.0.0.1']) {
      expect(addressRefusal(a, closed), a).not.toBeNull();
    }
    expect(addressRefusal('169.254.169.254', closed)).toContain('link-local');
    for (const a of ['93.184.216.34', '2606:4700::1111']) expect(addressRefusal(a, closed), a).toBeNull();
  });

  it('opens everything with allowPrivate, and the listed hosts and ranges with the allow-list', () => {
    expect(addressRefusal('10.0.0.1', { allowPrivate: true, allowHosts: [] })).toBeNull();
    const list = { allowPrivate: false, allowHosts: ['10.1.0.0/16', '127.0.0.1', 'intranet.example'] };
    expect(addressRefusal('10.1.2.3', list)).toBeNull();
    expect(addressRefusal('10.2.0.1', list)).not.toBeNull();
    expect(addressRefusal('127.0.0.1', list)).toBeNull();
    expect(addressRefusal('192.168.0.1', list, 'intranet.example')).toBeNull();
  });

  it('checks the scheme and literal hosts of every URL', () => {
    expect(checkUrl(new URL('file:///etc/passwd'), closed)).toContain('unsupported URL scheme (file:)');
    expect(checkUrl(new URL('gopher://x.example/'), closed)).toContain('unsupported URL scheme');
    expect(checkUrl(new URL('http://[::1]:8080/'), closed)).toContain('loopback');
    expect(checkUrl(new URL('http://169.254.169.254/latest/meta-data'), closed)).toContain('link-local');
    expect(checkUrl(new URL('http://localhost:3000/'), closed)).toContain('loopback');
    expect(checkUrl(new URL('https://news.example/'), closed)).toBeNull();
  });

  it('refuses a name once it resolves to a private address', async () => {
    const lookup = guardedLookup(closed);
    const err = await new Promise<Error | null>((resolve) => lookup('localhost', { all: true }, (e) => resolve(e)));
    expect(err?.message).toMatch(/localhost resolves to .* loopback/);
    const open = guardedLookup({ allowPrivate: false, allowHosts: ['localhost'] });
    const ok = await new Promise<Error | null>((resolve) => open('localhost', { all: true }, (e) => resolve(e)));
    expect(ok).toBeNull();
  });
});
