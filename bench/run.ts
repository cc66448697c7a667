// `npm run bench`: ingest throughput and peak memory on a generated corpus (text and HTML, extraction off and
// on), reconciliation time, incident merging at 10k and 100k synthetic events, API latency on 100k incidents, review
// at scale (5,000 corrections on 100k incidents), the watcher, and queued ingestion on PostgreSQL beside SQLite (when
// PostgreSQL's binaries are installed). `npm run bench -- --only PART` runs one part: ingest, merging, api, review,
// watch or queue. `--only api-scale [--incidents N] [--dialect sqlite|postgres|both]` (never part of the default run:
// it writes a million incidents into each dialect) measures the API at scale. `--only reconcile-scale [--base N] [--new M]
// [--also-base K] [--dense]` (opt-in too: it builds a million reconciled events) measures incremental merging at scale.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchIncidentMerging } from './merging.js';
import { formatApiBench, runApiBench } from './api.js';
import { DEFAULT_SCALE_INCIDENTS, DEFAULT_SCALE_RUNS, runApiScale } from './api-scale.js';
import { DEFAULT_ALSO_BASE, DEFAULT_BASE, DEFAULT_NEW, runReconcileScale } from './reconcile-scale.js';
import { DEFAULT_CORRECTIONS, DEFAULT_REVIEW_INCIDENTS, formatReviewBench, runReviewBench } from './review.js';
import { writeCorpus, type CorpusInfo } from './generate.js';
import { runQueueBench } from './queue.js';
import { postgresBinDir, startPostgres } from './support/postgres-server.js';

const DEFAULT_DOCS = 10_000;
/** Documents of the queue benchmark's corpus (generated text articles with a manifest). */
const DEFAULT_QUEUE_DOCS = 2_000;
const MERGE_SIZES = [10_000, 100_000];
/** Bump when the generated corpus changes, so a cached corpus of an older generator is not reused. */
const CORPUS_VERSION = 2;
const here = dirname(fileURLToPath(import.meta.url));

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** A built checkout of another version (e.g. main at /tmp/main-ref): its ingest runs on the same corpus, side by side. */
function textArg(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : null;
}

const docs = arg('--docs', DEFAULT_DOCS);
const reference = textArg('--reference');
/**
 * `--compare-malloc`: each ingest run twice, alternating, as vigie sets the allocator and with glibc's defaults
 * (VIGIE_DEFAULT_MALLOC=1): what the fixed mmap threshold costs or saves in speed and memory (issue #9).
 */
const compareMalloc = process.argv.includes('--compare-malloc');
/** `--only ingest`: the ingest table alone (comparing versions without the merging and API parts); likewise the others. */
const only = textArg('--only');
const runs = (part: 'ingest' | 'merging' | 'api' | 'review' | 'watch' | 'queue') => only === null || only === part;
/** Opt-in parts: only when asked for by name. */
const asked = (part: 'api-scale' | 'reconcile-scale') => only === part;
const apiIncidents = arg('--api-incidents', 100_000);
const reviewIncidents = arg('--review-incidents', DEFAULT_REVIEW_INCIDENTS);
const corrections = arg('--corrections', DEFAULT_CORRECTIONS);

/** A generated corpus, cached in the temporary folder across runs. */
function corpusOf(count: number, kinds: Array<'text' | 'html'>): Partial<Record<'text' | 'html', CorpusInfo>> {
  const root = join(tmpdir(), `vigie-bench-v${CORPUS_VERSION}-${kinds.join('-')}-${count}`);
  const marker = join(root, 'complete.json');
  if (!existsSync(marker)) {
    process.stderr.write(`generating ${count} documents (${kinds.join(', ')}) in ${root}…\n`);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    const info = Object.fromEntries(kinds.map((kind, i) => [kind, writeCorpus(root, kind, count, i + 1)]));
    writeFileSync(marker, JSON.stringify(info));
  }
  return JSON.parse(readFileSync(marker, 'utf8')) as Partial<Record<'text' | 'html', CorpusInfo>>;
}

interface ChildResult {
  read: number;
  stored: number;
  failed: number;
  seconds: number;
  docsPerSecond: number;
  ingestRssMB: number;
  mainHeapMB: number;
  reconcileMs: number | null;
  events: number | null;
  incidents: number | null;
  maxRssMB: number;
  allocator: string;
  cpuSeconds: number;
}

