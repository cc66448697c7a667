// French age cues: "un adolescent de 17 ans", "âgé de 24 ans", "la victime, 19 ans,", "(22 ans)".

import type { AgeCues } from '../../common/ages.js';

export const FR_AGE_CUES: AgeCues = {
  after: /^\s+ans(?![\p{L}])/u,
  before: null,
  appositionBefore: null,
  appositionAfter: null,
  // A duration, not an age: sentences, periods, anniversaries.
  rejectAfter: /^\s+ans\s+(?:de\s+(?:prison|réclusion|détention|travaux|mariage|carrière|service|enquête)|d['’](?:emprisonnement|enquête|écart|existence)|ferme|avec\s+sursis|plus\s+tard|après|auparavant|plus\s+tôt|de\s+suite)/iu,
  rejectBefore: /(?:peine|condamnée?s?\s+à|requis|écopé|réclusion|pendant|durant|depuis|il\s+y\s+a|plus|moins|voilà|voici|sursis|prison|\bà|\bdans|\ben)\s+(?:de\s+|d['’])?(?:près\s+de\s+)?$/iu,
  pairAfter: /^\s+(?:et|ou|à)\s+$/iu,
};
