// Reads the page's headline, byline, publication date, language and JSON-LD article body from its metadata.
import type { HtmlElement, PageHead } from './tree.js';
import { innerText } from './tree.js';

export interface PageMeta {
  title: string | null;
  byline: string | null;
  published: string | null;
  lang: string | null;
  /** JSON-LD articleBody of the page's article, when the publisher gives one. */
  articleBody: string | null;
}

const WS = /\s+/g;
// " | Site", " - Site", " — Site", " :: Site": the part after the last separator is the outlet's name.
const SITE_SEPARATOR = /\s(?:[|\-–—·•»]{1,2}|::)\s/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ARTICLE_TYPES = /article|posting|report|blog/i;
const DEFAULT_SITE_SUFFIX_MAX_WORDS = 6;

const PUBLISHED_META_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'publishdate', 'pubdate', 'date',
  'dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published',
];
const BYLINE_META_KEYS = ['author', 'article:author', 'dc.creator', 'byl', 'parsely-author', 'sailthru.author'];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function collapse(s: string): string {
  return s.replace(WS, ' ').trim();
}

/** Every JSON-LD object on the page, @graph members included. */
function jsonLdObjects(scripts: string[]): Array<Record<string, Json>> {
  const out: Array<Record<string, Json>> = [];
  // Real JSON-LD puts its objects a level or two down (a list, an @graph); deeper is not looked at.
  const visit = (v: Json, depth = 0): void => {
    if (depth > 8) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (v && typeof v === 'object') {
      out.push(v);
      const graph = v['@graph'];
      if (graph) visit(graph, depth + 1);
    }
  };
  for (const s of scripts) {
    try {
      visit(JSON.parse(s) as Json);
    } catch {
      // Broken JSON-LD is common (trailing commas, raw newlines); it simply gives nothing.
    }
  }
  return out;
}

function isArticleObject(o: Record<string, Json>): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return collapse(v) || null;
  return null;
}

function personName(v: Json | undefined): string | null {
  if (typeof v === 'string') return collapse(v) || null;
  if (Array.isArray(v)) {
    const names = v.map(personName).filter((n): n is string => n !== null);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return str(v.name);
  return null;
}

/** ISO form of a date string: a bare date stays a date, anything with a time becomes a UTC timestamp. */
export function toIsoDate(raw: string | null): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (ISO_DATE.test(s)) return s;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString();
}

/** Drops a trailing " | Site" from a <title>, keeping the longest side when the site comes first. */
export function cleanTitle(raw: string | null, siteName: string | null): string | null {
  if (!raw) return null;
  const title = collapse(raw);
  // A lone ":" is how French headlines open ("Nîmes : …"), not a site separator: only "::" counts.
  const cuts = [...title.matchAll(SITE_SEPARATOR)];
  if (cuts.length === 0) return title || null;
  const lastCut = cuts[cuts.length - 1]!;
  const firstCut = cuts[0]!;
  const head = title.slice(0, lastCut.index);
  const last = title.slice((lastCut.index ?? 0) + lastCut[0].length);
  const first = title.slice(0, firstCut.index);
  const site = siteName?.toLowerCase() ?? null;
  if (site && last.toLowerCase() === site) return head;
  if (site && first.toLowerCase() === site) return title.slice((firstCut.index ?? 0) + firstCut[0].length);
  if (last.split(' ').length <= DEFAULT_SITE_SUFFIX_MAX_WORDS && head.split(' ').length >= 3) return head;
  return title;
}

function findFirst(el: HtmlElement, test: (e: HtmlElement) => boolean): HtmlElement | null {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (test(c)) return c;
    const hit = findFirst(c, test);
    if (hit) return hit;
  }
  return null;
}

/** Reads the metadata; `root` is the parsed body, read before extraction prunes it. */
export function readMeta(head: PageHead, root: HtmlElement): PageMeta {
  const m = head.meta;
  const objects = jsonLdObjects(head.jsonLd);
  const article = objects.find(isArticleObject) ?? null;

  const siteName = m.get('og:site_name') ?? null;
  const h1 = findFirst(root, (e) => e.tag === 'h1');
  const title =
    str(m.get('og:title') ?? undefined) ??
    str(article?.headline) ??
    (h1 ? innerText(h1) || null : null) ??
    cleanTitle(head.title, siteName);

  let published: string | null = null;
  for (const key of PUBLISHED_META_KEYS) {
    published = toIsoDate(m.get(key) ?? null);
    if (published) break;
  }
  published ??= toIsoDate(str(article?.datePublished)) ?? toIsoDate(head.timeDatetime);

  let byline: string | null = personName(article?.author);
  for (const key of BYLINE_META_KEYS) {
    if (byline) break;
    const v = m.get(key);
    // Some sites put a profile URL in author metas; that is not a name.
    if (v && !v.startsWith('http')) byline = collapse(v) || null;
  }
  if (!byline) {
    const el = findFirst(root, (e) => e.attrs.rel === 'author' || e.attrs.itemprop === 'author' || /(?:^|\s)byline(?:\s|$)/.test(e.hint));
    const text = el ? innerText(el) : '';
    if (text && text.length < 100) byline = text;
  }

  const lang = head.lang ?? m.get('og:locale')?.replace('_', '-') ?? m.get('content-language') ?? null;
  const body = typeof article?.articleBody === 'string' ? article.articleBody.trim() : '';
  return { title, byline, published, lang, articleBody: body || null };
}
