// Words and names the geocoder needs as data: aliases of régions and départements, countries, vague areas, cue words.
// Keys are written naturally; the gazetteer folds them (case, accents, hyphens) before use.

/** Other names of régions (English, former régions merged in 2016, informal names) → INSEE region code. */
export const REGION_ALIASES: Record<string, string> = {
  // English names
  Normandy: '28',
  Brittany: '53',
  Corsica: '94',
  Burgundy: '27',
  'Burgundy-Franche-Comte': '27',
  'Hauts de France': '32',
  'Upper France': '32',
  'New Aquitaine': '75',
  'Centre Val de Loire': '24',
  'Loire Valley': '24',
  'French Guiana': '03',
  Reunion: '04',
  'Reunion Island': '04',
  'La Reunion': '04',
  'Ile de la Reunion': '04',
  // Paris region, informal
  'Paris region': '11',
  'Greater Paris region': '11',
  'Ile de France region': '11',
  'region parisienne': '11',
  'la region parisienne': '11',
  'Paris area': '11',
  'Greater Paris': '11',
  // Provence and the Riviera
  Provence: '93',
  PACA: '93',
  'Provence Alpes Cote d Azur': '93',
  'Provence Alpes Cote dAzur': '93',
  'Region Sud': '93',
  'Cote d Azur': '93',
  'French Riviera': '93',
  Riviera: '93',
  // Former régions (before 2016)
  Alsace: '44',
  Lorraine: '44',
  'Champagne Ardenne': '44',
  Champagne: '44',
  Aquitaine: '75',
  Limousin: '75',
  'Poitou Charentes': '75',
  'Languedoc Roussillon': '76',
  Languedoc: '76',
  'Midi Pyrenees': '76',
  Occitania: '76',
  'Nord Pas de Calais': '32',
  Picardie: '32',
  Picardy: '32',
  'Basse Normandie': '28',
  'Haute Normandie': '28',
  'Lower Normandy': '28',
  'Upper Normandy': '28',
  Bourgogne: '27',
  'Franche Comte': '27',
  Auvergne: '84',
  'Rhone Alpes': '84',
  'Auvergne Rhone Alpes': '84',
  Centre: '24',
  'Pays de Loire': '52',
  'Guyane francaise': '03',
};

/**
 * Other names of départements → INSEE département code. Official names are indexed from the data;
 * these are English or informal forms that news stories use.
 */
export const DEPARTEMENT_ALIASES: Record<string, string> = {
  'Mouths of the Rhone': '13',
  'Bouches du Rhone department': '13',
  'Corse du Sud': '2A',
  'South Corsica': '2A',
  'Upper Corsica': '2B',
  'Haute Corse': '2B',
  'Seine St Denis': '93',
  'Neuf trois': '93',
  'Neuf-Trois': '93',
  'Val d Oise': '95',
  'Territoire de Belfort': '90',
  Belfort: '90',
  Reunion: '974',
  'La Reunion': '974',
  Guyane: '973',
  'French Guiana': '973',
  Guadeloupe: '971',
  Martinique: '972',
  Mayotte: '976',
  'North department': '59',
  'Northern department': '59',
  'Pas de Calais': '62',
  'Lower Rhine': '67',
  'Upper Rhine': '68',
};

/** Overseas départements that are also a région on their own: answer them at département precision. */
export const SINGLE_DEPARTEMENT_REGIONS: Record<string, string> = {
  '01': '971',
  '02': '972',
  '03': '973',
  '04': '974',
  '06': '976',
};

/**
 * Foreign countries: ISO 3166-1 alpha-2 → names in English and French (first is the display name).
 * Deliberately limited to countries that drug-trafficking stories about France mention.
 */
