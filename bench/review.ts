// Review at scale (issue #12): thousands of people's corrections on top of the machine's output, on a synthetic
// database. How long applying them takes (it runs after every reconciliation and every review action), what a full
// reconciliation costs with them, what one review action costs once they are many, and the API latency of the review
// queue and the audit log over a real HTTP round trip.
//
// The corrections are written as the review actions write them (same anchors, same rows: insertCorrection) but not
// applied one by one: each action re-applies every correction, so recording N of them through the actions costs
// N applications; the table below gives that cost per action instead.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reconcileStore } from '../src/pipeline/reconcile-store.js';
import type { Incident } from '../src/reconcile/types.js';
import { addUser, createToken } from '../src/review/accounts.js';
import { incidentAnchor } from '../src/review/anchors.js';
import { applyCorrections, fieldValue, restoreMachine, type ApplySummary } from '../src/review/apply.js';
import { insertCorrection } from '../src/review/corrections.js';
import type { Correction, EvidenceSpan, IncidentAnchor } from '../src/review/types.js';
import { buildServer } from '../src/serve/server.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import type { ApiBenchRow } from './api.js';
import { writeSyntheticDatabase } from './support/fixtures.js';

export const DEFAULT_REVIEW_INCIDENTS = 100_000;
export const DEFAULT_CORRECTIONS = 5_000;
const QUERY_RUNS = 100;
/** Review actions timed over HTTP at each end (no correction yet, all of them): each re-applies every correction. */
const ACTION_RUNS = 5;
const EDITOR = 'bench-editor';

export interface ReviewBenchResult {
  incidents: number;
  corrections: number;
  byAction: Record<string, number>;
  buildSeconds: number;
  /** Writing the corrections' rows with their anchors (two queries per incident designated). */
  recordSeconds: number;
  /** Applying every correction on top of the machine's output, the first time (every corrected incident written). */
  applyFirstMs: number;
  /** The same again, nothing to change: what every later reconciliation and action pays at least. */
  applyAgainMs: number;
  applied: ApplySummary;
  /** A full reconciliation (every incident rebuilt from the events), before any correction and with all of them. */
  reconcileEmptyMs: number;
  reconcileLoadedMs: number;
  reconciled: Omit<ApplySummary, 'incidents'>;
  /** One review action (confirm) over HTTP, medians: with no correction recorded, and with all of them. */
  actionEmptyMs: number;
  actionLoadedMs: number;
  rows: ApiBenchRow[];
  /** Incidents flagged after the first application: none should be, nothing changed in the sources. */
  flagged: number;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const median = (xs: number[]) => quantile([...xs].sort((a, b) => a - b), 0.5);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const out = await fn();
  return [out, performance.now() - t0];
}

/** Incident ids spread over the whole database (ids are inc:e1…inc:eN; a full reconciliation keeps the first event's). */
async function spreadIncidents(store: Store, n: number): Promise<string[]> {
  const ids = (await store.db.selectFrom('incidents').select('id').orderBy('id').execute()).map((r) => r.id);
  const step = Math.max(1, Math.floor(ids.length / n));
  return ids.filter((_, k) => k % step === 0).slice(0, n);
}

const EDIT_FIELDS = ['date', 'killed', 'injured', 'place', 'type', 'actors'] as const;

/** A correction of the kind the k-th reviewer action would be: mostly edits and confirmations, some rejections and merges. */
function correctionFor(k: number, inc: Incident, next: Incident | null, anchors: Map<string, IncidentAnchor>, evidence: EvidenceSpan | null): Correction {
  const target = { incident: anchors.get(inc.id)! };
  const slot = k % 20;
  if (slot === 0 && next) return { action: 'merge', target: { ...target, other: anchors.get(next.id)! }, payload: {} };
  if (slot <= 5) return { action: 'confirm', target, payload: {} };
  if (slot <= 7) return { action: 'reject', target, payload: {} };
  const field = EDIT_FIELDS[k % EDIT_FIELDS.length];
  const machine = restoreMachine(inc);
  const after: unknown =
    field === 'date' ? '2024-05-14'
    : field === 'killed' || field === 'injured' ? (k % 4)
    : field === 'place' ? { ...(inc.place ?? {}), name: `${inc.place?.name ?? 'Somewhere'} (corrected)`, commune_insee: null, precision: 'departement' }
    : field === 'type' ? (inc.type === 'seizure' ? 'police_operation' : 'seizure')
    : [`Actor ${k}`];
  return { action: 'edit', target, payload: { field, before: fieldValue(machine, field), after, evidence } };
}

