// Brings the reconciled views (incidents, claim groups, entities) in step with the events, claims and mentions stored.
//
// Incidents are updated incrementally: only events not yet in an incident (new documents) and events of
// superseded documents are processed. For them, the stored events they may link with are loaded through their
// blocking keys (table event_blocks), the link-graph components they touch are closed and re-clustered, and only
// the incidents of those components are rewritten. Clustering depends only on the set of events of a component
// (src/reconcile/incidents.ts), so the result equals a rebuild from scratch whatever the order documents came in.
// Claim groups are regrouped by bucket (reconcileClaimGroups) in the same way. Entities are rebuilt (near-linear).
import { claimId, docId, eventId, storyId } from '../export/records.js';
import type { ExtractedClaim, ExtractedEvent } from '../core/types.js';
import { claimBucket, groupClaims } from '../reconcile/claim-groups.js';
import { resolveEntities } from '../reconcile/entities.js';
import { blockKeysOf, IncidentIndex } from '../reconcile/incidents.js';
import type { ClaimRecord, EntityMentionRecord, EventRecord } from '../reconcile/types.js';
import { applyCorrections } from '../review/apply.js';
import type { ClaimWithDocumentRow, EventWithDocumentRow, Store } from '../store/store.js';

export interface ReconcileCounts {
  /** Events processed by this call (new or gone). */
  events: number;
  /** Incidents stored after the call. */
  incidents: number;
  /** Incidents written or deleted by this call. */
  incidentsChanged: number;
  claimGroups: number;
  entities: number;
}

export interface ReconcileOptions {
  /** Drop every derived view first and rebuild from all events. Default false (incremental). */
  full?: boolean;
  /** New events handled per step: bounds memory however many documents a run added. */
  chunkSize?: number;
  /**
   * Resolve entities again (default true). Entities are resolved from every mention: a queue worker busy with jobs
   * leaves them (the database notes them stale, and needsReconcile says so) to its merge once idle.
   */
  entities?: boolean;
}

/**
 * New events per step. Each step holds these events and the stored events they may link with. A step re-closes
 * the components it touches, so on a dense corpus small steps reload the same big components again and again.
 * Measured on 69k events of a dense synthetic corpus: 50,000 per step peaks at 666 MB RSS in 70 s, 10,000 at
 * 556 MB in 79 s; on a realistic 10k-article corpus (18k events) both finish in ~3 s under 330 MB.
 */
const DEFAULT_CHUNK = 10_000;

const EVENT_ID = /^e(\d+)$/;

function numericId(id: string): number {
  return Number((EVENT_ID.exec(id) as RegExpExecArray)[1]);
}

export function eventRecord(r: EventWithDocumentRow): EventRecord {
  return {
    ...(JSON.parse(r.data) as ExtractedEvent),
    id: eventId(r.id),
    document: docId(r.document_id),
    story: storyId(r.story_id),
    published: r.published,
    outlet: r.outlet,
    source: r.url ?? r.source,
  };
}

/** Every current record, for exports and analysis that need them all (claims) and for rebuilds. */
export async function loadReconcileInputs(store: Store) {
  const docs = new Map((await store.currentDocuments()).map((d) => [d.id, d]));
  const events: EventRecord[] = (await store.currentEvents()).map((r) => {
    const d = docs.get(r.document_id)!;
    return eventRecord({ ...r, published: d.published, outlet: d.outlet, url: d.url, source: d.source });
  });
  return { events, claims: await loadClaims(store, docs), mentions: await loadMentions(store) };
}

async function loadClaims(store: Store, docs?: Map<number, { published: string | null }>): Promise<ClaimRecord[]> {
  const published = docs ?? new Map((await store.currentDocuments()).map((d) => [d.id, d]));
  return (await store.currentClaims()).map((r) => claimRecord({ ...r, published: published.get(r.document_id)!.published }));
}

function claimRecord(r: ClaimWithDocumentRow): ClaimRecord {
  return {
    ...(JSON.parse(r.data) as ExtractedClaim),
    id: claimId(r.id),
    document: docId(r.document_id),
    story: storyId(r.story_id),
    published: r.published,
  };
}

