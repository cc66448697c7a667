// Words that tell a statistic from an incident detail, when and where it holds, and who states it, in English and French.

import type { WindowUnit } from './period.js';

export interface ClaimLexicon {
  /** Drug-trafficking / crime vocabulary: a figure is only kept near one of these. */
  topic: RegExp;
  /** Statistical framing: totals, records, rates, annual figures. */
  statCue: RegExp;
  /** A running tally in a sentence that also tells an incident ("porte à 29 le nombre d'homicides", "a series of"). */
  tallyCue: RegExp;
  /**
   * One night or evening named as the occasion of a count ("the three dead this night", "les deux morts de cette
   * nuit"): that night's toll, an incident's, not a statistic.
   */
  occasionCue: RegExp;
  /** Units of time right after a number: a duration, not a count ("two minutes", "30 ans"). */
  timeUnitAfter: RegExp;
  /** The minutes of a time of day ("vers 1 h 30", "at 1:30"): the hour comes just before. */
  clockBefore: RegExp;
  /** "younger than 20", "moins de 18 ans": an age threshold. */
  ageThresholdBefore: RegExp;
  /** "were under 20.": a bare number after these, with no noun, is an age threshold. */
  bareAgeBefore: RegExp;
  /** Packaging units after a count ("8 500 pains", "1,200 packets"): one seizure's detail, not a statistic. */
  packagingAfter: RegExp;
  /**
   * Nouns after a count that tell one scene's detail or a place's size, never a statistic: shell casings and bullet
   * impacts found at a shooting ("28 étuis de calibre 7.62"), a town's inhabitants ("ce quartier de 20 000 habitants").
   */
  detailAfter: RegExp;
  /** "a third of the victims": an ordinal word read as a fraction, not a rank (text before, text after). */
  fractionBefore: RegExp;
  fractionAfter: RegExp;
  /** A clause opening on a relative pronoun ("…, which recorded 139"): it shares its sentence's period. */
  relativeClause: RegExp;
  /** Court penalties and ransoms: money belonging to one case, not a statistic. */
  penaltyNear: RegExp;
  /** Part of a sentence after its count ("dont deux avec sursis", "two of them suspended"): one case's penalty. */
  penaltyPartAfter: RegExp;
  /** A street after the number ("74 avenue Rhin-et-Danube", "au 38 rue", "12 Station Road"): an address. */
  streetAfter: RegExp;
  /** A length or an area after the number ("à une centaine de kilomètres", "82 mètres", "a few hundred meters"). */
  distanceAfter: RegExp;
  /** Ordinals that state a rank: "ranks 7th", "the 43rd death", "le 49e narchomicide". */
  rankBefore: RegExp;
  rankAfter: RegExp;
  /** "la quatrième fois", "the third time": a running count of occasions, a figure only with a period. */
  rankTimes: RegExp;
  /**
   * The span a small rank runs over, told after it ("le troisième narchomicide de l'année", "second homicide en une
   * dizaine de jours", "the third shooting in four days"): without one, "la troisième fusillade a éclaté" is the story's
   * own sequence of acts, not a running count.
   */
  rankSpanAfter: RegExp;
  /** A rank told as such ("au 3e rang", "ranks 2nd"): a ranking, with or without a span. */
  rankNounAfter: RegExp;
  /** Rolling periods ("over the past year") → label; "since the start of the year" → anchored year. */
  rollingPeriod: RegExp;
  sinceYearStart: RegExp;
  /** The month before the one of writing: "le mois dernier", "last month". */
  previousMonth: RegExp;
  /** The month of writing so far: "depuis le début du mois", "since the start of the month". */
  sinceMonthStart: RegExp;
  /** Words before a date a figure is compared with ("compared with 2023"): that date is not the figure's period. */
  comparedWith: RegExp;
  /** Words of comparedWith that before a number only qualify it ("over 30%" is more than 30%). */
  qualifierBefore: RegExp;
  /** A yearly rate ("par an", "a year"): a figure with no period of its own. */
  perYear: RegExp;
  /** "de l'année", "so far this year": the year the story is written in. */
  thisYear: RegExp;
  /** "in the same period": the period of the figures just before. */
  samePeriod: RegExp;
  /** "the year before", "l'année précédente": the year before the one the sentence is about. */
  previousYear: RegExp;
  /** "between 2020 and 2023", "entre 2020 et 2023": groups 1 and 2 are the years. */
  yearSpan: RegExp;
  /** "now", "actuellement": the period is the publication month. */
  presentTime: RegExp;
  /** Sentence-initial frame before a date: "In", "By", "En", "Depuis". */
  framePrefix: RegExp;
  /**
   * A sentence opening on the subject of the one before ("It", "The facility", "Celle-ci"): its stated year
   * also dates a figure of that sentence which has none ("…60 inmates. It is due to open in 2028.").
   */
  continuation: RegExp;
  /** Attribution patterns; group "src" holds the source. */
  attribution: RegExp[];
  /** The sentence's subject stating the figures: "The interior ministry counted…", "L'OFAST dénombre…". */
  subjectSource: RegExp;
  /** A pronoun subject stating a figure: the source is named in the previous sentence. */
  pronounSource: RegExp;
  /** Titles stripped from a name ("Senators Jérôme Durain" → "Jérôme Durain"). */
  titles: RegExp;
  /** Words after a number that make it the subject of a verb ("341 were injured"). */
  verbAfter: RegExp;
  /** "the", "le"… dropped from the start of a source or measure. */
  leadingArticle: RegExp;
  places: string[];
  /** Measures that count events (deaths, wounded, arrests, seizures, custody): flows that happen within a period. */
  eventCount: RegExp;
  /** Words that make figures the totals of one case or investigation ("dans ce dossier", "in the case"). */
  caseCue: RegExp;
  /** Adjective → place ("French", "françaises" → France; "guyanaise" → Guyane; "marseillais" → Marseille). */
  demonyms: Record<string, string>;

