// Folds text for comparison: case, accents, typographic quotes and dashes, every kind of Unicode white space.

const TYPOGRAPHIC: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-',
};
const TYPOGRAPHIC_RE = /[\u2018\u2019\u201a\u201b\u2032\u00b4\u201c\u201d\u201e\u00ab\u00bb\u2013\u2014\u2212]/g;
const COMBINING_RE = /[\u0300-\u036f]/g;
// JS `\s` already covers NBSP, narrow NBSP and the U+2000 block.
const SPACE_RE = /\s+/g;
// Zero-width characters (space, non-joiner, joiner, word joiner, BOM) sit inside words ("Mar\u200dseille"): they
// are dropped, never turned into a space that would split the word in two.
const ZERO_WIDTH_RE = /[\u200b-\u200d\u2060\ufeff]/g;

// Anything squashSpaces would change: most lines have none, and testing is cheaper than rebuilding the string.
const NEEDS_SQUASH_RE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}|^ | $/;
const NON_ASCII_RE = /[^\x00-\x7f]/;

/** Collapses every run of Unicode white space to one plain space, trimmed; zero-width characters are dropped. */
export function squashSpaces(s: string): string {
  return NEEDS_SQUASH_RE.test(s) ? s.replace(ZERO_WIDTH_RE, '').replace(SPACE_RE, ' ').trim() : s;
}

/** Case-, accent-, quote- and space-insensitive form of a string, as the gold scorer compares phrases. */
export function fold(s: string): string {
  if (!NON_ASCII_RE.test(s)) return squashSpaces(s).toLowerCase();
  return squashSpaces(
    s
      .replace(TYPOGRAPHIC_RE, (c) => TYPOGRAPHIC[c] ?? c)
      .normalize('NFKD')
      .replace(COMBINING_RE, ''),
  ).toLowerCase();
}

/** Escapes a literal for use inside a RegExp source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
