// Splits a text scrape into normalised lines and labels each one (text, page chrome, byline, caption…) for the segmenter.

import { escapeRegExp, fold, squashSpaces } from './fold.js';
import {
  BYLINE_OPENERS,
  CHROME_PHRASES,
  COUNTER_WORDS,
  CREDIT_MARKERS,
  DATE_LINE_WORDS,
  INLINE_TEASER_HEADERS,
  INTERRUPTION_PHRASES,
  PICTURE_AGENCIES,
  RELATIVE_TIME_COUNTS,
  RELATIVE_TIME_UNITS,
  RELATIVE_TIME_WORDS,
  SECTION_HEADERS,
  SUBSCRIPTION_PHRASES,
  TEASER_PREFIXES,
  UI_LINES,
  type SectionMode,
} from './lexicon.js';

export type LineKind =
  | 'blank'
  /** Interface string (menu, button, social link, counter, other-script widget): dropped silently. */
  | 'ui'
  /** In-article interruption (ad marker, inline teaser): dropped, the story goes on. */
  | 'interruption'
  /** Page notice (consent, ad blocker, comment form, copyright, newsletter): dropped; after the body it ends the main story. */
  | 'chrome'
  /** Section header ("Related Articles", "Comments", "Tags"). */
  | 'section'
  /** Relative-time byline ("4 hours ago", "il y a 2 heures"). */
  | 'reltime'
  /** A line that is only a date and/or time, possibly "Published …". */
  | 'date'
  /** A picture caption closed by a credit. */
  | 'caption'
  /** Anything else: article text, titles, subheadings. */
  | 'text';

export interface Line {
  text: string;
  folded: string;
  kind: LineKind;
  section: SectionMode | null;
  words: number;
  /** Ends like a sentence (. ! ? … possibly followed by closing quotes). */
  terminal: boolean;
  /** Long enough to be a paragraph: at least DEFAULT_PARAGRAPH_WORDS words or DEFAULT_PARAGRAPH_CHARS characters. */
  substantive: boolean;
  /** Could be a headline: a few words, no closing full stop. */
  titleLike: boolean;
  /** A related-section header that, mid-article, labels an inline teaser box ("Lire aussi :"). */
  inlineBox?: boolean;
}

/** A paragraph has at least this many words… */
export const DEFAULT_PARAGRAPH_WORDS = 12;
/** …or this many characters (long words, figures). */
export const DEFAULT_PARAGRAPH_CHARS = 80;
/** Page-notice phrases only count in lines up to this length: a long paragraph quoting one is article text. */
const CHROME_MAX_CHARS = 300;
/** Interruption phrases ("Advertisement") only count in lines this short. */
const INTERRUPTION_MAX_CHARS = 80;
/** Headlines are at most this long (some outlets run 30-word headlines). */
const TITLE_MAX_WORDS = 40;

const fset = (xs: readonly string[]): Set<string> => new Set(xs.map(fold));
const alternation = (xs: readonly string[]): string =>
  [...new Set(xs.map(fold))].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

