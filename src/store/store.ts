// The storage interface everything above the store uses (pipeline, reconciliation, API, exports, CLI), one
// implementation over Kysely for both dialects (src/store/dialects/*). Every call is async: PostgreSQL is a network
// round trip, and SQLite answers the same shape. One transaction per document, so a failure leaves no trace of it.
import { sql, type Kysely, type Selectable, type SqlBool } from 'kysely';
import { VigieError } from '../core/errors.js';
import type { ProcessedDocument } from '../pipeline/types.js';
import type { ClaimGroup, Entity, Incident } from '../reconcile/types.js';
import type { Dialect, DialectName } from './dialects/dialect.js';
import {
  claimValues,
  eventValues,
  incidentValues,
  mentionValues,
  planNew,
  storyValues,
  unchangedBySame,
  wouldStoreOver,
  type BatchInsertOutcome,
  type FillableMeta,
  type InsertOutcome,
  type StoredMeta,
} from './records.js';
import type { DocumentsTable, MentionsTable, StoriesTable, Tables } from './schema.js';

/** A stored document as read back: the documents table's row. */
export type DocumentRow = Selectable<DocumentsTable>;

/** A stored story as read back: the stories table's row. */
export type StoryRow = Selectable<StoriesTable>;

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

/** A claim row with its document's publication date (claim records carry it). */
export interface ClaimWithDocumentRow extends ClaimRow {
  published: string | null;
}

/** Changes to the claim groups computed by an incremental merge, applied in one transaction. */
export interface ClaimGroupChanges {
  /** Buckets regrouped: their groups (and groups of no bucket, from an older Vigie) are replaced by `groups`. */
  buckets: string[];
  groups: Array<{ group: ClaimGroup; bucket: string }>;
  /** Newly grouped claims and their buckets. */
  file: Array<{ claimId: number; bucket: string }>;
  /** Claims no longer current: their bucket rows go. */
  unfile: number[];
}

/** A stored entity mention as read back: the entity_mentions table's row. */
export type MentionRow = Selectable<MentionsTable>;

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

export type { BatchInsertOutcome, InsertOutcome } from './records.js';

export interface StoreOptions {
  /**
   * Open for reading only (stats, export, serve, events, claims): nothing is created or written. A database that
   * needs a migration is refused with what to do, since upgrading it is a write.
   */
  readonly?: boolean;
  /**
   * PostgreSQL: commits return before the server has written them to disk (synchronous_commit = off), so a writer
   * does not wait on a disk flush per document. Each commit stays whole; a server that crashes may lose the last
   * ones acknowledged (never part of one), like SQLite's WAL with synchronous = NORMAL. For a caller that later
   * commits something of its own with the default setting: that flush writes everything committed before it. A
   * queue worker does (it completes its jobs after storing their documents, see src/cli/worker.ts). SQLite: ignored.
   */
  asynchronousCommit?: boolean;
}

/** Export ids of events are "e" + the row id. */
const EVENT_ID_PREFIX = /^e/;

/** Bound parameters per statement: well under SQLite's (32766) and PostgreSQL's (65535) limits. */
const IN_CHUNK = 500;

