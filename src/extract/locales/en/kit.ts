// The English language kit: sentence splitting, numbers, ages and dates for English stories.

import type { LocaleKit } from '../../common/types.js';
import { splitSentences } from '../../common/sentences.js';

export const enKit: LocaleKit = {
  lang: 'en',
  sentences: (text) => splitSentences(text, new Set()),
  numbers: () => [],
  ages: () => [],
  dates: () => [],
};
