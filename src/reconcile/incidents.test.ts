import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IncidentIndex, mergeIncidents } from './incidents.js';
import { event, place, seededRandom, shuffled } from '../../bench/support/events.js';
import type { EventRecord, Incident } from './types.js';

const GOLD = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/gold/seeds.gold.json');

const MARSEILLE_14 = place('Marseille 14e Arrondissement', 'arrondissement', { commune: '13214', departement: '13', region: '93' });
const MARSEILLE_3 = place('Marseille 3e Arrondissement', 'arrondissement', { commune: '13203', departement: '13', region: '93' });
const NORTH_MARSEILLE = place('quartiers nord de Marseille', 'area', { commune: '13055', departement: '13', region: '93' });
const MARSEILLE = place('Marseille', 'commune', { commune: '13055', departement: '13', region: '93' });
const NIMES = place('Nîmes', 'commune', { commune: '30189', departement: '30', region: '76' });
const GRENOBLE = place('Grenoble', 'commune', { commune: '38185', departement: '38', region: '84' });

/** One shooting in Marseille's 14th arrondissement, on Tuesday 2024-03-12, told by five outlets (en and fr). */
function fiveOutletShooting(): EventRecord[] {
  const base = { type: 'shooting_homicide' as const, date_precision: 'day' as const };
  return [
    event('a1', { ...base, document: 'laprovence-1', outlet: 'La Provence', published: '2024-03-13', date: '2024-03-12', place: MARSEILLE_14, killed: 2, injured: 1, victims: [{ age: 19, minor: false, role: null }, { age: 23, minor: false, role: null }] }),
    event('b1', { ...base, document: 'bfm-7', outlet: 'BFM', published: '2024-03-12', date: '2024-03-12', place: MARSEILLE_14, killed: 2, injured: 1, victims: [{ age: 19, minor: false, role: null }] }),
    event('c1', { ...base, document: 'guardian-3', outlet: 'The Guardian', published: '2024-03-14', date: '2024-03-12', place: NORTH_MARSEILLE, killed: 3, injured: null, victims: [{ age: 18, minor: false, role: null }] }),
    // "On Tuesday" read against a Thursday publication date.
    event('d1', { ...base, document: 'afp-en-9', outlet: 'AFP', published: '2024-03-14', date: '2024-03-12', date_flags: ['relative'], place: MARSEILLE_14, killed: 2, injured: 1 }),
    event('e1', { ...base, document: 'lemonde-2', outlet: 'Le Monde', published: '2024-03-13', date: '2024-03-13', place: MARSEILLE, killed: 2, injured: 1, victims: [{ age: 23, minor: false, role: null }] }),
  ];
}

function canonical(incidents: Incident[]): string {
  return JSON.stringify(incidents);
}