const UI_SET = fset(UI_LINES);
const INLINE_TEASER_SET = fset(INLINE_TEASER_HEADERS);
// A byline: an opener, then a capitalised name, in a short line without a full stop ("By April 2025, …" is text).
// No "i" flag: under it \p{Lu} would match lower case too. Openers are tried as written and capitalised.
const BYLINE_RE = new RegExp(
  `^(?:${BYLINE_OPENERS.flatMap((o) => [o, o[0]!.toUpperCase() + o.slice(1)]).map(escapeRegExp).join('|')})\\s+\\p{Lu}`,
  'u',
);
// Breadcrumb separators between short path parts ("Accueil > Faits divers > Justice").
const CRUMB_SPLIT_RE = /\s[>›»|/]\s/;
const CRUMB_PART_MAX_WORDS = 4;
/** Bylines are at most this many words ("Par Hélène Vasseur (Marseille, correspondante)"). */
const BYLINE_MAX_WORDS = 8;
const SECTION_BY_NAME = new Map<string, SectionMode>();
for (const [mode, names] of Object.entries(SECTION_HEADERS) as [SectionMode, readonly string[]][]) {
  for (const n of names) SECTION_BY_NAME.set(fold(n), mode);
}
// Phrases are matched on folded text at word starts; a phrase may end mid-word ("newsletter" in "newsletters").
const CHROME_RE = new RegExp(`(?:^|[^a-z0-9])(?:${alternation(CHROME_PHRASES)})`);
const SUBSCRIPTION_RE = new RegExp(`(?:^|[^a-z0-9])(?:${alternation(SUBSCRIPTION_PHRASES)})`);
const INTERRUPTION_RE = new RegExp(`(?:^|[^a-z0-9])(?:${alternation(INTERRUPTION_PHRASES)})(?:[^a-z0-9]|$)`);
const LEADING_BULLETS = /^[\s•·▪▸▶►→>*–—-]+/u;
const TEASER_PREFIX_RE = new RegExp(`^(?:${alternation(TEASER_PREFIXES)})\\s*[:>»|-]`);
const CAPTION_CREDIT_RE = new RegExp(`(?:^|[^a-z])(?:${alternation(CREDIT_MARKERS)})\\s*:\\s*\\S.{0,80}$`);
/** "FILE PHOTO: An anti-drug raid in Marseille …", "Photo d'illustration : …": a line opened as a picture's. */
const CAPTION_LEAD_RE = /^(?:file\s+(?:photo|picture|image)|archive\s+(?:photo|picture)|photo\s+d'(?:archives?|illustration)|image\s+d'illustration)\s*[:.\-–—]/;
// ("- Thomas COEX © 2019 AFP": a year may stand between the copyright sign and the agency.)
const CAPTION_AGENCY_RE = new RegExp(`[/(©]\\s*(?:(?:19|20)\\d\\d\\s+)?(?:${alternation(PICTURE_AGENCIES)})[^/()]{0,30}\\)?\\s*\\.?$`);
/** "… Il est décédé ce dimanche - Illustration Google Maps", "… — Photo DR": a credit closing the line after a dash. */
const CAPTION_DASH_RE = new RegExp(`\\s[-–—|]\\s*(?:${alternation(CREDIT_MARKERS)})(?:\\s+[^.!?:]{1,40})?\\s*\\.?$`);
const COUNTER_RE = new RegExp(`(?:^|[^a-z])(?:${alternation(COUNTER_WORDS)})(?:[^a-z]|$)`);
const REL_UNITS = alternation([...RELATIVE_TIME_UNITS.en, ...RELATIVE_TIME_UNITS.fr]);
const REL_COUNTS = alternation(RELATIVE_TIME_COUNTS);
const RELTIME_RE = new RegExp(
  `(?:^|[^a-z])(?:(?:\\d{1,3}|${REL_COUNTS})\\s?(?:${REL_UNITS})\\.? ago|il y a (?:\\d{1,3}|${REL_COUNTS})\\s?(?:${REL_UNITS}))(?:[^a-z]|$)`,
);
const RELTIME_WORD_SET = fset(RELATIVE_TIME_WORDS);
const DATE_WORD_SET = fset(DATE_LINE_WORDS);
const DATE_TOKEN_SPLIT_RE = /[\s,.\-/|·:()]+/;
const DATE_NUMBER_RE = /^\d{1,4}(?:h\d{0,2}|er|st|nd|rd|th)?$/;
const MONTH_OR_DAY_RE = /^[a-z]{3,}$/;

const MD_IMAGE_RE = /^!\[([^\]]*)\]\([^)]*\)$/;
const MD_LINK_RE = /\[([^\]]+)\]\((?:https?:\/\/|\/)[^)\s]*\)/g;
const URL_ONLY_RE = /^(?:https?:\/\/|www\.)\S+$|^\S+@\S+\.\w+$/;
// An embedded post's text runs into its link ("… à Villeparisishttps://t.co/…"): the word and the link are two.
const GLUED_URL_RE = /(\p{L})(https?:\/\/)/gu;
// Full stops of scripts written without spaces (。！？) end sentences too.
const TERMINAL_RE = /[.!?…。！？]['"”’»)\]」』）]*$/;
const QUESTION_END_RE = /[?!？！]['"”’»)\]」』）]*$/;
const EDGE_PUNCT_RE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}+]+$/gu;
const WORD_RE = /[\p{L}\p{N}]/u;
const LETTER_RE = /\p{L}/gu;
const LATIN_RE = /\p{Script=Latin}/gu;
const LOWER_RE = /\p{Ll}/u;
const UPPER_RE = /\p{Lu}/u;
// Any letter outside the Latin, Greek-symbol-free ranges: a cheap pre-check before counting scripts.
const NON_LATIN_HINT_RE = /[\u0370-\u03ff\u0400-\u052f\u0590-\u08ff\u0e00-\u0fff\u3040-\u9fff\uac00-\ud7af]/;

