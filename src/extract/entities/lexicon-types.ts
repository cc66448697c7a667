// The shape of a language's entity lexicon: titles, organisation and group head words, places, and non-entity words.

export interface EntityLexicon {
  /** Capitalised words that are never names of their own ("État", "NDLR", "Parquet", "Office"). */
  notNames?: string[];
  /** Makes and brands whose names start a product's ("Renault Clio", "Google Street View"). */
  brands?: string[];
  /** Words before a product or model name ("de marque", "de type"): what follows is not an entity. */
  productCues?: string[];
  /** News outlets and parts of their names ("France Bleu", "Le Bien Public"): organisations, never people or places. */
  outlets?: string[];
  /** Words that make a title before a name ("Minister", "senator", "ministre", "procureur"). */
  titles: string[];
  /**
   * Titles of people who speak of or handle many incidents (prosecutors, ministers, prefects, lawyers, journalists),
   * folded (lower case, no accents). Reconciliation does not take a name so titled as evidence that two reports tell
   * of one incident: the Marseille prosecutor is quoted on every shooting in the city.
   */
  officialTitles?: string[];
  /**
   * Words right around a name that make its bearer a speaker ("selon X", "X a déclaré", "X told reporters"), folded:
   * people quoted on an incident are officials, lawyers or witnesses, not what identifies it (see officialTitles).
   */
  speakerCues?: string[];
  /**
   * Nouns of an act done to someone, folded ("meurtre", "murder", "enlevement"): a name after one and a connector ("le
   * meurtre d'Eric M.", "the killing of Karim B.") is the victim's, which tells the incident (reconciliation).
   */
  victimHeads?: string[];
  /** Words that qualify a title ("Interior Minister", "ministre de l'Intérieur"). */
  titleQualifiers: string[];
  /** Small words that may sit inside a title or a name ("of the", "de l'"). */
  connectors: string[];
  /** Capitalised head words that make an organisation ("Observatory", "Tribunal"). */
  orgHeads: string[];
  /** Lowercase heads followed by "de X" that name an organisation ("parquet de Marseille"). */
  orgPrefixes: string[];
  /** Organisations known by a bare name ("Interpol", "Europol"). */
  knownOrgs: string[];
  /** Head words of criminal groups ("Mafia", "clan", "cartel"). */
  groupHeads: string[];
  /** Countries, regions and areas, by surface form. */
  places: string[];
  /** Prepositions after which a capitalised word is a place ("in", "à"). */
  placePrepositions: string[];
  /** Capitalised words that are never entities by themselves (sentence openers, months, days). */
  stopWords: string[];
  /**
   * Lower-case links that carry a name on after a capitalised organisation head, where the language writes
   * only the first word capitalised ("Association des maires de France"). Empty when names capitalise every word.
   */
  orgTails?: string[];
  /** Words right before a name that make it a place, never a person ("de la", "du", "of the"). */
  placeArticles?: string[];
  /** Parts of hyphenated place names that never occur in people's names ("Toulon-La Farlède", "Aix-en-Provence"). */
  placeHyphenParts?: string[];
  /** Lower-case words a title phrase may run through to say what the title is of ("président du tribunal judiciaire"). */
  titleObjects?: string[];
  /** Words that label a photo credit or a byline ("Photo", "Reportage", "par"): the name after them is not in the story. */
  creditCues?: string[];
  /** Capitalised articles that may open a name ("La Barben", "Le Havre", "Les Neiges"). */
  nameArticles?: string[];
  /** Contractions that swallow the article of a name, and the article ("du Havre" → "Le Havre"). */
  contractedArticles?: Record<string, string>;
  /** Lower-case words for an area right before its name ("cité", "quartier", "district"): the name is a place. */
  placeCues?: string[];
  /** Lower-case words for a street ("rue", "avenue", "street"): the street's name keeps the word ("rue de Liège"). */
  streetCues?: string[];
  /** Capitalised words that head a place's name ("River Seine", "Saint Thys", "Port du Havre"). */
  placeHeads?: string[];
  /** Whether a final "'s" is a possessive that ends a name ("France's Interior Minister"); not in French ("McDonald's"). */
  possessive?: boolean;
  /** Endings of the plural names of a place's people ("Marseillais"): after "des"/"les" such a word is not a place. */
  demonymSuffixes?: string[];
  /** Endings of adjectives of place ("South American", "Phocaean"): before a lower-case noun, not a name. */
  adjectiveSuffixes?: string[];
  /** Links that never sit inside a person's name ("Murder of Samuel Paty"): the name is what follows them. */
  nameBreakers?: string[];
  /** Words that set two groups side by side ("et", "contre", "and", "against"): a name beside a group is a group. */
  rivalJoins?: string[];
  /** Small words inside people's names ("Christian de Rocquigny", "Marine Le Pen"). */
  surnameParticles?: string[];
  /** Points of the compass, which name parts of places ("quartiers Nord"), never people. */
  compassWords?: string[];
  /** Phrases that introduce a nickname ("known as", "surnommé"). */
  nicknameCues: string[];
  /** Nickname cues that are also common verbs ("dit"): a nickname only right after the person's name ("X, dit « Y »"). */
  adjacentNicknameCues?: string[];
}