export const COUNTRIES: Record<string, string[]> = {
  CO: ['Colombia', 'Colombie'],
  AE: ['United Arab Emirates', 'Emirats arabes unis', 'UAE', 'EAU', 'the Emirates', 'Emirates', 'les Emirats'],
  MA: ['Morocco', 'Maroc', 'Kingdom of Morocco', 'royaume du Maroc'],
  DZ: ['Algeria', 'Algerie'],
  TN: ['Tunisia', 'Tunisie'],
  ES: ['Spain', 'Espagne'],
  NL: ['Netherlands', 'Pays-Bas', 'Holland', 'Hollande', 'the Netherlands', 'les Pays-Bas'],
  BE: ['Belgium', 'Belgique'],
  DE: ['Germany', 'Allemagne'],
  IT: ['Italy', 'Italie'],
  PT: ['Portugal'],
  CH: ['Switzerland', 'Suisse'],
  LU: ['Luxembourg'],
  GB: ['United Kingdom', 'Royaume-Uni', 'UK', 'Britain', 'Great Britain', 'Grande-Bretagne', 'England', 'Angleterre', 'Scotland', 'Ecosse'],
  IE: ['Ireland', 'Irlande'],
  AT: ['Austria', 'Autriche'],
  PL: ['Poland', 'Pologne'],
  RO: ['Romania', 'Roumanie'],
  AL: ['Albania', 'Albanie'],
  RS: ['Serbia', 'Serbie'],
  ME: ['Montenegro', 'Monténégro'],
  HR: ['Croatia', 'Croatie'],
  GR: ['Greece', 'Grece'],
  TR: ['Turkey', 'Turquie', 'Türkiye'],
  RU: ['Russia', 'Russie'],
  UA: ['Ukraine'],
  GE: ['Georgia', 'Georgie'],
  SE: ['Sweden', 'Suede'],
  DK: ['Denmark', 'Danemark'],
  NO: ['Norway', 'Norvege'],
  EC: ['Ecuador', 'Equateur'],
  PE: ['Peru', 'Perou'],
  BO: ['Bolivia', 'Bolivie'],
  BR: ['Brazil', 'Bresil'],
  VE: ['Venezuela'],
  AR: ['Argentina', 'Argentine'],
  CL: ['Chile', 'Chili'],
  PY: ['Paraguay'],
  UY: ['Uruguay'],
  PA: ['Panama'],
  CR: ['Costa Rica'],
  MX: ['Mexico', 'Mexique'],
  US: ['United States', 'Etats-Unis', 'USA', 'US', 'America', 'Amerique', 'United States of America'],
  CA: ['Canada'],
  DO: ['Dominican Republic', 'Republique dominicaine'],
  HT: ['Haiti'],
  JM: ['Jamaica', 'Jamaique'],
  SR: ['Suriname', 'Surinam'],
  GY: ['Guyana'],
  TT: ['Trinidad and Tobago', 'Trinite-et-Tobago'],
  CI: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"],
  SN: ['Senegal'],
  GN: ['Guinea', 'Guinee'],
  GW: ['Guinea-Bissau', 'Guinee-Bissau'],
  ML: ['Mali'],
  NG: ['Nigeria'],
  GH: ['Ghana'],
  CM: ['Cameroon', 'Cameroun'],
  LY: ['Libya', 'Libye'],
  EG: ['Egypt', 'Egypte'],
  ZA: ['South Africa', 'Afrique du Sud'],
  LB: ['Lebanon', 'Liban'],
  SY: ['Syria', 'Syrie'],
  IL: ['Israel'],
  IR: ['Iran'],
  AF: ['Afghanistan'],
  PK: ['Pakistan'],
  IN: ['India', 'Inde'],
  CN: ['China', 'Chine'],
  TH: ['Thailand', 'Thailande'],
  SA: ['Saudi Arabia', 'Arabie saoudite'],
  QA: ['Qatar'],
  OM: ['Oman'],
  AU: ['Australia', 'Australie'],
  MC: ['Monaco'],
  AD: ['Andorra', 'Andorre'],
  FR: ['France', 'French Republic', 'Republique francaise', 'mainland France', 'metropolitan France', 'France metropolitaine', 'Hexagone', "l'Hexagone", 'the Hexagon'],
};

/**
 * Foreign cities that stories name, with their English GeoNames name (looked up at build time) and
 * French/English variants. Large cities (≥ DEFAULT_FOREIGN_CITY_MIN_POP) are indexed anyway.
 */
