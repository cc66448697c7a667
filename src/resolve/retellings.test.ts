import { describe, expect, it } from 'vitest';
import type { ExtractedEvent, ResolvedPlace } from '../core/types.js';
import { foldRetellings } from './retellings.js';

const MARSEILLE_14: ResolvedPlace = { name: 'Marseille 14e Arrondissement', commune_insee: '13214', departement: '13', region: '93', country: 'FR', lat: null, lon: null, precision: 'arrondissement', population: null };
const MARSEILLE: ResolvedPlace = { ...MARSEILLE_14, name: 'Marseille', commune_insee: '13055', precision: 'commune' };
const NIMES: ResolvedPlace = { name: 'Nîmes', commune_insee: '30189', departement: '30', region: '76', country: 'FR', lat: null, lon: null, precision: 'commune', population: null };
const FRANCE: ResolvedPlace = { name: 'France', commune_insee: null, departement: null, region: null, country: 'FR', lat: null, lon: null, precision: 'country', population: null };

let at = 0;
function ev(place: ResolvedPlace | null, date: string | null, killed: number | null, ages: number[] = []): ExtractedEvent {
  at += 100;
  return {
    type: 'shooting_homicide', date, date_precision: date === null ? 'unknown' : date.length === 10 ? 'day' : 'month', date_flags: [],
    place_mention: null, place, killed, injured: null, victims: ages.map((age) => ({ age, minor: age < 18, role: null })),
    weapons: [], drugs: [], actors: [], evidence: [{ start: at, end: at + 50, text: 'x'.repeat(50) }],
  };
}

