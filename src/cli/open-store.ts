// Opens the database named by --db (or the VIGIE_DB setting), an SQLite file or a postgres:// URL: for writing
// (ingest), or read-only for the commands that only read it, refusing to create one for those.
import { existsSync } from 'node:fs';
import type { Settings } from '../config/settings.js';
import { VigieError } from '../core/errors.js';
import { isPostgresUrl, openStore as openLocation } from '../store/open.js';
import type { Store } from '../store/store.js';

export interface OpenOptions {
  /**
   * true for the commands that only read (stats, export, serve, events, claims): the database must exist, and it is
   * opened read-only, so one in a read-only folder, or a read-only file, can still be read. ingest passes false.
   */
  readOnly: boolean;
  /** PostgreSQL: commit without waiting for the disk (StoreOptions.asynchronousCommit). */
  asynchronousCommit?: boolean;
}

export function openStore(dbOption: string | undefined, settings: Settings, { readOnly, asynchronousCommit }: OpenOptions): Promise<Store> {
  const path = dbOption ?? settings.db;
  if (readOnly && !isPostgresUrl(path) && path !== ':memory:' && !existsSync(path)) {
    throw new VigieError('not_found', `no database at ${path}: run "vigie ingest <paths…>" first, or pass --db FILE`);
  }
  return openLocation(path, { readonly: readOnly, asynchronousCommit });
}

/**
 * A read-only command cannot finish the merging an interrupted ingest left undone; it says so (on stderr, once)
 * instead, since the incidents it shows leave that work out.
 */
export async function notePendingWork(store: Store): Promise<void> {
  const pending = await store.pendingReconcile();
  if (pending.events === 0 && pending.stale === 0) return;
  const what = [
    pending.events ? `${pending.events} event(s) not yet merged into incidents` : '',
    pending.stale ? `${pending.stale} incident membership(s) of replaced documents not yet removed` : '',
  ].filter(Boolean).join(' and ');
  process.stderr.write(
    `vigie: note: ${store.location} has ${what} (an ingest stopped before the end); the incidents shown leave them out. ` +
      'An ingest into it where it can be written finishes the work (re-running the last one is enough: stored documents are skipped).\n',
  );
}
