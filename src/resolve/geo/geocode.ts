// Resolves a place as written (English or French) to a commune, arrondissement, département, région, area or country.
//
// Order of the steps, and why:
//  1. codes (postcodes, "(93)") and arrondissements: their shape is unambiguous;
//  2. vague areas and countries: "northern France" must not be read as a commune called "France";
//  3. names after a definite article or a unit word ("the Gard", "département du Var"): units, not communes;
//  4. names: communes, départements, régions, foreign cities compared, ambiguity decided by context;
//  5. looser forms: the name without its article ("Creusot"), districts, "X in Y" splits.
// Bare-name rule: a commune is accepted when the context confirms it (its département or région is named in
// the qualifiers, sentence or nearby places, or the text says "village of"), else only when the name is
// capitalised, not a common word or first name (COMMON_WORD_COMMUNES), and the commune has at least
// DEFAULT_MIN_POPULATION_BARE inhabitants.

import type { ResolvedPlace } from '../../core/types.js';
import { gazetteer } from './gazetteer.js';
import type { Commune, CommuneHit, ForeignCity, Gazetteer } from './gazetteer.js';
import {
  AREA_DIRECTIONS,
  ARRONDISSEMENT_CITIES,
  BARE_AREAS,
  COMMON_WORD_COMMUNES,
  COUNTRIES,
  DEFAULT_FOREIGN_OVER_FRENCH_RATIO,
  DEFAULT_MIN_POPULATION_BARE,
  DEFINITE_ARTICLES,
  FACILITY_WORDS,
  FRANCE_WORDS,
  LOCALITY_CUES,
  ORDINAL_WORDS,
  PROXIMITY_PREFIXES,
  SINGLE_DEPARTEMENT_REGIONS,
  UNIT_WORDS,
  WORLD_REGIONS,
} from './lexicon.js';
import { fold, isCapitalised } from './normalize.js';

export interface GeocodeContext {
  /** Other place names in the same story (for ambiguity: a département or city named nearby). */
  nearby?: string[];
  /** Text around the mention (the sentence), for cues like "near", "(13)", "in the Gard". */
  sentence?: string;
  /**
   * The text introduces the name as where something happened ("à Goult", "near Incarville"): a commune that is the
   * only one of its name is taken even when small (see the bare-name rule in the header).
   */
  placed?: boolean;
}

/** Where a place's coordinates come from: its own point, or a centroid standing in for it. */
export type CoordinateSource =
  | 'point'
  | 'district_point'
  | 'parent_point'
  | 'departement_centroid'
  | 'region_centroid'
  | 'country_centroid'
  | null;

/** A ResolvedPlace plus how its coordinates were obtained (a commune without a GeoNames point sits at its département's centroid). */
export interface GeocodedPlace extends ResolvedPlace {
  coord_source: CoordinateSource;
}

/** Above this population a commune beats a département or région of the same name ("Paris", "Vienne"). */
export const DEFAULT_COMMUNE_OVER_UNIT_POP = 20_000;

// ------------------------------------------------------------------------------------------------
// Patterns, compiled once from the lexicon.

const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g;
const esc = (s: string): string => s.replace(REGEX_SPECIALS, '\\$&');
const alt = (words: readonly string[]): string =>
  [...words].map(fold).sort((a, b) => b.length - a.length).map(esc).join('|');

