// What a test reads straight from an SQLite database file, beside the store: the state a killed run left.
import type Database from 'better-sqlite3';

/** Events of current documents that no incident holds: what `stats` reports as not yet merged. */
export function pendingEvents(db: Database.Database): number {
  return (
    db
      .prepare(
        `SELECT COUNT(*) AS n FROM events e JOIN documents d ON d.id = e.document_id
         WHERE d.superseded_by IS NULL AND NOT EXISTS (SELECT 1 FROM incident_events ie WHERE ie.event_id = e.id)`,
      )
      .get() as { n: number }
  ).n;
}
