// Splits story text into sentences with character offsets; a newline ends a sentence unless the line was wrapped.

import type { Sentence } from './types.js';

/**
 * Abbreviations shared by English and French, without the dot, case-sensitive: "Me" (Maître) is an
 * abbreviation, "me." ends an English sentence. "etc." is left out on purpose: it ends sentences as often
 * as not, and a capital after it then decides.
 */
export const COMMON_ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Ste', 'Mt', 'Jr', 'Sr', 'Prof', 'Pr', 'Gen', 'Col', 'Lt', 'Sgt', 'Capt',
  'Gov', 'Sen', 'Rep', 'Rev', 'vs', 'No', 'Nos', 'Fig', 'Inc', 'Ltd', 'Co', 'Corp', 'approx', 'Vol', 'Art',
  'Jan', 'Feb', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'MM', 'Mme', 'Mmes', 'Mlle', 'Mgr', 'Me', 'av', 'Av', 'bd', 'Bd', 'cf', 'Cf', 'p', 'pp', 'env',
];

// A candidate boundary: terminal punctuation, optional closing quotes/brackets, then white space.
// \s covers the non-breaking and thin spaces scraped pages are full of.
const BOUNDARY = /([.!?…]+)(["'”’»)\]]*)(\s+)/g;
const WORD_BEFORE = /([\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*)$/u;
const NEXT_START = /^\s*["'“‘«(\[]?\s*(\p{Lu}|\p{N}|[-–—•])/u;
const SPACE = /\s/;

/**
 * Splits `text` into sentences. A period does not end a sentence after a known abbreviation, a single
 * capital initial ("J. Smith", "M. Dupont"), or a dotted acronym ("U.S."), unless what follows clearly
 * starts a sentence (acronyms only). Decimals ("1.1", "1,1") never contain white space, so they never split.
 * "…" and "..." end a sentence only when a capital follows.
 */
export function splitSentences(text: string, abbreviations: ReadonlySet<string>): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    while (lineEnd >= 0 && wrapped(text, lineStart, lineEnd)) lineEnd = text.indexOf('\n', lineEnd + 1);
    if (lineEnd < 0) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, abbreviations, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

/** Words no sentence ends on, in the languages read: a line ending on one was wrapped mid-sentence. */
const OPEN_WORDS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'un', 'une', 'à', 'au', 'aux', 'et', 'en', 'sur', 'par', 'pour', 'dans', 'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'and', 'for', 'by', 'with', 'from']);
/** Pronouns and demonstratives a sentence opens on. */
const SUBJECT_WORDS = new Set(['il', 'elle', 'ils', 'elles', 'on', 'ce', 'cette', 'ces', 'cet', 'selon', 'he', 'she', 'they', 'it', 'we', 'this', 'that', 'these', 'those', 'there', 'according']);
const LAST_WORD = /([\p{L}]+)['’]?\s*$/u;

/**
 * A hard-wrapped line ("… sur un marché de⏎Grenoble.", "… cette affaire⏎pourrait relever …"): one that is not blank
 * and ends on a word no sentence ends on, or on a lower-case word or a comma with the next line going on in lower
 * case. Any other newline ends a sentence (a title, a caption, a list item).
 */
function wrapped(text: string, lineStart: number, lineEnd: number): boolean {
  const line = text.slice(lineStart, lineEnd);
  if (!/\S/u.test(line)) return false;
  const next = text.slice(lineEnd + 1, lineEnd + 41);
  if (!/^[^\S\n]*\S/u.test(next)) return false;
  // (Written in lower case: "Plan A" is a title.)
  const word = LAST_WORD.exec(line)?.[1];
  // (Unless the next line opens as a sentence does, on an article or a pronoun: "… according to⏎The young man …" lost
  // what stood between them.)
  const opener = /^[^\S\n]*(\p{L}+)/u.exec(next)?.[1];
  const opensSentence = opener !== undefined && /^\p{Lu}/u.test(opener) && (OPEN_WORDS.has(opener.toLowerCase()) || SUBJECT_WORDS.has(opener.toLowerCase()));
  if (word !== undefined && OPEN_WORDS.has(word) && !/[.!?…:;"”»)]\s*$/u.test(line) && !opensSentence) return true;
  return /[\p{Ll},]\s*$/u.test(line) && /^[^\S\n]*\p{Ll}/u.test(next);
}

function splitLine(text: string, from: number, to: number, abbr: ReadonlySet<string>, out: Sentence[]): void {
  const line = text.slice(from, to);
  let s = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    const punct = m[1]!;
    const after = line.slice(m.index + m[0].length);
    if (!isBoundary(line.slice(s, m.index), punct, after, abbr)) continue;
    push(out, text, from + s, from + m.index + punct.length + m[2]!.length);
    s = m.index + m[0].length;
  }
  push(out, text, from + s, to);
}

function isBoundary(before: string, punct: string, after: string, abbr: ReadonlySet<string>): boolean {
  const startsSentence = NEXT_START.test(after);
  if (punct === '…' || punct === '...') return startsSentence;
  if (punct !== '.') return true;
  const w = WORD_BEFORE.exec(before);
  if (!w) return true;
  const word = w[1]!;
  // Dotted acronyms ("U.S.", "e.g.") are usually followed by more of the same sentence.
  if (word.includes('.')) return false;
  // A lone capital is an initial ("J. Smith", "M. Dupont").
  if (/^\p{Lu}$/u.test(word)) return false;
  if (abbr.has(word)) return false;
  return startsSentence || !/^\p{Ll}/u.test(after);
}

/**
 * Longest sentence kept whole. Written sentences stay far below it; a scraped page with no stop for thousands of
 * characters (a menu, a phrase repeated on and on) is cut at a comma or a space before it, so that every reading
 * done per sentence (and per act found in it) stays bounded on such a page.
 */
export const MAX_SENTENCE_CHARS = 2000;
const CUT_AFTER = /[,;:]\s/g;

function push(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE_CHARS) {
    const cut = cutPoint(text, start + MAX_SENTENCE_CHARS / 2, start + MAX_SENTENCE_CHARS);
    push(out, text, start, cut);
    start = cut;
    while (start < end && SPACE.test(text[start]!)) start++;
  }
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** Where to cut a run-on sentence between `from` and `to`: after the last comma or semicolon, else the last space. */
function cutPoint(text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  let cut = -1;
  CUT_AFTER.lastIndex = 0;
  for (let m = CUT_AFTER.exec(window); m; m = CUT_AFTER.exec(window)) cut = m.index + 1;
  if (cut < 0) {
    for (let i = window.length - 1; i > 0; i--) {
      if (SPACE.test(window[i]!)) {
        cut = i;
        break;
      }
    }
  }
  return cut > 0 ? from + cut : to;
}
