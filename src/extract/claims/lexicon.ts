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
  /** "were under 20.": a bare number after these, with no noun, is an age threshold. */
  bareAgeBefore: RegExp;
  /** Packaging units after a count ("8 500 pains", "1,200 packets"): one seizure's detail, not a statistic. */
  packagingAfter: RegExp;
  /** "a third of the victims": an ordinal word read as a fraction, not a rank (text before, text after). */
  fractionBefore: RegExp;
  fractionAfter: RegExp;
  /** A clause opening on a relative pronoun ("…, which recorded 139"): it shares its sentence's period. */
  relativeClause: RegExp;
  /** Court penalties and ransoms: money belonging to one case, not a statistic. */
  penaltyNear: RegExp;
  /** Ordinals that state a rank: "ranks 7th", "the 43rd death", "le 49e narchomicide". */
  rankBefore: RegExp;
  rankAfter: RegExp;
  /** Rolling periods ("over the past year") → label; "since the start of the year" → anchored year. */
  rollingPeriod: RegExp;
  sinceYearStart: RegExp;
  /** Words before a date a figure is compared with ("compared with 2023"): that date is not the figure's period. */
  comparedWith: RegExp;
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
  /** Adjective → country ("French" → France). */
  demonyms: Record<string, string>;
}

const NP = "(?<src>(?:the\\s+|l['’]|le\\s+|la\\s+|les\\s+)?[\\p{L}\\p{N}'’.&-]+(?:\\s+[\\p{L}\\p{N}'’().&-]+){0,9}?)";
const CAP_NP = "(?<src>(?:The\\s+)?\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:of\\s+|for\\s+|and\\s+|on\\s+)?\\p{Lu}[\\p{L}'’.&-]*){0,6})";

// Generic heads an author uses to refer back to the thing just described ("The facility", "Le projet").
const EN_ANAPHORIC_HEADS = [
  'facility', 'project', 'prison', 'jail', 'site', 'centre', 'center', 'building', 'complex', 'plan', 'scheme',
  'programme', 'program', 'unit', 'budget', 'law', 'bill', 'measure', 'structure', 'establishment', 'institution',
  'figure', 'number', 'total', 'service', 'force', 'squad', 'agency', 'office', 'terminal', 'port',
];
const FR_ANAPHORIC_HEADS = [
  'projet', 'site', 'centre', 'bâtiment', 'complexe', 'plan', 'programme', 'dispositif', 'budget', 'chantier',
  'texte', 'établissement', 'équipement', 'ouvrage', 'service', 'office', 'parquet', 'chiffre', 'nombre', 'total',
  'structure', 'prison', 'loi', 'mesure', 'unité', 'brigade', 'agence', 'juridiction', 'réforme', 'enveloppe',
];
const EN_CONTINUATION = new RegExp(
  `^(?:It|They|This|These|Its|Their|(?:The|This|That|These|Those|Such\\s+a)\\s+(?:new\\s+|future\\s+)?(?:${EN_ANAPHORIC_HEADS.join('|')})s?)\\b`,
  'u',
);
const FR_CONTINUATION = new RegExp(
  `^(?:Il|Elle|Ils|Elles|Celui-ci|Celle-ci|Ceux-ci|Celles-ci|Son|Sa|Ses|Leur|Leurs|(?:Le|La|L['’]|Les|Ce|Cet|Cette|Ces)\\s*(?:nouv\\p{L}+\\s+|futur\\p{L}*\\s+)?(?:${FR_ANAPHORIC_HEADS.join('|')})s?)(?![\\p{L}])`,
  'u',
);