describe('IncidentIndex: one shooting, five outlets', () => {
  const incidents = mergeIncidents(fiveOutletShooting());

  it('makes one incident with every source', () => {
    expect(incidents).toHaveLength(1);
    expect(incidents[0].events).toEqual(['a1', 'b1', 'c1', 'd1', 'e1']);
    expect(incidents[0].id).toBe('inc:a1');
    expect(incidents[0].sources).toBe(5);
    expect(incidents[0].outlets).toContain('Le Monde');
  });

  it('takes the best-supported value of each field', () => {
    const inc = incidents[0];
    expect(inc.killed).toBe(2);
    expect(inc.injured).toBe(1);
    expect(inc.date).toBe('2024-03-12');
    expect(inc.date_precision).toBe('day');
    // The arrondissement is contained in "Marseille" and in "northern Marseille": it has the most support.
    expect(inc.place?.commune_insee).toBe('13214');
    expect(inc.victims.map((v) => v.age)).toEqual([19, 23]);
  });

  it('lists a conflict on killed, injured (3 vs null), date (12 vs 13) and ages (18 vs 19), none on place', () => {
    const fields = incidents[0].conflicts.map((c) => c.field).sort();
    expect(fields).toEqual(['ages', 'date', 'injured', 'killed']);
    // The Guardian's 18-year-old is La Provence's and BFM's 19-year-old told a year apart; the 23-year-old is
    // another victim of the double killing, not a disagreement.
    const ages = incidents[0].conflicts.find((c) => c.field === 'ages');
    expect(ages?.values).toContainEqual({ value: '18', event: 'c1' });
    const killed = incidents[0].conflicts.find((c) => c.field === 'killed');
    expect(killed?.values).toContainEqual({ value: 3, event: 'c1' });
    const injured = incidents[0].conflicts.find((c) => c.field === 'injured');
    expect(injured?.values).toContainEqual({ value: null, event: 'c1' });
    const date = incidents[0].conflicts.find((c) => c.field === 'date');
    expect(date?.values).toContainEqual({ value: '2024-03-13', event: 'e1' });
  });

  it('gives identical results for shuffled insertion orders', () => {
    const events = fiveOutletShooting();
    const extra = [
      event('x1', { document: 'x', date: '2024-03-12', date_precision: 'day', place: MARSEILLE_3, killed: 1, victims: [{ age: 34, minor: false, role: null }] }),
      event('y1', { document: 'y', date: '2024-03-12', date_precision: 'day', place: MARSEILLE_3, killed: 1, victims: [{ age: 35, minor: false, role: null }] }),
      event('z1', { document: 'z', type: 'seizure', date: '2024-03', date_precision: 'month', place: MARSEILLE }),
    ];
    const all = [...events, ...extra];
    const reference = canonical(mergeIncidents(all));
    const random = seededRandom(7);
    for (let i = 0; i < 6; i++) expect(canonical(mergeIncidents(shuffled(all, random)))).toBe(reference);
  });
});

describe('IncidentIndex: keeping incidents apart', () => {
  it('keeps two same-day shootings in one city apart when the victims differ', () => {
    const day = { date: '2024-06-02', date_precision: 'day' as const, place: NIMES, killed: 1 };
    const incidents = mergeIncidents([
      event('n1', { ...day, document: 'midi-libre', victims: [{ age: 17, minor: true, role: null }] }),
      event('n2', { ...day, document: 'objectif-gard', victims: [{ age: 17, minor: true, role: null }] }),
      event('n3', { ...day, document: 'france-bleu', victims: [{ age: 41, minor: false, role: null }] }),
      event('n4', { ...day, document: 'le-figaro', victims: [{ age: 42, minor: false, role: null }] }),
    ]);
    expect(incidents.map((i) => i.events)).toEqual([['n1', 'n2'], ['n3', 'n4']]);
  });

  it('does not merge two events of one story, unless they are the same event extracted twice', () => {
    const same = { document: 'd', story: 's1', date: '2024-06-02', date_precision: 'day' as const, place: GRENOBLE };
    expect(mergeIncidents([event('g1', { ...same, killed: 1 }), event('g2', { ...same, killed: 2 })])).toHaveLength(2);
    expect(mergeIncidents([event('g1', { ...same, killed: 1 }), event('g2', { ...same, killed: 1 })])).toHaveLength(1);
  });

  it('never merges across départements, types families or distant dates', () => {
    const incidents = mergeIncidents([
      event('p1', { date: '2024-06-02', date_precision: 'day', place: GRENOBLE, killed: 1 }),
      event('p2', { date: '2024-06-02', date_precision: 'day', place: NIMES, killed: 1 }),
      event('p3', { type: 'seizure', date: '2024-06-02', date_precision: 'day', place: GRENOBLE }),
      event('p4', { date: '2024-06-05', date_precision: 'day', place: GRENOBLE, killed: 1 }),
    ]);
    expect(incidents).toHaveLength(4);
  });

  it('joins a month-precise report to a day inside it, and a region-level place to a commune inside it', () => {
    const incidents = mergeIncidents([
      event('m1', { date: '2024-06-02', date_precision: 'day', place: GRENOBLE, killed: 1, victims: [{ age: 20, minor: false, role: null }] }),
      event('m2', { date: '2024-06', date_precision: 'month', place: place('Auvergne-Rhône-Alpes', 'region', { region: '84' }), killed: 1, victims: [{ age: 20, minor: false, role: null }] }),
    ]);
    expect(incidents).toHaveLength(1);
    expect(incidents[0].date).toBe('2024-06-02');
    expect(incidents[0].place?.name).toBe('Grenoble');
    expect(incidents[0].conflicts).toEqual([]);
  });

  it('joins reports with neither date nor département only through a shared named actor', () => {
    const vague = { place: place('France', 'country'), killed: 1 };
    const said = (text: string) => [{ start: 0, end: text.length, text }];
    const withActor = mergeIncidents([
      event('v1', { ...vague, date: '2024-02-10', date_precision: 'day', actors: ['Nordine Belkacem'], evidence: said('Nordine Belkacem, 31, was shot dead outside his flat.') }),
      event('v2', { ...vague, actors: ['nordine belkacem'], evidence: said('Police are still hunting the men who killed Nordine Belkacem.') }),
    ]);
    expect(withActor).toHaveLength(1);
    const without = mergeIncidents([
      event('v1', { ...vague, date: '2024-02-10', date_precision: 'day' }),
      event('v2', { ...vague }),
    ]);
    expect(without).toHaveLength(2);
  });
});