/** Recovers a headline from a lead-image line whose alt text repeats it ("![T T](url)"); other images are not text. */
function imageLine(raw: string): string | null {
  const m = MD_IMAGE_RE.exec(raw);
  if (!m) return raw;
  const alt = squashSpaces(m[1]!);
  const half = alt.length >> 1;
  // Alt text doubled by the scraper: "T T" has the same string on both sides of its middle space.
  for (const cut of [half, half - 1, half + 1]) {
    if (cut > 10 && alt[cut] === ' ' && alt.slice(0, cut) === alt.slice(cut + 1)) return alt.slice(0, cut);
  }
  return null;
}

function countMatches(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

/** True when most letters of the text are Latin (checked once per document). */
export function isLatinText(text: string): boolean {
  if (!NON_LATIN_HINT_RE.test(text)) return true;
  const letters = countMatches(LETTER_RE, text);
  return letters === 0 || countMatches(LATIN_RE, text) / letters >= 0.5;
}

function isDateLine(folded: string): boolean {
  const tokens = folded.split(DATE_TOKEN_SPLIT_RE).filter((t) => t !== '');
  if (tokens.length === 0 || tokens.length > 14) return false;
  let numbers = 0;
  let names = 0;
  for (const t of tokens) {
    if (DATE_NUMBER_RE.test(t)) numbers++;
    else if (DATE_WORD_SET.has(t)) names += MONTH_OR_DAY_RE.test(t) ? 1 : 0;
    else return false;
  }
  return numbers >= 2 || (numbers >= 1 && names >= 1);
}

// Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar): a word is about two characters.
const UNSPACED_RE = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** Space-separated tokens holding a letter or digit (a char loop: this runs on every line of every page). */
function countWords(text: string): number {
  let n = 0;
  let counted = false;
  let unspaced = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0e00 && UNSPACED_RE.test(text[i]!)) {
      // Every second character of an unspaced script starts a word; the run ends any spaced word.
      if (unspaced++ % 2 === 0) n++;
      counted = true;
      continue;
    }
    unspaced = 0;
    if (c === 32) {
      counted = false;
    } else if (!counted) {
      const alnum = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || (c > 127 && WORD_RE.test(text[i]!));
      if (alnum) {
        n++;
        counted = true;
      }
    }
  }
  return n;
}

/** A breadcrumb trail: three short parts or more, or two when the first is "Home"/"Accueil". */
function isBreadcrumb(text: string): boolean {
  if (text.length > 120 || !CRUMB_SPLIT_RE.test(text)) return false;
  const parts = text.split(CRUMB_SPLIT_RE).map((p) => p.trim());
  if (parts.some((p) => p === '' || countWords(p) > CRUMB_PART_MAX_WORDS || TERMINAL_RE.test(p))) return false;
  return parts.length >= 3 || UI_SET.has(fold(parts[0]!));
}

/** Labels one normalised, non-empty line. `latinDoc` says whether the page is written in Latin script. */
/**
 * A picture's caption: a short line that ends with its credit ("… on May 5th. Photo: J. Doe / AFP"). Stored with the
 * story (it may be the only line naming a place), but it describes a picture, not news: no incident comes from it.
 */
export function isCaptionLine(text: string): boolean {
  if (text.length > 400) return false;
  const folded = fold(text);
  return CAPTION_LEAD_RE.test(folded) || CAPTION_CREDIT_RE.test(folded) || CAPTION_AGENCY_RE.test(folded) || CAPTION_DASH_RE.test(folded);
}

