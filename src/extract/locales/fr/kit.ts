// The French language kit: sentence splitting, numbers, ages and dates for French stories.

import { findAges } from '../../common/ages.js';
import { createDateFinder } from '../../common/dates.js';
import { createNumberParser } from '../../common/numbers.js';
import { memoLast, memoLast2 } from '../../common/memo.js';
import { COMMON_ABBREVIATIONS, splitSentences } from '../../common/sentences.js';
import type { LocaleKit } from '../../common/types.js';
import { FR_AGE_CUES } from './ages.js';
import { FR_DATE_CUES } from './dates.js';
import { FR_ABBREVIATIONS, FR_NUMBERS } from './lexicon.js';

const abbreviations = new Set([...COMMON_ABBREVIATIONS, ...FR_ABBREVIATIONS]);
// Callers get shared arrays from the one-entry caches: treat results as read-only.
const numbers = memoLast(createNumberParser(FR_NUMBERS));
const sentences = memoLast((text: string) => splitSentences(text, abbreviations));
const ages = memoLast((text: string) => findAges(text, numbers(text), FR_AGE_CUES));

export const frKit: LocaleKit = {
  lang: 'fr',
  sentences,
  numbers,
  ages,
  dates: memoLast2(createDateFinder(FR_DATE_CUES)),
};
