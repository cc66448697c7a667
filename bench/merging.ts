// Benchmark of incident merging (bench support, not shipped) on synthetic reports: shows the cost per event stays flat as the corpus grows.

import { performance } from 'node:perf_hooks';
import type { EventType, ResolvedPlace } from '../src/core/types.js';
import { IncidentIndex } from '../src/reconcile/incidents.js';
import { event, seededRandom } from './support/events.js';
import type { EventRecord } from '../src/reconcile/types.js';

export interface BenchResult {
  events: number;
  incidents: number;
  /** Incidents the generator made: the merge should find close to this many. */
  trueIncidents: number;
  /** Produced incidents mixing reports of different synthetic incidents (wrong merges). */
  impure: number;
  ms: number;
  microsPerEvent: number;
}

const TYPES: EventType[] = ['shooting_homicide', 'shooting_homicide', 'shooting_homicide', 'arson_intimidation', 'seizure', 'police_operation', 'trial_verdict', 'kidnapping_extortion'];
const DAY_MS = 86_400_000;

/**
 * Synthetic corpus: real-world-like reports, 1–4 outlets per incident, spread over 96 départements and five
 * years, each report with its own noise (a day off, a vaguer place, a missing or different count).
 */
export function syntheticEvents(n: number, seed = 1): { events: EventRecord[]; trueIncidents: number } {
  const random = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  const events: EventRecord[] = [];
  let incident = 0;
  const start = Date.UTC(2020, 0, 1) / DAY_MS;
  while (events.length < n) {
    incident += 1;
    const dep = String(1 + Math.floor(random() * 95)).padStart(2, '0');
    const commune = `${dep}${String(Math.floor(random() * 40)).padStart(3, '0')}`;
    const day = start + Math.floor(random() * 5 * 365);
    const type = pick(TYPES);
    const killed = type === 'shooting_homicide' ? Math.floor(random() * 3) : null;
    const age = 15 + Math.floor(random() * 30);
    const reports = 1 + Math.floor(random() * 4);
    for (let r = 0; r < reports && events.length < n; r++) {
      const d = day + (random() < 0.1 ? 1 : 0);
      const vaguePlace = random() < 0.15;
      const p: ResolvedPlace = {
        name: vaguePlace ? `dep ${dep}` : `commune ${commune}`,
        commune_insee: vaguePlace ? null : commune,
        departement: dep,
        region: null,
        country: 'FR',
        lat: null,
        lon: null,
        precision: vaguePlace ? 'departement' : 'commune',
        population: null,
      };
      events.push(event(`e${incident}-${r}`, {
        document: `d${incident}-${r}`,
        type,
        date: new Date(d * DAY_MS).toISOString().slice(0, random() < 0.05 ? 7 : 10),
        date_precision: 'day',
        place: random() < 0.02 ? null : p,
        killed: random() < 0.2 ? null : killed,
        victims: random() < 0.5 ? [{ age, minor: age < 18, role: null }] : [],
      }));
    }
  }
  return { events, trueIncidents: incident };
}

export function benchIncidentMerging(n: number): BenchResult {
  const { events, trueIncidents } = syntheticEvents(n);
  const t0 = performance.now();
  const index = IncidentIndex.fromEvents(events);
  const incidents = index.incidents();
  const ms = performance.now() - t0;
  const impure = incidents.filter((i) => new Set(i.events.map((e) => e.split('-')[0])).size > 1).length;
  return { events: n, incidents: incidents.length, trueIncidents, impure, ms: Math.round(ms), microsPerEvent: Math.round((ms * 1000) / n) };
}
