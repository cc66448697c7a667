// What's new reaches people: incidents touched by documents stored since a moment, matched against alert rules and
// delivered to webhooks as a signed JSON POST. Deliveries are rows in the database, retried with backoff across
// cycles until the webhook takes them (or they are given up after MAX_DELIVERY_ATTEMPTS), so a webhook that is down
// for an hour still gets every alert, once.
import { createHmac } from 'node:crypto';
import { sql } from 'kysely';
import { safeLine } from '../core/errors.js';
import type { Incident } from '../reconcile/types.js';
import type { Store } from '../store/store.js';
import { fetchUrl } from '../read/url.js';
import { checkUrl, guardedLookup, type GuardOptions } from './guard.js';
import type { AlertRule } from './sources.js';

export const MAX_DELIVERY_ATTEMPTS = 8;
/** First wait after a failed delivery, doubled each time. */
const DELIVERY_BACKOFF_SECONDS = 30;
const SIGNATURE_HEADER = 'x-vigie-signature';

/**
 * Ids of incidents with a member document stored at or after `since` (ISO): with `newOnly`, only those whose every
 * document is that recent (the incident did not exist before).
 */
export async function incidentsSince(store: Store, since: string, newOnly = false): Promise<string[]> {
  const touched = store.db
    .selectFrom('incident_events as ie')
    .innerJoin('events as e', 'e.id', 'ie.event_id')
    .innerJoin('documents as d', 'd.id', 'e.document_id')
    .select('ie.incident_id')
    .distinct()
    .where('d.ingested_at', '>=', since);
  if (!newOnly) return (await touched.execute()).map((r) => r.incident_id);
  const rows = await store.db
    .selectFrom('incident_events as ie')
    .innerJoin('events as e', 'e.id', 'ie.event_id')
    .innerJoin('documents as d', 'd.id', 'e.document_id')
    .select('ie.incident_id')
    .where('ie.incident_id', 'in', touched)
    .groupBy('ie.incident_id')
    .having((eb) => eb.fn.min('d.ingested_at'), '>=', since)
    .execute();
  return rows.map((r) => r.incident_id);
}

/** Whether an incident matches a rule's filters. */
export function matches(rule: AlertRule, i: Incident): boolean {
  if (rule.types && !rule.types.includes(i.type)) return false;
  if (rule.departements && !rule.departements.includes(i.place?.departement ?? '')) return false;
  if (rule.communes && !rule.communes.includes(i.place?.commune_insee ?? '') && !rule.communes.includes(i.place?.name ?? '')) return false;
  if (rule.minKilled !== null && (i.killed ?? 0) < rule.minKilled) return false;
  if (rule.onlyConflicts && i.conflicts.length === 0) return false;
  return true;
}

/** The JSON an alert carries: the incident's own fields, and a link to it in the API. */
export function alertPayload(rule: AlertRule, i: Incident, now: Date): string {
  return JSON.stringify({
    rule: rule.name,
    sent_at: now.toISOString(),
    incident: {
      id: i.id,
      type: i.type,
      date: i.date,
      place: i.place ? { name: i.place.name, commune_insee: i.place.commune_insee, departement: i.place.departement } : null,
      killed: i.killed,
      injured: i.injured,
      sources: i.sources,
      conflicts: i.conflicts.length,
      source_urls: i.source_urls,
      outlets: i.outlets,
      api: `/api/incidents/${encodeURIComponent(i.id)}`,
    },
  });
}

/** "sha256=" + hex HMAC of "timestamp.body" with the shared secret: the receiver checks both (no replay of old bodies). */
export function signature(secret: string, timestamp: string, body: string): string {
  return 'sha256=' + createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export interface AlertCounts {
  queued: number;
  delivered: number;
  failed: number;
}

/**
 * Queues an alert for every rule with a webhook and every incident touched since `since` that matches it (each
 * rule and incident once), then delivers what is due.
 */
export async function runAlerts(store: Store, rules: readonly AlertRule[], since: string, guard: GuardOptions, opts: { userAgent: string; now?: Date } ): Promise<AlertCounts> {
  const now = opts.now ?? new Date();
  let queued = 0;
  const hooked = rules.filter((r) => r.webhook);
  if (hooked.length) {
    const ids = await incidentsSince(store, since);
    const data = await store.incidentData(ids);
    for (const [id, json] of data) {
      const incident = JSON.parse(json) as Incident;
      for (const rule of hooked) {
        if (!matches(rule, incident)) continue;
        const r = await store.db
          .insertInto('alert_deliveries')
          .values({
            rule: rule.name,
            incident_id: id,
            url: rule.webhook!.url,
            payload: alertPayload(rule, incident, now),
            status: 'pending',
            next_attempt_at: now.toISOString(),
            created_at: now.toISOString(),
          })
          .onConflict((oc) => oc.columns(['rule', 'incident_id']).doNothing())
          .executeTakeFirst();
        queued += Number(r.numInsertedOrUpdatedRows ?? 0);
      }
    }
  }
  const { delivered, failed } = await deliverDue(store, rules, guard, opts.userAgent, now);
  return { queued, delivered, failed };
}

/** Posts every delivery that is due; a failure is rescheduled with backoff, given up after MAX_DELIVERY_ATTEMPTS. */
export async function deliverDue(store: Store, rules: readonly AlertRule[], guard: GuardOptions, userAgent: string, now = new Date()): Promise<{ delivered: number; failed: number }> {
  const due = await store.db
    .selectFrom('alert_deliveries')
    .selectAll()
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now.toISOString())
    .orderBy('id')
    .limit(500)
    .execute();
  let delivered = 0;
  let failed = 0;
  for (const d of due) {
    const secret = rules.find((r) => r.name === d.rule)?.webhook?.secret ?? null;
    const reason = await post(d.url, d.payload, secret, guard, userAgent);
    if (reason === null) {
      delivered++;
      await store.db.updateTable('alert_deliveries').set({ status: 'delivered', delivered_at: new Date().toISOString(), attempts: d.attempts + 1, last_error: null }).where('id', '=', d.id).execute();
      continue;
    }
    failed++;
    const attempts = d.attempts + 1;
    await store.db
      .updateTable('alert_deliveries')
      .set({
        attempts,
        last_error: safeLine(reason, 300),
        status: attempts >= MAX_DELIVERY_ATTEMPTS ? 'failed' : 'pending',
        next_attempt_at: new Date(now.getTime() + DELIVERY_BACKOFF_SECONDS * 1000 * 2 ** (attempts - 1) * (0.5 + Math.random() / 2)).toISOString(),
      })
      .where('id', '=', d.id)
      .execute();
  }
  return { delivered, failed };
}

/** One signed POST; null when the webhook took it (2xx), else why not. */
async function post(url: string, body: string, secret: string | null, guard: GuardOptions, userAgent: string): Promise<string | null> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-vigie-timestamp': timestamp };
  if (secret) headers[SIGNATURE_HEADER] = signature(secret, timestamp, body);
  const r = await fetchUrl(url, {
    method: 'POST',
    body,
    headers,
    timeoutMs: 10_000,
    maxBytes: 64 * 1024,
    maxRedirects: 0,
    userAgent,
    checkUrl: (u) => checkUrl(u, guard),
    lookup: guardedLookup(guard),
  });
  return r.ok ? null : r.reason;
}

/** Deliveries by status, for the watcher's report and metrics. */
export async function deliveryCounts(store: Store): Promise<Record<string, number>> {
  const rows = await store.db.selectFrom('alert_deliveries').select(['status', sql<number>`COUNT(*)`.as('n')]).groupBy('status').execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
