// `vigie events` and `vigie claims`: extracted records in the terminal, each with its evidence sentence.
import type { Command } from 'commander';
import type { Settings } from '../config/settings.js';
import { safeLine } from '../core/errors.js';
import { claimRecord, eventRecord } from '../export/records.js';
import { openStore } from './open-store.js';

const DEFAULT_LIMIT = 50;

export function registerEvents(program: Command, settings: Settings): void {
  program
    .command('events')
    .description('List extracted events with their date, place, casualties and evidence.')
    .option('--db <file>', `SQLite database (default: ${settings.db})`)
    .option('--type <type>', 'only this event type')
    .option('--limit <n>', 'at most this many', String(DEFAULT_LIMIT))
    .action((o: { db?: string; type?: string; limit: string }) => {
      const store = openStore(o.db, settings, { mustExist: true });
      try {
        const rows = store.currentEvents().map(eventRecord).filter((e) => !o.type || e.type === o.type);
        for (const e of rows.slice(0, Number(o.limit) || DEFAULT_LIMIT)) {
          const place = e.place ? `${e.place.name}${e.place.departement ? ` (${e.place.departement})` : ''}` : e.place_text ?? '?';
          process.stdout.write(
            `${e.id} ${e.type} ${e.date ?? '????'} [${e.date_precision}] ${safeLine(place, 60)} ` +
              `killed=${e.killed ?? '?'} injured=${e.injured ?? '?'}\n`,
          );
          for (const ev of e.evidence) process.stdout.write(`    "${safeLine(ev.text, 200)}"\n`);
        }
        process.stdout.write(`${rows.length} event(s)\n`);
      } finally {
        store.close();
      }
    });
}

export function registerClaims(program: Command, settings: Settings): void {
  program
    .command('claims')
    .description('List statistical claims with value, measure, period, source and evidence.')
    .option('--db <file>', `SQLite database (default: ${settings.db})`)
    .option('--limit <n>', 'at most this many', String(DEFAULT_LIMIT))
    .action((o: { db?: string; limit: string }) => {
      const store = openStore(o.db, settings, { mustExist: true });
      try {
        const rows = store.currentClaims().map(claimRecord);
        for (const c of rows.slice(0, Number(o.limit) || DEFAULT_LIMIT)) {
          process.stdout.write(
            `${c.id} ${c.value}${c.unit ? ' ' + c.unit : ''} — ${safeLine(c.measure, 80)} | period ${c.period ?? '?'}` +
              ` | ${safeLine(c.place ?? '?', 40)} | ${safeLine(c.attributed_to ?? 'unattributed', 60)}\n`,
          );
          for (const ev of c.evidence) process.stdout.write(`    "${safeLine(ev.text, 200)}"\n`);
        }
        process.stdout.write(`${rows.length} claim(s)\n`);
      } finally {
        store.close();
      }
    });
}
