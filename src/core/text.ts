// Text normalisation shared by every stage: what the read stage stores, and the folded form used for matching.

// Every Unicode space separator (NBSP, narrow NBSP used by French typography, thin, figure, ideographic…)
// plus the Ogham space: scraped French pages put U+202F before ":" and inside « ».
const UNICODE_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Invisible characters that only break word matching: zero-width space, non-joiner and joiner, word joiner, stray
// BOMs, soft hyphen. Inside a word ("Mar\u200dseille") they would hide it from every lexicon; the joiners' one use
// in French and English news, gluing emoji into one picture, is not worth that.
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// Vertical tab and form feed separate lines in old word-processor and PDF exports: dropping them glues words.
const LINE_SEPARATORS = /\r\n?|[\u000b\u000c\u2028\u2029\u0085]/g;
// C0 controls except \t and \n, DEL and C1 controls (a mis-decoded page leaves them behind).
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * The canonical form of stored text: NFC, every Unicode space a plain space, LF line ends, no control or
 * zero-width characters. Typographic quotes and dashes are kept: they are part of the evidence.
 */
export function normalizeText(text: string): string {
  return text
    .replace(LINE_SEPARATORS, '\n')
    .replace(UNICODE_SPACES, ' ')
    .replace(INVISIBLES, '')
    .replace(CONTROLS, '')
    .normalize('NFC');
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2039\u203a]/g;
const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/g;
const WHITESPACE_RUN = /\s+/g;
// Letters NFD does not decompose but a reader treats as their ASCII spelling ("cœur" = "coeur").
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };
const LIGATURE_CHARS = new RegExp(`[${Object.keys(LIGATURES).join('')}]`, 'g');

/**
 * A key for comparing words across spellings: lower case, accents stripped, ligatures spelled out,
 * typographic quotes and dashes folded to ASCII, spaces collapsed and trimmed. Not for storage: the
 * length changes, so offsets into the folded form do not map back to the text.
 */
export function foldForMatching(s: string): string {
  return normalizeText(s)
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURE_CHARS, (c) => LIGATURES[c] ?? c)
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\u2026/g, '...')
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}
