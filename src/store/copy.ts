// Copies a whole observatory from one store to another (SQLite ↔ PostgreSQL, or the same dialect): every row with its
// id, so exports of the two are identical. The target must be empty; it is written in one transaction, so a copy that
// fails leaves it as empty as it was.
import { sql } from 'kysely';
import { VigieError } from '../core/errors.js';
import { COPY_PLAN } from './schema.js';
import type { Store } from './store.js';

/** Rows read and written per statement: well under both dialects' limits on bound parameters (16 columns at most). */
const PAGE = 1000;

export interface CopyCounts {
  [table: string]: number;
}

export async function copyStore(from: Store, to: Store, onTable?: (table: string, rows: number) => void): Promise<CopyCounts> {
  const target = await to.db.selectFrom('documents').select('id').limit(1).executeTakeFirst();
  if (target) throw new VigieError('bad_input', `cannot copy into ${to.location}: it already holds documents (copy into a new, empty database)`);
  const fromVersion = await from.schemaVersion();
  if (fromVersion !== to.latestVersion) {
    throw new VigieError('storage', `cannot copy from ${from.location}: its schema is version ${fromVersion}, this Vigie writes ${to.latestVersion} (open it with "vigie ingest" once to upgrade it)`);
  }
  const counts: CopyCounts = {};
  await to.transaction(async (tx) => {
    for (const step of COPY_PLAN) {
      const columns = sql.join(step.columns.map((c) => sql.ref(c)));
      // Keyset pages: each page starts after the last key of the previous one, whatever the size of the table.
      const keyCols = step.key === 'insertion' ? ['_k'] : [...step.key];
      const keyExpr = step.key === 'insertion' ? sql.raw(from.dialect.insertionOrder) : null;
      let after: unknown[] | null = null;
      let n = 0;
      for (;;) {
        const keyTuple = sql.join(keyCols.map((k) => (k === '_k' ? keyExpr! : sql.ref(k))));
        const where: ReturnType<typeof sql> = after === null ? sql`` : sql`WHERE (${keyTuple}) > (${sql.join(after)})`;
        const select = keyExpr ? sql`${columns}, ${keyExpr} AS _k` : columns;
        const rows = (
          await sql<Record<string, unknown>>`SELECT ${select} FROM ${sql.table(step.table)} ${where} ORDER BY ${keyTuple} LIMIT ${PAGE}`.execute(from.db)
        ).rows;
        if (!rows.length) break;
        after = keyCols.map((k) => rows[rows.length - 1][k]);
        const values = rows.map((r) => {
          const out: Record<string, unknown> = {};
          for (const c of step.columns) out[c] = r[c];
          return out;
        });
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        await tx.db.insertInto(step.table).values(values as any).execute();
        n += rows.length;
        if (rows.length < PAGE) break;
      }
      counts[step.table] = n;
      onTable?.(step.table, n);
    }
    await tx.dialect.resetSequences(tx.db);
  });
  await to.optimize();
  return counts;
}
