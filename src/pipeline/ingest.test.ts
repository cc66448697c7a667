import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIALECTS, freshStore } from '../../test/support/stores.js';
import { ingest } from './ingest.js';

// Our own short report: a relative day ("on Tuesday") that only a publication date can anchor.
const REPORT = [
  'Man shot dead in Nîmes',
  'A 24-year-old man was shot dead on Tuesday evening in the Pissevin district of Nîmes, police said.',
  'Investigators are looking into a settling of scores between drug dealing gangs.',
].join('\n');

describe.each(DIALECTS)('ingest on %s: metadata given on a later run', (dialect) => {
  it('applies a publication date and outlet that a manifest gives for content already stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-ingest-'));
    writeFileSync(join(dir, 'report.txt'), REPORT);
    const store = await freshStore(dialect);
    const first = await ingest([join(dir, 'report.txt')], store, { workers: 0 });
    expect(first).toMatchObject({ new: 1, unchanged: 0, failed: 0 });
    expect((await store.currentDocuments())[0]).toMatchObject({ published: null, outlet: null });

    const again = await ingest([join(dir, 'report.txt')], store, { workers: 0 });
    expect(again).toMatchObject({ new: 0, versions: 0, unchanged: 1 });

    const manifest = join(dir, 'manifest.csv');
    writeFileSync(manifest, 'file,outlet,published\nreport.txt,Midi Soir,2025-03-13\n');
    const completed = await ingest([join(dir, 'report.txt')], store, { workers: 0, read: { manifest } });
    expect(completed).toMatchObject({ new: 0, versions: 1, unchanged: 0, failed: 0 });
    const docs = await store.currentDocuments();
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ published: '2025-03-13', outlet: 'Midi Soir', version: 2 });
    // Re-extracted with the date: "on Tuesday" before Thursday 13 March 2025 is the 11th.
    const dates = (await store.currentEvents()).map((e) => (JSON.parse(e.data) as { date: string | null }).date);
    expect(dates).toContain('2025-03-11');
    // The incidents follow the new version: none still points at the old document's events.
    const members = await store.db
      .selectFrom('incident_events as ie')
      .innerJoin('events as e', 'e.id', 'ie.event_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('e.document_id', '<>', docs[0].id)
      .executeTakeFirstOrThrow();
    expect(members.n).toBe(0);

    const last = await ingest([join(dir, 'report.txt')], store, { workers: 0, read: { manifest } });
    expect(last).toMatchObject({ new: 0, versions: 0, unchanged: 1 });
    await store.close();
  });
});