describe('foldRetellings', () => {
  it('keeps the town of an act told near it when a summary in the country folds into it', () => {
    // "Assailants targeted prison staff in France" … "a guard working at a jail outside Nîmes had his car torched".
    const summary = ev(FRANCE, '2025-04-13', null);
    const act = ev(NIMES, null, null);
    const out = foldRetellings([summary, act], (e) => e === act);
    expect(out.map((e) => e.place?.name)).toEqual(['Nîmes']);
  });

  it('folds an undated lead toll into the dated account of the night that counts only its dead', () => {
    // "un homme de 33 ans est décédé … tandis qu'un autre a été blessé", then "ce jeudi 2 janvier, une fusillade éclate … il a succombé".
    const lead = { ...ev(NIMES, null, 1, [33, 24]), injured: 1 };
    const account = ev(NIMES, '2025-01-02', 1);
    expect(foldRetellings([lead, account]).map((e) => [e.date, e.killed, e.injured])).toEqual([['2025-01-02', 1, 1]]);
    // (An account that counts other wounded tells another act.)
    expect(foldRetellings([lead, { ...account, injured: 3 }])).toHaveLength(2);
  });

  it('folds a summary line with no day and no toll into the dated account of that act in the same town', () => {
    const summary = ev(NIMES, null, null);
    const account = { ...ev(NIMES, '2024-06-30', 1), injured: 5 };
    expect(foldRetellings([summary, account]).map((e) => [e.date, e.killed, e.injured])).toEqual([['2024-06-30', 1, 5]]);
    // (A day borrowed from the story's lead is no day of the account's own: both stay.)
    expect(foldRetellings([summary, { ...account, date_flags: ['from_story_lead'] }])).toHaveLength(2);
  });

  it('folds one death of a day in one town told with an age and a wounded, then again with neither', () => {
    const lead = { ...ev(NIMES, '2024-08-06', 1, [30]), injured: 1 };
    const again = ev(NIMES, '2024-08-06', 1);
    expect(foldRetellings([lead, again])).toHaveLength(1);
    // Other wounded counts on both sides are two acts of that day.
    expect(foldRetellings([lead, { ...again, injured: 3 }])).toHaveLength(2);
    // One wounded and no dead, told without an age and then with one, is one act too.
    expect(foldRetellings([{ ...ev(NIMES, '2025-04-16', null), injured: 1 }, { ...ev(NIMES, '2025-04-16', null, [45]), injured: 1 }])).toHaveLength(1);
  });

  it('folds the same day, place and toll told twice, the ages filling the victims first counted without one', () => {
    const lead = { ...ev(NIMES, '2023-05-01', 2), injured: 1, victims: [null, null, null].map((age) => ({ age, minor: null, role: null })) };
    const detail = { ...ev(NIMES, '2023-05-01', 2, [20, 26]), injured: 1 };
    const out = foldRetellings([lead, detail]);
    expect(out).toHaveLength(1);
    expect(out[0]!.victims.map((v) => v.age)).toEqual([20, 26, null]);
    // An earlier telling with nothing of its victims is the same act too.
    expect(foldRetellings([ev(NIMES, '2023-05-01', null), { ...ev(NIMES, '2023-05-01', 0), injured: 1 }])).toHaveLength(1);
  });

  it("folds a night told by its first day ('dans la nuit du lundi 24 au mardi 25') into its hour told on the next day", () => {
    const lead = { ...ev(NIMES, '2023-07-24', 2), date_flags: ['night_of'] };
    const detail = { ...ev(NIMES, '2023-07-25', 2, [34, 38]), injured: 1 };
    expect(foldRetellings([lead, detail])).toHaveLength(1);
    // (Without the night: two days, two acts.)
    expect(foldRetellings([ev(NIMES, '2023-07-24', 2), { ...ev(NIMES, '2023-07-25', 2, [34, 38]), injured: 1 }])).toHaveLength(2);
  });

  it('keeps two acts of one day in one town when each counts other victims (one dead here, one wounded there)', () => {
    const dead = ev(NIMES, '2023-05-01', 1);
    const wounded = { ...ev(NIMES, '2023-05-01', null), injured: 1 };
    expect(foldRetellings([dead, wounded])).toHaveLength(2);
    // Other ages are other people; one death with no age on either side could be either of two killings.
    expect(foldRetellings([ev(NIMES, '2023-05-01', 1, [19]), ev(NIMES, '2023-05-01', 1, [45])])).toHaveLength(2);
    expect(foldRetellings([ev(NIMES, '2023-05-01', 1), ev(NIMES, '2023-05-01', 1)])).toHaveLength(2);
    expect(foldRetellings([ev(NIMES, '2023-05-01', 1, [19]), ev(NIMES, '2023-05-01', 1, [19])])).toHaveLength(1);
  });

  it('folds a telling two earlier events could claim into the one told on its very day', () => {
    const undated = ev(MARSEILLE, null, 1);
    const killing = ev(MARSEILLE, '2016-11-18', 1, [15]);
    const found = ev(MARSEILLE, '2016-11-18', null);
    const out = foldRetellings([undated, killing, found]);
    expect(out).toHaveLength(2);
    expect(out[1]!.evidence).toHaveLength(2);
  });
  it('folds a later telling placed only in the country into the one incident of the story', () => {
    const out = foldRetellings([ev(MARSEILLE_14, '2024-09-28', 2, [24, 26]), ev(FRANCE, '2024-09-28', 2)]);
    expect(out).toHaveLength(1);
    expect(out[0]!.evidence).toHaveLength(2);
    expect(out[0]!.place).toBe(MARSEILLE_14);
  });

  it("folds a placeless telling that counts a part of the victims ('un des quatre blessés'), never one that counts more", () => {
    const whole = { ...ev(MARSEILLE_14, '2024-09-28', 2), injured: 4 };
    const part = { ...ev(FRANCE, '2024-09-28', 2), injured: 1 };
    expect(foldRetellings([whole, part])).toHaveLength(1);
    expect(foldRetellings([whole, part])[0]!.injured).toBe(4);
    const more = { ...ev(FRANCE, '2024-09-28', 3), injured: 1 };
    expect(foldRetellings([whole, more])).toHaveLength(2);
    // A town of its own is another act, whatever it counts.
    const other = { ...ev(NIMES, '2024-09-28', 1), injured: 1 };
    expect(foldRetellings([whole, other])).toHaveLength(2);
  });

  it("folds one day's seizure and arrests in towns a few kilometres apart into one operation, not shootings nor distant raids", () => {
    const at = (name: string, insee: string, lat: number, lon: number): ResolvedPlace => ({ ...NIMES, name, commune_insee: insee, lat, lon });
    const op = (type: ExtractedEvent['type'], place: ResolvedPlace, date: string) => ({ ...ev(place, date, null), type });
    const vienne = at('Vienne', '38544', 45.5255, 4.8745);
    const givors = at('Givors', '69091', 45.5906, 4.7689);
    const lyonFar = at('Valence', '26362', 44.9334, 4.8924);
    expect(foldRetellings([op('seizure', vienne, '2025-02-13'), op('police_operation', givors, '2025-02-13')])).toHaveLength(1);
    expect(foldRetellings([op('seizure', vienne, '2025-02-13'), op('police_operation', lyonFar, '2025-02-13')])).toHaveLength(2);
    expect(foldRetellings([op('seizure', vienne, '2025-02-13'), op('police_operation', givors, '2025-02-14')])).toHaveLength(2);
    expect(foldRetellings([op('shooting_homicide', vienne, '2025-02-13'), op('shooting_homicide', givors, '2025-02-13')])).toHaveLength(2);
  });

  it('folds the town re-told with nothing of its own into its district, and gives the event a more exact day', () => {
    const out = foldRetellings([ev(MARSEILLE_14, '2024-09', 1, [40]), ev(MARSEILLE, null, null), ev(MARSEILLE, '2024-09-28', 1, [40])]);
    expect(out).toHaveLength(1);
    expect(out[0]!.date).toBe('2024-09-28');
  });

  it('folds the same place told again with its toll but no day of its own', () => {
    expect(foldRetellings([ev(MARSEILLE_14, '2024-09-28', 2), ev(MARSEILLE_14, null, 2, [25, 40])])).toHaveLength(1);
  });

  it("folds one prison attacked on one night, named by its city and by the commune it stands in, but not prisons farther apart", () => {
    const TOULON: ResolvedPlace = { ...NIMES, name: 'Toulon', commune_insee: '83137', departement: '83', region: '93', lat: 43.12, lon: 5.93 };
    const LA_FARLEDE: ResolvedPlace = { ...TOULON, name: 'La Farlède', commune_insee: '83054', lat: 43.16, lon: 6.04 };
    const AIX: ResolvedPlace = { ...TOULON, name: 'Aix-en-Provence', commune_insee: '13001', departement: '13', lat: 43.53, lon: 5.45 };
    const MRS: ResolvedPlace = { ...AIX, name: 'Marseille', commune_insee: '13055', lat: 43.3, lon: 5.37 };
    const attack = (p: ResolvedPlace, date: string): ExtractedEvent => ({ ...ev(p, date, null), type: 'prison_attack' });
    expect(foldRetellings([attack(TOULON, '2025-04-14'), attack(LA_FARLEDE, '2025-04-15')])).toHaveLength(1);
    expect(foldRetellings([attack(AIX, '2025-04-14'), attack(MRS, '2025-04-14')])).toHaveLength(2);
    // Shootings in two neighbouring towns on one night are two acts.
    expect(foldRetellings([{ ...ev(TOULON, '2025-04-14', 1), injured: 2 }, ev(LA_FARLEDE, '2025-04-14', 1)])).toHaveLength(2);
  });

  it("folds an undated lead ('un homme tué et deux blessés à Angers') into the dated account with the same dead and wounded, not a lone death", () => {
    const lead = { ...ev(NIMES, null, 1), injured: 2 };
    const account = { ...ev(NIMES, '2024-08-16', 1), injured: 2 };
    expect(foldRetellings([lead, account])).toHaveLength(1);
    expect(foldRetellings([ev(NIMES, null, 1), ev(NIMES, '2024-08-16', 1)])).toHaveLength(2);
  });

  it('folds a day telling into an act whose weekday was cut to the report\'s month, when its counts agree', () => {
    const cut = { ...ev(NIMES, '2023-07', 2), injured: 1, date_flags: ['night_of', 'day_cut_to_reference'] as ExtractedEvent['date_flags'] };
    const day = { ...ev(NIMES, '2023-07-25', null, [36]), injured: 1 };
    const out = foldRetellings([cut, day]);
    expect(out.map((e) => [e.date, e.killed, e.injured])).toEqual([['2023-07-25', 2, 1]]);
    // Another count of wounded is another act; a month told as a month (not a cut day) keeps its acts apart too.
    expect(foldRetellings([cut, { ...day, injured: 3 }])).toHaveLength(2);
    expect(foldRetellings([{ ...cut, date_flags: [] }, day])).toHaveLength(2);
  });

  it('keeps incidents in two towns, another count or another day apart', () => {
    expect(foldRetellings([ev(MARSEILLE, '2024-09-28', 1), ev(NIMES, null, null)])).toHaveLength(2);
    expect(foldRetellings([ev(MARSEILLE, '2024-09-28', 1), ev(FRANCE, null, 3)])).toHaveLength(2);
    expect(foldRetellings([ev(MARSEILLE, '2024-09-28', 1), ev(FRANCE, '2024-08-02', 1)])).toHaveLength(2);
    expect(foldRetellings([ev(MARSEILLE, '2024-09-28', 1, [19]), ev(MARSEILLE, null, 1, [45])])).toHaveLength(2);
  });

  it('leaves a wide telling alone when two incidents of the story could claim it', () => {
    expect(foldRetellings([ev(MARSEILLE, '2024-09-28', 1), ev(NIMES, '2024-09-28', 1), ev(FRANCE, null, null)])).toHaveLength(3);
  });
});

