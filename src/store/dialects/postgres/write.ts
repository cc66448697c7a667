// The PostgreSQL dialect's document writer. Each statement sent is a round trip to the server, and on a machine
// whose cores are busy each one also waits for the worker and the server to be scheduled again: stored through
// Kysely a document took eleven (BEGIN, a lock, two lookups, one insert per table, COMMIT, the change counter), about
// 28 ms each under a queue worker's load (issue #11). Here it takes two: one statement looks up what the store must
// know (the stored document with the same content, the current version of its identity), and one statement writes
// the document and all its rows. A single statement outside BEGIN is a transaction of its own: the document still
// commits alone and whole. The decisions are records.ts's, as for the other dialect.
//
// Two writers holding the same content: the second one's insert waits on the first's row (the content hash is unique),
// then inserts nothing; it looks again and finds the document stored. A read that completes the metadata of stored
// content (a new version taking that content's hash) needs the stored row renamed before the insert, which a single
// statement cannot order: the store writes those few through its locked transaction (insertDocument returns null).
import type pg from 'pg';
import type { ProcessedDocument } from '../../../pipeline/types.js';
import {
  claimValues,
  eventValues,
  mentionValues,
  planNew,
  storyValues,
  unchangedBySame,
  type CurrentVersion,
  type InsertOutcome,
  type StoredMeta,
} from '../../records.js';

/** What a lookup found: the stored document with the same content, and the current version of the identity. */
interface Found {
  same: StoredMeta | undefined;
  current: CurrentVersion | undefined;
}

const LOOKUP = `
  (SELECT 'same' AS k, id, version, url, outlet, published, superseded_by, NULL AS encoding FROM documents
   WHERE content_hash = $1 ORDER BY superseded_by IS NULL DESC, id DESC LIMIT 1)
  UNION ALL
  (SELECT 'identity', id, version, NULL, NULL, NULL, NULL, encoding FROM documents
   WHERE identity = $2 AND superseded_by IS NULL ORDER BY version DESC LIMIT 1)
  UNION ALL
  (SELECT 'former', id, version, NULL, NULL, NULL, NULL, encoding FROM documents
   WHERE identity = $3 AND superseded_by IS NULL ORDER BY version DESC LIMIT 1)`;

// Rows of a story's children name their story by its index (s), and carry their place in the document (n): ids are
// given in that order, as the row-by-row inserts gave them (event ids are the export's ids).
const INSERT = `
  WITH d AS (
    INSERT INTO documents (source, identity, url, outlet, published, title, language, format, encoding, content_hash, version, text, ingested_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
    ON CONFLICT (content_hash) DO NOTHING
    RETURNING id
  ), superseded AS (
    UPDATE documents SET superseded_by = d.id FROM d WHERE documents.id = $14
  ), s AS (
    INSERT INTO stories (document_id, idx, title, text, language, relevance, relevant, terms)
    SELECT d.id, x.idx, x.title, x.text, x.language, x.relevance, x.relevant, x.terms
    FROM d, json_to_recordset($15::json) AS x(idx integer, title text, text text, language text, relevance double precision, relevant integer, terms text)
    ORDER BY x.idx
    RETURNING id, idx, document_id
  ), e AS (
    INSERT INTO events (document_id, story_id, type, date, date_precision, killed, injured, commune_insee, departement, region, country, data)
    SELECT s.document_id, s.id, x.type, x.date, x.date_precision, x.killed, x.injured, x.commune_insee, x.departement, x.region, x.country, x.data
    FROM json_to_recordset($16::json) AS x(n integer, s integer, type text, date text, date_precision text, killed integer, injured integer,
      commune_insee text, departement text, region text, country text, data text)
    JOIN s ON s.idx = x.s
    ORDER BY x.n
  ), c AS (
    INSERT INTO claims (document_id, story_id, value, unit, measure, period, data)
    SELECT s.document_id, s.id, x.value, x.unit, x.measure, x.period, x.data
    FROM json_to_recordset($17::json) AS x(n integer, s integer, value double precision, unit text, measure text, period text, data text)
    JOIN s ON s.idx = x.s
    ORDER BY x.n
  ), m AS (
    INSERT INTO entity_mentions (document_id, story_id, name, type, title, span_start, span_end, surface)
    SELECT s.document_id, s.id, x.name, x.type, x.title, x.span_start, x.span_end, x.surface
    FROM json_to_recordset($18::json) AS x(n integer, s integer, name text, type text, title text, span_start integer, span_end integer, surface text)
    JOIN s ON s.idx = x.s
    ORDER BY x.n
  )
  SELECT id FROM d`;

