// Words that tell a statistic from an incident detail, and who states it, in English and French.

export interface ClaimLexicon {
  /** Drug-trafficking / crime vocabulary: a figure is only kept near one of these. */
  topic: RegExp;
  /** Statistical framing: totals, records, rates, annual figures. */
  statCue: RegExp;
  /** Units of time right after a number: a duration, not a count ("two minutes", "30 ans"). */
  timeUnitAfter: RegExp;
  /** "younger than 20", "moins de 18 ans": an age threshold. */
  ageThresholdBefore: RegExp;
  /** Court penalties and ransoms: money belonging to one case, not a statistic. */
  penaltyNear: RegExp;
  /** Ordinals that state a rank: "ranks 7th", "the 43rd death", "le 49e narchomicide". */
  rankBefore: RegExp;
  rankAfter: RegExp;
  /** Rolling periods ("over the past year") → label; "since the start of the year" → anchored year. */
  rollingPeriod: RegExp;
  sinceYearStart: RegExp;
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
  /** Attribution patterns; group "src" holds the source. */
  attribution: RegExp[];
  /** A pronoun subject stating a figure: the source is named in the previous sentence. */
  pronounSource: RegExp;
  /** Titles stripped from a name ("Senators Jérôme Durain" → "Jérôme Durain"). */
  titles: RegExp;
  /** Words after a number that make it the subject of a verb ("341 were injured"). */
  verbAfter: RegExp;
  /** "the", "le"… dropped from the start of a source or measure. */
  leadingArticle: RegExp;
  places: string[];
  /** Adjective → country ("French" → France). */
  demonyms: Record<string, string>;
}

const NP = "(?<src>(?:the\\s+|l['’]|le\\s+|la\\s+|les\\s+)?[\\p{L}\\p{N}'’.&-]+(?:\\s+[\\p{L}\\p{N}'’().&-]+){0,9}?)";
const CAP_NP = "(?<src>(?:The\\s+)?\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:of\\s+|for\\s+|and\\s+|on\\s+)?\\p{Lu}[\\p{L}'’.&-]*){0,6})";

const COMMON_PLACES = [
  'France', 'French Guiana', 'Guyane', 'Martinique', 'Guadeloupe', 'Réunion', 'Mayotte', 'Corsica', 'Corse',
  'Europe', 'Belgium', 'Belgique', 'Netherlands', 'Pays-Bas', 'Spain', 'Espagne', 'Italy', 'Italie', 'Germany',
  'Allemagne', 'Morocco', 'Maroc', 'Algeria', 'Algérie', 'Colombia', 'Colombie', 'Mexico', 'Mexique', 'Brazil',
  'Brésil', 'Ecuador', 'Équateur', 'United Kingdom', 'Royaume-Uni', 'Dubai', 'Dubaï', 'Paris', 'Marseille',
  'Lyon', 'Toulouse', 'Nice', 'Nantes', 'Montpellier', 'Strasbourg', 'Bordeaux', 'Lille', 'Rennes', 'Reims',
  'Toulon', 'Grenoble', 'Dijon', 'Angers', 'Nîmes', 'Villeurbanne', 'Clermont-Ferrand', 'Le Havre', 'Rouen',
  'Valence', 'Avignon', 'Besançon', 'Poitiers', 'Limoges', 'Perpignan', 'Metz', 'Nancy', 'Tours', 'Amiens',
  'Cayenne', 'Fort-de-France', 'Pointe-à-Pitre', 'Bouches-du-Rhône', 'Seine-Saint-Denis', 'Île-de-France',
];

