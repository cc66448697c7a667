// Words as data for reconciliation: measure synonyms (en/fr), qualifiers, stop words, known bodies and type families.

import type { EventType } from '../core/types.js';

/**
 * Families of incident types that one real incident may be filed under by different extractors or outlets:
 * a prison-van ambush where guards are shot is a prison_attack to one, a shooting_homicide to another.
 */
export const TYPE_FAMILIES: Record<EventType, string> = {
  shooting_homicide: 'violence',
  prison_attack: 'violence',
  kidnapping_extortion: 'violence',
  arson_intimidation: 'violence',
  seizure: 'enforcement',
  police_operation: 'enforcement',
  corruption_case: 'justice',
  trial_verdict: 'justice',
};

/**
 * Pairs of types that outlets give to one act: an operation that seizes drugs (police_operation / seizure), a
 * corruption case told through its trial (corruption_case / trial_verdict), cars set on fire at a prison
 * (arson_intimidation / prison_attack). Two reports typed by such a pair say a little for one incident, where other
 * types of one family say nothing.
 */
export const RELATED_TYPES: ReadonlyArray<readonly [EventType, EventType]> = [
  ['police_operation', 'seizure'],
  ['corruption_case', 'trial_verdict'],
  ['arson_intimidation', 'prison_attack'],
];

/** On a tie between types the more specific wins (earlier in this list). */
export const TYPE_SPECIFICITY: EventType[] = [
  'prison_attack',
  'kidnapping_extortion',
  'corruption_case',
  'shooting_homicide',
  'arson_intimidation',
  'trial_verdict',
  'seizure',
  'police_operation',
];

/**
 * Measure words mapped to a concept. Concepts in MEASURE_HEADS decide what is counted and must agree
 * for two claims to be on the same measure; the others only add similarity.
 */
export const MEASURE_CONCEPTS: Record<string, string> = {
  killed: 'killed', kill: 'killed', killing: 'killed', killings: 'killed', dead: 'killed', death: 'killed',
  deaths: 'killed', died: 'killed', fatalities: 'killed', fatality: 'killed', fatal: 'killed',
  murders: 'killed', murder: 'killed', murdered: 'killed', homicide: 'killed', homicides: 'killed',
  narchomicide: 'killed', narchomicides: 'killed', narcohomicides: 'killed', slain: 'killed', lives: 'killed',
  morts: 'killed', mort: 'killed', mortes: 'killed', tues: 'killed', tue: 'killed', tuees: 'killed', tuee: 'killed', abattus: 'killed', deces: 'killed', meurtres: 'killed',
  meurtre: 'killed', assassinats: 'killed', assassinat: 'killed',
  injured: 'injured', wounded: 'injured', injuries: 'injured', hurt: 'injured', injuring: 'injured',
  blesses: 'injured', blesse: 'injured', blessees: 'injured', blessee: 'injured', blessures: 'injured',
  users: 'users', user: 'users', consumers: 'users', consumer: 'users', used: 'users', use: 'users',
  took: 'users', taken: 'users', consumed: 'users', consumption: 'users', tried: 'users', usage: 'users',
  consommateurs: 'users', consommateur: 'users', consomme: 'users', consommation: 'users', usagers: 'users',
  arrests: 'arrests', arrested: 'arrests', arrest: 'arrests', detained: 'arrests', interpellations: 'arrests',
  interpelles: 'arrests', arrestations: 'arrests', gardes: 'arrests',
  seized: 'seized', seizures: 'seized', seizure: 'seized', saisies: 'seized', saisie: 'seized', saisis: 'seized',
  saisi: 'seized', seize: 'seized', seizes: 'seized', intercepted: 'seized', interceptees: 'seized', intercepte: 'seized',
  interceptes: 'seized', confiscated: 'seized', confisques: 'seized', confisquees: 'seized',
  attempts: 'attempts', attempted: 'attempts', tentatives: 'attempts',
  cocaine: 'cocaine', coke: 'cocaine', crack: 'cocaine',
  cannabis: 'cannabis', hashish: 'cannabis', hash: 'cannabis', resin: 'cannabis', marijuana: 'cannabis',
  herbe: 'cannabis', resine: 'cannabis', shit: 'cannabis',
  heroin: 'heroin', heroine: 'heroin',
  drugs: 'drug', drug: 'drug', drogue: 'drug', drogues: 'drug', stupefiants: 'drug', narcotics: 'drug',
  people: 'people', persons: 'people', individuals: 'people', personnes: 'people', individus: 'people',
  revenue: 'revenue', turnover: 'revenue', market: 'revenue', chiffre: 'revenue', marche: 'revenue',
  prisoners: 'prisoners', inmates: 'prisoners', detenus: 'prisoners',
  traffickers: 'traffickers', dealers: 'traffickers', trafiquants: 'traffickers', dealeurs: 'traffickers',
  points: 'points', deal: 'points',
  minors: 'minors', mineurs: 'minors', teenagers: 'minors', adolescents: 'minors',
};

