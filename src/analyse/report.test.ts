import { describe, expect, it } from 'vitest';
import type { ResolvedPlace } from '../core/types.js';
import type { ClaimRecord, Incident } from '../reconcile/types.js';
import { analyse, claimPlaceCovers } from './report.js';

const place = (over: Partial<ResolvedPlace>): ResolvedPlace => ({
  name: null, commune_insee: null, departement: null, region: null, country: 'FR', lat: null, lon: null, precision: 'commune', population: null, ...over,
});

function incident(id: string, date: string, p: ResolvedPlace, killed: number | null = 1): Incident {
  return {
    id, events: [id], type: 'shooting_homicide', date, date_precision: 'day', place: p, killed, injured: null,
    victims: [], actors: [], sources: 1, conflicts: [], source_urls: [], outlets: [],
  };
}

const marseille14 = place({ name: 'Marseille 14e Arrondissement', commune_insee: '13214', departement: '13', region: "Provence-Alpes-Côte d'Azur", precision: 'arrondissement' });
const nimes = place({ name: 'Nîmes', commune_insee: '30189', departement: '30', region: 'Occitanie' });

describe('analysis', () => {
  it('counts a Marseille arrondissement inside Marseille and its département, not elsewhere', () => {
    const inc = incident('e1', '2023-05-02', marseille14);
    expect(claimPlaceCovers('Marseille', inc)).toBe(true);
    expect(claimPlaceCovers('Bouches-du-Rhône', inc)).toBe(true);
    expect(claimPlaceCovers('Nîmes', inc)).toBe(false);
  });

  it('checks a stated running count against the incidents held, and gives per-100k rates', () => {
    const incidents = [incident('e1', '2023-03-01', marseille14), incident('e2', '2023-06-10', marseille14, 2), incident('e3', '2023-06-11', nimes)];
    const claim: ClaimRecord = {
      id: 'c1', document: 'd9', story: 's9', published: '2023-09-20', value: 43, unit: 'rank',
      measure: 'deaths linked to drug trafficking', period: '2023', place: 'Marseille', attributed_to: null, evidence: [],
    };
    const a = analyse(incidents, [claim]);
    expect(a.runningCounts).toEqual([expect.objectContaining({ claim: 'c1', stated: 43, counted: 3, difference: -40 })]);
    const bdr = a.byDepartement.find((r) => r.key === '13')!;
    expect(bdr.incidents).toBe(2);
    expect(bdr.name).toBe('Bouches-du-Rhône');
    expect(bdr.incidents_per_100k).toBeCloseTo((2 / bdr.population!) * 100_000, 6);
    expect(a.firstIncidentByDepartement.map((f) => f.departement)).toEqual(['13', '30']);
  });
});
