import { describe, it, expect } from 'vitest';
import { fold, isCapitalised } from './normalize.js';

describe('fold', () => {
  it('drops case, accents, hyphens and apostrophes', () => {
    expect(fold('Saint-Étienne')).toBe('saint etienne');
    expect(fold("L'Haÿ-les-Roses")).toBe('l hay les roses');
    expect(fold('Provence-Alpes-Côte d’Azur')).toBe('provence alpes cote d azur');
    expect(fold('  Nîmes ')).toBe('nimes');
  });

  it('spells out St and Ste, and ligatures', () => {
    expect(fold('St-Denis')).toBe('saint denis');
    expect(fold('St. Etienne')).toBe('saint etienne');
    expect(fold('Ste-Maxime')).toBe('sainte maxime');
    expect(fold('Vandœuvre-lès-Nancy')).toBe('vandoeuvre les nancy');
    // "st" inside a word stays
    expect(fold('Stains')).toBe('stains');
  });
});

describe('isCapitalised', () => {
  it('tells a proper name from a common word', () => {
    expect(isCapitalised('Nice')).toBe(true);
    expect(isCapitalised('Évreux')).toBe(true);
    expect(isCapitalised('nice')).toBe(false);
    expect(isCapitalised('13003')).toBe(true);
    expect(isCapitalised('')).toBe(false);
  });
});
