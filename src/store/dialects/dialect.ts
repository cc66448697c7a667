// What a storage dialect gives the store: a Kysely instance and the few things SQL cannot say the same way on every
// database (transactions that take the write lock up front, full-text search, a month key, NULL ordering, locks).
// Each dialect lives in its own folder with the same files (connect.ts, migrations.ts, sql.ts), as Kysely keeps its own.
import type { Kysely, RawBuilder } from 'kysely';
import type { ProcessedDocument } from '../../pipeline/types.js';
import type { BatchInsertOutcome, InsertOutcome, StoredMeta } from '../records.js';
import type { Tables } from '../schema.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export type DialectName = 'sqlite' | 'postgres';

/** A story found by full-text search, with its snippet as pieces flagged hit/not-hit. */
export interface SearchHit {
  id: number;
  document_id: number;
  title: string | null;
  language: string;
  relevant: number;
  snippet: Array<{ text: string; hit: boolean }>;
}

/**
 * Stores documents synchronously, for a driver that is synchronous itself (better-sqlite3): the whole batch in one
 * transaction with no await in it. The store calls it holding the dialect's only connection.
 */
export interface DocumentWriter {
  /** The stored document with this content (the current one first), if any. */
  storedByHash(hash: string): StoredMeta | undefined;
  /** One document in its own transaction; throws what the database threw. */
  insertDocument(doc: ProcessedDocument, now: Date): InsertOutcome;
  /** Each document in its own savepoint, the batch in one commit (see Store.insertDocuments). */
  insertDocuments(docs: readonly ProcessedDocument[], now: Date): BatchInsertOutcome[];
}

export interface Dialect {
  readonly name: DialectName;
  /** The database as the user named it, safe to print (never a password). */
  readonly location: string;
  readonly readOnly: boolean;
  readonly kysely: Kysely<Tables>;
  readonly migrations: readonly Migration[];
  /**
   * Whether several documents may share one commit (each in its own savepoint). SQLite: yes, it saves a commit per
   * document and one process writes at a time anyway. PostgreSQL: no, each document commits alone, so a writer holds
   * the lock on one document's content at a time and concurrent writers can never deadlock on two of them.
   */
  readonly batchCommits: boolean;
  /** SQLite: documents written synchronously (see DocumentWriter). Absent: the store writes them through Kysely. */
  readonly documentWriter?: DocumentWriter;
  /**
   * PostgreSQL: stores one document in a transaction of its own in two round trips (postgres/write.ts), or finds it
   * unchanged; null when it is a new version replacing stored content, which the store writes in a locked
   * transaction. Its writes are not yet counted by the change counter (noteWrite): the store bumps it after.
   */
  commitDocument?(doc: ProcessedDocument, now: Date): Promise<InsertOutcome | null>;
  /** Starts a write transaction. SQLite: BEGIN IMMEDIATE, so writers queue on the lock instead of failing to upgrade. */
  readonly begin: string;
  /** Runs a multi-statement migration script on the connection `db` holds. */
  execScript(db: Kysely<Tables>, script: string): Promise<void>;
  /** Whether the database holds the migrations table at all. */
  hasMigrationsTable(db: Kysely<Tables>): Promise<boolean>;

  /** Ids of the `limit` newest stories matching every word (the last as a prefix): a subquery for `id IN (…)`. */
  storyIdsMatching(words: readonly string[], limit: number): RawBuilder<unknown>;
  /** Stories matching every word, best first (search-window.ts), with snippets; and how many match, up to COUNT_CAP. */
  searchStories(db: Kysely<Tables>, words: readonly string[], limit: number, offset: number): Promise<{ total: number; total_exact: boolean; items: SearchHit[] }>;
  /** An ORDER BY term for a nullable column, descending, unknown values last. */
  descNullsLast(column: string): RawBuilder<unknown>;
  /** The number of statements (claims) a claim group's JSON record lists. */
  claimCount(): RawBuilder<number>;
  /** Case-insensitive LIKE with backslash escapes. */
  like(column: string, pattern: string): RawBuilder<boolean>;
  /** Column giving the order rows were written in (claim groups and entities are read back in that order). */
  readonly insertionOrder: string;

  /** A number that changes whenever any connection commits a change (the API's memo is keyed on it). */
  dataVersion(db: Kysely<Tables>): Promise<number>;
  /** Called once a write transaction of the store committed (PostgreSQL bumps its change counter there; never throws). */
  noteWrite(db: Kysely<Tables>): Promise<void>;
  /** Refreshes the planner's statistics where stale. */
  optimize(db: Kysely<Tables>): Promise<void>;
  /** Inside a write transaction: serialises reconciliations (SQLite's write lock already does). */
  lockReconcile(db: Kysely<Tables>): Promise<void>;
  /** lockReconcile without waiting: false when another transaction holds the lock (SQLite: always true). */
  tryLockReconcile(db: Kysely<Tables>): Promise<boolean>;
  /** Inside a write transaction: serialises writers of the same content (two workers with one document). */
  lockContent(db: Kysely<Tables>, hash: string): Promise<void>;
  /** After rows were written with explicit ids (copy, fixtures): the next generated ids follow them. */
  resetSequences(db: Kysely<Tables>): Promise<void>;
  /** Whether an error means the database itself went away (server stopped, connection cut), not this one query. */
  lostConnection(err: unknown): boolean;
  /** Why a database error happened, in the user's terms. */
  reason(err: unknown): string;
  close(): Promise<void>;
}
