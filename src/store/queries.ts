// Read-side queries shared by the CLI: counts over current documents.
import { sql } from 'kysely';
import type { Store } from './store.js';

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

export async function corpusStats(store: Store): Promise<CorpusStats> {
  const db = store.db;
  const one = async (q: ReturnType<typeof sql<{ n: number }>>) => (await q.execute(db)).rows[0].n;
  const CURRENT = sql`JOIN documents d ON d.id = x.document_id AND d.superseded_by IS NULL`;
  return {
    documents: await one(sql`SELECT COUNT(*) AS n FROM documents WHERE superseded_by IS NULL`),
    versions: await one(sql`SELECT COUNT(*) AS n FROM documents WHERE superseded_by IS NOT NULL`),
    stories: await one(sql`SELECT COUNT(*) AS n FROM stories x ${CURRENT}`),
    relevantStories: await one(sql`SELECT COUNT(*) AS n FROM stories x ${CURRENT} WHERE x.relevant = 1`),
    events: await one(sql`SELECT COUNT(*) AS n FROM events x ${CURRENT}`),
    claims: await one(sql`SELECT COUNT(*) AS n FROM claims x ${CURRENT}`),
    incidents: await one(sql`SELECT COUNT(*) AS n FROM incidents`),
    byLanguage: (
      await sql<CorpusStats['byLanguage'][number]>`SELECT x.language AS language, COUNT(*) AS stories, SUM(x.relevant) AS relevant FROM stories x ${CURRENT}
         GROUP BY x.language ORDER BY stories DESC, language`.execute(db)
    ).rows,
    byOutlet: (
      await sql<CorpusStats['byOutlet'][number]>`SELECT d.outlet AS outlet, COUNT(DISTINCT d.id) AS documents,
           COUNT(DISTINCT CASE WHEN s.relevant = 1 THEN d.id END) AS relevant
         FROM documents d LEFT JOIN stories s ON s.document_id = d.id
         WHERE d.superseded_by IS NULL GROUP BY d.outlet ORDER BY documents DESC, outlet`.execute(db)
    ).rows,
    byEventType: (
      await sql<CorpusStats['byEventType'][number]>`SELECT x.type AS type, COUNT(*) AS events FROM events x ${CURRENT} GROUP BY x.type ORDER BY events DESC, type`.execute(db)
    ).rows,
  };
}
