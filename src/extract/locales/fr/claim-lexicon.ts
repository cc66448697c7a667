// French figures vocabulary: topic words, periods, sources and units the claims extractor reads.

import { NP, CAP_NP, LEAD, COMMON_PLACES, type ClaimLexicon } from '../../claims/lexicon.js';

const FR_ANAPHORIC_HEADS = [
  'projet', 'site', 'centre', 'bâtiment', 'complexe', 'plan', 'programme', 'dispositif', 'budget', 'chantier',
  'texte', 'établissement', 'équipement', 'ouvrage', 'service', 'office', 'parquet', 'chiffre', 'nombre', 'total',
  'structure', 'prison', 'loi', 'mesure', 'unité', 'brigade', 'agence', 'juridiction', 'réforme', 'enveloppe',
];

const FR_CONTINUATION = new RegExp(
  `^(?:Il|Elle|Ils|Elles|Celui-ci|Celle-ci|Ceux-ci|Celles-ci|Son|Sa|Ses|Leur|Leurs|(?:Le|La|L['’]|Les|Ce|Cet|Cette|Ces)\\s*(?:nouv\\p{L}+\\s+|futur\\p{L}*\\s+)?(?:${FR_ANAPHORIC_HEADS.join('|')})s?)(?![\\p{L}])`,
  'u',
);

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

const FR_SUBJECT_SOURCE = new RegExp(
  `${LEAD}(?:L['’]|Le\\s+|La\\s+|Les\\s+|Un\\s+|Une\\s+)?(?<src>(?:${FR_SOURCE_HEADS.join('|')})(?:\\s+(?:de\\s+la\\s+|de\\s+l['’]|des\\s+|du\\s+|de\\s+|d['’])?[\\p{L}\\p{N}'’-]+){0,5}?(?:\\s+\\(\\p{Lu}[\\p{Lu}\\d-]+\\))?)` +
    `\\s+(?:(?:a|ont|avait|avaient)\\s+(?:[^,.;]{0,60}?\\s+et\\s+(?:a\\s+|ont\\s+)?)?)?(?:aussi\\s+|également\\s+|encore\\s+)?(?:${FR_REPORT_VERBS.join('|')})(?![\\p{L}])`,
  'iu',
);

/** A town's demonym in its four forms ("lyonnais", "lyonnaise", "lyonnaises"; "parisien", "parisienne", "parisiens", "parisiennes"). */
function townDemonyms(base: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [m, town] of Object.entries(base)) {
    const feminine = /(?:ien|éen)$/u.test(m) ? `${m}ne` : /(?:in|ain)$/u.test(m) ? `${m}e` : /eau$/u.test(m) ? m.replace(/eau$/u, 'elle') : `${m}e`;
    for (const form of [m, feminine, m.endsWith('s') ? m : `${m}s`, `${feminine}s`]) out[form] = town;
  }
  return out;
}

