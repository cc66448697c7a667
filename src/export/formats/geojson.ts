// GeoJSON (RFC 7946) exports: incidents as points, départements as centroid points carrying their counts.

import type { Incident } from '../../reconcile/types.js';

export interface PointFeature<P> {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: P;
}

export interface FeatureCollection<P> {
  type: 'FeatureCollection';
  features: PointFeature<P>[];
}

export interface IncidentProperties {
  type: string;
  date: string | null;
  date_precision: string;
  place: string | null;
  commune_insee: string | null;
  departement: string | null;
  region: string | null;
  geo_precision: string | null;
  killed: number | null;
  injured: number | null;
  sources: number;
  source_urls: string[];
  conflicts: string[];
  events: string[];
  review_status: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

/** RFC 7946 §3.1.1: longitude first; six decimals (~10 cm) is plenty and keeps files small. */
function position(lon: number, lat: number): [number, number] | null {
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) return null;
  return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
}

/** Incidents with coordinates as Point features; those without are left out (they cannot be placed). */
export function incidentsToGeoJson(incidents: Iterable<Incident>): FeatureCollection<IncidentProperties> {
  const features: PointFeature<IncidentProperties>[] = [];
  for (const inc of incidents) {
    const p = inc.place;
    if (p === null || p.lat === null || p.lon === null) continue;
    const coordinates = position(p.lon, p.lat);
    if (coordinates === null) continue;
    features.push({
      type: 'Feature',
      id: inc.id,
      geometry: { type: 'Point', coordinates },
      properties: {
        type: inc.type, date: inc.date, date_precision: inc.date_precision, place: p.name, commune_insee: p.commune_insee,
        departement: p.departement, region: p.region, geo_precision: p.precision, killed: inc.killed, injured: inc.injured,
        sources: inc.sources, source_urls: inc.source_urls, conflicts: inc.conflicts.map((c) => c.field), events: inc.events,
        review_status: inc.review?.status ?? 'unreviewed', reviewed_by: inc.review?.reviewed_by ?? null, reviewed_at: inc.review?.reviewed_at ?? null,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

export interface DepartementCentroid {
  name: string;
  lat: number;
  lon: number;
}

/**
 * Départements as Point features at their centroid, with whatever counts the caller computed (e.g. a RateRow)
 * as properties. `centroidOf` comes from the geocoder; départements it does not know are left out.
 */
export function departementsToGeoJson<R extends { key: string }>(
  rows: Iterable<R>,
  centroidOf: (code: string) => DepartementCentroid | null,
): FeatureCollection<Omit<R, 'key'> & { code: string; name: string }> {
  const features: PointFeature<Omit<R, 'key'> & { code: string; name: string }>[] = [];
  for (const row of rows) {
    const c = centroidOf(row.key);
    if (c === null) continue;
    const coordinates = position(c.lon, c.lat);
    if (coordinates === null) continue;
    const { key, ...counts } = row;
    features.push({ type: 'Feature', id: `departement:${key}`, geometry: { type: 'Point', coordinates }, properties: { code: key, name: c.name, ...counts } });
  }
  return { type: 'FeatureCollection', features };
}
