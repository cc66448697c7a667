// Anchors: how a correction finds again what it is about after reconciliation rebuilt incidents (new ids), an article
// was re-ingested or came in a new version (new event rows). An event is known by its document's identity (shared by
// every version), its story, its type and the words of its evidence; an incident by the events it held.
import type { ExtractedClaim, ExtractedEvent } from '../core/types.js';
import type { Store } from '../store/store.js';
import type { ClaimAnchor, EventAnchor, IncidentAnchor } from './types.js';

/** A current event with what anchors it and the incident it is in. */
export interface AnchoredEvent {
  id: number;
  anchor: EventAnchor;
  incident: string | null;
}

const IN_CHUNK = 500;

function chunks<T>(xs: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += IN_CHUNK) out.push(xs.slice(i, i + IN_CHUNK));
  return out;
}

function eventAnchorOf(data: string, identity: string, story: number): EventAnchor {
  const e = JSON.parse(data) as ExtractedEvent;
  return { doc: identity, story, type: e.type, quote: e.evidence[0]?.text ?? '' };
}

/** Current events (of current documents) of these documents, by identity. */
export async function eventsOfDocuments(store: Store, identities: readonly string[]): Promise<AnchoredEvent[]> {
  const out: AnchoredEvent[] = [];
  for (const part of chunks([...new Set(identities)])) {
    const rows = await store.db
      .selectFrom('events as e')
      .innerJoin('documents as d', 'd.id', 'e.document_id')
      .innerJoin('stories as s', 's.id', 'e.story_id')
      .leftJoin('incident_events as ie', 'ie.event_id', 'e.id')
      .select(['e.id', 'e.data', 'd.identity', 's.idx', 'ie.incident_id'])
      .where('d.superseded_by', 'is', null)
      .where('d.identity', 'in', part)
      .orderBy('e.id')
      .execute();
    for (const r of rows) out.push({ id: r.id, anchor: eventAnchorOf(r.data, r.identity, r.idx), incident: r.incident_id });
  }
  return out;
}

/** Anchors of events by numeric id (current or not). */
export async function anchorsOfEvents(store: Store, ids: readonly number[]): Promise<Map<number, EventAnchor>> {
  const out = new Map<number, EventAnchor>();
  for (const part of chunks(ids)) {
    const rows = await store.db
      .selectFrom('events as e')
      .innerJoin('documents as d', 'd.id', 'e.document_id')
      .innerJoin('stories as s', 's.id', 'e.story_id')
      .select(['e.id', 'e.data', 'd.identity', 's.idx'])
      .where('e.id', 'in', part)
      .execute();
    for (const r of rows) out.set(r.id, eventAnchorOf(r.data, r.identity, r.idx));
  }
  return out;
}

/** The anchor of a stored incident (its member events), or null when there is no such incident. */
export async function incidentAnchor(store: Store, incidentId: string): Promise<IncidentAnchor | null> {
  // In id order, whatever order the database returns them in (an anchor is compared and shown as data).
  const members = (await store.incidentMembers([incidentId])).get(incidentId)?.slice().sort((a, b) => a - b);
  if (!members?.length) return null;
  const anchors = await anchorsOfEvents(store, members);
  return { events: members.map((id) => anchors.get(id)).filter((a): a is EventAnchor => a !== undefined) };
}

/**
 * How well a current event matches an anchored one: 0 when it cannot be the same (another document), else higher
 * for the same words, type and story. Same document alone is not enough: a new version of an article may tell
 * another incident; the same words or at least the same type and story are needed.
 */
export function matchScore(a: EventAnchor, e: EventAnchor): number {
  if (a.doc !== e.doc) return 0;
  const quote = a.quote !== '' && a.quote === e.quote;
  const type = a.type === e.type;
  const story = a.story === e.story;
  if (!quote && !(type && story)) return 0;
  return (quote ? 4 : 0) + (type ? 2 : 0) + (story ? 1 : 0);
}

/** The best current event for an anchored one, with whether its words are unchanged. */
export function bestEvent(anchor: EventAnchor, candidates: readonly AnchoredEvent[]): { event: AnchoredEvent; exact: boolean } | null {
  let best: AnchoredEvent | null = null;
  let score = 0;
  for (const c of candidates) {
    const s = matchScore(anchor, c.anchor);
    if (s > score) {
      best = c;
      score = s;
    }
  }
  return best ? { event: best, exact: anchor.quote !== '' && best.anchor.quote === anchor.quote } : null;
}

export interface ResolvedIncident {
  id: string;
  /** Every anchored event was found with its words unchanged. */
  exact: boolean;
}

