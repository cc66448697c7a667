import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../core/types.js';
import type { ProcessedDocument } from '../pipeline/types.js';
import { MIGRATIONS } from './migrations.js';
import { VigieError } from '../core/errors.js';
import { ensureParentFolder, SCHEMA_VERSION, SqliteStore } from './sqlite-store.js';

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

describe('SqliteStore: folders of the database', () => {
  it('creates missing parent folders, several levels deep', () => {
    const root = mkdtempSync(join(tmpdir(), 'vigie-store-'));
    const path = join(root, 'a', 'b', 'c', 'v.db');
    new SqliteStore(path).close();
    expect(existsSync(path)).toBe(true);
  });

  it.skipIf(!existsSync('/proc/self'))('fails at once with a storage error where a folder cannot be made (/proc)', () => {
    let caught: unknown = null;
    try {
      new SqliteStore('/proc/nope/deeper/x.db');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(VigieError);
    expect((caught as VigieError).code).toBe('storage');
    expect((caught as VigieError).message).toContain('/proc/nope');
  });

  it('fails with a storage error when a parent is a file', () => {
    const root = mkdtempSync(join(tmpdir(), 'vigie-store-'));
    writeFileSync(join(root, 'plain'), 'not a folder');
    expect(() => ensureParentFolder(join(root, 'plain', 'sub', 'x.db'))).toThrow(VigieError);
  });
});

describe('SqliteStore: feed items and full articles of the same URL', () => {
  const URL_A = 'https://news.example/2025/03/shooting';
  const article = doc({ source: URL_A, url: URL_A, identity: URL_A, encoding: 'utf-8', format: 'html', contentHash: 'full', text: 'Un homme a été tué par balles mardi soir à Nîmes. Long récit.' });
  const feedItem = doc({ source: '/feeds/a.xml#1', url: URL_A, identity: URL_A, encoding: 'rss', contentHash: 'summary', text: 'Un homme tué à Nîmes.' });

  it('a feed summary arriving after the article does not replace it', () => {
    const store = new SqliteStore(':memory:');
    const first = store.insertDocument(article);
    expect(store.insertDocument(feedItem)).toEqual({ status: 'unchanged', documentId: first.documentId });
    expect(store.currentDocuments().map((d) => d.text)).toEqual([article.text]);
  });

  it('the full article arriving after its feed summary replaces the summary', () => {
    const store = new SqliteStore(':memory:');
    const summary = store.insertDocument(feedItem);
    expect(store.insertDocument(article)).toMatchObject({ status: 'new', version: 2, supersedes: summary.documentId });
    expect(store.currentDocuments().map((d) => d.text)).toEqual([article.text]);
  });

  it('a newer feed item of the same URL still replaces an older one', () => {
    const store = new SqliteStore(':memory:');
    store.insertDocument(feedItem);
    expect(store.insertDocument({ ...feedItem, contentHash: 'summary-2', text: 'Deux hommes tués à Nîmes.' })).toMatchObject({ status: 'new', version: 2 });
  });
});

describe('SqliteStore: metadata given later for stored content', () => {
  it('makes a new version carrying the missing fields, keeping what was known', () => {
    const store = new SqliteStore(':memory:');
    const bare = doc({ outlet: 'Midi Soir', published: null, url: null });
    const first = store.insertDocument(bare);
    expect(store.wouldStore(bare.contentHash, { url: null, outlet: null, published: null })).toBe(false);
    expect(store.wouldStore(bare.contentHash, { published: '2025-03-12' })).toBe(true);
    expect(store.insertDocument({ ...bare, published: null })).toMatchObject({ status: 'unchanged' });

    const dated = store.insertDocument({ ...bare, outlet: null, published: '2025-03-12' });
    expect(dated).toMatchObject({ status: 'new', version: 2, supersedes: first.documentId });
    const current = store.currentDocuments();
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({ published: '2025-03-12', outlet: 'Midi Soir', url: null });
    // Read a third time with the same metadata: nothing new.
    expect(store.wouldStore(bare.contentHash, { published: '2025-03-12', outlet: 'Midi Soir' })).toBe(false);
    expect(store.insertDocument({ ...bare, published: '2025-03-12' }).status).toBe('unchanged');
  });
});

describe('SqliteStore: read-only open', () => {
  const fresh = () => join(mkdtempSync(join(tmpdir(), 'vigie-ro-')), 'v.db');

  it('opens the file read-only: SQLite itself refuses any write, and nothing is migrated', () => {
    const path = fresh();
    const writer = new SqliteStore(path);
    writer.insertDocument(doc());
    writer.close();
    const reader = new SqliteStore(path, { readonly: true });
    expect(reader.readOnly).toBe(true);
    expect(reader.db.readonly).toBe(true);
    expect(reader.currentDocuments()).toHaveLength(1);
    expect(() => reader.db.prepare('DELETE FROM documents').run()).toThrow(/readonly/);
    expect(() => reader.insertDocument(doc({ contentHash: 'h2' }))).toThrow(/readonly/);
    reader.close();
  });

  it('refuses a database that needs a migration, saying how to upgrade it, and leaves it as it was', () => {
    const path = fresh();
    // A database as an older Vigie left it: every migration but the last.
    const old = new Database(path);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.slice(0, -1)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, 'then');
    }
    old.close();
    const before = readFileSync(path);
    expect(() => new SqliteStore(path, { readonly: true })).toThrow(
      new RegExp(`database .*v\\.db was written by an older Vigie \\(schema ${SCHEMA_VERSION - 1}, this one reads ${SCHEMA_VERSION}\\).*vigie ingest --db`),
    );
    expect(readFileSync(path).equals(before)).toBe(true);
    // A writing open upgrades it as before.
    const writer = new SqliteStore(path);
    expect(writer.schemaVersion()).toBe(SCHEMA_VERSION);
    writer.close();
  });

  it('refuses an SQLite file that holds no Vigie data, without creating its tables', () => {
    const path = fresh();
    new Database(path).close();
    expect(() => new SqliteStore(path, { readonly: true })).toThrow(/holds no Vigie data/);
    const check = new Database(path, { readonly: true });
    expect(check.prepare("SELECT COUNT(*) AS n FROM sqlite_master").get()).toEqual({ n: 0 });
    check.close();
  });

  it('counts the merging an interrupted ingest left undone', () => {
    const store = new SqliteStore(':memory:');
    expect(store.pendingReconcile()).toEqual({ events: 0, stale: 0 });
    const withEvent = doc();
    const event: ExtractedEvent = {
      type: 'shooting_homicide', date: null, date_precision: 'unknown', date_flags: [], place_mention: null, place: null,
      killed: 1, injured: null, victims: [], weapons: [], drugs: [], actors: [], evidence: [],
    };
    withEvent.stories[0].extraction = { events: [event], claims: [], entities: [] };
    store.insertDocument(withEvent);
    expect(store.pendingReconcile()).toEqual({ events: 1, stale: 0 });
  });
});

