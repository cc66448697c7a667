// Loads the gazetteer once, on first use (data/gazetteer.json if built, else straight from the packages), and indexes it by folded name.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteerData, GAZETTEER_VERSION } from './gazetteer-build.js';
import type { GazetteerData } from './gazetteer-build.js';
import {
  COUNTRIES,
  DEPARTEMENT_ALIASES,
  DISTRICTS,
  EXONYMS,
  FOREIGN_CITY_VARIANTS,
  NAME_ARTICLES,
  REGION_ALIASES,
} from './lexicon.js';
import { fold } from './normalize.js';

/** Path of the generated data file, relative to the project root. */
export const GAZETTEER_FILE = join('data', 'gazetteer.json');

export interface Region {
  code: string;
  name: string;
  population: number | null;
  lat: number | null;
  lon: number | null;
}

export interface Departement {
  code: string;
  name: string;
  /** INSEE region code */
  region: string;
  population: number | null;
  lat: number | null;
  lon: number | null;
}

export interface Commune {
  code: string;
  name: string;
  departement: string;
  /** INSEE region code */
  region: string;
  population: number | null;
  /** GeoNames point, or null when GeoNames has none for this commune. */
  lat: number | null;
  lon: number | null;
  kind: 'commune' | 'arrondissement';
  /** Parent commune of a municipal arrondissement. */
  parent: string | null;
}

/**
 * How a name reached a commune: its official name, the name without its article, another name, an English
 * exonym or old spelling (lexicon EXONYMS), a district in it.
 */
export type MatchVia = 'official' | 'no-article' | 'former' | 'geonames' | 'exonym' | 'district';

export interface CommuneHit {
  commune: Commune;
  via: MatchVia;
  /** A more precise point than the commune's (a neighbourhood), when known. */
  lat: number | null;
  lon: number | null;
}

export interface ForeignCity {
  name: string;
  country: string;
  population: number;
  lat: number;
  lon: number;
}

export interface Gazetteer {
  regions: Map<string, Region>;
  departements: Map<string, Departement>;
  communes: Map<string, Commune>;
  /** folded name → communes (homonyms) */
  communesByName: Map<string, CommuneHit[]>;
  /** folded name → département code */
  departementsByName: Map<string, string>;
  /** folded name → region code */
  regionsByName: Map<string, string>;
  /** folded name → ISO 3166-1 alpha-2 */
  countriesByName: Map<string, string>;
  countryCentres: Map<string, [number, number]>;
  foreignCitiesByName: Map<string, ForeignCity>;
  postcodes: Map<string, string[]>;
  /** Where the data was loaded from and what it cost. */
  stats: { source: 'file' | 'packages'; ms: number };
}

let cached: Gazetteer | null = null;

/** The gazetteer, loaded and indexed on first call. */
export function gazetteer(): Gazetteer {
  if (!cached) cached = load();
  return cached;
}

function projectRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** The built data file if present and current, else the packages themselves (slower, same result). */
export function loadGazetteerData(): { data: GazetteerData; source: 'file' | 'packages' } {
  const root = projectRoot();
  const file = root ? join(root, GAZETTEER_FILE) : null;
  if (file && existsSync(file)) {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as GazetteerData;
      if (data.version === GAZETTEER_VERSION) return { data, source: 'file' };
    } catch {
      // A truncated or hand-edited file: fall through to the packages.
    }
  }
  return { data: buildGazetteerData(), source: 'packages' };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

const ARTICLE_PREFIXES = NAME_ARTICLES.map((a) => `${a} `);

function withoutArticle(key: string): string | null {
  for (const p of ARTICLE_PREFIXES) if (key.startsWith(p) && key.length > p.length + 2) return key.slice(p.length);
  return null;
}