describe('foldRetellings: an event placed only by inference', () => {
  it('never takes in a town of its country as the same place', () => {
    const inferred: ResolvedPlace = { ...FRANCE, name: null };
    expect(foldRetellings([ev(inferred, '2024-05-15', 2), ev(NIMES, null, 1)])).toHaveLength(2);
  });

  it('keeps two undated acts in one town apart', () => {
    expect(foldRetellings([ev(MARSEILLE, null, 0, [5]), ev(MARSEILLE, null, 1)])).toHaveLength(2);
  });
});

describe('foldRetellings: a day given later', () => {
  it('dates an undated death by the later telling of the shooting that names no one, in the same town', () => {
    const out = foldRetellings([ev(NIMES, null, 1, [33]), ev(NIMES, '2025-01-02', null)]);
    expect(out).toHaveLength(1);
    expect(out[0]!.date).toBe('2025-01-02');
  });

  it('folds a later telling dated only by the year or month of the first one\'s day, and dates a month-dated act by a later day', () => {
    expect(foldRetellings([ev(NIMES, '2025-01-02', 1, [33]), ev(NIMES, '2025', null)])).toHaveLength(1);
    const out = foldRetellings([ev(NIMES, '2025-01', 1, [33]), ev(NIMES, '2025-01-02', null)]);
    expect(out).toHaveLength(1);
    expect(out[0]!.date).toBe('2025-01-02');
    // Another year is another act.
    expect(foldRetellings([ev(NIMES, '2025-01-02', 1, [33]), ev(NIMES, '2024', null)])).toHaveLength(2);
  });

  it('keeps a later dated act with a victim of its own apart', () => {
    expect(foldRetellings([ev(NIMES, null, 1, [33]), ev(NIMES, '2024-12-02', 1, [19])])).toHaveLength(2);
  });
});

