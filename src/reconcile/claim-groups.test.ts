import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRunningCounts, claimQualifier, groupClaims, measureSignature } from './claim-groups.js';
import { mergeIncidents } from './incidents.js';
import { claim, event, place, shuffled, seededRandom } from '../../bench/support/events.js';
import type { ClaimRecord } from './types.js';

const GOLD = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/gold/seeds.gold.json');

function ev(text: string): { start: number; end: number; text: string }[] {
  return [{ start: 0, end: text.length, text }];
}

describe('measureSignature', () => {
  it('maps en/fr synonyms to one head concept', () => {
    for (const m of ['fatalities', 'people killed', 'morts', 'personnes tuées', 'deaths linked to trafficking']) {
      expect([...measureSignature(m).heads]).toEqual(['killed']);
    }
    expect([...measureSignature('blessés par balle').heads]).toEqual(['injured']);
    expect([...measureSignature('consommateurs de cocaïne').heads]).toEqual(['users']);
  });

  it("leaves out another figure's noun caught in the measure phrase", () => {
    expect([...measureSignature('in 341 individuals injured and fatalities').heads]).toEqual(['killed']);
    expect([...measureSignature('dont 12 blessés graves et des morts').heads]).toEqual(['killed']);
    expect([...measureSignature('people killed, up from 10 in 2023').heads]).toEqual(['killed']);
    // The measure's own number and noun are kept when nothing else would say what is counted.
    expect([...measureSignature('thousands of people injured').heads]).toEqual(['injured']);
    // A number with no head noun near it takes nothing else with it.
    expect([...measureSignature('arrests in 2023 linked to cocaine').heads]).toEqual(['arrests']);
  });
});

describe('groupClaims', () => {
  const claims: ClaimRecord[] = [
    claim('a-1', { document: 'a', value: 110, measure: 'fatalities in drug-related violence', period: '2024', place: 'France' }),
    claim('b-1', { document: 'b', value: 10, measure: 'people killed in such clashes', period: '2024', place: null }),
    claim('a-2', { document: 'a', value: 341, measure: 'individuals injured', period: '2024', place: 'France' }),
    claim('b-2', { document: 'b', value: 341, measure: 'people wounded', period: '2024', place: 'FR', evidence: ev('Up to 341 people were wounded, a report says') }),
    claim('a-3', { document: 'a', value: 1_100_000, measure: 'cocaine users', period: '2023', place: 'France' }),
    claim('c-1', { document: 'c', value: 1_080_000, measure: 'consommateurs de cocaïne', period: '2023', place: 'France' }),
    claim('b-3', { document: 'b', value: 1_100_000, measure: 'people who took the drug at least once', period: '2023', place: null, evidence: ev('Some 1.1 million people took it') }),
    claim('c-2', { document: 'c', value: 600_000, measure: 'consommateurs de cocaïne', period: '2022', place: 'France' }),
    claim('c-3', { document: 'c', value: 47, measure: 'tonnes of cocaine seized', unit: 'tonne', period: '2024', place: 'France' }),
    claim('d-1', { document: 'd', value: 47_000, measure: 'kg of cocaine seized', unit: 'kg', period: '2024', place: 'France' }),
    claim('d-2', { document: 'd', value: 12, measure: 'cannabis users', unit: 'percent', period: '2024', place: 'France' }),
  ];
  const groups = groupClaims(claims);
  const groupOf = (id: string) => groups.find((g) => g.claims.includes(id));

  it('flags 110 vs ten killed in 2024 as conflicting', () => {
    expect(groupOf('a-1')?.claims).toEqual(['a-1', 'b-1']);
    expect(groupOf('a-1')?.status).toBe('conflicting');
    expect(groupOf('a-1')?.values).toContainEqual({ value: 10, claim: 'b-1', document: 'b' });
  });

  it('corroborates equal, near-equal (2%) and qualified values across documents', () => {
    expect(groupOf('a-2')?.claims).toEqual(['a-2', 'b-2']);
    expect(groupOf('a-2')?.status).toBe('corroborated');
    expect(groupOf('a-3')?.claims).toEqual(['a-3', 'b-3', 'c-1']);
    expect(groupOf('a-3')?.status).toBe('corroborated');
    // Units convert: 47 tonnes = 47,000 kg.
    expect(groupOf('c-3')?.claims).toEqual(['c-3', 'd-1']);
    expect(groupOf('c-3')?.status).toBe('corroborated');
  });

  it('keeps other periods, substances and units apart as single claims', () => {
    expect(groupOf('c-2')?.claims).toEqual(['c-2']);
    expect(groupOf('c-2')?.status).toBe('single');
    expect(groupOf('d-2')?.claims).toEqual(['d-2']);
  });

  it('groups a polluted measure phrase with a clean one on the same head', () => {
    const g = groupClaims([
      claim('p-1', { document: 'p', value: 110, measure: 'in 341 individuals injured and fatalities', period: '2024', place: null }),
      claim('p-2', { document: 'p', value: 341, measure: 'individuals injured', period: '2024', place: null }),
      claim('q-1', { document: 'q', value: 10, measure: 'people were killed', period: '2024', place: null }),
      claim('q-2', { document: 'q', value: 341, measure: 'people injured', period: '2024', place: null }),
    ]);
    expect(g.map((x) => [x.claims, x.status])).toEqual([
      [['p-1', 'q-1'], 'conflicting'],
      [['p-2', 'q-2'], 'corroborated'],
    ]);
  });

  it('does not depend on input order', () => {
    const random = seededRandom(3);
    for (let i = 0; i < 4; i++) expect(groupClaims(shuffled(claims, random))).toEqual(groups);
  });

  it('reads qualifiers from the evidence, not from unrelated words', () => {
    expect(claimQualifier(claim('q', { evidence: ev('plus de 300 interpellations') }))).toBe('over');
    expect(claimQualifier(claim('q', { evidence: ev('As many as ten people died') }))).toBe('up_to');
    expect(claimQualifier(claim('q', { evidence: ev('Some of the 300 arrested were minors') }))).toBeNull();
  });
});