describe('IncidentIndex: incremental updates', () => {
  it('reports what changed on add and remove, and removal restores the earlier state', () => {
    const [a, b, c] = fiveOutletShooting();
    const index = new IncidentIndex();
    expect(index.add(b)).toEqual({ incidentId: 'inc:b1', changed: ['inc:b1'] });
    expect(index.add(c)).toEqual({ incidentId: 'inc:b1', changed: ['inc:b1'] });
    // a1 sorts first: the incident is renamed after its smallest member.
    expect(index.add(a)).toEqual({ incidentId: 'inc:a1', changed: ['inc:a1', 'inc:b1'] });
    expect(index.remove('a1')).toEqual(['inc:a1', 'inc:b1']);
    expect(index.incidents().map((i) => i.events)).toEqual([['b1', 'c1']]);
    expect(index.remove('nope')).toEqual([]);
  });
});

describe('IncidentIndex on the seeds gold (the Amra prison-van attack)', () => {
  it.skipIf(!existsSync(GOLD))('merges the three reports with date and injured conflicts (shared/gold absent)', () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8'));
    const expected = gold.incidents[0];
    const regionCodes: Record<string, string> = { Normandie: '28' };
    const events: EventRecord[] = [];
    for (const [doc, d] of Object.entries<{ events: Record<string, unknown>[] }>(gold.documents)) {
      for (const e of d.events ?? []) {
        const p = e.place as { region?: string; country?: string } | undefined;
        const region = p?.region;
        const resolved = region === undefined
          ? place('France', 'country')
          : regionCodes[region] !== undefined ? place(region, 'region', { region: regionCodes[region] }) : place(region, 'area');
        events.push(event(e.id as string, {
          document: doc,
          type: e.type as EventRecord['type'],
          date: (e.date as string | null) ?? null,
          date_precision: e.date ? 'day' : 'unknown',
          place: resolved,
          killed: (e.killed as number | null) ?? null,
          injured: (e.injured as number | null) ?? null,
        }));
      }
    }
    const incidents = mergeIncidents(events);
    const holding = incidents.find((i) => i.events.includes(expected.events[0]));
    expect(holding?.events).toEqual(expected.events);
    expect(holding?.killed).toBe(expected.killed);
    expect(holding?.conflicts.map((c) => c.field).sort()).toEqual([...expected.conflicts].sort());
  });
});

