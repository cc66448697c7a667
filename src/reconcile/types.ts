// Records the reconcile stage reads (events, claims, entity mentions with their provenance) and writes (incidents, claim groups, entities).

import type {
  DatePrecision,
  EntityMention,
  EntityType,
  EventType,
  ExtractedClaim,
  ExtractedEvent,
  ResolvedPlace,
  Victim,
} from '../core/types.js';

export interface EventRecord extends ExtractedEvent {
  id: string;
  document: string;
  story: string;
  published: string | null;
  outlet: string | null;
  /** File path or URL of the document. */
  source: string;
}

export interface ClaimRecord extends ExtractedClaim {
  id: string;
  document: string;
  story: string;
  published: string | null;
}

export type ClaimQualifier = 'over' | 'under' | 'about' | 'at_least' | 'up_to';

export interface EntityMentionRecord extends EntityMention {
  document: string;
  story: string;
  /** Surface text as written (text.slice(start, end) of the story). */
  text: string;
}

export type ConflictField = 'date' | 'killed' | 'injured' | 'place' | 'type' | 'ages';

export interface ConflictValue {
  value: string | number | ResolvedPlace | null;
  event: string;
}

export interface Conflict {
  field: ConflictField;
  values: ConflictValue[];
}

export interface Incident {
  /** "inc:" + the smallest member event id: stable whatever the insertion order. */
  id: string;
  /** Member event ids, sorted. */
  events: string[];
  type: EventType;
  date: string | null;
  date_precision: DatePrecision;
  place: ResolvedPlace | null;
  killed: number | null;
  injured: number | null;
  victims: Victim[];
  actors: string[];
  /** Number of distinct documents reporting the incident. */
  sources: number;
  conflicts: Conflict[];
  /** Distinct source paths/URLs of the member events, sorted. */
  source_urls: string[];
  /** Distinct outlets, sorted (null outlets left out). */
  outlets: string[];
  /** What people said of it (src/review/): absent while nobody has reviewed it. */
  review?: IncidentReview;
}

export type ReviewStatus = 'unreviewed' | 'confirmed' | 'corrected' | 'rejected';
/** Every status but unreviewed, for queries: `IN` these uses the review_status index, `<> 'unreviewed'` scans every incident. */
export const REVIEWED_STATUSES: readonly ReviewStatus[] = ['confirmed', 'corrected', 'rejected'];

/** The fields people may correct on an incident. */
export const REVIEW_FIELDS = ['type', 'date', 'place', 'killed', 'injured', 'ages', 'actors'] as const;
export type ReviewField = (typeof REVIEW_FIELDS)[number];

export interface IncidentReview {
  status: ReviewStatus;
  reviewed_by: string | null;
  reviewed_at: string | null;
  /** Ids of the corrections applied to it, in order. */
  corrections: number[];
  /** Fields people changed, with the machine's value beside the final one (the incident's own fields). */
  changed: ReviewField[];
  /** Why it needs another look (the text a correction relied on changed), or empty. */
  flags: string[];
  /** The machine's values of the correctable fields, as reconciliation produced them. */
  machine: MachineFields;
}

/** The fields of an incident people can correct. */
export type MachineFields = Pick<Incident, 'type' | 'date' | 'date_precision' | 'place' | 'killed' | 'injured' | 'victims' | 'actors'>;

export type ClaimGroupStatus = 'corroborated' | 'conflicting' | 'single';

export interface ClaimGroup {
  /** "cg:" + the smallest member claim id. */
  id: string;
  claims: string[];
  measure: string;
  period: string | null;
  place: string | null;
  unit: string | null;
  status: ClaimGroupStatus;
  values: { value: number; claim: string; document: string }[];
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /**
   * Titles and roles its mentions state ("procureur de la République de Marseille", "Interior Minister"); absent
   * from entities reconciled before titles were kept.
   */
  titles?: string[];
  mentions: { document: string; start: number; end: number }[];
}
