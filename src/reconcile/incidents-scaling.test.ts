import { describe, expect, it } from 'vitest';
import { blockKeysOf, IncidentIndex, mergeIncidents } from './incidents.js';
import { event, place, seededRandom, shuffled } from '../../bench/support/events.js';
import type { EventRecord } from './types.js';

const MARSEILLE = place('Marseille', 'commune', { commune: '13055', departement: '13', region: '93' });

/** A busy city: `days` days with several shootings each, most reported by two outlets that agree. */
function busyCity(days: number, perDay: number): EventRecord[] {
  const out: EventRecord[] = [];
  for (let d = 0; d < days; d++) {
    const date = new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
    for (let k = 0; k < perDay; k++) {
      const age = 16 + ((d * 7 + k * 5) % 25);
      const base = { type: 'shooting_homicide' as const, date, date_precision: 'day' as const, place: MARSEILLE, killed: 1 };
      out.push(event(`a${d}-${k}`, { ...base, document: `a${d}-${k}`, victims: [{ age, minor: age < 18, role: null }] }));
      out.push(event(`b${d}-${k}`, { ...base, document: `b${d}-${k}`, victims: [] }));
    }
  }
  return out;
}

describe('IncidentIndex at scale', () => {
  it('keeps undated killings of one city apart unless an actor or an age ties them', () => {
    const undated = Array.from({ length: 40 }, (_, i) =>
      event(`u${String(i).padStart(2, '0')}`, { document: `u${i}`, place: MARSEILLE, killed: 1 }));
    expect(mergeIncidents(undated)).toHaveLength(40);
    const withAge = [
      event('x1', { document: 'x1', place: MARSEILLE, killed: 1, victims: [{ age: 14, minor: true, role: null }] }),
      event('x2', { document: 'x2', place: MARSEILLE, killed: 1, victims: [{ age: 14, minor: true, role: null }] }),
    ];
    expect(mergeIncidents([...undated, ...withAge])).toHaveLength(41);
  });

  it('files day-precise events under a few days only, whatever the size of the corpus', () => {
    const keys = blockKeysOf(busyCity(1, 1)[0]);
    // The day ± the slack that strong evidence allows (STRONG_SLACK_DAYS = 3).
    expect(keys.query.filter((k) => k.startsWith('dd|')).length).toBe(7);
    expect(keys.file.some((k) => k.includes('|13'))).toBe(true);
  });

  it('gives the same incidents added one by one, in bulk, or shuffled, including components too big to agglomerate', () => {
    const events = busyCity(30, 4);
    const bulk = mergeIncidents(events);
    const index = new IncidentIndex();
    for (const e of shuffled(events, seededRandom(5))) index.add(e);
    expect(index.incidents()).toEqual(bulk);
    expect(mergeIncidents(shuffled(events, seededRandom(9)))).toEqual(bulk);
    // Same-day pairs agree (2 reports each); adjacent days chain the component past the agglomerative limit.
    expect(bulk.length).toBeGreaterThan(100);
    expect(bulk.length).toBeLessThan(events.length);
  });
});

describe('blocking keys of a month and a day a few days into the next month', () => {
  it("lets each of two reports that may link find the other: '2024-01' and 2 February, the same victim in one town", () => {
    const NIMES = place('Nîmes', 'commune', { commune: '30189', departement: '30', region: '76' });
    const victims = [{ age: 23, minor: false, role: null }];
    const month = event('m', { document: 'm', date: '2024-01', date_precision: 'month', place: NIMES, killed: 1, victims });
    const day = event('d', { document: 'd', date: '2024-02-02', date_precision: 'day', place: NIMES, killed: 1, victims });
    const meet = (a: EventRecord, b: EventRecord) => blockKeysOf(a).query.some((k) => blockKeysOf(b).file.includes(k));
    expect(meet(month, day)).toBe(true);
    expect(meet(day, month)).toBe(true);
    // One by one, in either order, they are the incident a single merge makes.
    const bulk = mergeIncidents([month, day]);
    for (const order of [[month, day], [day, month]]) {
      const index = new IncidentIndex();
      for (const e of order) index.add(e);
      expect(index.incidents()).toEqual(bulk);
    }
  });
});
