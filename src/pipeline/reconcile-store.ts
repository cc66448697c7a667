// Rebuilds the reconciled views (incidents, claim groups, entities) from the events, claims and mentions stored.
//
// Runs once at the end of an ingest run, not per document. Merging is blocked (src/reconcile/incidents.ts), so
// its cost grows near-linearly with the number of events; the rewrite of the views is one transaction.
import { claimId, docId, eventId, storyId } from '../export/records.js';
import type { ExtractedClaim, ExtractedEvent } from '../core/types.js';
import { groupClaims } from '../reconcile/claim-groups.js';
import { resolveEntities } from '../reconcile/entities.js';
import { mergeIncidents } from '../reconcile/incidents.js';
import type { ClaimRecord, EntityMentionRecord, EventRecord } from '../reconcile/types.js';
import type { SqliteStore } from '../store/sqlite-store.js';

export interface ReconcileCounts {
  events: number;
  incidents: number;
  claimGroups: number;
  entities: number;
}

export function loadReconcileInputs(store: SqliteStore) {
  const docs = new Map(store.currentDocuments().map((d) => [d.id, d]));
  const events: EventRecord[] = store.currentEvents().map((r) => {
    const d = docs.get(r.document_id)!;
    return {
      ...(JSON.parse(r.data) as ExtractedEvent),
      id: eventId(r.id),
      document: docId(r.document_id),
      story: storyId(r.story_id),
      published: d.published,
      outlet: d.outlet,
      source: d.url ?? d.source,
    };
  });
  const claims: ClaimRecord[] = store.currentClaims().map((r) => ({
    ...(JSON.parse(r.data) as ExtractedClaim),
    id: claimId(r.id),
    document: docId(r.document_id),
    story: storyId(r.story_id),
    published: docs.get(r.document_id)!.published,
  }));
  const mentions: EntityMentionRecord[] = store.currentMentions().map((m) => ({
    name: m.name,
    type: m.type as EntityMentionRecord['type'],
    title: m.title,
    start: m.span_start,
    end: m.span_end,
    document: docId(m.document_id),
    story: storyId(m.story_id),
    text: m.surface,
  }));
  return { events, claims, mentions };
}

export function reconcileStore(store: SqliteStore): ReconcileCounts {
  const { events, claims, mentions } = loadReconcileInputs(store);
  const incidents = mergeIncidents(events);
  const groups = groupClaims(claims);
  const entities = resolveEntities(mentions);
  store.replaceReconciled(incidents, groups, entities);
  return { events: events.length, incidents: incidents.length, claimGroups: groups.length, entities: entities.length };
}
