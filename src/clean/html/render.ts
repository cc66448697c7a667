// Renders kept article blocks to plain text, one block per line, and drops furniture lines.
import {
  BLOCK_TAGS,
  BOILERPLATE_FRAGMENTS,
  BOILERPLATE_LINES,
  BOILERPLATE_PREFIXES,
  CREDIT_OPENERS,
  GALLERY_OF_WORDS,
  GALLERY_WORDS,
  HEADING_TAGS,
  TEASER_HEADING_FRAGMENTS,
  TEASER_LIST_FRAGMENTS,
} from './lexicon.js';
import type { HtmlElement } from './tree.js';
import { collapsedLength } from './tree.js';

const WS = /\s+/g;
const TRAILING_PUNCT = /[\s.:!?…»›>|-]+$/;
const BOILERPLATE_SET = new Set(BOILERPLATE_LINES);
const SENTENCE_END = /[.!?…]["”»)]?$/;
const GALLERY_COUNTER = new RegExp(`^(?:${GALLERY_WORDS.join('|')})\\s+\\d+\\s*(?:${GALLERY_OF_WORDS.join('|')})\\s*\\d+$`, 'i');
// Teaser prefixes only condemn short lines: a real paragraph may well start with "Click here" or "Photo:".
const DEFAULT_PREFIX_LINE_MAX = 160;
const DEFAULT_CREDIT_LINE_MAX = 100;
const DEFAULT_TEASER_HEADING_MAX = 60;
// A teaser heading must be followed by at least this many link lines before the whole block goes.
const DEFAULT_TEASER_MIN_LINKS = 2;
// Teaser list items are often a sentence with its second half linked: a third of linked text is enough.
const DEFAULT_LINKY_RATIO = 0.3;

interface Line {
  text: string;
  heading: boolean;
  /** Share of the line's characters inside links. */
  linkRatio: number;
}

interface RenderState {
  lines: Line[];
  parts: string[];
  linkChars: number;
  allChars: number;
  heading: number;
  link: number;
}

function renderInto(el: HtmlElement, st: RenderState): void {
  const block = BLOCK_TAGS.has(el.tag);
  if (block) flush(st);
  const heading = HEADING_TAGS.has(el.tag);
  if (heading) st.heading++;
  if (el.tag === 'a') st.link++;
  for (const c of el.children) {
    if (typeof c === 'string') {
      st.parts.push(c);
      const n = collapsedLength(c);
      st.allChars += n;
      if (st.link) st.linkChars += n;
    } else if (c.tag === 'br' || c.tag === 'hr') flush(st);
    else if (c.tag === 'img') continue;
    else renderInto(c, st);
  }
  if (block) flush(st);
  if (heading) st.heading--;
  if (el.tag === 'a') st.link--;
}

function flush(st: RenderState): void {
  if (!st.parts.length) return;
  const text = st.parts.join('').replace(WS, ' ').trim();
  if (text) st.lines.push({ text, heading: st.heading > 0, linkRatio: st.allChars ? st.linkChars / st.allChars : 0 });
  st.parts.length = 0;
  st.linkChars = 0;
  st.allChars = 0;
}

export function isBoilerplateLine(line: string): boolean {
  const lower = line.toLowerCase();
  if (BOILERPLATE_SET.has(lower.replace(TRAILING_PUNCT, ''))) return true;
  if (GALLERY_COUNTER.test(line)) return true;
  if (line.length > DEFAULT_PREFIX_LINE_MAX) return false;
  for (const prefix of BOILERPLATE_PREFIXES) if (lower.startsWith(prefix)) return true;
  for (const fragment of BOILERPLATE_FRAGMENTS) if (lower.includes(fragment)) return true;
  // A credit is a short line without a sentence: "© 2024 Foo Media", "Photo AFP".
  if (line.length < DEFAULT_CREDIT_LINE_MAX && !SENTENCE_END.test(line)) {
    for (const opener of CREDIT_OPENERS) if (lower.startsWith(opener)) return true;
  }
  return false;
}

function teaserHeadingStrength(line: Line): 0 | 1 | 2 {
  if (line.text.length > DEFAULT_TEASER_HEADING_MAX || SENTENCE_END.test(line.text)) return 0;
  const lower = line.text.toLowerCase();
  if (TEASER_HEADING_FRAGMENTS.some((f) => lower.includes(f))) return 2;
  return TEASER_LIST_FRAGMENTS.some((f) => lower.includes(f)) ? 1 : 0;
}

/** Drops "Related stories"-style headings together with the run of link lines they introduce. */
function dropTeaserBlocks(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const strength = teaserHeadingStrength(line);
    if (strength > 0) {
      let j = i + 1;
      while (j < lines.length && lines[j].linkRatio > DEFAULT_LINKY_RATIO) j++;
      if (j - i - 1 >= DEFAULT_TEASER_MIN_LINKS || (line.heading && (strength === 2 || j === lines.length))) {
        i = j - 1;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

export function renderBlocks(blocks: HtmlElement[]): string {
  const st: RenderState = { lines: [], parts: [], linkChars: 0, allChars: 0, heading: 0, link: 0 };
  for (const b of blocks) {
    renderInto(b, st);
    flush(st);
  }
  const kept: Line[] = [];
  for (const line of dropTeaserBlocks(st.lines)) {
    if (isBoilerplateLine(line.text)) continue;
    if (kept.length && kept[kept.length - 1].text === line.text) continue;
    // A heading directly followed by another heading introduced a section that cleaning emptied ("Most popular").
    if (line.heading && kept.length && kept[kept.length - 1].heading) kept.pop();
    kept.push(line);
  }
  while (kept.length && kept[kept.length - 1].heading) kept.pop();
  return kept.map((l) => l.text).join('\n');
}