function load(): Gazetteer {
  const t0 = performance.now();
  const { data, source } = loadGazetteerData();

  const regions = new Map<string, Region>();
  for (const [code, name, population, lat, lon] of data.regions) regions.set(code, { code, name, population, lat, lon });
  const departements = new Map<string, Departement>();
  for (const [code, name, region, population, lat, lon] of data.departements) {
    departements.set(code, { code, name, region, population, lat, lon });
  }

  const communes = new Map<string, Commune>();
  const delegated: [string, string][] = [];
  for (const [code, name, dep, region, population, lat, lon, kind, parent] of data.communes) {
    if (kind === 'd') {
      if (parent) delegated.push([name, parent]);
      continue;
    }
    communes.set(code, { code, name, departement: dep, region, population, lat, lon, kind: kind === 'a' ? 'arrondissement' : 'commune', parent });
  }

  const communesByName = new Map<string, CommuneHit[]>();
  const add = (key: string, commune: Commune, via: MatchVia, lat: number | null = null, lon: number | null = null): void => {
    const list = communesByName.get(key);
    // One hit per commune and key: the first (most direct) way of reaching it wins.
    if (list?.some((h) => h.commune.code === commune.code)) return;
    push(communesByName, key, { commune, via, lat, lon });
  };
  const folded = new Map<string, string>();
  for (const c of communes.values()) {
    const key = fold(c.name);
    folded.set(c.code, key);
    add(key, c, 'official');
  }
  for (const c of communes.values()) {
    const bare = withoutArticle(folded.get(c.code)!);
    if (bare) add(bare, c, 'no-article');
  }
  for (const [name, parent] of delegated) {
    const c = communes.get(parent);
    if (c) add(fold(name), c, 'former');
  }
  for (const [name, code, lat, lon, kind] of data.aliases) {
    const c = communes.get(code);
    if (!c) continue;
    const key = fold(name);
    // GeoNames sometimes files a commune's point under its neighbour's code (Tassin-la-Demi-Lune under Lyon):
    // a name that is official for another commune of the same département is that commune's, not an alias.
    if (communesByName.get(key)?.some((h) => h.via === 'official' && h.commune.departement === c.departement && h.commune.code !== c.code)) continue;
    add(key, c, kind === 'n' ? 'district' : 'geonames', kind === 'n' ? lat : null, kind === 'n' ? lon : null);
  }
  for (const [name, communeName, dep] of EXONYMS) {
    const target = (communesByName.get(fold(communeName)) ?? []).find((h) => h.commune.departement === dep && h.via === 'official');
    if (target) add(fold(name), target.commune, 'exonym');
  }
  for (const [name, communeName, dep] of DISTRICTS) {
    const target = (communesByName.get(fold(communeName)) ?? []).find((h) => h.commune.departement === dep && h.via === 'official');
    if (target) add(fold(name), target.commune, 'district');
  }

  const departementsByName = new Map<string, string>();
  for (const d of departements.values()) {
    departementsByName.set(fold(d.name), d.code);
    const bare = withoutArticle(fold(d.name));
    if (bare) departementsByName.set(bare, d.code);
  }
  for (const [alias, code] of Object.entries(DEPARTEMENT_ALIASES)) {
    if (departements.has(code)) departementsByName.set(fold(alias), code);
  }

  const regionsByName = new Map<string, string>();
  for (const r of regions.values()) {
    regionsByName.set(fold(r.name), r.code);
    const bare = withoutArticle(fold(r.name));
    if (bare) regionsByName.set(bare, r.code);
  }
  for (const [alias, code] of Object.entries(REGION_ALIASES)) regionsByName.set(fold(alias), code);

  const countriesByName = new Map<string, string>();
  for (const [iso, names] of Object.entries(COUNTRIES)) {
    for (const n of names) {
      const k = fold(n);
      countriesByName.set(k, iso);
      const bare = k.startsWith('the ') ? k.slice(4) : withoutArticle(k);
      if (bare) countriesByName.set(bare, iso);
    }
  }

  const foreignCitiesByName = new Map<string, ForeignCity>();
  for (const [name, country, population, lat, lon] of data.foreignCities) {
    foreignCitiesByName.set(fold(name), { name, country, population, lat, lon });
  }
  for (const [name, variants] of Object.entries(FOREIGN_CITY_VARIANTS)) {
    const city = foreignCitiesByName.get(fold(name));
    if (!city) continue;
    for (const v of variants) if (!foreignCitiesByName.has(fold(v))) foreignCitiesByName.set(fold(v), city);
  }

  return {
    regions,
    departements,
    communes,
    communesByName,
    departementsByName,
    regionsByName,
    countriesByName,
    countryCentres: new Map(Object.entries(data.countries)),
    foreignCitiesByName,
    postcodes: new Map(Object.entries(data.postcodes)),
    stats: { source, ms: Math.round(performance.now() - t0) },
  };
}
