// What a followed source lists: the article links of an RSS/Atom feed, a sitemap (news or plain, or an index of
// sitemaps) or a listing page (links matching the source's pattern), and the feeds a page announces with
// <link rel="alternate">. Feed and sitemap text goes through fast-xml-parser, pages through htmlparser2.
import { XMLParser } from 'fast-xml-parser';
import { Parser as HtmlParser } from 'htmlparser2';
import { normalizeDate } from '../read/dates.js';

export interface ListedLink {
  url: string;
  title: string | null;
  published: string | null;
}

export type ListingKind = 'feed' | 'sitemap' | 'sitemapindex' | 'html';

export interface Listing {
  kind: ListingKind;
  links: ListedLink[];
  /** Child sitemaps of a sitemap index. */
  sitemaps: string[];
  /** Feeds the page announces (<link rel="alternate" type="application/rss+xml|atom+xml">). */
  feeds: string[];
}

/** Links taken from one listing at most: a sitemap of the whole archive must not fill a cycle. */
export const MAX_LINKS_PER_LISTING = 1000;

const XML = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  removeNSPrefix: false,
  isArray: (name) => ['item', 'entry', 'link', 'url', 'sitemap'].includes(name),
});

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

function text(v: unknown): string | null {
  const x = first(v);
  if (typeof x === 'string') return x.trim() || null;
  if (typeof x === 'number') return String(x);
  if (isNode(x) && x['#text'] !== undefined) return text(x['#text']);
  return null;
}

/** An absolute http(s) URL, or null: relative links are resolved against the listing's own URL. */
export function absoluteHttp(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

function date(v: unknown): string | null {
  const t = text(v);
  return t ? normalizeDate(t) : null;
}

/** The root element's name, skipping the XML declaration, comments, doctype and processing instructions. */
function rootName(body: string): string | null {
  const m = /<\s*([A-Za-z_][\w:.-]*)[\s>/]/.exec(body.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![A-Za-z][^>]*>/g, ''));
  return m ? m[1].toLowerCase() : null;
}

/** Which listing a body is: feeds and sitemaps by their root element, anything else is a page. */
export function listingKind(body: string): ListingKind {
  const root = rootName(body.slice(0, 4096));
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf') return 'feed';
  if (root === 'urlset') return 'sitemap';
  if (root === 'sitemapindex') return 'sitemapindex';
  return 'html';
}

function feedLinks(doc: Node, base: string): ListedLink[] {
  const out: ListedLink[] = [];
  const rss = isNode(doc.rss) ? (doc.rss.channel as Node | undefined) : undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const items = [...((first(rss) as Node | undefined)?.item as unknown[] ?? []), ...((rdf?.item as unknown[]) ?? [])];
  for (const it of items) {
    if (!isNode(it)) continue;
    const guid = it.guid;
    const permalink = isNode(first(guid)) && String((first(guid) as Node)['@_isPermaLink'] ?? 'true') !== 'false' ? text(guid) : typeof first(guid) === 'string' ? text(guid) : null;
    const url = absoluteHttp(text(it.link) ?? permalink, base);
    if (url) out.push({ url, title: text(it.title), published: date(it.pubDate ?? it['dc:date']) });
  }
  const feed = doc.feed as Node | undefined;
  for (const e of (feed?.entry as unknown[]) ?? []) {
    if (!isNode(e)) continue;
    const links = ((e.link as unknown[]) ?? []).filter(isNode);
    const alt = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
    const url = absoluteHttp(typeof alt?.['@_href'] === 'string' ? alt['@_href'] : null, base);
    if (url) out.push({ url, title: text(e.title), published: date(e.published ?? e.updated) });
  }
  return out;
}

function sitemapLinks(doc: Node, base: string): { links: ListedLink[]; sitemaps: string[] } {
  const links: ListedLink[] = [];
  const set = doc.urlset as Node | undefined;
  for (const u of (set?.url as unknown[]) ?? []) {
    if (!isNode(u)) continue;
    const url = absoluteHttp(text(u.loc), base);
    if (!url) continue;
    const news = first(u['news:news']) as Node | undefined;
    links.push({ url, title: text(news?.['news:title']), published: date(news?.['news:publication_date'] ?? u.lastmod) });
  }
  const index = doc.sitemapindex as Node | undefined;
  const sitemaps = ((index?.sitemap as unknown[]) ?? []).flatMap((s) => {
    const url = isNode(s) ? absoluteHttp(text(s.loc), base) : null;
    return url ? [url] : [];
  });
  return { links, sitemaps };
}

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+xml', 'application/rdf+xml']);

/** Links of an HTML page (resolved against its <base> or URL) and the feeds it announces. */
function pageLinks(body: string, pageUrl: string): { hrefs: string[]; feeds: string[] } {
  let base = pageUrl;
  const hrefs: string[] = [];
  const feeds: string[] = [];
  const parser = new HtmlParser(
    {
      onopentag(name, attrs) {
        if (name === 'base' && attrs.href) base = absoluteHttp(attrs.href, pageUrl) ?? base;
        else if (name === 'a' && attrs.href) {
          const u = absoluteHttp(attrs.href, base);
          if (u) hrefs.push(u);
        } else if (name === 'link' && attrs.href && /(^|\s)alternate(\s|$)/i.test(attrs.rel ?? '') && FEED_TYPES.has((attrs.type ?? '').toLowerCase().trim())) {
          const u = absoluteHttp(attrs.href, base);
          if (u) feeds.push(u);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(body);
  parser.end();
  return { hrefs, feeds: [...new Set(feeds)] };
}

/**
 * Reads a listing. `pattern` picks a page's article links; without one, a page gives the links that look like
 * articles of the same site (a path ending in a slug of several words, or a long number), which is what a
 * section page of a news site links to.
 */
export function readListing(body: string, url: string, pattern: RegExp | null): Listing {
  const kind = listingKind(body);
  let links: ListedLink[] = [];
  let sitemaps: string[] = [];
  let feeds: string[] = [];
  if (kind === 'html') {
    const page = pageLinks(body, url);
    feeds = page.feeds;
    const site = new URL(url).host;
    const picked = page.hrefs.filter((h) => (pattern ? pattern.test(h) : new URL(h).host === site && looksLikeArticle(h)));
    links = [...new Set(picked)].map((u) => ({ url: u, title: null, published: null }));
  } else {
    const doc = XML.parse(body) as Node;
    if (kind === 'feed') links = feedLinks(doc, url);
    else ({ links, sitemaps } = sitemapLinks(doc, url));
  }
  const unique = new Map<string, ListedLink>();
  for (const l of links) if (!unique.has(l.url)) unique.set(l.url, l);
  return { kind, links: [...unique.values()].slice(0, MAX_LINKS_PER_LISTING), sitemaps, feeds };
}

function looksLikeArticle(href: string): boolean {
  const last = new URL(href).pathname.split('/').filter(Boolean).pop() ?? '';
  return last.split('-').length >= 4 || /\d{5,}/.test(last);
}

/** The feeds a page announces, for `vigie sources add`. */
export function discoverFeeds(body: string, url: string): string[] {
  return pageLinks(body, url).feeds;
}