export const FOREIGN_CITY_VARIANTS: Record<string, string[]> = {
  Antwerp: ['Anvers', 'Antwerpen'],
  Brussels: ['Bruxelles', 'Brussel'],
  'Liège': ['Liege', 'Luik'],
  Charleroi: [],
  Mons: [],
  Rotterdam: [],
  Amsterdam: [],
  'The Hague': ['La Haye', 'Den Haag'],
  Geneva: ['Genève', 'Geneve'],
  Lausanne: [],
  Tangier: ['Tanger', 'Tangiers'],
  'Tétouan': ['Tetouan', 'Tetuan'],
  Nador: [],
  Casablanca: [],
  Marrakesh: ['Marrakech'],
  Algiers: ['Alger'],
  Oran: [],
  Tunis: [],
  Ceuta: [],
  Melilla: [],
  Algeciras: ['Algésiras', 'Algesiras'],
  Marbella: [],
  'Málaga': ['Malaga'],
  Barcelona: ['Barcelone'],
  Madrid: [],
  Seville: ['Séville', 'Sevilla'],
  Valencia: [],
  Lisbon: ['Lisbonne', 'Lisboa'],
  London: ['Londres'],
  Dubai: ['Dubaï', 'Doubaï'],
  'Abu Dhabi': ['Abou Dhabi'],
  'Bogotá': ['Bogota'],
  'Medellín': ['Medellin'],
  Cali: [],
  // Ports of the cocaine route (Pacific and Caribbean coasts, Europe's container terminals).
  Buenaventura: [],
  'Santa Marta': [],
  Barranquilla: [],
  Cartagena: ['Carthagène'],
  Guayaquil: [],
  Machala: [],
  'Puerto Bolívar': ['Puerto Bolivar'],
  Callao: [],
  Willemstad: [],
  Zeebrugge: ['Zeebruges'],
  Ghent: ['Gand', 'Gent'],
  'Gioia Tauro': [],
  Genoa: ['Gênes', 'Genes', 'Genova'],
  Livorno: ['Livourne', 'Leghorn'],
  Huelva: [],
  'Cádiz': ['Cadix', 'Cadiz'],
  Vigo: [],
  Bremerhaven: [],
  Quito: [],
  Lima: [],
  'São Paulo': ['Sao Paulo'],
  'Rio de Janeiro': [],
  Caracas: [],
  'Mexico City': ['Mexico'],
  Culiacán: ['Culiacan'],
  Istanbul: [],
  Moscow: ['Moscou'],
  Rome: [],
  Milan: [],
  Naples: ['Napoli'],
  Munich: ['München'],
  Cologne: ['Köln'],
  Hamburg: ['Hambourg'],
  Frankfurt: ['Francfort', 'Frankfurt am Main'],
  Berlin: [],
  'Paramaribo': [],
  'Santo Domingo': ['Saint-Domingue'],
  'Port-au-Prince': [],
  Kingston: [],
};

/** Listed cities whose biggest namesake is not the one drug stories mean (Valencia, Venezuela is bigger than Spain's). */
export const FOREIGN_CITY_COUNTRY: Record<string, string> = {
  Valencia: 'ES',
  Mons: 'BE',
  Kingston: 'JM',
};

/** Large foreign cities (GeoNames) get indexed without being listed above. */
export const DEFAULT_FOREIGN_CITY_MIN_POP = 500_000;

/** A vague area of France, kept as written: cardinal words in en/fr (matched after folding). */
export const AREA_DIRECTIONS = [
  'north', 'northern', 'south', 'southern', 'east', 'eastern', 'west', 'western', 'central', 'centre', 'center',
  'northeast', 'north east', 'north eastern', 'northeastern', 'northwest', 'north west', 'northwestern', 'north western',
  'southeast', 'south east', 'southeastern', 'south eastern', 'southwest', 'south west', 'southwestern', 'south western',
  'nord', 'sud', 'est', 'ouest', 'nord est', 'nord ouest', 'sud est', 'sud ouest', 'midi',
] as const;

/** Words naming the country in area phrases ("northern France", "le sud de la France", "le Sud-Est"). */
export const FRANCE_WORDS = ['france', 'la france', 'the country', 'le pays', 'l hexagone', 'hexagone'] as const;

/**
 * Continents and world regions: no country, and never the country their last word also names ("South America" is
 * not the United States once "south" is read as a direction).
 */
