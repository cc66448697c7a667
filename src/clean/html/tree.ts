// Parses HTML with htmlparser2 into a light element tree, dropping non-content elements and gathering head metadata.
import { Parser, type Handler, type ParserOptions, type QuoteType } from 'htmlparser2';
import { CONTENTLESS_TAGS, VOID_TAGS } from './lexicon.js';

export interface HtmlElement {
  tag: string;
  /** Lower-cased `class` + `id`, the string the class/id hints are matched against. */
  hint: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
  /** Length of the whitespace-collapsed text below this element (filled by measure()). */
  textLen: number;
  /** Part of textLen that sits inside links. */
  linkLen: number;
  /** Commas in the text below (Latin, Arabic and CJK commas): a sign of running prose. */
  commas: number;
  /** Candidate score during main-content selection; NaN when the element was never scored. */
  score: number;
}

export type HtmlNode = HtmlElement | string;

export interface PageHead {
  lang: string | null;
  /** Text of <title>. */
  title: string | null;
  /** <meta> contents keyed by lower-cased name/property/itemprop (first one wins). */
  meta: Map<string, string>;
  /** Raw JSON-LD script bodies. */
  jsonLd: string[];
  /** First <time datetime> value seen in the body. */
  timeDatetime: string | null;
}

export interface ParsedPage {
  root: HtmlElement;
  head: PageHead;
  /** Why the page was not read to its end (more text or elements than kept), or null when it was. */
  truncated: string | null;
}

/**
 * Most characters of text kept from one page. News articles hold tens of thousands; past this the page is a dump,
 * and carrying all of it through every stage (each makes a copy or two) would outgrow a worker's heap.
 */
export const MAX_PAGE_TEXT_CHARS = 4_000_000;
/** JSON-LD blocks are a few kilobytes; a bigger one is not read (it would be parsed whole). */
const MAX_JSON_LD_CHARS = 1_000_000;

const WS = /\s+/g;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export function makeElement(tag: string, attrs: Record<string, string>, parent: HtmlElement | null): HtmlElement {
  const hint = `${attrs.class ?? ''} ${attrs.id ?? ''}`.toLowerCase();
  return { tag, hint, attrs, children: [], parent, textLen: 0, linkLen: 0, commas: 0, score: Number.NaN };
}

/** Hidden elements are not shown to readers, so they are not the article (Readability's isProbablyVisible). */
function isHidden(attrs: Record<string, string>): boolean {
  if ('hidden' in attrs) return true;
  if (attrs['aria-hidden'] === 'true') return true;
  const style = attrs.style;
  return style !== undefined && HIDDEN_STYLE.test(style);
}

/**
 * Deepest nesting kept, as browsers do (Chromium stops nesting at 512): htmlparser2 keeps its open elements in an
 * array it grows and searches from the front, so each tag costs time in proportion to the depth, and a page of
 * 100,000 nested <div> took 5 s to parse and overflowed the stack of every recursive pass after it.
 */
export const MAX_HTML_DEPTH = 512;
/**
 * Most elements kept in one page's tree: real news pages have a few thousand; a page of millions of tiny tags would
 * need more than a worker's heap. Past this the page is not read further (as for too much text).
 */
export const MAX_HTML_ELEMENTS = 100_000;
/** Tags whose content the tokenizer reads as raw text: never dropped, or a script's code would become page text. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

/**
 * htmlparser2's Parser with a cap on depth and element count. An opening tag past the depth cap is dropped (with its
 * attributes, and the closing tag that matches it), its text kept; at the element cap the parser stops. Tag
 * positions are offsets into `html`, which is written to the parser in one piece.
 */
class CappedParser extends Parser {
  /** Elements open in htmlparser2's own stack, counted by the handler (every open is reported, and every close). */
  depth = 0;
  private tags = 0;

  /** True once the element cap is reached: the tree takes nothing more. */
  get full(): boolean {
    return this.tags >= MAX_HTML_ELEMENTS;
  }
  /** True from a dropped tag's name to the end of its opening tag. */
  private dropping = false;
  /** Dropped opening tags not yet matched by a closing tag, by name. */
  private readonly dropped = new Map<string, number>();
  private lastDropped = '';

