import { describe, expect, it } from 'vitest';
import type { ResolvedPlace } from '../core/types.js';
import type { ClaimRecord, Incident } from '../reconcile/types.js';
import { analyse, claimPlaceCovers, isRunningCount } from './report.js';

const place = (over: Partial<ResolvedPlace>): ResolvedPlace => ({
  name: null, commune_insee: null, departement: null, region: null, country: 'FR', lat: null, lon: null, precision: 'commune', population: null, ...over,
});

function incident(id: string, date: string | null, p: ResolvedPlace, killed: number | null = 1): Incident {
  const precision = date === null ? 'unknown' : date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return {
    id, events: [id], type: 'shooting_homicide', date, date_precision: precision, place: p, killed, injured: null,
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

/** A ranked figure as the extractor gives it: unit "rank", measure "rank: …", its sentence as evidence. */
function rank(id: string, value: number, measure: string, place: string | null, period: string | null, sentence: string): ClaimRecord {
  return {
    id, document: 'd1', story: 's1', published: '2023-09-20', value, unit: 'rank', measure: `rank: ${measure}`, period, place,
    attributed_to: null, evidence: [{ start: 0, end: sentence.length, text: sentence }],
  };
}

describe('running counts: only counts of deaths or shootings, in a known place and period, are compared', () => {
  const incidents = [incident('e1', '2023-03-01', marseille14), incident('e2', '2023-06-10', marseille14, 2)];
  // The two figures of the seeds that were compared with the incidents held, and should not be.
  const league = rank('c18', 7, 'Europe for cocaine consumption', 'France', '2025-05', 'France now ranks 7th in Europe for cocaine consumption.');
  const epithet = rank('c14', 43, 'death linked to organized crime', 'Mediterranean', '2023',
    'This is the 43rd death linked to organized crime in the Mediterranean city since the beginning of the year.');
  const named = rank('c20', 43, 'death linked to organized crime', 'Marseille', '2023',
    'This is the 43rd death linked to organized crime in Marseille since the beginning of the year.');

  it('leaves out a league-table rank and a place that is an epithet, and says how many were left out', () => {
    expect(isRunningCount(league)).toBe(false);
    expect(isRunningCount(epithet)).toBe(false);
    const a = analyse(incidents, [league, epithet, named]);
    expect(a.runningCounts.map((r) => r.claim)).toEqual(['c20']);
    expect(a.runningCounts[0]).toMatchObject({ stated: 43, counted: 3, counting: 'killed' });
    expect(a.runningCountsLeftOut).toBe(2);
  });

  it('needs a calendar period, a place the geocoder knows, and a counted noun; French counts too', () => {
    expect(isRunningCount({ ...named, period: 'past year' })).toBe(false);
    expect(isRunningCount({ ...named, period: null })).toBe(false);
    expect(isRunningCount({ ...named, place: 'Atlantis' })).toBe(false);
    expect(isRunningCount(rank('c1', 12, 'tonnes seized', 'Marseille', '2023', 'The 12th tonne seized in Marseille this year.'))).toBe(false);
    expect(isRunningCount(rank('c2', 17, 'règlement de comptes', 'Marseille', '2023', "C'est le 17e règlement de comptes à Marseille depuis janvier."))).toBe(true);
    expect(isRunningCount(rank('c3', 5, 'shooting', 'Nîmes', '2024-05', 'It is the fifth shooting in Nîmes this month.'))).toBe(true);
    // The noun may come earlier in the sentence, unless the measure names a count of something else.
    const collateral = "Cette jeune femme apparaît comme une victime collatérale du trafic de drogue, la troisième depuis le début de l'année à Marseille.";
    expect(isRunningCount(rank('c4', 3, "début de l'année à Marseille", 'Marseille', '2023', collateral))).toBe(true);
    expect(isRunningCount(rank('c5', 3, 'seizures', 'Marseille', '2023', 'The third seizure this year in Marseille, where a man was shot dead.'))).toBe(false);
    expect(isRunningCount(rank('c6', 3, 'rang européen', 'France', '2025', 'La France se situe au 3e rang européen pour les homicides.'))).toBe(false);
    // Not an ordinal at all: a plain figure is never a running count.
    expect(isRunningCount({ ...named, unit: null })).toBe(false);
  });
});

describe('dates in the analysis: months, first incidents and spread agree', () => {
  const incidents = [
    incident('a1', '2023', nimes), // Gard: dated to the year only
    incident('a2', '2024-05-02', nimes),
    incident('b1', '2023', marseille14), // Bouches-du-Rhône: a year-only and a day date in the same year
    incident('b2', '2023-06-10', marseille14),
    incident('c1', null, place({ name: 'Valence', commune_insee: '26362', departement: '26' })), // Drôme: undated
    incident('d1', '2024-07', place({ name: 'Rouen', commune_insee: '76540', departement: '76' })),
  ];
  const a = analyse(incidents);

  it('says how many incidents the month table leaves out, and why', () => {
    expect(a.byMonth.reduce((n, r) => n + r.incidents, 0)).toBe(3);
    expect(a.withoutMonth).toEqual({ incidents: 3, year_only: 2, undated: 1 });
  });

  it('counts a year-only date in the first incident of a département as the spread by year does', () => {
    expect(a.firstIncidentByDepartement.map((f) => [f.departement, f.date, f.date_precision])).toEqual([
      ['30', '2023', 'year'],
      // The day date of 2023 is shown rather than the year-only one of the same year: it says more.
      ['13', '2023-06-10', 'day'],
      ['76', '2024-07', 'month'],
    ]);
    // Each département is new in the year of its first incident, and the undated one (26) is in neither table.
    for (const y of a.spreadByYear) {
      expect(a.firstIncidentByDepartement.filter((f) => f.date.startsWith(y.year)).length, y.year).toBe(y.new);
    }
    expect(a.spreadByYear.at(-1)?.cumulative).toBe(a.firstIncidentByDepartement.length);
  });
});