describe('IncidentIndex: a night spanning two days', () => {
  // "Overnight Saturday to Sunday" is dated to the Saturday (the evening it starts) and flagged night_of.
  const night = (id: string, over: Partial<EventRecord> = {}) =>
    event(id, { date: '2025-04-05', date_precision: 'day', date_flags: ['night_of'], place: NIMES, killed: 1, ...over });
  const sunday = (id: string, over: Partial<EventRecord> = {}) =>
    event(id, { date: '2025-04-06', date_precision: 'day', place: NIMES, killed: 1, ...over });

  it('agrees with the morning it ends: one incident dated that day, no date conflict, in any order', () => {
    const events = [night('n1', { injured: 1 }), sunday('s1', { injured: 2 }), sunday('s2', { injured: 1 })];
    for (const order of [events, events.slice().reverse()]) {
      const index = new IncidentIndex();
      for (const e of order) index.add(e);
      const [inc, ...rest] = index.incidents();
      expect(rest).toEqual([]);
      expect(inc.events).toEqual(['n1', 's1', 's2']);
      expect(inc.date).toBe('2025-04-06');
      expect(inc.conflicts.map((c) => c.field)).toEqual(['injured']);
    }
  });

  it('still conflicts with a day outside the night, and a plain Saturday still conflicts with Sunday', () => {
    const far = mergeIncidents([night('n1'), event('m1', { date: '2025-04-07', date_precision: 'day', place: NIMES, killed: 1 })]);
    expect(far).toHaveLength(1);
    expect(far[0].conflicts.map((c) => c.field)).toEqual(['date']);
    const plain = mergeIncidents([sunday('s1'), event('p1', { date: '2025-04-05', date_precision: 'day', place: NIMES, killed: 1 })]);
    expect(plain[0].conflicts.map((c) => c.field)).toEqual(['date']);
  });

  it('is found from the later day through the blocking keys', () => {
    // Day 7 queries days 6–8: a night filed only under its first day (the 5th) would never be compared with it.
    const index = new IncidentIndex();
    index.add(night('n1', { victims: [{ age: 23, minor: false, role: null }] }));
    const { incidentId } = index.add(event('t1', { date: '2025-04-07', date_precision: 'day', place: NIMES, killed: 1, victims: [{ age: 23, minor: false, role: null }] }));
    expect(index.incident(incidentId)?.events).toEqual(['n1', 't1']);
  });
});

describe('mergeIncidents: silence is not disagreement on casualties', () => {
  const base = { type: 'shooting_homicide' as const, date: '2024-03-12', date_precision: 'day' as const, place: MARSEILLE_14 };
  const told = (killed: 'number' | 'vague' | 'none', injured: 'number' | 'vague' | 'none') => ({ casualties_stated: { killed, injured } });
  const threeWounded = event('a1', { ...base, document: 'd-a', published: '2024-03-13', killed: 1, injured: 3, ...told('number', 'number') });

  it('leaves a source that never mentions the wounded out of the injured conflict and vote', () => {
    const silent = event('b1', { ...base, document: 'd-b', published: '2024-03-14', killed: 1, injured: null, ...told('number', 'none') });
    const [inc] = mergeIncidents([threeWounded, silent]);
    expect(inc!.events).toEqual(['a1', 'b1']);
    expect(inc!.injured).toBe(3);
    expect(inc!.conflicts.map((c) => c.field)).toEqual([]);
  });

  it('lists "several wounded" against "three wounded" as a conflict, with the vague value as null', () => {
    const vague = event('b1', { ...base, document: 'd-b', published: '2024-03-14', killed: 1, injured: null, ...told('number', 'vague') });
    const [inc] = mergeIncidents([threeWounded, vague]);
    expect(inc!.injured).toBe(3);
    expect(inc!.conflicts).toEqual([{ field: 'injured', values: [{ value: 3, event: 'a1' }, { value: null, event: 'b1' }] }]);
  });

  it('lists only the stated values when numbers differ and a third source is silent', () => {
    const two = event('b1', { ...base, document: 'd-b', published: '2024-03-14', killed: 1, injured: 2, ...told('number', 'number') });
    const silent = event('c1', { ...base, document: 'd-c', published: '2024-03-14', killed: 1, injured: null, ...told('number', 'none') });
    const [inc] = mergeIncidents([threeWounded, two, silent]);
    expect(inc!.events).toEqual(['a1', 'b1', 'c1']);
    const injured = inc!.conflicts.find((c) => c.field === 'injured');
    expect(injured?.values).toEqual([{ value: 3, event: 'a1' }, { value: 2, event: 'b1' }]);
  });

  it('keeps the old behaviour for events extracted before casualties_stated existed', () => {
    const legacy = event('b1', { ...base, document: 'd-b', published: '2024-03-14', killed: 1, injured: null });
    const [inc] = mergeIncidents([threeWounded, legacy]);
    expect(inc!.conflicts.map((c) => c.field)).toEqual(['injured']);
  });

  it('treats a silent killed field the same way: no conflict, the stated count wins', () => {
    const a = event('a1', { ...base, document: 'd-a', killed: 2, injured: null, ...told('number', 'none') });
    const b = event('b1', { ...base, document: 'd-b', killed: null, injured: null, ...told('none', 'none') });
    const [inc] = mergeIncidents([a, b]);
    expect(inc!.events).toEqual(['a1', 'b1']);
    expect(inc!.killed).toBe(2);
    expect(inc!.conflicts).toEqual([]);
  });
});

