// What the offline gazetteer (src/resolve/geo) says of a capitalised name: whether it is a known place, and the
// official name a place takes with its article ("au Havre" → "Le Havre"). Read only; loaded on first use.

import { fold, gazetteer } from '../../resolve/geo/index.js';

/** A commune, département, région, country or foreign city the gazetteer knows by this name (case and accents aside). */
export function knownPlace(name: string): boolean {
  const key = fold(name);
  if (!key) return false;
  const g = gazetteer();
  return (
    (g.communesByName.get(key) ?? []).some((h) => h.via === 'official' || h.via === 'no-article' || h.via === 'exonym') ||
    g.departementsByName.has(key) ||
    g.regionsByName.has(key) ||
    g.countriesByName.has(key) ||
    g.foreignCitiesByName.has(key)
  );
}

/**
 * The official name of a commune written without the article a contraction swallowed ("du Havre", "au Boulou"):
 * "Le Havre" for ("Havre", "le"), or null when no commune of that name takes the article.
 */
export function articledCommune(name: string, article: string): string | null {
  const key = fold(`${article} ${name}`);
  const hit = (gazetteer().communesByName.get(key) ?? []).find((h) => h.via === 'official');
  return hit ? hit.commune.name : null;
}

/** A département, région or country the gazetteer knows by this name (not a commune: many share people's names). */
export function knownArea(name: string): boolean {
  const key = fold(name);
  const g = gazetteer();
  return !!key && (g.departementsByName.has(key) || g.regionsByName.has(key) || g.countriesByName.has(key));
}
