// Incremental reconciliation at scale (issue #11): M new events merged into an SQLite database that already holds N
// reconciled events, time and memory, beside the same M new events merged into a much smaller base. The merge must
// stay incremental: its cost should follow the new events, not the database.
//
// Usage: node dist/bench/reconcile-scale.js [--base N] [--new M] [--also-base K] [--dense]
// Also `npm run bench -- --only reconcile-scale [--base N] [--new M] [--also-base K] [--dense]`.
//
// Each base is built in a fresh store in a temporary folder (removed at the end, also on error): its reports are
// written in bulk as stored, unreconciled events (a document, a story and an event each), then merged from scratch
// by the real reconcileIncidents, exactly as an earlier ingest would have left them; then the new events are stored
// and the incremental merge is timed. Building, and merging, run in child processes of their own, so the peak RSS
// measured is the merge's alone (a process that opens the database and merges, as `vigie ingest` does at its end),
// not the generator's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { tuneAllocator } from '../src/core/allocator.js';
import { reconcileIncidents } from '../src/pipeline/reconcile-store.js';
import type { EventRecord } from '../src/reconcile/types.js';
import { openStore } from '../src/store/open.js';
import { eventValues } from '../src/store/records.js';
import { Store } from '../src/store/store.js';
import { syntheticEvents } from './merging.js';
import { seededRandom, shuffled } from './support/events.js';

export const DEFAULT_BASE = 1_000_000;
export const DEFAULT_NEW = 100_000;
export const DEFAULT_ALSO_BASE = 100_000;

/**
 * Events per five years of the generator (bench/merging.ts spreads whatever it makes over 2020–2024). A base larger
 * than this is laid out as earlier five-year periods of the same density, each from a seed of its own: a real
 * observatory grows by adding years, not by packing more reports into the same days. Without that (--dense) a base
 * ten times larger is ten times denser, and each new event has ten times more stored reports it may be the same
 * incident as: the merge then does more work per event because there is more to compare, not because the database
 * is larger, and the two effects cannot be told apart.
 */
const PERIOD_EVENTS = 100_000;
/** Years between two periods: the generator's five. */
const PERIOD_YEARS = 5;
/** Share of the new events that are further reports of incidents the base already holds. */
const FOLLOW_UP_SHARE = 1 / 3;
/** Seed of the new, unrelated incidents: far from the seeds of the base's periods (1, 2, 3, …). */
const FRESH_SEED = 1_000_003;
/** Rows written per transaction in the bulk load. */
const WRITE_BATCH = 20_000;

/**
 * reconcileIncidents' error when a step leaves an event it had filed in an earlier step of the same call without an
 * incident. queryKeys (src/reconcile/incidents.ts) looks a day report's months up within the date slack (1 day),
 * while a pair with the same victims may be up to STRONG_SLACK_DAYS (3) apart: a report cut to its month ("2024-01")
 * links with a report of 2 February, but only the month report's keys find the other. A later step that reaches the
 * day report without the month report rewrites their incident without it. The build restarts the merge when it
 * happens (and says so); the measured merge does not: there, as in `vigie ingest`, it fails the whole merge.
 */
const UNFILED = /reconciliation did not file event/;

/** Store calls timed during the merge: the ones that read or write the database, so the rest is clustering. */
const TIMED_CALLS = [
  'staleMemberships',
  'unreconciledEvents',
  'eventIdsInBlocks',
  'eventsByIds',
  'incidentMembers',
  'incidentsOfEvents',
  'incidentData',
  'applyIncidentChanges',
] as const;
type TimedCall = (typeof TIMED_CALLS)[number];

// ---------------------------------------------------------------------------------------------
// Synthetic reports

/**
 * A date of the generator ("2021-03-04", or cut to "2021-03") moved back whole years: a report cut to its month still
 * holds the day the others tell (moved by days, "2020-02" became "1975-01" beside "1975-02-02"). A 29 February
 * becomes the 28th in a common year.
 */
function yearsBefore(date: string | null, years: number): string | null {
  if (date === null || years === 0) return date;
  const year = Number(date.slice(0, 4)) - years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const rest = date.slice(4);
  return `${year}${rest === '-02-29' && !leap ? '-02-28' : rest}`;
}

/** One period of the base: `size` reports from `seed`, moved back `periodsBack` periods. */
interface Period {
  size: number;
  seed: number;
  periodsBack: number;
}

