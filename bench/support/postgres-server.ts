// A throwaway PostgreSQL server for the conformance suite (test/support/global-setup.ts) and the benchmarks. initdb
// in a temporary folder, pg_ctl start on a free local port, stopped (and the folder removed) when the run ends. Without PostgreSQL binaries the
// PostgreSQL half of the suite is skipped with a message; .ci/run installs them, so CI always runs it.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The folder holding initdb and pg_ctl: $VIGIE_PG_BIN, Debian's /usr/lib/postgresql/<newest>/bin, or the PATH. */
export function postgresBinDir(): string | null {
  const fromEnv = process.env.VIGIE_PG_BIN;
  if (fromEnv) return existsSync(join(fromEnv, 'initdb')) ? fromEnv : null;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => existsSync(join(debian, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(debian, versions[0], 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, 'initdb'))) return dir;
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface PostgresServer {
  url: string;
  stop(): void;
  /** Stops the server as a crash or an operator would (immediate shutdown), keeping its data for `start`. */
  halt(): void;
  /** Starts a halted server again on the same port and data. */
  start(): void;
}

export interface PostgresOptions {
  /** Require this password of user "vigie" on TCP connections (SCRAM), as a real server would; default: trust. */
  password?: string;
  /**
   * Keep PostgreSQL's default durability (fsync, synchronous commits): a benchmark measures what a team's server
   * does. Default false: the tests' throwaway server skips it, for speed.
   */
  durable?: boolean;
  /** More server settings (`name=value`), e.g. memory for a benchmark on a large database. */
  settings?: string[];
}

/**
 * Starts a server on 127.0.0.1 with trust authentication for user "vigie" (superuser, so tests can create
 * databases). initdb refuses to run as root: as root, the server runs as the "postgres" system user.
 */
export async function startPostgres(bin: string, options: PostgresOptions = {}): Promise<PostgresServer> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const full = join(bin, cmd);
    execFileSync(asRoot ? 'runuser' : full, asRoot ? ['-u', 'postgres', '--', full, ...args] : args, { stdio: 'pipe' });
  };
  if (asRoot) {
    chmodSync(dir, 0o777);
  }
  const port = await freePort();
  const auth = ['--auth=trust'];
  if (options.password !== undefined) {
    const pwfile = join(dir, 'pw');
    writeFileSync(pwfile, options.password + '\n');
    if (asRoot) chmodSync(pwfile, 0o644);
    auth.splice(0, 1, '--auth-local=trust', '--auth-host=scram-sha-256', `--pwfile=${pwfile}`);
  }
  run('initdb', ['-D', data, '-U', 'vigie', ...auth, '--encoding=UTF8', '--locale=C.UTF-8']);
  writeFileSync(join(dir, 'pg.log'), '');
  if (asRoot) chmodSync(join(dir, 'pg.log'), 0o666);
  const start = () =>
    run('pg_ctl', [
      '-D', data, '-l', join(dir, 'pg.log'), '-w', '-t', '60', 'start',
      '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${options.durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off'} -c max_connections=300${(options.settings ?? []).map((x) => ` -c ${x}`).join('')}`,
    ]);
  start();
  const user = options.password === undefined ? 'vigie' : `vigie:${encodeURIComponent(options.password)}`;
  return {
    url: `postgres://${user}@127.0.0.1:${port}/postgres`,
    halt: () => run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']),
    start,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
