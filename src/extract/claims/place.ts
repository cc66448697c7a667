// Where a figure holds: the places a story names (geocoded, so a capitalised word is a place only when the
// official geography or the country list knows it), which of them a figure's sentence gives it, and the place a
// whole story is about ("la cité phocéenne" is Marseille; a story about the country's figures is France's).
//
// The claim's place is written as the place's official name ("Marseille", "Bouches-du-Rhône", "France"); the
// resolve stage geocodes it again for the export.

import { CAPITALISED_NAME, fold, geocode, regionInfo } from '../../resolve/geo/index.js';
import type { GeocodedPlace } from '../../resolve/geo/index.js';
import { DISTRICTS } from '../../resolve/geo/lexicon.js';
import type { ClaimLexicon } from './lexicon.js';

export type PlaceLevel = 'commune' | 'departement' | 'region' | 'country';

export interface PlaceHit {
  start: number;
  end: number;
  /** Official name of the place (a town's, a département's, a country's): what the claim's place is set to. */
  label: string;
  level: PlaceLevel;
  /** Key grouping the mentions of one place: a city's INSEE code (arrondissements fold into it), a département's code, a country's code. */
  key: string;
  /** After a locative preposition ("à Marseille", "in the Gard"). */
  locative: boolean;
  /** The seat of an office or a source ("le préfet des Bouches-du-Rhône", "Marseille prosecutor", "selon La Provence"), not where a figure holds. */
  office: boolean;
  /** An epithet of a place named otherwise ("France's second city", "a city in southern France"). */
  epithet: boolean;
  /** Read from a demonym ("les autorités françaises"): says where a figure holds, not what a story is about. */
  demonym?: boolean;
  /** Qualifies the place just before it ("Sevran (Seine-Saint-Denis)", "Marseille, southern France"). */
  qualifier?: boolean;
}

/** A town named bare (no locative before it) is taken as a place only from this size: smaller ones share names with words and people. */
export const DEFAULT_BARE_TOWN_POPULATION = 20_000;
/** How far into a story (characters) its lead runs: the title and first paragraphs, where a local story names its town. */
export const DEFAULT_LEAD_CHARS = 600;
/** Weight of an adjective ("French police", "les services français") against a place named: it describes more than it places. */
const DEMONYM_WEIGHT = 1;
/** Weight of a mention in the lead against one further down. */
const LEAD_WEIGHT = 2;
/** A story is about a town when it holds at least this share of the weight of all the towns and départements it names. */
export const DEFAULT_LOCAL_SHARE = 0.5;
/** A story is about a town when its mentions weigh at least this much. */
export const DEFAULT_LOCAL_STORY_WEIGHT = 2;

const geocodeMemo = new Map<string, GeocodedPlace | null>();
const MEMO_LIMIT = 20_000;

function geocoded(name: string): GeocodedPlace | null {
  let p = geocodeMemo.get(name);
  if (p === undefined) {
    if (geocodeMemo.size >= MEMO_LIMIT) geocodeMemo.clear();
    p = geocode(name);
    geocodeMemo.set(name, p);
  }
  return p;
}

const CITY_OF_ARRONDISSEMENT: Array<[number, number, string]> = [[13201, 13216, '13055'], [75101, 75120, '75056'], [69381, 69389, '69123']];

function cityKey(insee: string): string {
  const n = Number(insee);
  for (const [lo, hi, city] of CITY_OF_ARRONDISSEMENT) if (n >= lo && n <= hi) return city;
  return insee;
}

/** A geocoded place as a hit's level, key and label; null for what a figure cannot hold in (areas, unknowns). */
function asPlace(p: GeocodedPlace): { level: PlaceLevel; key: string; label: string } | null {
  if ((p.precision === 'commune' || p.precision === 'arrondissement') && p.commune_insee && p.country === 'FR') {
    const key = cityKey(p.commune_insee);
    const label = key === p.commune_insee ? p.name : geocoded(cityName(key))?.name ?? p.name;
    return label ? { level: 'commune', key: `c:${key}`, label } : null;
  }
  if (p.precision === 'departement' && p.departement && p.name) return { level: 'departement', key: `d:${p.departement}`, label: p.name };
  if (p.precision === 'region' && p.region && p.name) return { level: 'region', key: `r:${p.region}`, label: p.name };
  if (p.precision === 'country' && p.country) return { level: 'country', key: `k:${p.country}`, label: p.country === 'FR' ? 'France' : p.name ?? p.country };
  return null;
}