function chunks<T>(xs: readonly T[], size = IN_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

const EVENT_WITH_DOCUMENT = ['e.id', 'e.document_id', 'e.story_id', 'e.data', 'd.published', 'd.outlet', 'd.url', 'd.source'] as const;

/**
 * The store. A Store is either the database itself or a view bound to one open transaction (given to the callback of
 * `transaction`): calls on the view run inside it, and a `transaction` on the view is a savepoint.
 */
export class Store {
  private constructor(
    readonly dialect: Dialect,
    /** The Kysely handle queries run on: the database, or the connection holding a transaction. */
    readonly db: Kysely<Tables>,
    private readonly depth: number,
  ) {}

  /**
   * Values for `column IN (…)` lookups, in the parts one statement takes each (see `isIn`): on SQLite lists of
   * IN_CHUNK; on PostgreSQL all of them at once, as one array parameter. A merge looks up tens of thousands of
   * blocking keys: in lists of 500 that was a hundred statements, each planned anew with its 500 parameters.
   */
  private parts<T>(values: readonly T[]): T[][] {
    if (this.kind !== 'postgres') return chunks(values);
    return values.length ? [[...values]] : [];
  }

  /** The condition `column IN part`, for a part of `parts`: `column = ANY($1)` on PostgreSQL. */
  private isIn(column: string, part: readonly unknown[]) {
    return this.kind === 'postgres' ? sql<SqlBool>`${sql.ref(column)} = ANY(${[...part]})` : sql<SqlBool>`${sql.ref(column)} IN (${sql.join(part)})`;
  }

  /** Opens (and migrates, unless read-only) a database through a connected dialect. */
  static async open(dialect: Dialect): Promise<Store> {
    const store = new Store(dialect, dialect.kysely, 0);
    try {
      if (dialect.readOnly) await store.checkSchema();
      else await store.migrate();
    } catch (err) {
      await dialect.close().catch(() => {});
      if (err instanceof VigieError) throw err;
      throw new VigieError('storage', `cannot open database ${dialect.location}: ${dialect.reason(err)}`, { cause: err });
    }
    return store;
  }

  get kind(): DialectName {
    return this.dialect.name;
  }

  get readOnly(): boolean {
    return this.dialect.readOnly;
  }

  /** The database as the user named it, safe to print. */
  get location(): string {
    return this.dialect.location;
  }

  /**
   * Runs `fn` in a write transaction (SQLite: BEGIN IMMEDIATE, queued on the write lock), committed when it
   * resolves and rolled back when it throws; inside a transaction, a savepoint rolled back alone.
   */
  async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (this.depth > 0) {
      const name = sql.raw(`vigie_sp${this.depth}`);
      await sql`SAVEPOINT ${name}`.execute(this.db);
      try {
        const out = await fn(new Store(this.dialect, this.db, this.depth + 1));
        await sql`RELEASE SAVEPOINT ${name}`.execute(this.db);
        return out;
      } catch (err) {
        await sql`ROLLBACK TO SAVEPOINT ${name}`.execute(this.db);
        await sql`RELEASE SAVEPOINT ${name}`.execute(this.db);
        throw err;
      }
    }
    return this.db.connection().execute(async (conn) => {
      await sql.raw(this.dialect.begin).execute(conn);
      let out: T;
      try {
        out = await fn(new Store(this.dialect, conn, 1));
      } catch (err) {
        await sql`ROLLBACK`.execute(conn).catch(() => {});
        throw err;
      }
      await sql`COMMIT`.execute(conn);
      // After the commit: a reader that sees the new number also sees the new data.
      await this.dialect.noteWrite(conn);
      return out;
    });
  }

  private async migrate(): Promise<void> {
    const migrations = this.dialect.migrations;
    // Look first without writing: a database already up to date (the usual case) takes no lock at all.
    if (await this.dialect.hasMigrationsTable(this.db)) {
      const done = new Set((await this.db.selectFrom('schema_migrations').select('version').execute()).map((r) => r.version));
      this.refuseNewer(Math.max(0, ...done));
      if (migrations.every((m) => done.has(m.version))) return;
    }
    // Every pending step in one transaction: a process killed while it sets up (or upgrades) a database leaves it as
    // it was, never with some steps' tables and not the others'. The lock comes before even the migrations table:
    // two processes opening one new PostgreSQL database at once would otherwise both create it, and CREATE TABLE IF
    // NOT EXISTS is not safe against that (the loser fails on pg_type's unique index).
    await this.transaction(async (tx) => {
      await this.dialect.lockReconcile(tx.db);
      await sql`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`.execute(tx.db);
      // Another process opening the same new database may have applied them while this one waited for the lock.
      const applied = new Set((await tx.db.selectFrom('schema_migrations').select('version').execute()).map((r) => r.version));
      this.refuseNewer(Math.max(0, ...applied));
      for (const m of migrations) {
        if (applied.has(m.version)) continue;
        await this.dialect.execScript(tx.db, m.sql);
        await tx.db.insertInto('schema_migrations').values({ version: m.version, name: m.name, applied_at: new Date().toISOString() }).execute();
      }
    });
  }

  /** The latest schema version this code reads and writes. */
  get latestVersion(): number {
    return this.dialect.migrations[this.dialect.migrations.length - 1].version;
  }

  private refuseNewer(version: number): void {
    if (version > this.latestVersion) {
      throw new VigieError(
        'storage',
        `database ${this.location} was written by a newer Vigie (schema ${version}, this one knows up to ${this.latestVersion}): upgrade Vigie to use it`,
      );
    }
  }

  /**
   * A read-only open cannot migrate: a database written by an older Vigie is refused with what to do (any ingest
   * into it upgrades it; documents already stored are skipped, so re-running the last ingest is cheap).
   */
  private async checkSchema(): Promise<void> {
    const path = this.location;
    if (!(await this.dialect.hasMigrationsTable(this.db))) {
      throw new VigieError(
        'storage',
        `cannot open database ${path}: it holds no Vigie data (an empty or unrelated ${this.kind === 'sqlite' ? 'SQLite file' : 'database'}); create one with "vigie ingest --db ${this.kind === 'sqlite' ? 'FILE' : path} <paths…>"`,
      );
    }
    const version = await this.schemaVersion();
    this.refuseNewer(version);
    if (version < this.latestVersion) {
      throw new VigieError(
        'storage',
        `database ${path} was written by an older Vigie (schema ${version}, this one reads ${this.latestVersion}) and read-only commands never change it: ` +
          `upgrade it with an ingest into it where it can be written, e.g. "vigie ingest --db ${path} <your inputs again>" (stored documents are skipped)`,
      );
    }
  }

  async schemaVersion(): Promise<number> {
    const row = await this.db.selectFrom('schema_migrations').select((eb) => eb.fn.max('version').as('v')).executeTakeFirst();
    return row?.v ?? 0;
  }

  /** The stored document with this content, the current one first: an older version may share a reverted text's hash. */
  private async storedByHash(hash: string): Promise<StoredMeta | undefined> {
    const writer = this.dialect.documentWriter;
    if (writer) return writer.storedByHash(hash);
    return this.db
      .selectFrom('documents')
      .select(['id', 'version', 'url', 'outlet', 'published', 'superseded_by'])
      .where('content_hash', '=', hash)
      .orderBy(sql`superseded_by IS NULL`, 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  private latestByIdentity(identity: string) {
    return this.db
      .selectFrom('documents')
      .select(['id', 'version', 'encoding'])
      .where('identity', '=', identity)
      .where('superseded_by', 'is', null)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  /** The id of a stored document with exactly this content, if any. */
  async findByHash(hash: string): Promise<number | null> {
    return (await this.storedByHash(hash))?.id ?? null;
  }

  /**
   * Whether a document read again with this content hash would bring something new: true when no document has
   * the content, or when the stored one lacks a url, outlet or publication date that `meta` now gives (a manifest
   * completed later). Cheap: the main thread calls it before sending a document to processing.
   */
  async wouldStore(hash: string, meta: FillableMeta): Promise<boolean> {
    return wouldStoreOver(await this.storedByHash(hash), meta);
  }

  /** wouldStore for several documents at once: one query (per IN_CHUNK of them) instead of one each. */
  async wouldStoreMany(reads: ReadonlyArray<{ hash: string; meta: FillableMeta }>): Promise<boolean[]> {
    const writer = this.dialect.documentWriter;
    if (writer) return reads.map((r) => wouldStoreOver(writer.storedByHash(r.hash), r.meta));
    // content_hash is unique (a replaced row's is marked): one stored row per content at most.
    const stored = new Map<string, StoredMeta>();
    for (const part of chunks([...new Set(reads.map((r) => r.hash))])) {
      const rows = await this.db
        .selectFrom('documents')
        .select(['id', 'version', 'url', 'outlet', 'published', 'superseded_by', 'content_hash'])
        .where('content_hash', 'in', part)
        .execute();
      for (const { content_hash: hash, ...row } of rows) stored.set(hash, row);
    }
    return reads.map((r) => wouldStoreOver(stored.get(r.hash), r.meta));
  }

  /**
   * Stores a processed document with its stories and extractions in one transaction.
   * - Same content already stored: 'unchanged', unless the document now gives a url, outlet or publication date the
   *   stored one lacked. It is then stored as a new version of it, re-extracted with that metadata (a publication
   *   date anchors relative dates such as "on Tuesday"), so reconciliation follows as for any new version.
   * - A feed item (rss/atom) never supersedes a document fetched or read from a file under the same URL: the feed
   *   text is a summary of that article. It is 'unchanged' (the article already says it). The reverse is a
   *   normal new version: the full article replaces its summary.
   * (The decisions are in records.ts, shared with the SQLite dialect's synchronous writer.)
   */
  async insertDocument(doc: ProcessedDocument, now = new Date()): Promise<InsertOutcome> {
    const writer = this.dialect.documentWriter;
    if (writer && this.depth === 0) return this.db.connection().execute(async () => writer.insertDocument(doc, now));
    if (this.dialect.commitDocument && this.depth === 0) {
      const { outcome, counted } = await this.commitAlone(doc, now);
      if (!counted) await this.dialect.noteWrite(this.db);
      return outcome;
    }
    return this.transaction((tx) => tx.insertDocumentNow(doc, now));
  }

  /**
   * One document in its own transaction through the dialect's commitDocument (PostgreSQL), or through the locked
   * transaction when it replaces stored content. `counted`: the change counter already saw it (nothing was written,
   * or the transaction bumped it); otherwise the caller bumps it once it has committed what it is committing.
   */
  private async commitAlone(doc: ProcessedDocument, now: Date): Promise<{ outcome: InsertOutcome; counted: boolean }> {
    const outcome = await this.dialect.commitDocument!(doc, now);
    if (outcome === null) return { outcome: await this.transaction((tx) => tx.insertDocumentNow(doc, now)), counted: true };
    return { outcome, counted: outcome.status === 'unchanged' };
  }

  private async insertDocumentNow(doc: ProcessedDocument, now: Date): Promise<InsertOutcome> {
    // Two workers holding the same content: the second waits here, then finds the first one's row.
    await this.dialect.lockContent(this.db, doc.contentHash);
    const same = await this.storedByHash(doc.contentHash);
    const unchanged = unchangedBySame(doc, same);
    if (unchanged !== null) return { status: 'unchanged', documentId: unchanged };
    // A database written before file identities were absolute URIs holds the path as it was given then.
    const current =
      (await this.latestByIdentity(doc.identity)) ?? (doc.formerIdentity ? await this.latestByIdentity(doc.formerIdentity) : undefined);
    const plan = planNew(doc, same, current, now);
    if (plan.status === 'unchanged') return plan;
    if (plan.retire !== null) {
      // content_hash is unique: the replaced row keeps a marked hash (it stays as history, never matched again).
      await this.db
        .updateTable('documents')
        .set({ content_hash: sql<string>`content_hash || ${'#replaced-' + plan.retire}` })
        .where('id', '=', plan.retire)
        .execute();
    }
    const documentId = (await this.db.insertInto('documents').values(plan.row).returning('id').executeTakeFirstOrThrow()).id;
    if (plan.supersedes !== null) await this.db.updateTable('documents').set({ superseded_by: documentId }).where('id', '=', plan.supersedes).execute();
    // A few statements per document whatever its size (each is a round trip on PostgreSQL): the stories in one
    // insert, then the events, claims and mentions of all of them in one each.
    if (!doc.stories.length) return { status: 'new', documentId, version: plan.version, supersedes: plan.supersedes };
    const storyIds = new Map<number, number>();
    for (const r of await this.db
      .insertInto('stories')
      .values(doc.stories.map((story, idx) => storyValues(documentId, idx, story)))
      .returning(['id', 'idx'])
      .execute()) {
      storyIds.set(r.idx, r.id);
    }
    const events = [];
    const claims = [];
    const mentions = [];
    for (const [idx, story] of doc.stories.entries()) {
      const ex = story.extraction;
      if (!ex) continue;
      const storyId = storyIds.get(idx)!;
      for (const e of ex.events) events.push(eventValues(documentId, storyId, e));
      for (const c of ex.claims) claims.push(claimValues(documentId, storyId, c));
      mentions.push(...mentionValues(documentId, storyId, story));
    }
    for (const part of chunks(events)) await this.db.insertInto('events').values(part).execute();
    for (const part of chunks(claims)) await this.db.insertInto('claims').values(part).execute();
    for (const part of chunks(mentions)) await this.db.insertInto('entity_mentions').values(part).execute();
    return { status: 'new', documentId, version: plan.version, supersedes: plan.supersedes };
  }

  /**
   * Stores several documents, each inside its own savepoint: a document that fails is rolled back alone (no trace
   * of it) and the others are kept. On SQLite they share one commit (saves a commit per document; if the commit
   * itself fails, every document of the batch fails and none is stored), written synchronously by the dialect; on
   * PostgreSQL each commits alone.
   */
  async insertDocuments(docs: readonly ProcessedDocument[], now = new Date()): Promise<BatchInsertOutcome[]> {
    const writer = this.dialect.documentWriter;
    if (writer && this.depth === 0) {
      // Holding the connection: no other query of this process runs inside the batch's transaction.
      return this.db.connection().execute(async () => writer.insertDocuments(docs, now));
    }
    if (!this.dialect.batchCommits && this.depth === 0) {
      const out: BatchInsertOutcome[] = [];
      // Each document commits alone; the change counter is bumped once, after the last commit of the batch.
      let uncounted = false;
      try {
        for (const doc of docs) {
          try {
            if (this.dialect.commitDocument) {
              const { outcome, counted } = await this.commitAlone(doc, now);
              uncounted ||= !counted;
              out.push({ ok: true, outcome });
            } else out.push({ ok: true, outcome: await this.insertDocument(doc, now) });
          } catch (err) {
            // The database went away: every next document would fail the same way. Stop; what committed is whole.
            const lost = this.lost(err);
            if (lost) throw lost;
            out.push({ ok: false, reason: this.dialect.reason(err) });
          }
        }
      } finally {
        if (uncounted) await this.dialect.noteWrite(this.db);
      }
      return out;
    }
    try {
      return await this.transaction(async (tx) => {
        const out: BatchInsertOutcome[] = [];
        for (const doc of docs) {
          try {
            out.push({ ok: true, outcome: await tx.insertDocument(doc, now) });
          } catch (err) {
            out.push({ ok: false, reason: (err as Error).message });
          }
        }
        return out;
      });
    } catch (err) {
      return docs.map(() => ({ ok: false, reason: (err as Error).message }));
    }
  }

  private currentDocumentsQuery() {
    return this.db.selectFrom('documents').selectAll().where('superseded_by', 'is', null).orderBy('id');
  }

  /** Current documents (not superseded by a newer version), oldest first. */
  currentDocuments(): Promise<DocumentRow[]> {
    return this.currentDocumentsQuery().execute();
  }

  /** Current documents one page at a time: an export of a large observatory never holds every text at once. */
  async *iterateCurrentDocuments(pageSize = 200): AsyncGenerator<DocumentRow> {
    let after = 0;
    for (;;) {
      const page = await this.currentDocumentsQuery().where('id', '>', after).limit(pageSize).execute();
      yield* page;
      if (page.length < pageSize) return;
      after = page[page.length - 1].id;
    }
  }

  storiesOf(documentId: number): Promise<StoryRow[]> {
    return this.db.selectFrom('stories').select(['id', 'document_id', 'idx', 'title', 'text', 'language', 'relevance', 'relevant', 'terms']).where('document_id', '=', documentId).orderBy('idx').execute();
  }

  /** Events of current documents' relevant stories. */
  currentEvents(): Promise<EventRow[]> {
    return this.db
      .selectFrom('events as x')
      .innerJoin('documents as d', 'd.id', 'x.document_id')
      .select(['x.id', 'x.document_id', 'x.story_id', 'x.data'])
      .where('d.superseded_by', 'is', null)
      .orderBy('x.id')
      .execute();
  }

  currentClaims(): Promise<ClaimRow[]> {
    return this.db
      .selectFrom('claims as x')
      .innerJoin('documents as d', 'd.id', 'x.document_id')
      .select(['x.id', 'x.document_id', 'x.story_id', 'x.data'])
      .where('d.superseded_by', 'is', null)
      .orderBy('x.id')
      .execute();
  }

  currentMentions(): Promise<MentionRow[]> {
    return this.db
      .selectFrom('entity_mentions as x')
      .innerJoin('documents as d', 'd.id', 'x.document_id')
      .selectAll('x')
      .where('d.superseded_by', 'is', null)
      .orderBy('x.id')
      .execute();
  }

  private eventsWithDocument() {
    return this.db.selectFrom('events as e').innerJoin('documents as d', 'd.id', 'e.document_id').select(EVENT_WITH_DOCUMENT);
  }

  private unreconciled() {
    return this.eventsWithDocument()
      .where('d.superseded_by', 'is', null)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('incident_events as ie').select('ie.event_id').whereRef('ie.event_id', '=', 'e.id'))));
  }

  /** Events of current documents not yet in any incident, oldest first, at most `limit`. */
  unreconciledEvents(limit: number): Promise<EventWithDocumentRow[]> {
    return this.unreconciled().orderBy('e.id').limit(limit).execute();
  }

  /**
   * Events not yet filed in an incident, memberships of events that are gone, claims not grouped, or entities a
   * merge left unresolved: reconciliation has work to do.
   */
  async needsReconcile(): Promise<boolean> {
    return (
      (await this.unreconciledEvents(1)).length > 0 ||
      (await this.staleMemberships()).length > 0 ||
      (await this.ungroupedClaims(1)).length > 0 ||
      (await this.mergeState()).entitiesStale
    );
  }

  /** When the last merge ended (ms since the epoch, the merging machine's clock) and whether it left entities stale. */
  async mergeState(): Promise<{ lastMergeMs: number; entitiesStale: boolean }> {
    const row = await this.db.selectFrom('merge_state').select(['last_merge_ms', 'entities_stale']).where('id', '=', 1).executeTakeFirst();
    return { lastMergeMs: row?.last_merge_ms ?? 0, entitiesStale: (row?.entities_stale ?? 0) !== 0 };
  }

  /** Records a merge that just ended (inside its transaction). */
  async noteMerge(entitiesStale: boolean, now = Date.now()): Promise<void> {
    await this.db.updateTable('merge_state').set({ last_merge_ms: now, entities_stale: entitiesStale ? 1 : 0 }).where('id', '=', 1).execute();
  }

  /**
   * How much merging an interrupted ingest left undone: events of current documents not in any incident, and
   * memberships of events that are gone. Read-only commands report it (they cannot do the work themselves).
   */
  async pendingReconcile(): Promise<{ events: number; stale: number }> {
    const events = await this.db
      .selectFrom('events as e')
      .innerJoin('documents as d', 'd.id', 'e.document_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('d.superseded_by', 'is', null)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('incident_events as ie').select('ie.event_id').whereRef('ie.event_id', '=', 'e.id'))))
      .executeTakeFirst();
    return { events: events?.n ?? 0, stale: (await this.staleMemberships()).length };
  }

  /** Memberships of events that are no longer current (their document was superseded or removed). */
  staleMemberships(): Promise<Array<{ event_id: number; incident_id: string }>> {
    return this.db
      .selectFrom('incident_events as ie')
      .leftJoin('events as e', 'e.id', 'ie.event_id')
      .leftJoin('documents as d', 'd.id', 'e.document_id')
      .select(['ie.event_id', 'ie.incident_id'])
      .where((eb) => eb.or([eb('e.id', 'is', null), eb('d.superseded_by', 'is not', null)]))
      .execute();
  }

  /** Events by id (current or not), with their document fields. */
  async eventsByIds(ids: readonly number[]): Promise<EventWithDocumentRow[]> {
    const out: EventWithDocumentRow[] = [];
    for (const part of this.parts(ids)) out.push(...(await this.eventsWithDocument().where(this.isIn('e.id', part)).execute()));
    return out;
  }

  /** Reconciled events of current documents filed under any of these blocking keys. */
  async eventIdsInBlocks(keys: readonly string[]): Promise<number[]> {
    const out = new Set<number>();
    for (const part of this.parts([...new Set(keys)])) {
      const rows = await this.db
        .selectFrom('event_blocks as b')
        .innerJoin('events as e', 'e.id', 'b.event_id')
        .innerJoin('documents as d', (j) => j.onRef('d.id', '=', 'e.document_id').on('d.superseded_by', 'is', null))
        .select('b.event_id')
        .distinct()
        .where(this.isIn('b.key', part))
        .execute();
      for (const r of rows) out.add(r.event_id);
    }
    return [...out];
  }

  /** Members (numeric event ids) of stored incidents. */
  async incidentMembers(incidentIds: readonly string[]): Promise<Map<string, number[]>> {
    const out = new Map<string, number[]>();
    for (const part of this.parts(incidentIds)) {
      const rows = await this.db.selectFrom('incident_events').select(['incident_id', 'event_id']).where(this.isIn('incident_id', part)).execute();
      for (const r of rows) {
        const list = out.get(r.incident_id);
        if (list) list.push(r.event_id);
        else out.set(r.incident_id, [r.event_id]);
      }
    }
    return out;
  }

  /** Stored JSON records of incidents, by id. */
  async incidentData(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of this.parts(ids)) {
      const rows = await this.db.selectFrom('incidents').select(['id', 'data']).where(this.isIn('id', part)).execute();
      for (const r of rows) out.set(r.id, r.data);
    }
    return out;
  }

  /** The stored incident of each of these events that has one. */
  async incidentsOfEvents(eventIds: readonly number[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (const part of this.parts(eventIds)) {
      const rows = await this.db.selectFrom('incident_events').select('incident_id').distinct().where(this.isIn('event_id', part)).execute();
      for (const r of rows) out.add(r.incident_id);
    }
    return out;
  }

  private claimsWithDocument() {
    return this.db
      .selectFrom('claims as c')
      .innerJoin('documents as d', 'd.id', 'c.document_id')
      .select(['c.id', 'c.document_id', 'c.story_id', 'c.data', 'd.published']);
  }

  /** Claims of current documents not yet grouped (no bucket row), oldest first. */
  ungroupedClaims(limit?: number): Promise<ClaimWithDocumentRow[]> {
    const q = this.claimsWithDocument()
      .where('d.superseded_by', 'is', null)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('claim_buckets as cb').select('cb.claim_id').whereRef('cb.claim_id', '=', 'c.id'))))
      .orderBy('c.id');
    return (limit === undefined ? q : q.limit(limit)).execute();
  }

  /** Bucket rows of claims that are no longer current (their document was superseded or removed). */
  staleClaimBuckets(): Promise<Array<{ claim_id: number; bucket: string }>> {
    return this.db
      .selectFrom('claim_buckets as cb')
      .leftJoin('claims as c', 'c.id', 'cb.claim_id')
      .leftJoin('documents as d', 'd.id', 'c.document_id')
      .select(['cb.claim_id', 'cb.bucket'])
      .where((eb) => eb.or([eb('c.id', 'is', null), eb('d.superseded_by', 'is not', null)]))
      .execute();
  }

  /** Grouped claims of current documents filed under any of these buckets. */
  async claimsInBuckets(buckets: readonly string[]): Promise<ClaimWithDocumentRow[]> {
    const out: ClaimWithDocumentRow[] = [];
    for (const part of chunks([...new Set(buckets)])) {
      out.push(
        ...(await this.claimsWithDocument()
          .innerJoin('claim_buckets as cb', 'cb.claim_id', 'c.id')
          .where('cb.bucket', 'in', part)
          .where('d.superseded_by', 'is', null)
          .execute()),
      );
    }
    return out;
  }

  /** Applies an incremental regrouping of claims in one transaction: readers never see half of it. */
  applyClaimGroupChanges(changes: ClaimGroupChanges): Promise<void> {
    return this.transaction(async (tx) => {
      const db = tx.db;
      await db.deleteFrom('claim_groups').where('bucket', 'is', null).execute();
      for (const part of chunks(changes.buckets)) await db.deleteFrom('claim_groups').where('bucket', 'in', part).execute();
      for (const part of chunks(changes.unfile)) await db.deleteFrom('claim_buckets').where('claim_id', 'in', part).execute();
      const rows = changes.file.map((f) => ({ claim_id: f.claimId, bucket: f.bucket }));
      for (const part of chunks(rows)) await db.insertInto('claim_buckets').values(part).onConflict((oc) => oc.doNothing()).execute();
      for (const part of chunks(changes.groups, 200)) {
        await db
          .insertInto('claim_groups')
          .values(part.map(({ group: g, bucket }) => ({ id: g.id, status: g.status, measure: g.measure, period: g.period, data: JSON.stringify(g), bucket })))
          .execute();
      }
    });
  }

  /** Applies an incremental reconciliation of incidents in one transaction: readers never see half of it. */
  applyIncidentChanges(changes: IncidentChanges): Promise<void> {
    return this.transaction(async (tx) => {
      const db = tx.db;
      for (const part of chunks(changes.remove)) {
        await db.deleteFrom('incident_events').where('incident_id', 'in', part).execute();
        await db.deleteFrom('incidents').where('id', 'in', part).execute();
      }
      for (const part of chunks(changes.unfile)) {
        await db.deleteFrom('incident_events').where('event_id', 'in', part).execute();
        await db.deleteFrom('event_blocks').where('event_id', 'in', part).execute();
      }
      for (const part of chunks(changes.upsert, 100)) await db.insertInto('incidents').values(part.map(incidentValues)).execute();
      const members = changes.upsert.flatMap((i) => i.events.map((e) => ({ incident_id: i.id, event_id: Number(e.replace(EVENT_ID_PREFIX, '')) })));
      await tx.insertPairs('incident_events', 'incident_id', 'event_id', members);
      await tx.insertPairs('event_blocks', 'key', 'event_id', changes.file.flatMap((f) => f.keys.map((key) => ({ key, event_id: f.eventId }))));
    });
  }

  /**
   * Inserts rows of a text and an id column, skipping those already there. On PostgreSQL in one statement, as two
   * array parameters (a merge files tens of thousands of blocking keys: a hundred statements in rows of 500).
   */
  private async insertPairs<T extends 'incident_events' | 'event_blocks'>(
    table: T,
    text: 'incident_id' | 'key',
    id: 'event_id',
    rows: ReadonlyArray<Record<string, string | number>>,
  ): Promise<void> {
    if (!rows.length) return;
    if (this.kind === 'postgres') {
      await sql`INSERT INTO ${sql.table(table)} (${sql.ref(text)}, ${sql.ref(id)})
        SELECT * FROM unnest(${rows.map((r) => r[text])}::text[], ${rows.map((r) => r[id])}::bigint[]) ON CONFLICT DO NOTHING`.execute(this.db);
      return;
    }
    for (const part of chunks(rows)) await this.db.insertInto(table).values(part as never).onConflict((oc) => oc.doNothing()).execute();
  }

  /** Drops every derived view and blocking key: the next reconciliation rebuilds them from the events. */
  clearReconciled(): Promise<void> {
    return this.transaction(async (tx) => {
      for (const t of ['incident_events', 'incidents', 'event_blocks', 'claim_groups', 'claim_buckets', 'entities'] as const) await tx.db.deleteFrom(t).execute();
    });
  }

  /**
   * Replaces every claim group and entity in one transaction (synthetic databases of tests and benches). The groups
   * have no bucket: a later merge regroups every claim, as on a database an older Vigie wrote.
   */
  replaceClaimGroupsAndEntities(groups: ClaimGroup[], entities: Entity[]): Promise<void> {
    return this.transaction(async (tx) => {
      await tx.db.deleteFrom('claim_groups').execute();
      await tx.db.deleteFrom('claim_buckets').execute();
      for (const part of chunks(groups, 200)) {
        await tx.db.insertInto('claim_groups').values(part.map((g) => ({ id: g.id, status: g.status, measure: g.measure, period: g.period, data: JSON.stringify(g), bucket: null }))).execute();
      }
      await tx.replaceEntities(entities);
    });
  }

  /** Replaces the entities in one transaction. */
  replaceEntities(entities: Entity[]): Promise<void> {
    return this.transaction(async (tx) => {
      await tx.db.deleteFrom('entities').execute();
      for (const part of chunks(entities, 200)) {
        await tx.db
          .insertInto('entities')
          .values(part.map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions.length, data: JSON.stringify(e) })))
          .execute();
      }
    });
  }

  async countIncidents(): Promise<number> {
    return this.count('incidents');
  }

  async count(table: 'incidents' | 'claim_groups' | 'entities'): Promise<number> {
    const r = await this.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return r.n;
  }

  /**
   * Derived records; incidents and claim groups in id order (the order a rebuild produces, whatever order incremental
   * merges wrote them in), entities as written.
   */
  async derived<T>(table: 'incidents' | 'claim_groups' | 'entities'): Promise<T[]> {
    const order = table === 'entities' ? sql.ref(this.dialect.insertionOrder) : sql.ref('id');
    const rows = await this.db.selectFrom(table).select('data').orderBy(order).execute();
    return rows.map((r) => JSON.parse(r.data) as T);
  }

  /**
   * Incidents as readers see them (exports, stats): people's corrections are written into them (src/review/), and
   * the ones people rejected are left out. Id order.
   */
  async visibleIncidents(): Promise<Incident[]> {
    return (await this.derived<Incident>('incidents')).filter((i) => i.review?.status !== 'rejected');
  }

  /**
   * When `err` says the database itself went away (server stopped, connection cut): the error to stop a run with,
   * saying that the documents committed before are whole and that running the same command again finishes it.
   * null for any other error.
   */
  lost(err: unknown): VigieError | null {
    if (err instanceof VigieError || !this.dialect.lostConnection(err)) return null;
    return new VigieError(
      'storage',
      `lost the database ${this.location}: ${this.dialect.reason(err)}; the documents stored before that are whole, and running the same command again stores the rest`,
      { cause: err },
    );
  }

  /** Serialises reconciliations of one database (call inside a transaction). */
  lockReconcile(): Promise<void> {
    return this.dialect.lockReconcile(this.db);
  }

  /** Takes the reconciliation lock if no other transaction holds it (call inside a transaction); false if one does. */
  tryLockReconcile(): Promise<boolean> {
    return this.dialect.tryLockReconcile(this.db);
  }

  /**
   * Refreshes the query planner's statistics on the tables where they are missing or stale (the API picks its
   * covering indexes from them). Run after writing, so a read-only connection (vigie serve on a read-only
   * database), which cannot store them, finds them in the database.
   */
  optimize(): Promise<void> {
    return this.dialect.optimize(this.db);
  }

  close(): Promise<void> {
    return this.dialect.close();
  }
}
