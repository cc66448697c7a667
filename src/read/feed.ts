// RSS 2.0, RSS 1.0 (RDF) and Atom feeds → one document per item/entry, using fast-xml-parser.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ReadItem, SourceMeta } from '../core/types.js';
import { normalizeDate } from './dates.js';
import { decodeEntities } from './html-meta.js';
import { documentItem, failure } from './items.js';
import type { ItemContext } from './json.js';
import { cell, mergeMeta } from './manifest.js';

const ALWAYS_ARRAYS = new Set(['item', 'entry', 'link']);
const PARSER = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ALWAYS_ARRAYS.has(name),
  // Atom bodies are kept as written: type="xhtml" content is inline markup the parser would take apart
  // (and lose the order of mixed text and elements); escaped and CDATA bodies are unescaped below.
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
});
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const HAS_MARKUP = /<[a-z][a-z0-9]*\b[^<>]*>/i;

type Node = Record<string, unknown>;

function isNode(v: unknown): v is Node {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

/** The text of an element: a string, or the #text of an element with attributes. */
function textOf(v: unknown): string | null {
  const x = first(v);
  if (typeof x === 'string') return x.trim() === '' ? null : x;
  if (typeof x === 'number') return String(x);
  if (isNode(x) && typeof x['#text'] === 'string') return textOf(x['#text']);
  return null;
}

interface Body {
  content: string;
  format: 'text' | 'html';
}

/** The text of an element kept raw by stopNodes: CDATA sections verbatim, entities decoded elsewhere. */
function unescapeRaw(raw: string): string {
  let out = '';
  let last = 0;
  for (const m of raw.matchAll(CDATA)) {
    out += decodeEntities(raw.slice(last, m.index)) + m[1];
    last = (m.index ?? 0) + m[0].length;
  }
  return out + decodeEntities(raw.slice(last));
}

function bodyOf(v: unknown, raw = false): Body | null {
  const x = first(v);
  if (x === undefined || x === null) return null;
  const type = isNode(x) ? String(x['@_type'] ?? '').toLowerCase() : '';
  let content = textOf(x);
  if (content !== null && raw && type !== 'xhtml') content = unescapeRaw(content).trim() || null;
  if (content === null) return null;
  const format = type === 'text' || !HAS_MARKUP.test(content) ? 'text' : 'html';
  return { content, format };
}

const TAGS = /<[^<>]*>/g;
const SPACES = /\s+/g;

/**
 * An entry title as text. Atom type="html" titles and RSS titles are escaped HTML: the XML parser undoes one
 * level of escaping, which leaves markup and entities ("A &lt;b&gt;", "AT&amp;T"); the HTML level is undone here.
 * Atom type="text" (the default there) is already plain text.
 */
function titleOf(v: unknown, kind: string): string | null {
  const raw = textOf(v);
  if (raw === null) return null;
  const x = first(v);
  const type = isNode(x) ? String(x['@_type'] ?? '').toLowerCase() : '';
  const isHtml = type === 'html' || type === 'xhtml' || (kind === 'rss' && type === '');
  if (!isHtml) return raw;
  return decodeEntities(raw.replace(TAGS, ' ')).replace(SPACES, ' ').trim() || null;
}

/** The entry's page: Atom <link rel="alternate" href>, RSS <link>text</link>, else a permalink <guid>. */
function linkOf(entry: Node): string | null {
  const links = Array.isArray(entry.link) ? entry.link : entry.link === undefined ? [] : [entry.link];
  for (const l of links) {
    if (typeof l === 'string' && l.trim()) return l.trim();
    if (isNode(l)) {
      const rel = String(l['@_rel'] ?? 'alternate');
      const href = l['@_href'];
      if (rel === 'alternate' && typeof href === 'string' && href.trim()) return href.trim();
      const text = textOf(l);
      if (text) return text.trim();
    }
  }
  const guid = first(entry.guid);
  const permalink = !isNode(guid) || String(guid['@_isPermaLink'] ?? 'true') !== 'false';
  const id = textOf(guid) ?? textOf(entry.id);
  return permalink && id && /^https?:\/\//i.test(id) ? id.trim() : null;
}

function entryItem(entry: unknown, source: string, kind: string, feedTitle: string | null, ctx: ItemContext): ReadItem {
  if (!isNode(entry)) return failure(source, 'feed item is empty');
  const raw = kind === 'atom';
  const body =
    bodyOf(entry['content:encoded']) ?? bodyOf(entry.content, raw) ?? bodyOf(entry.description) ?? bodyOf(entry.summary, raw);
  if (body === null) return failure(source, 'feed item has no content, description or summary');
  const own: SourceMeta = {
    url: linkOf(entry),
    title: cell(titleOf(entry.title, kind)),
    published: normalizeDate(
      textOf(entry.pubDate) ?? textOf(entry['dc:date']) ?? textOf(entry.published) ?? textOf(entry.issued) ?? textOf(entry.updated) ?? textOf(entry.modified),
    ),
    outlet: null,
  };
  // The channel title names the outlet only loosely ("Le Monde.fr - Actualités…"): a manifest says it better.
  const meta = mergeMeta(own, ctx.manifest?.forUrl(own.url), ctx.fileRow, { outlet: feedTitle });
  return documentItem(source, body.format, body.content, kind, meta);
}

/** True when the parsed XML is a feed this module reads. */
function feedParts(doc: Node): { kind: string; title: string | null; entries: unknown[] } | null {
  const rss = first(doc.rss);
  if (isNode(rss)) {
    const channel = first(rss.channel);
    if (!isNode(channel)) return { kind: 'rss', title: null, entries: [] };
    return { kind: 'rss', title: cell(textOf(channel.title)), entries: (channel.item as unknown[]) ?? [] };
  }
  const feed = first(doc.feed);
  if (isNode(feed)) return { kind: 'atom', title: cell(textOf(feed.title)), entries: (feed.entry as unknown[]) ?? [] };
  const rdf = first(doc['rdf:RDF']);
  if (isNode(rdf)) {
    const channel = first(rdf.channel);
    const entries = (rdf.item as unknown[]) ?? (isNode(channel) ? (channel.item as unknown[]) : []) ?? [];
    return { kind: 'rss', title: isNode(channel) ? cell(textOf(channel.title)) : null, entries };
  }
  return null;
}

const DOCTYPE_START = /<!doctype\b/i;

/**
 * The XML without its document type declaration, internal subset included. Feeds declare one for old validators (RSS
 * 0.91's DTD) and the parser refused some of them; the entities a DTD declares are never expanded (billion laughs,
 * external files): a reference to one stays as it is written. Only the prolog is looked at; one linear pass, quotes
 * and comments inside the subset skipped.
 */
export function stripDoctype(xml: string): string {
  const m = DOCTYPE_START.exec(xml.slice(0, 64 * 1024));
  if (!m) return xml;
  // A DOCTYPE after the root element opened is not a declaration: leave it to the parser.
  const root = xml.slice(0, m.index).search(/<[A-Za-z_]/);
  if (root >= 0) return xml;
  let i = m.index + m[0].length;
  let inSubset = false;
  while (i < xml.length) {
    const c = xml[i];
    if (c === '"' || c === "'") {
      const close = xml.indexOf(c, i + 1);
      if (close < 0) return xml.slice(0, m.index);
      i = close + 1;
    } else if (inSubset && xml.startsWith('<!--', i)) {
      const close = xml.indexOf('-->', i + 4);
      if (close < 0) return xml.slice(0, m.index);
      i = close + 3;
    } else if (c === '[') {
      inSubset = true;
      i++;
    } else if (c === ']' && inSubset) {
      inSubset = false;
      i++;
    } else if (c === '>' && !inSubset) {
      return xml.slice(0, m.index) + xml.slice(i + 1);
    } else i++;
  }
  return xml.slice(0, m.index);
}

/** A feed's items, each a document with source "source#n"; XML that is not a feed fails as a whole. */
export function* readFeedText(text: string, source: string, ctx: ItemContext): Generator<ReadItem> {
  const xml = stripDoctype(text.replace(/^\ufeff/, ''));
  let doc: unknown = null;
  try {
    // Not validated first: real feeds carry small faults (a bare "&" in a URL) the parser reads through.
    doc = PARSER.parse(xml);
  } catch {
    doc = null;
  }
  const parts = isNode(doc) ? feedParts(doc) : null;
  if (parts === null) {
    const check = XMLValidator.validate(xml);
    const reason = check === true ? 'XML file is not an RSS or Atom feed' : `malformed XML: ${check.err.msg} (line ${check.err.line})`;
    yield failure(source, reason);
    return;
  }
  if (parts.entries.length === 0) {
    yield failure(source, 'feed has no items');
    return;
  }
  for (let i = 0; i < parts.entries.length; i++) {
    yield entryItem(parts.entries[i], `${source}#${i + 1}`, parts.kind, parts.title, ctx);
  }
}