function cityName(insee: string): string {
  return insee === '13055' ? 'Marseille' : insee === '75056' ? 'Paris' : 'Lyon';
}

const epithetMemo = new WeakMap<ClaimLexicon, Array<[string, string]>>();

function epithetsOf(lex: ClaimLexicon): Array<[string, string]> {
  let list = epithetMemo.get(lex);
  if (!list) epithetMemo.set(lex, (list = Object.entries(lex.townEpithets).map(([k, v]) => [fold(k), v] as [string, string]).sort((a, b) => b[0].length - a[0].length)));
  return list;
}

const districtKeys = [...new Set(DISTRICTS.map(([name]) => fold(name)))].sort((a, b) => b.length - a.length);

const foldedChars = new Map<string, string>();

/** The text folded one character at a time (so offsets map back), lower case, accents off, separators as spaces. */
function foldMapped(text: string): { folded: string; origin: number[] } {
  const parts: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let f: string;
    if (code < 128) {
      f = (code >= 48 && code <= 57) || (code >= 97 && code <= 122) ? text[i]! : code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ' ';
    } else {
      const ch = text[i]!;
      let g = foldedChars.get(ch);
      if (g === undefined) foldedChars.set(ch, (g = /[\p{L}\p{N}]/u.test(ch) ? ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : ' '));
      f = g;
    }
    parts.push(f);
    for (let k = 0; k < f.length; k++) origin.push(i);
  }
  return { folded: parts.join(''), origin };
}

/**
 * Every place the story names, in text order: capitalised names the geocoder knows (a town named bare only when
 * sizeable), known districts and epithets ("la cité phocéenne"), and demonyms ("les autorités françaises").
 */
/** Words before a name that make it where a traveller or a cargo came from ("une mule … en provenance de Paris"). */
export const PROVENANCE_BEFORE = /(?:en\s+provenance|provenant|venant|arrivant|originaire|originaires|coming|arriving|travelling|traveling|flown|shipped)\s+(?:de|du|des|d['’]|from)\s*(?:la\s+|le\s+|les\s+|l['’]\s*|the\s+)?$/iu;

