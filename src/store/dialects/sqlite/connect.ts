// SQLite (better-sqlite3, WAL) behind Kysely's SqliteDialect: checks on the file before opening it, a read-only open
// that works in a read-only folder, and a statement cache (Kysely prepares every query it runs).
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { VigieError } from '../../../core/errors.js';
import { createParentFolders, fsReason } from '../../../core/folders.js';
import type { Tables } from '../../schema.js';
import type { Dialect } from '../dialect.js';
import { MIGRATIONS } from './migrations.js';
import { sqliteSql } from './sql.js';
import { sqliteDocumentWriter } from './write.js';

/**
 * How long a writer waits for another process's write lock. Write transactions are BEGIN IMMEDIATE, so they queue
 * on the lock from the start instead of failing with "database is locked" when upgrading a read.
 */
const BUSY_TIMEOUT_MS = 120_000;

/** Offset of the file format version bytes in an SQLite header: 2 means WAL, 1 the rollback journal. */
const HEADER_WAL_BYTES = [18, 19] as const;

/** Prepared statements kept per connection; past this the cache starts over. */
const STATEMENT_CACHE = 2000;

/** Creates the missing parent folders of a database path (see createParentFolders), as a storage error. */
export function ensureParentFolder(path: string): void {
  try {
    createParentFolders(path);
  } catch (err) {
    throw new VigieError('storage', `${(err as Error).message} (for database ${path})`, { cause: err });
  }
}

/** Why SQLite could not use a file, in the user's terms; `path` is named by the caller. */
export function sqliteReason(err: unknown): string {
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

/** Kysely prepares each query it runs: statements are cached by their SQL (one still iterating is not reused). */
function cachingDatabase(db: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => db.close(),
    prepare(text: string) {
      let stmt = cache.get(text);
      if (stmt === undefined || stmt.busy) {
        stmt = db.prepare(text);
        if (cache.size >= STATEMENT_CACHE) cache.clear();
        cache.set(text, stmt);
      }
      return stmt;
    },
  };
}

export interface SqliteDialectHandle extends Dialect {
  /** The better-sqlite3 connection (SQLite-only checks: journal mode, read-only flag). */
  readonly native: Database.Database;
}

export function connectSqlite(path: string, options: { readOnly: boolean }): SqliteDialectHandle {
  const inMemory = path === ':memory:' || path === '';
  // An in-memory database has nothing to protect and nothing to read: it is always opened for writing.
  const readOnly = options.readOnly && !inMemory;
  if (!inMemory) {
    checkDatabasePath(path, readOnly);
    if (!readOnly) {
      ensureParentFolder(path);
      checkWritable(path);
    }
  }
  let native: Database.Database | null = null;
  try {
    if (readOnly) {
      native = openReadOnly(path);
    } else {
      // Other processes may hold the write lock (concurrent ingests, a server): wait for it rather than fail.
      native = new Database(path, { timeout: BUSY_TIMEOUT_MS });
      native.pragma('journal_mode = WAL');
      // NORMAL is durable in WAL mode except for the last transactions on power loss, and keeps commits cheap.
      native.pragma('synchronous = NORMAL');
      native.pragma('foreign_keys = ON');
    }
    // Temporary b-trees (sorts of the reconcile queries) in memory rather than in temp files.
    native.pragma('temp_store = MEMORY');
  } catch (err) {
    native?.close();
    if (err instanceof VigieError) throw err;
    // Every failure names the file: "file is not a database" alone does not say which one.
    throw new VigieError('storage', `cannot open database ${path}: ${sqliteReason(err)}`, { cause: err });
  }
  const db = native;
  const kysely = new Kysely<Tables>({ dialect: new SqliteDialect({ database: cachingDatabase(db) }) });
  let ownCommits = 0;
  return {
    name: 'sqlite',
    location: path,
    readOnly,
    kysely,
    native: db,
    migrations: MIGRATIONS,
    batchCommits: true,
    documentWriter: sqliteDocumentWriter(db),
    begin: 'BEGIN IMMEDIATE',
    // Kysely runs one statement per query; a migration is a script. The caller holds the connection meanwhile.
    execScript: async (_conn, script) => void db.exec(script),
    hasMigrationsTable: async (conn) => {
      const r = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`.execute(conn);
      return (r.rows[0]?.n ?? 0) > 0;
    },
    ...sqliteSql,
    // data_version counts other connections' commits only: this connection's own (the watcher of `serve --watch`
    // writing where the API reads) are counted here, so that the API's memo sees them too.
    dataVersion: async () => (db.pragma('data_version', { simple: true }) as number) + ownCommits * 1e9,
    noteWrite: async () => {
      ownCommits++;
    },
    optimize: async () => {
      if (!db.readonly) db.pragma('optimize=0x10002');
    },
    // BEGIN IMMEDIATE already holds the only write lock.
    lockReconcile: async () => {},
    tryLockReconcile: async () => true,
    lockContent: async () => {},
    resetSequences: async () => {},
    // An open SQLite file does not go away under its process (a deleted file stays readable until closed).
    lostConnection: () => false,
    reason: sqliteReason,
    close: async () => {
      await kysely.destroy();
    },
  };
}