const ORDINAL_WORD_KEYS = Object.keys(ORDINAL_WORDS).map((k) => fold(k));
const ORD = `(?:(\\d{1,2}) ?(?:st|nd|rd|th|e|eme|er|ere|re|ieme)|([ivx]{1,5}) ?(?:e|eme|er)|(${alt(ORDINAL_WORD_KEYS)}))`;
const CITY = `(${Object.keys(ARRONDISSEMENT_CITIES).join('|')})`;
const ARR_WORD = '(?:arrondissement|arrondissements|arr|district)';
// "Marseille 3e Arrondissement", "Marseille's 3rd arrondissement", "Paris 18e", "Lyon 3eme"
const ARR_CITY_FIRST = new RegExp(`^(?:the |le |la )?${CITY}(?: s)? ${ORD}(?: ${ARR_WORD})?$`);
// "13e arrondissement de Marseille", "the 15th arrondissement", "le 3e arrondissement"
const ARR_ORD_FIRST = new RegExp(`^(?:the |le |la |l )?${ORD} ${ARR_WORD}(?: (?:of|de|du|in|a) ${CITY})?$`);
// "le 3e", "the 13th": only an arrondissement when the context names the city
const ARR_BARE = new RegExp(`^(?:the |le |la |l )${ORD}$`);
// "Marseille 13003", "13003 Marseille", "13003"
const POSTCODE = /(?:^|\s)(\d{5})(?:\s|$)/;
const POSTCODE_ONLY = /^\d{5}$/;
// "93", "2A", "(93)", "le 93", "departement 93", "Seine-Saint-Denis (93)" qualifiers
const DEP_CODE = /^(?:le |la |the |department |departement |dept )?(\d{2}|2a|2b|97[1-6])$/;
const DEP_CODE_IN_PARENS = /\((\d{2}|2[AaBb]|97[1-6])\)/g;
const PARENS = /\(([^)]*)\)/g;
const EDGE_PUNCT = /^[\s"'“”«»‘’.,;:!?]+|[\s"'“”«»‘’.,;:!?]+$/g;
// "Valence in the Drôme", "Grigny dans l'Essonne": left part resolved with the right one as qualifier
const IN_SPLIT = / (?:in|dans|en|near|pres de) (?:the |le |la |les |l )?/;

const AREA_DIR = alt(AREA_DIRECTIONS);
const FRANCE = alt(FRANCE_WORDS);
// "northern France", "the north of France", "le nord de la France", "le sud-est de la France", "north-east France"
const AREA_PATTERN = new RegExp(`^(?:the |le |l |in the |dans le )?(?:far )?(?:${AREA_DIR})(?: (?:of|de|du))? (?:${FRANCE})$`);
const BARE_AREA_KEYS = new Set(BARE_AREAS.map(fold));
/** Compared after the leading article is dropped: "the Americas" and "Americas" alike. */
const WORLD_REGION_KEYS = new Set(WORLD_REGIONS.flatMap((w) => [fold(w), fold(w).replace(/^(?:the|les|le|l) /, '')]));
const DIRECTION_PREFIX = new RegExp(`^(?:the )?(?:${AREA_DIR}) (?=\\S)`);

const PREFIXES = [...PROXIMITY_PREFIXES].map(fold).sort((a, b) => b.length - a.length).map((p) => `${p} `);
const ARTICLES = [...DEFINITE_ARTICLES].map(fold).sort((a, b) => b.length - a.length).map((p) => `${p} `);
const DEP_UNIT = new RegExp(`(?:^| )(?:${alt(UNIT_WORDS.departement)})(?: (?:of|de|du|des|de la|de l))?(?: |$)`);
const REGION_UNIT = new RegExp(`(?:^| )(?:${alt(UNIT_WORDS.region)})(?: (?:of|de|du|des|de la|de l))?(?: |$)`);
const LOCALITY = new RegExp(`(?:^| )(?:${alt(LOCALITY_CUES)})(?: |$)`);
// Facilities as folded word lists, longest first: "maison d arret de X", "X prison", "the X police station".
const FACILITIES = [...FACILITY_WORDS].map((w) => fold(w).split(' ')).sort((a, b) => b.length - a.length);
const FACILITY_LEAD_SKIP = new Set(['the', 'le', 'la', 'les', 'l', 'a', 'au', 'at', 'in', 'to', 'from', 'near', 'dans', 'pres', 'de', 'du', 'vers']);
const FACILITY_LINK = new Set(['de', 'du', 'des', 'd', 'of', 'at', 'in', 'a']);
// Written-name tokens: words and the separators between them (kept, to find the hyphens of "Toulon-La Farlède").
const TOKEN_SPLIT = /([\s'’‘`´ʼ\-‐‑‒–—.,/·_"“”«»()]+)/;
const HYPHEN = /^[-‐‑‒–—]$|^\s+[-‒–—]\s+$/;
const COMMON_WORDS = new Set(COMMON_WORD_COMMUNES.map(fold));
const OVERSEAS_DEP = /^9[78]/;
const DIACRITICS = /[\u0300-\u036f]/g;
const SEPARATORS = /[\s'’‘`´ʼ\-‐‑‒–—.,/·_"“”«»()]+/g;

// ------------------------------------------------------------------------------------------------
// Context

interface Context {
  /** Départements stated right with the mention: "(93)", "Valence, Drôme". */
  strongDeps: Set<string>;
  deps: Set<string>;
  regions: Set<string>;
  /** Arrondissement cities named around ("marseille"). */
  cities: string[];
  /** Foreign countries named around. */
  countries: Set<string>;
  overseas: boolean;
  /** See GeocodeContext.placed. */
  placed?: boolean;
}

function emptyContext(): Context {
  return { strongDeps: new Set(), deps: new Set(), regions: new Set(), cities: [], countries: new Set(), overseas: false };
}

/** What a nearby name or a qualifier tells: a département, a région, a city, a country. */
function absorb(g: Gazetteer, text: string, ctx: Context, strong: boolean): void {
  let k = fold(text);
  for (const p of PREFIXES) if (k.startsWith(p)) k = k.slice(p.length);
  if (!k) return;
  if (k in ARRONDISSEMENT_CITIES) ctx.cities.push(k);
  const depCode = DEP_CODE.exec(k)?.[1]?.toUpperCase();
  const dep = (depCode && g.departements.has(depCode) ? depCode : null) ?? g.departementsByName.get(stripArticle(k)) ?? g.departementsByName.get(k);
  if (dep) {
    (strong ? ctx.strongDeps : ctx.deps).add(dep);
    ctx.deps.add(dep);
    const d = g.departements.get(dep);
    if (d) ctx.regions.add(d.region);
    if (OVERSEAS_DEP.test(dep)) ctx.overseas = true;
    return;
  }
  const region = g.regionsByName.get(k) ?? g.regionsByName.get(stripArticle(k));
  if (region) {
    ctx.regions.add(region);
    const single = SINGLE_DEPARTEMENT_REGIONS[region];
    if (single) {
      ctx.deps.add(single);
      ctx.overseas = true;
    }
    return;
  }
  const country = g.countriesByName.get(k);
  if (country) {
    if (country !== 'FR') ctx.countries.add(country);
    return;
  }
  const hits = (g.communesByName.get(k) ?? []).filter((h) => h.via === 'official' || h.via === 'former' || h.via === 'exonym' || h.via === 'district');
  if (hits.length === 0) return;
  const best = hits.reduce((a, b) => ((b.commune.population ?? 0) > (a.commune.population ?? 0) ? b : a));
  if (hits.length === 1 || (best.commune.population ?? 0) >= DEFAULT_MIN_POPULATION_BARE) {
    if (strong) ctx.strongDeps.add(best.commune.departement);
    ctx.deps.add(best.commune.departement);
    ctx.regions.add(best.commune.region);
    if (best.commune.parent) {
      const parent = g.communes.get(best.commune.parent);
      if (parent && fold(parent.name) in ARRONDISSEMENT_CITIES) ctx.cities.push(fold(parent.name));
    }
    const f = fold(best.commune.name);
    if (f in ARRONDISSEMENT_CITIES) ctx.cities.push(f);
    if (OVERSEAS_DEP.test(best.commune.departement)) ctx.overseas = true;
  }
}

/** Départements, régions and arrondissement cities named (capitalised) in the sentence; "(13)" codes. */
function scanSentence(g: Gazetteer, sentence: string, ctx: Context): void {
  for (const m of sentence.matchAll(DEP_CODE_IN_PARENS)) {
    const code = m[1].toUpperCase();
    if (g.departements.has(code)) {
      ctx.deps.add(code);
      ctx.regions.add(g.departements.get(code)!.region);
    }
  }
  // Same folding as fold() minus case and "St" expansion, so that positions line up with the cased copy.
  const cased = ` ${sentence.normalize('NFD').replace(DIACRITICS, '').replace(SEPARATORS, ' ')} `;
  const lower = cased.toLowerCase();
  if (lower.length !== cased.length) return;
  const found = (key: string): boolean => {
    let i = lower.indexOf(` ${key} `);
    while (i >= 0) {
      const ch = cased.charAt(i + 1);
      if (ch !== ch.toLowerCase()) return true;
      i = lower.indexOf(` ${key} `, i + 1);
    }
    return false;
  };
  for (const [key, code] of g.departementsByName) {
    if (found(key)) {
      ctx.deps.add(code);
      const d = g.departements.get(code);
      if (d) ctx.regions.add(d.region);
      if (OVERSEAS_DEP.test(code)) ctx.overseas = true;
    }
  }
  for (const [key, code] of g.regionsByName) {
    if (found(key)) {
      ctx.regions.add(code);
      if (SINGLE_DEPARTEMENT_REGIONS[code]) ctx.overseas = true;
    }
  }
  for (const city of Object.keys(ARRONDISSEMENT_CITIES)) if (found(city)) ctx.cities.push(city);
}

function stripArticle(k: string): string {
  for (const a of ARTICLES) if (k.startsWith(a)) return k.slice(a.length);
  return k;
}

// ------------------------------------------------------------------------------------------------
// Output builders

function regionName(g: Gazetteer, code: string | null): string | null {
  return code ? (g.regions.get(code)?.name ?? null) : null;
}

function communePlace(g: Gazetteer, c: Commune, lat: number | null = null, lon: number | null = null): GeocodedPlace {
  let source: CoordinateSource = 'point';
  if (lat != null && lon != null) source = 'district_point';
  else if (c.lat != null && c.lon != null) [lat, lon] = [c.lat, c.lon];
  else {
    const parent = c.parent ? g.communes.get(c.parent) : null;
    if (parent?.lat != null && parent.lon != null) {
      [lat, lon, source] = [parent.lat, parent.lon, 'parent_point'];
    } else {
      const d = g.departements.get(c.departement);
      [lat, lon, source] = [d?.lat ?? null, d?.lon ?? null, d?.lat != null ? 'departement_centroid' : null];
    }
  }
  return {
    name: c.name,
    commune_insee: c.code,
    departement: c.departement,
    region: regionName(g, c.region),
    country: 'FR',
    lat,
    lon,
    precision: c.kind === 'arrondissement' ? 'arrondissement' : 'commune',
    population: c.population,
    coord_source: source,
  };
}

function departementPlace(g: Gazetteer, code: string): GeocodedPlace | null {
  const d = g.departements.get(code);
  if (!d) return null;
  return {
    name: d.name,
    commune_insee: null,
    departement: d.code,
    region: regionName(g, d.region),
    country: 'FR',
    lat: d.lat,
    lon: d.lon,
    precision: 'departement',
    population: d.population,
    coord_source: d.lat != null ? 'departement_centroid' : null,
  };
}

function regionPlace(g: Gazetteer, code: string): GeocodedPlace | null {
  const single = SINGLE_DEPARTEMENT_REGIONS[code];
  if (single) return departementPlace(g, single);
  const r = g.regions.get(code);
  if (!r) return null;
  return {
    name: r.name,
    commune_insee: null,
    departement: null,
    region: r.name,
    country: 'FR',
    lat: r.lat,
    lon: r.lon,
    precision: 'region',
    population: r.population,
    coord_source: r.lat != null ? 'region_centroid' : null,
  };
}

function countryPlace(g: Gazetteer, iso: string): GeocodedPlace {
  const centre = g.countryCentres.get(iso) ?? null;
  return {
    name: COUNTRIES[iso]?.[0] ?? iso,
    commune_insee: null,
    departement: null,
    region: null,
    country: iso,
    lat: centre?.[0] ?? null,
    lon: centre?.[1] ?? null,
    precision: 'country',
    population: null,
    coord_source: centre ? 'country_centroid' : null,
  };
}

function areaPlace(written: string): GeocodedPlace {
  return {
    name: written,
    commune_insee: null,
    departement: null,
    region: null,
    country: 'FR',
    lat: null,
    lon: null,
    precision: 'area',
    population: null,
    coord_source: null,
  };
}

function foreignCityPlace(city: ForeignCity): GeocodedPlace {
  return {
    name: city.name,
    commune_insee: null,
    departement: null,
    region: null,
    country: city.country,
    lat: city.lat,
    lon: city.lon,
    precision: 'commune',
    population: city.population,
    coord_source: 'point',
  };
}

// ------------------------------------------------------------------------------------------------
// Steps

function ordinalValue(m: RegExpExecArray, from: number): number | null {
  const digits = m[from];
  const roman = m[from + 1];
  const word = m[from + 2];
  if (digits) return Number(digits);
  if (roman) return romanValue(roman);
  if (word) return ORDINAL_WORDS[word] ?? null;
  return null;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };
function romanValue(s: string): number | null {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = ROMAN[s[i + 1]] ?? 0;
    if (v === undefined) return null;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

function arrondissement(g: Gazetteer, city: string, n: number | null): GeocodedPlace | null {
  const spec = ARRONDISSEMENT_CITIES[city];
  if (!spec || n == null || n < 1 || n > spec.count) return null;
  const c = g.communes.get(String(spec.base + n - 1));
  return c ? communePlace(g, c) : null;
}

function matchArrondissement(g: Gazetteer, k: string, ctx: Context): GeocodedPlace | null {
  let m = ARR_CITY_FIRST.exec(k);
  if (m) return arrondissement(g, m[1], ordinalValue(m, 2));
  m = ARR_ORD_FIRST.exec(k);
  if (m) {
    const n = ordinalValue(m, 1);
    const city = m[4] ?? ctx.cities[0] ?? (n != null && n > 16 ? 'paris' : null);
    return city ? arrondissement(g, city, n) : null;
  }
  m = ARR_BARE.exec(k);
  if (m && ctx.cities.length > 0) return arrondissement(g, ctx.cities[0], ordinalValue(m, 1));
  return null;
}

function matchPostcode(g: Gazetteer, k: string): GeocodedPlace | null {
  const m = POSTCODE.exec(k);
  if (!m) return null;
  const codes = g.postcodes.get(m[1]);
  if (!codes) return null;
  const rest = k.replace(m[1], ' ').trim();
  let list = codes.map((c) => g.communes.get(c)).filter((c): c is Commune => !!c);
  // "13003 Marseille": the name picks among the communes sharing a postcode (and must agree with it).
  if (rest) {
    const named = list.filter((c) => fold(c.name) === rest || (c.parent && fold(g.communes.get(c.parent)?.name ?? '') === rest));
    if (named.length === 0) return null;
    list = named;
  } else if (!POSTCODE_ONLY.test(k)) return null;
  // An arrondissement is more precise than its city, which shares its postcodes.
  list.sort((a, b) => Number(b.kind === 'arrondissement') - Number(a.kind === 'arrondissement') || (b.population ?? 0) - (a.population ?? 0));
  return list[0] ? communePlace(g, list[0]) : null;
}

interface Scored {
  hit: CommuneHit;
  score: number;
  confirmed: boolean;
}

// Official, former and GeoNames names weigh the same (the 93's Saint-Ouen is "Saint-Ouen" in GeoNames only);
// population then decides. Districts and article-less names yield to a real commune name.
const VIA_PENALTY: Record<CommuneHit['via'], number> = { official: 0, former: 0, geonames: 0, exonym: 0, district: 3, 'no-article': 10 };

/**
 * A région named nearby confirms a homonym only if it is not dwarfed by another: "Valence" in a story that also names
 * Agen is still the Drôme's city of 64,000, not the Charente village of 500 in Agen's région, nor (with Nîmes named)
 * Tarn-et-Garonne's town of 5,000 in Nîmes's région. A région is wide: it says little against a city ten times bigger.
 */
const REGION_CONFIRMS_WITHIN = 10;

function scoreCommunes(hits: CommuneHit[], ctx: Context): Scored[] {
  const biggest = Math.max(0, ...hits.map((h) => h.commune.population ?? 0));
  const scored = hits.map((hit) => {
    const c = hit.commune;
    let score = -VIA_PENALTY[hit.via];
    const strong = ctx.strongDeps.has(c.departement);
    const dep = ctx.deps.has(c.departement);
    const reg = ctx.regions.has(c.region) && (c.population ?? 0) * REGION_CONFIRMS_WITHIN >= biggest;
    if (strong) score += 100;
    if (dep) score += 40;
    if (reg) score += 20;
    if (OVERSEAS_DEP.test(c.departement) && !ctx.overseas) score -= 15;
    return { hit, score, confirmed: strong || dep || reg };
  });
  return scored.sort((a, b) => b.score - a.score || (b.hit.commune.population ?? 0) - (a.hit.commune.population ?? 0));
}

/** Whether the written words that the (peeled) key stands for start with a capital: "a suburb of Valence" → "Valence". */
function nameCapitalised(written: string, key: string): boolean {
  const words = written.split(SEPARATORS).filter((w) => w !== '');
  const n = key.split(' ').length;
  return isCapitalised(words.slice(Math.max(0, words.length - n)).join(' '));
}

/** The bare-name rule (see the header). */
function acceptable(s: Scored, written: string, key: string, locality: boolean, only = false): boolean {
  if (s.confirmed) return true;
  if (s.hit.via === 'district') return s.hit.lat == null; // curated districts (lexicon) stand alone; GeoNames neighbourhoods need their city near
  if (!nameCapitalised(written, key)) return false;
  if (COMMON_WORDS.has(key)) return false;
  if (locality || only) return true;
  return (s.hit.commune.population ?? 0) >= DEFAULT_MIN_POPULATION_BARE;
}

/** A name looked up as every kind of place; the most fitting one is returned. */
function matchName(g: Gazetteer, written: string, key: string, ctx: Context, afterArticle: boolean, locality: boolean): GeocodedPlace | null {
  const country = g.countriesByName.get(key);
  if (country) return country === 'FR' ? countryPlace(g, 'FR') : countryPlace(g, country);

  const depCode = g.departementsByName.get(key);
  const regionCode = g.regionsByName.get(key);
  const hits = (g.communesByName.get(key) ?? []).filter((h) => h.via !== 'no-article');
  const scored = scoreCommunes(hits, ctx);
  // ("près d'Incarville", "à Goult": told as a place, the only commune of that name in France, however small.)
  const only = ctx.placed === true && hits.length === 1 && hits[0]!.via === 'official' && !depCode && !regionCode;
  let best = scored.find((s) => acceptable(s, written, key, locality, only)) ?? null;
  // "in Lamentin, in central Martinique": a name without the article of a commune ("Le Lamentin") in the département
  // the context names beats its exact homonym elsewhere (Guadeloupe's Lamentin) that nothing confirms.
  if (!best?.confirmed) {
    const loose = scoreCommunes((g.communesByName.get(key) ?? []).filter((h) => h.via === 'no-article'), ctx)
      .find((s) => ctx.strongDeps.has(s.hit.commune.departement) || ctx.deps.has(s.hit.commune.departement));
    if (loose) best = loose;
  }
  const foreign = g.foreignCitiesByName.get(key) ?? null;

  // "the Gard", "la Vienne": an article the official commune name lacks points to the unit.
  if (afterArticle && (depCode || regionCode)) return depCode ? departementPlace(g, depCode) : regionPlace(g, regionCode!);
  if (depCode || regionCode) {
    const big = best && (best.hit.commune.population ?? 0) >= DEFAULT_COMMUNE_OVER_UNIT_POP && best.hit.via === 'official';
    if (!big) return depCode ? departementPlace(g, depCode) : regionPlace(g, regionCode!);
  }
  if (foreign && preferForeign(foreign, best, ctx)) return foreignCityPlace(foreign);
  if (best) return communePlace(g, best.hit.commune, best.hit.lat, best.hit.lon);
  if (foreign && nameCapitalised(written, key)) return foreignCityPlace(foreign);
  return null;
}

function preferForeign(city: ForeignCity, best: Scored | null, ctx: Context): boolean {
  if (ctx.countries.has(city.country)) return true;
  if (!best) return true;
  if (best.confirmed) return false;
  return city.population > DEFAULT_FOREIGN_OVER_FRENCH_RATIO * (best.hit.commune.population ?? 0);
}

/** The looser forms: article-less official names ("Creusot"), then districts. */
function matchLoose(g: Gazetteer, written: string, key: string, ctx: Context, locality: boolean): GeocodedPlace | null {
  const hits = (g.communesByName.get(key) ?? []).filter((h) => h.via === 'no-article');
  const best = scoreCommunes(hits, ctx).find((s) => acceptable(s, written, key, locality));
  return best ? communePlace(g, best.hit.commune, best.hit.lat, best.hit.lon) : null;
}

/** Peels leading words ("near", "a suburb of", "the", "northern") off a key, noting a definite article. */
function peel(key: string): { key: string; afterArticle: boolean }[] {
  const out: { key: string; afterArticle: boolean }[] = [{ key, afterArticle: false }];
  let k = key;
  for (let guard = 0; guard < 6; guard++) {
    const before = k;
    let article = false;
    for (const p of PREFIXES) {
      if (k.startsWith(p) && k.length > p.length) {
        k = k.slice(p.length);
        break;
      }
    }
    for (const a of ARTICLES) {
      if (k.startsWith(a) && k.length > a.length) {
        k = k.slice(a.length);
        article = true;
        break;
      }
    }
    if (k === before) {
      const d = DIRECTION_PREFIX.exec(k);
      if (!d) break;
      k = k.slice(d[0].length);
    }
    out.push({ key: k, afterArticle: article });
  }
  return out;
}

// ------------------------------------------------------------------------------------------------

/** Resolves a place as written (en or fr) to a ResolvedPlace (src/core/types.ts), or null when unknown. */
export function geocode(text: string, ctx: GeocodeContext = {}): GeocodedPlace | null {
  if (!text) return null;
  const g = gazetteer();
  const c = emptyContext();

  // Qualifiers: "(93)", "(Drôme)", ", Drôme", ", a suburb of Lyon" are context stated with the name.
  let main = text;
  const qualifiers: string[] = [];
  main = main.replace(PARENS, (_, inner: string) => {
    qualifiers.push(inner);
    return ' ';
  });
  const parts = main.split(',');
  main = parts[0];
  qualifiers.push(...parts.slice(1));
  main = main.replace(EDGE_PUNCT, '');
  if (!main) return null;

  c.placed = ctx.placed;
  for (const q of qualifiers) if (q.trim()) absorb(g, q, c, true);
  if (ctx.sentence) scanSentence(g, ctx.sentence, c);
  for (const n of ctx.nearby ?? []) if (n && n !== text) absorb(g, n, c, false);

  const key = fold(main);
  if (!key) return null;
  if (WORLD_REGION_KEYS.has(key)) return null;

  const result = resolveKey(g, main, key, c);
  // "Luynes (Bouches-du-Rhône)": the only commune called Luynes is in Indre-et-Loire, so the name is a place inside a
  // commune of the stated département (a district of Aix); the département is all that is known for sure.
  if (result && c.strongDeps.size === 1 && result.departement !== null && !c.strongDeps.has(result.departement)) {
    return departementPlace(g, [...c.strongDeps][0]!) ?? result;
  }
  // (The same with a région stated: "Luynes (Provence)" is not the Indre-et-Loire Luynes.)
  if (result && c.strongDeps.size === 0 && result.precision !== 'country' && result.region !== null) {
    const stated = qualifiers.map((q) => fold(q.trim())).map((k) => g.regionsByName.get(k) ?? g.regionsByName.get(stripArticle(k))).filter((r): r is string => r !== undefined);
    if (stated.length === 1 && result.region !== regionName(g, stated[0]!)) return regionPlace(g, stated[0]!) ?? result;
  }
  if (result) return result;

  // "centre pénitentiaire de Toulon-La Farlède", "the Fresnes prison": the commune the facility stands in.
  const site = facilitySite(main);
  if (site) {
    const hit = resolveKey(g, site, fold(site), c, true) ?? doubleName(g, site, c, true);
    if (hit) return hit;
  }
  const double = doubleName(g, main, c, false);
  if (double) return double;

  // "Valence in the Drôme", "Grigny dans l'Essonne"
  const split = IN_SPLIT.exec(key);
  if (split && split.index > 0) {
    const right = key.slice(split.index + split[0].length);
    const c2 = { ...c, strongDeps: new Set(c.strongDeps), deps: new Set(c.deps), regions: new Set(c.regions), cities: [...c.cities] };
    absorb(g, right, c2, true);
    return resolveKey(g, main, key.slice(0, split.index), c2);
  }
  // "la Villeneuve de Grenoble", "les Izards de Toulouse": a district named with its town. The town is the place when
  // the whole name is no commune (the district is kept as a sub-place by the resolve stage).
  // (Not a numbered arrondissement the city does not have: "12e arrondissement de Lyon" is a misreading, not Lyon.)
  const of = /\d/.test(main) ? null : DISTRICT_OF.exec(main);
  if (of) {
    const town = resolveKey(g, of[1]!, fold(of[1]!), c);
    // (Not a town the context places elsewhere: "Dégrad des Cannes" is Guyane's port, not Cannes.)
    const fits = (town: GeocodedPlace) => (c.deps.size === 0 || (town.departement !== null && c.deps.has(town.departement))) && !(c.overseas && !OVERSEAS_DEP.test(town.departement ?? ''));
    if (town && (town.precision === 'commune' || town.precision === 'arrondissement') && fits(town)) return town;
  }
  const district = cityOfDistrict(g, main, c);
  if (district) return district;
  // "Cité des Iris, in the 14th arrondissement": a name that is no place of its own, set in an arrondissement (of the
  // city the story names) or a town stated after it, is there.
  for (const q of qualifiers) {
    const written = q.trim();
    if (!written) continue;
    const hit = resolveKey(g, written, fold(written), c);
    if (hit && (hit.precision === 'arrondissement' || hit.precision === 'commune')) return hit;
  }
  return null;
}

/**
 * "Lille-Moulins", "Nantes-Nord": a city and its district joined by a hyphen, the whole no commune: the city. Only a
 * city (a small first part would be a piece of some commune's own name).
 */
function cityOfDistrict(g: Gazetteer, main: string, c: Context): GeocodedPlace | null {
  const hyphen = /^(\p{Lu}[\p{L}'’]+)-\p{Lu}/u.exec(main);
  if (!hyphen) return null;
  const town = resolveKey(g, hyphen[1]!, fold(hyphen[1]!), c);
  if (!town || town.precision !== 'commune' || (town.population ?? 0) < HYPHENED_CITY_POPULATION) return null;
  // ("Lille-Loos-Sequedin", a prison's name: the other parts are communes next to the city, not its district.)
  const others = main.slice(hyphen[1]!.length + 1).split('-');
  const near = others.some((part) => g.communesByName.get(fold(part))?.some((x) => x.commune.departement === town.departement));
  return near ? null : town;
}

/** The name is a city and its district joined by a hyphen ("Lille-Moulins"), and no commune of its own. */
export function hyphenedDistrict(text: string): boolean {
  const g = gazetteer();
  const main = text.replace(EDGE_PUNCT, '');
  return resolveKey(g, main, fold(main), emptyContext()) === null && cityOfDistrict(g, main, emptyContext()) !== null;
}

/** Inhabitants from which the first part of "Lille-Moulins" is read as the city the district is in. */
const HYPHENED_CITY_POPULATION = 100_000;

/** A name ending in "de"/"d'" and a capitalised last part: its town, when the whole is not a commune. */
const DISTRICT_OF = /^\S.*?\s(?:de\s|d['’])(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)$/u;

/** The written name with a facility word stripped ("maison d'arrêt de Villepinte" → "Villepinte"), or null. */
function facilitySite(written: string): string | null {
  const tokens = written.split(TOKEN_SPLIT);
  const words = tokens.filter((_, i) => i % 2 === 0).map(fold);
  const at = (from: number, phrase: string[]): boolean => phrase.every((w, j) => words[from + j] === w);
  const rest = (fromWord: number, toWord: number): string => tokens.slice(fromWord * 2, toWord * 2 - 1).join('').trim();
  let lead = 0;
  while (lead < words.length && FACILITY_LEAD_SKIP.has(words[lead])) lead++;
  for (const f of FACILITIES) {
    if (at(lead, f)) {
      let from = lead + f.length;
      if (FACILITY_LINK.has(words[from])) from++;
      if (from < words.length) return rest(from, words.length);
    }
    const end = words.length - f.length;
    if (end > lead && at(end, f)) return rest(lead, end);
  }
  return null;
}

/**
 * "Toulon-La Farlède", "Lille-Sequedin": a facility named after its city and the commune it stands in. The
 * right-hand part is tried first, with the left part's département as context; the left part alone only for a
 * facility ("Paris-La Santé") since two unrelated names joined by a hyphen are rarely a place.
 */
function doubleName(g: Gazetteer, written: string, c: Context, facility: boolean): GeocodedPlace | null {
  const tokens = written.split(TOKEN_SPLIT);
  const cuts: number[] = [];
  for (let i = 1; i < tokens.length - 1; i += 2) if (HYPHEN.test(tokens[i]) && isCapitalised(tokens[i + 1])) cuts.push(i);
  for (const cut of cuts) {
    const left = tokens.slice(0, cut).join('');
    const right = tokens.slice(cut + 1).join('');
    const leftHit = resolveKey(g, left, fold(left), c);
    if (!leftHit || leftHit.precision === 'country' || leftHit.precision === 'area') continue;
    const c2 = { ...c, deps: new Set(c.deps), regions: new Set(c.regions) };
    if (leftHit.departement) c2.deps.add(leftHit.departement);
    const rightHit = resolveKey(g, right, fold(right), c2, true);
    // The site lies in its city's département: "Aix-Luynes" is Aix's Luynes, not the Luynes of Indre-et-Loire.
    const sameDep = !leftHit.departement || rightHit?.departement === leftHit.departement;
    if (rightHit && sameDep && (rightHit.precision === 'commune' || rightHit.precision === 'arrondissement')) return rightHit;
    if (facility) return leftHit;
  }
  return null;
}

function resolveKey(g: Gazetteer, written: string, key: string, c: Context, site = false): GeocodedPlace | null {
  const dep = DEP_CODE.exec(key);
  const depPlace = dep ? departementPlace(g, dep[1].toUpperCase()) : null;
  if (depPlace) return depPlace;
  const postcode = matchPostcode(g, key);
  if (postcode) return postcode;

  if (AREA_PATTERN.test(key) || BARE_AREA_KEYS.has(key)) return areaPlace(written.trim());

  // A facility's site ("Incarville prison") is a locality by construction.
  const locality = site || LOCALITY.test(key);
  const variants = peel(key);
  for (const v of variants) {
    const arr = matchArrondissement(g, v.key, c);
    if (arr) return arr;
    if (AREA_PATTERN.test(v.key)) return areaPlace(written.trim());
  }
  for (const v of variants) {
    // "département du Gard", "Gard department", "la région Normandie"
    if (DEP_UNIT.test(v.key)) {
      const name = stripArticle(v.key.replace(DEP_UNIT, ' ').trim());
      const code = g.departementsByName.get(name) ?? DEP_CODE.exec(name)?.[1]?.toUpperCase();
      if (code && g.departements.has(code)) return departementPlace(g, code);
    }
    if (REGION_UNIT.test(v.key)) {
      const name = stripArticle(v.key.replace(REGION_UNIT, ' ').trim());
      const code = g.regionsByName.get(name);
      if (code) return regionPlace(g, code);
    }
  }
  for (const v of variants) {
    const hit = matchName(g, written, v.key, c, v.afterArticle, locality);
    if (hit) return hit;
  }
  for (const v of variants) {
    const hit = matchLoose(g, written, v.key, c, locality);
    if (hit) return hit;
  }
  return null;
}

// ------------------------------------------------------------------------------------------------
// Lookups for analytics

export interface DepartementInfo {
  code: string;
  name: string;
  /** Région name */
  region: string;
  region_code: string;
  population: number | null;
  lat: number | null;
  lon: number | null;
}

export interface RegionInfo {
  code: string;
  name: string;
  population: number | null;
  lat: number | null;
  lon: number | null;
  departements: string[];
}

const SHORT_DEP = /^\d$/;

/** A département by INSEE code ("13", "2A", "973"; "1" means "01"), or null. */
export function departementInfo(code: string): DepartementInfo | null {
  const g = gazetteer();
  let c = code.trim().toUpperCase();
  if (SHORT_DEP.test(c)) c = `0${c}`;
  const d = g.departements.get(c);
  if (!d) return null;
  return { code: d.code, name: d.name, region: regionName(g, d.region) ?? d.region, region_code: d.region, population: d.population, lat: d.lat, lon: d.lon };
}

/** A région by INSEE code ("93", "11", "03"), or by name ("Normandy", "Provence-Alpes-Côte d'Azur"), or null. */
export function regionInfo(codeOrName: string): RegionInfo | null {
  const g = gazetteer();
  const code = g.regions.has(codeOrName.trim()) ? codeOrName.trim() : g.regionsByName.get(fold(codeOrName));
  const r = code ? g.regions.get(code) : undefined;
  if (!r) return null;
  const departements = [...g.departements.values()].filter((d) => d.region === r.code).map((d) => d.code);
  return { code: r.code, name: r.name, population: r.population, lat: r.lat, lon: r.lon, departements };
}

/** Every département (overseas included), in INSEE order: for per-100k rates and maps. */
export function listDepartements(): DepartementInfo[] {
  const g = gazetteer();
  return [...g.departements.keys()].map((c) => departementInfo(c)!).filter((d) => d != null);
}

/** Every région, in INSEE order. */
export function listRegions(): RegionInfo[] {
  const g = gazetteer();
  return [...g.regions.keys()].map((c) => regionInfo(c)!).filter((r) => r != null);
}

/** A commune or arrondissement by INSEE code, as a place. */
export function communeByInsee(code: string): GeocodedPlace | null {
  const g = gazetteer();
  const c = g.communes.get(code.trim().toUpperCase());
  return c ? communePlace(g, c) : null;
}

/** How many places a lookup offers a person to choose from. */
export const DEFAULT_PLACE_CANDIDATES = 10;

const samePlace = (a: ResolvedPlace, b: ResolvedPlace): boolean =>
  a.precision === b.precision && a.commune_insee === b.commune_insee && a.departement === b.departement && a.region === b.region && a.name === b.name;

/**
 * Places a person may mean by some words (the reviewer's choice of an incident's place): geocode's best reading
 * first, then every commune of that name (homonyms, most populous first: "Saint-Denis" is in 93 and in 974), then a
 * département or région of that name. The machine picks one reading; a person correcting it needs the others.
 */
export function placeCandidates(text: string, limit = DEFAULT_PLACE_CANDIDATES): GeocodedPlace[] {
  const g = gazetteer();
  const out: GeocodedPlace[] = [];
  const add = (p: GeocodedPlace | null) => {
    if (p && !out.some((q) => samePlace(p, q))) out.push(p);
  };
  const best = geocode(text);
  add(best);
  const written = fold(text.replace(EDGE_PUNCT, ''));
  const keys = [...new Set([written, stripArticle(written), best?.name ? fold(best.name) : ''])].filter(Boolean);
  for (const k of keys) {
    const hits = [...(g.communesByName.get(k) ?? [])].sort((a, b) => (b.commune.population ?? 0) - (a.commune.population ?? 0));
    for (const hit of hits) add(communePlace(g, hit.commune, hit.lat, hit.lon));
    const dep = g.departementsByName.get(k);
    if (dep) add(departementPlace(g, dep));
    const region = g.regionsByName.get(k);
    if (region) add(regionPlace(g, region));
  }
  return out.slice(0, limit);
}