describe('checkRunningCounts', () => {
  it('compares "the nth death since January" with the deaths Vigie holds there that year', () => {
    const marseille = place('Marseille', 'commune', { commune: '13055', departement: '13' });
    const marseille3 = place('Marseille 3e Arrondissement', 'arrondissement', { commune: '13203', departement: '13' });
    const incidents = mergeIncidents([
      event('k1', { date: '2023-02-01', date_precision: 'day', place: marseille, killed: 1 }),
      event('k2', { date: '2023-05-09', date_precision: 'day', place: marseille3, killed: 2 }),
      event('k3', { date: '2023-11-20', date_precision: 'day', place: marseille, killed: 1 }),
      event('k4', { date: '2022-05-09', date_precision: 'day', place: marseille, killed: 1 }),
    ]);
    const rank = claim('r1', { value: 5, unit: 'rank', measure: 'death since January', period: '2023', place: 'Marseille', published: '2023-06-01' });
    const [check] = checkRunningCounts([rank], incidents);
    expect(check).toMatchObject({ claim: 'r1', stated: 5, counted: 3, difference: -2, counting: 'killed' });
    expect(check.incidents).toEqual(['inc:k1', 'inc:k2']);
  });
});

describe('groupClaims on the seeds gold claims', () => {
  it.skipIf(!existsSync(GOLD))('reproduces the gold claim groups from the gold claims (shared/gold absent)', () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8'));
    const claims: ClaimRecord[] = [];
    for (const [doc, d] of Object.entries<{ claims?: Record<string, unknown>[] }>(gold.documents)) {
      for (const c of d.claims ?? []) {
        claims.push(claim(c.id as string, {
          document: doc, value: c.value as number, measure: c.measure as string, period: (c.period as string | null) ?? null,
          place: (c.place as string | null) ?? null, unit: (c.unit as string | null) ?? null, evidence: ev(c.evidence as string),
        }));
      }
    }
    const groups = groupClaims(claims);
    for (const g of gold.claim_groups as { claims: string[]; status: string }[]) {
      const found = groups.find((x) => x.claims.includes(g.claims[0]));
      expect(found?.claims).toEqual([...g.claims].sort());
      expect(found?.status).toBe(g.status);
    }
  });
});

