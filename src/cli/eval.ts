// `vigie eval --reviewed`: accuracy of the machine's fields against people's final values, per field and per type.
import type { Command } from 'commander';
import type { Settings } from '../config/settings.js';
import { VigieError } from '../core/errors.js';
import { evalLines, evalReviewed } from '../review/eval.js';
import { openStore } from './open-store.js';

export function registerEval(program: Command, settings: Settings): void {
  program
    .command('eval')
    .description("Measure the extractor on this database's reviewed incidents: machine values against people's final ones")
    .option('--reviewed', 'compare with the reviews (the only source of truth this command knows)')
    .option('--json', 'print the figures as JSON')
    .option('--db <file|url>', `SQLite file or postgres:// URL (default: ${settings.db})`)
    .action(async (o: { reviewed?: boolean; json?: boolean; db?: string }) => {
      if (!o.reviewed) throw new VigieError('bad_input', 'say what to compare with: vigie eval --reviewed (the gold-set evaluation is "npm run eval")');
      const store = await openStore(o.db, settings, { readOnly: true });
      try {
        const e = await evalReviewed(store);
        process.stdout.write(o.json ? JSON.stringify(e, null, 2) + '\n' : evalLines(e).join('\n') + '\n');
      } finally {
        await store.close();
      }
    });
}