/**
 * The base's periods, oldest first (the order an observatory would have stored them in). The most recent one is
 * always seed 1, so the recent reports of every base larger than PERIOD_EVENTS are the same, and the new events'
 * neighbourhood is the same whatever the base's size. --dense: one period of all of them.
 */
export function basePeriods(base: number, dense: boolean): Period[] {
  if (dense) return [{ size: base, seed: 1, periodsBack: 0 }];
  const out: Period[] = [];
  for (let k = 0; k * PERIOD_EVENTS < base; k++) out.push({ size: Math.min(PERIOD_EVENTS, base - k * PERIOD_EVENTS), seed: 1 + k, periodsBack: k });
  return out.reverse();
}

function periodEvents(p: Period): EventRecord[] {
  const { events } = syntheticEvents(p.size, p.seed);
  if (p.periodsBack === 0) return events;
  return events.map((e) => ({ ...e, date: yearsBefore(e.date, p.periodsBack * PERIOD_YEARS) }));
}

/**
 * Another outlet's report of an incident already stored: the stored report's facts with a report's usual noise (a
 * vaguer place, a count or the victim's age left out), as bench/merging.ts gives its own reports. Its date is the
 * stored report's: moved a day again, it could fall two days outside the month of a report cut to its month, a pair
 * the merge finds from one side only (see UNFILED).
 */
function followUp(of: EventRecord, n: number, random: () => number): EventRecord {
  const place = of.place && of.place.precision === 'commune' && random() < 0.15
    ? { ...of.place, name: `dep ${of.place.departement}`, commune_insee: null, precision: 'departement' as const }
    : of.place;
  return {
    ...of,
    id: `f${n}`,
    document: `df${n}`,
    place: random() < 0.02 ? null : place,
    killed: random() < 0.2 ? null : of.killed,
    victims: random() < 0.5 ? of.victims : [],
  };
}

/**
 * The M new events: two thirds new incidents (a fresh seed, over the most recent period), one third further reports
 * of incidents of the base's most recent `pool` reports, interleaved as an ingest of many sources stores them.
 * `pool` is at most the smaller base's size, so both bases hold every report followed up: the same new events go
 * into each.
 */
export function newEvents(count: number, pool: number): EventRecord[] {
  const random = seededRandom(FRESH_SEED);
  const follow = pool > 0 ? Math.round(count * FOLLOW_UP_SHARE) : 0;
  const fresh = syntheticEvents(count - follow, FRESH_SEED).events;
  const stored = syntheticEvents(pool, 1).events;
  const more = Array.from({ length: follow }, (_, n) => followUp(stored[Math.floor(random() * stored.length)], n, random));
  return shuffled([...fresh, ...more], random);
}

// ---------------------------------------------------------------------------------------------
// Bulk writing

/** The outlet of a generated report: bench/merging.ts numbers an incident's reports (d12-0, d12-1, …). */
function outletOf(e: EventRecord, id: number): string {
  const r = /-(\d+)$/.exec(e.document);
  return `Outlet ${r ? Number(r[1]) + 1 : 1 + (id % 8)}`;
}

const FILLER = ['selon le parquet', 'une enquête a été ouverte', 'sur fond de trafic de stupéfiants', 'les tireurs ont pris la fuite', 'dans une cité du quartier', 'la police judiciaire est saisie'];

/**
 * Writes reports as stored documents, each with one story and one event, through prepared statements on a
 * connection of its own (better-sqlite3 is synchronous: a row is a statement run, with no query building or promise).
 * The events are left unreconciled: no incident, no blocking key. Ids follow on from the rows already there.
 */
class ReportWriter {
  private readonly insertDocument;
  private readonly insertStory;
  private readonly insertEvent;
  private next: number;

  constructor(private readonly db: Database.Database) {
    this.insertDocument = db.prepare(
      `INSERT INTO documents (id, source, identity, url, outlet, published, title, language, format, encoding, content_hash, text, ingested_at)
       VALUES (@id, @url, @url, @url, @outlet, NULL, @title, 'fr', 'text', 'utf-8', @hash, @text, @ingested)`,
    );
    this.insertStory = db.prepare(
      `INSERT INTO stories (id, document_id, idx, title, text, language, relevance, relevant, terms) VALUES (@id, @id, 0, @title, @text, 'fr', 0.9, 1, '[]')`,
    );
    this.insertEvent = db.prepare(
      `INSERT INTO events (id, document_id, story_id, type, date, date_precision, killed, injured, commune_insee, departement, region, country, data)
       VALUES (@id, @document_id, @story_id, @type, @date, @date_precision, @killed, @injured, @commune_insee, @departement, @region, @country, @data)`,
    );
    this.next = 1 + ((db.prepare('SELECT max(id) AS id FROM documents').get() as { id: number | null }).id ?? 0);
  }

