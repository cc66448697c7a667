import { afterAll, describe, expect, it } from 'vitest';
import type { ExtractedClaim, ExtractedEvent } from '../core/types.js';
import { syntheticEvents } from '../../bench/merging.js';
import { groupClaims } from '../reconcile/claim-groups.js';
import { mergeIncidents } from '../reconcile/incidents.js';
import { event, place, seededRandom, shuffled } from '../../bench/support/events.js';
import type { ClaimGroup, EventRecord, Incident } from '../reconcile/types.js';
import type { Store } from '../store/store.js';
import { DIALECTS, freshStore } from '../../test/support/stores.js';
import { loadReconcileInputs, reconcileStore } from './reconcile-store.js';
import type { ProcessedDocument } from './types.js';

const MARSEILLE = place('Marseille', 'commune', { commune: '13055', departement: '13', region: '93' });
const MARSEILLE_3 = place('Marseille 3e', 'arrondissement', { commune: '13203', departement: '13', region: '93' });
const BOUCHES_DU_RHONE = place('Bouches-du-Rhône', 'departement', { departement: '13', region: '93' });

/** Documents of a small corpus: synthetic reports (1–4 outlets per incident) plus a busy week in Marseille. */
function corpus(): Map<string, ExtractedEvent[]> {
  const events: EventRecord[] = syntheticEvents(120, 7).events.map((e) => ({ ...e, document: e.document }));
  // Several shootings a day in one city, some reported twice, one only by month or by département: big components.
  for (let day = 10; day < 17; day++) {
    for (let k = 0; k < 3; k++) {
      const age = 18 + ((day * 3 + k * 7) % 20);
      const base = { type: 'shooting_homicide' as const, date: `2024-06-${day}`, date_precision: 'day' as const, killed: 1 };
      events.push(event(`m${day}-${k}`, { ...base, document: `mars-${day}-${k}-a`, place: MARSEILLE_3, victims: [{ age, minor: false, role: null }] }));
      if (k !== 1) events.push(event(`m${day}-${k}b`, { ...base, document: `mars-${day}-${k}-b`, place: MARSEILLE, victims: [{ age: age + 1, minor: false, role: null }] }));
    }
  }
  events.push(event('month', { type: 'shooting_homicide', document: 'mars-month', date: '2024-06', date_precision: 'month', place: MARSEILLE, killed: 1 }));
  events.push(event('dep', { type: 'shooting_homicide', document: 'mars-dep', date: '2024-06-12', date_precision: 'day', place: BOUCHES_DU_RHONE, killed: 1 }));
  events.push(event('nodate', { type: 'shooting_homicide', document: 'mars-nodate', place: MARSEILLE, actors: ['DZ Mafia'], killed: 1 }));
  const docs = new Map<string, ExtractedEvent[]>();
  for (const e of events) {
    const { id: _id, document, story: _s, published: _p, outlet: _o, source: _src, ...extracted } = e;
    const list = docs.get(document) ?? [];
    list.push(extracted);
    docs.set(document, list);
  }
  return docs;
}

function processed(name: string, events: ExtractedEvent[], version = 1, claims: ExtractedClaim[] = []): ProcessedDocument {
  const text = `Report ${name} v${version}.`;
  return {
    source: `/corpus/${name}.txt`, format: 'text', encoding: 'utf-8', url: null, outlet: `Outlet ${name.length % 4}`,
    published: '2024-06-20', title: name, language: 'en', contentHash: `${name}#${version}`, identity: `/corpus/${name}.txt`,
    text,
    stories: [{
      title: name, text, language: 'en', relevance: { score: 1, relevant: true, terms: [] },
      extraction: { events, claims, entities: [] },
    }],
  };
}

