// SQLite storage (better-sqlite3, WAL): one transaction per document, so a failure leaves no trace of it.
import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { VigieError } from '../core/errors.js';
import { createParentFolders, fsReason } from '../core/folders.js';
import type { ExtractedClaim, ExtractedEvent } from '../core/types.js';
import type { ProcessedDocument } from '../pipeline/types.js';
import type { ClaimGroup, Entity, Incident } from '../reconcile/types.js';
import { MIGRATIONS } from './migrations.js';

export interface DocumentRow {
  id: number;
  source: string;
  identity: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  language: string | null;
  format: string;
  encoding: string;
  content_hash: string;
  version: number;
  superseded_by: number | null;
  text: string;
  ingested_at: string;
}

export interface StoryRow {
  id: number;
  document_id: number;
  idx: number;
  title: string | null;
  text: string;
  language: string;
  relevance: number;
  relevant: number;
  terms: string;
}

export interface EventRow {
  id: number;
  document_id: number;
  story_id: number;
  data: string;
}

export interface ClaimRow {
  id: number;
  document_id: number;
  story_id: number;
  data: string;
}

export interface MentionRow {
  id: number;
  document_id: number;
  story_id: number;
  name: string;
  type: string;
  title: string | null;
  span_start: number;
  span_end: number;
  surface: string;
}

/** An event row with the fields of its document the reconcile stage needs. */
export interface EventWithDocumentRow extends EventRow {
  published: string | null;
  outlet: string | null;
  url: string | null;
  source: string;
}

/** Changes to the incident views computed by an incremental reconciliation, applied in one transaction. */
export interface IncidentChanges {
  /** Incidents to delete (with their memberships) before the new ones are written. */
  remove: string[];
  upsert: Incident[];
  /** Blocking keys of newly reconciled events (numeric event ids). */
  file: Array<{ eventId: number; keys: string[] }>;
  /** Events no longer current: their memberships and keys go. */
  unfile: number[];
}

/** Encodings the feed reader gives its items: their text is a summary of the article their link points to. */
const FEED_ENCODINGS = new Set(['rss', 'atom']);

/** Document fields a manifest may give later for content already stored. */
const FILLABLE_META = ['url', 'outlet', 'published'] as const;

/** Creates the missing parent folders of a database path (see createParentFolders), as a storage error. */
export function ensureParentFolder(path: string): void {
  try {
    createParentFolders(path);
  } catch (err) {
    throw new VigieError('storage', `${(err as Error).message} (for database ${path})`, { cause: err });
  }
}

/** Export ids of events are "e" + the row id. */
const EVENT_ID_PREFIX = /^e/;

/** Bound parameters per statement: well under SQLite's limit (32766), big enough to need few round trips. */
const IN_CHUNK = 500;

