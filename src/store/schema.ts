// The tables as Kysely sees them: one typed schema for both dialects (src/store/dialects/*/migrations.ts create it).
// Integers come back as numbers on both: the PostgreSQL dialect parses bigint and numeric (see its connect.ts).
import type { Generated } from 'kysely';

export interface DocumentsTable {
  id: Generated<number>;
  source: string;
  identity: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  language: string | null;
  format: string;
  encoding: string;
  content_hash: string;
  version: Generated<number>;
  superseded_by: number | null;
  text: string;
  ingested_at: string;
}

export interface StoriesTable {
  id: Generated<number>;
  document_id: number;
  idx: number;
  title: string | null;
  text: string;
  language: string;
  relevance: number;
  relevant: number;
  terms: string;
}

export interface EventsTable {
  id: Generated<number>;
  document_id: number;
  story_id: number;
  type: string;
  date: string | null;
  date_precision: string;
  killed: number | null;
  injured: number | null;
  commune_insee: string | null;
  departement: string | null;
  region: string | null;
  country: string | null;
  data: string;
}

export interface ClaimsTable {
  id: Generated<number>;
  document_id: number;
  story_id: number;
  value: number;
  unit: string | null;
  measure: string;
  period: string | null;
  data: string;
}

export interface MentionsTable {
  id: Generated<number>;
  document_id: number;
  story_id: number;
  name: string;
  type: string;
  title: string | null;
  span_start: number;
  span_end: number;
  surface: string;
}

export interface IncidentsTable {
  id: string;
  type: string;
  date: string | null;
  date_precision: string;
  place_name: string | null;
  commune_insee: string | null;
  departement: string | null;
  region: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  killed: number | null;
  injured: number | null;
  sources: number;
  conflicts: number;
  /** unreviewed, confirmed, corrected or rejected (src/review/). */
  review_status: Generated<string>;
  /** 1 when the review has flags (the words a correction relied on changed since), else 0. */
  review_flagged: Generated<number>;
  data: string;
}

export interface IncidentEventsTable {
  incident_id: string;
  event_id: number;
}

export interface ClaimGroupsTable {
  id: string;
  status: string;
  measure: string;
  period: string | null;
  data: string;
  /** The bucket of its claims (src/reconcile/claim-groups.ts claimBucket); null for groups an older Vigie wrote. */
  bucket: string | null;
}

/** One row: when the last merge ended and whether it left entities unresolved (src/pipeline/reconcile-store.ts). */
export interface MergeStateTable {
  id: number;
  last_merge_ms: number;
  entities_stale: number;
}

/** The bucket each grouped claim is filed under (rows exactly for the claims grouped). */
export interface ClaimBucketsTable {
  claim_id: number;
  bucket: string;
}

export interface EntitiesTable {
  id: string;
  name: string;
  type: string;
  mentions: number;
  data: string;
}

