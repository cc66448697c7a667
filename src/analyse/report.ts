// The analysis users ask for — how many, where, since when — over the reconciled incidents, with official populations.
import type { DatePrecision } from '../core/types.js';
import { checkRunningCounts, measureSignature, type RunningCountCheck } from '../reconcile/claim-groups.js';
import { dateRange } from '../reconcile/dates.js';
import { compareStrings, fold } from '../reconcile/normalise.js';
import { communeByInsee, departementInfo, geocode, regionInfo } from '../resolve/geo/index.js';
import {
  departementsTouchedByYear,
  ratesPer100k,
  summarise,
  type AreaKind,
  type CountRow,
  type RateRow,
  type YearSpread,
} from '../reconcile/analytics.js';
import type { ClaimRecord, Incident } from '../reconcile/types.js';

/** The first incident recorded in a département, as precisely dated as the incidents allow. */
export interface FirstIncident {
  departement: string;
  name: string | null;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as known. */
  date: string;
  date_precision: 'day' | 'month' | 'year';
  incident: string;
}

/** Incidents the month table cannot place: dated to the year only, or not dated at all. */
export interface WithoutMonth {
  incidents: number;
  year_only: number;
  undated: number;
}

export interface AnalysisReport {
  total: CountRow;
  byType: CountRow[];
  byMonth: CountRow[];
  /** Incidents left out of byMonth, so its rows need not sum to the total unexplained. */
  withoutMonth: WithoutMonth;
  byCommune: RateRow[];
  byDepartement: Array<RateRow & { name: string | null }>;
  byRegion: RateRow[];
  /** One row per département of spreadByYear: the year of each is the year spreadByYear counts it new. */
  firstIncidentByDepartement: FirstIncident[];
  spreadByYear: YearSpread[];
  /**
   * Running counts stated in the press ("the 43rd death since January") against the incidents Vigie holds: only
   * those that count deaths or shootings, in a place and over a period that are known (see isRunningCount).
   */
  runningCounts: RunningCountCheck[];
  /** Ordinal figures ("7th in Europe", "the 43rd death in the Mediterranean city") not compared, by isRunningCount. */
  runningCountsLeftOut: number;
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

/**
 * Words of a running count's measure that name what the incidents held count: people killed, or shootings and
 * settlings of scores (folded: no accents, lower case). "France ranks 7th in Europe for cocaine consumption" names
 * none of them, and neither does a rank of seized tonnes: Vigie holds nothing to compare those with.
 */
const COUNTED_BY_INCIDENTS = new Set([
  'death', 'deaths', 'dead', 'killing', 'killings', 'killed', 'murder', 'murders', 'homicide', 'homicides',
  'narchomicide', 'narchomicides', 'narcohomicide', 'narcohomicides', 'victim', 'victims', 'shooting', 'shootings',
  'mort', 'morts', 'deces', 'tue', 'tues', 'meurtre', 'meurtres', 'assassinat', 'assassinats', 'victime', 'victimes',
  'fusillade', 'fusillades',
]);
/** "Settling of scores", "règlement de comptes": one count noun in several words. */
const SETTLING_OF_SCORES = /\b(?:settlings? of scores?|reglements? de comptes?)\b/;

function namesIncidentCount(text: string): boolean {
  const folded = fold(text);
  return folded.split(' ').some((w) => COUNTED_BY_INCIDENTS.has(w)) || SETTLING_OF_SCORES.test(folded);
}

/** A place in a league table, not a running count: "ranks 7th in Europe", "classée 3e". */
const LEAGUE_TABLE = /\b(?:rank|ranks|ranked|ranking|rankings|rang|rangs|classee|classees|classement|position)\b/;

/**
 * A word that makes the place before it an epithet ("the Mediterranean city", "the port town"): the city meant
 * is not named, and the word is not the place.
 */
const EPITHET_NOUN = /^\s+(?:city|town|port|metropolis|capital)\b/i;

/** A period as a calendar year, month or day: "past year" or "since 2019" cannot be bounded. */
const CALENDAR_PERIOD = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The place a claim names, when it is a place the geocoder knows and not an epithet in its sentence. */
function resolvedClaimPlace(claim: ClaimRecord): boolean {
  if (claim.place === null || geocode(claim.place) === null) return false;
  const place = claim.place.toLowerCase();
  for (const ev of claim.evidence) {
    const text = ev.text.toLowerCase();
    for (let at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + 1)) {
      if (EPITHET_NOUN.test(ev.text.slice(at + place.length))) return false;
    }
  }
  return true;
}

