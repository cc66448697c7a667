// Building ReadItems: every document's text goes through the same repair and normalisation here.
import type { ReadItem, RawDocument, SourceMeta } from '../core/types.js';
import { safeLine } from '../core/errors.js';
import { MAX_PAGE_CHARS, MAX_TEXT_CHARS, PAGE_CUT_NOTE, TEXT_CUT_NOTE, cutText } from '../core/limits.js';
import { normalizeText } from '../core/text.js';
import { repairMojibake } from './encoding.js';
import { HTML_OPENING_TAGS } from './lexicon.js';

// Terminal control sequences whole (ECMA-48: CSI "ESC [ … final", OSC "ESC ] … BEL|ST", two-byte "ESC x"), and
// their 8-bit C1 forms. Dropping only the ESC byte would leave "[31m" in the text, where it reads as a number.
const TERMINAL_SEQUENCE =
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[@-Z\\^_`a-z{|}~]/g;

/** Text without terminal escape sequences: article text is untrusted and must not carry them into the store. */
export function stripTerminalSequences(text: string): string {
  return text.replace(TERMINAL_SEQUENCE, '');
}

const NON_SPACE = /\S/g;

/**
 * Whether there is anything but white space, outside tags for HTML. Scans to the first such character instead of
 * building the text without its tags: a page's first words come early, and a 20 MB page is not copied to learn it.
 */
function hasVisibleText(content: string, html: boolean): boolean {
  if (!html) return /\S/.test(content);
  let at = 0;
  while (at < content.length) {
    NON_SPACE.lastIndex = at;
    const m = NON_SPACE.exec(content);
    if (!m) return false;
    if (m[0] !== '<') return true;
    // A tag runs to the next '>' with no '<' before it (as everywhere in the readers); otherwise the '<' is text.
    const close = content.indexOf('>', m.index + 1);
    const reopen = content.indexOf('<', m.index + 1);
    if (close < 0 || (reopen >= 0 && reopen < close)) return true;
    at = close + 1;
  }
  return false;
}

export function failure(source: string, reason: string): ReadItem {
  return { ok: false, failure: { source, reason: safeLine(reason) } };
}

/** A document, or an "empty" failure when nothing but white space (and markup, for HTML) remains. */
export function documentItem(
  source: string,
  format: RawDocument['format'],
  raw: string,
  encoding: string,
  meta: SourceMeta,
  /** Only the start of the source was read (a file past MAX_PAGE_BYTES_READ or MAX_TEXT_BYTES_READ). */
  cutOnRead = false,
): ReadItem {
  // A text past MAX_TEXT_CHARS, or a page past MAX_PAGE_CHARS, is cut here, before the copies normalisation makes:
  // the clean stage would keep no more of a text, and a page's text, if it has one, comes before then.
  const max = format === 'text' ? MAX_TEXT_CHARS : MAX_PAGE_CHARS;
  const cut = raw.length > max || cutOnRead;
  // After the repair: a mis-decoded "Û" holds U+009B, which would otherwise read as the start of a sequence.
  const content = normalizeText(stripTerminalSequences(repairMojibake(raw.length > max ? cutText(raw, max) : raw)));
  if (!hasVisibleText(content, format === 'html')) return failure(source, format === 'html' ? 'empty document (no text in the page)' : 'empty document');
  const said = (v: string | null) => (v === null ? null : stripTerminalSequences(v));
  const doc: RawDocument = { source, format, content, encoding, meta: { ...meta, title: said(meta.title), outlet: said(meta.outlet) } };
  if (cut) doc.notes = [format === 'text' ? TEXT_CUT_NOTE : PAGE_CUT_NOTE];
  return { ok: true, doc };
}

const HTML_START = new RegExp(`^\\s*(?:<!--[\\s\\S]*?-->\\s*)*<(?:${HTML_OPENING_TAGS.join('|').replace(' ', '\\s+')})\\b`, 'i');
const FEED_ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*\?>\s*|<!doctype[^>]*>\s*)*<(rss|feed|rdf:rdf)\b/i;
const XML_START = /^\s*<\?xml\b/i;
const HTML_IN_XML = /<html\b/i;
const BOM = /^\ufeff/;
const JSON_START = /^\s*[[{]/;

export type SniffedKind = 'html' | 'feed' | 'json' | 'xml' | 'text';

/** What decoded content looks like, for files without a telling extension and untyped HTTP bodies. */
export function sniffKind(text: string): SniffedKind {
  const head = text.slice(0, 4096).replace(BOM, '');
  if (FEED_ROOT.test(head)) return 'feed';
  if (HTML_START.test(head)) return 'html';
  if (XML_START.test(head)) return HTML_IN_XML.test(head) ? 'html' : 'xml';
  if (JSON_START.test(head)) return 'json';
  return 'text';
}
