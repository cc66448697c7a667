// Reports of one incident by different outlets (issue #8, 2.8): told on other days, placed at other levels, split in
// two by the extractor, with the officials they quote; and the pairs that must stay apart. Every sentence below is
// invented for these tests.
import { describe, expect, it } from 'vitest';
import { explainPair, mergeIncidents } from './incidents.js';
import { event, place, seededRandom, shuffled } from '../../bench/support/events.js';
import type { EventRecord, Incident } from './types.js';

const ages = (...xs: number[]) => xs.map((age) => ({ age, minor: age < 18, role: null }));
const said = (...texts: string[]) => texts.map((text) => ({ start: 0, end: text.length, text }));
const groups = (incidents: Incident[]) => incidents.map((i) => i.events);

// Invented places with real-looking codes: a big city (over 500,000 inhabitants) with arrondissements, a town, its
// suburb 6 km away and a town 40 km away in the same département.
const BIG = place('Grandeville', 'commune', { commune: '13055', departement: '13', region: '93', lat: 43.3, lon: 5.4, population: 870_000 });
const BIG_10 = place('Grandeville 10e Arrondissement', 'arrondissement', { commune: '13210', departement: '13', region: '93', lat: 43.28, lon: 5.42, population: 56_000 });
const BIG_4 = place('Grandeville 4e Arrondissement', 'arrondissement', { commune: '13204', departement: '13', region: '93', lat: 43.31, lon: 5.4, population: 48_000 });
const TOWN = place('Bourg-sur-Lac', 'commune', { commune: '35238', departement: '35', region: '53', lat: 48.11, lon: -1.68, population: 60_000 });
const SUBURB = place('Pré-le-Bourg', 'commune', { commune: '35210', departement: '35', region: '53', lat: 48.147, lon: -1.775, population: 12_000 });
const FAR = place('Loinville', 'commune', { commune: '35001', departement: '35', region: '53', lat: 48.45, lon: -1.62, population: 9_000 });

describe('one incident split in two by the extractor of one story', () => {
  // The story tells the shooting (Sunday night) and then the death (Monday): two events, one incident.
  const shot = { type: 'shooting_homicide' as const, place: BIG_10, killed: 1, victims: ages(24) };
  const story = [
    event('a1', { ...shot, document: 'provence', date: '2023-09-10', date_precision: 'day' }),
    event('a2', { ...shot, document: 'provence', date: '2023-09-11', date_precision: 'day' }),
  ];
  const others = [
    event('b1', { ...shot, document: 'afp', date: '2023-09', date_precision: 'month' }),
    event('c1', { ...shot, document: 'figaro', date: '2023-09', date_precision: 'month' }),
  ];

  it('joins both readings when other outlets tie them, with no conflict made by the one story', () => {
    const [inc, ...rest] = mergeIncidents([...story, ...others]);
    expect(rest).toEqual([]);
    expect(inc!.events).toEqual(['a1', 'a2', 'b1', 'c1']);
    // The two days come from one story; the month of the other outlets holds both: not a disagreement between outlets.
    expect(inc!.conflicts).toEqual([]);
  });

  it('keeps the two readings apart without other outlets: a story usually tells distinct incidents', () => {
    expect(groups(mergeIncidents(story))).toEqual([['a1'], ['a2']]);
  });

  it('never joins two incidents of one story that differ in what they state', () => {
    const second = event('a3', { ...shot, document: 'provence', place: BIG_4, date: '2023-09-10', date_precision: 'day', killed: 2, victims: ages(19, 31) });
    const incidents = mergeIncidents([...story, ...others, second]);
    expect(incidents.find((i) => i.events.includes('a3'))!.events).toEqual(['a3']);
  });

  it('gives the same incidents whatever the order', () => {
    const all = [...story, ...others];
    const reference = JSON.stringify(mergeIncidents(all));
    const random = seededRandom(11);
    for (let i = 0; i < 5; i++) expect(JSON.stringify(mergeIncidents(shuffled(all, random)))).toBe(reference);
  });
});