  // When: period cues beyond the dates the kit reads.
  /** Right before the last day of a range whose first day is a bare number ("entre le 13 et le", "between the 2nd and"): group 1. */
  dayRangeBefore: RegExp;
  /** Right before the first day of a range whose both ends are whole dates ("entre le", "between"). */
  dayRangeOpen: RegExp;
  /** What joins the two whole dates of such a range ("et le", "and"): the whole text between them. */
  dayRangeJoin: RegExp;
  /** Right before a date that starts a period running to the time of writing: "depuis (le)", "since". */
  sinceBefore: RegExp;
  /** A period phrase that points at the time of writing ("this year", "cette année"), not at the events just told. */
  deictic: RegExp;
  /** Right before a day that dates the telling, not what is counted: "a indiqué lundi", "said on Thursday". */
  tellingBefore: RegExp;
  /** Right before a day a count stood at: "au 31 mars 2022", "as of 1 January" (its month is the period). */
  asOfBefore: RegExp;
  /** Before a month a count stood at its middle or end ("à la mi-novembre", "by the end of October"): the year up to it. */
  asOfMonthBefore: RegExp;
  /** Right after / before a year that names a document or an event, not a period ("the 2024 report", "le rapport 2023"). */
  documentYearAfter: RegExp;
  documentYearBefore: RegExp;
  /** Right before a date that is a birth date, never a period: "nés en", "born in". */
  birthBefore: RegExp;
  /** "cette année-là", "that year": the year the passage last stated. */
  anaphoricYear: RegExp;
  /** "les dix premiers mois de l'année", "the first 11 months of 2024": group n (the months), group year (optional). */
  firstMonths: RegExp;
  /** "au premier semestre", "in the first half of the year": group year (optional). */
  firstHalf: RegExp;
  /** "au premier trimestre 2024", "in the third quarter of 2023", "Q2 2024": group q (a word of quarterNumbers or a digit), group year (optional). */
  quarter: RegExp;
  quarterNumbers: Record<string, number>;
  /** A window of stated length ending at the time of writing: "en une semaine", "within 48 hours": groups n and unit. */
  window: RegExp;
  /** "the past week", "la semaine dernière": a window of one unit when no number is given. */
  windowLast: RegExp;
  /** A window's unit word → unit. */
  windowUnits: Record<string, WindowUnit>;
  /** Inside a range the kit reads as one date ("1er janvier au 13 novembre"): the word before its last day. */
  rangeTail: RegExp;
  /** Where a sentence turns to another figure or period: "though", "while", "contre", "par rapport à" (global). */
  contrast: RegExp;

  // What: kinds of figures.
  /** Right before the low end of a range ("between", "entre"), and what joins it to the high end ("and", "et", "à"). */
  rangeBefore: RegExp;
  rangeJoin: RegExp;
  /** Right before the numbers of a span of ages ("aged 18 and", "âgés de 14 à"): ages, not figures. */
  agesBefore: RegExp;
  /** Drug names ("cocaïne", "cannabis resin"): what a quantity named by its unit alone weighs. */
  substance: RegExp;
  /** How a unit is joined to a drug's name: "of ", "de ", "d'". */
  substanceLinker: (drug: string) => string;
  /** The text before a number and the number: an age told as a decade ("la quarantaine"). */
  ageWord: RegExp;
  /** The verb between a value's noun and the money it is put at ("est estimée à", "is valued at"). */
  valuedAt: RegExp;
  /** What may end the words before a sum ("of about", "estimée à plus de") and the noun phrase they leave (group 1). */
  moneyLeadTail: RegExp;
  lastNounPhrase: RegExp;
  /** A comparison opening the words after a change ("comparé à 2023", "on the previous year"): no noun of its own. */
  comparisonStart: RegExp;
  /** What a figure is called when nothing in its sentence names it. */
  kindLabels: Record<'count' | 'share' | 'change' | 'money' | 'quantity' | 'index', string>;
  /** Right before a count summed over several events: "a total of", "au total". */
  totalBefore: RegExp;
  /** Right after a rate's figure ("65,4 faits pour 100 000 habitants", "5.2 per 100,000 people"): a statistic at any size. */
  rateAfter: RegExp;
  /** Right before a rate's base ("pour", "per", "for every"): the base (100 000) is never a figure. */
  rateBaseBefore: RegExp;
  /** Right before a figure that is a part of the one before it: "dont", "including", "among them". */
  partOf: RegExp;
  /** "le nombre d'homicides", "the number of shootings": group 1 is what the sentence's figures count when they name nothing. */
  numberOf: RegExp;
  /** Before / after a number that multiplies or divides ("divided by two", "x5", "trois fois plus"): never a figure. */
  multiplierBefore: RegExp;
  multiplierAfter: RegExp;
  /** Before / after a percent that is a change ("une hausse de", "up", "+"; "increase", "de plus"). */
  changeBefore: RegExp;
  changeAfter: RegExp;
  /** The verb of a change, cutting its clause into the thing that changed and the change ("ont augmenté", "rose"). */
  changeVerb: RegExp;
  /** A change that is a fall ("baisse", "down", "-"). */
  fallWords: RegExp;
  /** How a change's measure opens: "hausse de" / "rise in", "baisse de" / "fall in". */
  riseLabel: string;
  fallLabel: string;