describe('a town the act is told near', () => {
  const NANTES: ResolvedPlace = { name: 'Nantes', commune_insee: '44109', departement: '44', region: '52', country: 'FR', lat: 47.2181, lon: -1.5528, precision: 'commune', population: null };
  const CARQUEFOU: ResolvedPlace = { name: 'Carquefou', commune_insee: '44026', departement: '44', region: '52', country: 'FR', lat: 47.2975, lon: -1.4914, precision: 'commune', population: null };
  const REZE: ResolvedPlace = { ...CARQUEFOU, name: 'Rezé', commune_insee: '44143', lat: 47.1833, lon: -1.55 };

  it('folds a lead placed near a town ("près de Nantes") into the telling that names the town nearby, and keeps that town', () => {
    const lead = ev(NANTES, '2026-01-02', null);
    const body = ev(CARQUEFOU, '2026-01-02', null, [14, 16]);
    const near = (e: ExtractedEvent) => e === lead;
    const out = foldRetellings([lead, body], near);
    expect(out).toHaveLength(1);
    expect(out[0]!.place?.name).toBe('Carquefou');
    expect(out[0]!.victims.map((v) => v.age)).toEqual([14, 16]);
    // Told in the town itself, two towns stay two acts.
    expect(foldRetellings([lead, body])).toHaveLength(2);
    expect(foldRetellings([ev(CARQUEFOU, '2026-01-02', 1, [30]), ev(REZE, '2026-01-02', 1, [19])], near)).toHaveLength(2);
  });
});