export const EN_CLAIMS: ClaimLexicon = {
  topic:
    /\b(?:drugs?|narco\w*|cocaine|cannabis|heroin|crack|ecstasy|mdma|trafficking|traffickers?|dealers?|dealing|gangs?|cartels?|mafia|organi[sz]ed\s+crime|crim\w*|murders?|homicides?|killings?|killed|died|dead|deaths?|fatalit\w+|shot|shootings?|violence|violent|prisons?|prisoners?|inmates?|jail\w*|police\w*|gendarm\w*|officers?|arrests?|arrested|apprehended|seiz\w+|offen[cs]es?|offenders?|attacks?|kidnapp\w+|abduct\w+|ransom|hotspots?|injured|wounded|victims?|users?|consumption|fines?|fined|customs|smuggl\w+|laundering|purity)\b/i,
  statCue:
    /\b(?:in\s+total|a\s+total\s+of|total|record(?:ed)?|registered|identified|counted|tally|toll|annual(?:ly)?|per\s+year|a\s+year|each\s+year|every\s+year|per\s+cent|rate|average|estimates?|estimated|statistics|figures|data|survey|budget|turnover|revenue|sales|market|worth|generat\w+|since|so\s+far|to\s+date|in\s+recent\s+years|nationwide|across\s+the\s+country)\b/i,
  timeUnitAfter: /^(?:[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|hrs?|mins?|decades?|centur(?:y|ies))\b|-[\p{L}])/iu,
  ageThresholdBefore: /\b(?:younger|older|young|old)\s+than\s+$|\bas\s+(?:young|old)\s+as\s+$|\bunder\s+the\s+age\s+of\s+$|\baged\s+(?:under|over|between)?\s*$|\bunder-?$/i,
  penaltyNear: /\b(?:fines?|fined|bail|ransom|damages|compensation|bribes?|sentenced|sentence)\b/i,
  rankBefore: /\b(?:ranks?|ranked|ranking|placed|places|lies|stands|comes|is\s+now)\s+$/i,
  rankAfter: /^\s+(?:\p{L}+\s+){0,2}?(?:deaths?|murders?|homicides?|killings?|victims?|shootings?|settling|fatalit\w+|drug-related\s+death|person\s+killed|killed)\b/iu,
  rollingPeriod: /\b(?:(?:over|in|during)\s+the\s+(?:past|last)\s+(?:year|twelve\s+months|12\s+months)|in\s+a\s+year)\b/i,
  sinceYearStart: /\bsince\s+(?:the\s+(?:beginning|start)\s+of\s+the\s+year|january|1\s+january|january\s+1)\b/i,
  samePeriod: /\b(?:in|over|during)\s+the\s+same\s+period\b/i,
  previousYear: /\b(?:the\s+(?:year|twelve\s+months)\s+before|the\s+previous\s+year|the\s+preceding\s+year|a\s+year\s+earlier|the\s+year\s+prior)\b/i,
  yearSpan: /\b(?:between|from)\s+((?:19|20)\d{2})\s+(?:and|to)\s+((?:19|20)\d{2})\b/i,
  presentTime: /\b(?:now|currently|at\s+present)\b/i,
  framePrefix: /^(?:in|by|since|as\s+of|during|throughout|for|until|at\s+the\s+end\s+of|over)?\s*$/i,
  attribution: [
    new RegExp(`\\b(?:according\\s+to|citing|cited\\s+by|data\\s+(?:from|by)|figures\\s+(?:from|by)|statistics\\s+(?:from|by)|a\\s+(?:report|study|survey)\\s+(?:from|by))\\s+${NP}(?=\\s*(?:[,.;:]|$|\\s(?:that|which|who|indicates?|shows?|showed|found|reveals?|revealed|suggests?)\\b))`, 'iu'),
    new RegExp(`${CAP_NP}\\s+(?:told|said|says|reports|reported|estimates|estimated|indicates|indicated|showed|shows|found|revealed|reveals|announced|stated|noted|warned)\\b`, 'u'),
    new RegExp(`,\\s*(?:said|says|reports|reported|according\\s+to|told)\\s+${NP}\\s*[.]?$`, 'iu'),
  ],
  pronounSource: /\b(?:they|he|she|the\s+senators|the\s+report|the\s+study)\s+(?:also\s+)?(?:estimates?|estimated|say|says|said|warns?|warned|told|believes?|believe|found|finds|count|counted|reckons?)\b/i,
  titles: /^(?:(?:Senators?|President|Interior|Justice|Minister|Mr|Mrs|Ms|Dr|Prof|Prosecutor|General|Judge|Mayor|Deputy|MP|Commissioner|Director|Chief|The)\.?\s+)+/,
  verbAfter: /^\s+(?:were|was|have|had|has|are|is|occurred|died|remain|been)\b/i,
  leadingArticle: /^(?:the|a|an)\s+/i,
  places: [...COMMON_PLACES, 'Lyons', 'Marseilles', 'Corsica', 'Mediterranean'],
  demonyms: { french: 'France', marseille: 'Marseille', european: 'Europe', belgian: 'Belgium', dutch: 'Netherlands', spanish: 'Spain' },
};