/** The words of an incident's first event as a person selecting them in its source would give them. */
async function evidenceOf(store: Store, inc: Incident, anchor: IncidentAnchor): Promise<EvidenceSpan | null> {
  const row = await store.db.selectFrom('events').select('data').where('id', '=', Number(inc.events[0].slice(1))).executeTakeFirst();
  const ev = row ? (JSON.parse(row.data) as { evidence: Array<{ start: number; end: number; text: string }> }).evidence[0] : undefined;
  const a = anchor.events[0];
  return ev && a ? { doc: a.doc, story: a.story, start: ev.start, end: ev.end, text: ev.text } : null;
}

/** `location`: an empty PostgreSQL database's URL; default a new SQLite file in a temporary folder. */
export async function runReviewBench(incidents = DEFAULT_REVIEW_INCIDENTS, corrections = DEFAULT_CORRECTIONS, location?: string): Promise<ReviewBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-review-bench-'));
  const store = await openStore(location ?? join(dir, 'bench.db'));
  try {
    const [, buildMs] = await timed(async () => {
      await writeSyntheticDatabase(store, incidents);
      await store.optimize();
    });
    // The machine's own incidents, as a full reconciliation makes them (the synthetic writer's are one per event).
    const [, reconcileEmptyMs] = await timed(() => reconcileStore(store, { full: true }));
    await addUser(store, EDITOR, 'editor', 'bench editor password');
    const { token } = await createToken(store, EDITOR);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    // Every incident a correction designates (a merge designates two), read with its anchor and first evidence.
    const chosen = await spreadIncidents(store, Math.ceil(corrections * 1.05) + 2 * ACTION_RUNS);
    const actionTargets = chosen.splice(chosen.length - 2 * ACTION_RUNS);
    const [byAction, recordMs] = await timed(() =>
      store.transaction(async (tx) => {
        const data = await tx.incidentData(chosen);
        const incs = chosen.map((id) => JSON.parse(data.get(id)!) as Incident);
        const anchors = new Map<string, IncidentAnchor>();
        for (const i of incs) anchors.set(i.id, (await incidentAnchor(tx, i.id))!);
        const counts: Record<string, number> = {};
        let at = 0;
        for (let k = 0; k < corrections - ACTION_RUNS; k++) {
          const inc = incs[at++];
          const next = k % 20 === 0 ? incs[at++] : null;
          // A third of the edits carry the words a person selected: the first event's own evidence, where it is.
          const evidence = k % 3 === 0 ? await evidenceOf(tx, inc, anchors.get(inc.id)!) : null;
          const c = correctionFor(k, inc, next, anchors, evidence);
          counts[c.action] = (counts[c.action] ?? 0) + 1;
          await insertCorrection(tx, c, EDITOR, `bench correction ${k}`);
        }
        return counts;
      }),
    );

    const app = await buildServer({ store, webRoot: null });
    try {
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      const confirm = async (id: string) => {
        const [res, ms] = await timed(() => fetch(`${address}/api/review/incidents/${encodeURIComponent(id)}/confirm`, { method: 'POST', headers, body: '{}' }));
        if (!res.ok) throw new Error(`confirm ${id}: HTTP ${res.status} ${await res.text()}`);
        await res.arrayBuffer();
        return ms;
      };
      const loadedActions: number[] = [];

      const [applied, applyFirstMs] = await timed(() => store.transaction((tx) => applyCorrections(tx)));
      const [, applyAgainMs] = await timed(() => store.transaction((tx) => applyCorrections(tx)));
      const flagged = Number((await store.db.selectFrom('incidents').select((eb) => eb.fn.countAll().as('n')).where('review_flagged', '=', 1).executeTakeFirstOrThrow()).n);

      for (const id of actionTargets.slice(0, ACTION_RUNS)) loadedActions.push(await confirm(id));

      const rows: ApiBenchRow[] = [];
      const queries: Array<[string, (i: number) => string]> = [
        ['review queue (first page)', () => '/api/review/queue?limit=50'],
        ['review queue (pages 2-40)', (i) => `/api/review/queue?limit=50&offset=${50 * (1 + (i % 39))}`],
        ['audit log (100 newest)', () => '/api/review/corrections?limit=100'],
      ];
      for (const [query, url] of queries) {
        const c0 = performance.now();
        await fetch(address + url(0), { headers }).then((r) => r.arrayBuffer());
        const coldMs = performance.now() - c0;
        const times: number[] = [];
        for (let i = 1; i <= QUERY_RUNS; i++) {
          const [res, ms] = await timed(() => fetch(address + url(i), { headers }));
          await res.arrayBuffer();
          if (!res.ok) throw new Error(`${query}: HTTP ${res.status}`);
          times.push(ms);
        }
        times.sort((a, b) => a - b);
        rows.push({ query, runs: QUERY_RUNS, coldMs, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), maxMs: times[times.length - 1] });
      }

      const [, reconcileLoadedMs] = await timed(() => reconcileStore(store, { full: true }));
      const states = await store.db.selectFrom('corrections').select(['state']).where('undone_at', 'is', null).execute();
      const orphaned = states.filter((x) => x.state === 'orphaned').length;
      const reconciled = { applied: states.length - orphaned, orphaned };
      const actionEmptyMs = await emptyActionMs(incidents);
      const total = Object.values(byAction).reduce((n, x) => n + x, 0) + ACTION_RUNS;
      byAction.confirm = (byAction.confirm ?? 0) + ACTION_RUNS;
      return {
        incidents,
        corrections: total,
        byAction,
        buildSeconds: buildMs / 1000,
        recordSeconds: recordMs / 1000,
        applyFirstMs,
        applyAgainMs,
        applied,
        reconcileEmptyMs,
        reconcileLoadedMs,
        reconciled,
        actionEmptyMs,
        actionLoadedMs: median(loadedActions),
        rows,
        flagged,
      };
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same confirm on a database of the same size with no correction recorded: what an action costs by itself. */
async function emptyActionMs(incidents: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-review-bench-empty-'));
  const store = await openStore(join(dir, 'bench.db'));
  try {
    await writeSyntheticDatabase(store, incidents);
    await store.optimize();
    await reconcileStore(store, { full: true });
    await addUser(store, EDITOR, 'editor', 'bench editor password');
    const { token } = await createToken(store, EDITOR);
    const app = await buildServer({ store, webRoot: null });
    try {
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      const times: number[] = [];
      for (const id of await spreadIncidents(store, ACTION_RUNS)) {
        const [res, ms] = await timed(() =>
          fetch(`${address}/api/review/incidents/${encodeURIComponent(id)}/confirm`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' }),
        );
        if (!res.ok) throw new Error(`confirm ${id}: HTTP ${res.status}`);
        await res.arrayBuffer();
        times.push(ms);
      }
      return median(times);
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The result as the lines `npm run bench` prints. */
export function formatReviewBench(r: ReviewBenchResult): string {
  const s = (ms: number) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);
  const mix = Object.entries(r.byAction).sort((a, b) => b[1] - a[1]).map(([a, n]) => `${n} ${a}`).join(', ');
  return [
    `\nreview at scale (${r.corrections.toLocaleString('en-GB')} corrections on ${r.incidents.toLocaleString('en-GB')} synthetic incidents in SQLite: ${mix}; database built in ${r.buildSeconds.toFixed(1)} s, corrections recorded with their anchors in ${r.recordSeconds.toFixed(1)} s)`,
    `apply every correction on the machine's output, first time   ${s(r.applyFirstMs).padStart(9)}   (${r.applied.applied} applied, ${r.applied.orphaned} orphaned, ${r.applied.incidents} incidents written)`,
    `apply them again (nothing to change)                          ${s(r.applyAgainMs).padStart(9)}   (${r.flagged} incidents flagged for another look)`,
    `full reconciliation, no correction                            ${s(r.reconcileEmptyMs).padStart(9)}`,
    `full reconciliation, every correction re-applied on top       ${s(r.reconcileLoadedMs).padStart(9)}   (${r.reconciled.applied} applied, ${r.reconciled.orphaned} orphaned)`,
    `one review action (confirm over HTTP), no correction yet      ${s(r.actionEmptyMs).padStart(9)}   (median of ${ACTION_RUNS})`,
    `one review action (confirm over HTTP), with all of them       ${s(r.actionLoadedMs).padStart(9)}   (median of ${ACTION_RUNS}: every action re-applies every correction)`,
    'query (editor token, HTTP on 127.0.0.1)      cold ms  median ms    p95 ms    max ms',
    ...r.rows.map((x) => `${x.query.padEnd(42)} ${x.coldMs.toFixed(1).padStart(8)} ${x.medianMs.toFixed(1).padStart(9)} ${x.p95Ms.toFixed(1).padStart(9)} ${x.maxMs.toFixed(1).padStart(9)}`),
  ].join('\n');
}