/**
 * The current incident an anchor designates: the one holding most of its events. A tie comes from a report moved out
 * of a two-report incident: a correction made before on the whole stays with the rest, the incident as the person
 * left it (`movedOut`: the reports moved out, as the move-out corrections anchor them); failing that, with the half
 * holding the anchored report first in document order. Never by the current ids: a new version of an article
 * renumbers its events, and the correction would jump from one half to the other. Null when none of its events is
 * found any more.
 */
export async function resolveIncident(store: Store, anchor: IncidentAnchor, movedOut: readonly EventAnchor[] = []): Promise<ResolvedIncident | null> {
  const candidates = await eventsOfDocuments(store, anchor.events.map((e) => e.doc));
  const votes = new Map<string, { n: number; moved: boolean; first: string }>();
  let exact = true;
  for (const a of anchor.events) {
    const hit = bestEvent(a, candidates);
    if (!hit || hit.event.incident === null) {
      exact = false;
      continue;
    }
    if (!hit.exact) exact = false;
    const key = `${a.doc}\u0000${String(a.story).padStart(9, '0')}\u0000${a.quote}`;
    const v = votes.get(hit.event.incident) ?? { n: 0, moved: false, first: key };
    v.n += 1;
    if (movedOut.some((m) => m.doc === a.doc && m.story === a.story && m.type === a.type && m.quote === a.quote)) v.moved = true;
    if (key < v.first) v.first = key;
    votes.set(hit.event.incident, v);
  }
  let id: string | null = null;
  let best: { n: number; moved: boolean; first: string } | null = null;
  for (const [inc, v] of votes) {
    const better =
      best === null || v.n > best.n || (v.n === best.n && (best.moved && !v.moved || (v.moved === best.moved && v.first < best.first)));
    if (better) {
      id = inc;
      best = v;
    }
  }
  return id === null ? null : { id, exact };
}

export async function resolveEvent(store: Store, anchor: EventAnchor): Promise<AnchoredEvent | null> {
  return bestEvent(anchor, await eventsOfDocuments(store, [anchor.doc]))?.event ?? null;
}

export function claimAnchorOf(data: string, identity: string, story: number): ClaimAnchor {
  const c = JSON.parse(data) as ExtractedClaim;
  return { doc: identity, story, quote: c.evidence[0]?.text ?? '', measure: c.measure, value: c.value, period: c.period };
}

/**
 * The current figure an anchored one designates: the same words in the same story; else, when the words changed (an
 * extractor reading a wider or narrower span), the one figure of that story saying the same (measure, value, period).
 */
export function bestClaim<T extends { anchor: ClaimAnchor }>(a: ClaimAnchor, claims: readonly T[]): T | null {
  const here = claims.filter((k) => k.anchor.doc === a.doc && k.anchor.story === a.story);
  const same = here.find((k) => a.quote !== '' && k.anchor.quote === a.quote);
  if (same) return same;
  if (a.measure === undefined) return null;
  const saying = here.filter((k) => k.anchor.measure === a.measure && k.anchor.value === a.value && (k.anchor.period ?? null) === (a.period ?? null));
  return saying.length === 1 ? saying[0] : null;
}

/** Current claims of these documents with their anchors (export id "c" + row id). */
export async function claimsOfDocuments(store: Store, identities: readonly string[]): Promise<Array<{ id: number; anchor: ClaimAnchor }>> {
  const out: Array<{ id: number; anchor: ClaimAnchor }> = [];
  for (const part of chunks([...new Set(identities)])) {
    const rows = await store.db
      .selectFrom('claims as c')
      .innerJoin('documents as d', 'd.id', 'c.document_id')
      .innerJoin('stories as s', 's.id', 'c.story_id')
      .select(['c.id', 'c.data', 'd.identity', 's.idx'])
      .where('d.superseded_by', 'is', null)
      .where('d.identity', 'in', part)
      .execute();
    for (const r of rows) out.push({ id: r.id, anchor: claimAnchorOf(r.data, r.identity, r.idx) });
  }
  return out;
}

/** The current text of a story of the current version of a document, or null. */
export async function currentStoryText(store: Store, identity: string, idx: number): Promise<string | null> {
  const row = await store.db
    .selectFrom('stories as s')
    .innerJoin('documents as d', 'd.id', 's.document_id')
    .select('s.text')
    .where('d.identity', '=', identity)
    .where('d.superseded_by', 'is', null)
    .where('s.idx', '=', idx)
    .executeTakeFirst();
  return row?.text ?? null;
}
