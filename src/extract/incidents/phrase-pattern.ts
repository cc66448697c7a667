// Compiles lexicon phrase lists into whole-word, case-insensitive regular expressions (once per list).

const WORD_CHAR = /[\p{L}\p{N}*]/u;
const SPECIAL = /[.*+?^${}()|[\]\\]/g;

function tokenSource(token: string): string {
  const wild = token.endsWith('*');
  const core = (wild ? token.slice(0, -1) : token).replace(SPECIAL, '\\$&').replace(/['’]/g, "['’]");
  return wild ? `${core}[\\p{L}\\p{N}]*` : core;
}

/** One phrase as a regex source: words join on any white space, "…" skips up to four words. */
export function phraseSource(phrase: string): string {
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
  const head = WORD_CHAR.test(phrase.trim()[0] ?? '') ? '(?<![\\p{L}\\p{N}-])' : '';
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
      re = sorted.length ? new RegExp(sorted.map(phraseSource).join('|'), flags) : /(?!)/g;
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

/** All non-overlapping hits of a phrase list in text[from, to), offsets into `text`. */
export function findPhrases(text: string, phrases: readonly string[], from = 0, to = text.length): PhraseHit[] {
  const re = phraseRegex(phrases);
  const slice = text.slice(from, to);
  const out: PhraseHit[] = [];
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** True when any phrase of the list occurs in text[from, to). */
export function hasPhrase(text: string, phrases: readonly string[], from = 0, to = text.length): boolean {
  if (to <= from) return false;
  const re = phraseRegex(phrases, 'iu');
  return re.test(text.slice(from, to));
}
