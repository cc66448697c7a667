import { describe, expect, it } from 'vitest';
import { countBy, departementsTouchedByYear, firstIncidentByDepartement, ratesPer100k, summarise } from './analytics.js';
import { mergeIncidents } from './incidents.js';
import { event, place } from '../../bench/support/events.js';

const marseille14 = place('Marseille 14e', 'arrondissement', { commune: '13214', departement: '13', region: '93' });
const marseille = place('Marseille', 'commune', { commune: '13055', departement: '13', region: '93' });
const nimes = place('Nîmes', 'commune', { commune: '30189', departement: '30', region: '76' });
const rennes = place('Rennes', 'commune', { commune: '35238', departement: '35', region: '53' });

const incidents = mergeIncidents([
  event('a', { date: '2022-03-04', date_precision: 'day', place: marseille14, killed: 1, injured: 2 }),
  event('b', { date: '2023-01-10', date_precision: 'day', place: marseille, killed: 2, injured: null }),
  event('c', { date: '2023-01-20', date_precision: 'day', place: nimes, killed: null, injured: 1 }),
  event('d', { type: 'seizure', date: '2024-07', date_precision: 'month', place: rennes }),
  event('e', { date: '2024-02-02', date_precision: 'day', place: nimes, killed: 1 }),
]);

describe('analytics', () => {
  it('counts incidents, killed and injured by dimension, arrondissements under their commune', () => {
    const s = summarise(incidents);
    expect(s.total).toMatchObject({ incidents: 5, killed: 4, injured: 3, killed_unknown: 2 });
    expect(s.byCommune.find((r) => r.key === '13055')).toMatchObject({ incidents: 2, killed: 3, injured: 2, injured_unknown: 1 });
    expect(s.byType.map((r) => [r.key, r.incidents])).toEqual([['seizure', 1], ['shooting_homicide', 4]]);
    expect(countBy(incidents, 'month').find((r) => r.key === '2023-01')?.incidents).toBe(2);
    expect(s.byRegion.map((r) => r.key)).toEqual(['53', '76', '93']);
  });

  it('computes rates per 100,000 from the population given, null when unknown', () => {
    const pop: Record<string, number> = { '13': 2_000_000, '30': 750_000 };
    const rows = ratesPer100k(countBy(incidents, 'departement'), 'departement', (_k, code) => pop[code] ?? null);
    expect(rows.find((r) => r.key === '13')?.killed_per_100k).toBeCloseTo(0.15);
    expect(rows.find((r) => r.key === '30')?.incidents_per_100k).toBeCloseTo(2 / 7.5);
    expect(rows.find((r) => r.key === '35')?.incidents_per_100k).toBeNull();
  });

  it('dates the first incident per département and the spread per year', () => {
    expect(firstIncidentByDepartement(incidents)).toEqual([
      { departement: '13', date: '2022-03-04', incident: 'inc:a' },
      { departement: '30', date: '2023-01-20', incident: 'inc:c' },
      { departement: '35', date: '2024-07', incident: 'inc:d' },
    ]);
    expect(departementsTouchedByYear(incidents)).toEqual([
      { year: '2022', touched: 1, new: 1, cumulative: 1 },
      { year: '2023', touched: 2, new: 1, cumulative: 2 },
      { year: '2024', touched: 2, new: 1, cumulative: 3 },
    ]);
  });
});