  /** Writes the reports in transactions of WRITE_BATCH; returns how many. */
  write(reports: readonly EventRecord[], ingested: string): number {
    const batch = this.db.transaction((part: readonly EventRecord[]) => {
      for (const report of part) this.writeOne(report, ingested);
    });
    for (let i = 0; i < reports.length; i += WRITE_BATCH) batch(reports.slice(i, i + WRITE_BATCH));
    return reports.length;
  }

  private writeOne(report: EventRecord, ingested: string): void {
    const id = this.next++;
    // What the extractor stored: the record without the fields reconciliation takes from the document.
    const { id: _id, document: _document, story: _story, published: _published, outlet: _outlet, source: _source, ...extracted } = report;
    const outlet = outletOf(report, id);
    const where = report.place?.name ?? 'un lieu non précisé';
    const title = `${report.type.replace(/_/g, ' ')} à ${where} (${report.date ?? 'date inconnue'})`;
    const text = `${title}\n${[0, 1, 2, 3].map((k) => FILLER[(id + k * 7) % FILLER.length]).join(', ')}. Rapport synthétique numéro ${id} de ${outlet}.`;
    this.insertDocument.run({ id, url: `https://outlet-${outlet.slice(7)}.example/report/${id}`, outlet, title, hash: `reconcile-scale:${id}`, text, ingested });
    this.insertStory.run({ id, title, text });
    this.insertEvent.run({ id, ...eventValues(id, id, extracted) });
  }
}

/**
 * Drops the secondary indexes of the tables the bulk load fills (primary keys and unique constraints stay: they
 * check the rows) and returns the statements that create them again, as SQLite describes them: one sorted build
 * each at the end instead of a million random inserts (the way bench/support/fixtures.ts loads its database).
 */
function dropIndexes(db: Database.Database, tables: readonly string[]): string[] {
  const rows = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')})`)
    .all(...tables) as Array<{ name: string; sql: string }>;
  for (const r of rows) db.exec(`DROP INDEX "${r.name}"`);
  return rows.map((r) => r.sql);
}

// ---------------------------------------------------------------------------------------------
// Timing the store's calls

interface CallTimes {
  calls: Record<TimedCall, { calls: number; ms: number }>;
  /**
   * The most V8 heap used at the start of a step's write, when the step holds its events and index; garbage not yet
   * collected included (V8 lets it grow towards its limit before collecting).
   */
  peakHeapMB: number;
}

/**
 * Wraps the store calls of the merge to add up the time each takes (the Store instances of transactions are made
 * inside the store, so the prototype is where to catch them). `onStep` runs at each step's write.
 */
function timeStoreCalls(onStep?: () => void): CallTimes {
  const times: CallTimes = { calls: Object.fromEntries(TIMED_CALLS.map((c) => [c, { calls: 0, ms: 0 }])) as CallTimes['calls'], peakHeapMB: 0 };
  const proto = Store.prototype as unknown as Record<TimedCall, (...args: unknown[]) => Promise<unknown>>;
  for (const name of TIMED_CALLS) {
    const original = proto[name];
    proto[name] = async function (this: Store, ...args: unknown[]) {
      if (name === 'applyIncidentChanges') {
        times.peakHeapMB = Math.max(times.peakHeapMB, process.memoryUsage().heapUsed / 1048576);
        onStep?.();
      }
      const t0 = performance.now();
      try {
        return await original.apply(this, args);
      } finally {
        times.calls[name].calls++;
        times.calls[name].ms += performance.now() - t0;
      }
    };
  }
  return times;
}

// ---------------------------------------------------------------------------------------------
// The two child phases

interface BuildResult {
  baseEvents: number;
  periods: number;
  bulkSeconds: number;
  scratchSeconds: number;
  /** Times the merge from scratch stopped on UNFILED and was called again. */
  restarts: number;
  baseIncidents: number;
  newEvents: number;
  newWriteSeconds: number;
}

