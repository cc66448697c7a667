// Text folding shared by the reconcile modules: case, accents, typographic quotes and white space.

const COMBINING_MARKS = /\p{M}+/gu;
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u02bc\u00b4`]/g;
const NON_WORD = /[^\p{L}\p{N}']+/gu;
const SPACES = /\s+/gu;

/** Lower case, no accents, apostrophes unified, punctuation to spaces, single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(TYPOGRAPHIC_APOSTROPHES, "'")
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .replace(SPACES, ' ')
    .trim();
}

/** Folded words; elided French articles ("l'observatoire", "d'addiction") lose their elision. */
export function words(text: string): string[] {
  const folded = fold(text);
  if (folded === '') return [];
  return folded.split(' ').map((w) => {
    const i = w.indexOf("'");
    return i >= 0 && i <= 2 ? w.slice(i + 1) : w.replace(/'/g, '');
  }).filter((w) => w !== '');
}

/** Compare two strings for a stable sort (code-point order, locale-independent). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
