// Keyset pages ("cursors") for the API's lists: a page's `next` names the place of its last row in the list's order,
// and the page after it is read from there on, so a deep page costs what the first does (OFFSET reads and skips every
// row before it). One codec and one "rows after" builder serve every list: incidents (one key set per sort),
// documents, entities and figures.
import { sql, type RawBuilder } from 'kysely';
import { VigieError } from '../core/errors.js';

export type KeyValue = string | number | null;

/** One key of a list's order. `expr` when the key is computed (a status's rank, a count); else the column itself. */
export interface Key {
  column: string;
  desc: boolean;
  kind: 'text' | 'int';
  /** Unknown values sort last in either direction, on either dialect (the list's ORDER BY says so). */
  nullable?: boolean;
  expr?: RawBuilder<unknown>;
}

/**
 * A list's order: its name (an incident list's sort, "documents", …) and its keys, ending with one that is unique
 * (the id), so the order is total and a cursor names one place in it.
 */
export interface Keyset {
  name: string;
  keys: readonly Key[];
}

const CURSOR_VERSION = 1;
/** Longest cursor taken: a real one is well under 200 characters. */
export const MAX_CURSOR_CHARS = 600;
const CURSOR_TEXT = /^[A-Za-z0-9_-]+$/;
/** A stored date, id or name used as a key: some room, nothing more. */
const MAX_KEY_TEXT = 300;
/** PostgreSQL's INTEGER: a larger number bound to one of those columns is an error, not a place in the list. */
const MAX_INT4 = 2_147_483_647;

/** The cursor after `row`: base64url of the list's name and the row's values of its keys. Opaque to clients. */
export function encodeKeyset(ks: Keyset, row: object): string {
  const values = ks.keys.map((k) => (row as Record<string, unknown>)[k.column] ?? null);
  return Buffer.from(JSON.stringify({ v: CURSOR_VERSION, sort: ks.name, key: values }), 'utf8').toString('base64url');
}

/**
 * The key values a client's cursor holds, checked against what the keys can be (the text is untrusted: anything else
 * is a 400, never a database error). `siblings`: the other orders of the same list (an incident list's sorts), for
 * which a cursor made for one of them is refused by name.
 */
export function decodeKeyset(text: string, ks: Keyset, siblings: readonly string[] = []): KeyValue[] {
  const bad = (why: string) => new VigieError('bad_input', `query parameter "cursor" ${why}: pass the "next" of a previous page as it came`);
  if (text.length > MAX_CURSOR_CHARS || !CURSOR_TEXT.test(text)) throw bad('is not a cursor this list gave');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw bad('is not a cursor this list gave');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw bad('is not a cursor this list gave');
  const c = parsed as { v?: unknown; sort?: unknown; key?: unknown };
  if (c.v !== CURSOR_VERSION || typeof c.sort !== 'string' || !Array.isArray(c.key)) throw bad('is not a cursor this list gave');
  if (c.sort !== ks.name) {
    throw siblings.includes(c.sort)
      ? new VigieError(
          'bad_input',
          `query parameter "cursor" was made for sort=${c.sort}, not sort=${ks.name}: ask with the sort of the page it came from, or start again without a cursor`,
        )
      : bad('is not a cursor this list gave');
  }
  const values = c.key as unknown[];
  if (values.length !== ks.keys.length) throw bad('is not a cursor this list gave');
  return ks.keys.map((k, i) => {
    const v = values[i];
    if (v === null && k.nullable) return null;
    if (k.kind === 'text') {
      if (typeof v === 'string' && v.length > 0 && v.length <= MAX_KEY_TEXT) return v;
    } else if (typeof v === 'number' && Number.isSafeInteger(v) && Math.abs(v) <= MAX_INT4) return v;
    throw bad('is not a cursor this list gave');
  });
}

/**
 * The rows after a cursor's place, as disjoint conditions in list order: for each key from the last to the first,
 * the rows equal on the keys before it and past it, then (a nullable key) those with no value there, which sort
 * last. Nothing comes after an unknown value on its own key. "-date" after (d, i): date = d AND id < i, then
 * date < d, then date IS NULL. Each is a range of the list's index where there is one.
 */
export function afterKeyset(ks: Keyset, values: readonly KeyValue[]): Array<RawBuilder<unknown>> {
  const ref = (k: Key) => k.expr ?? sql.ref(k.column);
  const equal = (k: Key, v: KeyValue) => (v === null ? sql`${ref(k)} IS NULL` : sql`${ref(k)} = ${v}`);
  const out: Array<RawBuilder<unknown>> = [];
  for (let i = ks.keys.length - 1; i >= 0; i--) {
    const k = ks.keys[i]!;
    const v = values[i];
    if (v === null || v === undefined) continue;
    const prefix = ks.keys.slice(0, i).map((p, j) => equal(p, values[j]!));
    out.push(sql.join([...prefix, k.desc ? sql`${ref(k)} < ${v}` : sql`${ref(k)} > ${v}`], sql` AND `));
    if (k.nullable) out.push(sql.join([...prefix, sql`${ref(k)} IS NULL`], sql` AND `));
  }
  return out;
}

/** One condition for "after the cursor" (the disjoint ranges OR-ed), or none when nothing comes after it. */
export function afterCondition(ks: Keyset, values: readonly KeyValue[]): RawBuilder<unknown> | null {
  const ranges = afterKeyset(ks, values);
  return ranges.length ? sql`(${sql.join(ranges.map((r) => sql`(${r})`), sql` OR `)})` : null;
}

/** A page of `limit` rows from `rows` (read with one more) and the cursor of the page after it, null on the last. */
export function pageOf<T extends object>(ks: Keyset, rows: T[], limit: number): { items: T[]; next: string | null } {
  const items = rows.slice(0, limit);
  return { items, next: rows.length > limit ? encodeKeyset(ks, items[items.length - 1]!) : null };
}
