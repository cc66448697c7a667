// Plain records of the review stage: people's corrections, anchored to what they are about in a way that survives
// re-ingesting, new versions of articles and rebuilt incidents.
import type { ReviewField } from '../reconcile/types.js';

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * An event as people saw it: its document's identity (URL or file, shared by every version of the article), the
 * story's place in it, its type and the words of its first evidence span. Row ids change when an article is
 * re-ingested; these do not, or change only when the text does.
 */
export interface EventAnchor {
  doc: string;
  story: number;
  type: string;
  quote: string;
}

/** An incident as the events it held when the correction was made. */
export interface IncidentAnchor {
  events: EventAnchor[];
}

/**
 * A figure as its document, story and the words it was read from; with what it says (measure, value, period), so that
 * an extractor reading other words for the same figure still finds it (absent on corrections made before).
 */
export interface ClaimAnchor {
  doc: string;
  story: number;
  quote: string;
  measure?: string;
  value?: number;
  period?: string | null;
}

export interface EntityAnchor {
  name: string;
  type: string;
}

/** Words a person selected in a source text as the support of a value (stored like the machine's evidence). */
export interface EvidenceSpan {
  doc: string;
  story: number;
  start: number;
  end: number;
  text: string;
}

export type Correction =
  | { action: 'confirm' | 'reject'; target: { incident: IncidentAnchor }; payload: Record<string, never> }
  | { action: 'edit'; target: { incident: IncidentAnchor }; payload: { field: ReviewField; before: unknown; after: unknown; evidence: EvidenceSpan | null } }
  | { action: 'merge'; target: { incident: IncidentAnchor; other: IncidentAnchor }; payload: Record<string, never> }
  | { action: 'move_out'; target: { incident: IncidentAnchor; event: EventAnchor }; payload: Record<string, never> }
  | { action: 'figure_grouping_wrong'; target: { claims: ClaimAnchor[] }; payload: Record<string, never> }
  | { action: 'entity_merge'; target: { entity: EntityAnchor; into: EntityAnchor }; payload: Record<string, never> }
  | { action: 'entity_rename'; target: { entity: EntityAnchor }; payload: { before: string; after: string } }
  | { action: 'entity_split'; target: { entity: EntityAnchor }; payload: { alias: string } };

export type CorrectionAction = Correction['action'];

/** A correction as stored: who, when, why, and whether it was undone. */
export type StoredCorrection = Correction & {
  id: number;
  reason: string | null;
  user: string;
  created_at: string;
  undone_at: string | null;
  undone_by: string | null;
  /** What the last application found: applied, or orphaned (nothing it is about exists any more). */
  state: 'applied' | 'orphaned';
};