describe('groupClaims: a measure that names only people takes its sentence\'s predicate', () => {
  const ev = (text: string) => [{ start: 0, end: text.length, text }];
  it('groups "47 personnes … tuées" with "49 killed", and keeps "367 reported cases" of murder apart', () => {
    const s1 = 'Depuis janvier, 47 personnes, dont sept mineurs, ont été tuées à Marseille.';
    const s2 = 'In 2024, 367 reported cases involved murder or attempted murder.';
    const groups = groupClaims([
      claim('c1', { document: 'd1', value: 47, measure: 'personnes', period: '2023', place: 'Marseille', evidence: ev(s1) }),
      claim('c2', { document: 'd2', value: 49, measure: 'drug-related killings', period: '2023', place: 'Marseille', evidence: ev('Marseille saw 49 drug-related killings in 2023.') }),
      claim('c3', { document: 'd3', value: 367, measure: 'reported cases', period: '2023', place: 'Marseille', evidence: ev(s2) }),
    ]);
    const of = (id: string) => groups.find((g) => g.claims.includes(id))!;
    expect(of('c1').claims).toContain('c2');
    expect(of('c1').status).toBe('conflicting');
    expect(of('c3').claims).toEqual(['c3']);
  });
});

describe('groupClaims: like with like (claims written for these tests)', () => {
  const ev = (text: string) => [{ start: 0, end: text.length, text }];
  const of = (groups: ReturnType<typeof groupClaims>, id: string) => groups.find((g) => g.claims.includes(id))!;

  it('does not set a year to date against the full year, but compares two counts to the same month', () => {
    const groups = groupClaims([
      claim('y1', { document: 'd1', value: 41, measure: 'personnes tuées', period: '2023', place: 'Toulon', timeframe: { kind: 'to_date', start: '2023-01-01', end: '2023-12-18' } }),
      claim('y2', { document: 'd2', value: 44, measure: 'people killed', period: '2023', place: 'Toulon', timeframe: { kind: 'calendar', start: '2023-01-01', end: '2023-12-31' } }),
      claim('y3', { document: 'd3', value: 43, measure: 'personnes tuées', period: '2023', place: 'Toulon', timeframe: { kind: 'to_date', start: '2023-01-01', end: '2023-12-31' } }),
      claim('y4', { document: 'd4', value: 44, measure: 'deaths', period: '2023', place: 'Toulon' }),
    ]);
    expect(of(groups, 'y1').claims).toEqual(['y1', 'y3']);
    expect(of(groups, 'y1').status).toBe('conflicting');
    // A record with only the label (older data) still meets the full year.
    expect(of(groups, 'y2').claims).toEqual(['y2', 'y4']);
    expect(of(groups, 'y2').status).toBe('corroborated');
  });

  it('takes values written with decimals as exact, and rounded ones with their rounding', () => {
    const t = (id: string, value: number) => claim(id, { document: id, value, unit: 'tonne', measure: 'tonnes de cocaïne saisies', period: '2022', place: 'France' });
    expect(of(groupClaims([t('a', 31.4), t('b', 31.9)]), 'a').status).toBe('conflicting');
    expect(of(groupClaims([t('a', 31.4), t('b', 31)]), 'a').status).toBe('corroborated');
    expect(of(groupClaims([t('a', 31), t('b', 32)]), 'a').status).toBe('conflicting');
  });

  it('never groups a change with a share, nor seizures of different things', () => {
    const groups = groupClaims([
      claim('p1', { document: 'd1', value: 12, unit: 'percent', kind: 'change', measure: 'hausse des mis en cause', period: '2024', place: 'France' }),
      claim('p2', { document: 'd2', value: 15, unit: 'percent', kind: 'share', measure: 'mis en cause mineurs', period: '2024', place: 'France' }),
      claim('s1', { document: 'd1', value: 412, measure: 'armes', period: '2024', place: 'France', evidence: ev('En 2024, 412 armes ont été saisies.') }),
      claim('s2', { document: 'd2', value: 95, measure: 'véhicules', period: '2024', place: 'France', evidence: ev('En 2024, 95 véhicules ont été saisis.') }),
    ]);
    expect(of(groups, 'p1').claims).toEqual(['p1']);
    expect(of(groups, 's1').claims).toEqual(['s1']);
  });

  it("reads the press's coinages for drug killings, and a drug named only by the sentence", () => {
    const groups = groupClaims([
      claim('k1', { document: 'd1', value: 12, measure: 'narcomicides', period: '2022', place: 'Nîmes' }),
      claim('k2', { document: 'd2', value: 14, measure: 'people killed', period: '2022', place: 'Nîmes' }),
      claim('m1', { document: 'd1', value: 6.2, unit: 'tonne', measure: 'tonnes', period: '2022', place: 'Le Havre', evidence: ev('Les saisies de cocaïne ont atteint 6,2 tonnes en 2022.') }),
      claim('m2', { document: 'd2', value: 4.8, unit: 'tonne', measure: 'tons seized', period: '2022', place: 'Le Havre', evidence: ev('In 2022, 4.8 tons of cannabis resin were seized there.') }),
      claim('m3', { document: 'd3', value: 6200, unit: 'kg', measure: 'kilos of cocaine', period: '2022', place: 'Le Havre' }),
    ]);
    expect(of(groups, 'k1').claims).toEqual(['k1', 'k2']);
    expect(of(groups, 'k1').status).toBe('conflicting');
    expect(of(groups, 'm1').claims).toEqual(['m1', 'm3']);
    expect(of(groups, 'm1').status).toBe('corroborated');
    expect(of(groups, 'm2').claims).toEqual(['m2']);
  });

  it('joins a figure on "the drug" to the group of its own drug, whatever the order', () => {
    const claims = [
      claim('u1', { document: 'd1', value: 900_000, measure: 'cannabis users', period: '2022', place: 'France' }),
      claim('u2', { document: 'd2', value: 600_000, measure: 'cocaine users', period: '2022', place: 'France' }),
      claim('u3', { document: 'd3', value: 600_000, measure: 'people who used the drug', period: '2022', place: 'France', evidence: ev('Cocaine is spreading: some 600,000 people used the drug in 2022.') }),
    ];
    for (const order of [claims, [...claims].reverse()]) {
      const groups = groupClaims(order);
      expect(of(groups, 'u2').claims).toEqual(['u2', 'u3']);
      expect(of(groups, 'u2').status).toBe('corroborated');
    }
  });

  it('reads a range as all the values inside it', () => {
    const groups = groupClaims([
      claim('r1', { document: 'd1', value: 500, value_min: 300, measure: 'points de deal', period: null, place: 'Bouches-du-Rhône' }),
      claim('r2', { document: 'd2', value: 450, measure: 'points de deal', period: null, place: 'Bouches-du-Rhône' }),
    ]);
    expect(of(groups, 'r1').status).toBe('corroborated');
  });
});

