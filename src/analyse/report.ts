// The analysis users ask for — how many, where, since when — over the reconciled incidents, with official populations.
import { communeByInsee, departementInfo, regionInfo } from '../resolve/geo/index.js';
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
import type { Incident } from '../reconcile/types.js';

export interface AnalysisReport {
  total: CountRow;
  byType: CountRow[];
  byMonth: CountRow[];
  byCommune: RateRow[];
  byDepartement: Array<RateRow & { name: string | null }>;
  byRegion: RateRow[];
  firstIncidentByDepartement: Array<FirstIncident & { name: string | null }>;
  spreadByYear: YearSpread[];
}

export function populationOf(kind: AreaKind, code: string): number | null {
  if (kind === 'departement') return departementInfo(code)?.population ?? null;
  if (kind === 'region') return regionInfo(code)?.population ?? null;
  return communeByInsee(code)?.population ?? null;
}

export function analyse(incidents: Incident[]): AnalysisReport {
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
  };
}
