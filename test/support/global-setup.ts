// vitest globalSetup: starts the throwaway PostgreSQL server the conformance suite runs against (see
// postgres-server.ts) and gives its URL to the tests as inject('postgresUrl'); null when PostgreSQL is absent.
import type { TestProject } from 'vitest/node';
import { postgresBinDir, startPostgres, type PostgresServer } from '../../bench/support/postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

let server: PostgresServer | null = null;

export async function setup(project: TestProject): Promise<void> {
  // An outside server can be given instead (a developer's own): its user must be allowed to create databases.
  const given = process.env.VIGIE_TEST_POSTGRES_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return;
  }
  const bin = postgresBinDir();
  if (bin === null) {
    if (process.env.CI) throw new Error('CI: PostgreSQL binaries (initdb, pg_ctl) not found; .ci/run installs the postgresql package');
    process.stderr.write(
      '\nvigie tests: PostgreSQL binaries (initdb, pg_ctl) not found: the PostgreSQL half of the conformance suite is SKIPPED. ' +
        'Install them (apt-get install postgresql) or set VIGIE_PG_BIN or VIGIE_TEST_POSTGRES_URL.\n\n',
    );
    project.provide('postgresUrl', null);
    return;
  }
  server = await startPostgres(bin);
  project.provide('postgresUrl', server.url);
}

export function teardown(): void {
  server?.stop();
  server = null;
}
