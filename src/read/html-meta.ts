// Cheap, regex-level reading of what a page says about itself (title, date, canonical URL, site name); no DOM.
import type { SourceMeta } from '../core/types.js';
import { normalizeDate } from './dates.js';
import { HTML_ENTITIES } from './lexicon.js';

// Metadata lives in <head>; JSON-LD is sometimes at the end of <body>, so scan that far but no further.
const HEAD_WINDOW = 512 * 1024;
const HEAD_END = /<\/head\s*>/i;
// Opening tags end at the first '<' or '>', and each closing tag is looked for once, from where its element opened:
// a lazy "[\s\S]*?" from every opening would scan to the end of the window again for each unclosed one (140 KB
// of "<title>" took 3 s).
const TITLE_OPEN = /<title\b[^<>]*>/i;
const TITLE_CLOSE = /<\/title\s*>/gi;
const META_TAG = /<meta\b[^<>]*>/gi;
const LINK_TAG = /<link\b[^<>]*>/gi;
const ATTRIBUTE = /([a-z_:.\-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const JSON_LD_OPEN = /<script\b[^<>]*application\/ld\+json[^<>]*>/gi;
const SCRIPT_CLOSE = /<\/script\s*>/gi;

/** The text of the first <title> element, or null. */
function titleText(head: string): string | null {
  const open = TITLE_OPEN.exec(head);
  if (!open) return null;
  const start = open.index + open[0].length;
  TITLE_CLOSE.lastIndex = start;
  const close = TITLE_CLOSE.exec(head);
  return close ? head.slice(start, close.index) : null;
}

/** The bodies of the JSON-LD scripts, in order; an unclosed one ends the list (nothing after it can close). */
function jsonLdBodies(head: string): string[] {
  const out: string[] = [];
  JSON_LD_OPEN.lastIndex = 0;
  for (let open = JSON_LD_OPEN.exec(head); open; open = JSON_LD_OPEN.exec(head)) {
    SCRIPT_CLOSE.lastIndex = JSON_LD_OPEN.lastIndex;
    const close = SCRIPT_CLOSE.exec(head);
    if (!close) break;
    out.push(head.slice(JSON_LD_OPEN.lastIndex, close.index));
    JSON_LD_OPEN.lastIndex = SCRIPT_CLOSE.lastIndex;
  }
  return out;
}
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi;
const TAGS = /<[^<>]*>/g;
const SPACES = /\s+/g;

// Meta names in order of trust: a dedicated "published" property beats a generic date.
const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'title'];
const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'date',
];
const URL_KEYS = ['og:url', 'twitter:url'];
const OUTLET_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];

/** Decodes HTML character references (numeric and the common named ones); unknown names are left as written. */
export function decodeEntities(s: string): string {
  return s.replace(ENTITY, (whole, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return HTML_ENTITIES[body] ?? HTML_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) out.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

function clean(s: string | undefined | null): string | null {
  if (!s) return null;
  const t = decodeEntities(s.replace(TAGS, ' ')).replace(SPACES, ' ').trim();
  return t === '' ? null : t;
}

function httpUrl(s: string | null): string | null {
  return s && /^https?:\/\//i.test(s) ? s : null;
}

interface JsonLdFacts {
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
}

const ARTICLE_TYPES = /article|posting|report/i;

function walkJsonLd(node: unknown, facts: JsonLdFacts, depth = 0): void {
  if (depth > 6 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) walkJsonLd(n, facts, depth + 1);
    return;
  }
  const o = node as Record<string, unknown>;
  const type = Array.isArray(o['@type']) ? o['@type'].join(' ') : String(o['@type'] ?? '');
  if (ARTICLE_TYPES.test(type)) {
    facts.published ??= normalizeDate(o.datePublished) ?? normalizeDate(o.dateCreated);
    facts.title ??= typeof o.headline === 'string' ? clean(o.headline) : null;
    facts.url ??= typeof o.url === 'string' ? httpUrl(o.url) : null;
    const publisher = o.publisher as Record<string, unknown> | undefined;
    if (publisher && typeof publisher === 'object' && typeof publisher.name === 'string') facts.outlet ??= clean(publisher.name);
  }
  if (o['@graph']) walkJsonLd(o['@graph'], facts, depth + 1);
}

/**
 * What the page states about itself, each field null when absent: <title>/og:title, article:published_time
 * or JSON-LD datePublished, <link rel=canonical>/og:url, og:site_name. Feeds guesses only: a manifest wins.
 */
export function extractHtmlMeta(html: string): SourceMeta {
  const head = html.length > HEAD_WINDOW ? html.slice(0, HEAD_WINDOW) : html;
  const metas = new Map<string, string>();
  const end = HEAD_END.exec(head);
  const headOnly = end ? head.slice(0, end.index) : head;
  for (const m of headOnly.matchAll(META_TAG)) {
    const a = attributes(m[0]);
    const key = (a.get('property') ?? a.get('name') ?? a.get('itemprop') ?? '').toLowerCase();
    const content = a.get('content');
    if (key && content !== undefined && !metas.has(key)) metas.set(key, content);
  }
  let canonical: string | null = null;
  for (const m of headOnly.matchAll(LINK_TAG)) {
    const a = attributes(m[0]);
    if ((a.get('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
      canonical = httpUrl(clean(a.get('href')));
      break;
    }
  }
  const ld: JsonLdFacts = { title: null, published: null, url: null, outlet: null };
  for (const body of jsonLdBodies(head)) {
    try {
      walkJsonLd(JSON.parse(body), ld);
    } catch {
      // Broken JSON-LD is common (trailing commas, unescaped quotes); the meta tags still count.
    }
  }

  const first = (keys: string[]): string | null => {
    for (const k of keys) {
      const v = clean(metas.get(k));
      if (v) return v;
    }
    return null;
  };
  const publishedRaw = first(PUBLISHED_KEYS);
  return {
    title: first(TITLE_KEYS) ?? ld.title ?? clean(titleText(headOnly)),
    published: (publishedRaw ? normalizeDate(publishedRaw) : null) ?? ld.published,
    url: canonical ?? httpUrl(first(URL_KEYS)) ?? ld.url,
    outlet: first(OUTLET_KEYS) ?? ld.outlet,
  };
}