function chunks<T>(xs: readonly T[], size = IN_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

const EVENT_WITH_DOCUMENT = `SELECT e.id, e.document_id, e.story_id, e.data, d.published, d.outlet, d.url, d.source
  FROM events e JOIN documents d ON d.id = e.document_id`;

interface StoredMeta {
  id: number;
  version: number;
  url: string | null;
  outlet: string | null;
  published: string | null;
  superseded_by: number | null;
}

/** True when `meta` gives a field the stored document lacks. */
function fillsMissing(stored: StoredMeta, meta: Partial<Record<(typeof FILLABLE_META)[number], string | null>>): boolean {
  return FILLABLE_META.some((k) => stored[k] === null && meta[k] != null);
}

export type InsertOutcome =
  | { status: 'unchanged'; documentId: number }
  | { status: 'new'; documentId: number; version: number; supersedes: number | null };

export type BatchInsertOutcome = { ok: true; outcome: InsertOutcome } | { ok: false; reason: string };

/**
 * How long a writer waits for another process's write lock. Write transactions are BEGIN IMMEDIATE, so they queue
 * on the lock from the start instead of failing with "database is locked" when upgrading a read.
 */
const BUSY_TIMEOUT_MS = 120_000;

export interface StoreOptions {
  /**
   * Open for reading only (stats, export, serve, events, claims): no folder is created and nothing is written, so a
   * database in a read-only folder, or a read-only file, can be read. A database that needs a migration is refused
   * with what to do, since upgrading it is a write.
   */
  readonly?: boolean;
}

/** The latest schema version this code reads and writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Offset of the file format version bytes in an SQLite header: 2 means WAL, 1 the rollback journal. */
const HEADER_WAL_BYTES = [18, 19] as const;

/** Why SQLite could not use a file, in the user's terms; `path` is named by the caller. */
function sqliteReason(err: unknown): string {
  const code = (err as { code?: string } | null)?.code ?? '';
  if (code === 'SQLITE_NOTADB') return 'not an SQLite database (is this the right file?)';
  if (code.startsWith('SQLITE_CORRUPT')) return 'the database file is damaged (database disk image is malformed)';
  if (code.startsWith('SQLITE_READONLY')) return 'the file or its folder is read-only, and this command writes to the database';
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM')) return `cannot open the file (${(err as Error).message})`;
  return (err as Error | null)?.message ?? String(err);
}

/**
 * A database path must name a file. A folder passed as --db gets SQLite's bare "unable to open database file";
 * a file that cannot be read gets "permission denied" rather than SQLite's generic errors.
 */
function checkDatabasePath(path: string, mustExist: boolean): void {
  let info;
  try {
    info = statSync(path, { throwIfNoEntry: false });
  } catch (err) {
    throw new VigieError('storage', `cannot open database ${path}: ${fsReason(err)}`, { cause: err });
  }
  if (info?.isDirectory()) {
    throw new VigieError('bad_input', `cannot open database ${path}: it is a directory, not a database file (give the file, e.g. ${path.replace(/\/+$/, '')}/vigie.db)`);
  }
  if (!info && mustExist) throw new VigieError('not_found', `no database at ${path}`);
}

/**
 * A writing command on a file or folder it cannot write would open the file (SQLite then falls back to reading)
 * and fail at its first write with a bare "attempt to write a readonly database": say which and why up front.
 * The folder matters too: SQLite creates the -wal and -shm files beside the database.
 */
function checkWritable(path: string): void {
  const dir = dirname(resolve(path));
  const exists = existsSync(path);
  const targets = exists ? [path, ...(existsSync(`${path}-wal`) ? [] : [dir])] : [dir];
  for (const target of targets) {
    try {
      accessSync(target, constants.W_OK);
    } catch (err) {
      const what = target === path ? 'the file' : `its folder ${dir}`;
      const still = exists ? '; read-only commands (stats, export, serve, events, claims) can still read it' : '';
      throw new VigieError('storage', `cannot ${exists ? 'write' : 'create'} database ${path}: ${what} is read-only (${fsReason(err)})${still}`, { cause: err });
    }
  }
}

/**
 * Opens a database file for reading only. SQLite reads a WAL database only when it can use (or create) its -shm
 * file beside it; in a read-only folder where none was left, it cannot. The file is then read whole into memory,
 * marked as a rollback-journal database so SQLite needs no -shm: a snapshot, which is exact because nobody can
 * write a WAL database whose folder refuses its -wal file. A -wal file left there (a writer stopped before
 * checkpointing) holds committed data the file alone lacks: that case is refused rather than read incompletely.
 */
function openReadOnly(path: string): Database.Database {
  const db = new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    // The first read is where SQLite checks the header and the WAL files.
    db.prepare('SELECT COUNT(*) FROM sqlite_master').get();
    return db;
  } catch (err) {
    db.close();
    const code = (err as { code?: string }).code ?? '';
    if (code !== 'SQLITE_READONLY_DIRECTORY' && code !== 'SQLITE_CANTOPEN' && code !== 'SQLITE_READONLY_CANTINIT') throw err;
    const wal = statSync(`${path}-wal`, { throwIfNoEntry: false });
    if (wal && wal.size > 0) {
      throw new VigieError(
        'storage',
        `cannot read database ${path}: its folder is read-only and ${path}-wal holds changes not yet written into it; ` +
          'open it once with write access (any vigie command where the folder is writable) to fold them in',
        { cause: err },
      );
    }
    const bytes = readFileSync(path);
    for (const i of HEADER_WAL_BYTES) if (bytes[i] === 2) bytes[i] = 1;
    return new Database(bytes, { readonly: true });
  }
}

export class SqliteStore {
  readonly db: Database.Database;
  readonly readOnly: boolean;
  private readonly stmts;

