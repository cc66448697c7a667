// English figures vocabulary: topic words, periods, sources and units the claims extractor reads.

import { NP, CAP_NP, LEAD, COMMON_PLACES, type ClaimLexicon } from '../../claims/lexicon.js';

// Generic heads an author uses to refer back to the thing just described ("The facility", "Le projet").
const EN_ANAPHORIC_HEADS = [
  'facility', 'project', 'prison', 'jail', 'site', 'centre', 'center', 'building', 'complex', 'plan', 'scheme',
  'programme', 'program', 'unit', 'budget', 'law', 'bill', 'measure', 'structure', 'establishment', 'institution',
  'figure', 'number', 'total', 'service', 'force', 'squad', 'agency', 'office', 'terminal', 'port',
];

const EN_CONTINUATION = new RegExp(
  `^(?:It|They|This|These|Its|Their|(?:The|This|That|These|Those|Such\\s+a)\\s+(?:new\\s+|future\\s+)?(?:${EN_ANAPHORIC_HEADS.join('|')})s?)\\b`,
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

// Words that end a subject noun phrase when walking back from its head ("Last year the ministry").
const EN_NOT_MODIFIER = '(?!(?:last|this|next|year|month|week|in|on|at|by|since|the|a|an|and|but|so|that|which|when|while|after|before|during|for|to|of)\\s)';

const EN_SUBJECT_SOURCE = new RegExp(
  `${LEAD}(?<src>(?:(?:The|A|An|Its|Their)\\s+)?(?:${EN_NOT_MODIFIER}[\\p{L}\\p{N}'’&.-]+\\s+){0,4}?(?:${EN_SOURCE_HEADS.join('|')})(?:['’]s?\\s+office)?(?:\\s+\\(\\p{Lu}[\\p{Lu}\\d-]+\\))?)` +
    `(?:\\s+(?:published|released|issued)(?:\\s+[\\p{L}\\p{N}]+){1,3}?)?\\s+(?:has\\s+|have\\s+|had\\s+)?(?:also\\s+)?(?:${EN_REPORT_VERBS.join('|')})\\b`,
  'iu',
);

export const EN_CLAIMS: ClaimLexicon = {
  topic:
    /\b(?:drugs?|narco\w*|mules?|cocaine|cannabis|heroin|crack|ecstasy|mdma|trafficking|traffickers?|dealers?|dealing|gangs?|cartels?|mafia|organi[sz]ed\s+crime|crim\w*|murders?|homicides?|killings?|killed|died|dead|deaths?|fatalit\w+|shot|shootings?|investigators?|investigations?|gunfire|gunshots?|bullets?|gunm[ae]n|violence|violent|prisons?|prisoners?|inmates?|penitentiar\w+|jails?|custody|charged|remanded|indicted|jail\w*|police\w*|gendarm\w*|officers?|arrests?|arrested|apprehended|seiz\w+|offen[cs]es?|offenders?|attacks?|kidnapp\w+|abduct\w+|ransom|hotspots?|injured|wounded|victims?|users?|consumption|fines?|fined|customs|smuggl\w+|laundering|purity)\b/i,
  statCue:
    /\b(?:in\s+total|a\s+total\s+of|total|record(?:ed)?|registered|identified|counted|tally|toll|annual(?:ly)?|per\s+year|a\s+year|each\s+year|every\s+year|per\s+cent|rate|average|estimates?|estimated|statistics|figures|data|survey|budget|turnover|revenue|sales|market|worth|generat\w+|since|so\s+far|to\s+date|in\s+recent\s+years|nationwide|across\s+the\s+country)\b/i,
  occasionCue: /\b(?:this|that|last)\s+(?:night|evening)\b|\btonight\b|\bthe\s+same\s+(?:night|evening)\b/i,
  tallyCue: /\b(?:number|brings?\s+to|bringing\s+to|series|wave|this\s+year|last\s+year|in\s+\d{4})\b/i,
  timeUnitAfter: /^(?:[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|hrs?|mins?|decades?|centur(?:y|ies))\b|-[\p{L}]|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|h\b|o'clock)|:\d{2}\s?(?:a\.?m\.?|p\.?m\.?)?(?![\d,]))/iu,
  clockBefore: /\b\d{1,2}[:h]\s?$/iu,
  ageThresholdBefore: /\b(?:younger|older|young|old)\s+than\s+$|\bas\s+(?:young|old)\s+as\s+$|\bunder\s+the\s+age\s+of\s+$|\baged\s+(?:under|over|between)?\s*$|\bunder-?$/i,
  bareAgeBefore: /\b(?:under|over|aged)\s+$/i,
  detailAfter: /^\s+(?:\p{L}+\s+)?(?:(?:shell\s+|bullet\s+)?casings?|cartridges?|bullet\s+holes?|impacts?|inhabitants|population)(?![\p{L}])/iu,
  packagingAfter: /^\s+(?:\p{L}+\s+)?(?:packets?|packages?|parcels?|bags?|sachets?|bales?|bricks?|blocks?|slabs?|bundles?|capsules?|pellets?|wraps?|doses?\s+of\s+(?:crack|heroin))\b/iu,
  fractionBefore: /\b(?:a|one|two)\s+$/i,
  fractionAfter: /^s?\s+of\b/i,
  relativeClause: /^\s*(?:which|who|whom|whose|of\s+which|of\s+whom|including|among\s+them)\b/i,
  penaltyPartAfter: /^\s+(?:years?\s+)?(?:of\s+them\s+)?(?:suspended)\b/iu,
  streetAfter: /^\s*(?:(?:and|-)\s*\d+\s+)?(?:rue|avenue|boulevard|(?:\p{Lu}[\p{L}'-]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Square|Place))\b/u,
  distanceAfter: /^\s+(?:(?:square|nautical)\s+)?(?:kilometres?|kilometers?|km2?|km²|metres?|meters?|miles?|yards?|feet|foot|hectares?)\b/iu,
  penaltyNear: /\b(?:fines?|fined|bail|ransom|damages|compensation|bribes?|sentenced|sentence)\b/i,
  rankBefore: /\b(?:ranks?|ranked|ranking|placed|places|lies|stands|comes|is\s+now)\s+$/i,
  rankAfter: /^\s+(?:[\p{L}'’-]+\s+){0,2}?(?:deaths?|murders?|homicides?|killings?|victims?|shootings?|settling|fatalit\w+|drug-related\s+death|person\s+killed|killed|narco\w*|narcho\w*|attacks?|incidents?|episodes?|time|mules?|seizures?|arrests?|couriers?|drones?)\b/iu,
  rankSpanAfter: /^[^.;]{0,60}?\b(?:this\s+year|of\s+the\s+year|since|in\s+(?:the\s+space\s+of\s+|less\s+than\s+|just\s+|only\s+)?(?:\w+\s+){0,3}(?:hours?|days?|weeks?|months?|years?))\b/i,
  rankNounAfter: /^\s+(?:rank|place|position)\b/i,
  rankTimes: /^\s+time\b/i,
  rollingPeriod: /\b(?:(?:over|in|during)\s+the\s+(?:past|last)\s+(?:year|twelve\s+months|12\s+months)|in\s+a\s+year)\b/i,
  previousMonth: /\blast\s+month\b/i,
  sinceMonthStart: /\b(?:since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+month|so\s+far\s+this\s+month)\b/i,
  sinceYearStart: /\bsince\s+(?:the\s+(?:beginning|start)\s+of\s+the\s+year|january|1\s+january|january\s+1)\b/i,
  qualifierBefore: /\b(?:over|on|(?:more|less|fewer)\s+than)\s+$/i,
  perYear: /\b(?:a|per|each|every)\s+(?:year|month|week|day)\b|\bannually\b|\byearly\b|\bmonthly\b/i,
  comparedWith: /\b(?:compared\s+(?:with|to)|than(?:\s+in)?|versus|vs\.?|up\s+from|down\s+from|on|over)\s+(?:the\s+same\s+period\s+(?:of|in)\s+|the\s+)?$|\b(?:highest|lowest|worst|best|biggest|largest|most|fewest|record)\b[^,.;]{0,40}\bsince\s+$/i,
  thisYear: /\b(?:so\s+far\s+this\s+year|this\s+year|of\s+the\s+year|year\s+to\s+date|since\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year)\b/i,
  samePeriod: /\b(?:in|over|during)\s+(?:the\s+same|this|that)\s+period\b/i,
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
  eventCount: /\b(?:lost\s+their\s+lives|killed|killings?|dead|deaths?|died|murders?|homicides?|shootings?|shot|wounded|injured|victims?|attacks?|arrest\w*|detained|custody|charged|convicted|sentenced|seiz\w*|seized|tonnes?|kg|kilos?|dismantled|offences?|offenses?|cases?|incidents?|indicted|remanded|jailed|imprisoned|deployed|mobili[sz]ed|narco\w*|raids?|operations?)\b/i,
  caseCue: /\b(?:case|investigation|inquiry|probe|trial|this\s+operation|the\s+operation)\b/i,
  places: [...COMMON_PLACES, 'Lyons', 'Marseilles', 'Corsica', 'Mediterranean'],
  demonyms: { french: 'France', belgian: 'Belgium', dutch: 'Netherlands', spanish: 'Spain', colombian: 'Colombia', moroccan: 'Morocco' },

  deictic: /\bthis\b/i,
  tellingBefore: /\b(?:said|says|told|tells|announced|pointed\s+out|noted|added|stated|declared|reported|revealed|explained|indicated|confirmed|warned|stressed)\s+(?:\S+\s+){0,3}?(?:on\s+)?$/i,
  asOfBefore: /\b(?:as\s+of|as\s+at|at\s+the\s+end\s+of)\s+$/i,
  // (A bare "By April 2025, 65 attacks had been recorded" is April's count: only a month's middle or end runs from January.)
  asOfMonthBefore: /\b(?:by|as\s+of|as\s+at|until|up\s+to)\s+(?:mid|late|the\s+(?:end|middle)\s+of)[-\s]+$/i,
  documentYearAfter: /^\s+(?:annual\s+)?(?:report|edition|survey|study|budget|law|act|plan|election|olympics|games|world\s+cup)\b/i,
  documentYearBefore: /\b(?:report|edition|survey|budget|law|act|plan)\s+(?:of\s+)?$/i,
  dayRangeBefore: /\b(?:between|from)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|to)\s+(?:the\s+)?$/i,
  dayRangeOpen: /\bbetween\s+(?:the\s+)?$/i,
  dayRangeJoin: /^\s*,?\s*and\s+(?:the\s+)?$/i,
  sinceBefore: /\bsince\s+(?:the\s+)?$/i,
  birthBefore: /\bborn\s+(?:in|on|between)\s+(?:the\s+)?$/i,
  anaphoricYear: /\b(?:that\s+year|the\s+same\s+year)\b/i,
  firstMonths: /\bthe\s+first\s+(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months(?:\s+of\s+(?:the\s+year|this\s+year|(?<year>(?:19|20)\d{2})))?/i,
  firstHalf: /\bthe\s+first\s+half\s+of\s+(?:the\s+year|this\s+year|(?<year>(?:19|20)\d{2}))/i,
  quarter: /\b(?:the\s+(?<q>first|second|third|fourth|last)\s+quarter(?:\s+of\s+(?:the\s+year|this\s+year|(?<year>(?:19|20)\d{2})))?)|\bQ(?<q2>[1-4])\s+(?<year2>(?:19|20)\d{2})\b/i,
  quarterNumbers: { first: 1, second: 2, third: 3, fourth: 4, last: 4 },
  window: /\b(?:in|within|over|during)\s+(?:less\s+than\s+|under\s+|the\s+space\s+of\s+|just\s+|only\s+|barely\s+|the\s+(?:past|last|previous)\s+)?(?:(?<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|forty-eight)\s+)?(?<unit>hours|days?|nights?|weeks?|months?|years|decades?)\b/i,
  windowLast: /\b(?:past|last|previous)\b/i,
  windowUnits: { hours: 'hour', day: 'day', days: 'day', night: 'night', nights: 'night', week: 'week', weeks: 'week', month: 'month', months: 'month', years: 'year', decade: 'decade', decades: 'decade' },
  rangeTail: /\s(?:to|through|until|and|-)\s/i,
  contrast: /,?\s*\b(?:though|although|while|whereas|but|compared\s+(?:with|to)|against|versus|up\s+from|down\s+from)\b/gi,

  rangeBefore: /\bbetween\s+$/i,
  rangeJoin: /^\s*(?:and|-|–)\s*$/i,
  agesBefore: /\baged\s+(?:between\s+)?(?:\d{1,2}\s+(?:and|to|or)\s+)?$/i,
  substance: /\b(?:cocaine|crack|cannabis(?:\s+resin)?|hashish|resin|marijuana|heroin|mdma|ecstasy|amphetamines?|methamphetamines?|synthetic\s+drugs|drugs)\b/i,
  substanceLinker: () => 'of ',
  ageWord: /\b(?:in\s+(?:his|her|their)\s+)\S+$/i,
  valuedAt: /\s(?:is|was|are|were|has\s+been|have\s+been)\s+(?:valued|estimated|put)\b|\s(?:valued|put)\s+at\b/i,
  moneyLeadTail: /(?:\s+(?:of|at|about|around|approximately|some|over|nearly|almost|more\s+than|up\s+to|is|was|are|were|valued|estimated|worth|put))*\s*$/i,
  lastNounPhrase: /(?:^|\s)(?:an?|the|its|their|this|that)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s*$/iu,
  comparisonStart: /^\s*(?:compared|on\s+the|over\s+the|than|versus|vs\.?|from)\b/i,
  kindLabels: { count: 'count', share: 'share', change: 'change', money: 'amount', quantity: 'quantity', index: 'index' },
  totalBefore: /\b(?:a\s+total\s+of|in\s+total,?|altogether,?)\s+$/i,
  rateAfter: /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:per|for\s+every)\s+(?:1|10|100|1,?000|10,?000|100,?000|thousand|million)(?:\s+(?:inhabitants|people|residents|population|adults))?(?![\p{L}\p{N}])/iu,
  rateBaseBefore: /\b(?:per|for\s+every)\s*$/i,
  partOf: /\b(?:including|among\s+them|of\s+whom|of\s+which)\s+(?:some\s+|about\s+|nearly\s+|at\s+least\s+)?$/i,
  numberOf: /\bthe\s+number\s+of\s+([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5})/iu,
  multiplierBefore: /\b(?:divided|multiplied)\s+by\s+(?:more\s+than\s+|almost\s+|nearly\s+|about\s+)?$|(?<![\p{L}])x\s?$/iu,
  multiplierAfter: /^\s*(?:times\b|-?fold\b)/i,
  changeBefore: /(?:\b(?:increase|rise|jump|surge|growth|drop|fall|decline|decrease|(?<!made\s|make\s|makes\s|making\s)up|down|increased|rose|risen|grew|grown|jumped|surged|soared|fell|fallen|dropped|declined|decreased)\s+(?:of\s+|by\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?|[+−–-]\s?)$/i,
  changeAfter: /^\s*(?:increase|rise|jump|surge|drop|fall|decline|decrease|more|less|fewer|up|down)\b/i,
  changeVerb: /\s(?:has\s+|have\s+|had\s+)?(?:increased|rose|risen|grew|grown|jumped|surged|soared|fell|fallen|dropped|declined|decreased|went\s+(?:up|down))\b/i,
  fallWords: /\b(?:drop|fall|decline|decrease|down|fell|fallen|dropped|declined|decreased|less|fewer)\b|[−–-]\s?$/i,
  riseLabel: 'rise in',
  fallLabel: 'fall in',

  subsetCue: /\b(?:including|of\s+(?:which|whom)|among\s+(?:them|which|whom))\b/iu,
  comparisonSetBefore: /\b(?:highest|lowest|largest|biggest|worst|best|most\s+\w+|least\s+\w+)\s+(?:\w+\s+){0,2}(?:in|of)\s+(?:the\s+)?$/i,
  nationalCue: /\b(?:in\s+France|nationwide|nationally|across\s+(?:the\s+country|France)|at\s+(?:the\s+)?national\s+level|throughout\s+France|national\s+average|countrywide|in\s+the\s+(?:whole\s+)?country(?:\s+as\s+a\s+whole)?|OFDT|OFAST)\b/i,
  areaAnaphor: {
    departement: /\b(?:in|across|throughout)\s+(?:the|this)\s+(?:whole\s+)?(?:department|département)\b/i,
    region: /\b(?:in|across|throughout)\s+(?:the|this)\s+(?:whole\s+)?region\b/i,
  },
  nationalSource: /\b(?:(?:French\s+)?(?:interior|justice)\s+(?:ministry|minister)|ministry\s+of\s+(?:the\s+)?(?:interior|justice)|Ofast|OFAST|anti-?narcotics\s+office|anti-?drug\s+office|SSMSI|national\s+police|French\s+customs|customs\s+service)\b/,
  locativeBefore: /\b(?:in|at|across|throughout|within|near|(?:town|city|village)\s+of)\s+(?:the\s+)?$/i,
  officeBefore: /\b(?:prefect|prosecutor|mayor|police\s+chief|court|judge|MP|deputy|senator|according\s+to|told|born\s+in|native\s+of|from)\s+(?:of\s+)?(?:the\s+)?$/i,
  officeAfter: /^(?:['’]s)?\s+(?:public\s+)?(?:prosecutor|prosecution|police\s+(?:prefect|chief)|prefect|mayor|city\s+hall|court|judge|daily|newspaper)/i,
  areas: { 'Antilles-Guyane': 'Antilles-Guyane', Antilles: 'Antilles', 'French Antilles': 'Antilles', 'French West Indies': 'Antilles', 'French Caribbean': 'Antilles', 'French overseas territories': 'Outre-mer' },
  townEpithets: {
    "France's second city": 'Marseille', "France's second-largest city": 'Marseille', "France's second largest city": 'Marseille',
    "France's second biggest city": 'Marseille', 'second city of France': 'Marseille', 'second-largest city in France': 'Marseille',
    'second largest city in France': 'Marseille', 'the City of Light': 'Paris',
  },
  neighbourBefore: /\b(?:bordering|neighbouring|neighboring|next\s+to|adjacent\s+to)\s+(?:the\s+)?$/i,
  districtBefore: /\b(?:district|estate|neighbou?rhood|quarter|housing\s+estate)\s+$/i,
  districtAfter: /^\s+(?:district|estate|neighbou?rhood|quarter|housing\s+estate)\b|^,\s+(?:a|the)\s+(?:\w+\s+)?(?:district|estate|neighbou?rhood|quarter)\b/i,
  epithetBefore: /\b(?:city|town|port|metropolis|capital)\s+(?:in|of)\s+(?:the\s+)?(?:south|north|east|west|south-east|south-west|north-east|north-west|southern|northern|eastern|western|south-eastern|south-western|north-eastern|north-western)(?:\s+of)?\s+$|\b(?:city|town|port|metropolis)\s+in\s+$/i,
  epithetAfter: /^['’]s\s+(?:\p{L}+\s+){0,3}?(?:city|town|port|metropolis|capital)\b/iu,
};