/**
 * Incremental regrouping of claims: the claims not yet grouped and those no longer current name the buckets that
 * change (claimBucket); only those buckets' claims are loaded and grouped again, and only their groups rewritten.
 * Returns the number of claims processed.
 */
export async function reconcileClaimGroups(store: Store): Promise<number> {
  const fresh = (await store.ungroupedClaims()).map((r) => {
    const record = claimRecord(r);
    return { id: r.id, record, bucket: claimBucket(record) };
  });
  const stale = await store.staleClaimBuckets();
  if (!fresh.length && !stale.length) return 0;
  const buckets = [...new Set([...fresh.map((f) => f.bucket), ...stale.map((s) => s.bucket)])];
  const bucketOf = new Map<string, string>(fresh.map((f) => [f.record.id, f.bucket]));
  const claims = fresh.map((f) => f.record);
  for (const r of await store.claimsInBuckets(buckets)) {
    const record = claimRecord(r);
    if (bucketOf.has(record.id)) continue;
    claims.push(record);
    bucketOf.set(record.id, claimBucket(record));
  }
  await store.applyClaimGroupChanges({
    buckets,
    groups: groupClaims(claims).map((group) => ({ group, bucket: bucketOf.get(group.claims[0])! })),
    file: fresh.map((f) => ({ claimId: f.id, bucket: f.bucket })),
    unfile: stale.map((s) => s.claim_id),
  });
  return fresh.length + stale.length;
}

async function loadMentions(store: Store): Promise<EntityMentionRecord[]> {
  return (await store.currentMentions()).map((m) => ({
    name: m.name,
    type: m.type as EntityMentionRecord['type'],
    title: m.title,
    start: m.span_start,
    end: m.span_end,
    document: docId(m.document_id),
    story: storyId(m.story_id),
    text: m.surface,
  }));
}

export function reconcileStore(store: Store, options: ReconcileOptions = {}): Promise<ReconcileCounts> {
  // One write transaction: a reconciliation killed midway leaves the previous views whole (and its events
  // unreconciled, so the next run finishes the work), and two processes reconciling one database take turns.
  return store.transaction(async (tx) => {
    await tx.lockReconcile();
    return reconcileNow(tx, options);
  });
}

/**
 * reconcileStore unless another process is reconciling this database: then null at once, without waiting. Its
 * merge may have begun before this process's last commit, so a caller that gets null still owes a merge
 * (src/cli/worker.ts settles it when idle and before exiting).
 */
export function reconcileStoreIfFree(store: Store, options: ReconcileOptions & { notWithinMs?: number } = {}): Promise<ReconcileCounts | null> {
  return store.transaction(async (tx) => {
    if (!(await tx.tryLockReconcile())) return null;
    // Another worker merged a moment ago: the next merge is not due yet (and stays owed).
    if (options.notWithinMs !== undefined && Date.now() - (await tx.mergeState()).lastMergeMs < options.notWithinMs) return null;
    return reconcileNow(tx, options);
  });
}

async function reconcileNow(store: Store, options: ReconcileOptions): Promise<ReconcileCounts> {
  if (options.full) await store.clearReconciled();
  const { events, changed } = await reconcileIncidents(store, options.chunkSize ?? DEFAULT_CHUNK);
  await reconcileClaimGroups(store);
  const resolve = options.entities ?? true;
  const entities = resolve ? resolveEntities(await loadMentions(store)) : null;
  if (entities) await store.replaceEntities(entities);
  // (A merge runs because something was stored: one that leaves entities leaves them stale.)
  await store.noteMerge(entities === null);
  // People's corrections go back on top of what the machine rebuilt (src/review/apply.ts).
  await applyCorrections(store);
  const incidents = await store.countIncidents();
  return { events, incidents, incidentsChanged: changed, claimGroups: await store.count('claim_groups'), entities: entities?.length ?? (await store.count('entities')) };
}