async function benchIngest(): Promise<void> {
  const corpus = corpusOf(docs, ['text', 'html']) as Record<'text' | 'html', CorpusInfo>;
  const ingestRuns: Array<{ kind: 'text' | 'html'; extract: boolean }> = [
    { kind: 'text', extract: false },
    { kind: 'text', extract: true },
    { kind: 'html', extract: false },
    { kind: 'html', extract: true },
  ];
  const rows: Array<[string, string, boolean, ChildResult]> = [];
  const versions: Array<[string, string, NodeJS.ProcessEnv]> = [['this', join(here, 'ingest-child.js'), process.env]];
  if (compareMalloc) versions.push(['glibc', join(here, 'ingest-child.js'), { ...process.env, VIGIE_DEFAULT_MALLOC: '1' }]);
  if (reference) versions.push(['ref', join(reference, 'dist', 'bench', 'ingest-child.js'), process.env]);
  for (const { kind, extract } of ingestRuns) {
    // Alternating versions run by run, so a load change on the shared machine weighs on both alike.
    for (const [version, child, env] of versions) {
      const db = join(dirname(corpus[kind].root), `${kind}-${extract ? 'x' : 'nx'}-${version}.db`);
      for (const f of [db, db + '-wal', db + '-shm']) rmSync(f, { force: true });
      process.stderr.write(`ingesting ${kind}, extraction ${extract ? 'on' : 'off'} (${version})…\n`);
      const args = [child, corpus[kind].root, db];
      if (corpus[kind].manifest) args.push('--manifest', corpus[kind].manifest as string);
      if (!extract) args.push('--no-extract', '--no-reconcile');
      const out = execFileSync(process.execPath, args, {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 16 * 1024 * 1024,
        env,
      });
      rows.push([version, kind, extract, JSON.parse(out.trim().split('\n').pop()!) as ChildResult]);
      for (const f of [db, db + '-wal', db + '-shm']) rmSync(f, { force: true });
    }
  }

  const num = (v: number | null, width: number, digits = 0) => (v === null ? '–' : v.toFixed(digits)).padStart(width);
  console.log(`\ningest throughput (${docs} documents each, into SQLite; 2 worker threads)`);
  for (const kind of ['text', 'html'] as const) {
    console.log(`  ${kind}: ${corpus[kind].onTopic} articles on topic, ${corpus[kind].incidents} distinct incidents told`);
  }
  if (reference) console.log(`  this = this checkout, ref = ${reference}`);
  for (const [version] of versions) {
    const r = rows.find(([v]) => v === version)?.[3];
    if (r) console.log(`  ${version}: allocator ${r.allocator ?? 'as the environment gave it'}`);
  }
  console.log('ver   kind  extract  stored  failed  seconds   docs/s  CPU s  ingest RSS MB  main heap MB  reconcile s  events  incidents  peak RSS MB');
  for (const [version, kind, extract, r] of rows) {
    console.log(
      `${version.padEnd(5)} ${kind.padEnd(5)} ${(extract ? 'on' : 'off').padStart(7)}  ${num(r.stored, 6)}  ${num(r.failed, 6)}  ${num(r.seconds, 7, 1)}  ` +
        `${num(r.docsPerSecond, 7)}  ${num(r.cpuSeconds ?? null, 5, 1)}  ${num(r.ingestRssMB, 13)}  ${num(r.mainHeapMB, 12)}  ${num(r.reconcileMs === null ? null : r.reconcileMs / 1000, 11, 1)}  ` +
        `${num(r.events, 6)}  ${num(r.incidents, 9)}  ${num(r.maxRssMB, 11)}`,
    );
  }
}



if (runs('ingest')) await benchIngest();

if (runs('merging')) {
  console.log('\nincident merging (synthetic events, from scratch)');
  console.log('  events  incidents  generated  impure       ms  µs/event');
  for (const n of MERGE_SIZES) {
    const r = benchIncidentMerging(n);
    console.log(
      `${String(r.events).padStart(8)}  ${String(r.incidents).padStart(9)}  ${String(r.trueIncidents).padStart(9)}  ` +
        `${String(r.impure).padStart(6)}  ${String(r.ms).padStart(7)}  ${String(r.microsPerEvent).padStart(8)}`,
    );
  }
}

if (runs('api')) console.log(formatApiBench(await runApiBench(apiIncidents)));

// The API at one million incidents on SQLite and PostgreSQL (issue #11): opt-in, it takes minutes and gigabytes.
if (asked('api-scale')) {
  await runApiScale(arg('--incidents', DEFAULT_SCALE_INCIDENTS), arg('--runs', DEFAULT_SCALE_RUNS), textArg('--dialect') ?? 'both');
}

// Incremental reconciliation of 100k new events into a million stored ones (issue #11): opt-in, tens of minutes.
if (asked('reconcile-scale')) {
  runReconcileScale({ base: arg('--base', DEFAULT_BASE), added: arg('--new', DEFAULT_NEW), alsoBase: arg('--also-base', DEFAULT_ALSO_BASE), dense: process.argv.includes('--dense') });
}

// Review at scale (issue #12): a synthetic database of its own, no generated corpus.
if (runs('review')) {
  process.stderr.write(`review: ${corrections} corrections on ${reviewIncidents} synthetic incidents…\n`);
  console.log(formatReviewBench(await runReviewBench(reviewIncidents, corrections)));
}

// The watcher (issue #13): 500 followed sources at a 15-minute interval, in a process of its own so that its CPU and
// memory are its own.
if (runs('watch')) {
  process.stderr.write('watching 500 simulated sources…\n');
  process.stdout.write(execFileSync(process.execPath, [join(here, 'watch.js')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024 }));
}

// Queued ingestion (issue #11): SQLite beside PostgreSQL with 1 and 2 worker processes, on a throwaway server with
// PostgreSQL's default durability (each commit waits for its write to disk, as on a team's server).
if (runs('queue')) {
  const bin = postgresBinDir();
  if (bin === null) {
    console.log('\nqueued ingestion: skipped (no PostgreSQL binaries: apt-get install postgresql, or set VIGIE_PG_BIN)');
  } else {
    const { text } = corpusOf(arg('--queue-docs', DEFAULT_QUEUE_DOCS), ['text']);
    const server = await startPostgres(bin, { durable: true });
    try {
      console.log(await runQueueBench(text!.root, text!.manifest!, server.url));
    } finally {
      server.stop();
    }
  }
}
