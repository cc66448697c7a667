import { describe, expect, it } from 'vitest';
import { countBy, ratesPer100k } from '../../reconcile/analytics.js';
import { mergeIncidents } from '../../reconcile/incidents.js';
import { event, place } from '../../../bench/support/events.js';
import { departementsToGeoJson, incidentsToGeoJson } from './geojson.js';

const lille = place('Lille', 'commune', { commune: '59350', departement: '59', region: '32', lat: 50.6329, lon: 3.0581 });
const incidents = mergeIncidents([
  event('l1', { date: '2025-01-05', date_precision: 'day', place: lille, killed: 1 }),
  event('l2', { date: '2025-01-06', date_precision: 'day', place: place('Nord', 'departement', { departement: '59' }), killed: 0 }),
]);

/** Strict structural check of an RFC 7946 FeatureCollection of Points. */
function expectValidPoints(fc: unknown): void {
  const o = JSON.parse(JSON.stringify(fc)) as Record<string, unknown>;
  expect(Object.keys(o).sort()).toEqual(['features', 'type']);
  expect(o.type).toBe('FeatureCollection');
  expect(o).not.toHaveProperty('crs');
  for (const f of o.features as Record<string, unknown>[]) {
    expect(f.type).toBe('Feature');
    expect(['string', 'number']).toContain(typeof f.id);
    const g = f.geometry as { type: string; coordinates: number[] };
    expect(g.type).toBe('Point');
    expect(g.coordinates).toHaveLength(2);
    const [lon, lat] = g.coordinates;
    expect(lon).toBeGreaterThanOrEqual(-180);
    expect(lon).toBeLessThanOrEqual(180);
    expect(lat).toBeGreaterThanOrEqual(-90);
    expect(lat).toBeLessThanOrEqual(90);
    expect(typeof f.properties).toBe('object');
  }
}

describe('GeoJSON exports', () => {
  it('places incidents with coordinates as [lon, lat] points, leaving out those without', () => {
    const fc = incidentsToGeoJson(incidents);
    expectValidPoints(fc);
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0].geometry.coordinates).toEqual([3.0581, 50.6329]);
    expect(fc.features[0].properties).toMatchObject({ departement: '59', killed: 1, sources: 1 });
  });

  it('puts départements at their centroid with their counts and rates', () => {
    const rows = ratesPer100k(countBy(incidents, 'departement'), 'departement', () => 2_600_000);
    const fc = departementsToGeoJson(rows, (code) => (code === '59' ? { name: 'Nord', lat: 50.447, lon: 3.213 } : null));
    expectValidPoints(fc);
    expect(fc.features[0].properties).toMatchObject({ code: '59', name: 'Nord', incidents: 2, killed: 1 });
    expect(fc.features[0].properties.incidents_per_100k).toBeCloseTo(2 / 26);
  });
});
