// Opens the database named by --db (or the VIGIE_DB setting), refusing to create one for read-only commands.
import { existsSync } from 'node:fs';
import type { Settings } from '../config/settings.js';
import { VigieError } from '../core/errors.js';
import { SqliteStore } from '../store/sqlite-store.js';

export function openStore(dbOption: string | undefined, settings: Settings, { mustExist }: { mustExist: boolean }): SqliteStore {
  const path = dbOption ?? settings.db;
  if (mustExist && path !== ':memory:' && !existsSync(path)) {
    throw new VigieError('not_found', `no database at ${path}: run "vigie ingest <paths…>" first, or pass --db FILE`);
  }
  return new SqliteStore(path);
}