describe('places named at different levels', () => {
  const day = { date: '2024-10-26', date_precision: 'day' as const, injured: 1 };

  it('joins a report naming the suburb with one naming the town next to it, and flags the place', () => {
    const [inc, ...rest] = mergeIncidents([
      event('p1', { ...day, document: 'ouest', place: SUBURB, victims: ages(5) }),
      event('p2', { ...day, document: 'wire', place: TOWN, victims: ages(5) }),
    ]);
    expect(rest).toEqual([]);
    expect(inc!.conflicts.map((c) => c.field)).toEqual(['place']);
  });

  it('keeps a town 40 km away apart on the same evidence', () => {
    expect(explainPair(event('p1', { ...day, place: SUBURB, victims: ages(5) }), event('p2', { ...day, place: FAR, victims: ages(5) })).parts.place)
      .toBeLessThan(explainPair(event('p1', { ...day, place: SUBURB, victims: ages(5) }), event('p2', { ...day, place: TOWN, victims: ages(5) })).parts.place!);
  });

  it('joins a rare act told in neighbouring towns on one day (the prison\'s town, the city next to it)', () => {
    const attack = { type: 'prison_attack' as const, date: '2025-04-15', date_precision: 'day' as const };
    expect(mergeIncidents([event('r1', { ...attack, document: 'var', place: SUBURB }), event('r2', { ...attack, document: 'wire', place: TOWN })])).toHaveLength(1);
    expect(mergeIncidents([event('r1', { ...attack, document: 'var', place: SUBURB }), event('r2', { ...attack, document: 'wire', place: FAR })])).toHaveLength(2);
  });

  it("joins cars burnt at a prison with the attack on that prison told by the town next to it", () => {
    const attack = { type: 'prison_attack' as const, date: '2025-04-15', date_precision: 'day' as const };
    const [inc, ...rest] = mergeIncidents([
      event('f1', { ...attack, document: 'var', place: SUBURB }),
      event('f2', { ...attack, document: 'var-2', place: SUBURB, killed: 0, injured: 0 }),
      event('f3', { ...attack, type: 'arson_intimidation', document: 'var-3', place: SUBURB }),
      event('t1', { ...attack, document: 'wire', place: TOWN }),
    ]);
    expect(rest).toEqual([]);
    expect(inc!.events).toHaveLength(4);
  });

  it('joins one haul told at the port and at the town next to it', () => {
    const haul = { type: 'seizure' as const, date: '2021-08', date_precision: 'month' as const, drugs: [{ drug: 'cocaine', quantity: 1.2, unit: 'tonne' }] };
    expect(mergeIncidents([event('s1', { ...haul, document: 'voix', place: SUBURB }), event('s2', { ...haul, document: 'wire', place: TOWN })])).toHaveLength(1);
  });

  it('keeps neighbours apart when nothing but the day agrees (a stabbing in the suburb, a shooting in the town)', () => {
    const incidents = mergeIncidents([
      event('n1', { ...day, document: 'bien-public', place: TOWN, killed: 1 }),
      event('n2', { ...day, document: 'bien-public-2', place: SUBURB, victims: ages(19) }),
    ]);
    expect(incidents).toHaveLength(2);
  });
});

describe('big cities need corroboration', () => {
  const day = { date: '2024-03-20', date_precision: 'day' as const };

  it('keeps two same-day reports in a big city apart when they share only the city', () => {
    expect(mergeIncidents([event('c1', { ...day, document: 'x', place: BIG }), event('c2', { ...day, document: 'y', place: BIG, killed: 1 })])).toHaveLength(2);
  });

  it('joins two same-day reports in a city of half a million, where shootings come a few a month', () => {
    const CITY = place('Garonneville', 'commune', { commune: '31555', departement: '31', region: '76', lat: 43.6, lon: 1.44, population: 510_000 });
    expect(mergeIncidents([event('m1', { ...day, document: 'x', place: CITY }), event('m2', { ...day, document: 'y', place: CITY, killed: 1 })])).toHaveLength(1);
  });

  it('joins two same-day reports of a trial in a big city: few trials make the news on one day', () => {
    const trial = { ...day, type: 'trial_verdict' as const, place: BIG };
    expect(mergeIncidents([event('j1', { ...trial, document: 'x' }), event('j2', { ...trial, document: 'y' })])).toHaveLength(1);
  });

  it('joins them in a town, and in the big city once the toll agrees', () => {
    expect(mergeIncidents([event('t1', { ...day, document: 'x', place: TOWN }), event('t2', { ...day, document: 'y', place: TOWN, killed: 1 })])).toHaveLength(1);
    expect(mergeIncidents([event('c1', { ...day, document: 'x', place: BIG, killed: 1 }), event('c2', { ...day, document: 'y', place: BIG, killed: 1 })])).toHaveLength(1);
  });
});

