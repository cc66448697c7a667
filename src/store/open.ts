// Opens the store a --db value names: a postgres:// (or postgresql://) URL is PostgreSQL, anything else an SQLite file.
import { Store, type StoreOptions } from './store.js';

/** Whether a --db value names a PostgreSQL database rather than an SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openStore(location: string, options: StoreOptions = {}): Promise<Store> {
  const readOnly = options.readonly ?? false;
  if (isPostgresUrl(location)) {
    const { connectPostgres } = await import('./dialects/postgres/connect.js');
    return Store.open(connectPostgres(location, { readOnly, asynchronousCommit: options.asynchronousCommit ?? false }));
  }
  const { connectSqlite } = await import('./dialects/sqlite/connect.js');
  return Store.open(connectSqlite(location, { readOnly }));
}
