// SQLite's own SQL: FTS5 search (accents folded by the unicode61 tokenizer), NULL ordering, JSON functions.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Tables } from '../../schema.js';
import type { SearchHit } from '../dialect.js';
import { windowedSearch } from '../search-window.js';

/** Words as a safe FTS5 query: each quoted (operators in the input mean nothing), all required, the last a prefix. */
export function fts5Query(words: readonly string[]): string {
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

const SNIPPET_MARK = /\u0002([^\u0003]*)\u0003/g;

/** FTS5 snippet with \u0002…\u0003 around hits → [{ text, hit }] pieces. */
export function snippetPieces(snippet: string): Array<{ text: string; hit: boolean }> {
  const out: Array<{ text: string; hit: boolean }> = [];
  let last = 0;
  for (const m of snippet.matchAll(SNIPPET_MARK)) {
    if (m.index! > last) out.push({ text: snippet.slice(last, m.index), hit: false });
    out.push({ text: m[1], hit: true });
    last = m.index! + m[0].length;
  }
  if (last < snippet.length) out.push({ text: snippet.slice(last), hit: false });
  return out;
}

export const sqliteSql = {
  storyIdsMatching: (words: readonly string[], limit: number) =>
    sql`SELECT rowid FROM stories_fts WHERE stories_fts MATCH ${fts5Query(words)} ORDER BY rowid DESC LIMIT ${limit}`,

  searchStories(db: Kysely<Tables>, words: readonly string[], limit: number, offset: number) {
    const match = fts5Query(words);
    type Row = Omit<SearchHit, 'snippet'> & { snippet: string };
    const hits = (where: RawBuilder<unknown>, orderBy: RawBuilder<unknown>, limit: number, offset: number) =>
      sql<Row>`
        SELECT s.id, s.document_id, s.title, s.language, s.relevant,
          snippet(stories_fts, 1, char(2), char(3), '…', 24) AS snippet
        FROM stories_fts JOIN stories s ON s.id = stories_fts.rowid
        WHERE stories_fts MATCH ${match} AND ${where} ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset}`
        .execute(db)
        .then((r) => r.rows.map((x) => ({ ...x, snippet: snippetPieces(x.snippet) })));
    return windowedSearch<SearchHit>(
      {
        count: async (cap) =>
          (await sql<{ n: number }>`SELECT COUNT(*) AS n FROM (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ${match} LIMIT ${cap + 1})`.execute(db)).rows[0].n,
        // FTS5 walks a term's doclist in rowid order either way: the newest matches come first without a sort.
        windowStart: async (window) =>
          (await sql<{ id: number | null }>`SELECT MIN(id) AS id FROM (SELECT rowid AS id FROM stories_fts WHERE stories_fts MATCH ${match} ORDER BY rowid DESC LIMIT ${window})`.execute(db)).rows[0].id,
        // bm25() is what rank means here (no rank configured), but ORDER BY rank takes FTS5's own sorted path, which
        // ranks every match and only then applies the rowid bound: 200 ms for a common word at 40,000 stories.
        ranked: (fromId, limit, offset) => hits(sql`stories_fts.rowid >= ${fromId}`, sql`bm25(stories_fts)`, limit, offset),
        older: (belowId, limit, offset) => hits(sql`stories_fts.rowid < ${belowId}`, sql`stories_fts.rowid DESC`, limit, offset),
      },
      limit,
      offset,
    );
  },

  // SQLite sorts NULL lowest: a descending order puts unknown values last by itself and can walk an index.
  descNullsLast: (column: string) => sql`${sql.ref(column)} DESC`,
  claimCount: () => sql<number>`json_array_length(data, '$.claims')`,
  // SQLite's LIKE ignores ASCII case already.
  like: (column: string, pattern: string) => sql<boolean>`${sql.ref(column)} LIKE ${pattern} ESCAPE '\\'`,
  insertionOrder: 'rowid',
};
