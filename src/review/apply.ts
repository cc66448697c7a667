// Applies people's corrections on top of the machine's output. Reconciliation writes the machine's incidents, claim
// groups and entities; this then rewrites the ones people corrected, so every reader (API, exports, stats, map) sees
// the final values while each incident keeps the machine's own (review.machine). It runs after every reconciliation
// and after every review action, and is idempotent: applied twice, it changes nothing the second time.
//
// Order: first what changes which events form an incident (merges, reports moved out), in the order people made
// them; then confirmations, rejections and field edits, in order, on the incidents those produced.
import type { ResolvedPlace, Victim } from '../core/types.js';
import { eventRecord } from '../pipeline/reconcile-store.js';
import { incidentFromEvents } from '../reconcile/incidents.js';
import { REVIEWED_STATUSES, type ClaimGroup, type Entity, type Incident, type IncidentReview, type MachineFields, type ReviewField } from '../reconcile/types.js';
import type { Store } from '../store/store.js';
import { bestClaim, claimsOfDocuments, currentStoryText, resolveEvent, resolveIncident } from './anchors.js';
import { loadCorrections, setStates } from './corrections.js';
import type { EntityAnchor, EventAnchor, StoredCorrection } from './types.js';

export interface ApplySummary {
  applied: number;
  orphaned: number;
  /** Incidents rewritten. */
  incidents: number;
}

const STRUCTURAL = new Set(['merge', 'move_out']);
const ON_INCIDENT = new Set(['confirm', 'reject', 'edit']);

export function machineOf(i: Incident): MachineFields {
  return structuredClone({
    type: i.type,
    date: i.date,
    date_precision: i.date_precision,
    place: i.place,
    killed: i.killed,
    injured: i.injured,
    victims: i.victims,
    actors: i.actors,
  });
}

/** The incident with the machine's values back and no review. */
export function restoreMachine(i: Incident): Incident {
  if (!i.review) return i;
  const { review, ...rest } = i;
  return { ...rest, ...structuredClone(review.machine) };
}

