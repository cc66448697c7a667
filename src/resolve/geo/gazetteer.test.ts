import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gazetteer, GAZETTEER_FILE } from './gazetteer.js';
import { buildGazetteerData } from './gazetteer-build.js';
import type { GazetteerData } from './gazetteer-build.js';

const DATA_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', GAZETTEER_FILE);

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

  it('says where it loaded from', () => {
    expect(['file', 'packages']).toContain(g.stats.source);
    expect(g.stats.ms).toBeGreaterThan(0);
  });
});

describe('buildGazetteerData', () => {
  it.skipIf(!existsSync(DATA_FILE))('matches the built data file (rebuild it with scripts/build-gazetteer.ts when this fails)', () => {
    const fresh = buildGazetteerData();
    const file = JSON.parse(readFileSync(DATA_FILE, 'utf8')) as GazetteerData;
    expect(file.version).toBe(fresh.version);
    expect(file.communes.length).toBe(fresh.communes.length);
    expect(file.aliases.length).toBe(fresh.aliases.length);
    expect(file.foreignCities.length).toBe(fresh.foreignCities.length);
    expect(file.departements).toEqual(fresh.departements);
  });
});