describe('reports that give no date', () => {
  const dated = event('d1', { document: 'd1', published: '2024-05-04', date: '2024-05-03', date_precision: 'day', place: TOWN, killed: 1 });

  it('lets an undated report of the week join an incident that a vague recall (a year, an age) has joined too', () => {
    const recall = event('v1', { document: 'v1', published: '2025-11-01', date: '2024', date_precision: 'year', place: TOWN, killed: 1, victims: [{ age: 31, minor: false, role: null }] });
    const dated2 = event('d2', { ...dated, document: 'd2', victims: [{ age: 31, minor: false, role: null }] });
    const undated = event('u1', { document: 'u1', published: '2024-05-05', place: TOWN, killed: 1 });
    const incidents = mergeIncidents([{ ...dated, victims: [{ age: 31, minor: false, role: null }] }, dated2, recall, undated]);
    expect(incidents).toHaveLength(1);
  });

  it('joins an undated report of the week in the same town with the same toll, not in a big city', () => {
    const undated = event('u1', { document: 'u1', published: '2024-05-05', place: TOWN, killed: 1 });
    expect(mergeIncidents([dated, undated])).toHaveLength(1);
    const big = (e: EventRecord): EventRecord => ({ ...e, place: BIG });
    expect(mergeIncidents([big(dated), big(undated)])).toHaveLength(2);
    // Published three weeks later: not news of that day.
    expect(mergeIncidents([dated, { ...undated, published: '2024-05-25' }])).toHaveLength(2);
  });

  it('never joins an incident to a report published before it happened', () => {
    // A 2021 trial report recalls a 15-year-old killed; a 2023 shooting also kills a 15-year-old in the département.
    const old = event('o1', { document: 'o1', published: '2021-12-06', place: BIG, killed: 1, victims: ages(15) });
    const later = event('l1', { document: 'l1', published: '2023-04-03', date: '2023-04-02', date_precision: 'day', place: BIG_10, killed: 1, victims: ages(15) });
    expect(explainPair(old, later).score).toBe(Number.NEGATIVE_INFINITY);
    expect(explainPair(old, { ...later, date: '2021-12-04', published: '2021-12-05' }).score).toBeGreaterThan(0);
  });
});

