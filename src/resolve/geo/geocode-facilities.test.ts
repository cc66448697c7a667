import { describe, it, expect } from 'vitest';
import { geocode } from './index.js';
import { gazetteer } from './gazetteer.js';
import { EXONYMS } from './lexicon.js';
import { fold } from './normalize.js';

describe('English exonyms and old spellings', () => {
  it.each([
    ['Dunkirk', '59183'],
    ['the port of Dunkirk', '59183'],
    ['Marseilles', '13055'],
    ['Lyons', '69123'],
    ['Rheims', '51454'],
    ['Boulogne', '62160'],
    ['Strasburg', '67482'],
    ['Calais', '62193'],
    ['Brest', '29019'],
  ])('%s → %s', (text, insee) => {
    expect(geocode(text)?.commune_insee).toBe(insee);
  });

  it('every exonym reaches the official commune it names', () => {
    const g = gazetteer();
    for (const [exonym, official, dep] of EXONYMS) {
      const hit = g.communesByName.get(fold(exonym))?.find((h) => h.via === 'exonym');
      expect(hit?.commune.name, exonym).toBe(official);
      expect(hit?.commune.departement, exonym).toBe(dep);
    }
  });

  it('a département named near still picks the homonym it confirms', () => {
    // Boulogne is also a former commune of Vendée (now Essarts-en-Bocage).
    expect(geocode('Boulogne', { sentence: 'A shooting in Boulogne, in the Vendée, left one man injured.' })?.departement).toBe('85');
  });
});

describe('facilities stand in the commune they are named after', () => {
  it.each([
    ['centre pénitentiaire de Toulon-La Farlède', '83054'],
    ["maison d'arrêt de Villepinte", '93078'],
    ['prison de Fleury-Mérogis', '91235'],
    ['the Fresnes prison', '94034'],
    ['Incarville prison', '27351'],
    ['the Incarville toll gate', '27351'],
    ['la maison centrale de Poissy', '78498'],
    ['tribunal judiciaire de Nîmes', '30189'],
    ['the Marseille police station', '13055'],
    ['the Baumettes prison', '13055'],
  ])('%s → %s', (text, insee) => {
    expect(geocode(text)?.commune_insee).toBe(insee);
  });

  it('a small commune needs the facility word to be accepted bare', () => {
    // Incarville has ~1,400 inhabitants: below the bare-name floor on its own.
    expect(geocode('Incarville')).toBeNull();
  });

  it('a facility without a place is not a place', () => {
    expect(geocode('the prison')).toBeNull();
    expect(geocode('la maison d’arrêt')).toBeNull();
    expect(geocode('the court')).toBeNull();
  });
});

describe('double names of facilities', () => {
  it('the site is the last part, in the city’s département', () => {
    expect(geocode('Toulon-La Farlède')?.name).toBe('La Farlède');
    expect(geocode('centre pénitentiaire de Lille-Sequedin')?.commune_insee).toBe('59566');
    expect(geocode('prison de Lyon-Corbas')?.commune_insee).toBe('69273');
  });

  it('a last part that names a commune elsewhere falls back to the city', () => {
    // There is a Luynes in Indre-et-Loire; the Aix-Luynes prison is Aix-en-Provence's.
    expect(geocode("centre pénitentiaire d'Aix-Luynes")?.commune_insee).toBe('13001');
    expect(geocode('prison de Paris-La Santé')?.commune_insee).toBe('75056');
  });

  it('hyphenated first names are not double places', () => {
    expect(geocode('Jean-Luc')).toBeNull();
    expect(geocode('Jean-Pierre')).toBeNull();
    expect(geocode('Marie-Laure')).toBeNull();
  });
});

describe('foreign ports of the cocaine trade', () => {
  it.each([
    ['Buenaventura', 'CO'],
    ['the port of Buenaventura', 'CO'],
    ['Guayaquil', 'EC'],
    ['Rotterdam', 'NL'],
    ['Antwerp', 'BE'],
    ['Anvers', 'BE'],
    ['Algeciras', 'ES'],
    ['Algésiras', 'ES'],
    ['Tangier', 'MA'],
    ['Tanger', 'MA'],
    ['Valencia', 'ES'],
    ['Gioia Tauro', 'IT'],
    ['Leghorn', 'IT'],
  ])('%s → %s', (text, country) => {
    const p = geocode(text);
    expect(p?.country).toBe(country);
    expect(p?.precision).toBe('commune');
    expect(p?.lat).not.toBeNull();
  });

  it('common words and first names do not become places', () => {
    for (const w of ['Grace', 'Florence', 'Marie', 'Turbo', 'Santos', 'the port']) expect(geocode(w), w).toBeNull();
  });
});
