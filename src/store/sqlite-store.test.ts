import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProcessedDocument } from '../pipeline/types.js';
import { MIGRATIONS } from './migrations.js';
import { SqliteStore } from './sqlite-store.js';

function doc(over: Partial<ProcessedDocument> = {}): ProcessedDocument {
  return {
    source: '/data/a.txt',
    format: 'text',
    encoding: 'utf-8',
    url: null,
    outlet: 'Le Quotidien',
    published: '2025-03-02',
    title: 'Fusillade',
    language: 'fr',
    contentHash: 'h1',
    identity: '/data/a.txt',
    text: 'Un homme a été tué.',
    stories: [
      {
        title: 'Fusillade',
        text: 'Un homme a été tué.',
        language: 'fr',
        relevance: { score: 0.8, relevant: true, terms: ['tué'] },
        extraction: { events: [], claims: [], entities: [{ name: 'Nîmes', type: 'place', title: null, start: 0, end: 3 }] },
      },
    ],
    ...over,
  };
}

describe('SqliteStore', () => {
  it('applies every migration once, and again opens cleanly', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vigie-store-')), 'v.db');
    new SqliteStore(path).close();
    const store = new SqliteStore(path);
    expect(store.schemaVersion()).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    store.close();
  });

  it('stores a document, its stories and mentions; the same hash again is unchanged', () => {
    const store = new SqliteStore(':memory:');
    expect(store.insertDocument(doc())).toMatchObject({ status: 'new', version: 1, supersedes: null });
    expect(store.insertDocument(doc({ source: '/elsewhere/b.txt' })).status).toBe('unchanged');
    expect(store.currentMentions()).toHaveLength(1);
    expect(store.currentMentions()[0].surface).toBe('Un ');
  });

  it('rolls the whole document back when a part of it cannot be stored', () => {
    const store = new SqliteStore(':memory:');
    const bad = doc();
    (bad.stories[0] as { text: unknown }).text = null; // violates NOT NULL after the document row is written
    expect(() => store.insertDocument(bad)).toThrow();
    for (const t of ['documents', 'stories', 'entity_mentions']) {
      expect((store.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n, t).toBe(0);
    }
  });

  it('supersedes the previous version of the same identity', () => {
    const store = new SqliteStore(':memory:');
    store.insertDocument(doc());
    const v2 = store.insertDocument(doc({ contentHash: 'h2', text: 'Deux hommes ont été tués.' }));
    expect(v2).toMatchObject({ status: 'new', version: 2 });
    expect(store.currentDocuments().map((d) => d.text)).toEqual(['Deux hommes ont été tués.']);
  });
});