export function labelLine(text: string, latinDoc: boolean, fromHtml = false): Line {
  const folded = fold(text);
  const words = countWords(text);
  const terminal = TERMINAL_RE.test(text);
  const substantive = words >= DEFAULT_PARAGRAPH_WORDS || text.length >= DEFAULT_PARAGRAPH_CHARS;
  const titleLike =
    words >= 3 && words <= TITLE_MAX_WORDS && !text.endsWith(':') && (!terminal || (QUESTION_END_RE.test(text) && words <= 20));
  const line: Line = { text, folded, kind: 'text', section: null, words, terminal, substantive, titleLike };
  line.kind = kindOf(line, latinDoc, fromHtml);
  return line;
}

function kindOf(line: Line, latinDoc: boolean, fromHtml: boolean): LineKind {
  const { text, folded, words } = line;
  const bare = folded.replace(EDGE_PUNCT_RE, '');
  if (bare === '' || URL_ONLY_RE.test(text)) return fromHtml ? 'text' : 'ui';
  const section = words <= 6 ? SECTION_BY_NAME.get(bare) : undefined;
  if (section) {
    line.section = section;
    if (section === 'related' && INLINE_TEASER_SET.has(bare)) line.inlineBox = true;
    return 'section';
  }
  if (UI_SET.has(bare)) return 'ui';
  if (isBreadcrumb(text)) return 'ui';
  // The byline names the journalist, not a person of the story: kept, it would become an entity.
  if (words <= BYLINE_MAX_WORDS && !line.terminal && !/\d/.test(text) && BYLINE_RE.test(text)) return 'ui';
  if (text.length <= CHROME_MAX_CHARS && CHROME_RE.test(folded)) return 'chrome';
  if (text.length <= CHROME_MAX_CHARS && SUBSCRIPTION_RE.test(folded)) return 'interruption';
  if (words <= 8 && (RELTIME_RE.test(folded) || RELTIME_WORD_SET.has(bare))) return 'reltime';
  if (words <= 14 && /\d/.test(folded) && isDateLine(folded)) return 'date';
  if (text.length <= INTERRUPTION_MAX_CHARS && INTERRUPTION_RE.test(folded)) return 'interruption';
  // ("• Also read: …", "► Lire aussi : …": a list bullet before the teaser's prefix.)
  if (text.length <= 300 && TEASER_PREFIX_RE.test(folded.replace(LEADING_BULLETS, ''))) return 'interruption';
  if (words <= 5 && /\d/.test(folded) && COUNTER_RE.test(folded)) return 'ui';
  // A UI string in another script (a Cyrillic "link copied" on an English page).
  // Guesses from a line's shape alone suit raw scrapes, where menus and widgets sit between paragraphs. Text from the
  // HTML extractor comes from the article's own container, where short list items and other scripts are content.
  if (fromHtml) return text.length <= 400 && (CAPTION_CREDIT_RE.test(folded) || CAPTION_AGENCY_RE.test(folded)) ? 'caption' : 'text';
  if (latinDoc && NON_LATIN_HINT_RE.test(text) && !isLatinText(text)) return 'ui';
  // One or two words without sentence punctuation are menu items, crumbs, logos, widget ids.
  if (words < 3 && !line.terminal) return 'ui';
  // Short all-capital lines are section labels and buttons ("ANALYTICS", "LIRE AUSSI").
  if (words <= 4 && UPPER_RE.test(text) && !LOWER_RE.test(text)) return 'ui';
  if (text.length <= 400 && (CAPTION_CREDIT_RE.test(folded) || CAPTION_AGENCY_RE.test(folded))) return 'caption';
  return 'text';
}

/**
 * Splits a scrape into labelled lines; blank lines are kept (as 'blank') because they mark paragraph gaps.
 * `fromHtml`: the text is the HTML extractor's output, whose lines are judged by what they say, not their shape.
 */
/**
 * Longest line passed on whole. Real paragraphs stay far below it (the longest in our fixtures is ~6,000 characters);
 * a scrape that lost its line breaks, or a page that is one 20 MB text node, would otherwise reach the later stages
 * as one line, and several of them take time and memory that grow faster than the line (a 20 MB line ran a worker
 * out of memory while being cleaned).
 */