/** Incidents with event ids replaced by "document#index": comparable across stores that numbered rows differently. */
async function canonical(store: Store): Promise<string[]> {
  const names = new Map<string, string>();
  const rows = await store.db.selectFrom('events as e').innerJoin('documents as d', 'd.id', 'e.document_id').select(['e.id', 'd.source']).orderBy('e.id').execute();
  const seen = new Map<string, number>();
  for (const r of rows) {
    const n = seen.get(r.source) ?? 0;
    seen.set(r.source, n + 1);
    names.set(`e${r.id}`, `${r.source}#${n}`);
  }
  return (await store.derived<Incident>('incidents')).map((i) => {
    const members = i.events.map((e) => names.get(e)).sort().join(' ');
    return `${members} | ${i.type} ${i.date} ${i.place?.name ?? '-'} k=${i.killed} sources=${i.sources}`;
  }).sort();
}

async function ingestInto(store: Store, docs: Array<[string, ExtractedEvent[]]>, reconcileEvery: number): Promise<void> {
  for (const [i, [name, events]] of docs.entries()) {
    await store.insertDocument(processed(name, events), new Date('2025-01-01T00:00:00Z'));
    if ((i + 1) % reconcileEvery === 0) await reconcileStore(store);
  }
  await reconcileStore(store);
}

