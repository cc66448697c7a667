// API latency at scale on either dialect (issue #11: one million incidents, cold and warm, size on disk).
// Usage: node dist/bench/api-scale.js [--incidents N] [--runs N] [--dialect sqlite|postgres|both] [--db postgres://…]
// Also `npm run bench -- --only api-scale --incidents 1000000`. Without --db, PostgreSQL is a throwaway server of
// its own (bench/support/postgres-server.ts), removed at the end with its data; SQLite is a temporary file.
import { API_SCALE_P95_TARGET_MS, formatApiBench, runApiBench } from './api.js';
import { postgresBinDir, startPostgres } from './support/postgres-server.js';

export const DEFAULT_SCALE_INCIDENTS = 1_000_000;
export const DEFAULT_SCALE_RUNS = 100;

/**
 * The API bench on each dialect asked for, one after the other (never both databases on disk at once: a million
 * incidents take gigabytes), each table printed as soon as measured.
 */
export async function runApiScale(incidents: number, runs: number, dialect: string, db?: string): Promise<void> {
  const out = { push: (text: string) => console.log(text) };
  if (dialect === 'sqlite' || dialect === 'both') {
    process.stderr.write(`api-scale: writing ${incidents} incidents into SQLite…\n`);
    out.push(formatApiBench(await runApiBench(incidents, runs, undefined, API_SCALE_P95_TARGET_MS)));
  }
  if (dialect === 'postgres' || dialect === 'both') {
    if (db) {
      out.push(formatApiBench(await runApiBench(incidents, runs, db, API_SCALE_P95_TARGET_MS)));
    } else {
      const bin = postgresBinDir();
      if (bin === null) {
        out.push('\nAPI latency on PostgreSQL: skipped (no PostgreSQL binaries: apt-get install postgresql, or set VIGIE_PG_BIN)');
      } else {
        // Writes need no durability here (the data is generated); reads are what is measured.
        const server = await startPostgres(bin, { settings: POSTGRES_SETTINGS });
        try {
          process.stderr.write(`api-scale: writing ${incidents} incidents into PostgreSQL…\n`);
          out.push(formatApiBench(await runApiBench(incidents, runs, server.url, API_SCALE_P95_TARGET_MS)));
          out.push(`  PostgreSQL settings: ${POSTGRES_SETTINGS.join(' ')}`);
        } finally {
          server.stop();
        }
      }
    }
  }
}

/** A server given a share of this machine's memory, as a team's would be (the defaults date from small machines). */
const POSTGRES_SETTINGS = ['shared_buffers=1GB', 'effective_cache_size=4GB', 'work_mem=32MB', 'maintenance_work_mem=512MB', 'random_page_cost=1.1'];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const USAGE = `Usage: node dist/bench/api-scale.js [--incidents N] [--runs N] [--dialect sqlite|postgres|both] [--db postgres://…]
  --incidents N   synthetic incidents to write (default ${DEFAULT_SCALE_INCIDENTS.toLocaleString('en-GB')})
  --runs N        warm requests per query, filters varied run by run (default ${DEFAULT_SCALE_RUNS})
  --dialect D     sqlite, postgres or both, one after the other (default both; postgres with --db)
  --db URL        an empty PostgreSQL database of your own instead of a throwaway server
Prints, per dialect, each query's cold first request, median, p95 and max, with the machine's load; the deep pages
of the default list (page 200 and 90% down) are asked by cursor and, for comparison, by offset.`;

if (process.argv[1]?.endsWith('api-scale.js')) {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE);
    process.exit(0);
  }
  const db = arg('--db');
  const dialect = arg('--dialect') ?? (db ? 'postgres' : 'both');
  await runApiScale(Number(arg('--incidents') ?? DEFAULT_SCALE_INCIDENTS), Number(arg('--runs') ?? DEFAULT_SCALE_RUNS), dialect, db);
}
