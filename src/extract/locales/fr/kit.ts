// The French language kit: sentence splitting, numbers, ages and dates for French stories.

import type { LocaleKit } from '../../common/types.js';
import { splitSentences } from '../../common/sentences.js';

export const frKit: LocaleKit = {
  lang: 'fr',
  sentences: (text) => splitSentences(text, new Set()),
  numbers: () => [],
  ages: () => [],
  dates: () => [],
};
