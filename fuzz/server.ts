// A local HTTP server that misbehaves in every way the fuzzer's `http` cases name (fuzz/cases.ts HTTP_ROUTES).
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { htmlPage } from './templates.js';

const PAGE = Buffer.from(htmlPage(1));
const GZ_PAGE = gzipSync(PAGE);
const GARBAGE = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 131 + 7) % 251));
const GZ_BOMB = gzipSync(Buffer.alloc(300 * 1024 * 1024));
const LAUGHS = Buffer.from(
  `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]><rss><channel><title>t</title><item><title>&j;</title><description>&j;</description></item></channel></rss>`,
);

export interface HostileServer {
  base: string;
  close(): Promise<void>;
}

export async function startHostileServer(): Promise<HostileServer> {
  const timers = new Set<NodeJS.Timeout>();
  const every = (ms: number, res: ServerResponse, f: () => boolean | void) => {
    const t = setInterval(() => {
      if (res.destroyed || f() === false) {
        clearInterval(t);
        timers.delete(t);
      }
    }, ms);
    timers.add(t);
  };
  const html = (res: ServerResponse, headers: Record<string, string> = {}) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });

  const server: Server = createServer((req, res) => {
    const route = (req.url ?? '/').slice(1).split('?')[0];
    switch (route) {
      case 'gzip-garbage':
        html(res, { 'content-encoding': 'gzip' });
        res.write(GARBAGE);
        return;
      case 'gzip-garbage-end':
        html(res, { 'content-encoding': 'gzip' });
        res.end(GARBAGE);
        return;
      case 'gzip-stall':
        html(res, { 'content-encoding': 'gzip' });
        res.write(GZ_PAGE.subarray(0, GZ_PAGE.length >> 1));
        return;
      case 'gzip-truncated':
        html(res, { 'content-encoding': 'gzip' });
        res.end(GZ_PAGE.subarray(0, GZ_PAGE.length >> 1));
        return;
      case 'gzip-bomb':
        html(res, { 'content-encoding': 'gzip' });
        res.end(GZ_BOMB);
        return;
      case 'br-garbage':
        html(res, { 'content-encoding': 'br' });
        res.end(Buffer.concat([brotliCompressSync(PAGE).subarray(0, 40), GARBAGE]));
        return;
      case 'stall':
        html(res);
        res.flushHeaders();
        return;
      case 'stall-headers':
        return;
      case 'drip':
        html(res);
        every(100, res, () => void res.write('a'));
        return;
      case 'endless': {
        html(res);
        const chunk = Buffer.from('<p>encore</p>'.repeat(5000));
        const pump = () => {
          while (!res.destroyed && res.write(chunk));
        };
        res.on('drain', pump);
        pump();
        return;
      }
      case 'short-length':
        html(res, { 'content-length': String(PAGE.length * 2) });
        res.write(PAGE);
        setTimeout(() => req.socket.destroy(), 50);
        return;
      case 'long-length':
        html(res, { 'content-length': String(10 * 1024 ** 3) });
        res.write(PAGE);
        return;
      case 'redirect-loop':
        res.writeHead(302, { location: '/redirect-loop' });
        res.end();
        return;
      case 'redirect-many': {
        const n = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('n') ?? 0);
        res.writeHead(302, { location: n < 20 ? `/redirect-many?n=${n + 1}` : '/page' });
        res.end();
        return;
      }
      case 'redirect-scheme':
        res.writeHead(302, { location: 'file:///etc/passwd' });
        res.end();
        return;
      case 'binary':
        html(res);
        res.end(GARBAGE);
        return;
      case 'reset':
        html(res);
        res.write(PAGE.subarray(0, 500));
        setTimeout(() => req.socket.resetAndDestroy(), 20);
        return;
      case 'bad-status':
        req.socket.end('HTTP/1.1 9999 Nope\r\nContent-Type: text/html\r\n\r\nhello');
        return;
      case 'feed-laughs':
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(LAUGHS);
        return;
      default:
        html(res);
        res.end(PAGE);
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    close: async () => {
      for (const t of timers) clearInterval(t);
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
