// French age cues: "un adolescent de 17 ans", "âgé de 24 ans", "la victime, 19 ans,", "(22 ans)".

import type { AgeCues } from '../../common/ages.js';

export const FR_AGE_CUES: AgeCues = {
  after: /^\s+ans(?![\p{L}])/u,
  before: null,
  appositionBefore: null,
  appositionAfter: null,
  // A duration, not an age: sentences, periods, anniversaries. (Letters are tested by hand, not with \b: \b reads "é" as
  // no letter, so "lycéen de 15 ans" would end on "en". "à 15 ans" is an age: "tué à 15 ans".)
  rejectAfter: /^\s+ans\s+(?:de\s+(?:prison|réclusion|détention|travaux|mariage|carrière|service|enquête)|d['’](?:emprisonnement|enquête|écart|existence)|ferme|avec\s+sursis|plus\s+tard|après|auparavant|plus\s+tôt|de\s+suite)/iu,
  rejectBefore: /(?:peine|condamnée?s?\s+à|requis|écopé|réclusion|pendant|durant|depuis|il\s+y\s+a|plus|moins|voilà|voici|sursis|prison|(?<![\p{L}])dans|(?<![\p{L}])en)\s+(?:de\s+|d['’])?(?:près\s+de\s+)?$/iu,
  pairAfter: /^\s+(?:et|ou|à)\s+$/iu,
  // "un homme d'une vingtaine d'années", "âgés d'une trentaine d'années". Right after a word ("homme") or "âgé":
  // "depuis une vingtaine d'années", "au bout d'une vingtaine d'années" are durations (approximateRejectBefore).
  approximate: {
    pattern: /(?:âgée?s?\s+|(?<=\p{L}\s))d['’]une\s+()(vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|septantaine|soixante-dizaine|quatre-vingtaine)\s+d['’]années(?![\p{L}])/giu,
    decades: { vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, septantaine: 70, 'soixante-dizaine': 70, 'quatre-vingtaine': 80 },
    rejectBefore: /(?:plus|moins|près|bout|cours|espace|temps|depuis|pendant|durant|il\s+y\s+a|après|avant|lors|fin|début|moitié|peine|prison)\s+$/iu,
    rejectAfter: /^\s+(?:de\s+(?:prison|réclusion|détention|carrière|service|vie|mariage|travail)|d['’](?:emprisonnement|existence|activité)|plus\s+tard|après|auparavant|plus\s+tôt)/iu,
  },
};
