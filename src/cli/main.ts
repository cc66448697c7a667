#!/usr/bin/env node
// The `vigie` command: one file per subcommand, all thin layers over the pipeline and the store.
import { Command, CommanderError } from 'commander';
import { MMAP_THRESHOLD_BYTES, OPT_OUT_ENV, tuneAllocator } from '../core/allocator.js';
import { describeSettings, loadSettings, type Settings } from '../config/settings.js';
import { VigieError, reasonOf } from '../core/errors.js';
import { registerCopy } from './copy.js';
import { registerQueue, registerWorker } from './worker.js';
import { registerClaims, registerEvents } from './list.js';
import { registerExport } from './export.js';
import { registerIngest } from './ingest.js';
import { registerServe } from './serve.js';
import { registerStats } from './stats.js';
import { registerWatch } from './watch.js';
import { registerUsers } from './users.js';
import { registerEval } from './eval.js';

/** Exit statuses: 1 is kept for "ran, but some input failed" (ingest); anything that stops a command is 2. */
const EXIT_USAGE = 2;

// A reader that stops early (`vigie export | head`) closes the pipe: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

function fail(err: unknown): void {
  const code = err instanceof VigieError ? err.code : 'internal';
  process.stderr.write(`vigie: ${reasonOf(err)}${code === 'internal' ? '' : ` [${code}]`}\n`);
  process.exitCode = EXIT_USAGE;
}

// First, before any worker starts or any input is read: glibc's mmap threshold fixed for the whole run, so that a large
// body freed does not leave later buffers piling up in the arenas (src/core/allocator.ts). The environment the process
// started with decides whether the user already chose otherwise.
tuneAllocator(process.env);

let settings: Settings | null = null;
try {
  settings = loadSettings();
} catch (err) {
  fail(err);
}

if (settings) {
  const program = new Command();
  program
    .name('vigie')
    .description('Vigie: news articles about drug-trafficking violence in, a geolocated, source-linked database out.')
    .version('0.1.0')
    // Commander's own usage errors (unknown command or option, missing argument) exit like ours, with 2.
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      `\nEnvironment settings:\n${describeSettings()}\n  ${`${OPT_OUT_ENV}=1`.padEnd(24)} Keep glibc's own mmap threshold (on Linux vigie fixes it at ${MMAP_THRESHOLD_BYTES / 1024} KB: README, "Limits").` +
        '\n\nExit status: 0 success, 1 some input failed (ingest), 2 bad usage or the command could not run.',
    );

  registerIngest(program, settings);
  registerExport(program, settings);
  registerStats(program, settings);
  registerEvents(program, settings);
  registerClaims(program, settings);
  registerServe(program, settings);
  registerCopy(program, settings);
  registerWorker(program, settings);
  registerQueue(program, settings);
  registerWatch(program, settings);
  registerUsers(program, settings);
  registerEval(program, settings);

  program.parseAsync(process.argv).catch((err: unknown) => {
    if (err instanceof CommanderError) {
      // Commander has already printed its message; help and version requests are not errors.
      const asked = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
      process.exitCode = asked && err.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    fail(err);
  });
}