describe('groupClaims: the qualifier of the figure itself (claims written for these tests)', () => {
  const ev = (text: string) => [{ start: 0, end: text.length, text }];
  it("reads the extractor's qualifier, not another figure's in the same sentence", () => {
    const sentence = 'Près de 700 personnes ont été déférées et 212 mandats de dépôt prononcés.';
    const groups = groupClaims([
      claim('m1', { document: 'd1', value: 212, qualifier: null, measure: 'mandats de dépôt', period: '2024', place: 'France', evidence: ev(sentence) }),
      claim('m2', { document: 'd2', value: 207, qualifier: null, measure: 'mandats de dépôt', period: '2024', place: 'France' }),
    ]);
    expect(groups.find((g) => g.claims.includes('m1'))!.status).toBe('conflicting');
  });
});

describe('groupClaims: figures of one report (claims written for these tests)', () => {
  it('never sets two different figures of the same report against each other', () => {
    const groups = groupClaims([
      claim('r1', { document: 'd1', value: 21, unit: 'rank', kind: 'rank', measure: 'victims of drug violence', period: '2023', place: 'Toulouse' }),
      claim('r2', { document: 'd1', value: 22, unit: 'rank', kind: 'rank', measure: 'victims of drug violence', period: '2023', place: 'Toulouse' }),
      claim('r3', { document: 'd2', value: 22, unit: 'rank', kind: 'rank', measure: 'victims', period: '2023', place: 'Toulouse' }),
    ]);
    expect(groups.find((g) => g.claims.includes('r2'))!.claims).toEqual(['r1', 'r2', 'r3']);
    expect(groups.every((g) => g.status !== 'conflicting')).toBe(true);
    // Another report giving a value neither of those is a disagreement.
    const more = groupClaims([
      claim('r1', { document: 'd1', value: 21, unit: 'rank', kind: 'rank', measure: 'victims of drug violence', period: '2023', place: 'Toulouse' }),
      claim('r2', { document: 'd1', value: 22, unit: 'rank', kind: 'rank', measure: 'victims of drug violence', period: '2023', place: 'Toulouse' }),
      claim('r4', { document: 'd3', value: 25, unit: 'rank', kind: 'rank', measure: 'victims', period: '2023', place: 'Toulouse' }),
    ]);
    expect(more[0]!.status).toBe('conflicting');
  });
});