/** Incremental update of the incidents; returns the number of events processed and of incidents changed. */
export async function reconcileIncidents(store: Store, chunkSize = DEFAULT_CHUNK): Promise<{ events: number; changed: number }> {
  let events = 0;
  let changed = 0;
  const stale = await store.staleMemberships();
  if (stale.length) {
    const r = await reconcileStep(store, [], stale);
    events += stale.length;
    changed += r;
  }
  // On PostgreSQL other writers commit meanwhile, and an event may appear below the ids already seen (its id was
  // taken before a later one's commit): only an event seen twice means a step left it unfiled.
  const filed = new Set<number>();
  for (;;) {
    const rows = await store.unreconciledEvents(chunkSize);
    if (!rows.length) break;
    // Each step files every event it is given: seeing one again would mean an endless loop.
    const again = rows.find((r) => filed.has(r.id));
    if (again) throw new Error(`reconciliation did not file event ${again.id}`);
    for (const r of rows) filed.add(r.id);
    changed += await reconcileStep(store, rows.map(eventRecord), []);
    events += rows.length;
  }
  return { events, changed };
}

/**
 * One step: adds `fresh` events (not yet reconciled) and drops `stale` memberships, re-clustering the
 * components they touch. Returns the number of incidents written or deleted.
 */
async function reconcileStep(
  store: Store,
  fresh: EventRecord[],
  stale: Array<{ event_id: number; incident_id: string }>,
): Promise<number> {
  const index = new IncidentIndex();
  const records = new Map<string, EventRecord>();
  const staleIds = new Set(stale.map((s) => s.event_id));
  const load = async (ids: number[]) => {
    const missing = ids.filter((id) => !staleIds.has(id) && !records.has(eventId(id)));
    for (const row of await store.eventsByIds(missing)) {
      const rec = eventRecord(row);
      records.set(rec.id, rec);
      index.link(rec);
    }
  };
  for (const rec of fresh) {
    records.set(rec.id, rec);
    index.link(rec);
  }
  const seeds = new Set(fresh.map((r) => r.id));
  if (stale.length) {
    // Everything the gone events were clustered with or could link with may now cluster differently.
    const oldIncidents = [...new Set(stale.map((s) => s.incident_id))];
    const members = [...(await store.incidentMembers(oldIncidents)).values()].flat();
    const queryKeys = (await store.eventsByIds([...staleIds])).flatMap((row) => blockKeysOf(eventRecord(row)).query);
    const around = [...members, ...(await store.eventIdsInBlocks(queryKeys))];
    await load(around);
    for (const id of around) if (!staleIds.has(id)) seeds.add(eventId(id));
  }

  // Close the components of the seeds: every member's possible links must be loaded before clustering.
  const expanded = new Set<string>();
  for (;;) {
    const frontier: string[] = [];
    const seen = new Set<string>();
    for (const s of seeds) {
      if (seen.has(s) || !index.has(s)) continue;
      for (const id of index.componentOf(s)) {
        seen.add(id);
        if (!expanded.has(id)) frontier.push(id);
      }
    }
    if (!frontier.length) break;
    const keys: string[] = [];
    for (const id of frontier) {
      expanded.add(id);
      keys.push(...blockKeysOf(records.get(id) as EventRecord).query);
    }
    await load(await store.eventIdsInBlocks(keys));
  }

  index.reclusterAround(seeds);
  const members = new Set<string>();
  for (const s of seeds) if (index.has(s)) for (const id of index.componentOf(s)) members.add(id);
  const clusters = index.clustersOf(members);
  const old = await store.incidentsOfEvents([...members].map(numericId));
  for (const s of stale) old.add(s.incident_id);
  // Incidents whose record comes out identical are left as they are: only real changes are written.
  const stored = await store.incidentData([...old]);
  const upsert = [...clusters.keys()].map((id) => index.incident(id)!).filter((i) => stored.get(i.id) !== JSON.stringify(i));
  const written = new Set(upsert.map((i) => i.id));
  const keep = new Set([...clusters.keys()].filter((id) => stored.has(id) && !written.has(id)));
  const remove = [...old].filter((id) => !keep.has(id));
  await store.applyIncidentChanges({
    remove,
    upsert,
    file: fresh.map((r) => ({ eventId: numericId(r.id), keys: blockKeysOf(r).file })),
    unfile: [...staleIds],
  });
  return new Set([...remove, ...upsert.map((i) => i.id)]).size;
}