describe('IncidentIndex: reports that do not date their incident, or date it a day or two off', () => {
  it('joins an undated report of the week with a dated one when the toll of several dead agrees', () => {
    const dated = event('w1', { document: 'w1', published: '2023-05-21', date: '2023-05-21', date_precision: 'day', place: MARSEILLE, killed: 3 });
    const undated = event('w2', { document: 'w2', published: '2023-05-22', place: MARSEILLE, killed: 3 });
    expect(mergeIncidents([dated, undated])).toHaveLength(1);
    // Published a month later, or with another toll, or a single death (too common to tell): kept apart.
    expect(mergeIncidents([dated, { ...undated, published: '2023-06-25' }])).toHaveLength(2);
    expect(mergeIncidents([dated, { ...undated, killed: 1 }])).toHaveLength(2);
    expect(mergeIncidents([{ ...dated, killed: 1 }, { ...undated, killed: 1 }])).toHaveLength(2);
  });

  it('joins dates a few days apart only with the same victim age and toll, or the same haul', () => {
    const a = event('s1', { document: 's1', date: '2023-09-10', date_precision: 'day', place: MARSEILLE, killed: 1, victims: [{ age: 24, minor: false, role: null }] });
    const b = event('s2', { document: 's2', date: '2023-09-12', date_precision: 'day', place: MARSEILLE, killed: 1, victims: [{ age: 24, minor: false, role: null }] });
    expect(mergeIncidents([a, b])).toHaveLength(1);
    expect(mergeIncidents([a, { ...b, victims: [{ age: 25, minor: false, role: null }] }])).toHaveLength(2);
    const haul = { type: 'seizure' as const, place: place('Dunkerque', 'commune', { commune: '59183', departement: '59', region: '32' }) };
    const h1 = event('h1', { ...haul, document: 'h1', date: '2025-03-01', date_precision: 'day', drugs: [{ drug: 'cocaine', quantity: 10, unit: 'tonne' }] });
    const h2 = event('h2', { ...haul, document: 'h2', published: '2025-03-04', drugs: [{ drug: 'cocaine', quantity: 10000, unit: 'kg' }] });
    expect(mergeIncidents([h1, h2])).toHaveLength(1);
    expect(mergeIncidents([h1, { ...h2, drugs: [{ drug: 'cocaine', quantity: 2, unit: 'tonne' }] }])).toHaveLength(2);
  });
});

describe('mergeIncidents: disagreement on the victims ages', () => {
  const base = { date: '2023-05-01', date_precision: 'day' as const, place: place('Cavaillon', 'commune', { commune: '84035', departement: '84', region: '93' }), killed: 2 };
  const ages = (...xs: number[]) => xs.map((age) => ({ age, minor: false, role: null }));
  it('flags two reports that give every victim an age, and not the same ages', () => {
    const [inc] = mergeIncidents([
      event('c1', { ...base, document: 'c1', victims: ages(19, 26) }),
      event('c2', { ...base, document: 'c2', victims: ages(20, 26) }),
    ]);
    expect(inc!.conflicts.find((c) => c.field === 'ages')?.values.map((v) => v.value)).toEqual(['19, 26', '20, 26']);
  });
  it('does not flag partial lists', () => {
    const [inc] = mergeIncidents([
      event('c1', { ...base, document: 'c1', victims: ages(19, 26) }),
      event('c2', { ...base, document: 'c2', victims: ages(26) }),
    ]);
    expect(inc!.conflicts.map((c) => c.field)).not.toContain('ages');
  });
});