describe('SqliteStore: errors name the database file and say what is wrong', () => {
  it('a directory given as the database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-dir-'));
    for (const readonly of [false, true]) {
      expect(() => new SqliteStore(dir, { readonly })).toThrow(`cannot open database ${dir}: it is a directory, not a database file`);
    }
  });

  it('a file that is not a database', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vigie-notdb-')), 'notes.txt');
    writeFileSync(path, 'These are notes, not a database. '.repeat(200));
    for (const readonly of [false, true]) {
      let caught: unknown = null;
      try {
        new SqliteStore(path, { readonly });
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(VigieError);
      expect((caught as VigieError).message).toBe(`cannot open database ${path}: not an SQLite database (is this the right file?)`);
    }
    // Not a byte of the file was changed.
    expect(readFileSync(path, 'utf8')).toBe('These are notes, not a database. '.repeat(200));
  });
});

describe('SqliteStore: documents stored by an older Vigie under the path as given', () => {
  it('finds their versions under the former identity', () => {
    const store = new SqliteStore(':memory:');
    // Stored then: identity and source the relative path as typed.
    store.insertDocument(doc({ source: 'corpus/a.txt', identity: 'corpus/a.txt' }));
    const changed = doc({ source: 'file:///data/corpus/a.txt', identity: 'file:///data/corpus/a.txt', formerIdentity: 'corpus/a.txt', contentHash: 'h2', text: 'Deux hommes ont été tués.' });
    expect(store.insertDocument(changed)).toMatchObject({ status: 'new', version: 2 });
    expect(store.currentDocuments().map((d) => d.identity)).toEqual(['file:///data/corpus/a.txt']);
  });
});
