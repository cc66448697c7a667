// The only way the dashboard makes DOM: text goes in as text nodes, links only to our own pages or to http(s) URLs.

export type Child = Node | string | number | null | undefined | false;
type Handler = (ev: Event) => void;
export interface Attrs {
  [name: string]: string | number | boolean | null | undefined | Record<string, Handler>;
}

const SAFE_URL = /^(https?:\/\/|#|\/(?!\/))/i;

/** A URL we may put in href: http(s), an in-page hash route, or a same-origin path; anything else (javascript:, data:) is refused. */
export function safeHref(url: string | null | undefined): string | null {
  return url && SAFE_URL.test(url.trim()) ? url.trim() : null;
}

function apply(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'on') {
      for (const [ev, fn] of Object.entries(value as Record<string, Handler>)) el.addEventListener(ev, fn);
      continue;
    }
    // Event-handler attributes are never set from data: handlers go through `on`.
    if (name.toLowerCase().startsWith('on')) throw new Error(`refusing attribute ${name}`);
    if (name === 'href' || name === 'src') {
      const safe = safeHref(String(value));
      if (safe !== null) el.setAttribute(name, safe);
      continue;
    }
    el.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

/** Text with some spans highlighted: each span becomes a <mark>, everything as text nodes. */
export function highlighted(text: string, spans: Array<{ start: number; end: number; label?: string }>): DocumentFragment {
  const frag = document.createDocumentFragment();
  const sorted = spans.filter((x) => x.start >= 0 && x.end <= text.length && x.end > x.start).sort((a, b) => a.start - b.start);
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue; // overlapping spans: keep the first
    if (span.start > at) frag.append(document.createTextNode(text.slice(at, span.start)));
    frag.append(h('mark', { title: span.label ?? null }, text.slice(span.start, span.end)));
    at = span.end;
  }
  if (at < text.length) frag.append(document.createTextNode(text.slice(at)));
  return frag;
}

/** English plurals the "-s" rule gets wrong, for the nouns the dashboard counts (victims' roles among them). */
const IRREGULAR: Record<string, string> = { child: 'children', person: 'people', man: 'men', woman: 'women', passerby: 'passersby', bystander: 'bystanders' };

/** The plural of a noun or of a noun phrase's last word ("prison officer" → "prison officers", "story" → "stories"). */
export function plural(noun: string): string {
  const at = noun.lastIndexOf(' ') + 1;
  const head = noun.slice(0, at);
  const last = noun.slice(at);
  if (IRREGULAR[last]) return head + IRREGULAR[last];
  if (/[^aeiou]y$/.test(last)) return `${head}${last.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(last)) return `${head}${last}es`;
  return `${head}${last}s`;
}

export const fmt = {
  num: (n: number | null | undefined, digits = 0) => (n === null || n === undefined ? '—' : n.toLocaleString('en-GB', { maximumFractionDigits: digits })),
  text: (t: string | null | undefined) => (t === null || t === undefined || t === '' ? '—' : t),
  type: (t: string) => t.replace(/_/g, ' '),
  /** "1 incident", "3 incidents": a count with its noun agreeing. */
  count: (n: number, noun: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? noun : plural(noun)}`,
};