describe('names that tie reports together', () => {
  const base = { place: BIG, killed: 1 };

  it('does not take a quoted prosecutor, minister or speaker for a participant', () => {
    const a = event('q1', {
      ...base, document: 'q1', date: '2024-02-10', date_precision: 'day', actors: ['Paul Verdier'],
      evidence: said('Un homme a été tué samedi, a indiqué le procureur de la République de Grandeville, Paul Verdier.'),
    });
    const b = event('q2', {
      ...base, document: 'q2', actors: ['Paul Verdier'],
      evidence: said('The Grandeville prosecutor Paul Verdier opened a murder inquiry.'),
    });
    expect(mergeIncidents([a, b])).toHaveLength(2);
    // Quoted without a title: the words around the name make him a speaker.
    const c = event('q3', {
      ...base, document: 'q3', date: '2024-02-10', date_precision: 'day', actors: ['Anne Roux'],
      evidence: said('Selon Anne Roux, la victime était connue des services de police.'),
    });
    const d = event('q4', {
      ...base, document: 'q4', actors: ['Anne Roux'],
      evidence: said('"This is a settling of scores," Anne Roux told reporters.'),
    });
    expect(mergeIncidents([c, d])).toHaveLength(2);
  });

  it('does take the victim named in both reports', () => {
    const a = event('v1', { ...base, document: 'v1', date: '2024-02-10', date_precision: 'day', actors: ['Karim Ferhat'], evidence: said('Karim Ferhat, 27 ans, a été abattu samedi soir.') });
    const b = event('v2', { ...base, document: 'v2', actors: ['Karim Ferhat'], evidence: said('The killing of Karim Ferhat was the city\'s tenth this year.') });
    expect(mergeIncidents([a, b])).toHaveLength(1);
    // Named after the title and the speech of his family's lawyer: still the victim.
    const c = event('v3', { ...base, document: 'v3', actors: ['Karim Ferhat'], evidence: said('Me Lina Blanc, avocate de la famille de Karim Ferhat, a dénoncé un crime odieux.') });
    expect(mergeIncidents([a, c])).toHaveLength(1);
    // A name the event's evidence does not hold may belong to another incident of the story.
    expect(mergeIncidents([a, { ...b, evidence: said('The city has seen ten killings this year.') }])).toHaveLength(2);
  });

  it('does not take a gang for a participant: it is behind many incidents', () => {
    const a = event('g1', { ...base, document: 'g1', date: '2024-02-10', date_precision: 'day', actors: ['Mafia du Port'], evidence: said('La Mafia du Port est soupçonnée.') });
    const b = event('g2', { ...base, document: 'g2', actors: ['Mafia du Port'], evidence: said('The Mafia du Port is suspected.') });
    expect(mergeIncidents([a, b])).toHaveLength(2);
  });
});

describe('disagreements between outlets', () => {
  const base = { date: '2024-09-28', date_precision: 'day' as const, place: BIG_10, killed: 2, injured: 4 };

  it('flags the ages of the dead when each outlet gives as many ages as dead, and not the same', () => {
    const [inc] = mergeIncidents([
      event('x1', { ...base, document: 'x1', victims: [...ages(24, 26), ...ages(), { age: null, minor: null, role: null }] }),
      event('x2', { ...base, document: 'x2', victims: ages(25, 40) }),
    ]);
    expect(inc!.conflicts.find((c) => c.field === 'ages')?.values.map((v) => v.value)).toEqual(['24, 26', '25, 40']);
  });

  it('flags killed 2 against 3 between outlets', () => {
    const [inc] = mergeIncidents([
      event('k1', { ...base, document: 'k1', victims: ages(24, 26) }),
      event('k2', { ...base, document: 'k2', killed: 3, victims: ages(24, 26) }),
    ]);
    expect(inc!.conflicts.map((c) => c.field)).toEqual(['killed']);
  });
});

describe('groups of reports where some are vague', () => {
  // Three outlets on one shooting in a town: two give the day (one counts two dead, the other one), the third only
  // the month but the victim's age. The month-only report cannot confirm the two-dead report's day: it should not
  // weigh as much as the reports that can.
  const two = event('day-two', { document: 'daily', date: '2014-08-15', date_precision: 'day', place: TOWN, killed: 2, victims: [{ age: null, minor: null, role: null }, { age: null, minor: null, role: null }] });
  const one = event('day-one', { document: 'wire', date: '2014-08-15', date_precision: 'day', place: TOWN, killed: 1 });
  const month = event('month-one', { document: 'weekly', date: '2014-08', date_precision: 'month', place: TOWN, killed: 1, victims: ages(25) });

  it('joins a day-precise report to a group whose other member gives only the month', () => {
    expect(groups(mergeIncidents([two, one, month]))).toEqual([['day-one', 'day-two', 'month-one']]);
  });

  it('still keeps apart what a vague report contradicts', () => {
    const elsewhere = event('month-far', { document: 'weekly', date: '2014-08', date_precision: 'month', place: FAR, killed: 1, victims: ages(25) });
    expect(groups(mergeIncidents([two, one, elsewhere]))).toEqual([['day-one', 'day-two'], ['month-far']]);
  });
});

