// Folds place names to lookup keys: no case, accents, hyphens or apostrophes; "St"/"Ste" spelled out.

const DIACRITICS = /[\u0300-\u036f]/g;
const LIGATURE = /[œæß]/g;
const LIGATURE_SPELLING: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };
const NON_ASCII = /[^\x00-\x7f]/;
// Apostrophes, hyphens, dashes, dots, slashes and commas separate words in names ("L'Haÿ-les-Roses", "St.-Denis").
const SEPARATORS = /[\s'’‘`´ʼ\-‐‑‒–—.,/·_"“”«»()]+/g;
const SAINT = /(^| )st( |$)/g;
const SAINTE = /(^| )ste( |$)/g;
const DIGIT = /\d/;

/** Lookup key of a name: "St-Étienne" → "saint etienne", "L'Haÿ-les-Roses" → "l hay les roses". */
export function fold(text: string): string {
  // Fast paths matter: the gazetteer folds ~80,000 names when it loads.
  let s = NON_ASCII.test(text) ? text.normalize('NFD').replace(DIACRITICS, '') : text;
  s = s.toLowerCase();
  if (NON_ASCII.test(s)) s = s.replace(LIGATURE, (ch) => LIGATURE_SPELLING[ch] ?? ch);
  s = s.replace(SEPARATORS, ' ').trim();
  if (!s.includes('st')) return s;
  // Twice, because "st st" style overlaps are consumed by the first pass' shared space.
  s = s.replace(SAINT, '$1saint$2').replace(SAINT, '$1saint$2');
  s = s.replace(SAINTE, '$1sainte$2').replace(SAINTE, '$1sainte$2');
  return s;
}

/** Whether a written name starts with a capital letter (or a digit, for codes). */
export function isCapitalised(text: string): boolean {
  const first = text.trim().charAt(0);
  return first !== '' && (first !== first.toLowerCase() || DIGIT.test(first));
}

/**
 * A capitalised place-like name as written ("Saint-Martin-d'Hères", "Aix en Provence", "La Seyne sur Mer"): the
 * spans the resolve and classify stages hand to the geocoder when they scan text. Global: reset lastIndex first.
 */
export const CAPITALISED_NAME = /\p{Lu}[\p{L}'’-]+(?:[ \u00a0-](?:(?:de|du|des|la|le|les|sur|en|d'|d’|l'|l’)[ \u00a0-]?)?\p{Lu}[\p{L}'’-]+)*/gu;