/** Nouns that count something other than people (cases, offences, operations): their sentence's verbs do not say what. */
export const COUNTED_NOUNS = new Set(['case', 'cases', 'incident', 'incidents', 'offence', 'offences', 'offense', 'offenses', 'fait', 'faits', 'affaire', 'affaires', 'infraction', 'infractions', 'operation', 'operations', 'operation', 'procedure', 'procedures', 'report', 'reports', 'enquete', 'enquetes', 'dossier', 'dossiers']);

export const MEASURE_HEADS = new Set(['killed', 'injured', 'users', 'arrests', 'seized', 'attempts', 'revenue', 'prisoners', 'traffickers', 'points']);

/** Substances: two different ones never make the same measure; the generic 'drug' matches any. */
export const SUBSTANCES = new Set(['cocaine', 'cannabis', 'heroin']);
export const GENERIC_SUBSTANCE = 'drug';

/** Words carrying no meaning for measure comparison, en and fr. */
export const STOP_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'and', 'or', 'who', 'which', 'that', 'were',
  'was', 'is', 'are', 'be', 'been', 'as', 'from', 'least', 'once', 'year', 'years', 'last', 'this', 'their', 'its',
  'number', 'total', 'related', 'linked', 'connected', 'such', 'these', 'those', 'during', 'per', 'some', 'than',
  'le', 'la', 'les', 'l', 'de', 'des', 'du', 'd', 'un', 'une', 'en', 'et', 'ou', 'au', 'aux', 'pour', 'par', 'sur',
  'dans', 'qui', 'que', 'lies', 'liees', 'lie', 'liee', 'nombre', 'annee', 'an', 'ont', 'sont', 'ete', 'fois',
  'moins', 'au', 'cours',
  // The whole observatory is about trafficking violence: these words never separate two measures.
  'trafficking', 'violence', 'violent', 'clashes', 'traffic', 'narcotrafic', 'trafic', 'narco', 'related', 'gang',
  'gangs', 'shootings', 'shooting', 'fusillades', 'reglements', 'comptes', 'settling', 'scores', 'france', 'french',
]);

/** Phrases before a number that qualify it, folded; longest first so "more than" wins over "than". */
export const QUALIFIER_PHRASES: [string, 'over' | 'under' | 'about' | 'at_least' | 'up_to'][] = [
  ['as many as', 'up_to'], ['up to', 'up_to'], ['jusqu a', 'up_to'], ['no fewer than', 'at_least'],
  ['at least', 'at_least'], ['au moins', 'at_least'], ['more than', 'over'], ['over', 'over'], ['plus de', 'over'],
  ['upwards of', 'over'], ['fewer than', 'under'], ['less than', 'under'], ['under', 'under'], ['moins de', 'under'],
  ['nearly', 'under'], ['almost', 'under'], ['pres de', 'under'], ['presque', 'under'], ['around', 'about'],
  ['about', 'about'], ['approximately', 'about'], ['roughly', 'about'], ['some', 'about'], ['an estimated', 'about'],
  ['estimated', 'about'], ['environ', 'about'], ['quelque', 'about'], ['quelques', 'about'], ['autour de', 'about'],
];

/**
 * Known bodies: every name (en/fr, current and former) of one body. The first entry is the canonical name.
 * Kept to bodies that French drug-trafficking reporting names often.
 */