export const WORLD_REGIONS = [
  'south america', 'north america', 'latin america', 'central america', 'the americas', 'amerique du sud',
  'amerique du nord', 'amerique latine', 'amerique centrale', 'les ameriques', 'europe', 'asia', 'asie', 'africa', 'afrique',
  'north africa', 'west africa', 'afrique du nord', 'afrique de l ouest', 'middle east', 'moyen orient', 'the caribbean',
  'les caraibes', 'oceania', 'oceanie', 'the balkans', 'les balkans', 'scandinavia', 'scandinavie', 'the maghreb', 'le maghreb',
] as const;

/** Phrases naming a vague area without "France" ("le Midi", "the South-West" are French shorthands). */
export const BARE_AREAS = [
  'le midi', 'le sud', 'le sud est', 'le sud ouest', 'le nord est', 'le nord ouest', 'le grand ouest',
  'the south west', 'the south east', 'the north east', 'the north west', 'grand est',
] as const;

/**
 * Leading words that mean "in or around this place": stripped before lookup; the place keeps its
 * precision because articles report incidents "in a suburb of Valence" as Valence's.
 */
export const PROXIMITY_PREFIXES = [
  'near', 'nearby', 'outside', 'just outside', 'close to', 'around', 'in', 'at', 'on', 'from', 'of', 'to', 'into',
  'the suburbs of', 'suburbs of', 'a suburb of', 'suburb of', 'the outskirts of', 'outskirts of', 'the centre of', 'the center of',
  'downtown', 'central', 'greater', 'the city of', 'city of', 'the town of', 'town of', 'the village of', 'village of',
  'the commune of', 'commune of', 'the municipality of', 'the port city of', 'port city of', 'the port of', 'port of',
  'the heart of', 'heart of', 'the streets of', 'streets of', 'across', 'throughout', 'all over', 'all across', 'partout en', 'dans toute la', 'dans tout le',
  'north of', 'south of', 'east of', 'west of', 'northeast of', 'northwest of', 'southeast of', 'southwest of',
  'pres de', 'a proximite de', 'aux abords de', 'non loin de', 'autour de', 'a', 'au', 'aux', 'en', 'dans', 'de', 'du', 'des', 'sur', 'vers',
  'la ville de', 'ville de', 'la commune de', 'commune de', 'le village de', 'village de', 'la cite de',
  'la banlieue de', 'banlieue de', 'en banlieue de', 'la peripherie de', 'en peripherie de', 'peripherie de',
  'le centre de', 'centre de', 'centre ville de', 'le centre ville de', 'au coeur de', 'coeur de', 'les rues de',
  'au nord de', 'au sud de', 'a l est de', 'a l ouest de', 'au nord est de', 'au nord ouest de', 'au sud est de', 'au sud ouest de',
  'nord de', 'sud de', 'est de', 'ouest de', 'la metropole de', 'metropole de', 'l agglomeration de', 'agglomeration de',
] as const;

/** Words that say the name is a locality: they confirm a small or common-word commune. */
export const LOCALITY_CUES = [
  'village', 'commune', 'town', 'municipality', 'ville', 'bourg', 'localite', 'hamlet', 'hameau',
] as const;

/** Trailing words that name the level of a unit ("the Gard department", "la région Normandie"). */
export const UNIT_WORDS = {
  departement: ['department', 'departement', 'département', 'dept'],
  region: ['region', 'région'],
} as const;

/**
 * Leading definite articles. When the official name does not itself start with one, "the Gard"/"le Var"/
 * "la Vienne" designate a département (or région), never a commune.
 */
export const DEFINITE_ARTICLES = ['the', 'le', 'la', 'les', 'l', 'dans le', 'dans la', 'dans les', 'en'] as const;

/** Leading articles that official commune names carry and that writers drop ("Creusot" for Le Creusot). */
export const NAME_ARTICLES = ['le', 'la', 'les', 'l'] as const;

/**
 * Commune names that are also common words, first names or abbreviations in English or French.
 * Written bare, they never geocode without a confirming context (a département or région named near).
 */