  // Where.
  /** A figure said to hold across the country: "au niveau national", "nationwide", "en France". */
  nationalCue: RegExp;
  /** A superlative's comparison set before a place ("le taux le plus élevé de France", "the highest in"): not the figure's place. */
  comparisonSetBefore: RegExp;
  /**
   * What opens a part of the figure right after it ("23 homicides, dont deux à Fort-de-France", "including two in"):
   * a place told after it is the part's, not the figure's.
   */
  subsetCue?: RegExp;
  /** "dans le département", "in the region": the area of the given level named last before the figure. */
  areaAnaphor: { departement: RegExp; region: RegExp };
  /** A national body stating figures ("le ministère de l'Intérieur", "l'OFAST", "the interior ministry"): its figures are the country's. */
  nationalSource: RegExp;
  /** Right before a place: a locative preposition ("à", "dans les", "in the"). */
  locativeBefore: RegExp;
  /** Right before / after a place that is the seat of an office or a source, or a birthplace: "le préfet des", "né à", "selon La Provence"; "Marseille prosecutor". */
  officeBefore: RegExp;
  officeAfter: RegExp;
  /** Epithets standing for a town ("la deuxième ville de France", "France's second city" → Marseille). */
  townEpithets: Record<string, string>;
  /** Areas a figure may hold for that no official geography lists (groupings of overseas départements): phrase → name. */
  areas: Record<string, string>;
  /** Right before / after a town's name that names a district of another town ("le quartier des Moulins", "aux Moulins, un quartier"). */
  districtBefore: RegExp;
  /** "limitrophe de Lyon", "bordering Lyon": a place named as a neighbour situates another; it is not where a figure holds. */
  neighbourBefore?: RegExp;
  districtAfter: RegExp;
  /** Right before / after a place that only qualifies another ("a city in southern France", "France's second city"). */
  epithetBefore: RegExp;
  epithetAfter: RegExp;
}

export const NP = "(?<src>(?:the\\s+|l['’]|le\\s+|la\\s+|les\\s+)?[\\p{L}\\p{N}'’.&-]+(?:\\s+[\\p{L}\\p{N}'’().&-]+){0,9}?)";

export const CAP_NP = "(?<src>(?:The\\s+)?\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:of\\s+|for\\s+|and\\s+|on\\s+)?\\p{Lu}[\\p{L}'’.&-]*){0,6})";

// A leading frame before the subject: "In 2024, the ministry counted…", "En 2023, le parquet a recensé…".
export const LEAD = '^(?:[^,]{0,40},\\s*|(?:last|this|next|that)\\s+(?:year|month|week)\\s+|in\\s+\\d{4}\\s+)?';

export const COMMON_PLACES = [
  'France', 'French Guiana', 'Guyane', 'Martinique', 'Guadeloupe', 'Réunion', 'Mayotte', 'Corsica', 'Corse',
  'Europe', 'Belgium', 'Belgique', 'Netherlands', 'Pays-Bas', 'Spain', 'Espagne', 'Italy', 'Italie', 'Germany',
  'Allemagne', 'Morocco', 'Maroc', 'Algeria', 'Algérie', 'Colombia', 'Colombie', 'Mexico', 'Mexique', 'Brazil',
  'Brésil', 'Ecuador', 'Équateur', 'United Kingdom', 'Royaume-Uni', 'Dubai', 'Dubaï', 'Paris', 'Marseille',
  'Lyon', 'Toulouse', 'Nice', 'Nantes', 'Montpellier', 'Strasbourg', 'Bordeaux', 'Lille', 'Rennes', 'Reims',
  'Toulon', 'Grenoble', 'Dijon', 'Angers', 'Nîmes', 'Villeurbanne', 'Clermont-Ferrand', 'Le Havre', 'Rouen',
  'Valence', 'Avignon', 'Besançon', 'Poitiers', 'Limoges', 'Perpignan', 'Metz', 'Nancy', 'Tours', 'Amiens',
  'Cayenne', 'Fort-de-France', 'Pointe-à-Pitre', 'Bouches-du-Rhône', 'Seine-Saint-Denis', 'Île-de-France',
];
