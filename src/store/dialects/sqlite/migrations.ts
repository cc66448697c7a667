// SQLite schema migrations, applied in order inside one transaction each; the applied version lives in `schema_migrations`.
// Structured parts of extracted records (evidence, victims…) are stored as JSON: they are read back whole and
// never queried piecewise, while the fields people filter on (type, date, commune, casualties) are columns.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// The two halves of migration 11's triggers: an incident's row added to its summary bucket, and removed from it (an
// update does both, old then new).
const STATS_ADD_NEW = `        INSERT INTO incident_stats (review_status, type, departement, region, date_key, month, incidents, killed, injured, killed_unknown)
        VALUES (new.review_status, new.type, coalesce(new.departement, ''), coalesce(new.region, ''),
          CASE WHEN length(new.date) >= 7 THEN substr(new.date, 1, 7) ELSE coalesce(new.date, '') END,
          CASE WHEN new.date_precision IN ('day', 'month') AND length(new.date) >= 7 THEN substr(new.date, 1, 7) ELSE '' END,
          1, coalesce(new.killed, 0), coalesce(new.injured, 0), new.killed IS NULL)
        ON CONFLICT (review_status, type, departement, region, date_key, month) DO UPDATE SET incidents = incidents + 1, killed = killed + excluded.killed,
          injured = injured + excluded.injured, killed_unknown = killed_unknown + excluded.killed_unknown;
`;
const STATS_REMOVE_OLD = `        UPDATE incident_stats SET incidents = incidents - 1, killed = killed - coalesce(old.killed, 0),
          injured = injured - coalesce(old.injured, 0), killed_unknown = killed_unknown - (old.killed IS NULL)
        WHERE review_status = old.review_status AND type = old.type AND departement = coalesce(old.departement, '')
          AND region = coalesce(old.region, '')
          AND date_key = CASE WHEN length(old.date) >= 7 THEN substr(old.date, 1, 7) ELSE coalesce(old.date, '') END
          AND month = CASE WHEN old.date_precision IN ('day', 'month') AND length(old.date) >= 7 THEN substr(old.date, 1, 7) ELSE '' END;
`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents and stories',
    sql: `
      CREATE TABLE documents (
        id            INTEGER PRIMARY KEY,
        source        TEXT NOT NULL,
        identity      TEXT NOT NULL,          -- URL when known, else the source path: versions share it
        url           TEXT,
        outlet        TEXT,
        published     TEXT,
        title         TEXT,
        language      TEXT,
        format        TEXT NOT NULL,
        encoding      TEXT NOT NULL,
        content_hash  TEXT NOT NULL UNIQUE,   -- sha256 of the normalised content: same content adds nothing
        version       INTEGER NOT NULL DEFAULT 1,
        superseded_by INTEGER REFERENCES documents(id),
        text          TEXT NOT NULL,
        ingested_at   TEXT NOT NULL
      );
      CREATE INDEX documents_identity ON documents(identity);
      CREATE TABLE stories (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx         INTEGER NOT NULL,
        title       TEXT,
        text        TEXT NOT NULL,
        language    TEXT NOT NULL,
        relevance   REAL NOT NULL,
        relevant    INTEGER NOT NULL,
        terms       TEXT NOT NULL,            -- JSON array
        UNIQUE(document_id, idx)
      );
    `,
  },
  {
    version: 2,
    name: 'events, claims and entity mentions',
    sql: `
      CREATE TABLE events (
        id             INTEGER PRIMARY KEY,
        document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        story_id       INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        type           TEXT NOT NULL,
        date           TEXT,
        date_precision TEXT NOT NULL,
        killed         INTEGER,
        injured        INTEGER,
        commune_insee  TEXT,
        departement    TEXT,
        region         TEXT,
        country        TEXT,
        data           TEXT NOT NULL          -- JSON: the whole ExtractedEvent
      );
      CREATE INDEX events_story ON events(story_id);
      CREATE TABLE claims (
        id             INTEGER PRIMARY KEY,
        document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        story_id       INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        value          REAL NOT NULL,
        unit           TEXT,
        measure        TEXT NOT NULL,
        period         TEXT,
        data           TEXT NOT NULL          -- JSON: the whole ExtractedClaim
      );
      CREATE INDEX claims_story ON claims(story_id);
      CREATE TABLE entity_mentions (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        story_id    INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        name        TEXT NOT NULL,
        type        TEXT NOT NULL,
        title       TEXT,
        span_start  INTEGER NOT NULL,
        span_end    INTEGER NOT NULL,
        surface     TEXT NOT NULL
      );
      CREATE INDEX entity_mentions_story ON entity_mentions(story_id);
    `,
  },
  {
    version: 3,
    name: 'reconciled views and full-text search',
    sql: `
      -- Derived from events/claims/mentions by the reconcile stage; rewritten when their inputs change.
      -- Columns are what the API filters and sorts on; the whole record is in data (JSON).
      CREATE TABLE incidents (
        id             TEXT PRIMARY KEY,
        type           TEXT NOT NULL,
        date           TEXT,
        date_precision TEXT NOT NULL,
        place_name     TEXT,
        commune_insee  TEXT,
        departement    TEXT,
        region         TEXT,
        country        TEXT,
        lat            REAL,
        lon            REAL,
        killed         INTEGER,
        injured        INTEGER,
        sources        INTEGER NOT NULL,
        conflicts      INTEGER NOT NULL,
        data           TEXT NOT NULL
      );
      CREATE INDEX incidents_date ON incidents(date);
      CREATE INDEX incidents_type_date ON incidents(type, date);
      CREATE INDEX incidents_departement_date ON incidents(departement, date);
      CREATE INDEX incidents_region_date ON incidents(region, date);
      CREATE INDEX incidents_commune ON incidents(commune_insee);
      CREATE TABLE incident_events (
        incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        event_id    INTEGER NOT NULL,
        PRIMARY KEY (incident_id, event_id)
      );
      CREATE INDEX incident_events_event ON incident_events(event_id);
      CREATE TABLE claim_groups (
        id      TEXT PRIMARY KEY,
        status  TEXT NOT NULL,
        measure TEXT NOT NULL,
        period  TEXT,
        data    TEXT NOT NULL
      );
      CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, mentions INTEGER NOT NULL, data TEXT NOT NULL);
      CREATE INDEX entities_name ON entities(name);
      -- Full-text search over stories (accents folded), kept in step by triggers.
      CREATE VIRTUAL TABLE stories_fts USING fts5(
        title, text, content='stories', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER stories_fts_insert AFTER INSERT ON stories BEGIN
        INSERT INTO stories_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
      END;
      CREATE TRIGGER stories_fts_delete AFTER DELETE ON stories BEGIN
        INSERT INTO stories_fts(stories_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
      END;
    `,
  },
  {
    version: 4,
    name: 'covering indexes for the API',
    sql: `
      -- The API counts and aggregates incidents under filters; rows carry their whole record as JSON, so scans of
      -- the table read many pages. These indexes cover the filter and aggregate columns: counts, sums and the
      -- first page come from the index alone (100,000 incidents answer in milliseconds, see bench/api.ts).
      CREATE INDEX incidents_cover_date ON incidents(date, date_precision, type, killed, injured, sources, conflicts, departement, region);
      CREATE INDEX incidents_cover_type ON incidents(type, date, date_precision, killed, injured, sources, conflicts, departement, region);
      CREATE INDEX incidents_cover_departement ON incidents(departement, date, date_precision, type, killed, injured, sources, conflicts, region);
      CREATE INDEX incidents_cover_region ON incidents(region, date, date_precision, type, killed, injured, sources, conflicts, departement);
      -- Monthly counts group on this exact expression (src/serve/queries.ts STATS_KEY.month): keep both identical.
      CREATE INDEX incidents_cover_month ON incidents(
        (CASE WHEN date_precision IN ('day', 'month') AND length(date) >= 7 THEN substr(date, 1, 7) END),
        killed, injured, date_precision, date, type, departement, region, sources, conflicts);
      -- The map's points, deadliest first, come straight from this one.
      CREATE INDEX incidents_points ON incidents(killed, date, lat, lon, type, departement, id);
    `,
  },
  {
    version: 5,
    name: 'incident blocking keys for incremental reconciliation',
    sql: `
      -- The blocking keys (src/reconcile/incidents.ts) each reconciled event is filed under: a new event loads only
      -- the stored events under its query keys instead of every event. Rows exist exactly for the events listed in
      -- incident_events.
      CREATE TABLE event_blocks (
        key      TEXT NOT NULL,
        event_id INTEGER NOT NULL,
        PRIMARY KEY (key, event_id)
      ) WITHOUT ROWID;
      CREATE INDEX event_blocks_event ON event_blocks(event_id);
      -- Reconciliation starts from the events not yet in incident_events; incidents are read back by id.
      CREATE INDEX events_document ON events(document_id);
      -- Forget derived views built without blocking keys: the next reconciliation rebuilds them.
      DELETE FROM incident_events;
      DELETE FROM incidents;
    `,
  },
  {
    version: 6,
    name: 'watch: followed sources, their items, alert deliveries',
    sql: `
      -- One row per followed source (by URL): validators for conditional GET, when it is next due, and its failures
      -- in a row (a failing source backs off instead of being retried in a loop).
      CREATE TABLE watch_sources (
        url             TEXT PRIMARY KEY,
        name            TEXT NOT NULL,
        etag            TEXT,
        last_modified   TEXT,
        last_fetched_at TEXT,
        last_ok_at      TEXT,
        next_due_at     TEXT,
        failures        INTEGER NOT NULL DEFAULT 0,
        last_error      TEXT
      );
      -- Every article link a source listed: pending until its page is stored (or found already stored), so a restart
      -- continues with what was left and never fetches a done one again.
      CREATE TABLE watch_items (
        url           TEXT PRIMARY KEY,
        source_url    TEXT NOT NULL,
        title         TEXT,
        published     TEXT,
        status        TEXT NOT NULL,           -- pending | done | failed
        attempts      INTEGER NOT NULL DEFAULT 0,
        last_error    TEXT,
        first_seen_at TEXT NOT NULL,
        done_at       TEXT
      );
      CREATE INDEX watch_items_status ON watch_items(status, first_seen_at);
      -- Alerts owed to webhooks: one per rule and incident, retried with backoff until delivered or given up.
      CREATE TABLE alert_deliveries (
        id              INTEGER PRIMARY KEY,
        rule            TEXT NOT NULL,
        incident_id     TEXT NOT NULL,
        url             TEXT NOT NULL,
        payload         TEXT NOT NULL,
        status          TEXT NOT NULL,         -- pending | delivered | failed
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error      TEXT,
        created_at      TEXT NOT NULL,
        delivered_at    TEXT,
        UNIQUE (rule, incident_id)
      );
      CREATE INDEX alert_deliveries_due ON alert_deliveries(status, next_attempt_at);
      -- "New since": incidents by when their documents were stored.
      CREATE INDEX documents_ingested ON documents(ingested_at);
    `,
  },
  {
    version: 7,
    name: 'review: accounts, corrections and their audit log',
    sql: `
      -- People's corrections, kept apart from machine output (src/review/): every row is one action, never deleted;
      -- an undo marks it undone. target anchors the action to what it is about by the source documents and the
      -- evidence of its events (ids change when reconciliation rebuilds incidents); payload holds before, after and
      -- the evidence span chosen in a source text. state is what the last application found (applied, orphaned).
      CREATE TABLE corrections (
        id          INTEGER PRIMARY KEY,
        action      TEXT NOT NULL,
        target      TEXT NOT NULL,
        payload     TEXT NOT NULL,
        reason      TEXT,
        user_name   TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        undone_at   TEXT,
        undone_by   TEXT,
        state       TEXT NOT NULL DEFAULT 'applied'
      );
      CREATE TABLE users (
        id            INTEGER PRIMARY KEY,
        name          TEXT NOT NULL UNIQUE,
        role          TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        disabled      INTEGER NOT NULL DEFAULT 0,
        created_at    TEXT NOT NULL
      );
      -- Sessions and API tokens are stored as SHA-256 of the secret: a copy of the database opens no account.
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        csrf       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE TABLE api_tokens (
        id           INTEGER PRIMARY KEY,
        user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        label        TEXT NOT NULL,
        token_hash   TEXT NOT NULL UNIQUE,
        created_at   TEXT NOT NULL,
        revoked_at   TEXT
      );
      -- The review state people gave an incident (unreviewed, confirmed, corrected, rejected): lists hide rejected
      -- ones and a public view may show reviewed ones only.
      ALTER TABLE incidents ADD COLUMN review_status TEXT NOT NULL DEFAULT 'unreviewed';
      CREATE INDEX incidents_review ON incidents(review_status);
      -- The API leaves rejected incidents out (and, with --reviewed-only, unreviewed ones): the covering indexes
      -- carry review_status too, so that filter is answered from them.
      DROP INDEX incidents_cover_date;
      CREATE INDEX incidents_cover_date ON incidents(date, date_precision, type, killed, injured, sources, conflicts, departement, region, review_status);
      DROP INDEX incidents_cover_type;
      CREATE INDEX incidents_cover_type ON incidents(type, date, date_precision, killed, injured, sources, conflicts, departement, region, review_status);
      DROP INDEX incidents_cover_departement;
      CREATE INDEX incidents_cover_departement ON incidents(departement, date, date_precision, type, killed, injured, sources, conflicts, region, review_status);
      DROP INDEX incidents_cover_region;
      CREATE INDEX incidents_cover_region ON incidents(region, date, date_precision, type, killed, injured, sources, conflicts, departement, review_status);
      DROP INDEX incidents_cover_month;
      CREATE INDEX incidents_cover_month ON incidents(
        (CASE WHEN date_precision IN ('day', 'month') AND length(date) >= 7 THEN substr(date, 1, 7) END),
        killed, injured, date_precision, date, type, departement, region, sources, conflicts, review_status);
      DROP INDEX incidents_points;
      CREATE INDEX incidents_points ON incidents(killed, date, lat, lon, type, departement, id, review_status);
    `,
  },
  {
    version: 8,
    name: 'review queue: incidents in the order they need a person, flagged ones marked',
    sql: `
      -- The review queue lists unreviewed incidents by how much they need a person (src/serve/routes/review.ts
      -- REVIEW_NEED, the same expression word for word: the planner matches it), then newest first. Without this
      -- index every page sorted all of them: 92 ms at 100,000 incidents, 0.5 ms with it (bench/review.ts).
      CREATE INDEX incidents_review_queue ON incidents(
        review_status,
        ((CASE WHEN conflicts > 0 THEN 8 ELSE 0 END) + (CASE WHEN sources = 1 THEN 4 ELSE 0 END) + (CASE WHEN date_precision IN ('unknown', 'year') THEN 2 ELSE 0 END) + (CASE WHEN lat IS NULL THEN 1 ELSE 0 END)) DESC,
        date DESC, id);
      -- Reviewed incidents whose supporting text changed since (flags in their review) head the queue: marked in a
      -- column of their own, so finding them reads none of the thousands of reviewed incidents' JSON.
      ALTER TABLE incidents ADD COLUMN review_flagged INTEGER NOT NULL DEFAULT 0;
      UPDATE incidents SET review_flagged = 1 WHERE review_status <> 'unreviewed' AND data LIKE '%"flags":["%';
      CREATE INDEX incidents_review_flagged ON incidents(review_flagged) WHERE review_flagged = 1;
    `,
  },
  {
    version: 9,
    name: 'claim buckets for incremental claim grouping, merge state',
    sql: `
      -- The bucket (src/reconcile/claim-groups.ts claimBucket: dimension, period, counted concepts) each grouped claim
      -- is filed under. Claims group only within a bucket, so a merge regroups the buckets of its new claims alone.
      -- Rows exist exactly for the claims grouped; a claim without one is new to the next merge.
      CREATE TABLE claim_buckets (
        claim_id INTEGER PRIMARY KEY,
        bucket   TEXT NOT NULL
      );
      CREATE INDEX claim_buckets_bucket ON claim_buckets(bucket);
      -- Groups of an older Vigie have no bucket: the next merge, finding every claim new, regroups them all.
      ALTER TABLE claim_groups ADD COLUMN bucket TEXT;
      CREATE INDEX claim_groups_bucket ON claim_groups(bucket);
      -- When the last merge ended (ms since the epoch) and whether it left the entities to resolve: queue workers
      -- busy with jobs merge at most every few seconds between them all, and resolve entities once idle.
      CREATE TABLE merge_state (
        id             INTEGER PRIMARY KEY CHECK (id = 1),
        last_merge_ms  INTEGER NOT NULL,
        entities_stale INTEGER NOT NULL
      );
      INSERT INTO merge_state (id, last_merge_ms, entities_stale) VALUES (1, 0, 0);
    `,
  },
  {
    version: 10,
    name: 'the incident list in its default order from an index',
    sql: `
      -- The list's default order (date DESC, id DESC) walked in the index, with the visibility filter read there too:
      -- on (date) alone SQLite sorted every run of equal dates by id, 70 ms a page at 200,000 incidents; 1 ms with it.
      CREATE INDEX incidents_list_date ON incidents(date, id, review_status);
    `,
  },  {
    version: 11,
    name: 'incident statistics kept up to date',
    sql: `
      -- Counts, deaths and injuries of incidents summed by (review state, type, département, région, month of their
      -- date, month as statistics count it), kept by triggers as incidents are written, reviewed or removed. The
      -- statistics answer from it when their filters name only these (src/serve/queries.ts statsFromSummary): a few
      -- thousand rows at most per filter instead of up to every incident (stats by département at one million
      -- incidents read the whole table: a second). '' stands for no value (a key column must equal itself).
      -- date_key is the date cut to its month (a year stays a year): "from"/"to" of a year or a month compare on it
      -- exactly as on the date. Rows whose counts fell to 0 stay; queries skip them.
      CREATE TABLE incident_stats (
        review_status  TEXT NOT NULL,
        type           TEXT NOT NULL,
        departement    TEXT NOT NULL,
        region         TEXT NOT NULL,
        date_key       TEXT NOT NULL,
        month          TEXT NOT NULL,
        incidents      INTEGER NOT NULL,
        killed         INTEGER NOT NULL,
        injured        INTEGER NOT NULL,
        killed_unknown INTEGER NOT NULL,
        PRIMARY KEY (review_status, type, departement, region, date_key, month)
      );
      CREATE TRIGGER incidents_stats_insert AFTER INSERT ON incidents BEGIN
${STATS_ADD_NEW}      END;
      CREATE TRIGGER incidents_stats_delete AFTER DELETE ON incidents BEGIN
${STATS_REMOVE_OLD}      END;
      CREATE TRIGGER incidents_stats_update AFTER UPDATE OF review_status, type, departement, region, date, date_precision, killed, injured ON incidents BEGIN
${STATS_REMOVE_OLD}${STATS_ADD_NEW}      END;
      INSERT INTO incident_stats (review_status, type, departement, region, date_key, month, incidents, killed, injured, killed_unknown)
        SELECT i.review_status, i.type, coalesce(i.departement, ''), coalesce(i.region, ''),
          CASE WHEN length(i.date) >= 7 THEN substr(i.date, 1, 7) ELSE coalesce(i.date, '') END,
          CASE WHEN i.date_precision IN ('day', 'month') AND length(i.date) >= 7 THEN substr(i.date, 1, 7) ELSE '' END, COUNT(*), coalesce(SUM(i.killed), 0), coalesce(SUM(i.injured), 0), SUM(i.killed IS NULL)
        FROM incidents i GROUP BY 1, 2, 3, 4, 5, 6;
    `,
  },
  {
    version: 12,
    name: 'the incidents of events read from one index',
    sql: `
      -- Event → incident read from the index alone: the incident list filtered on words goes from the matching stories
      -- to their events and then their incidents, a few thousand of each; reading each incident id from the table too
      -- cost a third of that join at a million incidents (41 → 27 ms for 1,111 stories on SQLite).
      CREATE INDEX incident_events_event_incident ON incident_events(event_id, incident_id);
      DROP INDEX incident_events_event;
    `,
  },
];
