// French words for numbers, units, qualifiers, calendar names and sentence abbreviations.

import type { NumberLexicon } from '../../common/number-lexicon.js';

export const FR_MONTHS: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12, janv: 1, févr: 2, fév: 2, avr: 4,
  juil: 7, sept: 9, oct: 10, nov: 11, déc: 12,
};

export const FR_WEEKDAYS: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
};

export const FR_ABBREVIATIONS: readonly string[] = ['Cie', 'Dr', 'Pr', 'Vve', 'Ets', 'St', 'Ste', 'n', 'N', 'cf'];

export const FR_NUMBERS: NumberLexicon = {
  decimalComma: true,
  units: {
    zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  },
  tens: { vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60 },
  hundreds: ['cent', 'cents'],
  scales: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  moneyScales: { Md: 1e9, Mds: 1e9, Mrd: 1e9, M: 1e6, k: 1e3, K: 1e3 },
  joiners: ['et'],
  articles: ['un', 'une'],
  vagueBefore: ['plusieurs', 'quelques'],
  boundUnits: ['un', 'une'],
  approximate: {
    douzaine: { value: 12, vague: false },
    dizaine: { value: 10, vague: false },
    quinzaine: { value: 15, vague: false },
    vingtaine: { value: 20, vague: false },
    trentaine: { value: 30, vague: false },
    quarantaine: { value: 40, vague: false },
    cinquantaine: { value: 50, vague: false },
    soixantaine: { value: 60, vague: false },
    centaine: { value: 100, vague: false },
    millier: { value: 1000, vague: false },
    douzaines: { value: 24, vague: true },
    dizaines: { value: 20, vague: true },
    vingtaines: { value: 40, vague: true },
    centaines: { value: 200, vague: true },
    milliers: { value: 2000, vague: true },
  },
  ordinals: {
    premier: 1, première: 1, premiers: 1, premières: 1, second: 2, seconde: 2, unième: 1,
  },
  ordinalWordSuffix: 'ième',
  ordinalDigitSuffixes: ['e', 'è', 'ème', 'eme', 'ème', 'er', 're', 'ère', 'ere', 'nd', 'nde', 'ᵉ', 'ᵉʳ', 'es', 'èmes'],
  qualifiers: [
    ['plus de', 'over'], ["plus d'", 'over'], ['un peu plus de', 'over'], ['au-delà de', 'over'], ['au-dessus de', 'over'],
    ['moins de', 'under'], ["moins d'", 'under'], ['en dessous de', 'under'], ['un peu moins de', 'under'],
    ['environ', 'about'], ['près de', 'about'], ["près d'", 'about'], ['quelque', 'about'], ['autour de', 'about'],
    ['approximativement', 'about'], ['presque', 'about'], ['quasiment', 'about'], ['pratiquement', 'about'],
    ['une estimation de', 'about'], ['estimé à', 'about'], ['estimés à', 'about'], ['estimée à', 'about'],
    ['au moins', 'at_least'], ['pas moins de', 'at_least'], ["pas moins d'", 'at_least'], ['au minimum', 'at_least'],
    ["jusqu'à", 'up_to'], ['au plus', 'up_to'], ['au maximum', 'up_to'], ["jusqu'au", 'up_to'],
  ],
  percentWords: ['pour cent', 'pourcent', 'pour 100', 'p. cent'],
  unitLinkers: ['de', "d'"],
  currencyWords: {
    euro: 'EUR', euros: 'EUR', eur: 'EUR', dollar: 'USD', dollars: 'USD', usd: 'USD', livres: 'GBP',
    'livres sterling': 'GBP', 'francs cfa': 'XOF',
  },
  quantityUnits: {
    tonne: 'tonne', tonnes: 'tonne', t: 'tonne', kg: 'kg', kilo: 'kg', kilos: 'kg', kilogramme: 'kg',
    kilogrammes: 'kg', g: 'g', gramme: 'g', grammes: 'g', litres: 'litre',
  },
  calendarWords: [...Object.keys(FR_MONTHS), ...Object.keys(FR_WEEKDAYS)],
};
