import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import type { ExtractedEvent } from '../core/types.js';
import type { ProcessedDocument } from '../pipeline/types.js';
import { MIGRATIONS } from './dialects/sqlite/migrations.js';
import { MIGRATIONS as PG_MIGRATIONS } from './dialects/postgres/migrations.js';
import { VigieError } from '../core/errors.js';
import { ensureParentFolder, type SqliteDialectHandle } from './dialects/sqlite/connect.js';
import { openStore } from './open.js';
import type { Store } from './store.js';
import { DIALECTS, freshLocation, freshStore } from '../../test/support/stores.js';

const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

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

const count = async (store: Store, table: 'documents' | 'stories' | 'entity_mentions') =>
  (await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

describe('the two dialects keep the same schema versions', () => {
  it('PostgreSQL migrations have the versions of the SQLite ones', () => {
    expect(PG_MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });
});

describe.each(DIALECTS)('Store on %s', (dialect) => {
  it('applies every migration once, and again opens cleanly', async () => {
    const location = await freshLocation(dialect);
    await (await openStore(location)).close();
    const store = await openStore(location);
    expect(await store.schemaVersion()).toBe(SCHEMA_VERSION);
    if (dialect === 'sqlite') expect((store.dialect as SqliteDialectHandle).native.pragma('journal_mode', { simple: true })).toBe('wal');
    await store.close();
  });

  it('stores a document, its stories and mentions; the same hash again is unchanged', async () => {
    const store = await freshStore(dialect);
    expect(await store.insertDocument(doc())).toMatchObject({ status: 'new', version: 1, supersedes: null });
    expect((await store.insertDocument(doc({ source: '/elsewhere/b.txt' }))).status).toBe('unchanged');
    expect(await store.currentMentions()).toHaveLength(1);
    expect((await store.currentMentions())[0].surface).toBe('Un ');
    await store.close();
  });

  it('rolls the whole document back when a part of it cannot be stored', async () => {
    const store = await freshStore(dialect);
    const bad = doc();
    (bad.stories[0] as { text: unknown }).text = null; // violates NOT NULL after the document row is written
    await expect(store.insertDocument(bad)).rejects.toThrow();
    for (const t of ['documents', 'stories', 'entity_mentions'] as const) expect(await count(store, t), t).toBe(0);
    await store.close();
  });

  it('in a batch, a failing document leaves no trace and the others are kept', async () => {
    const store = await freshStore(dialect);
    const bad = doc({ contentHash: 'bad', identity: '/data/bad.txt' });
    (bad.stories[0] as { text: unknown }).text = null;
    const out = await store.insertDocuments([doc(), bad, doc({ contentHash: 'h3', identity: '/data/c.txt' })]);
    expect(out.map((o) => o.ok)).toEqual([true, false, true]);
    expect(await count(store, 'documents')).toBe(2);
    expect(await count(store, 'stories')).toBe(2);
    await store.close();
  });

  it('supersedes the previous version of the same identity', async () => {
    const store = await freshStore(dialect);
    await store.insertDocument(doc());
    const v2 = await store.insertDocument(doc({ contentHash: 'h2', text: 'Deux hommes ont été tués.' }));
    expect(v2).toMatchObject({ status: 'new', version: 2 });
    expect((await store.currentDocuments()).map((d) => d.text)).toEqual(['Deux hommes ont été tués.']);
    await store.close();
  });

  describe('feed items and full articles of the same URL', () => {
    const URL_A = 'https://news.example/2025/03/shooting';
    const article = doc({ source: URL_A, url: URL_A, identity: URL_A, encoding: 'utf-8', format: 'html', contentHash: 'full', text: 'Un homme a été tué par balles mardi soir à Nîmes. Long récit.' });
    const feedItem = doc({ source: '/feeds/a.xml#1', url: URL_A, identity: URL_A, encoding: 'rss', contentHash: 'summary', text: 'Un homme tué à Nîmes.' });

    it('a feed summary arriving after the article does not replace it', async () => {
      const store = await freshStore(dialect);
      const first = await store.insertDocument(article);
      expect(await store.insertDocument(feedItem)).toEqual({ status: 'unchanged', documentId: first.documentId });
      expect((await store.currentDocuments()).map((d) => d.text)).toEqual([article.text]);
      await store.close();
    });

    it('the full article arriving after its feed summary replaces the summary', async () => {
      const store = await freshStore(dialect);
      const summary = await store.insertDocument(feedItem);
      expect(await store.insertDocument(article)).toMatchObject({ status: 'new', version: 2, supersedes: summary.documentId });
      expect((await store.currentDocuments()).map((d) => d.text)).toEqual([article.text]);
      await store.close();
    });

    it('a newer feed item of the same URL still replaces an older one', async () => {
      const store = await freshStore(dialect);
      await store.insertDocument(feedItem);
      expect(await store.insertDocument({ ...feedItem, contentHash: 'summary-2', text: 'Deux hommes tués à Nîmes.' })).toMatchObject({ status: 'new', version: 2 });
      await store.close();
    });
  });

  it('metadata given later for stored content makes a new version carrying the missing fields, keeping what was known', async () => {
    const store = await freshStore(dialect);
    const bare = doc({ outlet: 'Midi Soir', published: null, url: null });
    const first = await store.insertDocument(bare);
    expect(await store.wouldStore(bare.contentHash, { url: null, outlet: null, published: null })).toBe(false);
    expect(await store.wouldStore(bare.contentHash, { published: '2025-03-12' })).toBe(true);
    expect(await store.insertDocument({ ...bare, published: null })).toMatchObject({ status: 'unchanged' });

    const dated = await store.insertDocument({ ...bare, outlet: null, published: '2025-03-12' });
    expect(dated).toMatchObject({ status: 'new', version: 2, supersedes: first.documentId });
    const current = await store.currentDocuments();
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({ published: '2025-03-12', outlet: 'Midi Soir', url: null });
    // Read a third time with the same metadata: nothing new.
    expect(await store.wouldStore(bare.contentHash, { published: '2025-03-12', outlet: 'Midi Soir' })).toBe(false);
    expect((await store.insertDocument({ ...bare, published: '2025-03-12' })).status).toBe('unchanged');
    await store.close();
  });

  it('looks up many reads at once as it looks up each (wouldStoreMany)', async () => {
    const store = await freshStore(dialect);
    await store.insertDocument(doc({ published: null }));
    await store.insertDocument(doc({ contentHash: 'h2', identity: '/data/b.txt' }));
    const reads = [
      { hash: 'h1', meta: { published: null } },
      { hash: 'h1', meta: { published: '2025-03-12' } },
      { hash: 'h2', meta: { published: '2025-03-12' } },
      { hash: 'nowhere', meta: {} },
    ];
    const one = await Promise.all(reads.map((r) => store.wouldStore(r.hash, r.meta)));
    expect(one).toEqual([false, true, false, true]);
    expect(await store.wouldStoreMany(reads)).toEqual(one);
    expect(await store.wouldStoreMany([])).toEqual([]);
    await store.close();
  });

  it('gives a document\'s stories, events, claims and mentions ids in the order of the document', async () => {
    const store = await freshStore(dialect);
    const event = (killed: number): ExtractedEvent => ({
      type: 'shooting_homicide', date: null, date_precision: 'unknown', date_flags: [], place_mention: null, place: null,
      killed, injured: null, victims: [], weapons: [], drugs: [], actors: [], evidence: [],
    });
    const story = (n: number) => ({
      ...doc().stories[0],
      title: `Récit ${n}`,
      text: `Récit ${n}: un homme a été tué.`,
      extraction: {
        events: [event(n * 10 + 1), event(n * 10 + 2)],
        claims: [],
        entities: [{ name: `Lieu ${n}`, type: 'place' as const, title: null, start: 0, end: 5 }, { name: `Autre ${n}`, type: 'place' as const, title: null, start: 6, end: 7 }],
      },
    });
    const stored = await store.insertDocument(doc({ stories: [story(1), story(2), story(3)] }));
    const stories = await store.storiesOf(stored.documentId);
    expect(stories.map((s) => s.title)).toEqual(['Récit 1', 'Récit 2', 'Récit 3']);
    expect(stories.map((s) => s.id)).toEqual([...stories.map((s) => s.id)].sort((a, b) => a - b));
    const events = await store.currentEvents();
    expect(events.map((e) => (JSON.parse(e.data) as ExtractedEvent).killed)).toEqual([11, 12, 21, 22, 31, 32]);
    expect(events.map((e) => e.story_id)).toEqual(stories.flatMap((s) => [s.id, s.id]));
    const mentions = await store.currentMentions();
    expect(mentions.map((m) => m.name)).toEqual(['Lieu 1', 'Autre 1', 'Lieu 2', 'Autre 2', 'Lieu 3', 'Autre 3']);
    expect(mentions.map((m) => m.surface)).toEqual(['Récit', '1', 'Récit', '2', 'Récit', '3']);
    await store.close();
  });

  it('two stores writing the same documents at once store each once; the other finds it unchanged', async () => {
    const location = await freshLocation(dialect);
    const a = await openStore(location);
    const b = await openStore(location);
    for (let i = 0; i < 20; i++) {
      const d = doc({ contentHash: `same-${i}`, identity: `/data/same-${i}.txt`, source: `/data/same-${i}.txt` });
      const outcomes = await Promise.all([a.insertDocument(d), b.insertDocument(d)]);
      expect(outcomes.map((o) => o.status).sort(), `document ${i}`).toEqual(['new', 'unchanged']);
      expect(outcomes[0].documentId).toBe(outcomes[1].documentId);
    }
    expect(await count(a, 'documents')).toBe(20);
    expect(await count(a, 'stories')).toBe(20);
    await a.close();
    await b.close();
  });

  it('counts the merging an interrupted ingest left undone', async () => {
    const store = await freshStore(dialect);
    expect(await store.pendingReconcile()).toEqual({ events: 0, stale: 0 });
    const withEvent = doc();
    const event: ExtractedEvent = {
      type: 'shooting_homicide', date: null, date_precision: 'unknown', date_flags: [], place_mention: null, place: null,
      killed: 1, injured: null, victims: [], weapons: [], drugs: [], actors: [], evidence: [],
    };
    withEvent.stories[0].extraction = { events: [event], claims: [], entities: [] };
    await store.insertDocument(withEvent);
    expect(await store.pendingReconcile()).toEqual({ events: 1, stale: 0 });
    await store.close();
  });

  it('finds versions of documents stored by an older Vigie under the path as given', async () => {
    const store = await freshStore(dialect);
    // Stored then: identity and source the relative path as typed.
    await store.insertDocument(doc({ source: 'corpus/a.txt', identity: 'corpus/a.txt' }));
    const changed = doc({ source: 'file:///data/corpus/a.txt', identity: 'file:///data/corpus/a.txt', formerIdentity: 'corpus/a.txt', contentHash: 'h2', text: 'Deux hommes ont été tués.' });
    expect(await store.insertDocument(changed)).toMatchObject({ status: 'new', version: 2 });
    expect((await store.currentDocuments()).map((d) => d.identity)).toEqual(['file:///data/corpus/a.txt']);
    await store.close();
  });

  it('opened read-only: any write is refused by the database itself, and reads work', async () => {
    const location = await freshLocation(dialect);
    const writer = await openStore(location);
    await writer.insertDocument(doc());
    await writer.close();
    const reader = await openStore(location, { readonly: true });
    expect(reader.readOnly).toBe(true);
    expect(await reader.currentDocuments()).toHaveLength(1);
    await expect(reader.insertDocument(doc({ contentHash: 'h2' }))).rejects.toThrow(/read-?only/);
    await reader.close();
  });

  it('refuses a database written by a newer Vigie, with a message', async () => {
    const location = await freshLocation(dialect);
    const store = await openStore(location);
    await store.db.insertInto('schema_migrations').values({ version: SCHEMA_VERSION + 1, name: 'from the future', applied_at: 'later' }).execute();
    await store.close();
    for (const readonly of [false, true]) {
      await expect(openStore(location, { readonly })).rejects.toThrow(
        `was written by a newer Vigie (schema ${SCHEMA_VERSION + 1}, this one knows up to ${SCHEMA_VERSION}): upgrade Vigie to use it`,
      );
    }
  });
});

describe('Store on sqlite: folders of the database', () => {
  it('creates missing parent folders, several levels deep', async () => {
    const root = mkdtempSync(join(tmpdir(), 'vigie-store-'));
    const path = join(root, 'a', 'b', 'c', 'v.db');
    await (await openStore(path)).close();
    expect(existsSync(path)).toBe(true);
  });

  it.skipIf(!existsSync('/proc/self'))('fails at once with a storage error where a folder cannot be made (/proc)', async () => {
    const caught = await openStore('/proc/nope/deeper/x.db').catch((err: unknown) => err);
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

describe('Store on sqlite: read-only open', () => {
  const fresh = () => join(mkdtempSync(join(tmpdir(), 'vigie-ro-')), 'v.db');

  it('opens the file read-only: SQLite itself refuses any write, and nothing is migrated', async () => {
    const path = fresh();
    const writer = await openStore(path);
    await writer.insertDocument(doc());
    await writer.close();
    const reader = await openStore(path, { readonly: true });
    const native = (reader.dialect as SqliteDialectHandle).native;
    expect(native.readonly).toBe(true);
    expect(() => native.prepare('DELETE FROM documents').run()).toThrow(/readonly/);
    await reader.close();
  });

  it('refuses a database that needs a migration, saying how to upgrade it, and leaves it as it was', async () => {
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
    await expect(openStore(path, { readonly: true })).rejects.toThrow(
      new RegExp(`database .*v\\.db was written by an older Vigie \\(schema ${SCHEMA_VERSION - 1}, this one reads ${SCHEMA_VERSION}\\).*vigie ingest --db`),
    );
    expect(readFileSync(path).equals(before)).toBe(true);
    // A writing open upgrades it as before.
    const writer = await openStore(path);
    expect(await writer.schemaVersion()).toBe(SCHEMA_VERSION);
    await writer.close();
  });

  it('refuses an SQLite file that holds no Vigie data, without creating its tables', async () => {
    const path = fresh();
    new Database(path).close();
    await expect(openStore(path, { readonly: true })).rejects.toThrow(/holds no Vigie data/);
    const check = new Database(path, { readonly: true });
    expect(check.prepare('SELECT COUNT(*) AS n FROM sqlite_master').get()).toEqual({ n: 0 });
    check.close();
  });
});

describe('Store on sqlite: errors name the database file and say what is wrong', () => {
  it('a directory given as the database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-dir-'));
    for (const readonly of [false, true]) {
      await expect(openStore(dir, { readonly })).rejects.toThrow(`cannot open database ${dir}: it is a directory, not a database file`);
    }
  });

  it('a file that is not a database', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vigie-notdb-')), 'notes.txt');
    writeFileSync(path, 'These are notes, not a database. '.repeat(200));
    for (const readonly of [false, true]) {
      const caught = await openStore(path, { readonly }).catch((err: unknown) => err);
      expect(caught).toBeInstanceOf(VigieError);
      expect((caught as VigieError).message).toBe(`cannot open database ${path}: not an SQLite database (is this the right file?)`);
    }
    // Not a byte of the file was changed.
    expect(readFileSync(path, 'utf8')).toBe('These are notes, not a database. '.repeat(200));
  });
});

const postgresUrl = inject('postgresUrl');

describe.skipIf(!postgresUrl)('Store on postgres: a database that cannot be used says why in one line, never the password', () => {
  it('nobody listening at the address', async () => {
    const err = await openStore('postgres://vigie:s3cret@127.0.0.1:1/vigie').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VigieError);
    expect((err as VigieError).message).toBe('cannot open database postgres://vigie:***@127.0.0.1:1/vigie: no PostgreSQL server answers at that address (is it running?)');
  });

  it('a database that does not exist', async () => {
    const u = new URL(postgresUrl!);
    u.pathname = '/no_such_database';
    u.password = 'hunter2';
    const err = await openStore(u.toString()).catch((e: unknown) => e);
    expect((err as VigieError).message).toMatch(/^cannot open database postgres:\/\/vigie:\*\*\*@.*\/no_such_database: the database does not exist/);
    expect((err as VigieError).message).not.toContain('hunter2');
  });

  it('a URL that names no database', async () => {
    await expect(openStore('postgres://vigie@127.0.0.1:5432')).rejects.toThrow(/names no database/);
  });

  it('an empty database opened read-only holds no Vigie data', async () => {
    const location = await freshLocation('postgres');
    await expect(openStore(location, { readonly: true })).rejects.toThrow(/holds no Vigie data/);
  });

  it('connections cut by the server (a restart) between two writes: the store reconnects, nothing lost or doubled', async () => {
    const location = await freshLocation('postgres');
    const store = await openStore(location);
    await store.insertDocument(doc());
    // Cut every connection of this database, as a server restart would.
    const admin = new pg.Client({ connectionString: postgresUrl! });
    await admin.connect();
    const dbName = new URL(location).pathname.slice(1);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [dbName]);
    await admin.end();
    const out = await store.insertDocuments([doc({ contentHash: 'h2', identity: '/data/b.txt' })]);
    expect(out[0].ok).toBe(true);
    await store.close();
    const again = await openStore(location);
    expect(await again.currentDocuments()).toHaveLength(2);
    expect((await sql<{ n: number }>`SELECT COUNT(*) AS n FROM stories`.execute(again.db)).rows[0].n).toBe(2);
    await again.close();
  });
});

