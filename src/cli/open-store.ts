// Opens the database named by --db (or the VIGIE_DB setting), an SQLite file or a postgres:// URL: for writing
// (ingest, watch, users, serve with accounts), or read-only for the commands that only read it, refusing to create
// one for those. Opened for writing, it first gets the merge an interrupted run left undone (finishPendingMerge).
import { existsSync } from 'node:fs';
import type { Settings } from '../config/settings.js';
import { VigieError, reasonOf } from '../core/errors.js';
import { reconcileStoreIfFree } from '../pipeline/reconcile-store.js';
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
  /**
   * Opened for writing: finish the merge an interrupted run left undone before anything else (default true). Only
   * the commands that merge it themselves anyway say false: ingest (its final merge takes it in, src/pipeline/ingest.ts),
   * the queue's worker (its own merges, which never wait on another worker's) and `ingest --queue` (the workers').
   */
  finishMerge?: boolean;
}

export async function openStore(dbOption: string | undefined, settings: Settings, { readOnly, asynchronousCommit, finishMerge = true }: OpenOptions): Promise<Store> {
  const path = dbOption ?? settings.db;
  if (readOnly && !isPostgresUrl(path) && path !== ':memory:' && !existsSync(path)) {
    throw new VigieError('not_found', `no database at ${path}: run "vigie ingest <paths…>" first, or pass --db FILE`);
  }
  const store = await openLocation(path, { readonly: readOnly, asynchronousCommit });
  // Here rather than in each command: a command that writes cannot forget it (issue #9: users and watch did).
  if (!readOnly && finishMerge) {
    try {
      await finishPendingMerge(store);
    } catch (err) {
      await store.close();
      throw err;
    }
  }
  return store;
}

/** "12 event(s) not yet merged into incidents and …", or '' when only claims or entities wait. */
function describePending(pending: { events: number; stale: number }): string {
  return [
    pending.events ? `${pending.events} event(s) not yet merged into incidents` : '',
    pending.stale ? `${pending.stale} incident membership(s) of replaced documents not yet removed` : '',
  ].filter(Boolean).join(' and ');
}

/**
 * A run killed during its final merge leaves its documents stored but not merged (the merge is one transaction,
 * so all of it or nothing): a command that can write finishes it, as `ingest` does, with a line on stderr. Not
 * when another process is merging this database right now (PostgreSQL): that merge is doing the work, and this
 * command does not queue behind it. A merge that fails is said and left to the next writer, so that a command
 * such as `users disable` still does its own work; a database gone away stops the command, as it would anyway.
 */
export async function finishPendingMerge(store: Store): Promise<void> {
  if (!(await store.needsReconcile())) return;
  const what = describePending(await store.pendingReconcile());
  // (The same test as ingest's: work an ingest still running has stored is merged too, which its own merge then
  // need not redo. Harmless, and no cheaper way tells a killed run from a live one.)
  process.stderr.write(`vigie: ${store.location} has ${what || 'merging left undone'} (an ingest stopped before the end, or is still running): merging now…\n`);
  let done;
  try {
    done = await reconcileStoreIfFree(store);
  } catch (err) {
    const lost = store.lost(err);
    if (lost) throw lost;
    process.stderr.write(`vigie: merging failed, left to the next command that writes: ${reasonOf(err)}\n`);
    return;
  }
  process.stderr.write(done ? `vigie: merged: ${done.events} event(s), ${done.incidents} incident(s) now\n` : 'vigie: another process is merging this database: it finishes the work\n');
}

/**
 * A read-only command cannot finish the merging an interrupted ingest left undone; it says so (on stderr, once)
 * instead, since the incidents it shows leave that work out.
 */
export async function notePendingWork(store: Store): Promise<void> {
  const pending = await store.pendingReconcile();
  if (pending.events === 0 && pending.stale === 0) return;
  process.stderr.write(
    `vigie: note: ${store.location} has ${describePending(pending)} (an ingest stopped before the end); the incidents shown leave them out. ` +
      'The next command that writes to it (ingest, watch, users, serve with accounts…) finishes the work.\n',
  );
}
