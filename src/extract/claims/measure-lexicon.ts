// What a language pack tells the measure reader: the words that bound the noun phrase a figure counts
// ("341 individuals injured", "points de deal"). The words themselves live in src/extract/locales/<lang>/.

export interface MeasureLexicon {
  /** Link a count to its noun: "tonnes of cocaine", "points de deal". */
  linkers: string[];
  /** Auxiliaries skipped before a participle: "ten people were killed" → "people killed". */
  auxiliaries: string[];
  /** Open a relative clause kept short: "people who used cocaine". */
  relatives: string[];
  /** Prepositions a participle may take: "homicides liés au narcotrafic", "arrested for trafficking". */
  complements: string[];
  /** Determiners skipped at the start of the phrase or inside a complement. */
  determiners: string[];
  /** Words that end the phrase: conjunctions, other prepositions, adverbs, time words. */
  stops: string[];
  /** Participles the ending rule misses. */
  participles: string[];
  /** Regular participle endings. */
  participleEnding: RegExp;
  /**
   * Nouns that count people without saying what they did: "1.1 million people took the drug" measures the
   * predicate, so the phrase goes on past a place ("in France") to the verb and its object.
   */
  genericHeads: string[];
  /** Prepositions introducing a place skipped between a generic head and its verb: "people in France used…". */
  placePrepositions: string[];
}
