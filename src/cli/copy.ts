// `vigie copy --from A --to B`: moves a whole observatory between databases (an SQLite file and PostgreSQL, either way).
import type { Command } from 'commander';
import type { Settings } from '../config/settings.js';
import { VigieError } from '../core/errors.js';
import { copyStore } from '../store/copy.js';
import { openStore as openLocation } from '../store/open.js';
import { finishPendingMerge, openStore } from './open-store.js';

export function registerCopy(program: Command, settings: Settings): void {
  program
    .command('copy')
    .description('Copy a whole database into a new, empty one: an SQLite file to PostgreSQL, or back. Exports of both are then identical (once a merge an interrupted ingest left undone is finished in both).')
    .requiredOption('--from <file|url>', 'the database to copy (read only)')
    .requiredOption('--to <file|url>', 'the new database: an SQLite file (created) or a postgres:// URL (an empty database)')
    .action(async (o: { from: string; to: string }) => {
      if (o.from === o.to) throw new VigieError('bad_input', 'copy: --from and --to name the same database');
      const from = await openStore(o.from, settings, { readOnly: true });
      try {
        const to = await openLocation(o.to);
        try {
          const counts = await copyStore(from, to, (table, rows) => process.stderr.write(`  ${table.padEnd(16)} ${rows}\n`));
          const total = Object.values(counts).reduce((a, b) => a + b, 0);
          process.stderr.write(`copied ${total} rows from ${from.location} to ${to.location}\n`);
          // The copy is a database this command writes: a merge an interrupted run left undone in the source (which
          // is only read, and keeps it) is finished in the copy, as any command that writes finishes it.
          await finishPendingMerge(to);
        } finally {
          await to.close();
        }
      } finally {
        await from.close();
      }
    });
}