export const FR_CLAIMS: ClaimLexicon = {
  topic:
    /(?<![\p{L}])(?:drogues?|stupéfiants?|narco\p{L}*|cocaïne|cannabis|résine|herbe|héroïne|crack|ecstasy|mdma|trafics?|trafiquants?|dealers?|deal|points?\s+de\s+deal|gangs?|cartels?|mafia\p{L}*|crim\p{L}*|délinquan\p{L}*|meurtres?|homicides?|assassinats?|narchomicides?|règlements?\s+de\s+comptes?|tués?|tuées?|morts?|décès|abattus?|fusillades?|tirs?|violences?|prisons?|détenus?|pénitentiaire\p{L}*|polic\p{L}*|gendarm\p{L}*|interpell\p{L}*|arrest\p{L}*|saisi\p{L}*|infractions?|attaques?|enlèvements?|séquestrations?|rançons?|blessés?|victimes?|consommat\p{L}*|usagers?|amendes?|douane\p{L}*|blanchiment|réseaux?|pureté)(?![\p{L}])/iu,
  statCue:
    /(?<![\p{L}])(?:au\s+total|en\s+tout|total|record|recensé\p{L}*|enregistré\p{L}*|comptabilisé\p{L}*|dénombré\p{L}*|bilan|par\s+an|chaque\s+année|annuel\p{L}*|taux|moyenne|estim\p{L}*|statistiques?|chiffres?|données|enquête|budget|chiffre\s+d['’]affaires|génère|représente|depuis|à\s+ce\s+jour|ces\s+dernières\s+années|sur\s+l['’]ensemble\s+du\s+territoire)(?![\p{L}])/iu,
  timeUnitAfter: /^(?:\s+(?:ans?|années?|mois|semaines?|jours?|heures?|minutes?|secondes?|décennies?|siècles?)(?![\p{L}])|-[\p{L}])/iu,
  ageThresholdBefore: /(?:moins|plus)\s+de\s+$|\bâgée?s?\s+(?:de\s+)?(?:moins\s+de\s+|plus\s+de\s+)?$|\bdès\s+$/iu,
  penaltyNear: /(?<![\p{L}])(?:amendes?|caution|rançon|dommages|condamnée?s?|peine|requis|pots-de-vin)(?![\p{L}])/iu,
  rankBefore: /(?:se\s+classe|classée?|au|se\s+place|occupe\s+la|est\s+la|est\s+le)\s+$/iu,
  rankAfter: /^\s+(?:\p{L}+\s+){0,2}?(?:morts?|décès|meurtres?|homicides?|assassinats?|victimes?|narchomicides?|règlements?|fusillades?|personnes?\s+tuées?|tués?)(?![\p{L}])/iu,
  rollingPeriod: /(?<![\p{L}])(?:(?:au\s+cours\s+de|sur|durant|pendant)\s+(?:l['’]année\s+écoulée|les\s+douze\s+derniers\s+mois|les\s+12\s+derniers\s+mois|un\s+an)|en\s+un\s+an)(?![\p{L}])/iu,
  sinceYearStart: /(?<![\p{L}])depuis\s+(?:le\s+(?:début|1er\s+janvier)\s+(?:de\s+l['’]année)?|janvier)(?![\p{L}])/iu,
  samePeriod: /(?<![\p{L}])(?:sur|durant|pendant|au\s+cours\s+de)\s+la\s+même\s+période(?![\p{L}])/iu,
  previousYear: /(?<![\p{L}])(?:l['’]année\s+(?:précédente|d['’]avant)|un\s+an\s+(?:plus\s+tôt|auparavant))(?![\p{L}])/iu,
  yearSpan: /(?<![\p{L}])(?:entre|de)\s+((?:19|20)\d{2})\s+(?:et|à)\s+((?:19|20)\d{2})(?![\p{N}])/iu,
  presentTime: /(?<![\p{L}])(?:actuellement|désormais|aujourd['’]hui|en\s+ce\s+moment)(?![\p{L}])/iu,
  framePrefix: /^(?:en|depuis|au\s+cours\s+de|pour|fin|début|à\s+la\s+fin\s+de|jusqu['’]en|sur|durant|pendant)?\s*(?:l['’]année\s+)?$/iu,
  attribution: [
    new RegExp(`(?<![\\p{L}])(?:selon|d['’]après|de\\s+source|citant|les\\s+(?:chiffres|données)\\s+(?:de|du|des))\\s+${NP}(?=\\s*(?:[,.;:]|$|\\s(?:qui|que|montrent|indiquent)\\b))`, 'iu'),
    new RegExp(`,\\s*(?:estime|estiment|indique|indiquent|précise|précisent|affirme|affirment|souligne|rapporte|révèle|relève|note|assure|explique|ajoute|déclare|selon|a\\s+indiqué|a\\s+précisé|a\\s+annoncé)\\s+${NP}\\s*[.]?$`, 'iu'),
    new RegExp(`${CAP_NP}\\s+(?:a\\s+indiqué|a\\s+annoncé|a\\s+précisé|a\\s+déclaré|estime|indique|révèle|rapporte|affirme)\\b`, 'u'),
  ],
  pronounSource: /(?<![\p{L}])(?:ils|elles|il|elle|les\s+sénateurs|le\s+rapport)\s+(?:estiment|estime|évaluent|évalue|affirment|affirme|indiquent|indique|comptent|compte|chiffrent|chiffre|rapportent)(?![\p{L}])/iu,
  titles: /^(?:(?:Sénateurs?|Sénatrices?|Président|Présidente|Ministre|M|Mme|Me|Dr|Pr|Procureure?|Général|Juge|Maire|Député|Députée|Préfet|Préfète|Directeur|Directrice|Le|La)\.?\s+)+/,
  verbAfter: /^\s+(?:ont|sont|a|est|étaient|avaient|avait|était|se\s+sont)(?![\p{L}])/iu,
  leadingArticle: /^(?:le|la|les|l['’]|un|une|des)\s*/i,
  places: COMMON_PLACES,
  demonyms: { français: 'France', française: 'France', français_: 'France', marseillais: 'Marseille', européen: 'Europe', européenne: 'Europe' },
};
