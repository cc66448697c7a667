// Shape of a relevance lexicon entry.

/**
 * A term and its weight. Terms are written plainly (accents and hyphens allowed, matched folded);
 * a trailing "*" matches any word ending ("trafficker*" → traffickers). Weight guide: 3 = unambiguous
 * drug-trafficking vocabulary, 2–2.5 = drugs and organised crime, 1–1.5 = violence typical of the trade,
 * below 1 = weak context. Terms of weight ≥ DEFAULT_CORE_WEIGHT (relevance.ts) are "core" terms.
 */
export interface WeightedTerm {
  term: string;
  weight: number;
  /**
   * A drug's name, or drugs in general: core only beside a word of the trade, of crime or of enforcement. A report on
   * how much cocaine the French use names the drug as often as a seizure story does, and is not about trafficking.
   */
  substance?: boolean;
}

export const t = (term: string, weight: number): WeightedTerm => ({ term, weight });
/** A substance term (see WeightedTerm.substance). */
export const drug = (term: string, weight: number): WeightedTerm => ({ term, weight, substance: true });

/**
 * Words of the trade's violence that make a story in scope with no drug word written when they stand within reach of
 * a violence word: a place it attacks (a prison, its guards), where it fires (a cité), how it kills (weapons of war,
 * a victim finished off). `label` is the term reported for the match.
 */
export interface ContextTerms {
  label: string;
  cue: string[];
  violence: string[];
  /**
   * Words that, anywhere in the story, tell another kind of shooting (a hunt, a couple, the police firing at a
   * driver, terror): the context does not apply then.
   */
  unless?: string[];
  /** The context holds only in a story that names a French place (a shooting abroad is no news of Vigie's map). */
  inFrance?: boolean;
}
