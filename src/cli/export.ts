// `vigie export --format json|jsonl [--out FILE]`: the whole database in the export contract (PRODUCT.md).
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import type { Settings } from '../config/settings.js';
import { VigieError } from '../core/errors.js';
import { writeJson, writeJsonl } from '../export/json.js';
import { openStore } from './open-store.js';

const FORMATS = ['json', 'jsonl'] as const;

export function registerExport(program: Command, settings: Settings): void {
  program
    .command('export')
    .description('Write the database as JSON (one object: the export contract) or JSON Lines.')
    .option('--format <format>', `one of ${FORMATS.join(', ')}`, 'json')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--db <file>', `SQLite database (default: ${settings.db})`)
    .action(async (o: { format: string; out?: string; db?: string }) => {
      if (!(FORMATS as readonly string[]).includes(o.format)) {
        throw new VigieError('bad_input', `unknown format "${o.format}": use one of ${FORMATS.join(', ')}`);
      }
      const store = openStore(o.db, settings, { mustExist: true });
      const out = o.out ? createWriteStream(o.out) : process.stdout;
      try {
        if (o.format === 'json') await writeJson(store, out);
        else await writeJsonl(store, out);
      } finally {
        store.close();
        if (o.out) await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
      }
    });
}
