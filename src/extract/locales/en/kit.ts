// The English language kit: sentence splitting, numbers, ages and dates for English stories.

import { findAges } from '../../common/ages.js';
import { createDateFinder } from '../../common/dates.js';
import { createNumberParser } from '../../common/numbers.js';
import { memoLast, memoLast2 } from '../../common/memo.js';
import { COMMON_ABBREVIATIONS, splitSentences } from '../../common/sentences.js';
import type { LocaleKit } from '../../common/types.js';
import { EN_AGE_CUES } from './ages.js';
import { EN_DATE_CUES } from './dates.js';
import { EN_ABBREVIATIONS, EN_NUMBERS } from './lexicon.js';

const abbreviations = new Set([...COMMON_ABBREVIATIONS, ...EN_ABBREVIATIONS]);
// Callers get shared arrays from the one-entry caches: treat results as read-only.
const numbers = memoLast(createNumberParser(EN_NUMBERS));
const sentences = memoLast((text: string) => splitSentences(text, abbreviations));
const ages = memoLast((text: string) => findAges(text, numbers(text), EN_AGE_CUES));

export const enKit: LocaleKit = {
  lang: 'en',
  sentences,
  numbers,
  ages,
  dates: memoLast2(createDateFinder(EN_DATE_CUES)),
};
