// Finds the article's blocks in a parsed page: Readability-style paragraph scoring, then sibling merging and cleaning.
import { classWeight, isAlwaysDrop, isEmbed, isUnlikely } from './hints.js';
import { BLOCK_TAGS, FURNITURE_ROLES, FURNITURE_TAGS, HEADING_TAGS } from './lexicon.js';
import type { HtmlElement, HtmlNode } from './tree.js';
import { collapsedLength, measure, remeasure } from './tree.js';

export interface PassFlags {
  /** Drop nav/aside/footer and class/id-unlikely blocks before scoring. */
  stripUnlikely: boolean;
  /** Let class/id hints move scores. */
  weightClasses: boolean;
  /** Remove link-heavy, image-heavy and form-like blocks inside the article. */
  cleanConditionally: boolean;
}

const DEFAULT_MIN_PARAGRAPH = 25;
const DEFAULT_ANCESTOR_LEVELS = 5;
const DEFAULT_TOP_CANDIDATES = 5;
// A structured-data body marker is a publisher's own statement of where the text is: worth more than any class hint.
const ARTICLE_BODY_BONUS = 60;
const ARTICLE_TAG_BONUS = 10;
// Wrappers with these hints are kept as a whole when they hold this much text (a "share" class on a big wrapper).
const DEFAULT_DROP_MAX_TEXT = 600;
const SCORABLE_LEAF_TAGS = new Set(['p', 'pre', 'div', 'section', 'article', 'main', 'blockquote', 'td', 'center', 'font', 'span']);
const CONDITIONAL_TAGS = new Set(['form', 'fieldset', 'table', 'ul', 'ol', 'dl', 'div', 'section', 'header', 'aside', 'footer', 'nav']);
const PROTECTED_FROM_UNLIKELY = new Set(['body', 'article', 'main', 'a', 'table', 'tbody', 'tr', 'td', 'th', 'code', 'pre']);

function isBlock(node: HtmlNode): boolean {
  return typeof node !== 'string' && BLOCK_TAGS.has(node.tag) && node.tag !== 'br';
}

function hasBlockChild(el: HtmlElement): boolean {
  for (const c of el.children) if (isBlock(c)) return true;
  return false;
}

function linkDensity(el: HtmlElement): number {
  return el.textLen ? el.linkLen / el.textLen : 0;
}

function isArticleBody(el: HtmlElement): boolean {
  const ip = el.attrs.itemprop;
  return ip !== undefined && ip.toLowerCase().includes('articlebody');
}

