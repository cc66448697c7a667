// Parses HTML with htmlparser2 into a light element tree, dropping non-content elements and gathering head metadata.
import { Parser } from 'htmlparser2';
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
}

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

  const parser = new Parser(
    {
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
          if (inTitle) titleText += text;
          else if (inJsonLd) jsonText += text;
          return;
        }
        const kids = current.children;
        const last = kids.length ? kids[kids.length - 1] : undefined;
        // htmlparser2 delivers text in pieces around entities: glue them into one node.
        if (typeof last === 'string') kids[kids.length - 1] = last + text;
        else kids.push(text);
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          if (VOID_TAGS.has(name)) return;
          skipDepth--;
          if (skipDepth === 0) {
            if (inTitle) {
              inTitle = false;
              head.title = titleText.replace(WS, ' ').trim() || null;
            } else if (inJsonLd) {
              inJsonLd = false;
              if (jsonText.trim()) head.jsonLd.push(jsonText);
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
  return { root, head };
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
