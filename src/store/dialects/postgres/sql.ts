// PostgreSQL's own SQL: tsvector search (simple configuration over unaccented text: the words FTS5 would match),
// NULLS LAST ordering, JSON functions. Snippets are cut in JavaScript around the same words.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Tables } from '../../schema.js';
import type { SearchHit } from '../dialect.js';
import { windowedSearch } from '../search-window.js';

/** Words as a tsquery: all required, the last a prefix (search as you type). Words are letters and digits only. */
export function tsQuery(words: readonly string[]): string {
  return words.map((w, i) => `${w}${i === words.length - 1 ? ':*' : ''}`).join(' & ');
}

const matching = (words: readonly string[]) => sql`fts @@ to_tsquery('simple'::regconfig, vigie_unaccent(${tsQuery(words)}))`;

const TOKEN = /[\p{L}\p{N}]+/gu;
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** Words of context a snippet shows, as FTS5's snippet(…, 24). */
const SNIPPET_TOKENS = 24;

/** A snippet of `text` around the first hit of the words, as pieces flagged hit/not-hit ("…" where text is cut). */
export function snippetOf(text: string, words: readonly string[]): Array<{ text: string; hit: boolean }> {
  const folded = words.map(fold);
  const isHit = (token: string) => {
    const t = fold(token);
    return folded.some((w, i) => (i === folded.length - 1 ? t.startsWith(w) : t === w));
  };
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, hit: isHit(m[0]) }));
  if (!tokens.length) return [{ text, hit: false }];
  const first = Math.max(0, tokens.findIndex((t) => t.hit));
  const from = Math.max(0, Math.min(first - 4, tokens.length - SNIPPET_TOKENS));
  const to = Math.min(tokens.length, from + SNIPPET_TOKENS);
  const out: Array<{ text: string; hit: boolean }> = [];
  const push = (piece: string, hit: boolean) => {
    if (!piece) return;
    const last = out[out.length - 1];
    if (last && last.hit === hit && !hit) last.text += piece;
    else out.push({ text: piece, hit });
  };
  let at = from === 0 ? 0 : tokens[from].start;
  if (from > 0) push('…', false);
  for (let i = from; i < to; i++) {
    push(text.slice(at, tokens[i].start), false);
    push(text.slice(tokens[i].start, tokens[i].end), tokens[i].hit);
    at = tokens[i].end;
  }
  push(to === tokens.length ? text.slice(at) : '…', false);
  return out;
}

export const postgresSql = {
  storyIdsMatching: (words: readonly string[], limit: number) => sql`SELECT id FROM stories WHERE ${matching(words)} ORDER BY id DESC LIMIT ${limit}`,

  searchStories(db: Kysely<Tables>, words: readonly string[], limit: number, offset: number) {
    type Row = Omit<SearchHit, 'snippet'> & { text: string };
    const hits = (where: RawBuilder<unknown>, orderBy: RawBuilder<unknown>, limit: number, offset: number) =>
      sql<Row>`
        SELECT id, document_id, title, language, relevant, text FROM stories
        WHERE ${matching(words)} AND ${where} ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset}`
        .execute(db)
        .then((r) => r.rows.map(({ text, ...x }) => ({ ...x, snippet: snippetOf(text, words) })));
    return windowedSearch<SearchHit>(
      {
        count: async (cap) => Number((await sql<{ n: number }>`SELECT COUNT(*) AS n FROM (SELECT 1 FROM stories WHERE ${matching(words)} LIMIT ${cap + 1}) capped`.execute(db)).rows[0].n),
        windowStart: async (window) => {
          const id = (await sql<{ id: string | number | null }>`SELECT MIN(id) AS id FROM (SELECT id FROM stories WHERE ${matching(words)} ORDER BY id DESC LIMIT ${window}) w`.execute(db)).rows[0].id;
          return id === null ? null : Number(id);
        },
        ranked: (fromId, limit, offset) =>
          hits(sql`id >= ${fromId}`, sql`ts_rank(fts, to_tsquery('simple'::regconfig, vigie_unaccent(${tsQuery(words)}))) DESC, id`, limit, offset),
        older: (belowId, limit, offset) => hits(sql`id < ${belowId}`, sql`id DESC`, limit, offset),
      },
      limit,
      offset,
    );
  },

  descNullsLast: (column: string) => sql`${sql.ref(column)} DESC NULLS LAST`,
  claimCount: () => sql<number>`json_array_length((data::json)->'claims')`,
  // PostgreSQL's LIKE is case-sensitive; SQLite's ignores ASCII case: ILIKE answers as SQLite does.
  like: (column: string, pattern: string) => sql<boolean>`${sql.ref(column)} ILIKE ${pattern} ESCAPE '\\'`,
  insertionOrder: 'seq',
};
