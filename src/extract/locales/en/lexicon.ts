// English words for numbers, units, qualifiers, calendar names and sentence abbreviations.

import type { NumberLexicon } from '../../common/number-lexicon.js';

export const EN_MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9,
  sept: 9, oct: 10, nov: 11, dec: 12,
};

export const EN_WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export const EN_ABBREVIATIONS: readonly string[] = ['Gen', 'Supt', 'Insp', 'Det', 'Cpl', 'Pte', 'Hon', 'Adm'];

export const EN_NUMBERS: NumberLexicon = {
  decimalComma: false,
  units: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19,
  },
  tens: { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 },
  hundreds: ['hundred'],
  scales: { thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, bn: 1e9 },
  moneyScales: { bn: 1e9, b: 1e9, m: 1e6, mn: 1e6, k: 1e3 },
  joiners: ['and'],
  articles: ['a', 'an'],
  vagueBefore: ['several', 'a few', 'few', 'many'],
  halfBefore: ['half'],
  boundUnits: [],
  approximate: {
    dozen: { value: 12, vague: false },
    dozens: { value: 24, vague: true },
    scores: { value: 40, vague: true },
    hundreds: { value: 200, vague: true },
    thousands: { value: 2000, vague: true },
    millions: { value: 2e6, vague: true },
  },
  ordinals: {
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
    eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
    eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
    seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
  },
  ordinalWordSuffix: null,
  ordinalDigitSuffixes: ['st', 'nd', 'rd', 'th'],
  qualifiers: [
    ['over', 'over'], ['more than', 'over'], ['just over', 'over'], ['above', 'over'], ['in excess of', 'over'],
    ['upwards of', 'over'], ['over than', 'over'],
    ['under', 'under'], ['less than', 'under'], ['fewer than', 'under'], ['below', 'under'], ['just under', 'under'],
    ['about', 'about'], ['around', 'about'], ['approximately', 'about'], ['roughly', 'about'], ['some', 'about'],
    ['nearly', 'about'], ['almost', 'about'], ['close to', 'about'], ['an estimated', 'about'], ['estimated', 'about'],
    ['circa', 'about'], ['approx.', 'about'],
    ['at least', 'at_least'], ['no fewer than', 'at_least'], ['no less than', 'at_least'], ['a minimum of', 'at_least'],
    ['up to', 'up_to'], ['as many as', 'up_to'], ['as much as', 'up_to'], ['at most', 'up_to'], ['a maximum of', 'up_to'],
  ],
  percentWords: ['per cent', 'percent', 'pc', 'per-cent'],
  unitLinkers: ['of'],
  currencyWords: {
    euro: 'EUR', euros: 'EUR', eur: 'EUR', dollar: 'USD', dollars: 'USD', usd: 'USD', pound: 'GBP', pounds: 'GBP',
    'pounds sterling': 'GBP', gbp: 'GBP',
  },
  quantityUnits: {
    tonne: 'tonne', tonnes: 'tonne', ton: 'tonne', tons: 'tonne', 'metric tons': 'tonne', 'metric tonnes': 'tonne',
    t: 'tonne', kg: 'kg', kgs: 'kg', kilo: 'kg', kilos: 'kg', kilogram: 'kg', kilograms: 'kg', kilogramme: 'kg',
    kilogrammes: 'kg', g: 'g', gram: 'g', grams: 'g', gramme: 'g', grammes: 'g', litres: 'litre', liters: 'litre',
  },
  calendarWords: [...Object.keys(EN_MONTHS), ...Object.keys(EN_WEEKDAYS)],
};