export const COMMON_WORD_COMMUNES = [
  'Ours', 'Vue', 'Bonnet', 'Police', 'Mars', 'Mer', 'Eu', 'Rue', 'Ham', 'Bras', 'Four', 'Jardin', 'Roche', 'Bonne',
  'Bonnes', 'Sales', 'Marin', 'Albert', 'Léon', 'Yves', 'Remy', 'Isle', 'Brie', 'Ger', 'Gan', 'Bourg', 'Cast', 'Pia',
  'Bias', 'Lux', 'Martel', 'Gray', 'Lure', 'Angles', 'Signes', 'Tart', 'Arches', 'Cours', 'Monts', 'Rives', 'Die',
  'Mus', 'Port', 'Pont', 'Gare', 'Place', 'Ville', 'Bar', 'Mai', 'Juin', 'Mont', 'Sept', 'Paix', 'Lit', 'Ban', 'Prison',
  'Plus', 'Mons', 'Y', 'Charge', 'Centre', 'Est', 'Nord', 'Sud', 'Ouest', 'Midi', 'Union', 'Justice',
  'Marie', 'Florence', 'Laurent', 'Denis', 'Martin', 'Bernard', 'Thomas', 'Nicolas', 'Julien', 'Vincent', 'Jean',
  'Pierre', 'Paul', 'Louis', 'Michel', 'Eric', 'Amra', 'Mouche', 'Fly', 'Cap', 'Foot', 'Chat', 'Loup',
] as const;

/** Below this population a bare commune name needs a confirming context (département/région near, locality cue). */
export const DEFAULT_MIN_POPULATION_BARE = 2000;

/** A foreign city beats a French homonym when it is this many times bigger and nothing French is near. */
export const DEFAULT_FOREIGN_OVER_FRENCH_RATIO = 10;

/** Municipal arrondissements: city → first INSEE code (arrondissement n has code base + n - 1) and count. */
export const ARRONDISSEMENT_CITIES: Record<string, { commune: string; base: number; count: number }> = {
  paris: { commune: '75056', base: 75101, count: 20 },
  marseille: { commune: '13055', base: 13201, count: 16 },
  lyon: { commune: '69123', base: 69381, count: 9 },
};

/** Words for "arrondissement" (en/fr); "district" only counts next to an ordinal and a city. */
export const ARRONDISSEMENT_WORDS = ['arrondissement', 'arrondissements', 'arr', 'district', 'eme arrondissement'] as const;

/** Ordinal words en/fr → number (digits with suffixes and Roman numerals are parsed by code). */
export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
  premier: 1, premiere: 1, deuxieme: 2, troisieme: 3, quatrieme: 4, cinquieme: 5, sixieme: 6,
  septieme: 7, huitieme: 8, neuvieme: 9, dixieme: 10, onzieme: 11, douzieme: 12, treizieme: 13, quatorzieme: 14,
  quinzieme: 15, seizieme: 16, 'dix septieme': 17, 'dix huitieme': 18, 'dix neuvieme': 19, vingtieme: 20,
};

/**
 * Districts that stand for one commune in the news: "the northern districts" of Marseille, and housing
 * estates known for drug markets → [commune name, département]. The name resolves to the commune.
 */
