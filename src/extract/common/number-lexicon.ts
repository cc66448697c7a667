// The shape of a language's number vocabulary: the data a locale hands to the shared number parser.

import type { NumberQualifier } from './types.js';

export interface ApproximateWord {
  value: number;
  /** true: a vague plural ("dozens", "des centaines"), value is only a lower bound. */
  vague: boolean;
}

export interface NumberLexicon {
  /** French writes "1,5" for 1.5 and "1 200" / "1.200" for 1200; English writes "1.5" and "1,200". */
  decimalComma: boolean;
  /** "one" … "nineteen", "un" … "seize". */
  units: Record<string, number>;
  /** "twenty" … "ninety", "vingt" … "soixante". */
  tens: Record<string, number>;
  /** "hundred", "cent", "cents". */
  hundreds: string[];
  /** "thousand", "million", "milliard" … → multiplier. */
  scales: Record<string, number>;
  /** Scale abbreviations only read next to a currency ("€3.5bn", "$2m", "3 M€"). */
  moneyScales: Record<string, number>;
  /** Words joining number words inside one number ("one hundred and two", "vingt et un"). */
  joiners: string[];
  /** Articles that mean 1 before a scale or "dozen" ("a hundred", "une douzaine"). */
  articles: string[];
  /** Unit words that stand alone as numbers only after an article or inside a compound ("un", "une"). */
  boundUnits: string[];
  /** "dozen" → 12, "dizaine" → 10, "dozens" → 24 (vague). */
  approximate: Record<string, ApproximateWord>;
  /** "first" → 1, "premier" → 1 … (regular French "-ième" forms are derived from the cardinals). */
  ordinals: Record<string, number>;
  /** Suffix of ordinal words derived from cardinals ("quarante-neuvième"), or null. */
  ordinalWordSuffix: string | null;
  /** Suffixes after digits making an ordinal ("st", "nd", "e", "ème", "er"). */
  ordinalDigitSuffixes: string[];
  /** Phrases before a number → qualifier ("more than" → over). */
  qualifiers: Array<[string, NumberQualifier]>;
  percentWords: string[];
  /** Words linking a scale to its unit ("of", "de", "d'"). */
  unitLinkers: string[];
  currencyWords: Record<string, string>;
  quantityUnits: Record<string, string>;
  /** Words before a round number written in words that make it vague: "several hundred", "a few thousand". */
  vagueBefore?: string[];
  /** Words before "a tonne", "a kilo" that halve it: "half a tonne". */
  halfBefore?: string[];
  /** Month names and weekdays: a small number next to one is a day of the month, not a count. */
  calendarWords: string[];
}
