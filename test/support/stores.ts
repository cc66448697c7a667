// The conformance suite's dialects: a test written once runs against SQLite and against PostgreSQL (as Hono runs one
// suite over every runtime). Each fresh store is an empty database: an SQLite file (or memory), or a new PostgreSQL
// database on the throwaway server of global-setup.ts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openStore } from '../../src/store/open.js';
import type { Store, StoreOptions } from '../../src/store/store.js';

export type DialectName = 'sqlite' | 'postgres';

const postgresUrl = inject('postgresUrl');

/** The dialects this run covers; PostgreSQL only when a server is there (global-setup.ts says when it is not). */
export const DIALECTS: DialectName[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];

let counter = 0;

/** A new empty PostgreSQL database on the test server; returns its URL. */
export async function freshPostgresUrl(): Promise<string> {
  if (!postgresUrl) throw new Error('no PostgreSQL server for this test run');
  const name = `vigie_t${process.pid}_${++counter}_${Date.now() % 100000}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(postgresUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A fresh database of this dialect: its location (a file path or a URL). */
export async function freshLocation(dialect: DialectName): Promise<string> {
  if (dialect === 'postgres') return freshPostgresUrl();
  return join(mkdtempSync(join(tmpdir(), 'vigie-conf-')), 'v.db');
}

/** A fresh, migrated store of this dialect (SQLite in memory unless `file`). */
export async function freshStore(dialect: DialectName, options: { file?: boolean } & StoreOptions = {}): Promise<Store> {
  if (dialect === 'sqlite' && !options.file) return openStore(':memory:', options);
  return openStore(await freshLocation(dialect), options);
}