  constructor(
    private readonly html: string,
    cbs: Partial<Handler>,
    options: ParserOptions,
  ) {
    super(cbs, options);
  }

  override onopentagname(start: number, endIndex: number): void {
    if (this.full) {
      // Nothing more is kept: stop the tokenizer rather than read the rest for nothing.
      this.dropping = true;
      this.pause();
      return;
    }
    const name = this.html.slice(start, endIndex).toLowerCase();
    if (this.depth >= MAX_HTML_DEPTH && !RAW_TEXT_TAGS.has(name) && !VOID_TAGS.has(name)) {
      this.dropping = true;
      this.lastDropped = name;
      this.dropped.set(name, (this.dropped.get(name) ?? 0) + 1);
      return;
    }
    this.tags++;
    super.onopentagname(start, endIndex);
  }

  override onattribname(start: number, endIndex: number): void {
    if (!this.dropping) super.onattribname(start, endIndex);
  }

  override onattribdata(start: number, endIndex: number): void {
    if (!this.dropping) super.onattribdata(start, endIndex);
  }

  override onattribentity(cp: number): void {
    if (!this.dropping) super.onattribentity(cp);
  }

  override onattribend(quote: QuoteType, endIndex: number): void {
    if (!this.dropping) super.onattribend(quote, endIndex);
  }

  override onopentagend(endIndex: number): void {
    if (this.dropping) this.dropping = false;
    else super.onopentagend(endIndex);
  }

  override onselfclosingtag(endIndex: number): void {
    if (this.dropping) {
      // <x/> closes itself: no closing tag will come for it.
      this.dropping = false;
      this.unDrop(this.lastDropped);
    } else super.onselfclosingtag(endIndex);
  }

  override onclosetag(start: number, endIndex: number): void {
    if (this.unDrop(this.html.slice(start, endIndex).toLowerCase())) return;
    super.onclosetag(start, endIndex);
  }

  /** Forgets one dropped tag of that name; true when there was one (its closing tag is dropped too). */
  private unDrop(name: string): boolean {
    const n = this.dropped.get(name);
    if (!n) return false;
    if (n === 1) this.dropped.delete(name);
    else this.dropped.set(name, n - 1);
    return true;
  }
}