/** "(04H15 à Paris)", "(10:15 in Paris)": the time somewhere else, not a place of the story. */
export const CLOCK_BEFORE = /\(\s*\d{1,2}\s*[hH:.]\s*\d{2}\s*(?:à|a|in|at)\s*$/u;

export function placeHits(text: string, lex: ClaimLexicon): PlaceHit[] {
  const hits: PlaceHit[] = [];
  const add = (start: number, end: number, place: { level: PlaceLevel; key: string; label: string }) => {
    const before = text.slice(Math.max(0, start - 60), start);
    const after = text.slice(end, end + 60);
    // A wire story's dateline ("PARIS (AP) —") is where it was filed, like an office's seat.
    const dateline = /(?:^|\n)\s*$/.test(before) && /^\s*(?:\((?:AP|AFP|Reuters|dpa|ANSA|Belga)\)|[—–])/.test(after);
    hits.push({
      start, end, ...place,
      locative: lex.locativeBefore.test(before),
      // (Where a traveller or a cargo came from, "une mule … en provenance de Paris", is no more where a figure holds.)
      office: lex.officeBefore.test(before) || lex.officeAfter.test(after) || dateline || PROVENANCE_BEFORE.test(before) || CLOCK_BEFORE.test(before),
      epithet: lex.epithetBefore.test(before) || lex.epithetAfter.test(after),
    });
  };
  const { folded, origin } = foldMapped(text);
  // "la deuxième ville de France", "France's second city": a town named by an epithet.
  for (const [phrase, town] of epithetsOf(lex)) {
    for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + phrase.length)) {
      if (/[a-z0-9]/.test(folded[at - 1] ?? '') || /[a-z0-9]/.test(folded[at + phrase.length] ?? '')) continue;
      const p = geocoded(town);
      const place = p && asPlace(p);
      if (place) add(origin[at]!, origin[at + phrase.length - 1]! + 1, place);
    }
  }
  // "dans l'arc Antilles-Guyane", "the French West Indies": areas no geography lists, named as they are.
  for (const [phrase, name] of Object.entries(lex.areas).map(([k, v]) => [fold(k), v] as const).sort((a, b) => b[0].length - a[0].length)) {
    for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + phrase.length)) {
      if (/[a-z0-9]/.test(folded[at - 1] ?? '') || /[a-z0-9]/.test(folded[at + phrase.length] ?? '')) continue;
      const start = origin[at]!;
      const end = origin[at + phrase.length - 1]! + 1;
      // ("la filière Le Havre-Antilles" names a route, not where a figure holds.)
      if (hits.some((h) => h.start < end && start < h.end) || text[start - 1] === '-' || text[end] === '-') continue;
      add(start, end, { level: 'region', key: `a:${fold(name)}`, label: name });
    }
  }
  for (const key of districtKeys) {
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + key.length)) {
      if (/[a-z0-9]/.test(folded[at - 1] ?? '') || /[a-z0-9]/.test(folded[at + key.length] ?? '')) continue;
      const start = origin[at]!;
      const end = origin[at + key.length - 1]! + 1;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      const p = geocoded(key);
      const place = p && asPlace(p);
      if (place) add(start, end, place);
    }
  }
  CAPITALISED_NAME.lastIndex = 0;
  for (let m = CAPITALISED_NAME.exec(text); m; m = CAPITALISED_NAME.exec(text)) {
    // "Marseille's": the possessive is not part of the name.
    let name = m[0].split(/['’]s(?![\p{L}])/u)[0]!;
    let p = geocoded(name);
    // "Violences en Martinique", "Saisies de Cocaïne à…": a capitalised word joined to a place by a connector is read
    // as one name; when the whole is no place, the place is the longest tail that is one.
    let skip = 0;
    for (const tail of p ? [] : name.matchAll(/[ \u00a0](?:(?:de|du|des|la|le|les|sur|en|d'|d’|l'|l’)[ \u00a0]?)?(?=\p{Lu})/gu)) {
      const at = tail.index! + tail[0].length;
      const q = geocoded(name.slice(at));
      if (q) {
        p = q;
        skip = at;
        break;
      }
    }
    name = name.slice(skip);
    const start = m.index + skip;
    const end = m.index + m[0].length;
    // "en Polynésie française": a name whose adjective is part of it (the demonym alone would say France).
    const adjective = p ? null : /^\s+(\p{Ll}[\p{L}-]+)/u.exec(text.slice(start + name.length));
    if (adjective && (p = geocoded(`${name} ${adjective[1]}`))) name = `${name}${adjective[0]}`;
    if (hits.some((h) => h.start < end && start < h.end)) continue;
    if (!p) continue;
    const place = asPlace(p);
    if (!place) continue;
    if (place.level === 'commune' && (p.population ?? 0) < DEFAULT_BARE_TOWN_POPULATION && !lex.locativeBefore.test(text.slice(Math.max(0, start - 30), start))) continue;
    // "le quartier des Moulins", "aux Moulins, un quartier de Nice": a district named like a town is not that town.
    if (place.level === 'commune' && (lex.districtBefore.test(text.slice(Math.max(0, start - 30), start)) || lex.districtAfter.test(text.slice(start + name.length, start + name.length + 40)))) continue;
    add(start, start + name.length, place);
  }
  const word = /[\p{L}'’-]+/gu;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const name = lex.demonyms[m[0].toLowerCase()];
    if (!name) continue;
    if (hits.some((h) => h.start < m!.index + m![0].length && m!.index < h.end)) continue;
    const p = geocoded(name);
    const place = p && asPlace(p);
    if (place) {
      add(m.index, m.index + m[0].length, { ...place, label: place.level === 'country' ? place.label : name });
      hits[hits.length - 1]!.demonym = true;
    }
  }
  hits.sort((a, b) => a.start - b.start);
  // "le quartier du Tonkin, limitrophe de Lyon, … Villeurbanne": a neighbour named to situate another place.
  if (lex.neighbourBefore) {
    for (const h of hits) {
      if (!lex.neighbourBefore.test(text.slice(Math.max(0, h.start - 30), h.start))) continue;
      h.qualifier = true;
      h.epithet = true;
    }
  }
  islandHomonyms(text, hits);
  // "Marseille, southern France", "Dunkerque (Nord)": a country or a département right after a place qualifies it.
  for (let k = 1; k < hits.length; k++) {
    const h = hits[k]!;
    const prev = hits[k - 1]!;
    if ((h.level === 'country' || h.level === 'departement') && prev.level !== 'country' && /^\s*[,(]\s*(?:\p{Ll}+\s+)?(?:of\s+)?$/u.test(text.slice(prev.end, h.start))) {
      h.epithet = h.level === 'country' ? true : h.epithet;
      h.qualifier = true;
    }
  }
  return hits;
}

/** The département of a town's or département's key ("c:13055" → "13", "c:97302" → "973"). */
function depOfKey(key: string): string | null {
  const code = key.slice(2);
  if (key.startsWith('d:')) return code;
  if (!key.startsWith('c:')) return null;
  return code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
}

/** A place that can stand for where a figure holds: not an office's seat, not an epithet of another place. */
export const usable = (h: PlaceHit): boolean => !h.office && !h.epithet;

/**
 * The place a story is about: a town (or département) its lead names and the story keeps naming, when it weighs
 * more than the country; else France when the story is set there (a national story); else null.
 */
export function storyPlace(text: string, hits: PlaceHit[], lex: ClaimLexicon): string | null {
  const weight = new Map<string, { w: number; label: string; inLead: boolean; level: PlaceLevel; dep: string | null }>();
  let france = 0;
  for (const h of hits) {
    // An office's seat ("le parquet de Bobigny") says who speaks, an adjective ("French police") describes, a
    // qualifier ("Sevran (Seine-Saint-Denis)") places the town before it: none is what the story is about.
    if (h.epithet || h.office || h.qualifier) continue;
    const w = h.demonym ? DEMONYM_WEIGHT : h.start < DEFAULT_LEAD_CHARS ? LEAD_WEIGHT : 1;
    if (h.key === 'k:FR') {
      france += w;
      continue;
    }
    if (h.demonym) continue;
    if (h.level !== 'commune' && h.level !== 'departement') continue;
    const cur = weight.get(h.key) ?? { w: 0, label: h.label, inLead: false, level: h.level, dep: depOfKey(h.key) };
    cur.w += w;
    cur.inLead ||= h.start < DEFAULT_LEAD_CHARS;
    weight.set(h.key, cur);
  }
  lex.nationalCue.lastIndex = 0;
  france += (text.match(new RegExp(lex.nationalCue.source, `${lex.nationalCue.flags.replace('g', '')}g`)) ?? []).length;
  const ranked = [...weight.values()].filter((x) => x.inLead).sort((a, b) => b.w - a.w);
  const best = ranked[0];
  // The town's own département ("Sevran (Seine-Saint-Denis)") qualifies it rather than competes with it.
  const total = [...weight.entries()].reduce((sum, [key, x]) => (best && key === `d:${best.dep}` ? sum : sum + x.w), 0);
  // A story touring many towns (a national operation "à Dijon, à Marseille, à Lille…") is about none of them.
  if (best && best.w >= DEFAULT_LOCAL_STORY_WEIGHT && best.w > france && best.w >= total * DEFAULT_LOCAL_SHARE) {
    // "Un homme tué à Fort-de-France … Violences en Martinique": a town of an island région the story also names is
    // where its act happened; the figures told with it are the island's (its prosecutor counts the island's killings).
    return namedIsland(best.dep, hits) ?? best.label;
  }
  // A story that never names the country, whose lead names only who speaks ("the public prosecutor of Marseille
  // takes stock of the year") and whose places are all that one town's, gives that town's figures.
  if (france === 0) {
    const seats = new Map<string, { w: number; label: string }>();
    for (const h of hits) {
      if (h.epithet || h.qualifier || h.demonym || (h.level !== 'commune' && h.level !== 'departement')) continue;
      const cur = seats.get(h.key) ?? { w: 0, label: h.label };
      cur.w += 1;
      seats.set(h.key, cur);
    }
    const top = [...seats.entries()].sort((x, y) => y[1].w - x[1].w)[0];
    const dep = top ? depOfKey(top[0]) : null;
    const rest = [...seats.entries()].reduce((sum, [key, x]) => (top && (key === top[0] || key === `d:${dep}`) ? sum : sum + x.w), 0);
    if (top && top[0].startsWith('c:') && top[1].w >= DEFAULT_LOCAL_STORY_WEIGHT && rest === 0) return top[1].label;
  }
  const island = islandOf(hits);
  if (island) return island;
  if (france > 0 || hits.some((h) => h.key.startsWith('c:') || h.key.startsWith('d:'))) return 'France';
  return null;
}

/**
 * "Saint-Denis" in a story that names La Réunion is the island's capital, not the town of Seine-Saint-Denis: many
 * towns of the islands share a mainland town's name (Saint-Denis, Saint-Pierre, Sainte-Marie, Le Lamentin…), and the
 * gazetteer alone picks the bigger one. A town told in a story that names an island (its département or région) is
 * read with the island beside it, and kept there when the island holds a town of that name.
 */
function islandHomonyms(text: string, hits: PlaceHit[]): void {
  const islands = [...namedIslands(hits)];
  if (!islands.length) return;
  for (const h of hits) {
    if (h.level !== 'commune' || islandOfHit(h) !== null) continue;
    const p = geocode(text.slice(h.start, h.end), { nearby: islands });
    const place = p && p.country === 'FR' ? asPlace(p) : null;
    if (place && place.level === 'commune' && islands.includes(islandRegion(depOfKey(place.key)) ?? '')) Object.assign(h, { key: place.key, label: place.label });
  }
}

/**
 * Régions apart from the mainland, by their départements' codes: a story set on one counts its own figures ("the 30th
 * mule intercepted at the airport since January", "17 homicides in 2024"), the island's and not France's.
 */
const ISLAND_REGIONS: Record<string, string> = { '971': '01', '972': '02', '973': '03', '974': '04', '976': '06', '2A': '94', '2B': '94' };

/**
 * The island région a story's places are mostly in (its towns, départements and région named at least twice, and
 * more than every other French place together), or null.
 */
function islandOf(hits: PlaceHit[]): string | null {
  const votes = new Map<string, number>();
  let elsewhere = 0;
  for (const h of hits) {
    if (h.epithet || h.office || h.qualifier || h.level === 'country') continue;
    const island = islandOfHit(h);
    if (island) votes.set(island, (votes.get(island) ?? 0) + 1);
    else elsewhere++;
  }
  const [best] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 && best[1] > elsewhere ? best[0] : null;
}

/** The island régions the story names as such ("en Corse", "la Martinique"), not as an office's seat. */
function namedIslands(hits: PlaceHit[]): Set<string> {
  const named = new Set<string>();
  for (const h of hits) {
    const island = !h.office && !h.epithet && (h.level === 'region' || h.level === 'departement') ? islandOfHit(h) : null;
    if (island) named.add(island);
  }
  return named;
}

/** The island région département `dep` is in, when the story names that island as such, or null. */
function namedIsland(dep: string | null, hits: PlaceHit[]): string | null {
  const island = islandRegion(dep);
  return island !== null && namedIslands(hits).has(island) ? island : null;
}

/**
 * A figure that borrows a town named before it (not in its own sentence) in a story that names the town's island:
 * the island's figure ("Dominique Colombani assassiné à Calenzana … En 2024, 17 homicides ont été recensés").
 */
export function borrowedPlace(h: PlaceHit, hits: PlaceHit[]): string {
  return h.level === 'commune' ? namedIsland(depOfKey(h.key), hits) ?? h.label : h.label;
}

/** The name of the island région a département is in ("972" → "Martinique", "2A" → "Corse"), or null. */
function islandRegion(dep: string | null): string | null {
  const code = dep ? ISLAND_REGIONS[dep] : undefined;
  return code ? regionInfo(code)?.name ?? null : null;
}

/** The island région a place hit is in or is (a région hit is keyed by its name), or null. */
function islandOfHit(h: PlaceHit): string | null {
  if (h.level === 'region') return Object.values(ISLAND_REGIONS).some((code) => regionInfo(code)?.name === h.label) ? h.label : null;
  return islandRegion(depOfKey(h.key));
}
