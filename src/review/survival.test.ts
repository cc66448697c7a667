// Issue #12: "Re-ingesting, a new version of an article, re-running reconciliation, or a future, better extractor never
// undo [corrections] (test each)". Here every kind of correction at once — confirm, reject, a field edit with
// evidence, a merge, a report moved out, a figure grouping marked wrong, an entity renamed and one merged into
// another — goes through each of the four, one after the other, and every one still holds after each. Both dialects.
import { afterAll, describe, expect, it } from 'vitest';
import { reconcileStore } from '../pipeline/reconcile-store.js';
import type { ClaimGroup, Entity } from '../reconcile/types.js';
import type { Store } from '../store/store.js';
import { DIALECTS, freshStore } from '../../test/support/stores.js';
import { confirmIncident, editIncident, markFigureGroupingWrong, mergeEntities, mergeIncidents, moveReportOut, rejectIncident, renameEntity } from './actions.js';
import { loadCorrections } from './corrections.js';
import { incidentsByFile, ingestCorpus, REVIEW_ARTICLES, rewriteArticle, writeReviewCorpus } from '../../test/support/review-corpus.js';

const only = async (store: Store, ...files: string[]) =>
  (await incidentsByFile(store)).find((i) => i.files.length === files.length && files.every((f) => i.files.includes(f)));

async function evidenceFor(store: Store, file: string, words: string) {
  const d = await store.db.selectFrom('documents').select(['id']).where('source', 'like', `%/${file}`).where('superseded_by', 'is', null).executeTakeFirstOrThrow();
  const s = await store.db.selectFrom('stories').select(['id', 'text']).where('document_id', '=', d.id).orderBy('idx').executeTakeFirstOrThrow();
  const start = s.text.indexOf(words);
  return { story: `s${s.id}`, start, end: start + words.length };
}

/** Two figures of one measure and period in the seizure report, as the claim extractor would store them. */
async function addFigures(store: Store): Promise<void> {
  const doc = await store.db.selectFrom('documents').select(['id']).where('source', 'like', '%/seizure.txt').where('superseded_by', 'is', null).executeTakeFirstOrThrow();
  const story = await store.db.selectFrom('stories').select(['id', 'text']).where('document_id', '=', doc.id).executeTakeFirstOrThrow();
  for (const [value, words] of [[850, '850 kilograms'], [2, 'Two dockers']] as const) {
    const start = story.text.indexOf(words);
    const claim = { value, unit: null, measure: 'drug_seizures', period: '2025', place: null, attributed_to: null, evidence: [{ start, end: start + words.length, text: words }] };
    await store.db.insertInto('claims').values({ document_id: doc.id, story_id: story.id, value, unit: null, measure: 'drug_seizures', period: '2025', data: JSON.stringify(claim) }).execute();
  }
}

