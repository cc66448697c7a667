// The analysis users ask for — how many, where, since when — over the reconciled incidents, with official populations.
import { checkRunningCounts, type RunningCountCheck } from '../reconcile/claim-groups.js';
import { communeByInsee, departementInfo, geocode, regionInfo } from '../resolve/geo/index.js';
import {
  departementsTouchedByYear,
  firstIncidentByDepartement,
  ratesPer100k,
  summarise,
  type AreaKind,
  type CountRow,
  type FirstIncident,
  type RateRow,
  type YearSpread,
} from '../reconcile/analytics.js';
import type { ClaimRecord, Incident } from '../reconcile/types.js';

export interface AnalysisReport {
  total: CountRow;
  byType: CountRow[];
  byMonth: CountRow[];
  byCommune: RateRow[];
  byDepartement: Array<RateRow & { name: string | null }>;
  byRegion: RateRow[];
  firstIncidentByDepartement: Array<FirstIncident & { name: string | null }>;
  spreadByYear: YearSpread[];
  /** Running counts stated in the press ("the 43rd death since January") against the incidents Vigie holds. */
  runningCounts: RunningCountCheck[];
}

export function populationOf(kind: AreaKind, code: string): number | null {
  if (kind === 'departement') return departementInfo(code)?.population ?? null;
  if (kind === 'region') return regionInfo(code)?.population ?? null;
  return communeByInsee(code)?.population ?? null;
}

/** Arrondissements of Paris, Lyon and Marseille belong to their commune when a claim names the city. */
const ARRONDISSEMENT_PARENT: Array<[RegExp, string]> = [
  [/^751\d\d$/, '75056'],
  [/^6938\d$/, '69123'],
  [/^132\d\d$/, '13055'],
];

function parentCommune(code: string): string {
  for (const [re, parent] of ARRONDISSEMENT_PARENT) if (re.test(code)) return parent;
  return code;
}

/** Does the place a claim names (geocoded) contain the incident's place? */
export function claimPlaceCovers(claimPlace: string, incident: Incident): boolean {
  const where = geocode(claimPlace);
  const p = incident.place;
  if (!where || !p) return false;
  switch (where.precision) {
    case 'arrondissement':
      return p.commune_insee === where.commune_insee;
    case 'commune':
      return where.commune_insee !== null && p.commune_insee !== null && parentCommune(p.commune_insee) === where.commune_insee;
    case 'departement':
      return p.departement !== null && p.departement === where.departement;
    case 'region':
      return p.region !== null && p.region === where.region;
    default:
      return where.country !== null && p.country === where.country;
  }
}

export function analyse(incidents: Incident[], claims: ClaimRecord[] = []): AnalysisReport {
  const s = summarise(incidents);
  const depName = (code: string) => departementInfo(code)?.name ?? null;
  return {
    total: s.total,
    byType: s.byType,
    byMonth: s.byMonth,
    byCommune: ratesPer100k(s.byCommune, 'commune', populationOf),
    byDepartement: ratesPer100k(s.byDepartement, 'departement', populationOf).map((r) => ({ ...r, name: depName(r.key) })),
    byRegion: ratesPer100k(s.byRegion, 'region', populationOf),
    firstIncidentByDepartement: firstIncidentByDepartement(incidents).map((f) => ({ ...f, name: depName(f.departement) })),
    spreadByYear: departementsTouchedByYear(incidents),
    runningCounts: checkRunningCounts(claims, incidents, { placeMatches: claimPlaceCovers }),
  };
}
