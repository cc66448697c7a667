// Incident filters ⇄ the URL hash query, so a filtered view can be reloaded, shared and navigated back to.
import type { Query } from './api.js';

export interface Filters {
  type: string[];
  from: string;
  to: string;
  departement: string[];
  /** INSEE code of a commune; Paris, Marseille and Lyon include their arrondissements. */
  commune: string;
  region: string;
  q: string;
  min_sources: string;
  has_conflicts: boolean;
  /** ISO time: only incidents with a source stored since then ("new since your last visit"). */
  since: string;
}

export const EMPTY_FILTERS: Filters = { type: [], from: '', to: '', departement: [], commune: '', region: '', q: '', min_sources: '', has_conflicts: false, since: '' };

export function filtersFrom(params: URLSearchParams): Filters {
  return {
    type: params.getAll('type'),
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    departement: params.getAll('departement'),
    commune: params.get('commune') ?? '',
    region: params.get('region') ?? '',
    q: params.get('q') ?? '',
    min_sources: params.get('min_sources') ?? '',
    has_conflicts: params.get('has_conflicts') === 'true',
    since: params.get('since') ?? '',
  };
}

/** The API's query for these filters (empty fields left out). */
export function filterQuery(f: Filters): Query {
  return {
    type: f.type,
    from: f.from,
    to: f.to,
    departement: f.departement,
    commune: f.commune,
    region: f.region,
    q: f.q.trim(),
    min_sources: f.min_sources,
    has_conflicts: f.has_conflicts ? 'true' : null,
    since: f.since,
  };
}

/** How many filters are set (for the folded filter panel's summary). */
export function activeFilters(f: Filters): number {
  return [f.type.length > 0, f.from, f.to, f.departement.length > 0, f.commune, f.region, f.q.trim(), f.min_sources, f.has_conflicts].filter(Boolean).length;
}
