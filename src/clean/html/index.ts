// HTML main-text extraction: a news page in, its article body (one block per line) and metadata out.
import { readMeta } from './meta.js';
import { renderBlocks } from './render.js';
import type { PassFlags } from './select.js';
import { selectArticle } from './select.js';
import { parsePage } from './tree.js';

export interface HtmlExtraction {
  /** Article headline (og:title / JSON-LD headline / h1 / <title> minus " | Site"). */
  title: string | null;
  /** Main text: one block per line (paragraphs, headings, list items), no markup. */
  text: string;
  byline: string | null;
  /** ISO date or timestamp from meta/JSON-LD/<time>, when present. */
  published: string | null;
  /** Language declared by the page (<html lang>, og:locale). */
  lang: string | null;
  /** Present when the page was not read to its end: why (more text or elements than kept). */
  truncated?: string;
}

export interface ExtractHtmlOptions {
  url?: string | null;
}

// Below this many characters a pass is deemed to have missed the article and a more lenient one is tried.
const DEFAULT_CHAR_THRESHOLD = 500;

// Strict first, then relax one notch at a time (Readability's flags), keeping the longest result.
const PASSES: PassFlags[] = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

export function extractHtml(html: string, _opts: ExtractHtmlOptions = {}): HtmlExtraction {
  let page = parsePage(html);
  const meta = readMeta(page.head, page.root);
  let best = '';
  for (let i = 0; i < PASSES.length; i++) {
    // Passes mutate the tree, so every retry starts from a fresh parse.
    if (i > 0) page = parsePage(html);
    const text = renderBlocks(selectArticle(page.root, PASSES[i]));
    if (text.length > best.length) best = text;
    if (text.length >= DEFAULT_CHAR_THRESHOLD) break;
  }
  // A publisher's structured body beats a DOM guess that found (almost) nothing.
  if (meta.articleBody && meta.articleBody.length > best.length * 2) best = normaliseBody(meta.articleBody);
  const out: HtmlExtraction = { title: meta.title, text: best, byline: meta.byline, published: meta.published, lang: meta.lang };
  if (page.truncated) out.truncated = page.truncated;
  return out;
}

const WS_INLINE = /[^\S\n]+/g;
const NEWLINES = /\s*\n\s*/g;

function normaliseBody(body: string): string {
  return body.replace(WS_INLINE, ' ').replace(NEWLINES, '\n').trim();
}
