#!/usr/bin/env node
// The `vigie` command: one file per subcommand, all thin layers over the pipeline and the store.
import { Command } from 'commander';
import { describeSettings, loadSettings } from '../config/settings.js';
import { VigieError, reasonOf } from '../core/errors.js';
import { registerClaims, registerEvents } from './list.js';
import { registerExport } from './export.js';
import { registerIngest } from './ingest.js';
import { registerServe } from './serve.js';
import { registerStats } from './stats.js';

const program = new Command();
const settings = loadSettings();
program
  .name('vigie')
  .description('Vigie: news articles about drug-trafficking violence in, a geolocated, source-linked database out.')
  .version('0.1.0')
  .addHelpText('after', `\nEnvironment settings:\n${describeSettings()}`);

registerIngest(program, settings);
registerExport(program, settings);
registerStats(program, settings);
registerEvents(program, settings);
registerClaims(program, settings);
registerServe(program, settings);

program.parseAsync(process.argv).catch((err: unknown) => {
  const code = err instanceof VigieError ? err.code : 'internal';
  process.stderr.write(`vigie: ${reasonOf(err)}${code === 'internal' ? '' : ` [${code}]`}\n`);
  process.exitCode = 2;
});
