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
    if (i < tokens.length - 1 && tokens[i + 1] !== undefined) out += '\\s+';
  });
  // Whole words only, but a phrase ending in an apostrophe ("enlèvement d'") runs into the next word.
  // A hyphen glues words: "poorly-executed" holds no "executed".
  const head = wordStart && WORD_CHAR.test(phrase.trim()[0] ?? '') ? '(?<![\\p{L}\\p{N}-])' : '';
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
  sticky?: RegExp;
}

const indexes = new WeakMap<readonly string[], PhraseIndex | null>();

/** The list's first-word index, or null when a phrase starts with a non-word character (then the plain regex runs). */
function phraseIndex(phrases: readonly string[]): PhraseIndex | null {
  let idx = indexes.get(phrases);
  if (idx !== undefined) return idx;
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  // The index only tries word starts, so the sources leave out the look-behind that tests for one.
  idx = { sources: sorted.map((p) => phraseSource(p, false)), exact: new Map(), prefixes: new Map(), prefixLengths: [], mixed: new Map() };
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
  // One sticky regex per list, not per group: compiling a Unicode case-insensitive regex costs far more than
  // trying a few dozen alternatives that fail on their first letter.
  return (g.re ??= idx.sticky ??= new RegExp(idx.sources.join('|'), 'yiu'));
}

/** The sticky regex of the phrases a text word may start, or null. */
function wordRegex(idx: PhraseIndex, word: string): RegExp | null {
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
}

// The trigger lists of one story all scan the same text: its words are listed once.
let lastWordsText: string | null = null;
let lastWords: WordList = { starts: [], words: [] };

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
  if (s === lastWordsText) return lastWords;
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
    if (start > 0 && s.charCodeAt(start - 1) === 45) continue;
    out.starts.push(start);
    out.words.push(s.slice(start, i).toLowerCase());
  }
  lastWordsText = s;
  lastWords = out;
  return out;
}

/** Calls `hit` on each non-overlapping phrase match in `s`, left to right; stops when it returns false. */
function scan(s: string, phrases: readonly string[], hit: (index: number, match: string) => boolean): void {
  const idx = phraseIndex(phrases);
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
  const { starts, words } = wordsOf(s);
  let next = 0;
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i]!;
    if (at < next) continue;
    const re = wordRegex(idx, words[i]!);
    if (!re) continue;
    re.lastIndex = at;
    const m = re.exec(s);
    if (!m || m[0].length === 0) continue;
    if (!hit(at, m[0])) return;
    next = at + m[0].length;
  }
}

/** All non-overlapping hits of a phrase list in text[from, to), offsets into `text`. */
export function findPhrases(text: string, phrases: readonly string[], from = 0, to = text.length): PhraseHit[] {
  const slice = text.slice(from, to);
  const out: PhraseHit[] = [];
  scan(slice, phrases, (index, match) => {
    out.push({ start: from + index, end: from + index + match.length, text: match });
    return true;
  });
  return out;
}

/** True when any phrase of the list occurs in text[from, to). */
export function hasPhrase(text: string, phrases: readonly string[], from = 0, to = text.length): boolean {
  if (to <= from) return false;
  let found = false;
  scan(text.slice(from, to), phrases, () => {
    found = true;
    return false;
  });
  return found;
}

/** Test hook: whether a list runs on the first-word index (true) or the plain regex (false). */
export function usesWordIndex(phrases: readonly string[]): boolean {
  return phraseIndex(phrases) !== null;
}