/** Looking again after a conflict finds the other writer's document: more than this means something else is wrong. */
const ATTEMPTS = 3;

export interface PostgresDocumentWriter {
  /**
   * Stores one document in its own transaction (a single statement), or decides it is unchanged. null: the document
   * replaces stored content with a new version of it, which the caller stores in a locked transaction.
   */
  insertDocument(doc: ProcessedDocument, now: Date): Promise<InsertOutcome | null>;
}

/** `lost`: whether an error says the connection itself broke (the pool then drops it rather than lend it again). */
export function postgresDocumentWriter(pool: pg.Pool, lost: (err: unknown) => boolean): PostgresDocumentWriter {
  const lookup = async (client: pg.PoolClient, doc: ProcessedDocument): Promise<Found> => {
    const rows = (await client.query<StoredMeta & CurrentVersion & { k: string }>(LOOKUP, [doc.contentHash, doc.identity, doc.formerIdentity ?? null])).rows;
    const row = (k: string) => rows.find((r) => r.k === k);
    const same = row('same');
    const current = row('identity') ?? row('former');
    return {
      same: same && { id: same.id, version: same.version, url: same.url, outlet: same.outlet, published: same.published, superseded_by: same.superseded_by },
      current: current && { id: current.id, version: current.version, encoding: current.encoding },
    };
  };

  const childRows = (doc: ProcessedDocument) => {
    const stories = doc.stories.map((story, idx) => {
      const { document_id: _d, ...row } = storyValues(0, idx, story);
      return row;
    });
    const events: unknown[] = [];
    const claims: unknown[] = [];
    const mentions: unknown[] = [];
    for (const [s, story] of doc.stories.entries()) {
      const ex = story.extraction;
      if (!ex) continue;
      for (const e of ex.events) {
        const { document_id: _d, story_id: _s, ...row } = eventValues(0, 0, e);
        events.push({ n: events.length, s, ...row });
      }
      for (const c of ex.claims) {
        const { document_id: _d, story_id: _s, ...row } = claimValues(0, 0, c);
        claims.push({ n: claims.length, s, ...row });
      }
      for (const m of mentionValues(0, 0, story)) {
        const { document_id: _d, story_id: _s, ...row } = m;
        mentions.push({ n: mentions.length, s, ...row });
      }
    }
    return [JSON.stringify(stories), JSON.stringify(events), JSON.stringify(claims), JSON.stringify(mentions)];
  };

  return {
    async insertDocument(doc, now) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        let children: string[] | null = null;
        for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
          const { same, current } = await lookup(client, doc);
          const unchanged = unchangedBySame(doc, same);
          if (unchanged !== null) return { status: 'unchanged', documentId: unchanged };
          const plan = planNew(doc, same, current, now);
          if (plan.status === 'unchanged') return plan;
          if (plan.retire !== null) return null;
          const r = plan.row;
          children ??= childRows(doc);
          const inserted = await client.query<{ id: number }>(INSERT, [
            r.source, r.identity, r.url, r.outlet, r.published, r.title, r.language, r.format, r.encoding, r.content_hash, r.version, r.text, r.ingested_at,
            plan.supersedes, ...children,
          ]);
          if (inserted.rows.length) return { status: 'new', documentId: inserted.rows[0].id, version: plan.version, supersedes: plan.supersedes };
          // Another writer stored the same content meanwhile: the next lookup finds it.
        }
        throw new Error(`the document with content ${doc.contentHash.slice(0, 12)}… could not be stored: its content kept conflicting with another writer's`);
      } catch (err) {
        broken = err as Error;
        throw err;
      } finally {
        client.release(broken !== undefined && lost(broken) ? broken : undefined);
      }
    },
  };
}