export function parsePage(html: string): ParsedPage {
  const root = makeElement('#root', {}, null);
  const head: PageHead = { lang: null, title: null, meta: new Map(), jsonLd: [], timeDatetime: null };
  let current = root;
  // Depth inside a dropped subtree: while > 0, nothing is added to the tree.
  let skipDepth = 0;
  let inTitle = false;
  let titleText = '';
  let inJsonLd = false;
  let jsonText = '';
  let textKept = 0;
  let truncated: string | null = null;

  const parser: CappedParser = new CappedParser(
    html,
    {
      onopentagname() {
        parser.depth++;
      },
      onopentag(name, attrs) {
        if (skipDepth > 0) {
          if (!VOID_TAGS.has(name)) skipDepth++;
          return;
        }
        if (name === 'html' || name === 'head') {
          if (name === 'html' && attrs.lang && head.lang === null) head.lang = attrs.lang.trim() || null;
          return;
        }
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          const value = attrs.content;
          if (key && value && !head.meta.has(key)) head.meta.set(key, value.trim());
          return;
        }
        if (name === 'title') {
          inTitle = head.title === null;
          titleText = '';
          skipDepth = 1;
          return;
        }
        if (name === 'script') {
          inJsonLd = (attrs.type ?? '').toLowerCase() === 'application/ld+json';
          jsonText = '';
          skipDepth = 1;
          return;
        }
        if (name === 'time' && attrs.datetime && head.timeDatetime === null) head.timeDatetime = attrs.datetime;
        if (CONTENTLESS_TAGS.has(name) || isHidden(attrs)) {
          if (!VOID_TAGS.has(name)) skipDepth = 1;
          return;
        }
        if (VOID_TAGS.has(name) && name !== 'br' && name !== 'hr' && name !== 'img') return;
        const el = makeElement(name, attrs, current);
        current.children.push(el);
        if (!VOID_TAGS.has(name)) current = el;
      },
      ontext(text) {
        if (skipDepth > 0) {
          if (inTitle && titleText.length < MAX_JSON_LD_CHARS) titleText += text;
          else if (inJsonLd && jsonText.length < MAX_JSON_LD_CHARS) jsonText += text;
          return;
        }
        if (parser.full) return;
        if (textKept + text.length > MAX_PAGE_TEXT_CHARS) {
          truncated = `only the first ${MAX_PAGE_TEXT_CHARS / 1e6} million characters of text were read`;
          text = text.slice(0, Math.max(0, MAX_PAGE_TEXT_CHARS - textKept));
          if (!text) return;
        }
        textKept += text.length;
        const kids = current.children;
        const last = kids.length ? kids[kids.length - 1] : undefined;
        // htmlparser2 delivers text in pieces around entities: glue them into one node.
        if (typeof last === 'string') kids[kids.length - 1] = last + text;
        else kids.push(text);
      },
      onclosetag(name) {
        parser.depth--;
        if (skipDepth > 0) {
          if (VOID_TAGS.has(name)) return;
          skipDepth--;
          if (skipDepth === 0) {
            if (inTitle) {
              inTitle = false;
              head.title = titleText.replace(WS, ' ').trim() || null;
            } else if (inJsonLd) {
              inJsonLd = false;
              if (jsonText.trim() && jsonText.length < MAX_JSON_LD_CHARS) head.jsonLd.push(jsonText);
            }
          }
          return;
        }
        if (VOID_TAGS.has(name) || name === 'html' || name === 'head') return;
        // htmlparser2 closes implied tags itself; only pop when the name matches what we opened.
        if (current.tag === name && current.parent) current = current.parent;
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  if (parser.full) truncated = `only the first ${MAX_HTML_ELEMENTS.toLocaleString('en')} elements of the page were read`;
  return { root, head, truncated };
}

/** Fills textLen/linkLen bottom-up; call again after the tree was pruned. */
export function measure(el: HtmlElement, inLink = false): void {
  const link = inLink || el.tag === 'a';
  for (const child of el.children) if (typeof child !== 'string') measure(child, link);
  remeasure(el, inLink);
}

/** Recomputes one element's sums from its children, whose own sums are assumed current. */
export function remeasure(el: HtmlElement, inLink = false): void {
  let textLen = 0;
  let linkLen = 0;
  let commas = 0;
  const link = inLink || el.tag === 'a';
  for (const child of el.children) {
    if (typeof child === 'string') {
      const n = collapsedLength(child);
      textLen += n;
      if (link) linkLen += n;
      commas += countCommas(child);
    } else {
      textLen += child.textLen;
      linkLen += child.linkLen;
      commas += child.commas;
    }
  }
  el.textLen = textLen;
  el.linkLen = linkLen;
  el.commas = commas;
}

function countCommas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // , ، ， 、
    if (c === 44 || c === 0x60c || c === 0xff0c || c === 0x3001) n++;
  }
  return n;
}

/** Length of a text once runs of whitespace count as one character and the ends are trimmed. */
export function collapsedLength(text: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ws = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (ws) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return space && n > 0 ? n - 1 : n;
}

export function innerText(el: HtmlElement): string {
  const parts: string[] = [];
  const walk = (e: HtmlElement): void => {
    for (const c of e.children) {
      if (typeof c === 'string') parts.push(c);
      else walk(c);
    }
  };
  walk(el);
  return parts.join(' ').replace(WS, ' ').trim();
}

export function removeNode(el: HtmlElement): void {
  const parent = el.parent;
  if (!parent) return;
  const i = parent.children.indexOf(el);
  if (i >= 0) parent.children.splice(i, 1);
  el.parent = null;
}

export function* descendants(el: HtmlElement): Generator<HtmlElement> {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    yield c;
    yield* descendants(c);
  }
}
