// Places as nested administrative codes (country > région > département > commune > arrondissement) for compatibility and containment.

import type { ResolvedPlace } from '../core/types.js';

/** Municipal arrondissements of Paris, Lyon and Marseille, mapped to the commune containing them. */
const ARRONDISSEMENT_RANGES: { from: number; to: number; commune: string }[] = [
  { from: 75101, to: 75120, commune: '75056' },
  { from: 69381, to: 69389, commune: '69123' },
  { from: 13201, to: 13216, commune: '13055' },
];

export interface PlaceCodes {
  country: string | null;
  region: string | null;
  departement: string | null;
  commune: string | null;
  arrondissement: string | null;
}

/** Parent commune of a municipal arrondissement code, or null for any other code. */
export function arrondissementCommune(code: string): string | null {
  const n = Number(code);
  if (!Number.isInteger(n)) return null;
  for (const r of ARRONDISSEMENT_RANGES) if (n >= r.from && n <= r.to) return r.commune;
  return null;
}

/**
 * Codes of a place, each level null when unknown. An 'area' ("northern France") keeps only the levels it
 * names below the country when it sits inside a département: a geocoder may attach a région to a vague
 * area that actually straddles several, and that région must not veto a match.
 */
export function placeCodes(place: ResolvedPlace | null): PlaceCodes {
  if (place === null) return { country: null, region: null, departement: null, commune: null, arrondissement: null };
  let commune = place.commune_insee;
  let arrondissement: string | null = null;
  if (commune !== null) {
    const parent = arrondissementCommune(commune);
    if (parent !== null) {
      arrondissement = commune;
      commune = parent;
    }
  }
  const country = place.country ?? (place.departement !== null || place.region !== null || commune !== null ? 'FR' : null);
  if (place.precision === 'area' && place.departement === null && commune === null) {
    return { country, region: null, departement: null, commune: null, arrondissement: null };
  }
  return { country, region: place.region, departement: place.departement, commune, arrondissement };
}

const LEVELS: (keyof PlaceCodes)[] = ['country', 'region', 'departement', 'commune', 'arrondissement'];

/** 0 (unknown) … 5 (arrondissement): the deepest level known. */
export function placeDepth(codes: PlaceCodes): number {
  let depth = 0;
  LEVELS.forEach((level, i) => {
    if (codes[level] !== null) depth = i + 1;
  });
  return depth;
}

/** A stable key of the place: its codes joined. */
export function placeKey(codes: PlaceCodes): string {
  return LEVELS.map((l) => codes[l] ?? '').join('|');
}

/** Two places can be the same spot: no level where both are known differs. Communes are handled by the caller's score. */
export function placesCompatible(a: PlaceCodes, b: PlaceCodes): boolean {
  for (const level of ['country', 'region', 'departement'] as const) {
    if (a[level] !== null && b[level] !== null && a[level] !== b[level]) return false;
  }
  return true;
}

/** `outer` contains `inner` (equal counts): every level known in outer is known and equal in inner. */
export function placeContains(outer: PlaceCodes, inner: PlaceCodes): boolean {
  for (const level of LEVELS) {
    if (outer[level] === null) continue;
    if (inner[level] !== outer[level]) return false;
  }
  return true;
}
