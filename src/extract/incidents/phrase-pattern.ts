// Compiles lexicon phrase lists into whole-word, case-insensitive regular expressions (once per list).

const WORD_CHAR = /[\p{L}\p{N}*]/u;
const SPECIAL = /[.*+?^${}()|[\]\\]/g;

function tokenSource(token: string): string {
  const wild = token.endsWith('*');
  const core = (wild ? token.slice(0, -1) : token).replace(SPECIAL, '\\$&').replace(/['’]/g, "['’]");
  return wild ? `${core}[\\p{L}\\p{N}]*` : core;
}

/** One phrase as a regex source: words join on any white space, "…" skips up to four words. */
export function phraseSource(phrase: string, wordStart = true): string {
  const tokens = phrase.trim().split(/\s+/);
  let out = '';
  tokens.forEach((t, i) => {
    if (t === '…') {
      out += '(?:\\S+\\s+){0,4}?';
      return;
    }
    out += tokenSource(t);
    // (Or on a hyphen: "an attempted-murder investigation", "attempted\u2011murder" with a non-breaking one.)
    if (i < tokens.length - 1 && tokens[i + 1] !== undefined) out += '(?:\\s+|[-\\u2010\\u2011])';
  });
  // Whole words only, but a phrase ending in an apostrophe ("enlèvement d'") runs into the next word.
  // A hyphen glues words: "poorly-executed" holds no "executed".
  const head = wordStart && WORD_CHAR.test(phrase.trim()[0] ?? '') ? '(?<![\\p{L}\\p{N}\\u2010\\u2011-])' : '';
  const tail = WORD_CHAR.test(phrase.trim().slice(-1)) ? '(?![\\p{L}\\p{N}])' : '';
  return `${head}${out}${tail}`;
}

const cache = new Map<string, RegExp>();
// Lexicon lists are module constants: keyed by the array itself, a lookup costs no string building.
const byList = new WeakMap<readonly string[], Map<string, RegExp>>();

/**
 * A global regex matching any phrase of the list. Longer phrases are tried first so "shot dead" wins over
 * "shot". Cached by content: lexicons are module constants, so the cache stays small.
 */
export function phraseRegex(phrases: readonly string[], flags = 'giu'): RegExp {
  let perFlags = byList.get(phrases);
  let re = perFlags?.get(flags);
  if (!re) {
    const key = flags + '\u0000' + phrases.join('\u0001');
    re = cache.get(key);
    if (!re) {
      const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
      re = sorted.length ? new RegExp(sorted.map((p) => phraseSource(p)).join('|'), flags) : /(?!)/g;
      cache.set(key, re);
    }
    if (!perFlags) byList.set(phrases, (perFlags = new Map()));
    perFlags.set(flags, re);
  }
  re.lastIndex = 0;
  return re;
}

export interface PhraseHit {
  start: number;
  end: number;
  text: string;
}

// Scanning a whole story with a 50-phrase alternation tries every phrase at every character. Phrases that
// start with a letter or digit can only match where a word starts, so each list is indexed by its phrases'
// first word: a story's words are listed once, and a small sticky regex runs only where a first word occurs.
const LEADING_RUN = /^[\p{L}\p{N}]+/u;
interface PhraseGroup {
  /** Phrase indexes, in priority order. */
  picks: number[];
  re: RegExp | null;
}

interface PhraseIndex {
  /** Sources in match priority (longest phrase first), as phraseRegex orders them. */
  sources: string[];
  /** First word (lower case) → the phrases it starts. */
  exact: Map<string, PhraseGroup>;
  /** "shoot*": first-word prefix → phrase indexes, and the prefix lengths to try. */
  prefixes: Map<string, number[]>;
  prefixLengths: number[];
  /** Phrase sets mixing prefixes and words, by their indexes: few, since a list has few first words. */
  mixed: Map<string, PhraseGroup>;
  /** Text word → its sticky regex or null, filled as words are met. */
  byWord: Map<string, RegExp | null>;
}

const indexes = new WeakMap<readonly string[], PhraseIndex | null>();

/** The list's first-word index, or null when a phrase starts with a non-word character (then the plain regex runs). */
function phraseIndex(phrases: readonly string[]): PhraseIndex | null {
  let idx = indexes.get(phrases);
  if (idx !== undefined) return idx;
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  // The index only tries word starts, so the sources leave out the look-behind that tests for one.
  idx = { sources: sorted.map((p) => phraseSource(p, false)), exact: new Map(), prefixes: new Map(), prefixLengths: [], mixed: new Map(), byWord: new Map() };
  for (let i = 0; i < sorted.length && idx; i++) {
    const first = sorted[i]!.trim().split(/\s+/)[0]!;
    const wild = first.endsWith('*');
    const core = wild ? first.slice(0, -1) : first;
    const run = LEADING_RUN.exec(core)?.[0];
    if (!run) {
      idx = null;
      break;
    }
    const key = run.toLowerCase();
    if (wild && run === core) {
      idx.prefixes.set(key, [...(idx.prefixes.get(key) ?? []), i]);
      if (!idx.prefixLengths.includes(key.length)) idx.prefixLengths.push(key.length);
    } else {
      const g = idx.exact.get(key);
      if (g) g.picks.push(i);
      else idx.exact.set(key, { picks: [i], re: null });
    }
  }
  indexes.set(phrases, idx);
  return idx;
}

function compiled(idx: PhraseIndex, g: PhraseGroup): RegExp {
  // Only the phrases this first word may start, in priority order: a list-wide alternation would try dozens of
  // phrases at every candidate. Each group compiles once per process, and few groups are ever met.
  return (g.re ??= new RegExp(g.picks.map((i) => idx.sources[i]!).join('|'), 'yiu'));
}

const WORD_MEMO_LIMIT = 20000;

/** The sticky regex of the phrases a text word may start, or null; memoised per word, as stories repeat words. */
function wordRegex(idx: PhraseIndex, word: string): RegExp | null {
  const known = idx.byWord.get(word);
  if (known !== undefined) return known;
  const re = wordRegexOf(idx, word);
  // Bounded: an open-ended stream of stories must not grow the memo without limit.
  if (idx.byWord.size >= WORD_MEMO_LIMIT) idx.byWord.clear();
  idx.byWord.set(word, re);
  return re;
}

function wordRegexOf(idx: PhraseIndex, word: string): RegExp | null {
  const g = idx.exact.get(word);
  let extra: number[] | null = null;
  for (const n of idx.prefixLengths) {
    const p = word.length >= n ? idx.prefixes.get(word.slice(0, n)) : undefined;
    if (p) extra = extra ? [...extra, ...p] : p;
  }
  if (!extra) return g ? compiled(idx, g) : null;
  const picks = [...(g?.picks ?? []), ...extra].sort((a, b) => a - b);
  const key = picks.join(',');
  let m = idx.mixed.get(key);
  if (!m) idx.mixed.set(key, (m = { picks, re: null }));
  return compiled(idx, m);
}

interface WordList {
  starts: number[];
  words: string[];
  /** Word → its indexes in `words`, built on first use: a list then visits only the words it may start with. */
  at?: Map<string, number[]>;
  /** Per prefix length: word prefix → indexes, for "shoot*" phrases. */
  prefixAt?: Map<number, Map<string, number[]>>;
}

function positionsOf(list: WordList): Map<string, number[]> {
  if (list.at) return list.at;
  const at = new Map<string, number[]>();
  list.words.forEach((w, i) => {
    const p = at.get(w);
    if (p) p.push(i);
    else at.set(w, [i]);
  });
  return (list.at = at);
}

function prefixPositionsOf(list: WordList, n: number): Map<string, number[]> {
  list.prefixAt ??= new Map();
  let at = list.prefixAt.get(n);
  if (at) return at;
  at = new Map();
  list.words.forEach((w, i) => {
    if (w.length < n) return;
    const k = w.slice(0, n);
    const p = at!.get(k);
    if (p) p.push(i);
    else at!.set(k, [i]);
  });
  list.prefixAt.set(n, at);
  return at;
}

/** Indexes of the words in [lo, hi) that a phrase of the list may start with, ascending. */
function candidates(idx: PhraseIndex, list: WordList, lo: number, hi: number): number[] {
  const out: number[] = [];
  const take = (p: number[] | undefined) => {
    if (!p) return;
    for (let k = firstAtLeast(p, lo); k < p.length && p[k]! < hi; k++) out.push(p[k]!);
  };
  const at = positionsOf(list);
  for (const key of idx.exact.keys()) take(at.get(key));
  for (const n of idx.prefixLengths) {
    const pre = prefixPositionsOf(list, n);
    for (const [key, picks] of idx.prefixes) if (key.length === n && picks.length) take(pre.get(key));
  }
  out.sort((a, b) => a - b);
  // A word may be both an exact key and a prefix key: visit it once.
  return out.filter((v, k) => k === 0 || out[k - 1] !== v);
}

function firstAtLeast(sorted: number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The trigger lists of one story all scan the same text, whole or by clause: its words are listed once. A few
// slots, since short zones ("a b \u0000 c d") are scanned between two calls on the story.
const WORD_SLOTS = 6;
const wordTexts: string[] = [];
const wordLists: WordList[] = [];

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function wordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  // A surrogate pair is one letter or none: test the whole code point from its first half.
  if (c >= 0xdc00 && c <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff) return wordChar(s, i - 1);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** Where words start in `s` (a letter or digit not preceded by one, nor by a hyphen), lower-cased. */
function wordsOf(s: string): WordList {
  for (let k = 0; k < wordTexts.length; k++) {
    if (wordTexts[k] !== s) continue;
    const hit = wordLists[k]!;
    // Most recently used first, so the story's own list outlives the short zones scanned between its uses.
    if (k > 0) {
      wordTexts.splice(k, 1);
      wordLists.splice(k, 1);
      wordTexts.unshift(s);
      wordLists.unshift(hit);
    }
    return hit;
  }
  const out: WordList = { starts: [], words: [] };
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (!wordChar(s, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && wordChar(s, i)) i++;
    // (After "-", or U+2010/U+2011, the non-breaking hyphens of typeset text.)
    if (start > 0 && (s.charCodeAt(start - 1) === 45 || s.charCodeAt(start - 1) === 0x2010 || s.charCodeAt(start - 1) === 0x2011)) continue;
    out.starts.push(start);
    out.words.push(s.slice(start, i).toLowerCase());
  }
  wordTexts.unshift(s);
  wordLists.unshift(out);
  if (wordTexts.length > WORD_SLOTS) {
    wordTexts.pop();
    wordLists.pop();
  }
  return out;
}

/**
 * Whether text[from, to) can be scanned in place, on the whole text's word list, with the same result as a scan
 * of the slice: its edges must fall between words, so the slice and the text see the same word starts and the
 * same word ends.
 */
function cleanRange(text: string, from: number, to: number): boolean {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > text.length || from >= to) return false;
  if (from > 0 && (wordChar(text, from - 1) || text.charCodeAt(from - 1) === 45)) return false;
  return to === text.length || !wordChar(text, to);
}

/**
 * Calls `hit` on each non-overlapping phrase match in text[from, to), left to right, with offsets into the
 * range; stops when it returns false.
 */
function scan(text: string, from: number, to: number, phrases: readonly string[], hit: (index: number, match: string) => boolean): void {
  const idx = phraseIndex(phrases);
  const inPlace = idx !== null && (from === 0 && to === text.length ? true : cleanRange(text, from, to));
  const s = inPlace ? text : text.slice(from, to);
  const base = inPlace ? from : 0;
  const end = inPlace ? to : s.length;
  if (!idx) {
    const re = phraseRegex(phrases);
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (!hit(m.index, m[0])) return;
    }
    return;
  }
  const list = wordsOf(s);
  const { starts, words } = list;
  const lo = base === 0 ? 0 : firstAtLeast(starts, base);
  const hi = end === s.length ? starts.length : firstAtLeast(starts, end);
  // A long range visits only the words the list's phrases may start with; a short one walks its few words.
  const keys = idx.exact.size + idx.prefixes.size;
  const visit = hi - lo > 4 * keys ? candidates(idx, list, lo, hi) : null;
  const count = visit ? visit.length : hi - lo;
  let next = 0;
  let slice: string | null = null;
  for (let k = 0; k < count; k++) {
    const i = visit ? visit[k]! : lo + k;
    const at = starts[i]!;
    if (at < next) continue;
    const re = wordRegex(idx, words[i]!);
    if (!re) continue;
    re.lastIndex = at;
    let m = re.exec(s);
    // A match running past the range's end (or a phrase that only fits the whole text) is not the slice's
    // match: the slice's own regex run decides there. A match inside the range is the same in both.
    if (m && at + m[0].length > end) {
      slice ??= text.slice(from, to);
      re.lastIndex = at - base;
      m = re.exec(slice);
    }
    if (!m || m[0].length === 0) continue;
    if (!hit(at - base, m[0])) return;
    next = at + m[0].length;
  }
}

/** All non-overlapping hits of a phrase list in text[from, to), offsets into `text`. */
export function findPhrases(text: string, phrases: readonly string[], from = 0, to = text.length): PhraseHit[] {
  const out: PhraseHit[] = [];
  scan(text, from, to, phrases, (index, match) => {
    out.push({ start: from + index, end: from + index + match.length, text: match });
    return true;
  });
  return out;
}

/** True when any phrase of the list occurs in text[from, to). */
export function hasPhrase(text: string, phrases: readonly string[], from = 0, to = text.length): boolean {
  if (to <= from) return false;
  let found = false;
  scan(text, from, to, phrases, () => {
    found = true;
    return false;
  });
  return found;
}

/** Test hook: whether a list runs on the first-word index (true) or the plain regex (false). */
export function usesWordIndex(phrases: readonly string[]): boolean {
  return phraseIndex(phrases) !== null;
}
