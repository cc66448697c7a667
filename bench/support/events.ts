// Builders of reconcile input records for tests and benchmarks: defaults for every field, overrides per case.

import type { PlacePrecision, ResolvedPlace } from '../../src/core/types.js';
import type { ClaimRecord, EntityMentionRecord, EventRecord } from '../../src/reconcile/types.js';

export function place(
  name: string,
  precision: PlacePrecision,
  codes: { commune?: string; departement?: string; region?: string; country?: string; lat?: number; lon?: number; population?: number } = {},
): ResolvedPlace {
  return {
    name,
    commune_insee: codes.commune ?? null,
    departement: codes.departement ?? null,
    region: codes.region ?? null,
    country: codes.country ?? 'FR',
    lat: codes.lat ?? null,
    lon: codes.lon ?? null,
    precision,
    population: codes.population ?? null,
  };
}

export function event(id: string, over: Partial<EventRecord> = {}): EventRecord {
  return {
    id,
    document: `doc-${id}`,
    story: 's0',
    published: null,
    outlet: null,
    source: `https://news.example/${id}`,
    type: 'shooting_homicide',
    date: null,
    date_precision: 'unknown',
    date_flags: [],
    place_mention: null,
    place: null,
    killed: null,
    injured: null,
    victims: [],
    weapons: [],
    drugs: [],
    actors: [],
    evidence: [],
    ...over,
  };
}

export function claim(id: string, over: Partial<ClaimRecord> = {}): ClaimRecord {
  return {
    id,
    document: `doc-${id}`,
    story: 's0',
    published: null,
    value: 0,
    unit: null,
    measure: '',
    period: null,
    place: null,
    attributed_to: null,
    evidence: [],
    ...over,
  };
}

export function mention(document: string, name: string, over: Partial<EntityMentionRecord> = {}): EntityMentionRecord {
  const start = over.start ?? 0;
  const text = over.text ?? name;
  return { document, story: 's0', name, type: 'person', title: null, start, end: start + text.length, text, ...over };
}

export { seededRandom } from './random.js';

export function shuffled<T>(items: T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