describe('one act typed differently by two outlets', () => {
  // One outlet tells a verdict, another the corruption case it ends, the same day in one arrondissement of a city.
  const verdict = event('verdict', { document: 'tv', type: 'trial_verdict', date: '2021-02-22', date_precision: 'day', place: BIG });
  const caseOf = event('case', { document: 'paper', type: 'corruption_case', date: '2021-02-22', date_precision: 'day', place: BIG_10 });

  it('links types outlets give to one act (a trial and its corruption case)', () => {
    expect(explainPair(verdict, caseOf).parts.type).toBeGreaterThan(0);
    expect(groups(mergeIncidents([verdict, caseOf]))).toEqual([['case', 'verdict']]);
  });

  it('does not link other types of one family on the same day and place', () => {
    const shot = event('shot', { document: 'tv', type: 'shooting_homicide', date: '2021-02-22', date_precision: 'day', place: BIG });
    const arson = event('arson', { document: 'paper', type: 'arson_intimidation', date: '2021-02-22', date_precision: 'day', place: BIG_10 });
    expect(groups(mergeIncidents([shot, arson]))).toEqual([['arson'], ['shot']]);
  });
});

describe('a day named in a report dated by its month only', () => {
  // "Last weekend a 5-year-old was hit by a stray bullet in Pré-le-Bourg", in a weekly dated "2024-11": the weekend was
  // 26 October, told the next day by a local outlet.
  const shot = { type: 'shooting_homicide' as const, place: SUBURB, injured: 1, victims: ages(5) };
  const daily = event('d1', { ...shot, document: 'daily', published: '2024-10-27', date: '2024-10-26', date_precision: 'day' });
  const weekly = event('w1', { ...shot, document: 'weekly', published: '2024-11', date: '2024-11', date_precision: 'month', date_flags: ['day_cut_to_reference'] });

  it('may lie in the last days of the month before: the two reports are one incident', () => {
    expect(groups(mergeIncidents([daily, weekly]))).toEqual([['d1', 'w1']]);
  });

  it('a month stated as such ("in November") does not reach back', () => {
    const stated = event('w2', { ...shot, document: 'weekly', published: '2024-11', date: '2024-11', date_precision: 'month' });
    expect(explainPair(daily, stated).why).toBe('told before');
  });
});

describe('the victim named in both reports', () => {
  // A verdict story tells "avoir tué le brigadier Eric V. en 2021" and, further down, "le collègue d'Eric V."; an
  // earlier report recalls "le meurtre d'Eric V., un policier abattu … en mai 2021".
  const verdict = event('v1', {
    type: 'shooting_homicide', document: 'verdict', place: TOWN, date: '2021', date_precision: 'year', killed: 1, actors: ['Eric Vallon'],
    evidence: said("Karim B., qui avait avoué avoir tué le brigadier Eric Vallon en 2021, a été condamné.", "Il a aussi été condamné pour tentative de meurtre sur le collègue d'Eric Vallon."),
  });
  const recall = event('r1', {
    type: 'shooting_homicide', document: 'recall', place: TOWN, date: '2021-05', date_precision: 'month', killed: 1, actors: ['Eric Vallon'],
    evidence: said("Ce nouvel homicide intervient pendant le procès du meurtre d'Eric Vallon, un policier abattu en mai 2021."),
  });

  it('ties the two reports even when a title stands near the name elsewhere', () => {
    expect(explainPair(verdict, recall).parts.actor).toBeGreaterThan(0);
    expect(groups(mergeIncidents([verdict, recall]))).toEqual([['r1', 'v1']]);
  });
});

describe('a hearing announced before it is held', () => {
  const base = { type: 'trial_verdict' as const, place: TOWN };
  const announced = event('h1', { ...base, document: 'announce', published: '2025-06-06', date: '2025-06-10', date_precision: 'day' });
  const verdict = event('h2', { ...base, document: 'verdict', published: '2025-06-12', date: '2025-06-12', date_precision: 'day' });

  it('is not told before the verdict of that hearing, days later', () => {
    expect(explainPair(announced, verdict).why).not.toBe('told before');
  });

  it('a shooting still cannot come days after the report that tells it', () => {
    const shot = { type: 'shooting_homicide' as const, place: TOWN, killed: 1 };
    const early = event('s1', { ...shot, document: 'early', published: '2025-06-06', date: '2025-06-05', date_precision: 'day' });
    const late = event('s2', { ...shot, document: 'late', published: '2025-06-12', date: '2025-06-10', date_precision: 'day' });
    expect(explainPair(early, late).why).toBe('told before');
  });
});