interface MergeResult {
  events: number;
  incidentsChanged: number;
  incidentsAfter: number;
  /** New events now in an incident that holds base events too: the follow-ups found their incident (and chance merges). */
  joinedStored: number;
  seconds: number;
  maxRssMB: number;
  peakHeapMB: number;
  heapAfterMB: number;
  calls: CallTimes['calls'];
  allocator: string;
}

const count = (n: number) => n.toLocaleString('en-GB');
const progress = (line: string) => process.stderr.write(`reconcile-scale: ${line}\n`);

/** Child: the base written and merged from scratch, then the new events stored unreconciled. */
async function buildPhase(db: string, base: number, added: number, pool: number, dense: boolean): Promise<BuildResult> {
  tuneAllocator(process.env);
  // The schema, as any first ingest creates it.
  await (await openStore(db)).close();

  const t0 = performance.now();
  const periods = basePeriods(base, dense);
  const native = new Database(db);
  try {
    // Generated data: a crash mid-build just fails the bench, so no waiting on the disk.
    native.pragma('synchronous = OFF');
    native.pragma('cache_size = -262144');
    const rebuild = dropIndexes(native, ['documents', 'stories', 'events']);
    const writer = new ReportWriter(native);
    let written = 0;
    for (const [k, p] of periods.entries()) {
      written += writer.write(periodEvents(p), '2025-01-01T00:00:00.000Z');
      progress(`  base: period ${k + 1}/${periods.length} written, ${count(written)} of ${count(base)} events (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    }
    for (const create of rebuild) native.exec(create);
  } finally {
    native.close();
  }
  const bulkSeconds = (performance.now() - t0) / 1000;

  // The real merge, from scratch, step by step (each step its own transaction: the WAL stays small, where the
  // product's single transaction would grow it to the size of every incident written).
  progress(`  base: merging ${count(base)} events from scratch with reconcileIncidents…`);
  const t1 = performance.now();
  let steps = 0;
  timeStoreCalls(() => {
    if (++steps % 10 === 0) progress(`  base: step ${steps}, ${count(Math.min(base, steps * 10_000))} events merged (${((performance.now() - t1) / 1000).toFixed(0)} s)`);
  });
  const store = await openStore(db);
  let baseIncidents: number;
  let restarts = 0;
  try {
    for (;;) {
      try {
        await reconcileIncidents(store);
        break;
      } catch (err) {
        if (!UNFILED.test(String(err))) throw err;
        // The steps before were committed each in turn: a new call takes the unfiled event as new and merges it.
        restarts++;
        progress(`  base: the merge from scratch stopped (${(err as Error).message}); merging the rest in a new call`);
      }
    }
    const pending = await store.pendingReconcile();
    if (pending.events || pending.stale) throw new Error(`the merge from scratch left ${pending.events} events unmerged and ${pending.stale} stale memberships`);
    // As `vigie ingest` ends: the planner's statistics for the tables just written.
    await store.optimize();
    baseIncidents = await store.countIncidents();
  } finally {
    await store.close();
  }
  const scratchSeconds = (performance.now() - t1) / 1000;
  progress(`  base: ${count(baseIncidents)} incidents (${scratchSeconds.toFixed(0)} s from scratch)`);

  // The new reports, stored as an ingest stores them: indexes in place, nothing reconciled.
  const t2 = performance.now();
  const fresh = newEvents(added, pool);
  const more = new Database(db);
  try {
    new ReportWriter(more).write(fresh, '2025-06-01T00:00:00.000Z');
  } finally {
    more.close();
  }
  return { baseEvents: base, periods: periods.length, bulkSeconds, scratchSeconds, restarts, baseIncidents, newEvents: fresh.length, newWriteSeconds: (performance.now() - t2) / 1000 };
}

/** Child: the incremental merge alone, in one transaction under the reconciliation lock as reconcileStore runs it. */
async function mergePhase(db: string, base: number): Promise<MergeResult> {
  const allocator = tuneAllocator(process.env);
  const store = await openStore(db);
  try {
    const times = timeStoreCalls();
    const t0 = performance.now();
    const r = await store.transaction(async (tx) => {
      await tx.lockReconcile();
      return reconcileIncidents(tx);
    });
    const seconds = (performance.now() - t0) / 1000;
    const maxRssMB = process.resourceUsage().maxRSS / 1024;
    // (Base events have the ids up to the base's size: the new ones were stored after them.)
    const joined = await sql<{ n: number }>`SELECT count(DISTINCT n.event_id) AS n FROM incident_events n
      JOIN incident_events b ON b.incident_id = n.incident_id AND b.event_id <= ${base} WHERE n.event_id > ${base}`.execute(store.db);
    return {
      events: r.events,
      incidentsChanged: r.changed,
      incidentsAfter: await store.countIncidents(),
      joinedStored: joined.rows[0].n,
      seconds,
      maxRssMB,
      peakHeapMB: times.peakHeapMB,
      heapAfterMB: process.memoryUsage().heapUsed / 1048576,
      calls: times.calls,
      allocator: allocator.detail,
    };
  } finally {
    await store.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The parent: one fresh store per base, the two phases in children, the table

const here = fileURLToPath(import.meta.url);

/** Runs a phase in a child process (the same runtime flags: tsx's loader under tsx) and reads its JSON line. */
function child<T>(args: string[]): T {
  const r = spawnSync(process.execPath, [...process.execArgv, here, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`reconcile-scale ${args.slice(0, 2).join(' ')} failed (${r.signal ?? `exit ${r.status}`})`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as T;
}

interface Run {
  build: BuildResult;
  merge: MergeResult;
  dbMB: number;
}

function sizeMB(db: string): number {
  return [db, `${db}-wal`].reduce((sum, f) => sum + (statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0) / 1048576;
}

export interface ReconcileScaleOptions {
  base: number;
  added: number;
  alsoBase: number;
  dense: boolean;
}

/** Builds each base in turn (never two on disk at once), merges the same new events into each, prints the tables. */
export function runReconcileScale(o: ReconcileScaleOptions): void {
  const bases = [o.base, ...(o.alsoBase > 0 && o.alsoBase !== o.base ? [o.alsoBase] : [])];
  const pool = Math.min(...bases, o.dense ? Infinity : PERIOD_EVENTS);
  const root = mkdtempSync(join(tmpdir(), 'vigie-reconcile-scale-'));
  const cleanUp = () => rmSync(root, { recursive: true, force: true });
  // A Ctrl-C reaches the children too (same process group); the parent removes what they wrote.
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const loadBefore = loadavg();
  const runs: Run[] = [];
  try {
    for (const base of bases) {
      const db = join(root, `base-${base}.db`);
      progress(`building a base of ${count(base)} reconciled events${o.dense ? ' (dense)' : ''} and storing ${count(o.added)} new ones, in ${db}`);
      const build = child<BuildResult>(['--phase', 'build', '--db', db, '--base', String(base), '--new', String(o.added), '--pool', String(pool), ...(o.dense ? ['--dense'] : [])]);
      progress(`merging ${count(build.newEvents)} new events into the base of ${count(base)}…`);
      const merge = child<MergeResult>(['--phase', 'merge', '--db', db, '--base', String(base)]);
      progress(`  ${merge.seconds.toFixed(1)} s, ${count(merge.incidentsChanged)} incidents changed, peak RSS ${merge.maxRssMB.toFixed(0)} MB`);
      runs.push({ build, merge, dbMB: sizeMB(db) });
      for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
    }
  } finally {
    cleanUp();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  console.log(formatReconcileScale(runs, o, pool, loadBefore, loadavg()));
}

export function formatReconcileScale(runs: Run[], o: ReconcileScaleOptions, pool: number, before: number[], after: number[]): string {
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  const pad = (s: string | number, w: number) => String(s).padStart(w);
  const lines = [
    `\nincremental reconciliation at scale (SQLite; ${count(o.added)} new events, ${Math.round(FOLLOW_UP_SHARE * 100)}% of them further reports of stored incidents)`,
    o.dense
      ? '  layout: dense, every base event in the generator\'s five years (a larger base is also a denser one)'
      : `  layout: ${count(PERIOD_EVENTS)} events per five-year period, larger bases reaching further back; new events in the latest period`,
    `  follow-ups drawn from the latest ${count(pool)} base reports; load average ${load(before)} before, ${load(after)} after`,
    '  base events  periods  base incidents  build s  from scratch s  new events  merge s  new events/s  µs/new event  incidents changed  joined stored  peak RSS MB  peak heap MB  DB MB',
  ];
  for (const { build: b, merge: m, dbMB } of runs) {
    lines.push(
      `  ${pad(count(b.baseEvents), 11)}  ${pad(b.periods, 7)}  ${pad(count(b.baseIncidents), 14)}  ${pad((b.bulkSeconds + b.newWriteSeconds).toFixed(0), 7)}  ` +
        `${pad(b.scratchSeconds.toFixed(0), 14)}  ${pad(count(m.events), 10)}  ${pad(m.seconds.toFixed(1), 7)}  ${pad(count(Math.round(m.events / m.seconds)), 12)}  ` +
        `${pad(Math.round((m.seconds * 1e6) / m.events), 12)}  ${pad(count(m.incidentsChanged), 17)}  ${pad(count(m.joinedStored), 13)}  ${pad(m.maxRssMB.toFixed(0), 11)}  ${pad(m.peakHeapMB.toFixed(0), 12)}  ${pad(dbMB.toFixed(0), 5)}`,
    );
  }
  lines.push('  merge time by store call, seconds (calls); the rest is clustering in memory');
  lines.push(`  base events  ${TIMED_CALLS.map((c) => c.padStart(22)).join('')}  clustering`);
  for (const { build: b, merge: m } of runs) {
    const stored = TIMED_CALLS.reduce((sum, c) => sum + m.calls[c].ms, 0) / 1000;
    lines.push(
      `  ${pad(count(b.baseEvents), 11)}  ${TIMED_CALLS.map((c) => pad(`${(m.calls[c].ms / 1000).toFixed(2)} (${m.calls[c].calls})`, 22)).join('')}  ${pad((m.seconds - stored).toFixed(1), 10)}`,
    );
  }
  lines.push('  build s: writing the base and the new events in bulk; from scratch s: the base merged by reconcileIncidents;');
  lines.push('  joined stored: new events now in an incident that also holds base events; peak heap: V8 heap used at step ends, garbage');
  lines.push('  not yet collected included');
  for (const { build: b } of runs) {
    if (b.restarts) lines.push(`  the merge from scratch of the base of ${count(b.baseEvents)} stopped ${b.restarts} time(s) on an event left without an incident, and went on in a new call`);
  }
  lines.push(`  allocator: ${runs[0]?.merge.allocator ?? '–'}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Command line

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function numberArg(name: string, fallback: number): number {
  const v = arg(name);
  const n = v === undefined ? fallback : Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} takes a whole number, not ${v}`);
  return n;
}

const USAGE = `Usage: node dist/bench/reconcile-scale.js [--base N] [--new M] [--also-base K] [--dense]
  --base N        reconciled events the database holds before (default ${count(DEFAULT_BASE)})
  --new M         new events merged into it, a third of them further reports of stored incidents (default ${count(DEFAULT_NEW)})
  --also-base K   the same new events merged into a base of K events too, for comparison (default ${count(DEFAULT_ALSO_BASE)}; 0: none)
  --dense         every base event in the generator's five years (default: ${count(PERIOD_EVENTS)} events per five years, a
                  larger base reaching further back), so a larger base is also a denser one
Each base is built in a fresh SQLite store in a temporary folder (removed at the end): its events written in bulk,
merged from scratch by reconcileIncidents, then the new events stored and merged incrementally in a process of its
own. Prints per base: build and from-scratch times, the merge's time, µs per new event, incidents changed, peak RSS
and V8 heap, the database's size, and the merge's time by store call. The defaults take about half an hour on two
cores (building the base of 1,000,000: some 17 minutes; it holds 2.6 GB on disk) and no node flag: the merge of
100,000 new events peaks at about 3.6 GB resident with node's default heap, which V8 fills before collecting (1.6 GB
used); under --max-old-space-size=1024 (node's flag, passed on to the children) it peaks at 2.3 GB.
Also: npm run bench -- --only reconcile-scale [--base N] [--new M] [--also-base K] [--dense]`;

if (/reconcile-scale\.[jt]s$/.test(process.argv[1] ?? '')) {
  const phase = arg('--phase');
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE);
  } else if (phase === 'build') {
    const out = await buildPhase(arg('--db') as string, numberArg('--base', DEFAULT_BASE), numberArg('--new', DEFAULT_NEW), numberArg('--pool', 0), process.argv.includes('--dense'));
    process.stdout.write(JSON.stringify(out) + '\n');
  } else if (phase === 'merge') {
    process.stdout.write(JSON.stringify(await mergePhase(arg('--db') as string, numberArg('--base', DEFAULT_BASE))) + '\n');
  } else {
    runReconcileScale({ base: numberArg('--base', DEFAULT_BASE), added: numberArg('--new', DEFAULT_NEW), alsoBase: numberArg('--also-base', DEFAULT_ALSO_BASE), dense: process.argv.includes('--dense') });
  }
}