/**
 * Whether a stated figure is a running count Vigie can check against the incidents it holds: an ordinal of a
 * series ("the 43rd death"), of deaths or shootings (not a rank in a league table), in a place the geocoder
 * resolves (not "the Mediterranean city") and over a calendar period.
 */
export function isRunningCount(claim: ClaimRecord): boolean {
  if (claim.unit !== 'rank') return false;
  if (claim.period === null || !CALENDAR_PERIOD.test(claim.period)) return false;
  // "La troisième depuis le début de l'année" leaves its noun earlier in the sentence ("une victime … , la
  // troisième"): the sentence then says what is counted, unless the measure names a count of something else.
  if (!namesIncidentCount(claim.measure)) {
    if (measureSignature(claim.measure).heads.size > 0 || !claim.evidence.some((ev) => namesIncidentCount(ev.text))) return false;
  }
  // The extractor writes rank measures as "rank: …", so the league-table words are looked for in the sentence.
  if (claim.evidence.some((ev) => LEAGUE_TABLE.test(fold(ev.text)))) return false;
  return resolvedClaimPlace(claim);
}

/** Why the month table leaves incidents out: how many are dated to the year only, how many not at all. */
export function withoutMonth(incidents: Incident[]): WithoutMonth {
  let yearOnly = 0;
  let undated = 0;
  for (const inc of incidents) {
    const r = dateRange(inc.date, inc.date_precision);
    if (r === null) undated += 1;
    else if (r.precision === 'year') yearOnly += 1;
  }
  return { incidents: yearOnly + undated, year_only: yearOnly, undated };
}

/** dateRange gives a range only for known precisions; 'unknown' never reaches here, and would be no better than a year. */
function knownPrecision(p: DatePrecision): FirstIncident['date_precision'] {
  return p === 'unknown' ? 'year' : p;
}

/**
 * Per département, its first recorded incident: the year is the earliest year of its dated incidents, as in
 * spreadByYear (which counts year-only dates too), so the two tables name the same départements and years.
 * Within that year a day or month date is shown when one exists: a year-only incident of the same year is not
 * known to be earlier, and the precise date says more. Sorted by date, then code.
 */
export function firstIncidentByDepartement(incidents: Incident[]): FirstIncident[] {
  interface Candidate { year: number; precise: boolean; start: number; iso: string; precision: FirstIncident['date_precision']; incident: string }
  const better = (a: Candidate, b: Candidate): boolean =>
    a.year !== b.year ? a.year < b.year
      : a.precise !== b.precise ? a.precise
        : a.start !== b.start ? a.start < b.start
          : compareStrings(a.incident, b.incident) < 0;
  const first = new Map<string, Candidate>();
  for (const inc of incidents) {
    const dep = inc.place?.departement ?? null;
    const r = dateRange(inc.date, inc.date_precision);
    if (dep === null || r === null) continue;
    const c: Candidate = { year: Number(r.iso.slice(0, 4)), precise: r.precision !== 'year', start: r.start, iso: r.iso, precision: knownPrecision(r.precision), incident: inc.id };
    const prev = first.get(dep);
    if (prev === undefined || better(c, prev)) first.set(dep, c);
  }
  return [...first]
    .sort(([da, a], [db, b]) => a.year - b.year || a.start - b.start || compareStrings(da, db))
    .map(([departement, c]) => ({
      departement,
      name: departementInfo(departement)?.name ?? null,
      date: c.iso,
      date_precision: c.precision,
      incident: c.incident,
    }));
}

export function analyse(incidents: Incident[], claims: ClaimRecord[] = []): AnalysisReport {
  const s = summarise(incidents);
  const depName = (code: string) => departementInfo(code)?.name ?? null;
  const running = claims.filter(isRunningCount);
  return {
    total: s.total,
    byType: s.byType,
    byMonth: s.byMonth,
    withoutMonth: withoutMonth(incidents),
    byCommune: ratesPer100k(s.byCommune, 'commune', populationOf),
    byDepartement: ratesPer100k(s.byDepartement, 'departement', populationOf).map((r) => ({ ...r, name: depName(r.key) })),
    byRegion: ratesPer100k(s.byRegion, 'region', populationOf),
    firstIncidentByDepartement: firstIncidentByDepartement(incidents),
    spreadByYear: departementsTouchedByYear(incidents),
    runningCounts: checkRunningCounts(running, incidents, { placeMatches: claimPlaceCovers }),
    runningCountsLeftOut: claims.filter((c) => c.unit === 'rank').length - running.length,
  };
}
