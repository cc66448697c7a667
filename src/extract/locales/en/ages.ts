// English age cues: "a 19-year-old", "aged 24", "Karim, 24, was…", "two men, 19 and 22,".

import type { AgeCues } from '../../common/ages.js';

export const EN_AGE_CUES: AgeCues = {
  after: /^(?:[- ]years?[- ]olds?\b|\s*yo\b|\s+years\s+of\s+age)/i,
  // ("aged just 14", "aged only 16": an adverb may stand between.)
  before: /(?:\baged(?:\s+(?:just|only|barely))?|\bage|\bages|\baged\s+between|\bat\s+the\s+age\s+of|\bat\s+age)\s+$/i,
  // "Nicolas Dupont, 24, was…", "the victim, 19, …": a name or noun, a comma, the age, then a comma or "was".
  appositionBefore: /[\p{L}.)]\s*,\s*$|\(\s*$/u,
  appositionAfter: /^\s*(?:,|\)|and\s+\d{1,3}\s*,|was\b|is\b|who\b)/,
  // ("He was 15 when he died": not "he was 20 metres away", "she was 3 hours late".)
  copulaBefore: /\b(?:he|she)\s+was\s+(?:only\s+|just\s+|barely\s+)?$/i,
  copulaAfter: /^(?:\s*[.;!]|\s*$|,?\s+when\b|\s+at\s+the\s+time\b)/i,
  // ("… killing Fabrice Moello, 52, and Arnaud Garcia, 34.": a name's last word, capitalised, then the age ending it.)
  nameBefore: /(?<![\p{L}])\p{Lu}[\p{Ll}'’-]+\s*,\s*$/u,
  nameAfter: /^\s*[.;](?:\s|$)/u,
  rejectAfter: /^(?:[- ]years?[- ](?:sentence|prison|term|jail|ban|long|old\s+(?:case|investigation|feud)))|^\s*(?:%|per\s+cent)/i,
  rejectBefore: null,
  pairAfter: /^\s+(?:and|or|to)\s+$/i,
  // "a man in his twenties", "two men in their early 30s": the possessive ties the decade to a person.
  approximate: {
    pattern: /\bin\s+(?:his|her|their)\s+(early|mid-?|late)?\s*(teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[2-9]0['’]?s)\b/gi,
    decades: {
      teens: 11, twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
      ...Object.fromEntries([2, 3, 4, 5, 6, 7, 8, 9].flatMap((d) => [[`${d}0s`, d * 10], [`${d}0's`, d * 10], [`${d}0’s`, d * 10]])),
    },
    parts: { early: 2, mid: 5, late: 8 },
  },
};
