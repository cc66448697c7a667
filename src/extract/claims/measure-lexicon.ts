// Words that bound the noun phrase a figure counts ("341 individuals injured", "points de deal"), en and fr.

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

export const EN_MEASURE: MeasureLexicon = {
  linkers: ['of'],
  auxiliaries: ['were', 'was', 'have', 'has', 'had', 'been', 'being', 'are', 'is', 'be', 'got', 'get'],
  relatives: ['who', 'that', 'which'],
  complements: ['to', 'for', 'with', 'by'],
  determiners: ['the', 'a', 'an', 'these', 'those', 'this', 'that', 'their', 'its', 'his', 'her'],
  stops: [
    'and', 'or', 'but', 'while', 'whereas', 'than', 'in', 'on', 'at', 'for', 'by', 'since', 'during', 'between', 'from',
    'with', 'across', 'over', 'under', 'last', 'this', 'next', 'per', 'each', 'every', 'according', 'compared', 'up',
    'down', 'as', 'so', 'to', 'into', 'after', 'before', 'including', 'such', 'against', 'about', 'around', 'nearly',
    'almost', 'more', 'less', 'fewer', 'year', 'years', 'month', 'months', 'the', 'a', 'an', 'it', 'they', 'we', 'he',
    'she', 'there', 'not', 'also', 'only', 'now', 'then', 'still', 'already', 'when', 'where', 'if', 'because',
    'although', 'though', 'once', 'whose', 'whom',
  ],
  participles: ['shot', 'hurt', 'held', 'caught', 'slain', 'struck', 'taken', 'sold', 'found', 'seen', 'made', 'kept', 'dead'],
  participleEnding: /^[\p{L}-]{3,}(?:ed|en)$/u,
  genericHeads: ['people', 'persons', 'individuals', 'adults', 'residents', 'men', 'women', 'youths', 'teenagers'],
  placePrepositions: ['in', 'across', 'throughout'],
};

export const FR_MEASURE: MeasureLexicon = {
  linkers: ['de', 'des', 'du', "d'"],
  auxiliaries: ['ont', 'sont', 'a', 'est', 'été', 'étaient', 'avaient', 'avait', 'était', 'ont été', 'se'],
  relatives: ['qui', 'que', 'dont'],
  complements: ['au', 'aux', 'à', 'pour', 'avec', 'par'],
  determiners: ['le', 'la', 'les', "l'", 'un', 'une', 'ces', 'ce', 'cette', 'leurs', 'leur', 'ses', 'son', 'sa'],
  stops: [
    'et', 'ou', 'mais', 'alors', 'contre', 'que', 'en', 'dans', 'sur', 'pour', 'par', 'depuis', 'pendant', 'entre',
    'selon', 'avec', 'sans', 'chez', 'vers', 'après', 'avant', 'dont', 'soit', 'plus', 'moins', 'environ', 'près',
    'au', 'aux', 'à', 'le', 'la', 'les', "l'", 'un', 'une', 'ce', 'cette', 'ces', 'il', 'ils', 'elle', 'elles', 'on',
    'an', 'ans', 'année', 'années', 'mois', 'ne', 'pas', 'aussi', 'déjà', 'encore', 'seulement', 'désormais',
    'quand', 'lorsque', 'si', 'car', 'puisque', 'où',
  ],
  participles: ['morts', 'mort', 'mortes', 'pris', 'mis', 'détenus'],
  participleEnding: /^[\p{L}-]{2,}(?:é|ée|és|ées|is|ies|ise|ises)$/u,
  genericHeads: ['personnes', 'individus', 'adultes', 'habitants', 'hommes', 'femmes', 'jeunes', 'français', 'françaises'],
  placePrepositions: ['en', 'dans', 'à', 'au', 'aux'],
};
