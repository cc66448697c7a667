// Corrections survive everything the machine does again: re-ingesting, a new version of an article, a full
// reconciliation, a different extractor; and an undo gives the machine's values back. Both storage dialects.
import { afterAll, describe, expect, it } from 'vitest';
import { reconcileStore } from '../pipeline/reconcile-store.js';
import type { ClaimGroup, Entity } from '../reconcile/types.js';
import type { Store } from '../store/store.js';
import { DIALECTS, freshStore } from '../../test/support/stores.js';
import {
  confirmIncident,
  editIncident,
  markFigureGroupingWrong,
  mergeEntities,
  mergeIncidents,
  moveReportOut,
  rejectIncident,
  renameEntity,
  splitEntity,
  undoCorrection,
} from './actions.js';
import { loadCorrections } from './corrections.js';
import { placeCandidates } from '../resolve/geo/index.js';
import { incidentsByFile, ingestCorpus, REVIEW_ARTICLES, rewriteArticle, writeReviewCorpus, type ReviewCorpus } from '../../test/support/review-corpus.js';

const byFiles = async (store: Store, ...files: string[]) => (await incidentsByFile(store)).find((i) => files.every((f) => i.files.includes(f)));
const shooting = (store: Store) => byFiles(store, 'shooting-a.txt');

async function evidenceFor(store: Store, file: string, words: string) {
  const d = await store.db.selectFrom('documents').select(['id']).where('source', 'like', `%/${file}`).where('superseded_by', 'is', null).executeTakeFirstOrThrow();
  const s = await store.db.selectFrom('stories').select(['id', 'text']).where('document_id', '=', d.id).orderBy('idx').executeTakeFirstOrThrow();
  const start = s.text.indexOf(words);
  if (start < 0) throw new Error(`not in ${file}: ${words}`);
  return { story: `s${s.id}`, start, end: start + words.length };
}

