// Counts and rates over incidents: by type, month, commune, département, région; diffusion across départements.

import { dateRange } from './dates.js';
import { arrondissementCommune } from './place.js';
import { compareStrings } from './normalise.js';
import type { Incident } from './types.js';

export type AreaKind = 'commune' | 'departement' | 'region';
export type CountDimension = 'total' | 'type' | 'month' | AreaKind;

export interface CountRow {
  key: string;
  incidents: number;
  /** Sum of stated deaths; incidents whose toll is not stated as a number add nothing (see killed_unknown). */
  killed: number;
  injured: number;
  /** Incidents in the row whose killed / injured count is unknown (null). */
  killed_unknown: number;
  injured_unknown: number;
}

export interface RateRow extends CountRow {
  population: number | null;
  /** Per 100,000 inhabitants; null when the population is unknown. */
  incidents_per_100k: number | null;
  killed_per_100k: number | null;
}

function keyOf(incident: Incident, dimension: CountDimension): string | null {
  switch (dimension) {
    case 'total':
      return 'total';
    case 'type':
      return incident.type;
    case 'month': {
      const r = dateRange(incident.date, incident.date_precision);
      return r !== null && r.precision !== 'year' ? r.iso.slice(0, 7) : null;
    }
    case 'commune': {
      const c = incident.place?.commune_insee ?? null;
      // Arrondissements count toward their commune (Marseille, not Marseille 14e).
      return c === null ? null : arrondissementCommune(c) ?? c;
    }
    case 'departement':
      return incident.place?.departement ?? null;
    case 'region':
      return incident.place?.region ?? null;
  }
}

/** Counts per value of one dimension, sorted by key; incidents without that value are left out. */
export function countBy(incidents: Incident[], dimension: CountDimension): CountRow[] {
  const rows = new Map<string, CountRow>();
  for (const inc of incidents) {
    const key = keyOf(inc, dimension);
    if (key === null) continue;
    let row = rows.get(key);
    if (row === undefined) rows.set(key, (row = { key, incidents: 0, killed: 0, injured: 0, killed_unknown: 0, injured_unknown: 0 }));
    row.incidents += 1;
    if (inc.killed === null) row.killed_unknown += 1;
    else row.killed += inc.killed;
    if (inc.injured === null) row.injured_unknown += 1;
    else row.injured += inc.injured;
  }
  return [...rows.values()].sort((a, b) => compareStrings(a.key, b.key));
}

export interface Summary {
  total: CountRow;
  byType: CountRow[];
  byMonth: CountRow[];
  byCommune: CountRow[];
  byDepartement: CountRow[];
  byRegion: CountRow[];
}

export function summarise(incidents: Incident[]): Summary {
  return {
    total: countBy(incidents, 'total')[0] ?? { key: 'total', incidents: 0, killed: 0, injured: 0, killed_unknown: 0, injured_unknown: 0 },
    byType: countBy(incidents, 'type'),
    byMonth: countBy(incidents, 'month'),
    byCommune: countBy(incidents, 'commune'),
    byDepartement: countBy(incidents, 'departement'),
    byRegion: countBy(incidents, 'region'),
  };
}

/** Rates per 100,000 inhabitants of area rows; population comes from the caller (the geocoder). */
export function ratesPer100k(rows: CountRow[], kind: AreaKind, populationOf: (kind: AreaKind, code: string) => number | null): RateRow[] {
  return rows.map((row) => {
    const population = populationOf(kind, row.key);
    const valid = population !== null && population > 0;
    return {
      ...row,
      population,
      incidents_per_100k: valid ? (row.incidents * 100_000) / population : null,
      killed_per_100k: valid ? (row.killed * 100_000) / population : null,
    };
  });
}

export interface FirstIncident {
  departement: string;
  /** Date of the earliest incident with a day or month date. */
  date: string;
  incident: string;
}

/** Per département, its first dated incident (diffusion of the violence), sorted by date then code. */
export function firstIncidentByDepartement(incidents: Incident[]): FirstIncident[] {
  const first = new Map<string, { start: number; date: string; incident: string }>();
  for (const inc of incidents) {
    const dep = inc.place?.departement ?? null;
    const r = dateRange(inc.date, inc.date_precision);
    if (dep === null || r === null || r.precision === 'year') continue;
    const prev = first.get(dep);
    if (prev === undefined || r.start < prev.start || (r.start === prev.start && compareStrings(inc.id, prev.incident) < 0)) {
      first.set(dep, { start: r.start, date: r.iso, incident: inc.id });
    }
  }
  return [...first].map(([departement, v]) => ({ departement, date: v.date, incident: v.incident, start: v.start }))
    .sort((a, b) => a.start - b.start || compareStrings(a.departement, b.departement))
    .map(({ departement, date, incident }) => ({ departement, date, incident }));
}

export interface YearSpread {
  year: string;
  /** Départements with at least one incident that year. */
  touched: number;
  /** Départements touched for the first time that year. */
  new: number;
  /** Départements touched that year or before. */
  cumulative: number;
}

/** How many départements are touched per year, and cumulatively; years without incidents in between included. */
export function departementsTouchedByYear(incidents: Incident[]): YearSpread[] {
  const byYear = new Map<number, Set<string>>();
  for (const inc of incidents) {
    const dep = inc.place?.departement ?? null;
    const r = dateRange(inc.date, inc.date_precision);
    if (dep === null || r === null) continue;
    const year = Number(r.iso.slice(0, 4));
    let set = byYear.get(year);
    if (set === undefined) byYear.set(year, (set = new Set()));
    set.add(dep);
  }
  if (byYear.size === 0) return [];
  const years = [...byYear.keys()];
  const seen = new Set<string>();
  const out: YearSpread[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) {
    const deps = byYear.get(y) ?? new Set<string>();
    let fresh = 0;
    for (const d of deps) if (!seen.has(d)) { seen.add(d); fresh += 1; }
    out.push({ year: String(y), touched: deps.size, new: fresh, cumulative: seen.size });
  }
  return out;
}
