import { describe, expect, it, vi } from 'vitest';

describe('detectLanguage: the n-gram model is loaded only when needed', () => {
  it('answers English and French from the stop-word vote without loading eld, then loads it for Spanish', async () => {
    vi.resetModules();
    const lang = await import('./language.js');
    expect(lang.detectLanguage('Two men were arrested on Monday after the police found a gun in their car near the station.')).toBe('en');
    expect(lang.detectLanguage("Deux hommes ont été interpellés lundi après la découverte d'une arme dans leur voiture près de la gare.")).toBe('fr');
    expect(lang.detectLanguage('ok')).toBe('und');
    expect(lang.languageModelLoaded()).toBe(false);
    expect(lang.detectLanguage('La policía detuvo ayer a dos hombres que llevaban una pistola en su coche cerca de la estación.')).toBe('es');
    expect(lang.languageModelLoaded()).toBe(true);
  });
});
