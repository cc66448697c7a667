// Rebuilds the reconciled views (incidents, claim groups, entities) from what the store holds.
import type { SqliteStore } from '../store/sqlite-store.js';

export function reconcileStore(store: SqliteStore): void {
  void store; // wired to src/reconcile once it lands
}
