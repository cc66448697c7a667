// Scale-out ingestion: a job queue held in PostgreSQL (pg-boss, in its own "pgboss" schema of the observatory's
// database). `vigie ingest --queue` puts one job per document (a file, or a URL); `vigie worker` processes, on any
// number of machines, take jobs, run the pipeline, store each document in its own transaction and merge. A job whose
// worker dies stays active until it expires, then is retried: the documents it had stored are found unchanged.
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import PgBoss from 'pg-boss';
import { VigieError } from '../core/errors.js';
import type { RawDocument } from '../core/types.js';
import { postgresReason, printableUrl } from '../store/dialects/postgres/connect.js';
import { isPostgresUrl } from '../store/open.js';

export const INGEST_QUEUE = 'vigie-ingest';

export interface IngestJob {
  /** An absolute file path (the workers must see the same files: a shared folder) or an http(s) URL. */
  input: string;
  /** The manifest giving the document's outlet and date, if any (an absolute path the workers can read). */
  manifest: string | null;
  /**
   * The document itself, already read (an article `vigie watch` fetched): the worker processes it as it is
   * instead of reading `input` again. `input` is then its URL.
   */
  document?: RawDocument;
}

export interface QueueSettings {
  /** Seconds a job may stay active before it is taken as lost (its worker died) and retried. */
  jobTimeoutSeconds: number;
  /** How often expired jobs are looked for, in seconds. */
  maintenanceSeconds: number;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = { jobTimeoutSeconds: 600, maintenanceSeconds: 30 };

/** Tries a job at most this many times more after a failure (a worker that died, a database that went away). */
const RETRY_LIMIT = 3;

export async function openQueue(url: string, settings: QueueSettings = DEFAULT_QUEUE_SETTINGS): Promise<PgBoss> {
  if (!isPostgresUrl(url)) {
    throw new VigieError('bad_input', `the job queue lives in PostgreSQL: give --db a postgres:// URL (not ${url})`);
  }
  const boss = new PgBoss({
    connectionString: url,
    max: 4,
    maintenanceIntervalSeconds: settings.maintenanceSeconds,
  });
  // Connection errors of idle clients reach the next call; logging them here would print the URL.
  boss.on('error', () => {});
  try {
    await boss.start();
    if (!(await boss.getQueue(INGEST_QUEUE))) {
      await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: RETRY_LIMIT, retryDelay: 1, expireInSeconds: settings.jobTimeoutSeconds });
    }
  } catch (err) {
    await boss.stop({ graceful: false }).catch(() => {});
    throw new VigieError('storage', `cannot open the job queue in ${printableUrl(url)}: ${postgresReason(err)}`, { cause: err });
  }
  return boss;
}

/** The documents an input names: a file, every file under a folder, or a URL. */
export function documentsOf(input: string): string[] {
  if (/^https?:\/\//i.test(input)) return [input];
  const path = resolve(input);
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) throw new VigieError('not_found', `no file or folder at ${input}`);
  if (!info.isDirectory()) return [path];
  return (readdirSync(path, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; name: string; parentPath?: string; path?: string }>)
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => resolve(e.parentPath ?? e.path ?? path, e.name))
    .sort();
}

/**
 * Puts one job per document; a document already waiting or running is not queued again (two enqueuers racing may
 * still queue one twice: the store then finds it unchanged). Returns how many were queued.
 */
export async function enqueue(boss: PgBoss, documents: readonly string[], manifest: string | null): Promise<number> {
  const waiting = await boss
    .getDb()
    .executeSql(`SELECT data->>'input' AS input FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`, [INGEST_QUEUE]);
  const already = new Set((waiting.rows as Array<{ input: string }>).map((r) => r.input));
  const jobs = [...new Set(documents)]
    .filter((input) => !already.has(input))
    .map((input) => ({ name: INGEST_QUEUE, data: { input, manifest: manifest === null ? null : resolve(manifest) } satisfies IngestJob }));
  for (let i = 0; i < jobs.length; i += 500) await boss.insert(jobs.slice(i, i + 500));
  return jobs.length;
}

/** Puts one job per document already read (the watcher's fetched articles); returns how many were queued. */
export async function enqueueDocuments(boss: PgBoss, documents: readonly RawDocument[]): Promise<number> {
  const jobs = documents.map((document) => ({ name: INGEST_QUEUE, data: { input: document.source, manifest: null, document } satisfies IngestJob }));
  if (jobs.length) await boss.insert(jobs);
  return jobs.length;
}

export interface QueueStatus {
  /** Jobs by state: created (waiting), retry, active, completed, failed, cancelled. */
  states: Record<string, number>;
  /** The latest failures: the document and why. */
  failures: Array<{ input: string; reason: string; attempts: number }>;
}

export async function queueStatus(boss: PgBoss): Promise<QueueStatus> {
  const db = boss.getDb();
  const states: Record<string, number> = { created: 0, retry: 0, active: 0, completed: 0, failed: 0, cancelled: 0 };
  const byState = await db.executeSql('SELECT state::text AS state, COUNT(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state', [INGEST_QUEUE]);
  for (const r of byState.rows as Array<{ state: string; n: number }>) states[r.state] = r.n;
  const failed = await db.executeSql(
    `SELECT data->>'input' AS input, output, retry_count AS attempts FROM pgboss.job
     WHERE name = $1 AND state = 'failed' ORDER BY completed_on DESC LIMIT 20`,
    [INGEST_QUEUE],
  );
  const failures = (failed.rows as Array<{ input: string; output: { message?: string } | null; attempts: number }>).map((r) => ({
    input: r.input,
    reason: r.output?.message ?? 'failed',
    attempts: r.attempts + 1,
  }));
  return { states, failures };
}

/** Jobs still to do (waiting, to be retried, or running). */
export async function pendingJobs(boss: PgBoss): Promise<number> {
  const s = (await queueStatus(boss)).states;
  return s.created + s.retry + s.active;
}