describe.each(DIALECTS)('every kind of correction survives every re-run of the machine, on %s', (dialect) => {
  const stores: Store[] = [];
  afterAll(async () => {
    for (const s of stores) await s.close();
  });

  it('re-ingest, new versions of every article, a full reconciliation, another extractor: each undoes nothing', async () => {
    const store = await freshStore(dialect);
    stores.push(store);
    const corpus = writeReviewCorpus();
    await ingestCorpus(corpus, store);
    await addFigures(store);
    await reconcileStore(store, { full: true });

    // One of each correction.
    const shooting = (await only(store, 'shooting-a.txt', 'shooting-b.txt'))!;
    await moveReportOut(store, 'ann', shooting.id, shooting.events.find((e) => e !== shooting.events[0])!, 'two shootings');
    // Which report the move took out: the other one is confirmed, the one moved out gets a corrected toll.
    const [first, second] = [(await only(store, 'shooting-a.txt'))!, (await only(store, 'shooting-b.txt'))!];
    expect(first && second).toBeTruthy();
    await rejectIncident(store, 'ann', first.id, 'a re-run of an old story');
    await editIncident(store, 'ann', second.id, { field: 'killed', value: 2, reason: 'two died', evidence: await evidenceFor(store, 'shooting-b.txt', 'killed by gunfire') });
    await mergeIncidents(store, 'ann', (await only(store, 'arson.txt'))!.id, (await only(store, 'seizure.txt'))!.id, 'one network');
    const merged = (await only(store, 'arson.txt', 'seizure.txt'))!;
    await confirmIncident(store, 'ann', merged.id);
    await editIncident(store, 'ann', merged.id, { field: 'date', value: '2025-06', reason: 'the month of the operation' });
    const group = (await store.derived<ClaimGroup>('claim_groups')).find((g) => g.measure === 'drug_seizures' && g.claims.length === 2)!;
    expect(group).toBeDefined();
    await markFigureGroupingWrong(store, 'ann', group.id, 'a haul and a head count');
    const ents = await store.derived<Entity>('entities');
    await renameEntity(store, 'ann', ents.find((e) => e.type === 'organisation')!.id, 'French Customs', 'full name');
    await mergeEntities(store, 'ann', ents.find((e) => e.name === 'Grenoble')!.id, ents.find((e) => e.name === 'Le Havre')!.id, 'one place for the test');
    expect((await loadCorrections(store)).map((c) => c.action)).toEqual(['move_out', 'reject', 'edit', 'merge', 'confirm', 'edit', 'figure_grouping_wrong', 'entity_rename', 'entity_merge']);

    const holds = async (when: string, flagged: boolean) => {
      expect(await only(store, 'shooting-a.txt', 'shooting-b.txt'), when).toBeUndefined();
      expect((await only(store, 'shooting-a.txt'))?.review?.status, when).toBe('rejected');
      const b = (await only(store, 'shooting-b.txt'))!;
      expect([b.killed, b.review?.status], when).toEqual([2, 'corrected']);
      const m = (await only(store, 'arson.txt', 'seizure.txt'))!;
      expect(m, when).toBeDefined();
      expect([m.date, m.date_precision, m.review?.status], when).toEqual(['2025-06', 'month', 'corrected']);
      const seizureFigures = (await store.derived<ClaimGroup>('claim_groups')).filter((g) => g.measure === 'drug_seizures').map((g) => g.claims.length);
      expect(seizureFigures, when).toEqual([1, 1]);
      const names = (await store.derived<Entity>('entities')).map((e) => e.name);
      expect(names, when).toContain('French Customs');
      expect(names, when).not.toContain('Grenoble');
      expect((await store.derived<Entity>('entities')).find((e) => e.name === 'Le Havre')?.aliases, when).toContain('Grenoble');
      expect((await loadCorrections(store)).filter((c) => c.state !== 'applied').map((c) => c.id), when).toEqual([]);
      const flags = (await incidentsByFile(store)).filter((i) => (i.review?.flags.length ?? 0) > 0).length;
      expect(flags > 0, when).toBe(flagged);
    };
    await holds('after the corrections', false);

    // 1. The same files ingested again.
    await ingestCorpus(corpus, store);
    await holds('after re-ingesting', false);

    // 2. A new version of every article (a line added: the words relied on stay).
    for (const a of REVIEW_ARTICLES) rewriteArticle(corpus, a.file, `${a.text}Updated: the inquiry continues.\n`);
    await ingestCorpus(corpus, store);
    await addFigures(store); // the figures of the seizure report's new version
    await reconcileStore(store);
    await holds('after new versions', false);

    // 3. Reconciliation rebuilt from scratch.
    await reconcileStore(store, { full: true });
    await holds('after a full reconciliation', false);

    // 4. Another extractor: every event and figure read again with other evidence words (a wider or narrower span)
    // and the incidents rebuilt. Nothing is undone; the incidents whose words changed are flagged for another look.
    for (const table of ['events', 'claims'] as const) {
      const rows = await store.db.selectFrom(table).select(['id', 'data']).execute();
      for (const r of rows) {
        const data = JSON.parse(r.data);
        data.evidence = data.evidence.map((e: { start: number; end: number; text: string }) => ({ ...e, end: e.end - 1, text: e.text.slice(0, -1) }));
        await store.db.updateTable(table).set({ data: JSON.stringify(data) }).where('id', '=', r.id).execute();
      }
    }
    await reconcileStore(store, { full: true });
    await holds('after another extractor', true);
  });
});