export const DISTRICTS: [string, string, string][] = [
  ['quartiers nord', 'Marseille', '13'],
  ['les quartiers nord', 'Marseille', '13'],
  ['quartiers nord de Marseille', 'Marseille', '13'],
  ['northern districts', 'Marseille', '13'],
  ['northern suburbs of Marseille', 'Marseille', '13'],
  ['northern districts of Marseille', 'Marseille', '13'],
  ['northern neighbourhoods of Marseille', 'Marseille', '13'],
  ['northern neighborhoods of Marseille', 'Marseille', '13'],
  ["Marseille's northern districts", 'Marseille', '13'],
  ['cite phoceenne', 'Marseille', '13'],
  ['la cite phoceenne', 'Marseille', '13'],
  ['Phocaean city', 'Marseille', '13'],
  ['the Phocaean city', 'Marseille', '13'],
  ['la Castellane', 'Marseille', '13'],
  ['Frais Vallon', 'Marseille', '13'],
  ['la Paternelle', 'Marseille', '13'],
  ['Felix Pyat', 'Marseille', '13'],
  ['Air Bel', 'Marseille', '13'],
  ['la Busserine', 'Marseille', '13'],
  ['Campagne Leveque', 'Marseille', '13'],
  ['la Savine', 'Marseille', '13'],
  ['Font Vert', 'Marseille', '13'],
  ['la Bricarde', 'Marseille', '13'],
  ['Plan d Aou', 'Marseille', '13'],
  ['la Cayolle', 'Marseille', '13'],
  ['Kalliste', 'Marseille', '13'],
  ['Pissevin', 'Nîmes', '30'],
  ['Valdegour', 'Nîmes', '30'],
  ['Chemin Bas d Avignon', 'Nîmes', '30'],
  ['le Mirail', 'Toulouse', '31'],
  ['la Reynerie', 'Toulouse', '31'],
  ['Bagatelle', 'Toulouse', '31'],
  ['les Izards', 'Toulouse', '31'],
  ['ville rose', 'Toulouse', '31'],
  ['la ville rose', 'Toulouse', '31'],
  ['Fontbarlettes', 'Valence', '26'],
  ['les Moulins', 'Nice', '06'],
  ['l Ariane', 'Nice', '06'],
  ['la Duchere', 'Lyon', '69'],
  ['les Minguettes', 'Vénissieux', '69'],
  ['Mas du Taureau', 'Vaulx-en-Velin', '69'],
  ['la Grande Borne', 'Grigny', '91'],
  ['les Tarterets', 'Corbeil-Essonnes', '91'],
  ['le Neuhof', 'Strasbourg', '67'],
  ['Neuhof', 'Strasbourg', '67'],
  ['Hautepierre', 'Strasbourg', '67'],
  ['Planoise', 'Besançon', '25'],
  ['les Gresilles', 'Dijon', '21'],
  ['la Paillade', 'Montpellier', '34'],
  ['Mosson', 'Montpellier', '34'],
  ['les Beaudottes', 'Sevran', '93'],
  ['French capital', 'Paris', '75'],
  ['the French capital', 'Paris', '75'],
  ['capitale francaise', 'Paris', '75'],
  ['Greater Lyon', 'Lyon', '69'],
  ['Aix', 'Aix-en-Provence', '13'],
  ['Baumettes', 'Marseille', '13'],
  ['les Baumettes', 'Marseille', '13'],
  // Other cities' quartiers prioritaires often named in the news (names no commune shares, or whose namesake is a
  // village the news would not be about).
  ['Borny', 'Metz', '57'],
  ['Dervallieres', 'Nantes', '44'],
  ['les Dervallieres', 'Nantes', '44'],
  ['Bottiere', 'Nantes', '44'],
  ['Port Boyer', 'Nantes', '44'],
  ['Villejean', 'Rennes', '35'],
  ['le Blosne', 'Rennes', '35'],
  ['Mistral', 'Grenoble', '38'],
  ['Teisseire', 'Grenoble', '38'],
  ['l Arlequin', 'Grenoble', '38'],
  ['Empalot', 'Toulouse', '31'],
  ['les Aubiers', 'Bordeaux', '33'],
  ['Fontaine d Ouche', 'Dijon', '21'],
  ['Saint Chamand', 'Avignon', '84'],
  ['Petit Bard', 'Montpellier', '34'],
  ['Terres Sainville', 'Fort-de-France', '972'],
  ['Terres Sainvilles', 'Fort-de-France', '972'],
  ['Cronenbourg', 'Strasbourg', '67'],
  ['Elsau', 'Strasbourg', '67'],
  ['Croix de Neyrat', 'Clermont-Ferrand', '63'],
  ['Beaubreuil', 'Limoges', '87'],
  ['Couronneries', 'Poitiers', '86'],
  ['les Couronneries', 'Poitiers', '86'],
  ['Belle Beille', 'Angers', '49'],
  ['Ronceray', 'Le Mans', '72'],
  ['le Sanitas', 'Tours', '37'],
  ['Montreynaud', 'Saint-Étienne', '42'],
  ['Bourtzwiller', 'Mulhouse', '68'],
  ['Haut du Lievre', 'Nancy', '54'],
  ['Val Fourre', 'Mantes-la-Jolie', '78'],
  ['le Val Fourre', 'Mantes-la-Jolie', '78'],
  ['les Bosquets', 'Montfermeil', '93'],
  ['Rose des Vents', 'Aulnay-sous-Bois', '93'],
  ['Francs Moisins', 'Saint-Denis', '93'],
  ['Chene Pointu', 'Clichy-sous-Bois', '93'],
  ['Pierre Collinet', 'Meaux', '77'],
  ['Hauts de Rouen', 'Rouen', '76'],
  ['Grand Mirail', 'Toulouse', '31'],
  ['Reine Jeanne', 'Avignon', '84'],
  ['Croix des Oiseaux', 'Avignon', '84'],
  ['la Frayere', 'Cannes', '06'],
  ['Docteur Ayme', 'Cavaillon', '84'],
  ['Etouvie', 'Amiens', '80'],
  ['Caucriauville', 'Le Havre', '76'],
  ['Mont Gaillard', 'Le Havre', '76'],
  ['Grace de Dieu', 'Caen', '14'],
  ['Village Olympique', 'Grenoble', '38'],
  ['Val de l Aurence', 'Limoges', '87'],
  ['Portes Ferrees', 'Limoges', '87'],
  ['Trois Cites', 'Poitiers', '86'],
  ['Glonnieres', 'Le Mans', '72'],
  ['Pontanezen', 'Brest', '29'],
  ['Lauricisque', 'Pointe-à-Pitre', '971'],
];