describe.each(DIALECTS)('review corrections on %s', (dialect) => {
  const stores: Store[] = [];
  afterAll(async () => {
    for (const s of stores) await s.close();
  });
  async function setup(): Promise<{ store: Store; corpus: ReviewCorpus }> {
    const store = await freshStore(dialect);
    stores.push(store);
    const corpus = writeReviewCorpus();
    await ingestCorpus(corpus, store);
    return { store, corpus };
  }

  it('an edit with evidence replaces the value, keeps the machine one and survives re-ingest, full reconciliation and a new version', async () => {
    const { store, corpus } = await setup();
    const inc = (await shooting(store))!;
    expect(inc.date).toBe('2025-04-07');
    const evidence = await evidenceFor(store, 'shooting-a.txt', 'on 7 April 2025');
    const r = await editIncident(store, 'alice', inc.id, { field: 'date', value: '2025-04-06', reason: 'the shooting was late on the 6th', evidence });
    let now = (await shooting(store))!;
    expect(now.date).toBe('2025-04-06');
    expect(now.review).toMatchObject({ status: 'corrected', reviewed_by: 'alice', changed: ['date'], flags: [] });
    expect(now.review!.machine.date).toBe('2025-04-07');
    const row = await store.db.selectFrom('incidents').select(['date', 'review_status']).where('id', '=', now.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ date: '2025-04-06', review_status: 'corrected' });
    const [c] = await loadCorrections(store);
    expect(c).toMatchObject({ id: r.correction, action: 'edit', user: 'alice', reason: 'the shooting was late on the 6th', state: 'applied' });
    expect(c.payload).toMatchObject({ field: 'date', before: '2025-04-07', after: '2025-04-06', evidence: { text: 'on 7 April 2025' } });

    // The same files again: nothing new, nothing lost.
    await ingestCorpus(corpus, store);
    expect((await shooting(store))!.date).toBe('2025-04-06');
    // Every incident rebuilt from the events.
    await reconcileStore(store, { full: true });
    expect((await shooting(store))!.date).toBe('2025-04-06');
    // A new version of the other report (new event rows, new ids): still the person's date, not flagged.
    rewriteArticle(corpus, 'shooting-b.txt', REVIEW_ARTICLES[1].text + 'A march in his memory is planned for Saturday.\n');
    await ingestCorpus(corpus, store);
    now = (await shooting(store))!;
    expect(now.files).toEqual(['shooting-a.txt', 'shooting-b.txt']);
    expect(now.date).toBe('2025-04-06');
    expect(now.review!.flags).toEqual([]);
    // A new version of the report whose words the correction relied on, those words changed: kept, and flagged.
    rewriteArticle(corpus, 'shooting-a.txt', REVIEW_ARTICLES[0].text.replace('on 7 April 2025', 'on 7 April 2025 at night').replace('Investigators', 'Detectives'));
    await ingestCorpus(corpus, store);
    now = (await shooting(store))!;
    expect(now.date).toBe('2025-04-06');
    expect(now.review!.flags.join(' ')).toMatch(/changed/);
  });

  it('a different extractor (other values, other words) does not undo a correction; the incident is flagged', async () => {
    const { store } = await setup();
    const inc = (await byFiles(store, 'seizure.txt'))!;
    await editIncident(store, 'bob', inc.id, { field: 'injured', value: 0, reason: 'nobody was hurt' });
    // What a future extractor would store: other words for the evidence, another type guess.
    const ev = await store.db.selectFrom('events').select(['id', 'data']).where('id', '=', Number(inc.events[0].slice(1))).executeTakeFirstOrThrow();
    const data = JSON.parse(ev.data);
    data.evidence = [{ ...data.evidence[0], text: data.evidence[0].text.slice(0, 40) }];
    await store.db.updateTable('events').set({ data: JSON.stringify(data) }).where('id', '=', ev.id).execute();
    await reconcileStore(store, { full: true });
    const now = (await byFiles(store, 'seizure.txt'))!;
    expect(now.injured).toBe(0);
    expect(now.review!.machine.injured).toBe(null);
    expect(now.review!.flags.length).toBe(1);
  });

  it('a place edit takes a place as the lookup offers it (région by name, as the machine writes it) and survives a full reconciliation', async () => {
    const { store } = await setup();
    const inc = (await shooting(store))!;
    expect(inc.place).toMatchObject({ commune_insee: '13213', precision: 'arrondissement' });
    const marseille = placeCandidates('Marseille').find((p) => p.commune_insee === '13055')!;
    const { coord_source: _, ...value } = marseille;
    const evidence = await evidenceFor(store, 'shooting-a.txt', 'Marseille');
    await editIncident(store, 'alice', inc.id, { field: 'place', value, reason: 'only the city is sure', evidence });
    await reconcileStore(store, { full: true });
    const now = (await shooting(store))!;
    expect(now.place).toEqual(value);
    expect(now.place!.region).toBe("Provence-Alpes-Côte d'Azur");
    expect(now.review!.machine.place).toMatchObject({ commune_insee: '13213' });
    const row = await store.db.selectFrom('incidents').select(['departement', 'region', 'lat']).where('id', '=', now.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ departement: '13', region: value.region, lat: value.lat });
    // A région given by its INSEE code is stored by name; an unknown one is refused.
    await editIncident(store, 'alice', now.id, { field: 'place', value: { ...value, region: '93' }, reason: 'same place' });
    expect((await shooting(store))!.place!.region).toBe(value.region);
    await expect(editIncident(store, 'alice', now.id, { field: 'place', value: { ...value, region: 'Atlantis' }, reason: 'r' })).rejects.toThrow(/région/);
    // A place as the API shows it, coord_source included (a script reading an incident and writing its place back).
    const shown = (await shooting(store))!.review!.machine.place as typeof marseille;
    expect(shown.coord_source).toBeDefined();
    await editIncident(store, 'alice', now.id, { field: 'place', value: { ...shown, name: 'Marseille 13e' }, reason: 'the name used locally' });
    expect((await shooting(store))!.place).toEqual({ ...shown, name: 'Marseille 13e' });
    await expect(editIncident(store, 'alice', now.id, { field: 'place', value: { ...shown, coord_source: 'guess' }, reason: 'r' })).rejects.toThrow(/coord_source must be one of/);
  });

  it('merge, move a report out, and undo each; both survive a full reconciliation', async () => {
    const { store } = await setup();
    const arson = (await byFiles(store, 'arson.txt'))!;
    const seizure = (await byFiles(store, 'seizure.txt'))!;
    const before = (await incidentsByFile(store)).length;
    const m = await mergeIncidents(store, 'carol', arson.id, seizure.id, 'same operation');
    let merged = (await byFiles(store, 'arson.txt', 'seizure.txt'))!;
    expect(merged).toBeDefined();
    expect(m.incident).toBe(merged.id);
    expect(merged.sources).toBe(2);
    expect((await incidentsByFile(store)).length).toBe(before - 1);
    await reconcileStore(store, { full: true });
    merged = (await byFiles(store, 'arson.txt', 'seizure.txt'))!;
    expect(merged).toBeDefined();

    const shoot = (await shooting(store))!;
    expect(shoot.events.length).toBe(2);
    const mv = await moveReportOut(store, 'carol', shoot.id, shoot.events[1], 'another shooting');
    expect((await byFiles(store, 'shooting-a.txt', 'shooting-b.txt'))).toBeUndefined();
    await reconcileStore(store, { full: true });
    expect((await byFiles(store, 'shooting-a.txt', 'shooting-b.txt'))).toBeUndefined();

    await undoCorrection(store, 'dan', m.correction);
    expect(await byFiles(store, 'arson.txt', 'seizure.txt')).toBeUndefined();
    expect((await byFiles(store, 'shooting-a.txt', 'shooting-b.txt'))).toBeUndefined();
    await undoCorrection(store, 'dan', mv.correction);
    expect((await byFiles(store, 'shooting-a.txt', 'shooting-b.txt'))!.events.length).toBe(2);
    const log = await loadCorrections(store);
    expect(log.map((c) => [c.action, c.undone_by])).toEqual([['merge', 'dan'], ['move_out', 'dan']]);
    await expect(undoCorrection(store, 'dan', m.correction)).rejects.toThrow(/already undone/);
  });

  it('confirm, reject, and undo give the status back; an edit on a merged incident follows it', async () => {
    const { store } = await setup();
    const arson = (await byFiles(store, 'arson.txt'))!;
    const c1 = await confirmIncident(store, 'eve', arson.id);
    expect((await byFiles(store, 'arson.txt'))!.review!.status).toBe('confirmed');
    const c2 = await rejectIncident(store, 'eve', arson.id, 'not linked to drugs');
    expect((await byFiles(store, 'arson.txt'))!.review!.status).toBe('rejected');
    await undoCorrection(store, 'eve', c2.correction);
    expect((await byFiles(store, 'arson.txt'))!.review!.status).toBe('confirmed');
    await undoCorrection(store, 'eve', c1.correction);
    const back = (await byFiles(store, 'arson.txt'))!;
    expect(back.review).toBeUndefined();
    expect(JSON.stringify(back)).toBe(JSON.stringify(arson));

    await editIncident(store, 'eve', arson.id, { field: 'killed', value: 0, reason: 'x' });
    const seizure = (await byFiles(store, 'seizure.txt'))!;
    await mergeIncidents(store, 'eve', seizure.id, arson.id, 'same case');
    const merged = (await byFiles(store, 'arson.txt', 'seizure.txt'))!;
    expect(merged.killed).toBe(0);
    expect(merged.review!.status).toBe('corrected');
  });

  it('edits type, date to a month, ages and actors; ageless victims stay; each survives a full reconciliation and a new version, and an undo gives the machine value back', async () => {
    const { store, corpus } = await setup();
    // A victim the sources give no age for (as another extractor might read "a passer-by was hurt").
    let inc = (await shooting(store))!;
    const ev = await store.db.selectFrom('events').select(['id', 'data']).where('id', '=', Number(inc.events[0].slice(1))).executeTakeFirstOrThrow();
    const data = JSON.parse(ev.data);
    data.victims = [...data.victims, { age: null, minor: null, role: 'bystander' }];
    await store.db.updateTable('events').set({ data: JSON.stringify(data) }).where('id', '=', ev.id).execute();
    await reconcileStore(store, { full: true });
    inc = (await shooting(store))!;
    expect(inc.victims.map((v) => v.age)).toEqual(expect.arrayContaining([24, null]));
    const machineActors = inc.actors;

    const r = await editIncident(store, 'hal', inc.id, { field: 'ages', value: [23, 17], reason: 'two victims, one a minor', evidence: await evidenceFor(store, 'shooting-a.txt', '24-year-old') });
    await editIncident(store, 'hal', inc.id, { field: 'actors', value: ['DZ Mafia', 'Yoda <b>clan</b>'], reason: 'named by the prosecutor' });
    await editIncident(store, 'hal', inc.id, { field: 'type', value: 'kidnapping_extortion', reason: 'a kidnapping gone wrong' });
    await editIncident(store, 'hal', inc.id, { field: 'date', value: '2025-04', reason: 'only the month is sure' });
    const check = async () => {
      const now = (await shooting(store))!;
      expect(now.victims).toEqual([
        { age: 23, minor: false, role: inc.victims.find((v) => v.age === 24)!.role },
        { age: 17, minor: true, role: null },
        { age: null, minor: null, role: 'bystander' },
      ]);
      expect(now.actors).toEqual(['DZ Mafia', 'Yoda <b>clan</b>']);
      expect(now.type).toBe('kidnapping_extortion');
      expect(now).toMatchObject({ date: '2025-04', date_precision: 'month' });
      expect(now.review).toMatchObject({ status: 'corrected', changed: ['ages', 'actors', 'type', 'date'], flags: [] });
      expect(now.review!.machine).toMatchObject({ type: 'shooting_homicide', date: '2025-04-07', date_precision: 'day', actors: machineActors });
      const row = await store.db.selectFrom('incidents').select(['type', 'date', 'date_precision']).where('id', '=', now.id).executeTakeFirstOrThrow();
      expect(row).toEqual({ type: 'kidnapping_extortion', date: '2025-04', date_precision: 'month' });
    };
    await check();
    await reconcileStore(store, { full: true });
    await check();
    rewriteArticle(corpus, 'shooting-b.txt', REVIEW_ARTICLES[1].text + 'A march in his memory is planned for Saturday.\n');
    await ingestCorpus(corpus, store);
    await check();
    // The ages edit undone: the machine's victims again, the other edits stay.
    await undoCorrection(store, 'ivy', r.correction);
    const back = (await shooting(store))!;
    expect(back.victims).toEqual(inc.victims);
    expect(back.review!.changed).toEqual(['actors', 'type', 'date']);
    await expect(editIncident(store, 'hal', inc.id, { field: 'ages', value: [23, 'x'], reason: 'r' })).rejects.toThrow(/each age/);
    await expect(editIncident(store, 'hal', back.id, { field: 'actors', value: [''], reason: 'r' })).rejects.toThrow(/each actor/);
    await expect(editIncident(store, 'hal', back.id, { field: 'type', value: 'picnic', reason: 'r' })).rejects.toThrow(/type must be one of/);
  });

  it('an edit made before a report was moved out stays with the rest, whatever new versions do to the ids', async () => {
    const { store, corpus } = await setup();
    const both = (await byFiles(store, 'shooting-a.txt', 'shooting-b.txt'))!;
    await editIncident(store, 'kim', both.id, { field: 'injured', value: 1, reason: 'a passer-by was hurt' });
    // The report the incident took its id from is the one moved out: the edit stays with the other, the rest.
    const moved = both.events[0];
    await moveReportOut(store, 'kim', both.id, moved, 'two shootings');
    const keeper = async () => (await incidentsByFile(store)).filter((i) => i.injured === 1 && i.review?.changed.includes('injured')).map((i) => i.files);
    const rest = (await incidentsByFile(store)).find((i) => i.events.length === 1 && !i.events.includes(moved) && i.files.some((f) => f.startsWith('shooting')))!.files;
    expect(await keeper()).toEqual([rest]);
    // New versions of either report renumber its events (the other half gets the smaller id, then not): no move.
    const movedFile = rest[0] === 'shooting-a.txt' ? 'shooting-b.txt' : 'shooting-a.txt';
    for (const file of [rest[0], movedFile]) {
      rewriteArticle(corpus, file, REVIEW_ARTICLES.find((a) => a.file === file)!.text + 'Police appealed for witnesses.\n');
      await ingestCorpus(corpus, store);
      await reconcileStore(store, { full: true });
      expect(await keeper(), file).toEqual([rest]);
    }
  });

  it('refuses bad values with a reason naming the field', async () => {
    const { store } = await setup();
    const inc = (await shooting(store))!;
    await expect(editIncident(store, 'x', inc.id, { field: 'date', value: '2025-02-30', reason: 'r' })).rejects.toThrow(/date must be a date of the calendar/);
    await expect(editIncident(store, 'x', inc.id, { field: 'killed', value: -1, reason: 'r' })).rejects.toThrow(/killed must be a whole number/);
    await expect(editIncident(store, 'x', inc.id, { field: 'colour', value: 1, reason: 'r' })).rejects.toThrow(/field must be one of/);
    await expect(editIncident(store, 'x', inc.id, { field: 'killed', value: 1, reason: '' })).rejects.toThrow(/reason is required/);
    await expect(editIncident(store, 'x', 'inc:e999', { field: 'killed', value: 1, reason: 'r' })).rejects.toThrow(/no incident/);
    const other = await evidenceFor(store, 'arson.txt', 'Grenoble');
    await expect(editIncident(store, 'x', inc.id, { field: 'killed', value: 1, reason: 'r', evidence: other })).rejects.toThrow(/not from a report of incident/);
    const ev = await evidenceFor(store, 'shooting-a.txt', 'shot dead');
    await expect(editIncident(store, 'x', inc.id, { field: 'killed', value: 1, reason: 'r', evidence: { ...ev, end: 100000 } })).rejects.toThrow(/must select/);
    expect(await loadCorrections(store)).toEqual([]);
  });

  it('entities: rename, merge and split survive a rebuild', async () => {
    const { store } = await setup();
    const entities = await store.derived<Entity>('entities');
    expect(entities.length).toBeGreaterThan(1);
    const [a, b] = entities;
    await renameEntity(store, 'fay', a.id, 'Renamed <b>One</b>', 'official name');
    await reconcileStore(store, { full: true });
    const names = (await store.derived<Entity>('entities')).map((e) => e.name);
    expect(names).toContain('Renamed <b>One</b>');
    const renamed = (await store.derived<Entity>('entities')).find((e) => e.name === 'Renamed <b>One</b>')!;
    await mergeEntities(store, 'fay', b.id, renamed.id, 'same body');
    await reconcileStore(store, { full: true });
    const after = await store.derived<Entity>('entities');
    expect(after.length).toBe(entities.length - 1);
    const into = after.find((e) => e.name === 'Renamed <b>One</b>')!;
    expect(into.aliases).toContain(b.name);
    // Split the merged one's mentions written as b's name out again.
    const surface = b.aliases[0];
    const split = await splitEntity(store, 'fay', into.id, surface, 'two bodies');
    await reconcileStore(store, { full: true });
    expect((await store.derived<Entity>('entities')).length).toBe(entities.length);

    // Each undone, newest first: the split, the merge, the rename; the machine's entities are back as they were.
    const log = await loadCorrections(store);
    expect(log.map((c) => c.action)).toEqual(['entity_rename', 'entity_merge', 'entity_split']);
    await undoCorrection(store, 'gil', split.correction);
    expect((await store.derived<Entity>('entities')).length).toBe(entities.length - 1);
    await undoCorrection(store, 'gil', log[1].id);
    expect((await store.derived<Entity>('entities')).map((e) => e.name)).toContain(b.name);
    await undoCorrection(store, 'gil', log[0].id);
    const back = (await store.derived<Entity>('entities')).map((e) => [e.id, e.name]).sort();
    expect(back).toEqual(entities.map((e) => [e.id, e.name]).sort());
  });

  it('a figure group marked wrong is split into single figures, even after a rebuild', async () => {
    const { store } = await setup();
    // Two figures of one measure and period, grouped by the machine (written straight, as the claim extractor would).
    const doc = await store.db.selectFrom('documents').select(['id']).where('source', 'like', '%/seizure.txt').executeTakeFirstOrThrow();
    const story = await store.db.selectFrom('stories').select(['id', 'text']).where('document_id', '=', doc.id).executeTakeFirstOrThrow();
    for (const [value, words] of [[850, '850 kilograms'], [2, 'Two dockers']] as const) {
      const start = story.text.indexOf(words);
      const claim = { value, unit: null, measure: 'drug_seizures', period: '2025', place: null, attributed_to: null, evidence: [{ start, end: start + words.length, text: words }] };
      await store.db.insertInto('claims').values({ document_id: doc.id, story_id: story.id, value, unit: null, measure: 'drug_seizures', period: '2025', data: JSON.stringify(claim) }).execute();
    }
    await reconcileStore(store, { full: true });
    const group = (await store.derived<ClaimGroup>('claim_groups')).find((g) => g.claims.length === 2)!;
    expect(group).toBeDefined();
    await markFigureGroupingWrong(store, 'gus', group.id, 'different things counted');
    const check = async () => (await store.derived<ClaimGroup>('claim_groups')).filter((g) => g.measure === 'drug_seizures').map((g) => g.claims.length);
    expect(await check()).toEqual([1, 1]);
    await reconcileStore(store, { full: true });
    expect(await check()).toEqual([1, 1]);
    // Undone: the machine's grouping is back.
    const [wrong] = await loadCorrections(store);
    await undoCorrection(store, 'gus', wrong.id);
    expect(await check()).toEqual([2]);
  });
});
