// PostgreSQL (pg) behind Kysely's PostgresDialect. Integers come back as numbers (bigint ids and counts stay far
// below 2^53); errors name the database without its password.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { VigieError } from '../../../core/errors.js';
import type { Tables } from '../../schema.js';
import type { Dialect } from '../dialect.js';
import { MIGRATIONS } from './migrations.js';
import { postgresSql } from './sql.js';
import { postgresDocumentWriter } from './write.js';

const INT8 = 20;
const NUMERIC = 1700;

/** The URL as shown to people: never the password. */
export function printableUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://… (an invalid URL)';
  }
}

/** Why PostgreSQL could not be used, in the user's terms. */
export function postgresReason(err: unknown): string {
  const e = err as { code?: string; message?: string } | null;
  const code = e?.code ?? '';
  if (code === 'ECONNREFUSED') return 'no PostgreSQL server answers at that address (is it running?)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'unknown host';
  if (code === 'ETIMEDOUT') return 'the server did not answer in time';
  if (code === '28P01' || code === '28000') return 'authentication failed (wrong user or password)';
  if (code === '3D000') return 'the database does not exist (create it with createdb)';
  if (code === '57P01' || code === '57P03') return 'the server is shutting down or starting up';
  if (code === '25006') return 'the database was opened read-only, and this command writes to it';
  return (e?.message ?? String(err)).replace(/postgres(ql)?:\/\/[^\s]*/g, (m) => printableUrl(m));
}

/** Node socket errors and PostgreSQL's connection-exception (08) and shutdown (57P0x) classes. */
const LOST_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03']);

/** Whether an error says the server went away rather than that one statement failed. */
export function postgresLost(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  const code = e?.code ?? '';
  if (LOST_CODES.has(code) || code.startsWith('08')) return true;
  // pg's own messages when a socket closes under a query or a connection cannot be made in time.
  return /Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(e?.message ?? '');
}

export function connectPostgres(url: string, options: { readOnly: boolean; asynchronousCommit?: boolean }): Dialect {
  const location = printableUrl(url);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new VigieError('bad_input', `cannot open database ${location}: not a valid postgres:// URL`);
  }
  if (!parsed.pathname || parsed.pathname === '/') {
    throw new VigieError('bad_input', `cannot open database ${location}: the URL names no database (postgres://user@host:port/DATABASE)`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: 10_000,
    // A read-only command cannot change the database even by mistake: the server refuses any write.
    ...(options.readOnly ? { options: '-c default_transaction_read_only=on' } : options.asynchronousCommit ? { options: '-c synchronous_commit=off' } : {}),
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === INT8 || oid === NUMERIC ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server drops must not crash the process: the next query reports it.
  pool.on('error', () => {});
  // Nor may one that breaks while checked out between two queries of a transaction (a server stopped mid-ingest):
  // without a listener its 'error' event kills the process with a stack trace; its next query fails instead, and
  // the store stops the run with one line (Store.lost).
  pool.on('connect', (client) => client.on('error', () => {}));
  const kysely = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  const writer = postgresDocumentWriter(pool, postgresLost);
  return {
    name: 'postgres',
    location,
    readOnly: options.readOnly,
    kysely,
    migrations: MIGRATIONS,
    batchCommits: false,
    commitDocument: options.readOnly ? undefined : (doc, now) => writer.insertDocument(doc, now),
    begin: 'BEGIN',
    // Without parameters, pg sends the script as one simple query: several statements run in order.
    execScript: async (conn, script) => void (await sql.raw(script).execute(conn)),
    hasMigrationsTable: async (conn) => {
      const r = await sql<{ t: string | null }>`SELECT to_regclass('schema_migrations')::text AS t`.execute(conn);
      return r.rows[0]?.t != null;
    },
    ...postgresSql,
    dataVersion: async (db) => (await sql<{ n: number }>`SELECT last_value AS n FROM vigie_changes`.execute(db)).rows[0].n,
    noteWrite: async (db) => {
      // Before migration 4 there is no counter yet, and nobody serves the database.
      await sql`SELECT nextval('vigie_changes')`.execute(db).catch(() => {});
    },
    optimize: async (db) => {
      if (!options.readOnly) await sql`ANALYZE`.execute(db);
    },
    lockReconcile: async (db) => void (await sql`SELECT pg_advisory_xact_lock(7141963)`.execute(db)),
    tryLockReconcile: async (db) => (await sql<{ ok: boolean }>`SELECT pg_try_advisory_xact_lock(7141963) AS ok`.execute(db)).rows[0].ok,
    lockContent: async (db, hash) => void (await sql`SELECT pg_advisory_xact_lock(7141964, hashtext(${hash}))`.execute(db)),
    resetSequences: async (db) => {
      for (const t of ['documents', 'stories', 'events', 'claims', 'entity_mentions', 'alert_deliveries', 'corrections', 'users', 'api_tokens']) {
        await sql`SELECT setval(pg_get_serial_sequence(${t}, 'id'), COALESCE((SELECT MAX(id) FROM ${sql.table(t)}), 0) + 1, false)`.execute(db);
      }
    },
    lostConnection: postgresLost,
    reason: postgresReason,
    close: async () => {
      await kysely.destroy();
    },
  };
}
