// French date cues for the shared date finder: chrono's French parser plus patterns it misses.

import * as chrono from 'chrono-node';
import type { DateCues } from '../../common/dates.js';
import { FR_MONTHS, FR_WEEKDAYS } from './lexicon.js';

const MONTHS = Object.keys(FR_MONTHS).sort((a, b) => b.length - a.length).join('|');
const WEEKDAYS = Object.keys(FR_WEEKDAYS).join('|');
const COUNT_WORDS: Record<string, number> = {
  un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
};
// Number words past ten that chrono reads in "de vingt ans" and the like.
const DURATION_COUNT_WORDS = ['une', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'quelques', 'plusieurs'];
const DURATION_UNITS = ['ans?', 'années?', 'mois', 'semaines?', 'jours?', 'heures?', 'minutes?', 'secondes?'];
const COUNT = `(?<n>\\d{1,2}|${Object.keys(COUNT_WORDS).join('|')})`;
// \b does not see accented letters as word characters; these do.
const B = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';

export const FR_DATE_CUES: DateCues = {
  chrono: chrono.fr.casual,
  months: FR_MONTHS,
  weekdays: FR_WEEKDAYS,
  precheck: new RegExp(
    `${B}(?:${MONTHS}|${WEEKDAYS}|hier|aujourd|demain|veille|lendemain|surlendemain|semaine|week-end|soir|matin|nuit|il\\s+y\\s+a)${E}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}`,
    'iu',
  ),
  relativeWords: /(?<![\p{L}])(?:hier|aujourd['’]hui|demain|dernier|dernière|prochain|prochaine|il\s+y\s+a|ce\s+matin|ce\s+soir|cette)(?![\p{L}])/iu,
  // ("une semaine plus tôt", "il y a une semaine" count seven days: they are no calendar week.)
  week: /(?<![\p{L}])(?:(?:la|cette)\s+semaine|semaine\s+(?:dernière|passée)|dernière\s+semaine)(?![\p{L}])/iu,
  lastWeekend: /(?<![\p{L}])(?:le|ce)\s+week-?end\s+(?:dernier|passé)|(?<![\p{L}])(?:ce|durant\s+le|pendant\s+le)\s+week-?end(?![\p{L}-])/giu,
  thisYear: /(?<![\p{L}])(?:cette\s+année|l['’]année\s+en\s+cours)(?![\p{L}])/giu,
  lastYear: /(?<![\p{L}])(?:l['’]an\s+(?:dernier|passé)|l['’]année\s+(?:dernière|passée))(?![\p{L}])/giu,
  // "Quatre ans après la mort du jeune Lionel": the death is four years before the report (not "23 ans après sa naissance").
  yearsAfter: new RegExp(`${B}${COUNT}\\s+ans\\s+(?:jour\\s+pour\\s+jour\\s+)?après\\s+(?:la\\s+mort|le\\s+meurtre|l['’]assassinat|la\\s+fusillade|le\\s+décès|l['’]attaque|l['’]enlèvement|le\\s+règlement\\s+de\\s+comptes?)${E}`, 'giu'),
  thisMonth: /(?<![\p{L}])(?:ce\s+mois-ci|(?:au|en)\s+début\s+(?:du|de)\s+mois|début\s+du\s+mois|plus\s+tôt\s+ce\s+mois)(?![\p{L}-])(?!\s+(?:dernier|passé|de\s+\p{L}))/giu,
  lastMonth: /(?<![\p{L}])(?:le\s+mois\s+(?:dernier|passé)|(?:au|en)\s+début\s+du\s+mois\s+(?:dernier|passé)|(?:à\s+la\s+|en\s+)?fin\s+du\s+mois\s+(?:dernier|passé))(?![\p{L}])/giu,
  bareMonth: new RegExp(
    `${B}(?:en|depuis(?:\\s+le\\s+mois\\s+d[e'’])?|début|fin|mi-?|courant|dès|jusqu['’]en|d['’]ici|au\\s+mois\\s+d[e'’]|à\\s+partir\\s+de|avant|après)\\s*(${MONTHS})${E}(?!\\.?\\s+\\d)`,
    'giu',
  ),
  nightOf: [
    new RegExp(`${B}nuit\\s+(?:de|du)\\s+(?<wd1>${WEEKDAYS})\\s+(?:à|au)\\s+(?<wd2>${WEEKDAYS})${E}`, 'giu'),
    // "nuit du 26 au 27 août", "nuit du mercredi 26 au jeudi 27 août", "nuit de samedi 5 à dimanche 6 octobre 2024".
    new RegExp(`${B}nuit\\s+(?:du|de)\\s+(?:(?:${WEEKDAYS})\\s+)?(?<d1>\\d{1,2})(?:er)?\\s+(?:au|à)\\s+(?:(?:${WEEKDAYS})\\s+)?\\d{1,2}(?:er)?\\s+(?<month>${MONTHS})${E}(?:\\s+(?<year>\\d{4}))?`, 'giu'),
  ],
  // ("dans la nuit de samedi", "dans la nuit du 3 au 4": the night named; "cette nuit" chrono reads as today.)
  // ("plus tard dans la nuit", "tôt dans la nuit": the night of the act just told.)
  lastNight: new RegExp(`${B}(?<!(?:tard|tôt)\\s)(?:la\\s+nuit\\s+(?:dernière|passée)|dans\\s+la\\s+nuit)${E}(?!\\s+(?:de|du|d['’]|où|qui|suivante|précédente|même)${E})(?!\\s+(?:${WEEKDAYS}|${MONTHS})${E})`, 'giu'),
  anaphoricWeekday: { after: /^-là(?![\p{L}])/u },
  anchored: [
    { re: /(?<![\p{L}])le\s+lendemain(?![\p{L}])/giu, shift: 1 },
    { re: /(?<![\p{L}])le\s+surlendemain(?![\p{L}])/giu, shift: 2 },
    { re: /(?<![\p{L}])la\s+veille(?![\p{L}])/giu, shift: -1 },
    { re: new RegExp(`${B}${COUNT}\\s+jours\\s+(?:plus\\s+tôt|auparavant|avant)${E}`, 'giu'), shift: 'count_before' },
    { re: new RegExp(`${B}${COUNT}\\s+jours\\s+(?:plus\\s+tard|après)${E}`, 'giu'), shift: 'count_after' },
  ],
  // Feasts that date an act: "le soir de Noël", "la nuit du réveillon", "le jour de l'An", "le 14-Juillet".
  namedDays: [
    { re: /(?<![\p{L}])(?:le\s+)?(?:soir|jour|nuit|matin)\s+de\s+Noël(?![\p{L}])|(?<![\p{L}])à\s+Noël(?![\p{L}])/giu, month: 12, day: 25 },
    { re: /(?<![\p{L}])(?:le\s+)?(?:soir|nuit)\s+(?:du\s+réveillon\s+de\s+Noël|de\s+la\s+veille\s+de\s+Noël)(?![\p{L}])|(?<![\p{L}])(?:la\s+)?veille\s+de\s+Noël(?![\p{L}])/giu, month: 12, day: 24 },
    { re: /(?<![\p{L}])(?:le\s+)?(?:soir|nuit)\s+(?:du\s+)?(?:réveillon\s+du\s+(?:Nouvel\s+An|jour\s+de\s+l['’]An)|de\s+la\s+Saint-Sylvestre)(?![\p{L}])|(?<![\p{L}])(?:le\s+)?(?:soir|jour)\s+de\s+la\s+Saint-Sylvestre(?![\p{L}])/giu, month: 12, day: 31 },
    { re: /(?<![\p{L}])(?:le\s+)?jour\s+de\s+l['’]An(?![\p{L}])/giu, month: 1, day: 1 },
    { re: /(?<![\p{L}])(?:le\s+)?14[- ]Juillet(?![\p{L}\d])/gu, month: 7, day: 14 },
  ],
  countWords: COUNT_WORDS,
  reject: /^(?:maintenant|actuellement)$/i,
  next: /(?<![\p{L}])(?:prochain|prochaine)(?![\p{L}])/iu,
  // "doit rendre son verdict le", "seront jugés le", "délibéré au", "renvoyé au", "comparaîtra le".
  announced: /(?<![\p{L}])(?:(?:doit|doivent|devra|devront|va|vont)\s+(?:rendre|être|se\s+tenir|comparaître|statuer|se\s+prononcer|reprendre|s['’]ouvrir)|rendra|rendront|(?:sera|seront)\s+(?:jugée?s?|entendue?s?|présentée?s?|rendue?s?|examinée?s?|fixée?s?|connue?s?)|comparaîtra|comparaîtront|statuera|se\s+prononcera|se\s+tiendra|aura\s+lieu|reprendra|s['’]ouvrira|(?<!(?:avait|avaient)\s+été\s+)(?:(?:mise?s?\s+en\s+)?délibéré|renvoyée?s?|reportée?s?|prévue?s?|attendue?s?|fixée?s?|programmée?s?))(?:\s+[\p{L}'’-]+){0,5}?\s+(?:le|au|du|pour\s+le|à\s+partir\s+du)\s*$/iu,
  last: /(?<![\p{L}])(?:dernier|dernière|passé|passée)(?![\p{L}])/iu,
  // "un homme de 23 ans", "une peine de 12 ans", "dans 5 ans", "pendant trois mois": lengths, not dates.
  duration: new RegExp(
    `^(?:(?:de|d['’]|pendant|durant|dans|en|sur|pour|depuis|d['’]ici)\\s*)?(?:\\d+|${Object.keys(COUNT_WORDS).join('|')}|${DURATION_COUNT_WORDS.join('|')})\\s+(?:${DURATION_UNITS.join('|')})$`,
    'iu',
  ),
};