export const KNOWN_BODIES: string[][] = [
  ['OFDT', 'Observatoire français des drogues et des tendances addictives', 'Observatoire français des drogues et des toxicomanies',
    'French Observatory on Drugs and Drug Addiction', 'French Monitoring Centre for Drugs and Drug Addiction',
    'French Observatory of Drugs and Addictive Trends', 'French Observatory for Drugs and Drug Addiction',
    'French Drug Observatory'],
  ['OFAST', 'Office anti-stupéfiants', 'Office antistupéfiants', 'French Anti-Narcotics Office', 'Anti-Narcotics Office',
    'French anti-drug office', 'French Office for Anti-Narcotics'],
  ['OCRTIS', 'Office central pour la répression du trafic illicite des stupéfiants'],
  ['DGSI', 'Direction générale de la sécurité intérieure', 'General Directorate for Internal Security'],
  ['DNRED', 'Direction nationale du renseignement et des enquêtes douanières'],
  ['PNACO', 'Parquet national anticriminalité organisée', 'National Anti-Organised Crime Prosecutor\'s Office',
    'national prosecutor\'s office for organised crime'],
  ['JUNALCO', 'Juridiction nationale chargée de la lutte contre la criminalité organisée'],
  ['AFP', 'Agence France-Presse', 'Agence France Presse'],
  ['EMCDDA', 'European Monitoring Centre for Drugs and Drug Addiction', 'Observatoire européen des drogues et des toxicomanies',
    'EUDA', 'European Union Drugs Agency', 'Agence de l\'Union européenne sur les drogues'],
  ['Europol', 'European Union Agency for Law Enforcement Cooperation'],
  ['Interpol', 'International Criminal Police Organization', 'Organisation internationale de police criminelle'],
  ['DEA', 'Drug Enforcement Administration'],
  ['Gendarmerie nationale', 'French gendarmerie', 'National Gendarmerie', 'gendarmerie'],
  ['Police nationale', 'French National Police', 'National Police', 'French police'],
  ['Ministère de l\'Intérieur', 'Interior Ministry', 'French Interior Ministry', 'Ministry of the Interior', 'Home Office (France)'],
  ['Ministère de la Justice', 'Justice Ministry', 'French Justice Ministry', 'Ministry of Justice'],
  ['Sénat', 'Senate', 'French Senate'],
  ['Assemblée nationale', 'National Assembly', 'French National Assembly'],
  ['BRB', 'Brigade de répression du banditisme'],
  ['BRI', 'Brigade de recherche et d\'intervention'],
  ['RAID', 'Recherche, assistance, intervention, dissuasion'],
  ['GIGN', 'Groupe d\'intervention de la Gendarmerie nationale'],
];

/** Words dropped before comparing person names: titles and honorifics, en and fr. */
export const PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'm', 'mme', 'mlle', 'monsieur', 'madame', 'me', 'maitre',
  'president', 'minister', 'ministre', 'general', 'commissioner', 'commissaire', 'judge', 'juge', 'prosecutor',
  'procureur', 'procureure', 'mayor', 'maire', 'senator', 'senateur', 'senatrice', 'depute', 'deputee',
]);

/** Nobiliary and family particles that belong to a surname ("de Villepin", "Le Pen"). */
export const SURNAME_PARTICLES = new Set(['de', 'du', 'des', 'le', 'la', 'van', 'von', 'der', 'di', 'da', 'ben', 'el', 'al', 'bin', 'ibn', "d'"]);

/** Words skipped when computing initials of a name ("Observatoire français DES drogues ET DES …"). */
export const INITIALS_SKIP = new Set(['of', 'on', 'for', 'and', 'the', 'in', 'de', 'des', 'du', 'et', 'la', 'le', 'les', 'l', 'd', 'pour', 'sur', 'a', 'aux', 'au']);

/** Number words that may follow a qualifier in evidence text ("as many as ten", "près de quarante"). */
export const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million',
  'dozen', 'dozens', 'half', 'a', 'un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf', 'dix', 'onze',
  'douze', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'cents', 'mille', 'millions', 'milliard',
  'milliards', 'billion', 'centaine', 'centaines', 'dizaine', 'dizaines', 'quinzaine', 'vingtaine', 'trentaine',
]);

/** Place names that all mean the whole of France in claims. */
export const FRANCE_NAMES = new Set(['france', 'fr', 'french', 'the country', 'hexagone', 'metropolitan france', 'national', 'nationwide', 'nationale']);
