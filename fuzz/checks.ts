// Checks on a database after ingest, shared by the fuzzer and the tests: every span quotes its story.
import type Database from 'better-sqlite3';

interface Span {
  start: number;
  end: number;
  text: string;
}

/** Every evidence span of the stories of documents after `afterId`, checked against the story text. */
export function evidenceMismatches(db: Database.Database, afterId: number): string[] {
  const out: string[] = [];
  const check = (what: string, text: string, s: Span | null | undefined) => {
    if (!s) return;
    if (text.slice(s.start, s.end) !== s.text) out.push(`${what}: [${s.start}, ${s.end}) is ${JSON.stringify(text.slice(s.start, s.end).slice(0, 40))}, not ${JSON.stringify(String(s.text).slice(0, 40))}`);
  };
  const stories = db.prepare('SELECT id, document_id, text FROM stories WHERE document_id > ?').all(afterId) as Array<{ id: number; document_id: number; text: string }>;
  const events = db.prepare('SELECT id, data FROM events WHERE story_id = ?');
  const claims = db.prepare('SELECT id, data FROM claims WHERE story_id = ?');
  const mentions = db.prepare('SELECT id, span_start AS start, span_end AS end, surface AS text FROM entity_mentions WHERE story_id = ?');
  for (const story of stories) {
    for (const e of events.all(story.id) as Array<{ id: number; data: string }>) {
      const data = JSON.parse(e.data) as { evidence?: Span[]; place_mention?: Span | null };
      for (const ev of data.evidence ?? []) check(`event ${e.id} evidence`, story.text, ev);
      check(`event ${e.id} place`, story.text, data.place_mention);
    }
    for (const c of claims.all(story.id) as Array<{ id: number; data: string }>) {
      for (const ev of (JSON.parse(c.data) as { evidence?: Span[] }).evidence ?? []) check(`claim ${c.id} evidence`, story.text, ev);
    }
    for (const m of mentions.all(story.id) as Array<Span & { id: number }>) check(`entity mention ${m.id}`, story.text, m);
  }
  return out;
}

