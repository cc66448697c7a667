// `vigie stats`: what the database holds, by language, outlet and event type.
import type { Command } from 'commander';
import type { Settings } from '../config/settings.js';
import { safeLine } from '../core/errors.js';
import { corpusStats } from '../store/queries.js';
import { openStore } from './open-store.js';

export function registerStats(program: Command, settings: Settings): void {
  program
    .command('stats')
    .description('Counts of documents, stories, relevant stories, events and claims, by language and outlet.')
    .option('--db <file>', `SQLite database (default: ${settings.db})`)
    .option('--json', 'print JSON instead of a table')
    .action((o: { db?: string; json?: boolean }) => {
      const store = openStore(o.db, settings, { mustExist: true });
      try {
        const s = corpusStats(store);
        if (o.json) {
          process.stdout.write(JSON.stringify(s, null, 2) + '\n');
          return;
        }
        const lines = [
          `documents        ${s.documents}${s.versions ? ` (+${s.versions} older versions)` : ''}`,
          `stories          ${s.stories}`,
          `relevant stories ${s.relevantStories}`,
          `events           ${s.events}`,
          `claims           ${s.claims}`,
          `incidents        ${s.incidents}`,
          '',
          'by language       stories  relevant',
          ...s.byLanguage.map((l) => `  ${l.language.padEnd(15)} ${String(l.stories).padStart(7)}  ${String(l.relevant).padStart(8)}`),
          '',
          'by outlet                       documents  relevant',
          ...s.byOutlet.map(
            (r) =>
              `  ${safeLine(r.outlet ?? '(unknown)', 28).padEnd(29)} ${String(r.documents).padStart(9)}  ${String(r.relevant).padStart(8)}`,
          ),
        ];
        if (s.byEventType.length) {
          lines.push('', 'by event type', ...s.byEventType.map((t) => `  ${t.type.padEnd(22)} ${t.events}`));
        }
        process.stdout.write(lines.join('\n') + '\n');
      } finally {
        store.close();
      }
    });
}
