// The corrections table: people's actions as data, never deleted (an undo marks one undone), read back in order.
import type { Store } from '../store/store.js';
import type { Correction, StoredCorrection } from './types.js';

/** Corrections in the order they were made; `limit`: the newest ones only (read alone, not all then cut). */
export async function loadCorrections(store: Store, opts: { limit?: number; before?: number; id?: number } = {}): Promise<StoredCorrection[]> {
  let q = store.db.selectFrom('corrections').selectAll();
  if (opts.before !== undefined) q = q.where('id', '<', opts.before);
  if (opts.id !== undefined) q = q.where('id', '=', opts.id);
  const rows = opts.limit !== undefined ? (await q.orderBy('id', 'desc').limit(opts.limit).execute()).reverse() : await q.orderBy('id').execute();
  return rows.map(
    (r) =>
      ({
        id: r.id,
        action: r.action,
        target: JSON.parse(r.target),
        payload: JSON.parse(r.payload),
        reason: r.reason,
        user: r.user_name,
        created_at: r.created_at,
        undone_at: r.undone_at,
        undone_by: r.undone_by,
        state: r.state,
      }) as StoredCorrection,
  );
}

export async function getCorrection(store: Store, id: number): Promise<StoredCorrection | null> {
  return (await loadCorrections(store, { id }))[0] ?? null;
}

export async function insertCorrection(store: Store, c: Correction, user: string, reason: string | null, now = new Date()): Promise<number> {
  const row = await store.db
    .insertInto('corrections')
    .values({
      action: c.action,
      target: JSON.stringify(c.target),
      payload: JSON.stringify(c.payload),
      reason,
      user_name: user,
      created_at: now.toISOString(),
      undone_at: null,
      undone_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function markUndone(store: Store, id: number, user: string, now = new Date()): Promise<void> {
  await store.db.updateTable('corrections').set({ undone_at: now.toISOString(), undone_by: user }).where('id', '=', id).execute();
}

export async function setStates(store: Store, states: Map<number, 'applied' | 'orphaned'>): Promise<void> {
  for (const state of ['applied', 'orphaned'] as const) {
    const ids = [...states].filter(([, s]) => s === state).map(([id]) => id);
    for (let i = 0; i < ids.length; i += 500) {
      await store.db.updateTable('corrections').set({ state }).where('id', 'in', ids.slice(i, i + 500)).where('state', '<>', state).execute();
    }
  }
}