describe('a quartier named by both reports', () => {
  // Dijon (about 160,000 inhabitants): one report dates the shooting to its day, the other to its month only.
  const DIJON = place('Dijon', 'commune', { commune: '21231', departement: '21', region: '27', population: 159_000 });
  const base = { type: 'shooting_homicide' as const };
  const reports = (a: string | undefined, b: string | undefined) => [
    // (The first report does not yet say whether the victim survived.)
    event('dj1', { ...base, document: 'bienpublic-1', published: '2024-03-21', date: '2024-03-20', date_precision: 'day', place: { ...DIJON, ...(a ? { district: a } : {}) } }),
    event('dj2', { ...base, document: 'francebleu-4', published: '2024-03-28', date: '2024-03', date_precision: 'month', killed: 1, place: { ...DIJON, ...(b ? { district: b } : {}) }, victims: [{ age: 19, minor: false, role: null }] }),
  ];

  it("links a day-dated and a month-dated shooting in one town when both name its cité ('les Grésilles' / 'Grésilles')", () => {
    expect(mergeIncidents(reports('les Grésilles', 'Grésilles')).map((i) => i.events)).toEqual([['dj1', 'dj2']]);
  });

  it('keeps them apart with no cité, or with two different ones', () => {
    expect(mergeIncidents(reports(undefined, undefined))).toHaveLength(2);
    expect(mergeIncidents(reports('Grésilles', 'Fontaine-d’Ouche'))).toHaveLength(2);
  });
});

describe('an undated report known only by its year', () => {
  const TOWN = place('Le Lamentin', 'commune', { commune: '97213', departement: '972', region: '02', population: 40_000 });
  const dated = event('lm1', { type: 'shooting_homicide', document: 'rci-1', published: '2025-11-20', date: '2025-11-19', date_precision: 'day', place: TOWN, killed: 1, injured: 1 });
  const undated = (over: Partial<EventRecord>) => event('lm2', { type: 'shooting_homicide', document: 'outremer-3', published: '2025', date: null, date_precision: null, place: TOWN, killed: 1, injured: 1, ...over });

  it('links its act to a dated one in the same town with the same whole toll (one dead, one wounded)', () => {
    expect(mergeIncidents([dated, undated({})]).map((i) => i.events)).toEqual([['lm1', 'lm2']]);
  });

  it('not with another toll, nor with one death and nothing said of wounded', () => {
    expect(mergeIncidents([dated, undated({ injured: 3 })])).toHaveLength(2);
    expect(mergeIncidents([dated, undated({ injured: null })])).toHaveLength(2);
  });

  it('not when the dated act comes more than a year before the report', () => {
    expect(mergeIncidents([dated, undated({ published: '2027' })])).toHaveLength(2);
  });
});

describe('ages of every victim against ages of some', () => {
  const EVREUX = place('Évreux', 'commune', { commune: '27229', departement: '27', region: '28', population: 47_000 });
  const base = { type: 'shooting_homicide' as const, date: '2023-07-24', date_precision: 'day' as const, place: EVREUX, killed: 2, injured: 1 };
  const aged = (...ages: number[]) => ages.map((age) => ({ age, minor: false, role: null }));

  it("flags '34, 39 and 36' for all three victims against '34 and 38' for the two dead", () => {
    const [inc, ...rest] = mergeIncidents([
      event('ev1', { ...base, document: 'paris-normandie-1', victims: aged(34, 39, 36) }),
      event('ev2', { ...base, document: 'actu-7', victims: aged(34, 38) }),
    ]);
    expect(rest).toHaveLength(0);
    expect(inc!.conflicts.map((c) => c.field)).toContain('ages');
  });

  it('flags nothing when the shorter list is part of the longer one', () => {
    const [inc] = mergeIncidents([
      event('ev1', { ...base, document: 'paris-normandie-1', victims: aged(34, 39, 36) }),
      event('ev2', { ...base, document: 'actu-7', victims: aged(34, 39) }),
    ]);
    expect(inc!.conflicts.map((c) => c.field)).not.toContain('ages');
  });
});
