// Where a story is set: Vigie watches France (overseas included). A story about drug violence that names only
// places abroad (Stockholm's gang bombings, Thailand's cannabis law, Escobar's Medellín) and nothing French is off
// its map, however many drug words it has.
import { CAPITALISED_NAME as NAMES, geocode } from '../resolve/geo/index.js';

export type Setting = 'france' | 'abroad' | 'unknown';

/** France named outright, in English or French (its people, its state, the mainland's nickname). */
const FRANCE_CUE = /(?<![\p{L}])(?:France|French|Français(?:e|es)?|français(?:e|es)?|Hexagone|Paris|Marseille|Lyon)(?![\p{L}])/u;
/** Names looked up per story: enough for any article's places, bounded for a huge page. */
const MAX_NAMES = 80;
/** A French commune this small that shares its name with a word or a foreign place says little. */
const MIN_POPULATION = 5000;

export function storySetting(text: string): Setting {
  if (FRANCE_CUE.test(text)) return 'france';
  let abroad = 0;
  const seen = new Set<string>();
  NAMES.lastIndex = 0;
  for (let m = NAMES.exec(text); m && seen.size < MAX_NAMES; m = NAMES.exec(text)) {
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    const p = geocode(m[0]);
    if (!p) continue;
    if (p.country === 'FR') {
      if (p.precision === 'departement' || p.precision === 'region' || (p.population ?? 0) >= MIN_POPULATION) return 'france';
    } else if (p.country) abroad++;
  }
  return abroad > 0 ? 'abroad' : 'unknown';
}
