// The building-block records every locale kit produces: sentences, numbers, ages and dates with character offsets.

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export type NumberKind = 'cardinal' | 'ordinal' | 'percent' | 'money' | 'quantity';
export type NumberQualifier = 'over' | 'under' | 'about' | 'at_least' | 'up_to';

export interface NumberMatch {
  start: number;
  end: number;
  text: string;
  /** Normalised: "1.1 million" → 1100000, "25%" → 25, "forty-nine" → 49, "a dozen" → 12. */
  value: number;
  /** 'percent' | 'EUR' | 'USD' | 'GBP' | 'tonne' | 'kg' | 'g' | … or null for a bare count. */
  unit: string | null;
  kind: NumberKind;
  /** "over 25%", "around 5 million", "at least 3". */
  qualifier: NumberQualifier | null;
  written: 'digits' | 'words';
  /** True for vague amounts ("dozens", "des centaines"): value is a lower bound, not a figure. */
  approximate?: boolean;
}

export interface AgeMatch {
  start: number;
  end: number;
  text: string;
  age: number;
  /** "une vingtaine d'années", "in his thirties": an estimate (the middle of the decade), not a stated age. */
  approximate?: true;
}

export interface DateMatch {
  start: number;
  end: number;
  text: string;
  /** ISO as precise as known: "2024-05-14" | "2023-09" | "2024", or null. */
  date: string | null;
  precision: 'day' | 'month' | 'year' | 'unknown';
  /** True when resolved against the reference (publication) date. */
  relative: boolean;
  /** 'weekday_mismatch', 'year_inferred', 'range', 'night_of' … */
  flags: string[];
  /** For a weekday told without its day ("jeudi soir", the evening a "nuit de jeudi à vendredi" starts): 0 = Sunday. */
  weekday?: number;
  /** For a week the text names ("last week", dated by its month): the Monday it starts, ISO. */
  week?: string;
}

export interface LocaleKit {
  lang: 'en' | 'fr';
  sentences(text: string): Sentence[];
  numbers(text: string): NumberMatch[];
  ages(text: string): AgeMatch[];
  /** reference = publication date, ISO at any precision, or null. */
  dates(text: string, reference: string | null): DateMatch[];
}