describe('a wounded victim who died between two reports', () => {
  // "Cinq jeunes grièvement blessés dans une fusillade" on the night itself; three days later a weekly: "a shootout left
  // five youths seriously wounded, one of whom died of his injuries at the weekend" (1 dead, 4 wounded).
  const base = { type: 'shooting_homicide' as const, place: TOWN };
  const first = event('f1', { ...base, document: 'night', published: '2024-11-01', date: '2024-10-31', date_precision: 'day', injured: 5 });
  const later = event('l1', { ...base, document: 'weekly', published: '2024-11', date: '2024-11', date_precision: 'month', date_flags: ['day_cut_to_reference'], killed: 1, injured: 4 });

  it('counts the same victims in all as evidence, not the changed counts against it', () => {
    const why = explainPair(first, later);
    expect(why.parts.toll).toBeGreaterThan(0);
    expect(why.parts.injured).toBeUndefined();
    expect(groups(mergeIncidents([first, later]))).toEqual([['f1', 'l1']]);
  });

  it('a report with more victims in all is not the same victims', () => {
    const more = event('l2', { ...base, document: 'weekly', published: '2024-11', date: '2024-11', date_precision: 'month', date_flags: ['day_cut_to_reference'], killed: 1, injured: 6 });
    expect(explainPair(first, more).parts.toll).toBeUndefined();
  });
});

describe('an undated report beside one dated by its month', () => {
  // "Des voitures de surveillants incendiées devant la prison de Bourg-sur-Lac" (undated, published on the 16th) and a
  // round-up of the month's attacks ("en avril, à Bourg-sur-Lac …").
  const attack = { type: 'prison_attack' as const, place: TOWN };
  const undated = event('u1', { ...attack, document: 'ouest', date: null, date_precision: 'unknown', published: '2025-04-16' });
  const month = event('m1', { ...attack, document: 'roundup', date: '2025-04', date_precision: 'month', published: '2025-04-30' });

  it('joins them in one small town when the undated report was published within that month', () => {
    expect(groups(mergeIncidents([undated, month]))).toEqual([['m1', 'u1']]);
  });

  it('keeps them apart in another town, or when the report came out long after that month', () => {
    const elsewhere = event('m2', { ...attack, place: FAR, document: 'roundup', date: '2025-04', date_precision: 'month', published: '2025-04-30' });
    expect(groups(mergeIncidents([undated, elsewhere]))).toEqual([['m2'], ['u1']]);
    const later = event('u2', { ...attack, document: 'ouest', date: null, date_precision: 'unknown', published: '2025-06-20' });
    expect(groups(mergeIncidents([later, month]))).toEqual([['m1'], ['u2']]);
  });
});

describe('an unplaced report tied by its victims', () => {
  it('joins the placed report of the same month when two victims\' ages agree, not when one does', () => {
    const shot = { type: 'shooting_homicide' as const, injured: 2 };
    const placed = event('p1', { ...shot, document: 'ouest', place: TOWN, date: '2025-05-03', date_precision: 'day', victims: ages(16, 17) });
    const unplaced = event('u1', { ...shot, document: 'wire', place: null, date: '2025-05', date_precision: 'month', victims: ages(16, 17) });
    expect(groups(mergeIncidents([placed, unplaced]))).toEqual([['p1', 'u1']]);
    const one = event('u2', { ...shot, document: 'wire', place: null, date: '2025-05', date_precision: 'month', victims: ages(17) });
    expect(groups(mergeIncidents([placed, one]))).toHaveLength(2);
  });
});