describe.each(DIALECTS)('reconcileStore on %s: incremental incidents', (dialect) => {
  const docs = [...corpus()];
  const stores: Store[] = [];
  const open = async () => {
    const s = await freshStore(dialect);
    stores.push(s);
    return s;
  };
  afterAll(async () => {
    for (const s of stores) await s.close();
  });

  it('gives exactly a from-scratch rebuild, whether reconciled once, after every document, or in small steps', async () => {
    const once = await open();
    await ingestInto(once, docs, Number.POSITIVE_INFINITY);
    const each = await open();
    await ingestInto(each, docs, 1);
    const stepped = await open();
    await stepped.transaction(async (tx) => {
      for (const [n, e] of docs) await tx.insertDocument(processed(n, e), new Date('2025-01-01T00:00:00Z'));
    });
    await reconcileStore(stepped, { chunkSize: 7 });

    const fromScratch = mergeIncidents((await loadReconcileInputs(once)).events);
    expect(fromScratch.some((i) => i.events.length >= 3)).toBe(true);
    for (const store of [once, each, stepped]) expect(await store.derived<Incident>('incidents')).toEqual(fromScratch);
    await reconcileStore(each, { full: true });
    expect(await each.derived<Incident>('incidents')).toEqual(fromScratch);
  });

  it('does not depend on the order documents arrive in, nor on how runs split them', async () => {
    const reference = await open();
    await ingestInto(reference, docs, Number.POSITIVE_INFINITY);
    const expected = await canonical(reference);
    const random = seededRandom(3);
    for (const every of [1, 5, 40]) {
      const store = await open();
      await ingestInto(store, shuffled(docs, random), every);
      expect(await canonical(store)).toEqual(expected);
    }
  });

  it('rewrites only the incidents a new document touches', async () => {
    const store = await open();
    await ingestInto(store, docs, Number.POSITIVE_INFINITY);
    const before = new Map((await store.derived<Incident>('incidents')).map((i) => [i.id, JSON.stringify(i)]));
    await store.insertDocument(processed('late-report', [{ ...docs.find(([n]) => n === 'mars-12-0-a')![1][0], victims: [] }]));
    const counts = await reconcileStore(store);
    expect(counts.events).toBe(1);
    // The incident the report joins is deleted and rewritten (2 ids at most: old and new), the rest untouched.
    expect(counts.incidentsChanged).toBeLessThanOrEqual(2);
    const after = await store.derived<Incident>('incidents');
    const same = after.filter((i) => before.get(i.id) === JSON.stringify(i)).length;
    expect(same).toBe(after.length - 1);
    expect(after).toEqual(mergeIncidents((await loadReconcileInputs(store)).events));
  });

  it('follows a new version of a document: its old events leave their incidents', async () => {
    const store = await open();
    await ingestInto(store, docs, Number.POSITIVE_INFINITY);
    const [name, events] = docs.find(([n]) => n === 'mars-12-0-a')!;
    // The new version moves the shooting to another day: it must leave the incident of the 12th.
    await store.insertDocument(processed(name, [{ ...events[0], date: '2024-06-25' }], 2));
    await reconcileStore(store);
    const expected = mergeIncidents((await loadReconcileInputs(store)).events);
    expect(await store.derived<Incident>('incidents')).toEqual(expected);
    const stale = await store.db
      .selectFrom('incident_events as ie')
      .innerJoin('events as e', 'e.id', 'ie.event_id')
      .innerJoin('documents as d', 'd.id', 'e.document_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('d.superseded_by', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(stale.n).toBe(0);
  });
});

/**
 * Documents stating figures: the same measures (killed, injured, seizures, users) for a few periods and places, with
 * values that agree, disagree or are qualified, so that buckets hold several groups and groups span documents.
 */
function figures(): Array<[string, ExtractedClaim[]]> {
  const measures: Array<[string, string | null]> = [
    ['personnes tuées', null], ['morts par balle', null], ['people killed', null], ['blessés par balle', null],
    ['tonnes de cocaïne saisies', 'tonnes'], ['consommateurs de cocaïne', null], ['narchomicides', null],
  ];
  const random = seededRandom(11);
  const docs: Array<[string, ExtractedClaim[]]> = [];
  for (let d = 0; d < 40; d++) {
    const claims: ExtractedClaim[] = [];
    for (let k = 0; k < 1 + (d % 3); k++) {
      const [measure, unit] = measures[Math.floor(random() * measures.length)];
      const value = [47, 49, 50, 110, 23.2, 23.5][Math.floor(random() * 6)];
      const text = `${random() < 0.2 ? 'plus de ' : ''}${value} ${measure}`;
      claims.push({
        value, unit, measure, period: ['2023', '2024', null][Math.floor(random() * 3)], place: ['Marseille', 'France', null][Math.floor(random() * 3)],
        attributed_to: null, evidence: [{ start: 0, end: text.length, text }],
      });
    }
    docs.push([`fig-${d}`, claims]);
  }
  return docs;
}

describe.each(DIALECTS)('reconcileStore on %s: incremental claim groups', (dialect) => {
  const docs = figures();
  const stores: Store[] = [];
  afterAll(async () => {
    for (const s of stores) await s.close();
  });
  const ingest = async (order: Array<[string, ExtractedClaim[]]>, every: number) => {
    const store = await freshStore(dialect);
    stores.push(store);
    for (const [i, [name, claims]] of order.entries()) {
      await store.insertDocument(processed(name, [], 1, claims), new Date('2025-01-01T00:00:00Z'));
      if ((i + 1) % every === 0) await reconcileStore(store);
    }
    await reconcileStore(store);
    return store;
  };
  const fromScratch = async (store: Store) => groupClaims((await loadReconcileInputs(store)).claims);

  it('regroups only the buckets new claims fall in, and gives exactly a from-scratch grouping', async () => {
    const random = seededRandom(5);
    for (const [order, every] of [[docs, Number.POSITIVE_INFINITY], [docs, 1], [shuffled(docs, random), 3], [shuffled(docs, random), 1]] as const) {
      const store = await ingest(order, every);
      const expected = await fromScratch(store);
      expect(expected.some((g) => g.claims.length >= 3)).toBe(true);
      expect(expected.some((g) => g.status === 'conflicting')).toBe(true);
      expect(await store.derived<ClaimGroup>('claim_groups')).toEqual(expected);
    }
  });

  it('follows a new version of a document: its old figures leave their groups', async () => {
    const store = await ingest(docs, 5);
    const [name, claims] = docs[0];
    await store.insertDocument(processed(name, [], 2, claims.map((c) => ({ ...c, value: c.value * 3, period: '2022' }))));
    const counts = await reconcileStore(store);
    expect(await store.derived<ClaimGroup>('claim_groups')).toEqual(await fromScratch(store));
    expect(counts.claimGroups).toBe((await fromScratch(store)).length);
    const filed = await store.db.selectFrom('claim_buckets').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(filed.n).toBe((await loadReconcileInputs(store)).claims.length);
    // A full rebuild comes to the same groups.
    await reconcileStore(store, { full: true });
    expect(await store.derived<ClaimGroup>('claim_groups')).toEqual(await fromScratch(store));
  });
});