/** Precision of an ISO date as written: "2024" year, "2024-05" month, "2024-05-14" day, null unknown. */
export function precisionOf(date: string | null): Incident['date_precision'] {
  if (date === null) return 'unknown';
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The value a field of an incident has, as an edit gives it. */
export function fieldValue(i: Incident, field: ReviewField): unknown {
  switch (field) {
    case 'ages':
      return i.victims.map((v) => v.age).filter((a): a is number => a !== null);
    default:
      return structuredClone(i[field]);
  }
}

function setField(i: Incident, field: ReviewField, after: unknown): void {
  switch (field) {
    case 'type':
      i.type = after as Incident['type'];
      return;
    case 'date':
      i.date = after as string | null;
      i.date_precision = precisionOf(i.date);
      return;
    case 'place':
      i.place = after as ResolvedPlace | null;
      return;
    case 'killed':
    case 'injured':
      i[field] = after as number | null;
      return;
    case 'ages': {
      // The ages are the people's: the victims the machine read an age for take them in order, keeping the roles read
      // for them; an age more is a victim of its own. Victims the sources give no age for are not in the list a person
      // edits (fieldValue), so they stay as they are, neither dropped nor handed an age or role of another.
      const ages = after as number[];
      const aged = i.victims.filter((v) => v.age !== null);
      const ageless = i.victims.filter((v) => v.age === null);
      const victims: Victim[] = ages.map((age, k) => ({ age, minor: age < 18, role: aged[k]?.role ?? null }));
      i.victims = [...victims, ...ageless];
      return;
    }
    case 'actors':
      i.actors = [...(after as string[])];
      return;
  }
}

async function loadEvents(store: Store, ids: readonly number[]) {
  return (await store.eventsByIds(ids)).map(eventRecord);
}

async function applyStructural(store: Store, c: StoredCorrection, touched: Set<string>, movedOut: readonly EventAnchor[]): Promise<boolean> {
  if (c.action === 'merge') {
    const a = await resolveIncident(store, c.target.incident, movedOut);
    const b = await resolveIncident(store, c.target.other, movedOut);
    if (!a || !b) return false;
    if (a.id === b.id) return true;
    const members = await store.incidentMembers([a.id, b.id]);
    const ids = [...(members.get(a.id) ?? []), ...(members.get(b.id) ?? [])];
    const merged = incidentFromEvents(await loadEvents(store, ids));
    await store.applyIncidentChanges({ remove: [a.id, b.id], upsert: [merged], file: [], unfile: [] });
    touched.add(merged.id);
    return true;
  }
  if (c.action === 'move_out') {
    const ev = await resolveEvent(store, c.target.event);
    if (!ev || ev.incident === null) return false;
    const members = (await store.incidentMembers([ev.incident])).get(ev.incident) ?? [];
    if (members.length <= 1) return true;
    const rest = members.filter((m) => m !== ev.id);
    const alone = incidentFromEvents(await loadEvents(store, [ev.id]));
    const remainder = incidentFromEvents(await loadEvents(store, rest));
    await store.applyIncidentChanges({ remove: [ev.incident], upsert: [remainder, alone], file: [], unfile: [] });
    touched.add(alone.id).add(remainder.id);
    return true;
  }
  return false;
}

async function evidenceChanged(store: Store, c: StoredCorrection): Promise<boolean> {
  if (c.action !== 'edit' || !c.payload.evidence) return false;
  const e = c.payload.evidence;
  const text = await currentStoryText(store, e.doc, e.story);
  return text === null || text.slice(e.start, e.end) !== e.text;
}

function statusOf(review: IncidentReview, decided: 'confirmed' | 'rejected' | null): IncidentReview['status'] {
  if (decided === 'rejected') return 'rejected';
  if (review.changed.length > 0) return 'corrected';
  return 'confirmed';
}

/** Applies every active correction; call inside a write transaction (reconcileStore does, and review actions do). */
export async function applyCorrections(store: Store): Promise<ApplySummary> {
  const corrections = (await loadCorrections(store)).filter((c) => c.undone_at === null);
  const states = new Map<number, 'applied' | 'orphaned'>();
  const touched = new Set<string>();
  // Reports people moved out: a correction made on the whole before stays with the rest (resolveIncident).
  const movedOut = corrections.flatMap((c) => (c.action === 'move_out' ? [c.target.event] : []));

  for (const c of corrections) {
    if (STRUCTURAL.has(c.action)) states.set(c.id, (await applyStructural(store, c, touched, movedOut)) ? 'applied' : 'orphaned');
  }

  // Every incident reviewed before starts again from the machine's values; the corrections that still designate it
  // are applied again below. An undone edit so disappears, and one that now designates another incident moves.
  const work = new Map<string, Incident>();
  const before = new Map<string, string>();
  const reviewed = await store.db.selectFrom('incidents').select(['id', 'data']).where('review_status', 'in', REVIEWED_STATUSES).execute();
  for (const r of reviewed) {
    before.set(r.id, r.data);
    work.set(r.id, restoreMachine(JSON.parse(r.data) as Incident));
  }
  const decided = new Map<string, 'confirmed' | 'rejected'>();
  for (const c of corrections) {
    if (!ON_INCIDENT.has(c.action) || !('incident' in c.target)) continue;
    const res = await resolveIncident(store, c.target.incident, movedOut);
    if (!res) {
      states.set(c.id, 'orphaned');
      continue;
    }
    states.set(c.id, 'applied');
    let inc = work.get(res.id);
    if (!inc) {
      const data = (await store.incidentData([res.id])).get(res.id) as string;
      before.set(res.id, data);
      inc = restoreMachine(JSON.parse(data) as Incident);
      work.set(res.id, inc);
    }
    inc.review ??= { status: 'unreviewed', reviewed_by: null, reviewed_at: null, corrections: [], changed: [], flags: [], machine: machineOf(inc) };
    const review = inc.review;
    review.corrections.push(c.id);
    review.reviewed_by = c.user;
    review.reviewed_at = c.created_at;
    if (!res.exact) addFlag(review, `the reports correction ${c.id} was made on have changed since`);
    if (c.action === 'edit') {
      setField(inc, c.payload.field, c.payload.after);
      if (!review.changed.includes(c.payload.field)) review.changed.push(c.payload.field);
      if (await evidenceChanged(store, c)) addFlag(review, `the words correction ${c.id} relied on have changed in the source`);
    } else {
      decided.set(res.id, c.action === 'confirm' ? 'confirmed' : 'rejected');
    }
    review.status = statusOf(review, decided.get(res.id) ?? null);
  }
  const upsert = [...work.values()].filter((i) => JSON.stringify(i) !== before.get(i.id));
  if (upsert.length) await store.applyIncidentChanges({ remove: upsert.map((i) => i.id), upsert, file: [], unfile: [] });
  for (const i of upsert) touched.add(i.id);

  await applyFigureCorrections(store, corrections, states);
  await applyEntityCorrections(store, corrections, states);
  await setStates(store, states);
  const orphaned = [...states.values()].filter((s) => s === 'orphaned').length;
  return { applied: states.size - orphaned, orphaned, incidents: touched.size };
}

function addFlag(review: IncidentReview, flag: string): void {
  if (!review.flags.includes(flag)) review.flags.push(flag);
}

async function applyFigureCorrections(store: Store, corrections: StoredCorrection[], states: Map<number, 'applied' | 'orphaned'>): Promise<void> {
  const wanted = corrections.filter((c) => c.action === 'figure_grouping_wrong');
  if (!wanted.length) return;
  const groups = await store.derived<ClaimGroup>('claim_groups');
  const byClaim = new Map<string, ClaimGroup>();
  for (const g of groups) for (const c of g.claims) byClaim.set(c, g);
  for (const c of wanted) {
    if (c.action !== 'figure_grouping_wrong') continue;
    const claims = await claimsOfDocuments(store, c.target.claims.map((a) => a.doc));
    const hit = new Set<ClaimGroup>();
    for (const a of c.target.claims) {
      const m = bestClaim(a, claims);
      const g = m ? byClaim.get(`c${m.id}`) : undefined;
      if (g) hit.add(g);
    }
    states.set(c.id, hit.size ? 'applied' : 'orphaned');
    for (const g of hit) {
      if (g.claims.length <= 1) continue;
      // The grouping is wrong: each figure stands alone, as the machine would have left an unmatched one.
      const singles: ClaimGroup[] = g.values.map((v) => ({ ...g, id: `cg:${v.claim}`, claims: [v.claim], status: 'single', values: [v] }));
      // The singles stay in the group's bucket: a merge that regroups another bucket leaves them be.
      const bucket = (await store.db.selectFrom('claim_groups').select('bucket').where('id', '=', g.id).executeTakeFirst())?.bucket ?? null;
      await store.db.deleteFrom('claim_groups').where('id', '=', g.id).execute();
      await store.db
        .insertInto('claim_groups')
        .values(singles.map((s) => ({ id: s.id, status: s.status, measure: s.measure, period: s.period, data: JSON.stringify(s), bucket })))
        .onConflict((oc) => oc.doNothing())
        .execute();
      for (const s of singles) for (const k of s.claims) byClaim.set(k, s);
    }
  }
}

async function findEntity(store: Store, a: EntityAnchor): Promise<Entity | null> {
  const byName = await store.db.selectFrom('entities').select('data').where('name', '=', a.name).where('type', '=', a.type).executeTakeFirst();
  if (byName) return JSON.parse(byName.data) as Entity;
  // Renamed or merged since: an entity that has the name among its aliases.
  const rows = await store.db.selectFrom('entities').select('data').where('type', '=', a.type).execute();
  for (const r of rows) {
    const e = JSON.parse(r.data) as Entity;
    if (e.aliases.includes(a.name)) return e;
  }
  return null;
}

async function writeEntity(store: Store, e: Entity): Promise<void> {
  await store.db.deleteFrom('entities').where('id', '=', e.id).execute();
  await store.db.insertInto('entities').values({ id: e.id, name: e.name, type: e.type, mentions: e.mentions.length, data: JSON.stringify(e) }).execute();
}

async function surfaceOf(store: Store, m: Entity['mentions'][number]): Promise<string | null> {
  const row = await store.db
    .selectFrom('entity_mentions')
    .select('surface')
    .where('document_id', '=', Number(m.document.replace(/^d/, '')))
    .where('span_start', '=', m.start)
    .where('span_end', '=', m.end)
    .executeTakeFirst();
  return row?.surface ?? null;
}

async function applyEntityCorrections(store: Store, corrections: StoredCorrection[], states: Map<number, 'applied' | 'orphaned'>): Promise<void> {
  for (const c of corrections) {
    if (c.action === 'entity_rename') {
      const e = await findEntity(store, c.target.entity);
      states.set(c.id, e ? 'applied' : 'orphaned');
      if (!e || e.name === c.payload.after) continue;
      if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
      e.name = c.payload.after;
      await writeEntity(store, e);
    } else if (c.action === 'entity_merge') {
      const from = await findEntity(store, c.target.entity);
      const into = await findEntity(store, c.target.into);
      states.set(c.id, from && into ? 'applied' : 'orphaned');
      if (!from || !into || from.id === into.id) continue;
      into.aliases = [...new Set([...into.aliases, from.name, ...from.aliases])];
      into.mentions = [...into.mentions, ...from.mentions];
      into.titles = [...new Set([...(into.titles ?? []), ...(from.titles ?? [])])];
      await store.db.deleteFrom('entities').where('id', '=', from.id).execute();
      await writeEntity(store, into);
    } else if (c.action === 'entity_split') {
      const e = await findEntity(store, c.target.entity);
      if (!e) {
        states.set(c.id, 'orphaned');
        continue;
      }
      states.set(c.id, 'applied');
      const out: Entity['mentions'] = [];
      const keep: Entity['mentions'] = [];
      for (const m of e.mentions) ((await surfaceOf(store, m)) === c.payload.alias ? out : keep).push(m);
      if (!out.length || !keep.length) continue;
      const id = `${e.id}~split-${c.id}`;
      await store.db.deleteFrom('entities').where('id', '=', id).execute();
      const split: Entity = { id, name: c.payload.alias, type: e.type, aliases: [c.payload.alias], titles: [], mentions: out };
      e.mentions = keep;
      e.aliases = e.aliases.filter((a) => a !== c.payload.alias);
      await writeEntity(store, e);
      await writeEntity(store, split);
    }
  }
}