describe("an undated act tied by a victim's age", () => {
  // A story of March 2024 recalls, with no date, a 17-year-old shot in the arm; another outlet told a 17-year-old shot
  // in the same town: months before, another act; the week before, the same one.
  const recalled = (published: string) =>
    event('u1', { type: 'shooting_homicide', document: 'bien-public', place: TOWN, date: null, date_precision: 'unknown', injured: 1, victims: ages(17), published });
  const told = event('t1', { type: 'shooting_homicide', document: 'le-progres', place: TOWN, date: '2023-11-25', date_precision: 'day', injured: 1, victims: ages(17), published: '2023-11-26' });

  it('ties it to an act of the month before its report', () => {
    expect(groups(mergeIncidents([recalled('2023-12-02'), told]))).toEqual([['t1', 'u1']]);
  });

  it('keeps it apart from an act months before its report: a victim of 17 is no rare thing in a town', () => {
    expect(groups(mergeIncidents([recalled('2024-03-20'), told]))).toEqual([['t1'], ['u1']]);
  });

  it('keeps it apart when its report is known by its year only: nothing says the act was of that month', () => {
    const december = event('t2', { type: 'shooting_homicide', document: 'le-progres', place: TOWN, date: '2023-12-20', date_precision: 'day', injured: 1, victims: ages(17), published: '2023-12-21' });
    expect(groups(mergeIncidents([recalled('2023'), december]))).toEqual([['t2'], ['u1']]);
  });

  it('reaches back from the first day of a report known by its month only: it may have come out on the 1st', () => {
    // Published "2023-12": an act of 10 November is within a month of 1 December, not of 31 December.
    const november = event('t4', { type: 'shooting_homicide', document: 'le-progres', place: TOWN, date: '2023-11-10', date_precision: 'day', injured: 1, victims: ages(17), published: '2023-11-11' });
    expect(groups(mergeIncidents([recalled('2023-12'), november]))).toEqual([['t4', 'u1']]);
    expect(groups(mergeIncidents([recalled('2024-01'), november]))).toEqual([['t4'], ['u1']]);
  });

  it('two ages in common tie it to an act months before its report: two victims of 15 and 16 in one town are rare', () => {
    // "Les deux adolescents tués, âgés de 15 et 16 ans, …" recalled, undated, in a June story; the killing was in April.
    const two = { type: 'shooting_homicide' as const, place: BIG_10, killed: 2, victims: ages(15, 16) };
    const april = event('t3', { ...two, document: 'provence', date: '2023-04-03', date_precision: 'day', published: '2023-04-04' });
    const june = event('u3', { ...two, document: 'magazine', date: null, date_precision: 'unknown', published: '2023-06' });
    expect(groups(mergeIncidents([april, june]))).toEqual([['t3', 'u3']]);
    // One age in common is not enough that far back.
    const one = event('u4', { ...two, document: 'magazine', date: null, date_precision: 'unknown', published: '2023-06', victims: ages(16) });
    expect(groups(mergeIncidents([april, one]))).toEqual([['t3'], ['u4']]);
  });
});

describe('a small town', () => {
  // A village of 1,200: two shootings there on one day would be news in themselves.
  const VILLAGE = place('Val-des-Vignes', 'commune', { commune: '84051', departement: '84', region: '93', lat: 43.86, lon: 5.2, population: 1_200 });
  const first = { type: 'shooting_homicide' as const, date: '2025-06-22', date_precision: 'day' as const };

  it('joins two outlets that count its toll differently on the same day, and flags both counts', () => {
    const early = event('a1', { ...first, document: 'radio', place: VILLAGE, killed: 1, injured: 1 });
    const later = event('b1', { ...first, document: 'daily', place: VILLAGE, killed: 2, injured: 3 });
    const [inc, ...rest] = mergeIncidents([early, later]);
    expect(rest).toEqual([]);
    expect(inc!.conflicts.map((c) => c.field).sort()).toEqual(['injured', 'killed']);
  });

  it('but not in a town of 60,000, where two shootings a day apart in their tolls may be two', () => {
    const early = event('a1', { ...first, document: 'radio', place: TOWN, killed: 1, injured: 1 });
    const later = event('b1', { ...first, document: 'daily', place: TOWN, killed: 2, injured: 3 });
    expect(groups(mergeIncidents([early, later]))).toEqual([['a1'], ['b1']]);
  });
});
