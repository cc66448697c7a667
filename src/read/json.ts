// JSON and JSONL exports of articles ({url,title,text|html,published,outlet}) → one document per item.
import type { ReadItem, SourceMeta } from '../core/types.js';
import type { NumberedLine } from './files.js';
import { normalizeDate } from './dates.js';
import { extractHtmlMeta } from './html-meta.js';
import { documentItem, failure } from './items.js';
import { JSON_FIELDS, JSON_LIST_KEYS, MARKUP_TAGS } from './lexicon.js';
import { cell, mergeMeta, type Manifest, type ManifestRow } from './manifest.js';

export interface ItemContext {
  manifest: Manifest | null;
  /** The manifest row of the file holding the items: its outlet/date apply to items that do not say. */
  fileRow: ManifestRow | null;
}

// [^<>]: a tag never holds '<', so a page of '<' with no '>' is read in linear time.
const HAS_MARKUP = new RegExp(`<(?:${MARKUP_TAGS.join('|')})\\b[^<>]*>`, 'i');
const BOM = /^\ufeff/;

/**
 * How deep a field's text is looked for ({"content": {"rendered": "…"}} is two levels): real exports nest a level or
 * two, and a hostile file nests 10,000, which a recursive reader would follow until the stack overflows.
 */
const MAX_FIELD_DEPTH = 8;

function textOf(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (depth >= MAX_FIELD_DEPTH) return null;
  // Some exporters store the body as a list of paragraphs.
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return textOf(value.join('\n'), depth + 1);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return textOf(o.rendered ?? o.text ?? o.value ?? o.name ?? o.title ?? null, depth + 1);
  }
  return null;
}

function pick(o: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const k of keys) if (o[k] !== undefined && o[k] !== null && o[k] !== '') return o[k];
  return null;
}

/** One exported article. `source` is "path#n" (or the path for a file holding a single object). */
export function jsonItem(value: unknown, source: string, encoding: string, ctx: ItemContext): ReadItem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return failure(source, 'item is not a JSON object');
  const o = value as Record<string, unknown>;
  let body = textOf(pick(o, JSON_FIELDS.text));
  let html = textOf(pick(o, JSON_FIELDS.html));
  // A "text" that is really markup, or an "html"/"content" field that is plain text, is read as what it is.
  if (body !== null && html === null && HAS_MARKUP.test(body)) [html, body] = [body, null];
  if (html !== null && body === null && !HAS_MARKUP.test(html)) [body, html] = [html, null];
  if (body === null && html === null) return failure(source, 'item has no text or html');

  const own: SourceMeta = {
    url: cell(textOf(pick(o, JSON_FIELDS.url))),
    title: cell(textOf(pick(o, JSON_FIELDS.title))),
    published: normalizeDate(pick(o, JSON_FIELDS.published)),
    outlet: cell(textOf(pick(o, JSON_FIELDS.outlet))),
  };
  const urlRow = ctx.manifest?.forUrl(own.url) ?? null;
  const guessed = html !== null ? extractHtmlMeta(html) : null;
  const meta = mergeMeta(own, urlRow, ctx.fileRow, guessed);
  return body !== null
    ? documentItem(source, 'text', body, encoding, meta)
    : documentItem(source, 'html', html ?? '', encoding, meta);
}

/** The list of articles in a parsed JSON value: an array, {items|articles|documents|…: [...]}, or one object. */
function itemsOf(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') {
    const o = data as Record<string, unknown>;
    for (const k of JSON_LIST_KEYS) if (Array.isArray(o[k])) return o[k] as unknown[];
    // A feed-like wrapper ({"data": {"articles": [...]}}) one level down.
    for (const k of JSON_LIST_KEYS) {
      const inner = o[k];
      if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
        const o2 = inner as Record<string, unknown>;
        for (const k2 of JSON_LIST_KEYS) if (Array.isArray(o2[k2])) return o2[k2] as unknown[];
      }
    }
  }
  return null;
}

/**
 * Deepest nesting of arrays and objects accepted. An export of articles nests three or four levels; a file nested
 * 10,000 levels is hostile, and is refused up front with a reason rather than handed to code that walks values.
 */
export const MAX_JSON_DEPTH = 256;
/**
 * Most values (numbers, strings, arrays, objects…) in one JSON text. 50 MB of articles is some 100,000 values;
 * 50 MB of "[1,1,1…" is 25 million, and parsing them would take gigabytes. (JSON Lines is read a line at a time.)
 */
export const MAX_JSON_VALUES = 2_000_000;

/**
 * Why a JSON text is refused before it is parsed (too deep, too many values), or null. One linear pass that skips
 * strings; it counts values by their separators, so it never allocates anything.
 */
export function jsonShapeReason(text: string): string | null {
  let depth = 0;
  let values = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) return `JSON nested too deeply (more than ${MAX_JSON_DEPTH} levels of arrays and objects)`;
      values++;
    } else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x2c && ++values > MAX_JSON_VALUES) {
      return `JSON holds too many values (more than ${MAX_JSON_VALUES.toLocaleString('en')}); export it as JSON Lines`;
    }
  }
  return null;
}

/** A whole JSON file: malformed JSON fails the file; each item succeeds or fails alone. */
export function* readJsonText(text: string, source: string, ctx: ItemContext): Generator<ReadItem> {
  const refused = jsonShapeReason(text);
  if (refused) {
    yield failure(source, refused);
    return;
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(BOM, ''));
  } catch (err) {
    yield failure(source, `malformed JSON: ${(err as Error).message}`);
    return;
  }
  const items = itemsOf(data);
  if (items === null) {
    yield jsonItem(data, source, 'json', ctx);
    return;
  }
  if (items.length === 0) {
    yield failure(source, 'JSON export holds no items');
    return;
  }
  for (let i = 0; i < items.length; i++) yield jsonItem(items[i], `${source}#${i + 1}`, 'json', ctx);
}

/**
 * JSON Lines, streamed in batches of numbered lines: item n is line n (empty lines are not listed but keep their
 * number); a bad line fails alone.
 */
export async function* readJsonLines(batches: AsyncIterable<NumberedLine[]>, source: string, ctx: ItemContext): AsyncGenerator<ReadItem> {
  let items = 0;
  for await (const lines of batches) {
    for (const { n, text } of lines) {
      const t = (n === 1 ? text.replace(BOM, '') : text).trim();
      if (t === '') continue;
      items++;
      const refused = jsonShapeReason(t);
      if (refused) {
        yield failure(`${source}#${n}`, `${refused} on line ${n}`);
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(t);
      } catch (err) {
        yield failure(`${source}#${n}`, `malformed JSON on line ${n}: ${(err as Error).message}`);
        continue;
      }
      yield jsonItem(value, `${source}#${n}`, 'jsonl', ctx);
    }
  }
  if (items === 0) yield failure(source, 'empty file');
}