/**
 * English exonyms and old spellings of French communes → [official name, département]. Indexed like an
 * official name, so population and context still decide against a homonym. Calais, Brest, Nice, Toulon
 * need none: English writes them as French does.
 */
export const EXONYMS: [string, string, string][] = [
  ['Dunkirk', 'Dunkerque', '59'],
  ['Marseilles', 'Marseille', '13'],
  ['Lyons', 'Lyon', '69'],
  ['Rheims', 'Reims', '51'],
  ['Boulogne', 'Boulogne-sur-Mer', '62'],
  ['Strasburg', 'Strasbourg', '67'],
  ['Strassburg', 'Strasbourg', '67'],
  ['Cambray', 'Cambrai', '59'],
  ['Mulhausen', 'Mulhouse', '68'],
  ['Muelhausen', 'Mulhouse', '68'],
  // Short names everyone uses for a commune that shares them ("Roissy" is also Roissy-en-Brie, a smaller town): the
  // Paris-Charles-de-Gaulle airport, a cocaine gateway named in many seizure and corruption cases.
  ['Roissy', 'Roissy-en-France', '95'],
  ['Roissy-Charles-de-Gaulle', 'Roissy-en-France', '95'],
  ['Roissy-CDG', 'Roissy-en-France', '95'],
  ['Paris-CDG', 'Roissy-en-France', '95'],
  ['Paris-Charles-de-Gaulle', 'Roissy-en-France', '95'],
];

/**
 * Facilities named after the commune they stand in ("prison de Fleury-Mérogis", "the Fresnes prison",
 * "Incarville toll gate"): the word is stripped and the rest read as a locality. Written naturally, folded.
 */
export const FACILITY_WORDS = [
  // prisons
  'prison', 'jail', 'gaol', 'penitentiary', 'detention centre', 'detention center', 'remand centre', 'remand center',
  'remand prison', 'high security prison', 'maximum security prison',
  'centre pénitentiaire', 'maison d\'arrêt', 'maison centrale', 'centre de détention', 'centre de semi-liberté',
  'établissement pénitentiaire', 'quartier de haute sécurité', 'centre de rétention administrative', 'centre de rétention',
  // justice, police, hospitals, transport
  'court', 'courthouse', 'criminal court', 'appeals court', 'court of appeal', 'tribunal', 'tribunal judiciaire',
  'tribunal correctionnel', 'cour d\'appel', 'cour d\'assises', 'palais de justice',
  'police station', 'commissariat', 'gendarmerie', 'hospital', 'hôpital', 'CHU', 'centre hospitalier',
  'airport', 'aéroport', 'train station', 'railway station', 'gare', 'toll gate', 'toll booth', 'péage', 'barrière de péage',
] as const;