describe('one act told twice with its victims told differently', () => {
  const AVIGNON: ResolvedPlace = { name: 'Avignon', commune_insee: '84007', departement: '84', region: '93', country: 'FR', lat: 43.9493, lon: 4.8055, precision: 'commune', population: null };
  const MONTEUX: ResolvedPlace = { ...AVIGNON, name: 'Monteux', commune_insee: '84080', lat: 44.0361, lon: 4.9972 };
  const LYON: ResolvedPlace = { ...AVIGNON, name: 'Lyon', commune_insee: '69123', departement: '69', region: '84', lat: 45.764, lon: 4.8357 };

  it('folds a death aged in one telling and counted without an age in the other, the same day and place', () => {
    const out = foldRetellings([ev(NIMES, '2024-08-06', 1, [30]), ev(NIMES, '2024-08-06', 1, [])]);
    expect(out).toHaveLength(1);
    expect(out[0]!.victims.map((v) => v.age)).toEqual([30]);
    // Both without an age: two killings of one day in one town stay two.
    expect(foldRetellings([ev(NIMES, '2024-08-06', 1, []), ev(NIMES, '2024-08-06', 1, [])])).toHaveLength(2);
  });

  it('folds a night told as either of its days when the victim has the same age', () => {
    expect(foldRetellings([ev(MARSEILLE_14, '2023-09-10', 1, [24]), ev(MARSEILLE_14, '2023-09-09', 1, [24])])).toHaveLength(1);
    expect(foldRetellings([ev(MARSEILLE_14, '2023-09-10', 1, [24]), ev(MARSEILLE_14, '2023-09-09', 1, [31])])).toHaveLength(2);
  });

  it('folds the same tolls and ages of one day in two towns a few kilometres apart, not in towns far apart', () => {
    expect(foldRetellings([ev(AVIGNON, '2022-11-30', 2, [18, 22]), ev(MONTEUX, '2022-11-30', 2, [18, 22])])).toHaveLength(1);
    expect(foldRetellings([ev(AVIGNON, '2022-11-30', 2, [18, 22]), ev(LYON, '2022-11-30', 2, [18, 22])])).toHaveLength(2);
    expect(foldRetellings([ev(AVIGNON, '2022-11-30', 2, [18, 22]), ev(MONTEUX, '2022-11-30', 2, [19, 25])])).toHaveLength(2);
  });
});
