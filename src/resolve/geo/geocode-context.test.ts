// Places the geocoder must not invent: continents, communes outside the département stated with them, airport names.
import { describe, expect, it } from 'vitest';
import { geocode } from './index.js';

describe('geocode with stated context', () => {
  it('reads a continent as no country', () => {
    expect(geocode('South America')).toBeNull();
    expect(geocode('Amérique latine')).toBeNull();
    expect(geocode('America')?.country).toBe('US');
  });

  it('keeps to the département stated in parentheses when the only homonym lies elsewhere', () => {
    const p = geocode('Luynes (Bouches-du-Rhône)');
    expect(p?.precision).toBe('departement');
    expect(p?.departement).toBe('13');
    expect(geocode('Valence (Drôme)')?.commune_insee).toBe('26362');
    // (A région stated says as much: the Luynes of Indre-et-Loire is not "Luynes (Provence)".)
    expect(geocode('Luynes (Provence)')?.precision).toBe('region');
    expect(geocode('Marseille (Provence)')?.commune_insee).toBe('13055');
  });

  it('places the Paris airport by the names everyone uses', () => {
    expect(geocode('Roissy')?.commune_insee).toBe('95527');
    expect(geocode('Paris-CDG')?.commune_insee).toBe('95527');
    expect(geocode('Roissy-en-Brie')?.commune_insee).toBe('77390');
  });

  it('reads a name without its article as the commune of the département the context names ("in Lamentin, in Martinique")', () => {
    expect(geocode('Lamentin', { nearby: ['Martinique'] })?.commune_insee).toBe('97213');
    // With nothing to say which, the exact name stands: Guadeloupe's Lamentin.
    expect(geocode('Lamentin')?.commune_insee).toBe('97115');
    expect(geocode('Lamentin', { nearby: ['Guadeloupe'] })?.commune_insee).toBe('97115');
  });

  it("takes a small commune, the only one of its name, when the text tells it as a place ('à Goult', 'near Incarville')", () => {
    expect(geocode('Goult')).toBeNull();
    expect(geocode('Goult', { placed: true })?.commune_insee).toBe('84051');
    expect(geocode('Incarville', { placed: true })?.commune_insee).toBe('27351');
  });

  it("places a name that is no place of its own in the arrondissement or town told after it ('Cité des Iris, in the 14th arrondissement')", () => {
    expect(geocode('Cité des Iris, in the 14th arrondissement', { nearby: ['Marseille'] })?.commune_insee).toBe('13214');
    expect(geocode('Résidence des Pins, Toulouse')?.commune_insee).toBe('31555');
  });
});
