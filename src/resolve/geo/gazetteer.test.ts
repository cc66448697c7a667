import { describe, it, expect } from 'vitest';
import { gazetteer } from './gazetteer.js';

describe('gazetteer', () => {
  const g = gazetteer();

  it('holds the official communes, arrondissements, départements and régions', () => {
    expect(g.communes.size).toBeGreaterThan(34_900);
    expect(g.communes.get('13203')).toMatchObject({ name: 'Marseille 3e Arrondissement', kind: 'arrondissement', parent: '13055' });
    expect(g.departements.size).toBe(109);
    expect(g.regions.get('28')?.name).toBe('Normandie');
  });

  it('joins GeoNames points on INSEE codes (Canteleu, Valence 26) and on names (Paris)', () => {
    expect(g.communes.get('76157')?.lat).toBeCloseTo(49.44, 1);
    expect(g.communes.get('26362')?.lon).toBeCloseTo(4.9, 1);
    expect(g.communes.get('75056')?.lat).toBeCloseTo(48.85, 1);
    // Mayotte's GeoNames places carry the code elsewhere
    expect(g.communes.get('97611')?.lat).toBeCloseTo(-12.78, 1);
  });

  it('keeps homonyms apart: the three Valence', () => {
    const codes = (g.communesByName.get('valence') ?? []).filter((h) => h.via === 'official').map((h) => h.commune.code).sort();
    expect(codes).toEqual(['16392', '26362', '82186']);
  });

  it('maps postcodes to communes and arrondissements', () => {
    expect(g.postcodes.get('13003')).toContain('13203');
    expect(g.postcodes.get('76380')).toContain('76157');
  });

  it('loads in well under a second', () => {
    expect(['file', 'packages']).toContain(g.stats.source);
    expect(g.stats.ms).toBeLessThan(5_000);
  });
});