export const MAX_LINE_CHARS = 10_000;
// Where a sentence ends: a stop, closing quotes or brackets, then white space.
const SENTENCE_END = /[.!?…]["'»”’)\]]*\s/g;

/**
 * A line cut into pieces of at most MAX_LINE_CHARS: at the last sentence end in the second half of each window,
 * else at the last white space there, else (a line with no spaces) at the window's end, never inside a surrogate
 * pair. Linear in the line's length.
 */
export function splitLongLine(line: string, max = MAX_LINE_CHARS): string[] {
  if (line.length <= max) return [line];
  const out: string[] = [];
  let start = 0;
  while (line.length - start > max) {
    const window = line.slice(start + (max >> 1), start + max);
    let cut = -1;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) cut = m.index + m[0].length;
    if (cut < 0) {
      const space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\t'));
      if (space >= 0) cut = space + 1;
    }
    let end = cut < 0 ? start + max : start + (max >> 1) + cut;
    const last = line.charCodeAt(end - 1);
    if (cut < 0 && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(line.slice(start, end));
    start = end;
  }
  out.push(line.slice(start));
  return out;
}

/** A line that ends a sentence: terminal punctuation, closing quotes or brackets allowed after it. */
const ENDS_SENTENCE_RE = /[.!?…:;]["'»”’)\]]*\s*$/;
/** A line that starts in lower case: the rest of a sentence the line before began. */
const CONTINUES_RE = /^\s*[a-zß-öø-ÿ]/;
/** A text is hard-wrapped when at least this many lines continue the sentence of the line before… */
export const WRAP_MIN_CONTINUATIONS = 4;
/** …and they are at least this share of the pairs of adjacent non-blank lines. */
export const WRAP_MIN_SHARE = 0.4;

/** Whether a scrape was cut into lines of a fixed width (a copy from a terminal, a PDF, a mail), not into paragraphs. */
export function hardWrapped(lines: readonly string[]): boolean {
  let pairs = 0;
  let continued = 0;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i - 1].trim() === '' || lines[i].trim() === '') continue;
    pairs++;
    if (!ENDS_SENTENCE_RE.test(lines[i - 1]) && CONTINUES_RE.test(lines[i])) continued++;
  }
  return continued >= WRAP_MIN_CONTINUATIONS && continued >= WRAP_MIN_SHARE * pairs;
}

/**
 * The lines of a hard-wrapped text joined back into paragraphs: a line that does not end a sentence goes on with the
 * next one ("Gunmen with" / "automatic weapons opened fire on the entrance to Toulon prison in southern" / "France in
 * the early hours of Tuesday."). Read line by line, such a text loses the words left on short lines (taken for page
 * chrome) and every sentence that crosses a line. Blank lines stay paragraph breaks. Other texts are left as they are.
 */
export function unwrapLines(lines: string[]): string[] {
  if (!hardWrapped(lines)) return lines;
  const out: string[] = [];
  for (const line of lines) {
    const last = out.length - 1;
    if (line.trim() !== '' && last >= 0 && out[last].trim() !== '' && !ENDS_SENTENCE_RE.test(out[last])) out[last] = `${out[last].trimEnd()} ${line.trimStart()}`;
    else out.push(line);
  }
  return out;
}

export function readLines(text: string, fromHtml = false): Line[] {
  const latinDoc = isLatinText(text.length > 20_000 ? text.slice(0, 20_000) : text);
  const out: Line[] = [];
  const split = text.split(/\r\n|\r|\n|\u2028|\u2029/);
  // (The HTML extractor's lines are the page's own blocks: never joined.)
  for (const raw of (fromHtml ? split : unwrapLines(split)).flatMap((line) => splitLongLine(line))) {
    const squashed = squashSpaces(raw);
    const img = squashed === '' ? '' : imageLine(squashed);
    if (img === null) {
      out.push({ text: squashed, folded: '', kind: 'ui', section: null, words: 0, terminal: false, substantive: false, titleLike: false });
      continue;
    }
    const clean = img.replace(MD_LINK_RE, '$1').replace(GLUED_URL_RE, '$1 $2');
    if (clean === '') {
      out.push({ text: '', folded: '', kind: 'blank', section: null, words: 0, terminal: false, substantive: false, titleLike: false });
      continue;
    }
    out.push(labelLine(clean, latinDoc, fromHtml));
  }
  return out;
}
