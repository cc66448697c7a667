// Opens the database named by --db (or the VIGIE_DB setting): for writing (ingest), or read-only for the commands
// that only read it, refusing to create one for those.
import { existsSync } from 'node:fs';
import type { Settings } from '../config/settings.js';
import { VigieError } from '../core/errors.js';
import { SqliteStore } from '../store/sqlite-store.js';

export interface OpenOptions {
  /**
   * true for the commands that only read (stats, export, serve, events, claims): the database must exist, and it is
   * opened read-only, so one in a read-only folder, or a read-only file, can still be read. ingest passes false.
   */
  readOnly: boolean;
}

export function openStore(dbOption: string | undefined, settings: Settings, { readOnly }: OpenOptions): SqliteStore {
  const path = dbOption ?? settings.db;
  if (readOnly && path !== ':memory:' && !existsSync(path)) {
    throw new VigieError('not_found', `no database at ${path}: run "vigie ingest <paths…>" first, or pass --db FILE`);
  }
  return new SqliteStore(path, { readonly: readOnly });
}

/**
 * A read-only command cannot finish the merging an interrupted ingest left undone; it says so (on stderr, once)
 * instead, since the incidents it shows leave that work out.
 */
export function notePendingWork(store: SqliteStore, path: string): void {
  const pending = store.pendingReconcile();
  if (pending.events === 0 && pending.stale === 0) return;
  const what = [
    pending.events ? `${pending.events} event(s) not yet merged into incidents` : '',
    pending.stale ? `${pending.stale} incident membership(s) of replaced documents not yet removed` : '',
  ].filter(Boolean).join(' and ');
  process.stderr.write(
    `vigie: note: ${path} has ${what} (an ingest stopped before the end); the incidents shown leave them out. ` +
      'An ingest into it where it can be written finishes the work (re-running the last one is enough: stored documents are skipped).\n',
  );
}