export interface EventBlocksTable {
  key: string;
  event_id: number;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface WatchSourcesTable {
  url: string;
  name: string;
  etag: string | null;
  last_modified: string | null;
  last_fetched_at: string | null;
  last_ok_at: string | null;
  next_due_at: string | null;
  failures: Generated<number>;
  last_error: string | null;
}

export interface WatchItemsTable {
  url: string;
  source_url: string;
  title: string | null;
  published: string | null;
  status: 'pending' | 'done' | 'failed';
  attempts: Generated<number>;
  last_error: string | null;
  first_seen_at: string;
  done_at: string | null;
}

export interface AlertDeliveriesTable {
  id: Generated<number>;
  rule: string;
  incident_id: string;
  url: string;
  payload: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: Generated<number>;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

export interface CorrectionsTable {
  id: Generated<number>;
  action: string;
  /** JSON: what the action is about, anchored by source documents and evidence (src/review/anchors.ts). */
  target: string;
  /** JSON: before, after, evidence. */
  payload: string;
  reason: string | null;
  user_name: string;
  created_at: string;
  undone_at: string | null;
  undone_by: string | null;
  state: Generated<string>;
}

export interface UsersTable {
  id: Generated<number>;
  name: string;
  role: string;
  password_hash: string;
  disabled: Generated<number>;
  created_at: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  csrf: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  label: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface Tables {
  documents: DocumentsTable;
  stories: StoriesTable;
  events: EventsTable;
  claims: ClaimsTable;
  entity_mentions: MentionsTable;
  incidents: IncidentsTable;
  incident_events: IncidentEventsTable;
  claim_groups: ClaimGroupsTable;
  entities: EntitiesTable;
  event_blocks: EventBlocksTable;
  claim_buckets: ClaimBucketsTable;
  merge_state: MergeStateTable;
  watch_sources: WatchSourcesTable;
  watch_items: WatchItemsTable;
  alert_deliveries: AlertDeliveriesTable;
  schema_migrations: SchemaMigrationsTable;
  corrections: CorrectionsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
}

/**
 * What a copy carries, table by table, in the order it writes them (parents before children): the columns both
 * dialects have, and the key rows are read in (the order they were written in, for the tables read back that way).
 * Generated columns (PostgreSQL's fts and seq) are the target's own.
 */
export const COPY_PLAN: ReadonlyArray<{ table: keyof Tables; columns: readonly string[]; key: readonly string[] | 'insertion' }> = [
  { table: 'documents', key: ['id'], columns: ['id', 'source', 'identity', 'url', 'outlet', 'published', 'title', 'language', 'format', 'encoding', 'content_hash', 'version', 'superseded_by', 'text', 'ingested_at'] },
  { table: 'stories', key: ['id'], columns: ['id', 'document_id', 'idx', 'title', 'text', 'language', 'relevance', 'relevant', 'terms'] },
  { table: 'events', key: ['id'], columns: ['id', 'document_id', 'story_id', 'type', 'date', 'date_precision', 'killed', 'injured', 'commune_insee', 'departement', 'region', 'country', 'data'] },
  { table: 'claims', key: ['id'], columns: ['id', 'document_id', 'story_id', 'value', 'unit', 'measure', 'period', 'data'] },
  { table: 'entity_mentions', key: ['id'], columns: ['id', 'document_id', 'story_id', 'name', 'type', 'title', 'span_start', 'span_end', 'surface'] },
  { table: 'incidents', key: ['id'], columns: ['id', 'type', 'date', 'date_precision', 'place_name', 'commune_insee', 'departement', 'region', 'country', 'lat', 'lon', 'killed', 'injured', 'sources', 'conflicts', 'review_status', 'review_flagged', 'data'] },
  { table: 'incident_events', key: ['incident_id', 'event_id'], columns: ['incident_id', 'event_id'] },
  { table: 'claim_groups', key: 'insertion', columns: ['id', 'status', 'measure', 'period', 'data', 'bucket'] },
  { table: 'entities', key: 'insertion', columns: ['id', 'name', 'type', 'mentions', 'data'] },
  { table: 'event_blocks', key: ['key', 'event_id'], columns: ['key', 'event_id'] },
  { table: 'claim_buckets', key: ['claim_id'], columns: ['claim_id', 'bucket'] },
  // The watcher's state moves with the observatory: a copied database goes on following its sources where it was.
  { table: 'watch_sources', key: ['url'], columns: ['url', 'name', 'etag', 'last_modified', 'last_fetched_at', 'last_ok_at', 'next_due_at', 'failures', 'last_error'] },
  { table: 'watch_items', key: ['url'], columns: ['url', 'source_url', 'title', 'published', 'status', 'attempts', 'last_error', 'first_seen_at', 'done_at'] },
  { table: 'alert_deliveries', key: ['id'], columns: ['id', 'rule', 'incident_id', 'url', 'payload', 'status', 'attempts', 'next_attempt_at', 'last_error', 'created_at', 'delivered_at'] },
  { table: 'corrections', key: ['id'], columns: ['id', 'action', 'target', 'payload', 'reason', 'user_name', 'created_at', 'undone_at', 'undone_by', 'state'] },
  { table: 'users', key: ['id'], columns: ['id', 'name', 'role', 'password_hash', 'disabled', 'created_at'] },
  { table: 'sessions', key: ['token_hash'], columns: ['token_hash', 'user_id', 'csrf', 'created_at', 'expires_at'] },
  { table: 'api_tokens', key: ['id'], columns: ['id', 'user_id', 'label', 'token_hash', 'created_at', 'revoked_at'] },
];

/** Tables in the order a copy writes them (parents before children). */
export const COPY_ORDER = [
  'documents',
  'stories',
  'events',
  'claims',
  'entity_mentions',
  'incidents',
  'incident_events',
  'claim_groups',
  'entities',
  'event_blocks',
  'claim_buckets',
  'watch_sources',
  'watch_items',
  'alert_deliveries',
  'corrections',
  'users',
  'sessions',
  'api_tokens',
] as const satisfies ReadonlyArray<keyof Tables>;
