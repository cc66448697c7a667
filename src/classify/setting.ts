// Where a story is set: Vigie watches France (overseas included). A story about drug violence that names only
// places abroad (Stockholm's gang bombings, Thailand's cannabis law, Escobar's Medellín) and nothing French is off
// its map, however many drug words it has.
import { CAPITALISED_NAME as NAMES, geocode } from '../resolve/geo/index.js';
import { placedBy } from '../resolve/placed.js';

export type Setting = 'france' | 'abroad' | 'unknown';

/** France named outright, in English or French (its people, its state, the mainland's nickname). */
const FRANCE_CUE = /(?<![\p{L}])(?:France|French|Français(?:e|es)?|français(?:e|es)?|Hexagone|Paris|Marseille|Lyon)(?![\p{L}])/u;
/** Names looked up per story: enough for any article's places, bounded for a huge page. */
const MAX_NAMES = 80;
/** A French commune this small that shares its name with a word or a foreign place says little. */
const MIN_POPULATION = 5000;

/** A wire dateline near the top: "AMSTERDAM (Reuters) -", "STOCKHOLM -", "Bogota, 3 mai (AFP) -". */
const DATELINE = /(?:^|\n)\s*(\p{Lu}[\p{Lu}\p{Ll}'’ .-]{2,40}?)\s*(?:,[^\n()]{0,30})?\s*(?:\((?:Reuters|AFP|AP|Belga|ATS|dpa|ANSA|EFE)\))?\s+[-–—]\s/u;
const DATELINE_REACH = 600;

/** The foreign city or country a story is datelined from, if any. */
function foreignDateline(text: string): boolean {
  const m = DATELINE.exec(text.slice(0, DATELINE_REACH));
  if (!m) return false;
  const name = m[1]!.trim().toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase());
  const p = geocode(name);
  return p !== null && p.country !== null && p.country !== 'FR';
}

/** Whether the story names a French place of some size (a commune of MIN_POPULATION, a département, a région). */
export function namesFrenchPlace(text: string): boolean {
  return placesNamed(text).french;
}

/**
 * Population under which a French commune named after a foreign city that the story names first does not make the
 * story French: Brussels' Saint-Gilles and Forest share their names with French towns, Nice or Lille do not vanish
 * behind a foreign name.
 */
const SHADOWED_POPULATION = 50_000;

function placesNamed(text: string): { french: boolean; abroad: number } {
  let abroad = 0;
  // The first place the story names is a foreign city: French namesakes of its districts and suburbs are not France.
  let foreignFirst: boolean | null = null;
  const seen = new Set<string>();
  NAMES.lastIndex = 0;
  for (let m = NAMES.exec(text); m && seen.size < MAX_NAMES; m = NAMES.exec(text)) {
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    // (A small town told as a place, the only commune of its name: "au péage d'Incarville", "à Goult".)
    const small = placedBy(text, { text: m[0], start: m.index }) ? geocode(m[0], { placed: true }) : null;
    if (small?.country === 'FR' && small.precision === 'commune' && !foreignFirst) return { french: true, abroad };
    const p = geocode(m[0]);
    if (!p) continue;
    foreignFirst ??= p.country !== null && p.country !== 'FR' && p.precision === 'commune';
    if (p.country === 'FR') {
      if (p.precision === 'departement' || p.precision === 'region') return { french: true, abroad };
      const population = p.population ?? 0;
      if (population >= MIN_POPULATION && (!foreignFirst || population >= SHADOWED_POPULATION)) return { french: true, abroad };
    } else if (p.country) abroad++;
  }
  return { french: false, abroad };
}

export function storySetting(text: string): Setting {
  // Datelined abroad, a story is set there unless it names a French place: "version française" under a Reuters story
  // from Amsterdam is the translation, not the setting.
  const datelined = foreignDateline(text);
  if (!datelined && FRANCE_CUE.test(text)) return 'france';
  const { french, abroad } = placesNamed(text);
  if (french) return 'france';
  return abroad > 0 || datelined ? 'abroad' : 'unknown';
}