// Who states figures: heads of a subject noun phrase that is a source rather than an actor.
const EN_SOURCE_HEADS = [
  'ministry', 'ministries', 'minister', 'office', 'prosecutors?', 'police', 'gendarmerie', 'customs', 'observatory',
  'agency', 'senate', 'report', 'study', 'survey', 'court', 'government', 'authorities', 'commission', 'committee',
  'union', 'association', 'institute', 'department', 'inquiry', 'investigators', 'officials', 'data', 'statistics',
  'figures', 'centre', 'center', 'watchdog', 'service', 'prefecture', 'mayor', 'experts?', 'researchers?',
];
const EN_REPORT_VERBS = [
  'counted', 'recorded', 'registered', 'identified', 'tallied', 'listed', 'logged', 'said', 'says', 'reported',
  'reports', 'estimated', 'estimates', 'found', 'finds', 'noted', 'notes', 'showed', 'shows', 'revealed', 'reveals',
  'stated', 'announced', 'told', 'warned', 'calculated', 'puts?\\s+the\\s+(?:number|figure|toll)',
];
const FR_SOURCE_HEADS = [
  'ministère', 'ministre', 'parquet', 'procureure?', 'préfecture', 'préfet', 'préfète', 'police', 'gendarmerie',
  'douanes?', 'office', 'observatoire', 'rapport', 'étude', 'enquête', 'association', 'syndicat', 'commission',
  'cour', 'tribunal', 'sénat', 'gouvernement', 'mairie', 'maire', 'direction', 'fédération', 'confédération', 'collectif', 'conseil', 'union', 'service', 'agence', 'institut',
  'chiffres', 'données', 'statistiques', 'experts?', 'chercheurs?',
];
const FR_REPORT_VERBS = [
  'rappel\\p{L}*', 'soulign\\p{L}*', 'indiqu\\p{L}*', 'précis\\p{L}*', 'déclar\\p{L}*', 'affirm\\p{L}*',
  'estim\\p{L}*', 'recens\\p{L}*', 'comptabilis\\p{L}*', 'dénombr\\p{L}*', 'relev\\p{L}*', 'annonc\\p{L}*',
  'révél\\p{L}*', 'not[ée]\\p{L}*', 'expliqu\\p{L}*', 'chiffr\\p{L}*', 'évalu\\p{L}*', 'compt(?:e|ent|é)', 'fait\\s+état',
];
// A leading frame before the subject: "In 2024, the ministry counted…", "En 2023, le parquet a recensé…".
const LEAD = '^(?:[^,]{0,40},\\s*|(?:last|this|next|that)\\s+(?:year|month|week)\\s+|in\\s+\\d{4}\\s+)?';
// Words that end a subject noun phrase when walking back from its head ("Last year the ministry").
const EN_NOT_MODIFIER = '(?!(?:last|this|next|year|month|week|in|on|at|by|since|the|a|an|and|but|so|that|which|when|while|after|before|during|for|to|of)\\s)';
const EN_SUBJECT_SOURCE = new RegExp(
  `${LEAD}(?<src>(?:(?:The|A|An|Its|Their)\\s+)?(?:${EN_NOT_MODIFIER}[\\p{L}\\p{N}'’&.-]+\\s+){0,4}?(?:${EN_SOURCE_HEADS.join('|')})(?:['’]s?\\s+office)?(?:\\s+\\(\\p{Lu}[\\p{Lu}\\d-]+\\))?)` +
    `(?:\\s+(?:published|released|issued)(?:\\s+[\\p{L}\\p{N}]+){1,3}?)?\\s+(?:has\\s+|have\\s+|had\\s+)?(?:also\\s+)?(?:${EN_REPORT_VERBS.join('|')})\\b`,
  'iu',
);
const FR_SUBJECT_SOURCE = new RegExp(
  `${LEAD}(?:L['’]|Le\\s+|La\\s+|Les\\s+|Un\\s+|Une\\s+)?(?<src>(?:${FR_SOURCE_HEADS.join('|')})(?:\\s+(?:de\\s+la\\s+|de\\s+l['’]|des\\s+|du\\s+|de\\s+|d['’])?[\\p{L}\\p{N}'’-]+){0,5}?(?:\\s+\\(\\p{Lu}[\\p{Lu}\\d-]+\\))?)` +
    `\\s+(?:(?:a|ont|avait|avaient)\\s+(?:[^,.;]{0,60}?\\s+et\\s+(?:a\\s+|ont\\s+)?)?)?(?:aussi\\s+|également\\s+|encore\\s+)?(?:${FR_REPORT_VERBS.join('|')})(?![\\p{L}])`,
  'iu',
);

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
  bareAgeBefore: /\b(?:under|over|aged)\s+$/i,
  packagingAfter: /^\s+(?:\p{L}+\s+)?(?:packets?|packages?|parcels?|bags?|sachets?|bales?|bricks?|blocks?|slabs?|bundles?|capsules?|pellets?|wraps?|doses?\s+of\s+(?:crack|heroin))\b/iu,
  fractionBefore: /\b(?:a|one|two)\s+$/i,
  fractionAfter: /^s?\s+of\b/i,
  relativeClause: /^\s*(?:which|who|whom|whose|of\s+which|of\s+whom|including|among\s+them)\b/i,
  penaltyNear: /\b(?:fines?|fined|bail|ransom|damages|compensation|bribes?|sentenced|sentence)\b/i,
  rankBefore: /\b(?:ranks?|ranked|ranking|placed|places|lies|stands|comes|is\s+now)\s+$/i,
  rankAfter: /^\s+(?:\p{L}+\s+){0,2}?(?:deaths?|murders?|homicides?|killings?|victims?|shootings?|settling|fatalit\w+|drug-related\s+death|person\s+killed|killed)\b/iu,
  rollingPeriod: /\b(?:(?:over|in|during)\s+the\s+(?:past|last)\s+(?:year|twelve\s+months|12\s+months)|in\s+a\s+year)\b/i,
  sinceYearStart: /\bsince\s+(?:the\s+(?:beginning|start)\s+of\s+the\s+year|january|1\s+january|january\s+1)\b/i,
  perYear: /\b(?:a|per|each|every)\s+year\b|\bannually\b|\byearly\b/i,
  comparedWith: /\b(?:compared\s+(?:with|to)|than(?:\s+in)?|versus|vs\.?|up\s+from|down\s+from|on|over)\s+(?:the\s+same\s+period\s+(?:of|in)\s+)?$/i,
  thisYear: /\b(?:so\s+far\s+this\s+year|this\s+year|of\s+the\s+year|year\s+to\s+date|since\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year)\b/i,
  samePeriod: /\b(?:in|over|during)\s+the\s+same\s+period\b/i,
  previousYear: /\b(?:the\s+(?:year|twelve\s+months)\s+before|the\s+previous\s+year|the\s+preceding\s+year|a\s+year\s+earlier|the\s+year\s+prior)\b/i,
  yearSpan: /\b(?:between|from)\s+((?:19|20)\d{2})\s+(?:and|to)\s+((?:19|20)\d{2})\b/i,
  presentTime: /\b(?:now|currently|at\s+present)\b/i,
  framePrefix: /^(?:in|by|since|as\s+of|during|throughout|for|until|at\s+the\s+end\s+of|over)?\s*$/i,
  continuation: EN_CONTINUATION,
  attribution: [
    new RegExp(`\\b(?:according\\s+to|citing|cited\\s+by|data\\s+(?:from|by)|figures\\s+(?:from|by)|statistics\\s+(?:from|by)|a\\s+(?:report|study|survey)\\s+(?:from|by))\\s+${NP}(?=\\s*(?:[,.;:]|$|\\s(?:that|which|who|indicates?|shows?|showed|found|reveals?|revealed|suggests?)\\b))`, 'iu'),
    new RegExp(`${CAP_NP}\\s+(?:told|said|says|reports|reported|estimates|estimated|indicates|indicated|showed|shows|found|revealed|reveals|announced|stated|noted|warned|counted|recorded|registered|tallied)\\b`, 'u'),
    new RegExp(`,\\s*(?:said|says|reports|reported|according\\s+to|told)\\s+${NP}\\s*[.]?$`, 'iu'),
    // "…, the prosecutor's office said." (subject before the verb, at the end).
    new RegExp(`,\\s*${NP}\\s+(?:said|says|reported|reports|added|estimated|estimates|noted|told\\s+\\S+)\\s*[.]?$`, 'iu'),
  ],
  subjectSource: EN_SUBJECT_SOURCE,
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
  // "moins de 18 ans" is already a duration ("ans" follows); "plus de 3 000 points de deal" is a count.
  ageThresholdBefore: /\bâgée?s?\s+(?:de\s+)?(?:moins\s+de\s+|plus\s+de\s+)?$|\bdès\s+$/iu,
  bareAgeBefore: /(?:moins|plus)\s+de\s+$/iu,
  packagingAfter: /^\s+(?:\p{L}+\s+)?(?:pains?|paquets?|sachets?|ballots?|colis|plaquettes?|savonnettes?|pochons?|boulettes?|briques?|blocs?|sacs?|capsules?|ovules?)(?![\p{L}])/iu,
  // French fractions ("un tiers", "un quart") are not ordinals: nothing to undo.
  fractionBefore: /(?!)/,
  fractionAfter: /(?!)/,
  relativeClause: /^\s*(?:qui|dont|lesquel\p{L}*|parmi\s+lesquel\p{L}*)(?![\p{L}])/iu,
  penaltyNear: /(?<![\p{L}])(?:amendes?|caution|rançon|dommages|condamnée?s?|peine|requis|pots-de-vin)(?![\p{L}])/iu,
  rankBefore: /(?:se\s+classe|classée?|au|se\s+place|occupe\s+la|est\s+la|est\s+le)\s+$/iu,
  rankAfter: /^\s+(?:\p{L}+\s+){0,2}?(?:morts?|décès|meurtres?|homicides?|assassinats?|victimes?|narchomicides?|règlements?|fusillades?|personnes?\s+tuées?|tués?)(?![\p{L}])/iu,
  rollingPeriod: /(?<![\p{L}])(?:(?:au\s+cours\s+de|sur|durant|pendant)\s+(?:l['’]année\s+écoulée|les\s+douze\s+derniers\s+mois|les\s+12\s+derniers\s+mois|un\s+an)|en\s+un\s+an)(?![\p{L}])/iu,
  sinceYearStart: /(?<![\p{L}])depuis\s+(?:le\s+(?:début|1er\s+janvier)\s+(?:de\s+l['’]année)?|janvier)(?![\p{L}])/iu,
  perYear: /(?<![\p{L}])(?:par\s+an|chaque\s+année|par\s+année|annuel|annuelle|annuellement)(?![\p{L}])/iu,
  comparedWith: /(?<![\p{L}])(?:par\s+rapport\s+à|comparé\s+à|comparativement\s+à|qu['’]en|que\s+l['’]an|contre|vs\.?|sur\s+un\s+an|face\s+à)\s+(?:la\s+même\s+période\s+(?:de|en)\s+)?(?:l['’]année\s+)?$/iu,
  thisYear: /(?<![\p{L}])(?:de\s+l['’]année|cette\s+année|depuis\s+le\s+début\s+de\s+l['’]année|depuis\s+janvier|depuis\s+le\s+1er\s+janvier)(?![\p{L}])/iu,
  samePeriod: /(?<![\p{L}])(?:sur|durant|pendant|au\s+cours\s+de)\s+la\s+même\s+période(?![\p{L}])/iu,
  previousYear: /(?<![\p{L}])(?:l['’]année\s+(?:précédente|d['’]avant)|un\s+an\s+(?:plus\s+tôt|auparavant))(?![\p{L}])/iu,
  yearSpan: /(?<![\p{L}])(?:entre|de)\s+((?:19|20)\d{2})\s+(?:et|à)\s+((?:19|20)\d{2})(?![\p{N}])/iu,
  presentTime: /(?<![\p{L}])(?:actuellement|désormais|aujourd['’]hui|en\s+ce\s+moment)(?![\p{L}])/iu,
  framePrefix: /^(?:en|depuis|au\s+cours\s+de|pour|fin|début|à\s+la\s+fin\s+de|jusqu['’]en|sur|durant|pendant)?\s*(?:l['’]année\s+)?$/iu,
  continuation: FR_CONTINUATION,
  attribution: [
    new RegExp(`(?<![\\p{L}])(?:selon|d['’]après|de\\s+source|citant|les\\s+(?:chiffres|données)\\s+(?:de|du|des))\\s+${NP}(?=\\s*(?:[,.;:]|$|\\s(?:qui|que|montrent|indiquent)\\b))`, 'iu'),
    new RegExp(`,\\s*(?:estime|estiment|indique|indiquent|précise|précisent|affirme|affirment|souligne|rapporte|révèle|relève|note|assure|explique|ajoute|déclare|selon|a\\s+indiqué|a\\s+précisé|a\\s+annoncé|a\\s+rappelé|a\\s+souligné|rappelle|a\\s+affirmé|a\\s+déclaré|a\\s+estimé|a\\s+expliqué|a\\s+relevé)\\s+${NP}\\s*[.]?$`, 'iu'),
    new RegExp(`${CAP_NP}\\s+(?:a\\s+indiqué|a\\s+annoncé|a\\s+précisé|a\\s+déclaré|a\\s+rappelé|a\\s+souligné|a\\s+recensé|a\\s+comptabilisé|estime|indique|révèle|rapporte|affirme|rappelle|souligne|dénombre|recense|comptabilise)(?![\\p{L}])`, 'u'),
  ],
  subjectSource: FR_SUBJECT_SOURCE,
  pronounSource: /(?<![\p{L}])(?:ils|elles|il|elle|les\s+sénateurs|le\s+rapport)\s+(?:estiment|estime|évaluent|évalue|affirment|affirme|indiquent|indique|comptent|compte|chiffrent|chiffre|rapportent)(?![\p{L}])/iu,
  titles: /^(?:(?:Sénateurs?|Sénatrices?|Président|Présidente|Ministre|M|Mme|Me|Dr|Pr|Procureure?|Général|Juge|Maire|Député|Députée|Préfet|Préfète|Directeur|Directrice|Le|La)\.?\s+)+/,
  verbAfter: /^\s+(?:ont|sont|a|est|étaient|avaient|avait|était|se\s+sont)(?![\p{L}])/iu,
  leadingArticle: /^(?:le|la|les|l['’]|un|une|des)\s*/i,
  places: COMMON_PLACES,
  demonyms: { français: 'France', française: 'France', français_: 'France', marseillais: 'Marseille', européen: 'Europe', européenne: 'Europe' },
};
