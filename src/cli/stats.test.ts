import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse/report.js';
import type { ResolvedPlace } from '../core/types.js';
import type { Incident } from '../reconcile/types.js';
import { analysisLines } from './stats.js';

function incident(id: string, date: string | null, departement: string, commune: string): Incident {
  const place: ResolvedPlace = {
    name: null, commune_insee: commune, departement, region: null, country: 'FR', lat: null, lon: null, precision: 'commune', population: null,
  };
  const precision = date === null ? 'unknown' : date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return {
    id, events: [id], type: 'shooting_homicide', date, date_precision: precision, place, killed: 1, injured: null,
    victims: [], actors: [], sources: 1, conflicts: [], source_urls: [], outlets: [],
  };
}

const lines = analysisLines(
  analyse([
    incident('inc:e1', '2023', '30', '30189'),
    incident('inc:e2', '2023-09', '13', '13055'),
    incident('inc:e3', '2024-06-11', '75', '75056'),
    incident('inc:e4', null, '26', '26362'),
    incident('inc:e5', null, '13', '13055'),
  ]),
);

/** The lines of one table of the stats output, after its title. */
function table(title: string): string[] {
  const start = lines.findIndex((l) => l.startsWith(title));
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe('stats tables', () => {
  it('says how many incidents the month table leaves out, and why', () => {
    expect(table('by month')).toEqual([
      '  2023-09          1       1',
      '  2024-06          1       1',
      '  not in a month: 3 incident(s), 1 dated to the year only, 2 undated',
    ]);
  });

  it('lines up first incidents whatever the precision of their dates, and names the départements with no date', () => {
    const rows = table('first recorded incident by département');
    expect(rows).toEqual([
      '  2023        30 Gard',
      '  2023-09     13 Bouches-du-Rhône',
      '  2024-06-11  75 Paris',
      '  no date     26 Drôme',
    ]);
    // The same départements, in the same years, as the spread table.
    expect(table('départements touched').map((l) => l.trim().split(/\s+/))).toEqual([
      ['2023', '2', '2', '2'],
      ['2024', '1', '1', '3'],
    ]);
  });
});
