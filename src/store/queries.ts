// Read-side queries shared by the CLI (and later the API): counts over current documents.
import type { SqliteStore } from './sqlite-store.js';

export interface CorpusStats {
  documents: number;
  versions: number;
  stories: number;
  relevantStories: number;
  events: number;
  claims: number;
  incidents: number;
  byLanguage: Array<{ language: string; stories: number; relevant: number }>;
  byOutlet: Array<{ outlet: string | null; documents: number; relevant: number }>;
  byEventType: Array<{ type: string; events: number }>;
}

export function corpusStats(store: SqliteStore): CorpusStats {
  const db = store.db;
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const CURRENT = 'JOIN documents d ON d.id = x.document_id AND d.superseded_by IS NULL';
  return {
    documents: one('SELECT COUNT(*) AS n FROM documents WHERE superseded_by IS NULL'),
    versions: one('SELECT COUNT(*) AS n FROM documents WHERE superseded_by IS NOT NULL'),
    stories: one(`SELECT COUNT(*) AS n FROM stories x ${CURRENT}`),
    relevantStories: one(`SELECT COUNT(*) AS n FROM stories x ${CURRENT} WHERE x.relevant = 1`),
    events: one(`SELECT COUNT(*) AS n FROM events x ${CURRENT}`),
    claims: one(`SELECT COUNT(*) AS n FROM claims x ${CURRENT}`),
    incidents: one('SELECT COUNT(*) AS n FROM incidents'),
    byLanguage: db
      .prepare(
        `SELECT x.language AS language, COUNT(*) AS stories, SUM(x.relevant) AS relevant FROM stories x ${CURRENT}
         GROUP BY x.language ORDER BY stories DESC`,
      )
      .all() as CorpusStats['byLanguage'],
    byOutlet: db
      .prepare(
        `SELECT d.outlet AS outlet, COUNT(DISTINCT d.id) AS documents,
           COUNT(DISTINCT CASE WHEN s.relevant = 1 THEN d.id END) AS relevant
         FROM documents d LEFT JOIN stories s ON s.document_id = d.id
         WHERE d.superseded_by IS NULL GROUP BY d.outlet ORDER BY documents DESC, outlet`,
      )
      .all() as CorpusStats['byOutlet'],
    byEventType: db
      .prepare(`SELECT x.type AS type, COUNT(*) AS events FROM events x ${CURRENT} GROUP BY x.type ORDER BY events DESC`)
      .all() as CorpusStats['byEventType'],
  };
}