function tagBase(tag: string): number {
  switch (tag) {
    case 'div':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'article':
    case 'main':
      return ARTICLE_TAG_BONUS;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

function weightOf(el: HtmlElement, flags: PassFlags): number {
  let w = flags.weightClasses ? classWeight(el.hint) : 0;
  if (isArticleBody(el)) w += ARTICLE_BODY_BONUS;
  return w;
}

/** Removes page furniture before scoring (strict pass only), depth-first. */
function prune(el: HtmlElement, flags: PassFlags, inTable: boolean): void {
  for (let i = el.children.length - 1; i >= 0; i--) {
    const c = el.children[i];
    if (typeof c === 'string') continue;
    const role = c.attrs.role;
    const furniture =
      (role !== undefined && FURNITURE_ROLES.has(role.toLowerCase())) ||
      FURNITURE_TAGS.has(c.tag) ||
      (!inTable && !PROTECTED_FROM_UNLIKELY.has(c.tag) && !isArticleBody(c) && isUnlikely(c.hint));
    if (flags.stripUnlikely && furniture) {
      el.children.splice(i, 1);
      continue;
    }
    prune(c, flags, inTable || c.tag === 'table');
  }
}

interface Paragraph {
  len: number;
  commas: number;
  /** First element to receive the paragraph's score (its parent, or the element owning a loose text run). */
  host: HtmlElement;
}

/** Collects scorable paragraphs: leaf text blocks, plus runs of loose text/inline content inside mixed blocks. */
function collectParagraphs(el: HtmlElement, out: Paragraph[]): void {
  const mixed = hasBlockChild(el);
  if (!mixed && el.parent && SCORABLE_LEAF_TAGS.has(el.tag) && el.tag !== 'span') {
    if (el.textLen >= DEFAULT_MIN_PARAGRAPH) out.push({ len: el.textLen, commas: el.commas, host: el.parent });
    return;
  }
  let runLen = 0;
  let runCommas = 0;
  const flush = (): void => {
    if (runLen >= DEFAULT_MIN_PARAGRAPH) out.push({ len: runLen, commas: runCommas, host: el });
    runLen = 0;
    runCommas = 0;
  };
  for (const c of el.children) {
    if (typeof c === 'string') {
      runLen += collapsedLength(c);
      runCommas += c.split(',').length - 1;
    } else if (BLOCK_TAGS.has(c.tag) && c.tag !== 'br') {
      flush();
      collectParagraphs(c, out);
    } else {
      // Inline element: its text belongs to the current run.
      runLen += c.textLen;
      runCommas += c.commas;
    }
  }
  if (mixed) flush();
}

function scoreCandidates(root: HtmlElement, flags: PassFlags): HtmlElement[] {
  const paragraphs: Paragraph[] = [];
  collectParagraphs(root, paragraphs);
  const candidates: HtmlElement[] = [];
  for (const p of paragraphs) {
    const score = 1 + p.commas + Math.min(3, Math.floor(p.len / 100));
    let node: HtmlElement | null = p.host;
    for (let level = 0; node && node !== root && level < DEFAULT_ANCESTOR_LEVELS; level++) {
      if (Number.isNaN(node.score)) {
        node.score = tagBase(node.tag) + weightOf(node, flags);
        candidates.push(node);
      }
      node.score += level === 0 ? score : level === 1 ? score / 2 : score / (level * 3);
      node = node.parent;
    }
  }
  // Link-heavy blocks are menus and teaser lists, whatever their text.
  for (const c of candidates) c.score *= 1 - linkDensity(c);
  return candidates;
}

function ancestors(el: HtmlElement): HtmlElement[] {
  const out: HtmlElement[] = [];
  for (let n = el.parent; n; n = n.parent) out.push(n);
  return out;
}

function elementChildren(el: HtmlElement): HtmlElement[] {
  return el.children.filter((c): c is HtmlElement => typeof c !== 'string');
}

/** Readability's choice of the top candidate, including its climb to a common ancestor of several good candidates. */
function pickTop(root: HtmlElement, candidates: HtmlElement[]): HtmlElement {
  if (!candidates.length) return root;
  const sorted = [...candidates].sort((a, b) => b.score - a.score).slice(0, DEFAULT_TOP_CANDIDATES);
  let top = sorted[0];
  // Several strong candidates under one ancestor: the article is split into sections, take their container.
  const alternatives = sorted.slice(1).filter((c) => c.score / top.score >= 0.75).map(ancestors);
  if (alternatives.length >= 2) {
    for (let parent = top.parent; parent && parent !== root; parent = parent.parent) {
      const holding = alternatives.filter((list) => list.includes(parent as HtmlElement)).length;
      if (holding >= 2) {
        top = parent;
        break;
      }
    }
  }
  top = joinChunks(top, candidates);
  if (Number.isNaN(top.score)) top.score = 0;
  // Climb while a parent scores better: the content may be spread among the top's siblings.
  let parent = top.parent;
  let last = top.score;
  const floor = last / 3;
  while (parent && parent !== root) {
    if (Number.isNaN(parent.score)) {
      parent = parent.parent;
      continue;
    }
    if (parent.score < floor) break;
    if (parent.score > last) {
      top = parent;
      break;
    }
    last = parent.score;
    parent = parent.parent;
  }
  while (top.parent && top.parent !== root && elementChildren(top.parent).length === 1) top = top.parent;
  return top;
}

// Chunked bodies repeat the top's class on each chunk; their common ancestor must be mostly those chunks.
const DEFAULT_CHUNK_MIN_TEXT = 100;
const DEFAULT_CHUNK_ANCESTOR_SLACK = 1.6;

/** When the article is cut into several same-class chunks (between ads), the top becomes their common ancestor. */
function joinChunks(top: HtmlElement, candidates: HtmlElement[]): HtmlElement {
  const cls = top.attrs.class;
  if (!cls) return top;
  const chunks = candidates.filter(
    (c) => c !== top && c.attrs.class === cls && c.textLen >= DEFAULT_CHUNK_MIN_TEXT && linkDensity(c) < 0.3,
  );
  if (!chunks.length) return top;
  const topLine = ancestors(top);
  let lca: HtmlElement | null = null;
  for (const anc of topLine) {
    if (chunks.every((c) => ancestors(c).includes(anc))) {
      lca = anc;
      break;
    }
  }
  if (!lca || !lca.parent) return top;
  const chunkText = chunks.reduce((n, c) => n + c.textLen, top.textLen);
  if (lca.textLen > chunkText * DEFAULT_CHUNK_ANCESTOR_SLACK) return top;
  if (Number.isNaN(lca.score)) lca.score = top.score;
  else lca.score = Math.max(lca.score, top.score);
  return lca;
}

const SENTENCE_END = /[.!?…»"”]\s*$|[.!?]\s/;

/** The top candidate plus those of its siblings that look like part of the same article. */
function gatherSiblings(top: HtmlElement): HtmlElement[] {
  const parent = top.parent;
  if (!parent) return [top];
  const threshold = Math.max(10, top.score * 0.2);
  const kept: HtmlElement[] = [];
  for (const sib of elementChildren(parent)) {
    if (sib === top) {
      kept.push(sib);
      continue;
    }
    let bonus = 0;
    if (top.attrs.class && sib.attrs.class === top.attrs.class) bonus += top.score * 0.2;
    if (!Number.isNaN(sib.score) && sib.score + bonus >= threshold) {
      kept.push(sib);
      continue;
    }
    if (sib.tag === 'p' || (!hasBlockChild(sib) && sib.tag === 'div')) {
      const ld = linkDensity(sib);
      const len = sib.textLen;
      if (len > 80 && ld < 0.25) kept.push(sib);
      else if (len > 0 && len <= 80 && ld === 0 && SENTENCE_END.test(textOf(sib))) kept.push(sib);
    }
  }
  return kept;
}

function textOf(el: HtmlElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}

interface Counts {
  p: number;
  img: number;
  li: number;
  input: number;
  headingLen: number;
}

function countInside(el: HtmlElement, acc: Counts): Counts {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.tag === 'p') acc.p++;
    else if (c.tag === 'img') acc.img++;
    else if (c.tag === 'li') acc.li++;
    else if (c.tag === 'input') acc.input++;
    if (HEADING_TAGS.has(c.tag)) acc.headingLen += c.textLen;
    countInside(c, acc);
  }
  return acc;
}

/** Readability's _cleanConditionally verdict for one block. */
function looksLikeJunk(el: HtmlElement, flags: PassFlags, inFigure: boolean): boolean {
  const weight = weightOf(el, flags);
  if (weight + (Number.isNaN(el.score) ? 0 : el.score) < 0) return true;
  if (el.commas >= 10) return false;
  const counts = countInside(el, { p: 0, img: 0, li: 0, input: 0, headingLen: 0 });
  const isList = el.tag === 'ul' || el.tag === 'ol' || el.tag === 'dl';
  const ld = linkDensity(el);
  const len = el.textLen;
  const headingDensity = len ? counts.headingLen / len : 0;
  counts.li -= 100;
  if (counts.img > 1 && counts.p / counts.img < 0.5 && !inFigure) return true;
  if (!isList && counts.li > counts.p) return true;
  if (counts.input > Math.floor(counts.p / 3)) return true;
  if (!isList && headingDensity < 0.9 && len < DEFAULT_MIN_PARAGRAPH && (counts.img === 0 || counts.img > 2) && ld > 0) return true;
  if (!isList && weight < 25 && ld > 0.2) return true;
  if (weight >= 25 && ld > 0.5) return true;
  if (isList && ld > 0.5) return true;
  return false;
}

/** Removes furniture inside a kept block, children first so each verdict sees already-cleaned content. */
function clean(el: HtmlElement, flags: PassFlags, inLink: boolean, inFigure: boolean): void {
  const link = inLink || el.tag === 'a';
  const figure = inFigure || el.tag === 'figure';
  for (let i = el.children.length - 1; i >= 0; i--) {
    const c = el.children[i];
    if (typeof c === 'string') continue;
    clean(c, flags, link, figure);
    if (shouldDrop(c, flags, figure)) el.children.splice(i, 1);
  }
  remeasure(el, inLink);
}

function shouldDrop(el: HtmlElement, flags: PassFlags, inFigure: boolean): boolean {
  const tag = el.tag;
  // Captions and credits describe pictures, they are not the article's text.
  if (tag === 'figure' || tag === 'figcaption') return true;
  if (tag === 'h1') return true;
  if (HEADING_TAGS.has(tag) && flags.weightClasses && classWeight(el.hint) < 0) return true;
  if (el.textLen < DEFAULT_DROP_MAX_TEXT && !isArticleBody(el) && isAlwaysDrop(el.hint)) return true;
  const role = el.attrs.role;
  if (role !== undefined && FURNITURE_ROLES.has(role.toLowerCase()) && el.textLen < DEFAULT_DROP_MAX_TEXT) return true;
  // Embedded posts are link-heavy by nature (handles, permalinks) but quote material the article relies on.
  const protectedBlock = isArticleBody(el) || isEmbed(el.hint);
  if (flags.cleanConditionally && CONDITIONAL_TAGS.has(tag) && !protectedBlock && looksLikeJunk(el, flags, inFigure)) return true;
  // A short block that is nothing but a link is a teaser ("Read more: …"), not prose.
  if (!hasBlockChild(el) && (tag === 'p' || tag === 'li' || tag === 'div') && el.textLen < 200 && el.textLen > 0 && el.linkLen / el.textLen > 0.8) return true;
  return false;
}

/** One extraction pass over a freshly parsed tree (it is mutated). Returns the article's blocks in page order. */
export function selectArticle(root: HtmlElement, flags: PassFlags): HtmlElement[] {
  prune(root, flags, false);
  measure(root);
  const candidates = scoreCandidates(root, flags);
  const top = pickTop(root, candidates);
  // A publisher-marked body is complete by statement: its siblings are comments, teasers or ads.
  const blocks = top === root ? [root] : isArticleBody(top) ? [top] : gatherSiblings(top);
  for (const b of blocks) {
    clean(b, flags, false, false);
  }
  return blocks.filter((b) => !shouldDropTop(b));
}

function shouldDropTop(el: HtmlElement): boolean {
  return el.textLen === 0 || el.tag === 'figure' || el.tag === 'figcaption' || el.tag === 'h1';
}
