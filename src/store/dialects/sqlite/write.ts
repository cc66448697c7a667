// The SQLite dialect's document writer: a batch of processed documents stored synchronously through prepared
// statements in one BEGIN IMMEDIATE transaction, each document in its own savepoint. better-sqlite3 is synchronous:
// going through Kysely's async path costs a query compilation and a promise per row, about 3x the time of the whole
// write per document; here a document is a handful of prepared-statement runs with no await between them.
import type Database from 'better-sqlite3';
import type { ProcessedDocument } from '../../../pipeline/types.js';
import {
  claimValues,
  eventValues,
  mentionValues,
  planNew,
  storyValues,
  unchangedBySame,
  type BatchInsertOutcome,
  type CurrentVersion,
  type InsertOutcome,
  type StoredMeta,
} from '../../records.js';
import type { DocumentWriter } from '../dialect.js';

export function sqliteDocumentWriter(db: Database.Database): DocumentWriter {
  // Prepared on first use: a read-only connection never writes, and preparing an INSERT there is still allowed but useless.
  let stmts: ReturnType<typeof prepare> | null = null;
  const s = () => (stmts ??= prepare(db));

  const insertOne = (doc: ProcessedDocument, now: Date): InsertOutcome => {
    const st = s();
    const same = st.byHash.get(doc.contentHash);
    const unchanged = unchangedBySame(doc, same);
    if (unchanged !== null) return { status: 'unchanged', documentId: unchanged };
    // A database written before file identities were absolute URIs holds the path as it was given then.
    const current = st.latestByIdentity.get(doc.identity) ?? (doc.formerIdentity ? st.latestByIdentity.get(doc.formerIdentity) : undefined);
    const plan = planNew(doc, same, current, now);
    if (plan.status === 'unchanged') return plan;
    if (plan.retire !== null) st.retireHash.run(plan.retire);
    const documentId = Number(st.insertDoc.run(plan.row).lastInsertRowid);
    if (plan.supersedes !== null) st.supersede.run(documentId, plan.supersedes);
    doc.stories.forEach((story, idx) => {
      const storyId = Number(st.insertStory.run(storyValues(documentId, idx, story)).lastInsertRowid);
      const ex = story.extraction;
      if (!ex) return;
      for (const e of ex.events) st.insertEvent.run(eventValues(documentId, storyId, e));
      for (const c of ex.claims) st.insertClaim.run(claimValues(documentId, storyId, c));
      for (const m of mentionValues(documentId, storyId, story)) st.insertMention.run(m);
    });
    return { status: 'new', documentId, version: plan.version, supersedes: plan.supersedes };
  };

  // Inside the batch's transaction, better-sqlite3 makes this a SAVEPOINT, rolled back alone when it throws.
  const one = db.transaction(insertOne);
  const batch = db.transaction((docs: readonly ProcessedDocument[], now: Date): BatchInsertOutcome[] =>
    docs.map((doc) => {
      try {
        return { ok: true, outcome: one(doc, now) };
      } catch (err) {
        return { ok: false, reason: (err as Error).message };
      }
    }),
  );

  return {
    storedByHash: (hash) => s().byHash.get(hash),
    insertDocument: (doc, now) => one.immediate(doc, now),
    insertDocuments(docs, now) {
      try {
        // IMMEDIATE: take the write lock up front, so concurrent writers queue (busy timeout) instead of failing.
        return batch.immediate(docs, now);
      } catch (err) {
        // The commit itself failed: nothing of the batch is stored.
        return docs.map(() => ({ ok: false, reason: (err as Error).message }));
      }
    },
  };
}

function prepare(db: Database.Database) {
  return {
    byHash: db.prepare<[string], StoredMeta>(
      `SELECT id, version, url, outlet, published, superseded_by FROM documents WHERE content_hash = ?
       ORDER BY superseded_by IS NULL DESC, id DESC LIMIT 1`,
    ),
    latestByIdentity: db.prepare<[string], CurrentVersion>(
      'SELECT id, version, encoding FROM documents WHERE identity = ? AND superseded_by IS NULL ORDER BY version DESC LIMIT 1',
    ),
    insertDoc: db.prepare(
      `INSERT INTO documents (source, identity, url, outlet, published, title, language, format, encoding, content_hash, version, text, ingested_at)
       VALUES (@source, @identity, @url, @outlet, @published, @title, @language, @format, @encoding, @content_hash, @version, @text, @ingested_at)`,
    ),
    supersede: db.prepare('UPDATE documents SET superseded_by = ? WHERE id = ?'),
    retireHash: db.prepare("UPDATE documents SET content_hash = content_hash || '#replaced-' || id WHERE id = ?"),
    insertStory: db.prepare(
      `INSERT INTO stories (document_id, idx, title, text, language, relevance, relevant, terms)
       VALUES (@document_id, @idx, @title, @text, @language, @relevance, @relevant, @terms)`,
    ),
    insertEvent: db.prepare(
      `INSERT INTO events (document_id, story_id, type, date, date_precision, killed, injured, commune_insee, departement, region, country, data)
       VALUES (@document_id, @story_id, @type, @date, @date_precision, @killed, @injured, @commune_insee, @departement, @region, @country, @data)`,
    ),
    insertClaim: db.prepare(
      `INSERT INTO claims (document_id, story_id, value, unit, measure, period, data)
       VALUES (@document_id, @story_id, @value, @unit, @measure, @period, @data)`,
    ),
    insertMention: db.prepare(
      `INSERT INTO entity_mentions (document_id, story_id, name, type, title, span_start, span_end, surface)
       VALUES (@document_id, @story_id, @name, @type, @title, @span_start, @span_end, @surface)`,
    ),
  };
}