export const FR_CLAIMS: ClaimLexicon = {
  topic:
    /(?<![\p{L}])(?:drogues?|stupéfiants?|mules?|passeurs?|douan\p{L}*|narco\p{L}*|cocaïne|cannabis|résine|herbe|héroïne|crack|ecstasy|mdma|trafics?|trafiquants?|dealers?|deal|points?\s+de\s+deal|gangs?|cartels?|mafia\p{L}*|crim\p{L}*|délinquan\p{L}*|meurtres?|homicides?|assassinats?|narchomicides?|règlements?\s+de\s+comptes?|tués?|tuées?|morts?|décès|abattus?|fusillades?|tirs?|tirée?s?|coups?\s+de\s+feu|balles?|violences?|prisons?|détenus?|pénitentiaire\p{L}*|polic\p{L}*|gendarm\p{L}*|interpell\p{L}*|arrest\p{L}*|saisi\p{L}*|infractions?|attaques?|enlèvements?|séquestrations?|rançons?|blessés?|victimes?|consommat\p{L}*|usagers?|déférés?|déférées?|mise?s?\s+en\s+examen|enquêteurs?|enquêtes?|écroué\p{L}*|incarcér\p{L}*|condamn\p{L}*|comparutions?|mandats?\s+de\s+dépôt|gardes?\s+à\s+vues?|amendes?|douane\p{L}*|blanchiment|réseaux?|pureté)(?![\p{L}])/iu,
  statCue:
    /(?<![\p{L}])(?:au\s+total|en\s+tout|total|record|recensé\p{L}*|enregistré\p{L}*|comptabilisé\p{L}*|dénombré\p{L}*|bilan|par\s+an|chaque\s+année|annuel\p{L}*|taux|moyenne|estim\p{L}*|statistiques?|chiffres?|données|enquête|budget|chiffre\s+d['’]affaires|génère|représente|depuis|à\s+ce\s+jour|ces\s+dernières\s+années|sur\s+l['’]ensemble\s+du\s+territoire)(?![\p{L}])/iu,
  occasionCue: /(?<![\p{L}])(?:cette\s+nuit|ce\s+soir|la\s+nuit\s+dernière|la\s+même\s+nuit|la\s+même\s+soirée|cette\s+soirée)(?![\p{L}])/iu,
  tallyCue: /(?<![\p{L}])(?:nombre|porte\s+à|portant\s+à|portent\s+à|série|vague|on\s+compte|on\s+comptait|comptait|cette\s+année|l['’]an\s+dernier|en\s+\d{4})(?![\p{L}])/iu,
  timeUnitAfter: /^(?:(?:\s+d['’]|\s+de\s+|\s+)(?:ans?|années?|mois|semaines?|jours?|heures?|minutes?|secondes?|décennies?|siècles?)(?![\p{L}])|-[\p{L}]|\s?h(?![\p{L}])|\s?h\d{2})/iu,
  clockBefore: /\b\d{1,2}\s?[h:]\s?$/iu,
  // "moins de 18 ans" is already a duration ("ans" follows); "plus de 3 000 points de deal" is a count.
  ageThresholdBefore: /(?<![\p{L}])âgée?s?\s+(?:de\s+)?(?:moins\s+de\s+|plus\s+de\s+)?$|(?<![\p{L}])dès\s+$/iu,
  bareAgeBefore: /(?:moins|plus)\s+de\s+$/iu,
  detailAfter: /^\s+(?:\p{L}+\s+)?(?:douilles?|étuis|impacts?|habitants|âmes)(?![\p{L}])/iu,
  packagingAfter: /^\s+(?:\p{L}+\s+)?(?:pains?|paquets?|sachets?|ballots?|colis|plaquettes?|savonnettes?|pochons?|boulettes?|briques?|blocs?|sacs?|capsules?|ovules?)(?![\p{L}])/iu,
  // French fractions ("un tiers", "un quart") are not ordinals: nothing to undo.
  fractionBefore: /(?!)/,
  fractionAfter: /(?!)/,
  relativeClause: /^\s*(?:qui|dont|lesquel\p{L}*|parmi\s+lesquel\p{L}*)(?![\p{L}])/iu,
  penaltyPartAfter: /^\s+(?:ans?\s+)?(?:avec\s+sursis|fermes?)(?![\p{L}])/iu,
  streetAfter: /^\s*(?:(?:bis|ter)\s+)?(?:(?:et|-)\s*\d+\s+)?(?:de\s+l['’]|du\s+|de\s+la\s+)?(?:rue|avenue|av\.|boulevard|bd|chemin|allée|impasse|place|route|quai|cours|square|traverse|montée|résidence)(?![\p{L}])/iu,
  distanceAfter: /^\s+(?:de\s+|d['’])?(?:kilomètres?|km2?|km²|mètres?(?:\s+carrés)?|m2|m²|hectares?|milles?\s+nautiques?|milles?)(?![\p{L}])/iu,
  penaltyNear: /(?<![\p{L}])(?:amendes?|caution|rançon|dommages|condamnée?s?|peine|requis|pots-de-vin)(?![\p{L}])/iu,
  // ("au 3e étage", "au 2e tour": "au" alone is no ranking; "au 3e rang" is read by rankAfter.)
  rankBefore: /(?:se\s+classe|classée?|se\s+place|occupe\s+la|est\s+la|est\s+le)\s+$/iu,
  rankAfter: /^\s+(?:rang\b|(?:[\p{L}'’-]+\s+){0,2}?(?:morts?|décès|meurtres?|homicides?|assassinats?|victimes?|narchomicides?|narco\p{L}*|narcho\p{L}*|règlements?|fusillades?|attaques?|incidents?|épisodes?|faits|fois|agressions?|personnes?\s+tuées?|tués?|mules?|saisies?|interpellations?|passeurs?|drones?|projections?))(?![\p{L}])/iu,
  rankSpanAfter: /^[^.;]{0,60}?(?<![\p{L}])(?:de\s+l['’]année|depuis|cette\s+année|du\s+mois|de\s+la\s+semaine|en\s+(?:l['’]espace\s+d['’]|l['’]espace\s+de\s+|moins\s+d['’]|moins\s+de\s+|seulement\s+)?(?:\p{L}+\s+){0,3}(?:heures?|jours?|semaines?|mois|ans?|années?))(?![\p{L}])/iu,
  rankNounAfter: /^\s+rang(?![\p{L}])/iu,
  rankTimes: /^\s+fois(?![\p{L}])/iu,
  rollingPeriod: /(?<![\p{L}])(?:(?:au\s+cours\s+de|sur|durant|pendant)\s+(?:l['’]année\s+écoulée|les\s+douze\s+derniers\s+mois|les\s+12\s+derniers\s+mois|un\s+an)|en\s+un\s+an)(?![\p{L}])/iu,
  // ("depuis le début du mois", "depuis le début de la guerre des gangs" are not the year.)
  sinceYearStart: /(?<![\p{L}])depuis\s+(?:le\s+(?:début|1er\s+janvier)(?!\s+(?:du|des)(?![\p{L}])|\s+de\s+(?!l['’]année))\s*(?:de\s+l['’]année)?|janvier)(?![\p{L}])/iu,
  previousMonth: /(?<![\p{L}])(?:le|au\s+cours\s+du|durant\s+le|pendant\s+le)\s+mois\s+(?:dernier|passé)(?![\p{L}])/iu,
  sinceMonthStart: /(?<![\p{L}])(?:depuis\s+(?:le\s+)?début\s+(?:du\s+mois|de\s+ce\s+mois)|ce\s+mois-ci)(?![\p{L}])/iu,
  qualifierBefore: /(?!)/,
  perYear: /(?<![\p{L}])(?:par\s+an|chaque\s+année|par\s+année|annuel|annuelle|annuellement|par\s+mois|chaque\s+mois|mensuel\p{L}*|par\s+semaine|chaque\s+semaine|par\s+jour|chaque\s+jour)(?![\p{L}])/iu,
  comparedWith: /(?<![\p{L}])(?:par\s+rapport\s+à|comparé\s+à|comparativement\s+à|qu['’]en|que\s+l['’]an|contre|vs\.?|sur\s+un\s+an|face\s+à)\s+(?:la\s+même\s+période\s+(?:de|en)\s+)?(?:l['’]année\s+)?$|(?<![\p{L}])(?:plus|moins|davantage|autant)\s+qu(?:e\s+|['’])(?:sur\s+|en\s+|pour\s+|durant\s+|pendant\s+)?(?:toute\s+|tout\s+|l['’]ensemble\s+de\s+)?(?:l['’]année\s+|l['’]an\s+)?$|(?:plus\s+\p{L}+|jamais\s+vu|inédit\p{L}*|record)[^,.;]{0,40}depuis\s+$/iu,
  thisYear: /(?<![\p{L}])(?:de\s+l['’]année|cette\s+année|depuis\s+le\s+début\s+de\s+l['’]année|depuis\s+janvier|depuis\s+le\s+1er\s+janvier)(?![\p{L}])/iu,
  samePeriod: /(?<![\p{L}])(?:sur|durant|pendant|au\s+cours\s+de)\s+(?:la\s+même|cette)\s+période(?![\p{L}])/iu,
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
  leadingArticle: /^(?:(?:le|la|les|un|une|des)\s+|l['’]\s*)/i,
  places: COMMON_PLACES,
  eventCount: /(?<![\p{L}])(?:perdu\s+la\s+vie|trouvé\s+la\s+mort|tué\p{L}*|mort\p{L}*|décès|décédé\p{L}*|abattu\p{L}*|blessé\p{L}*|victimes?|homicides?|meurtres?|assassinats?|narchomicides?|règlements?|fusillades?|tirs?|attaques?|interpell\p{L}*|arrêté\p{L}*|arrestations?|gardes?\s+à\s+vues?|déférés?|déférées?|mis\s+en\s+examen|écroué\p{L}*|condamn\p{L}*|saisi\p{L}*|tonnes?|kg|kilos?|démantelé\p{L}*|faits|infractions?|affaires?|enquêtes?|narco\p{L}*|narcho\p{L}*|comparutions?|défèrements?|déferrements?|écrous?|mandats?\s+de\s+dépôt|informations?\s+judiciaires?|ouvertures?\s+d['’]informations?|mobilisé\p{L}*|déployé\p{L}*|opérations?|perquisitions?)(?![\p{L}])/iu,
  caseCue: /(?<![\p{L}])(?:dossier|affaire|enquête|instruction|procès|réseau\s+démantelé|cette\s+opération)(?![\p{L}])/iu,
  demonyms: {
    français: 'France', française: 'France', françaises: 'France', marseillais: 'Marseille', marseillaise: 'Marseille',
    marseillaises: 'Marseille', guyanais: 'Guyane', guyanaise: 'Guyane', guyanaises: 'Guyane', martiniquais: 'Martinique',
    martiniquaise: 'Martinique', guadeloupéen: 'Guadeloupe', guadeloupéenne: 'Guadeloupe', corse: 'Corse', corses: 'Corse',
    ...townDemonyms({
      lyonnais: 'Lyon', parisien: 'Paris', toulousain: 'Toulouse', niçois: 'Nice', grenoblois: 'Grenoble', nîmois: 'Nîmes',
      dijonnais: 'Dijon', rennais: 'Rennes', bordelais: 'Bordeaux', lillois: 'Lille', montpelliérain: 'Montpellier',
      stéphanois: 'Saint-Étienne', havrais: 'Le Havre', dunkerquois: 'Dunkerque', avignonnais: 'Avignon', toulonnais: 'Toulon',
      strasbourgeois: 'Strasbourg', nantais: 'Nantes', rémois: 'Reims', angevin: 'Angers', valentinois: 'Valence',
      bisontin: 'Besançon', poitevin: 'Poitiers', cavaillonnais: 'Cavaillon', sevranais: 'Sevran', alésien: 'Alès',
      perpignanais: 'Perpignan', rouennais: 'Rouen', messin: 'Metz', nancéien: 'Nancy', tourangeau: 'Tours', amiénois: 'Amiens',
    }),
  },

  deictic: /(?<![\p{L}])cette(?![\p{L}])/iu,
  tellingBefore: /(?:(?:a|ont|avait|avaient)\s+(?:\p{L}+\s+)?(?:indiqué|précisé|déclaré|annoncé|affirmé|souligné|expliqué|rappelé|confirmé|révélé|ajouté|assuré|détaillé|listé|appris)|(?:indique|précise|déclare|annonce|affirme|souligne|explique|rappelle|confirme|révèle|ajoute|assure)|a-t-on\s+appris|a-t-(?:il|elle)\s+(?:\p{L}+))\s+(?:\S+\s+){0,3}?(?:ce\s+|le\s+)?$/iu,
  asOfBefore: /(?<![\p{L}])(?:au|en\s+date\s+du|à\s+la\s+date\s+du|arrêtés?\s+au)\s+$/iu,
  asOfMonthBefore: /(?<![\p{L}])(?:(?:à\s+la|jusqu['’]à\s+la)\s+mi-|(?:à\s+la|jusqu['’]à\s+la)\s+fin\s+(?:du\s+mois\s+)?(?:d['’]|de\s+)?|(?:à|jusqu['’]à)\s+fin\s+)$/iu,
  documentYearAfter: /^\s+(?:rapport|édition|enquête|étude)(?![\p{L}])/iu,
  documentYearBefore: /(?<![\p{L}])(?:rapport|édition|enquête|étude|budget|loi|plan|jeux\s+olympiques|élection\p{L}*|coupe\s+du\s+monde)\s+(?:de\s+|d['’])?$/iu,
  dayRangeBefore: /(?<![\p{L}])(?:entre\s+le|du)\s+(\d{1,2})(?:er)?\s+(?:et\s+le|au)\s+$/iu,
  dayRangeOpen: /(?<![\p{L}])entre\s+(?:le\s+)?$/iu,
  dayRangeJoin: /^\s*,?\s*et\s+(?:le\s+)?$/iu,
  sinceBefore: /(?<![\p{L}])depuis\s+(?:le\s+mois\s+d['’]|le\s+mois\s+de\s+|le\s+|la\s+|l['’]|début\s+|fin\s+|mi-)?$/iu,
  birthBefore: /(?<![\p{L}])(?:née?s?|naissance)\s+(?:en|le|entre|à)\s+$|(?<![\p{L}])née?s?\s+(?=entre)/iu,
  anaphoricYear: /(?<![\p{L}])(?:cette\s+année-là|la\s+même\s+année|cette\s+même\s+année)(?![\p{L}])/iu,
  firstMonths: /(?<![\p{L}])(?:les|des)\s+(?<n>\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze)\s+premiers\s+mois(?:\s+de\s+(?:l['’]année|cette\s+année|(?<year>(?:19|20)\d{2})))?(?![\p{L}])/iu,
  firstHalf: /(?<![\p{L}])premier\s+semestre(?:\s+(?:de\s+l['’]année\s+|de\s+)?(?<year>(?:19|20)\d{2}))?(?![\p{L}])/iu,
  quarter: /(?<![\p{L}])(?<q>premier|1er|deuxième|second|troisième|quatrième|dernier)\s+trimestre(?:\s+(?:de\s+l['’]année\s+|de\s+)?(?<year>(?:19|20)\d{2}))?(?![\p{L}])/iu,
  quarterNumbers: { premier: 1, '1er': 1, deuxième: 2, second: 2, troisième: 3, quatrième: 4, dernier: 4 },
  window: /(?<![\p{L}])(?:(?:en|depuis|sur|durant|pendant|au\s+cours\s+d(?:es|e\s+la|u))\s+|(?=ces\s))(?:moins\s+d(?:e\s+|['’]\s*)|à\s+peine\s+|seulement\s+|l['’]espace\s+d(?:e\s+|['’]\s*)|les\s+|la\s+|le\s+|l['’]|ces\s+)?(?:(?<n>\d{1,3}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|quarante-huit)\s+)?(?:derni(?:er|ère|ers|ères)\s+)?(?<unit>heures|jours?|nuits?|semaines?|mois|ans|années|décennies|décennie)(?:\s+derni(?:er|ère|ers|ères))?(?![\p{L}])/iu,
  windowLast: /(?<![\p{L}])derni(?:er|ère|ers|ères)(?![\p{L}])/iu,
  windowUnits: { heures: 'hour', jour: 'day', jours: 'day', nuit: 'night', nuits: 'night', semaine: 'week', semaines: 'week', mois: 'month', ans: 'year', années: 'year', décennie: 'decade', décennies: 'decade' },
  rangeTail: /\s(?:au|à|-|et)\s/iu,
  contrast: /,?\s*(?<![\p{L}])(?:mais|alors\s+que|tandis\s+que|contre|par\s+rapport\s+à|comparé\s+à|comparée?s?\s+à|comparativement\s+à)(?![\p{L}])/giu,

  rangeBefore: /(?<![\p{L}])entre\s+$/iu,
  rangeJoin: /^\s*(?:et|-|–)\s*$/iu,
  agesBefore: /(?<![\p{L}])âgée?s?\s+(?:de\s+|entre\s+)?(?:\d{1,2}\s+(?:à|et|ou)\s+)?$/iu,
  substance: /(?<![\p{L}])(?:cocaïne|crack|cannabis|résine(?:\s+de\s+cannabis)?|herbe|haschich|héroïne|mdma|ecstasy|amphétamines?|méthamphétamines?|drogues?(?:\s+de\s+synthèse)?|stupéfiants)(?![\p{L}])/iu,
  substanceLinker: (drug: string) => (/^[aeiouyhéèêàâîôûœæ]/iu.test(drug) ? "d'" : 'de '),
  ageWord: /(?<![\p{L}])la\s+(?:vingt|trent|quarant|cinquant|soixant)aine$/iu,
  valuedAt: /\s(?:est|sont|était|étaient|a\s+été|ont\s+été)?\s*(?:estimée?s?|évaluée?s?|chiffrée?s?|s['’]élève|s['’]élèvent|atteint|atteignent|représente|représentent)(?![\p{L}])/iu,
  moneyLeadTail: /(?:\s+(?:de|d['’]|à|environ|près|plus|moins|quelque|est|sont|était|estimée?s?|évaluée?s?|chiffrée?s?))*\s*$/iu,
  lastNounPhrase: /(?:^|\s)(?:une?|la|le|les|l['’]|sa|son|ses|leur|leurs|ce|cette|ces)\s*((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)\s*$/iu,
  comparisonStart: /^\s*(?:comparée?s?|par\s+rapport|contre|sur\s+un\s+an|vs\.?)(?![\p{L}])/iu,
  kindLabels: { count: 'nombre', share: 'part', change: 'évolution', money: 'montant', quantity: 'quantité', index: 'indice' },
  totalBefore: /(?<![\p{L}])(?:au\s+total,?|en\s+tout,?|un\s+total\s+de)\s+$/iu,
  rateAfter: /^\s*(?:[\p{L}'’-]+\s+){0,3}?pour\s+(?:1|10|100|1[\s. ]?000|10[\s. ]?000|100[\s. ]?000)(?:\s+(?:habitants|personnes|résidents|adultes|jeunes))?(?![\p{L}\p{N}])/iu,
  rateBaseBefore: /(?<![\p{L}])pour\s*$/iu,
  partOf: /(?<![\p{L}])(?:dont|parmi\s+(?:eux|elles|lesquels|lesquelles))\s+(?:au\s+moins\s+|près\s+de\s+|environ\s+)?$/iu,
  numberOf: /(?<![\p{L}])le\s+nombre\s+(?:de\s+|d['’])([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5})/iu,
  multiplierBefore: /(?:divisée?s?|multipliée?s?|division|multiplication|diminution|réduction)\s+par\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+)?$|(?<![\p{L}])x\s?$/iu,
  multiplierAfter: /^\s*fois(?![\p{L}])/iu,
  changeBefore: /(?:(?<![\p{L}])(?:hausse|baisse|augmentation|diminution|progression|recul|croissance|chute|bond|envolée|explosion|augmentée?s?|augmenté|baissée?s?|diminuée?s?|progressée?s?|reculée?s?|chutée?s?|grimpée?s?|bondi|augmente|augmentent|baisse|baissent|progresse|progressent|recule|reculent|chute|chutent|grimpe|grimpent)\s+(?:de\s+|d['’])?(?:près\s+de\s+|plus\s+de\s+|environ\s+|quelque\s+|presque\s+)?|[+−–-]\s?)$/iu,
  changeAfter: /^\s*(?:de\s+plus|de\s+moins|en\s+plus|en\s+moins|d['’]augmentation|de\s+hausse|de\s+baisse)(?![\p{L}])/iu,
  changeVerb: /\s(?:ont|a|avaient|avait|sont|est)?\s*(?:augmenté|baissé|diminué|progressé|reculé|chuté|grimpé|bondi|augmente|augmentent|baisse|baissent|progresse|progressent|recule|reculent|chute|chutent)(?![\p{L}])/iu,
  fallWords: /(?<![\p{L}])(?:baisse|diminution|recul|chute|baissé\p{L}*|diminué\p{L}*|reculé\p{L}*|chuté\p{L}*|moins)(?![\p{L}])|[−–-]\s?$/iu,
  riseLabel: 'hausse de',
  fallLabel: 'baisse de',

  subsetCue: /(?<![\p{L}])(?:dont|parmi\s+(?:eux|elles|lesquels|lesquelles|ces|les)|notamment)(?![\p{L}])/iu,
  comparisonSetBefore: /(?<![\p{L}])(?:plus|moins)\s+(?:\p{L}+\s+){1,2}(?:de|d['’]|du|des|en)\s*(?:la\s+|l['’])?$/iu,
  nationalCue: /(?<![\p{L}])(?:en\s+France|au\s+niveau\s+national|nationalement|dans\s+tout\s+le\s+pays|sur\s+l['’]ensemble\s+du\s+(?:territoire|pays)|à\s+l['’]échelle\s+(?:nationale|du\s+pays)|dans\s+l['’]Hexagone|en\s+métropole|moyenne\s+nationale|(?:dans|à\s+travers)\s+(?:tout\s+)?le\s+pays|(?:sur|dans)\s+(?:l['’]ensemble\s+du\s+|tout\s+le\s+|le\s+)territoire\s+national|OFDT|Ofast)(?![\p{L}])/iu,
  areaAnaphor: {
    departement: /(?<![\p{L}])(?:dans|pour|sur)\s+(?:le|ce|tout\s+le|l['’]ensemble\s+du)\s+département(?![\p{L}])/iu,
    region: /(?<![\p{L}])(?:dans|pour|sur)\s+(?:la|cette|toute\s+la|l['’]ensemble\s+de\s+la)\s+région(?![\p{L}])/iu,
  },
  nationalSource: /(?<![\p{L}])(?:minist(?:ère|re)\s+de\s+l['’]Intérieur|minist(?:ère|re)\s+de\s+la\s+Justice|garde\s+des\s+Sceaux|place\s+Beauvau|OFAST|Ofast|office\s+anti-?stupéfiants|SSMSI|service\s+statistique\s+ministériel|direction\s+générale\s+de\s+la\s+police\s+nationale|DGPN|douanes?\s+françaises?|direction\s+générale\s+des\s+douanes)(?![\p{L}])/iu,
  locativeBefore: /(?<![\p{L}])(?:à|au|aux|en|dans|sur|vers|près\s+de|(?:commune|ville|village)\s+d[e'’])\s*(?:le\s+|la\s+|les\s+|l['’])?$/iu,
  officeBefore: /(?<![\p{L}])(?:préf\p{L}*(?:\s+de\s+police)?|procureur\p{L}*(?:\s+de\s+la\s+République)?|parquet|tribunal|cour\s+d['’]appel|maire|mairie|député\p{L}*|sénat\p{L}*|juge|selon|d['’]après|quotidien|journal|née?s?\s+à|originaire\s+d['’]?e?|natif\s+d['’]?e?|garde(?=\s+des\s))\s*(?:de\s+police\s+)?(?:de|du|des|d['’])?\s*(?:la\s+|l['’])?$/iu,
  officeAfter: /(?!)/,
  areas: { 'Antilles-Guyane': 'Antilles-Guyane', Antilles: 'Antilles', 'Antilles françaises': 'Antilles', 'outre-mer': 'Outre-mer' },
  townEpithets: {
    'deuxième ville de France': 'Marseille', 'seconde ville de France': 'Marseille', 'deuxième ville du pays': 'Marseille',
    'capitale des Gaules': 'Lyon', 'Ville lumière': 'Paris', 'ville rose': 'Toulouse',
  },
  neighbourBefore: /(?<![\p{L}])(?:limitrophes?|voisins?|voisines?|frontaliers?|frontalières?)\s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+)$/iu,
  districtBefore: /(?<![\p{L}])(?:quartiers?|cités?|résidences?|lotissement|ensemble)\s+(?:de\s+la\s+|des\s+|du\s+|de\s+l['’])?$/iu,
  districtAfter: /^,?\s+(?:un|une|le|la)\s+(?:\p{L}+\s+)?(?:quartier|cité|résidence)(?![\p{L}])/iu,
  epithetBefore: /(?<![\p{L}])(?:deuxième|troisième|seconde|première|plus\s+grande?|grande?)\s+(?:ville|cité|port|métropole|agglomération)\s+(?:de|du|d['’])\s*(?:la\s+|l['’])?$/iu,
  epithetAfter: /^\s+(?:latine|centrale|du\s+Sud|du\s+Nord|de\s+l['’](?:Est|Ouest)|orientale|occidentale)(?![\p{L}])/u,
};
