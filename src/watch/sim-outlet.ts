// A simulated news outlet on 127.0.0.1 for the watcher's tests and bench: an RSS feed, a news sitemap and a listing
// page over a set of articles that the test adds, changes and drops; ETag/Last-Modified with 304s; robots.txt; and
// failures on demand (a status storm, Retry-After, a slow or never-ending body, redirects). It counts every request.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface SimArticle {
  slug: string;
  title: string;
  body: string;
  published: string;
}

export interface Fault {
  /** Answer this status instead (429, 500…), with Retry-After when given. */
  status?: number;
  retryAfter?: string;
  /** Send the headers, then this much of the body, then nothing more (a never-ending response). */
  hang?: boolean;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Redirect to this location. */
  redirect?: string;
  /** How many requests the fault applies to (Infinity: until cleared). */
  times: number;
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export class SimOutlet {
  readonly articles = new Map<string, SimArticle>();
  readonly hits = new Map<string, number>();
  readonly faults = new Map<string, Fault>();
  /** Requests as received: path and the headers that matter to politeness. */
  readonly log: Array<{ path: string; at: number; ifNoneMatch: string | null; userAgent: string | null }> = [];
  robots = 'User-agent: *\nDisallow: /private/\n';
  /** Serve the feed gzip-encoded when the client accepts it. */
  gzip = true;
  /** Extra links (any URL) the feed lists besides its articles: hostile addresses in the tests. */
  extraFeedLinks: string[] = [];
  /** Called on every request before it is answered (a test stops a watcher at a chosen moment). */
  onRequest: ((path: string) => void) | null = null;
  private server: Server | null = null;
  private readonly hanging = new Set<ServerResponse>();
  base = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.base;
  }

  async stop(): Promise<void> {
    for (const r of this.hanging) r.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  add(a: SimArticle): void {
    this.articles.set(a.slug, a);
  }

  count(path: string): number {
    return this.hits.get(path) ?? 0;
  }

  feedXml(): string {
    const items = [...this.articles.values()]
      .map((a) => `<item><title>${escapeXml(a.title)}</title><link>${this.base}/articles/${a.slug}</link><guid>${this.base}/articles/${a.slug}</guid><pubDate>${new Date(a.published).toUTCString()}</pubDate><description>${escapeXml(a.body.slice(0, 80))}</description></item>`)
      .concat(this.extraFeedLinks.map((u) => `<item><title>x</title><link>${escapeXml(u)}</link></item>`))
      .join('');
    return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Sim</title><link>${this.base}/</link>${items}</channel></rss>`;
  }

  sitemapXml(): string {
    const urls = [...this.articles.values()]
      .map(
        (a) =>
          `<url><loc>${this.base}/articles/${a.slug}</loc><news:news><news:publication><news:name>Sim</news:name><news:language>fr</news:language></news:publication><news:publication_date>${a.published}</news:publication_date><news:title>${escapeXml(a.title)}</news:title></news:news></url>`,
      )
      .join('');
    return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${urls}</urlset>`;
  }

  listingHtml(): string {
    const links = [...this.articles.values()].map((a) => `<li><a href="/articles/${a.slug}">${escapeXml(a.title)}</a></li>`).join('');
    return `<!doctype html><html><head><title>Faits divers</title><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body><a href="/about">About</a><ul>${links}</ul></body></html>`;
  }

  articleHtml(a: SimArticle): string {
    const paras = a.body.split('\n').map((p) => `<p>${escapeXml(p)}</p>`).join('');
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeXml(a.title)}</title><meta property="article:published_time" content="${a.published}"></head><body><article><h1>${escapeXml(a.title)}</h1>${paras}</article></body></html>`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
    this.log.push({ path, at: Date.now(), ifNoneMatch: (req.headers['if-none-match'] as string) ?? null, userAgent: req.headers['user-agent'] ?? null });
    this.onRequest?.(path);
    const fault = this.faults.get(path);
    if (fault && fault.times > 0) {
      fault.times--;
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault.redirect) {
        res.writeHead(302, { location: fault.redirect }).end();
        return;
      }
      if (fault.hang) {
        this.hanging.add(res);
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>');
        return;
      }
      if (fault.status) {
        res.writeHead(fault.status, fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}).end('busy');
        return;
      }
    }
    if (path === '/robots.txt') return this.send(req, res, 'text/plain', this.robots, false);
    if (path === '/rss.xml') return this.send(req, res, 'application/rss+xml; charset=utf-8', this.feedXml(), true);
    if (path === '/sitemap.xml') return this.send(req, res, 'application/xml', this.sitemapXml(), true);
    if (path === '/faits-divers') return this.send(req, res, 'text/html; charset=utf-8', this.listingHtml(), true);
    if (path.startsWith('/articles/')) {
      const a = this.articles.get(path.slice('/articles/'.length));
      if (a) return this.send(req, res, 'text/html; charset=utf-8', this.articleHtml(a), false);
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }

  /** Sends a body with an ETag of its content; a matching If-None-Match gets a 304. */
  private send(req: IncomingMessage, res: ServerResponse, type: string, body: string, conditional: boolean): void {
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    if (conditional && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': type };
    if (conditional) headers.etag = etag;
    let bytes: Buffer = Buffer.from(body, 'utf8');
    if (this.gzip && /gzip/.test(String(req.headers['accept-encoding'] ?? ''))) {
      bytes = gzipSync(bytes);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(bytes);
  }
}

/** A short article of the kind the observatory is about (written for the tests), with a place and a date. */
export function shootingArticle(n: number, commune = 'Marseille', day = 3): SimArticle {
  const published = `2025-03-${String(day + 1).padStart(2, '0')}T08:00:00Z`;
  return {
    slug: `fusillade-${commune.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase()}-${n}-trafic-de-stupefiants`,
    title: `Un homme tué par balles à ${commune} sur un point de deal (${n})`,
    published,
    body: [
      `Un homme de ${20 + (n % 30)} ans a été tué par balles le ${day} mars 2025 au soir à ${commune}, au pied d'un immeuble où se tient un point de deal.`,
      `Selon les enquêteurs, la victime a été visée par plusieurs tirs d'arme automatique. Les tireurs ont pris la fuite à bord d'une voiture volée.`,
      `La brigade criminelle a été saisie de l'enquête pour assassinat en bande organisée. Le quartier est connu pour son trafic de stupéfiants.`,
    ].join('\n'),
  };
}