describe.skipIf(!postgresUrl)('Store on postgres: asynchronous commit', () => {
  it('is off unless asked for (a queue worker asks), and then only on that store\'s connections', async () => {
    const location = await freshLocation('postgres');
    const plain = await openStore(location);
    const worker = await openStore(location, { asynchronousCommit: true });
    // (The tests' server itself runs without synchronous commits: what tells is where a connection's setting comes from.)
    const setting = async (store: Store) =>
      (await sql<{ setting: string; source: string }>`SELECT setting, source FROM pg_settings WHERE name = 'synchronous_commit'`.execute(store.db)).rows[0];
    expect((await setting(plain)).source).not.toBe('client');
    expect(await setting(worker)).toEqual({ setting: 'off', source: 'client' });
    // Its documents are stored as any other's.
    expect((await worker.insertDocument(doc())).status).toBe('new');
    expect((await plain.insertDocument(doc({ source: '/elsewhere/a.txt' }))).status).toBe('unchanged');
    await plain.close();
    await worker.close();
  });
});

describe.skipIf(!postgresUrl)('Store on postgres: several processes setting up one new database at once', () => {
  it('all open it (one sets it up, the others wait and find it done), and the schema is applied once', async () => {
    // Each openStore has its own pool, as separate `vigie ingest` processes would: their set-ups race for real.
    for (let round = 0; round < 3; round++) {
      const location = await freshLocation('postgres');
      const opened = await Promise.allSettled(Array.from({ length: 6 }, () => openStore(location)));
      const failed = opened.filter((o) => o.status === 'rejected').map((o) => String((o as PromiseRejectedResult).reason));
      expect(failed).toEqual([]);
      const stores = opened.map((o) => (o as PromiseFulfilledResult<Awaited<ReturnType<typeof openStore>>>).value);
      const rows = await sql<{ version: number }>`SELECT version FROM schema_migrations ORDER BY version`.execute(stores[0].db);
      expect(rows.rows.map((r) => Number(r.version))).toEqual(PG_MIGRATIONS.map((m) => m.version));
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