  constructor(path: string, options: StoreOptions = {}) {
    const inMemory = path === ':memory:' || path === '';
    // An in-memory database has nothing to protect and nothing to read: it is always opened for writing.
    this.readOnly = (options.readonly ?? false) && !inMemory;
    if (!inMemory) {
      checkDatabasePath(path, this.readOnly);
      if (!this.readOnly) {
        ensureParentFolder(path);
        checkWritable(path);
      }
    }
    let db: Database.Database | null = null;
    try {
      if (this.readOnly) {
        db = openReadOnly(path);
      } else {
        // Other processes may hold the write lock (concurrent ingests, a server): wait for it rather than fail.
        db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
        db.pragma('journal_mode = WAL');
        // NORMAL is durable in WAL mode except for the last transactions on power loss, and keeps commits cheap.
        db.pragma('synchronous = NORMAL');
        db.pragma('foreign_keys = ON');
      }
      // Temporary b-trees (sorts of the reconcile queries) in memory rather than in temp files.
      db.pragma('temp_store = MEMORY');
      this.db = db;
      if (this.readOnly) this.checkSchema(path);
      else this.migrate();
    } catch (err) {
      db?.close();
      if (err instanceof VigieError) throw err;
      // Every failure names the file: "file is not a database" alone does not say which one.
      throw new VigieError('storage', `cannot open database ${path}: ${sqliteReason(err)}`, { cause: err });
    }
    this.stmts = {
      // The current document with this content first: an older version may share the hash of a reverted text.
      byHash: this.db.prepare<[string], { id: number }>(
        'SELECT id FROM documents WHERE content_hash = ? ORDER BY superseded_by IS NULL DESC, id DESC LIMIT 1',
      ),
      metaById: this.db.prepare<[number], StoredMeta>('SELECT id, version, url, outlet, published, superseded_by FROM documents WHERE id = ?'),
      latestByIdentity: this.db.prepare<[string], { id: number; version: number; encoding: string }>(
        'SELECT id, version, encoding FROM documents WHERE identity = ? AND superseded_by IS NULL ORDER BY version DESC LIMIT 1',
      ),
      insertDoc: this.db.prepare(
        `INSERT INTO documents (source, identity, url, outlet, published, title, language, format, encoding,
           content_hash, version, text, ingested_at)
         VALUES (@source, @identity, @url, @outlet, @published, @title, @language, @format, @encoding,
           @content_hash, @version, @text, @ingested_at)`,
      ),
      supersede: this.db.prepare('UPDATE documents SET superseded_by = ? WHERE id = ?'),
      retireHash: this.db.prepare("UPDATE documents SET content_hash = content_hash || '#replaced-' || id WHERE id = ?"),
      insertStory: this.db.prepare(
        `INSERT INTO stories (document_id, idx, title, text, language, relevance, relevant, terms)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertEvent: this.db.prepare(
        `INSERT INTO events (document_id, story_id, type, date, date_precision, killed, injured, commune_insee,
           departement, region, country, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertClaim: this.db.prepare(
        `INSERT INTO claims (document_id, story_id, value, unit, measure, period, data) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertIncident: this.db.prepare(
        `INSERT INTO incidents (id, type, date, date_precision, place_name, commune_insee, departement, region, country,
           lat, lon, killed, injured, sources, conflicts, data)
         VALUES (@id, @type, @date, @date_precision, @place_name, @commune_insee, @departement, @region, @country,
           @lat, @lon, @killed, @injured, @sources, @conflicts, @data)`,
      ),
      insertMember: this.db.prepare('INSERT OR IGNORE INTO incident_events (incident_id, event_id) VALUES (?, ?)'),
      insertMention: this.db.prepare(
        `INSERT INTO entity_mentions (document_id, story_id, name, type, title, span_start, span_end, surface)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
  }

  private migrate(): void {
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const done = new Set(
      this.db
        .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
        .all()
        .map((r) => r.version),
    );
    const applied = this.db.prepare<[number], { version: number }>('SELECT version FROM schema_migrations WHERE version = ?');
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      this.db.transaction(() => {
        // Another process opening the same new database may have applied it while this one waited for the lock.
        if (applied.get(m.version)) return;
        this.db.exec(m.sql);
        this.db
          .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
          .run(m.version, m.name, new Date().toISOString());
      }).immediate();
    }
  }

  /**
   * A read-only open cannot migrate: a database written by an older Vigie is refused with what to do (any ingest
   * into it upgrades it; documents already stored are skipped, so re-running the last ingest is cheap).
   */
  private checkSchema(path: string): void {
    const hasSchema = this.db
      .prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
      .get();
    if (!hasSchema?.n) {
      throw new VigieError('storage', `cannot open database ${path}: it holds no Vigie data (an empty or unrelated SQLite file); create one with "vigie ingest --db FILE <paths…>"`);
    }
    const version = this.schemaVersion();
    if (version < SCHEMA_VERSION) {
      throw new VigieError(
        'storage',
        `database ${path} was written by an older Vigie (schema ${version}, this one reads ${SCHEMA_VERSION}) and read-only commands never change it: ` +
          `upgrade it with an ingest into it where it can be written, e.g. "vigie ingest --db ${path} <your inputs again>" (stored documents are skipped)`,
      );
    }
  }

  schemaVersion(): number {
    const row = this.db.prepare<[], { v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations').get();
    return row?.v ?? 0;
  }

  /** The id of a stored document with exactly this content, if any. */
  findByHash(hash: string): number | null {
    return this.stmts.byHash.get(hash)?.id ?? null;
  }

  /**
   * Whether a document read again with this content hash would bring something new: true when no document has
   * the content, or when the stored one lacks a url, outlet or publication date that `meta` now gives (a manifest
   * completed later). Cheap: the main thread calls it before sending a document to processing.
   */
  wouldStore(hash: string, meta: Partial<Record<(typeof FILLABLE_META)[number], string | null>>): boolean {
    const same = this.stmts.byHash.get(hash);
    if (!same) return true;
    const row = this.stmts.metaById.get(same.id);
    return row !== undefined && fillsMissing(row, meta);
  }

  /**
   * Stores a processed document with its stories and extractions in one transaction.
   * - Same content already stored: 'unchanged', unless the document now gives a url, outlet or publication date the
   *   stored one lacked. It is then stored as a new version of it, re-extracted with that metadata (a publication
   *   date anchors relative dates such as "on Tuesday"), so reconciliation follows as for any new version.
   * - A feed item (rss/atom) never supersedes a document fetched or read from a file under the same URL: the feed
   *   text is a summary of that article. It is 'unchanged' (the article already says it). The reverse is a
   *   normal new version: the full article replaces its summary.
   */
  insertDocument(doc: ProcessedDocument, now = new Date()): InsertOutcome {
    return this.db.transaction((): InsertOutcome => {
      const same = this.stmts.byHash.get(doc.contentHash);
      const sameRow = same ? this.stmts.metaById.get(same.id) : undefined;
      if (same && !(sameRow && sameRow.superseded_by === null && fillsMissing(sameRow, doc))) {
        return { status: 'unchanged', documentId: same.id };
      }
      // A database written before file identities were absolute URIs holds the path as it was given then.
      const current =
        this.stmts.latestByIdentity.get(doc.identity) ?? (doc.formerIdentity ? this.stmts.latestByIdentity.get(doc.formerIdentity) : undefined);
      if (current && FEED_ENCODINGS.has(doc.encoding) && !FEED_ENCODINGS.has(current.encoding)) {
        return { status: 'unchanged', documentId: current.id };
      }
      let prev: { id: number; version: number } | null = current ?? null;
      // Metadata completed for stored content: the new version replaces that document whatever its identity was.
      if (sameRow) {
        prev = { id: sameRow.id, version: Math.max(sameRow.version, prev?.version ?? 0) };
        // content_hash is unique: the replaced row keeps a marked hash (it stays as history, never matched again).
        this.stmts.retireHash.run(sameRow.id);
      }
      const version = prev ? prev.version + 1 : 1;
      const info = this.stmts.insertDoc.run({
        source: doc.source,
        identity: doc.identity,
        // A version made to complete metadata keeps what the stored one had and this read does not say.
        url: doc.url ?? sameRow?.url ?? null,
        outlet: doc.outlet ?? sameRow?.outlet ?? null,
        published: doc.published ?? sameRow?.published ?? null,
        title: doc.title,
        language: doc.language,
        format: doc.format,
        encoding: doc.encoding,
        content_hash: doc.contentHash,
        version,
        text: doc.text,
        ingested_at: now.toISOString(),
      });
      const documentId = Number(info.lastInsertRowid);
      if (prev) this.stmts.supersede.run(documentId, prev.id);
      doc.stories.forEach((story, idx) => {
        const s = this.stmts.insertStory.run(
          documentId,
          idx,
          story.title,
          story.text,
          story.language,
          story.relevance.score,
          story.relevance.relevant ? 1 : 0,
          JSON.stringify(story.relevance.terms),
        );
        const storyId = Number(s.lastInsertRowid);
        const ex = story.extraction;
        if (!ex) return;
        for (const e of ex.events) this.insertEvent(documentId, storyId, e);
        for (const c of ex.claims) this.insertClaim(documentId, storyId, c);
        for (const m of ex.entities) {
          this.stmts.insertMention.run(documentId, storyId, m.name, m.type, m.title, m.start, m.end, story.text.slice(m.start, m.end));
        }
      });
      return { status: 'new', documentId, version, supersedes: prev?.id ?? null };
    }).immediate();
  }

  /**
   * Stores several documents in one commit, each inside its own savepoint: a document that fails is rolled back
   * alone (no trace of it) and the others are kept. Saves a commit per document. If the commit itself fails,
   * every document of the batch fails and none is stored.
   */
  insertDocuments(docs: readonly ProcessedDocument[], now = new Date()): BatchInsertOutcome[] {
    try {
      return this.db.transaction((): BatchInsertOutcome[] =>
        docs.map((doc) => {
          try {
            // A transaction inside a transaction is a SAVEPOINT in better-sqlite3, rolled back on throw.
            return { ok: true, outcome: this.insertDocument(doc, now) };
          } catch (err) {
            return { ok: false, reason: (err as Error).message };
          }
        }),
      ).immediate();
    } catch (err) {
      return docs.map(() => ({ ok: false, reason: (err as Error).message }));
    }
  }

  private insertEvent(documentId: number, storyId: number, e: ExtractedEvent): void {
    const p = e.place;
    this.stmts.insertEvent.run(
      documentId,
      storyId,
      e.type,
      e.date,
      e.date_precision,
      e.killed,
      e.injured,
      p?.commune_insee ?? null,
      p?.departement ?? null,
      p?.region ?? null,
      p?.country ?? null,
      JSON.stringify(e),
    );
  }

  private insertClaim(documentId: number, storyId: number, c: ExtractedClaim): void {
    this.stmts.insertClaim.run(documentId, storyId, c.value, c.unit, c.measure, c.period, JSON.stringify(c));
  }

  /** Current documents (not superseded by a newer version), oldest first. */
  currentDocuments(): DocumentRow[] {
    return this.db.prepare<[], DocumentRow>('SELECT * FROM documents WHERE superseded_by IS NULL ORDER BY id').all();
  }

  *iterateCurrentDocuments(): Generator<DocumentRow> {
    yield* this.db.prepare<[], DocumentRow>('SELECT * FROM documents WHERE superseded_by IS NULL ORDER BY id').iterate();
  }

  storiesOf(documentId: number): StoryRow[] {
    return this.db.prepare<[number], StoryRow>('SELECT * FROM stories WHERE document_id = ? ORDER BY idx').all(documentId);
  }

  /** Rows of a per-document table whose document is current (not superseded), in insertion order. */
  private currentRows<T>(table: 'events' | 'claims' | 'entity_mentions', columns: string): T[] {
    return this.db
      .prepare<[], T>(
        `SELECT ${columns} FROM ${table} x JOIN documents d ON d.id = x.document_id
         WHERE d.superseded_by IS NULL ORDER BY x.id`,
      )
      .all();
  }

  /** Events of current documents' relevant stories. */
  currentEvents(): EventRow[] {
    return this.currentRows<EventRow>('events', 'x.id, x.document_id, x.story_id, x.data');
  }

  currentClaims(): ClaimRow[] {
    return this.currentRows<ClaimRow>('claims', 'x.id, x.document_id, x.story_id, x.data');
  }

  currentMentions(): MentionRow[] {
    return this.currentRows<MentionRow>('entity_mentions', 'x.*');
  }

  /** Events of current documents not yet in any incident, oldest first, at most `limit`. */
  unreconciledEvents(limit: number): EventWithDocumentRow[] {
    return this.db
      .prepare<[number], EventWithDocumentRow>(
        `${EVENT_WITH_DOCUMENT} WHERE d.superseded_by IS NULL
           AND NOT EXISTS (SELECT 1 FROM incident_events ie WHERE ie.event_id = e.id)
         ORDER BY e.id LIMIT ?`,
      )
      .all(limit);
  }

  /** Events not yet filed in an incident, or memberships of events that are gone: reconciliation has work to do. */
  needsReconcile(): boolean {
    return this.unreconciledEvents(1).length > 0 || this.staleMemberships().length > 0;
  }

  /**
   * How much merging an interrupted ingest left undone: events of current documents not in any incident, and
   * memberships of events that are gone. Read-only commands report it (they cannot do the work themselves).
   */
  pendingReconcile(): { events: number; stale: number } {
    const events = this.db
      .prepare<[], { n: number }>(
        `SELECT COUNT(*) AS n FROM events e JOIN documents d ON d.id = e.document_id
         WHERE d.superseded_by IS NULL AND NOT EXISTS (SELECT 1 FROM incident_events ie WHERE ie.event_id = e.id)`,
      )
      .get();
    return { events: events?.n ?? 0, stale: this.staleMemberships().length };
  }

  /** Memberships of events that are no longer current (their document was superseded or removed). */
  staleMemberships(): Array<{ event_id: number; incident_id: string }> {
    return this.db
      .prepare<[], { event_id: number; incident_id: string }>(
        `SELECT ie.event_id, ie.incident_id FROM incident_events ie
         LEFT JOIN events e ON e.id = ie.event_id LEFT JOIN documents d ON d.id = e.document_id
         WHERE e.id IS NULL OR d.superseded_by IS NOT NULL`,
      )
      .all();
  }

  /** Events by id (current or not), with their document fields. */
  eventsByIds(ids: readonly number[]): EventWithDocumentRow[] {
    const out: EventWithDocumentRow[] = [];
    for (const part of chunks(ids)) {
      out.push(...this.db.prepare<number[], EventWithDocumentRow>(`${EVENT_WITH_DOCUMENT} WHERE e.id IN (${part.map(() => '?').join(',')})`).all(...part));
    }
    return out;
  }

  /** Reconciled events of current documents filed under any of these blocking keys. */
  eventIdsInBlocks(keys: readonly string[]): number[] {
    const out = new Set<number>();
    for (const part of chunks([...new Set(keys)])) {
      const rows = this.db
        .prepare<string[], { event_id: number }>(
          `SELECT DISTINCT b.event_id FROM event_blocks b JOIN events e ON e.id = b.event_id
           JOIN documents d ON d.id = e.document_id AND d.superseded_by IS NULL
           WHERE b.key IN (${part.map(() => '?').join(',')})`,
        )
        .all(...part);
      for (const r of rows) out.add(r.event_id);
    }
    return [...out];
  }

  /** Members (numeric event ids) of stored incidents. */
  incidentMembers(incidentIds: readonly string[]): Map<string, number[]> {
    const out = new Map<string, number[]>();
    for (const part of chunks(incidentIds)) {
      const rows = this.db
        .prepare<string[], { incident_id: string; event_id: number }>(
          `SELECT incident_id, event_id FROM incident_events WHERE incident_id IN (${part.map(() => '?').join(',')})`,
        )
        .all(...part);
      for (const r of rows) {
        const list = out.get(r.incident_id);
        if (list) list.push(r.event_id);
        else out.set(r.incident_id, [r.event_id]);
      }
    }
    return out;
  }

  /** Stored JSON records of incidents, by id. */
  incidentData(ids: readonly string[]): Map<string, string> {
    const out = new Map<string, string>();
    for (const part of chunks(ids)) {
      const rows = this.db
        .prepare<string[], { id: string; data: string }>(`SELECT id, data FROM incidents WHERE id IN (${part.map(() => '?').join(',')})`)
        .all(...part);
      for (const r of rows) out.set(r.id, r.data);
    }
    return out;
  }

  /** The stored incident of each of these events that has one. */
  incidentsOfEvents(eventIds: readonly number[]): Set<string> {
    const out = new Set<string>();
    for (const part of chunks(eventIds)) {
      const rows = this.db
        .prepare<number[], { incident_id: string }>(
          `SELECT DISTINCT incident_id FROM incident_events WHERE event_id IN (${part.map(() => '?').join(',')})`,
        )
        .all(...part);
      for (const r of rows) out.add(r.incident_id);
    }
    return out;
  }

  /** Applies an incremental reconciliation of incidents in one transaction: readers never see half of it. */
  applyIncidentChanges(changes: IncidentChanges): void {
    const delIncident = this.db.prepare('DELETE FROM incidents WHERE id = ?');
    const delMembers = this.db.prepare('DELETE FROM incident_events WHERE incident_id = ?');
    const delEventMember = this.db.prepare('DELETE FROM incident_events WHERE event_id = ?');
    const delBlocks = this.db.prepare('DELETE FROM event_blocks WHERE event_id = ?');
    const insBlock = this.db.prepare('INSERT OR IGNORE INTO event_blocks (key, event_id) VALUES (?, ?)');
    this.db.transaction(() => {
      for (const id of changes.remove) {
        delMembers.run(id);
        delIncident.run(id);
      }
      for (const e of changes.unfile) {
        delEventMember.run(e);
        delBlocks.run(e);
      }
      for (const i of changes.upsert) this.insertIncident(i);
      for (const f of changes.file) for (const k of f.keys) insBlock.run(k, f.eventId);
    }).immediate();
  }

  /** Drops every derived view and blocking key: the next reconciliation rebuilds them from the events. */
  clearReconciled(): void {
    this.db.exec('DELETE FROM incident_events; DELETE FROM incidents; DELETE FROM event_blocks; DELETE FROM claim_groups; DELETE FROM entities;');
  }

  /** Replaces the claim groups and entities in one transaction. */
  replaceClaimGroupsAndEntities(groups: ClaimGroup[], entities: Entity[]): void {
    const insGroup = this.db.prepare('INSERT INTO claim_groups (id, status, measure, period, data) VALUES (?, ?, ?, ?, ?)');
    const insEntity = this.db.prepare('INSERT INTO entities (id, name, type, mentions, data) VALUES (?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      this.db.exec('DELETE FROM claim_groups; DELETE FROM entities;');
      for (const g of groups) insGroup.run(g.id, g.status, g.measure, g.period, JSON.stringify(g));
      for (const e of entities) insEntity.run(e.id, e.name, e.type, e.mentions.length, JSON.stringify(e));
    }).immediate();
  }

  private insertIncident(i: Incident): void {
    const p = i.place;
    this.stmts.insertIncident.run({
      id: i.id,
      type: i.type,
      date: i.date,
      date_precision: i.date_precision,
      place_name: p?.name ?? null,
      commune_insee: p?.commune_insee ?? null,
      departement: p?.departement ?? null,
      region: p?.region ?? null,
      country: p?.country ?? null,
      lat: p?.lat ?? null,
      lon: p?.lon ?? null,
      killed: i.killed,
      injured: i.injured,
      sources: i.sources,
      conflicts: i.conflicts.length,
      data: JSON.stringify(i),
    });
    for (const e of i.events) this.stmts.insertMember.run(i.id, Number(e.replace(EVENT_ID_PREFIX, '')));
  }

  /** Derived records; incidents in id order (the order a rebuild produces), the others as written. */
  derived<T>(table: 'incidents' | 'claim_groups' | 'entities'): T[] {
    return this.db
      .prepare<[], { data: string }>(`SELECT data FROM ${table} ORDER BY ${table === 'incidents' ? 'id' : 'rowid'}`)
      .all()
      .map((r) => JSON.parse(r.data) as T);
  }

  /**
   * Refreshes the query planner's statistics on the tables where they are missing or stale (the API picks its
   * covering indexes from them). Run after writing, so a read-only connection (vigie serve on a read-only
   * database), which cannot store them, finds them in the file.
   */
  optimize(): void {
    this.db.pragma('optimize=0x10002');
  }

  close(): void {
    this.db.close();
  }
}
