// `vigie events` and `vigie claims`: extracted records in the terminal, each with its evidence sentence.
import type { Command } from 'commander';
import type { Settings } from '../config/settings.js';
import { safeLine } from '../core/errors.js';
import { EVENT_TYPES } from '../core/types.js';
import { claimRecord, eventRecord, type EventRecord } from '../export/records.js';
import { openStore } from './open-store.js';
import { oneOf, wholeNumber } from './options.js';

const DEFAULT_LIMIT = 50;

const limited = <T>(rows: T[], limit: number): T[] => (limit === 0 ? rows : rows.slice(0, limit));

/** "12 event(s)", saying so when the list shown is cut short. */
function countLine(total: number, limit: number, noun: string): string {
  const cut = limit !== 0 && total > limit ? ` (first ${limit} shown; --limit 0 for all)` : '';
  return `${total} ${noun}(s)${cut}\n`;
}

/** Where an event happened, as precisely as known: commune (département), else the region or country, else the words. */
export function placeLabel(e: Pick<EventRecord, 'place' | 'place_text'>): string {
  const p = e.place;
  const name = p ? (p.name ?? p.region ?? p.country) : null;
  if (name) return `${name}${p?.departement ? ` (${p.departement})` : ''}`;
  return e.place_text ?? '?';
}

export function registerEvents(program: Command, settings: Settings): void {
  program
    .command('events')
    .description('List extracted events with their date, place, casualties and evidence.')
    .option('--db <file|url>', `SQLite file or postgres:// URL (default: ${settings.db})`)
    .option('--type <type>', `only this event type: ${EVENT_TYPES.join(', ')}`, oneOf('--type', EVENT_TYPES))
    .option('--limit <n>', 'at most this many (0 = all)', wholeNumber('--limit'), DEFAULT_LIMIT)
    .action(async (o: { db?: string; type?: string; limit: number }) => {
      const store = await openStore(o.db, settings, { readOnly: true });
      try {
        const rows = (await store.currentEvents()).map(eventRecord).filter((e) => !o.type || e.type === o.type);
        for (const e of limited(rows, o.limit)) {
          process.stdout.write(
            `${e.id} ${e.type} ${e.date ?? '????'} [${e.date_precision}] ${safeLine(placeLabel(e), 60)} ` +
              `killed=${e.killed ?? '?'} injured=${e.injured ?? '?'}\n`,
          );
          for (const ev of e.evidence) process.stdout.write(`    "${safeLine(ev.text, 200)}"\n`);
        }
        process.stdout.write(countLine(rows.length, o.limit, 'event'));
      } finally {
        await store.close();
      }
    });
}

export function registerClaims(program: Command, settings: Settings): void {
  program
    .command('claims')
    .description('List statistical claims with value, measure, period, source and evidence.')
    .option('--db <file|url>', `SQLite file or postgres:// URL (default: ${settings.db})`)
    .option('--limit <n>', 'at most this many (0 = all)', wholeNumber('--limit'), DEFAULT_LIMIT)
    .action(async (o: { db?: string; limit: number }) => {
      const store = await openStore(o.db, settings, { readOnly: true });
      try {
        const rows = (await store.currentClaims()).map(claimRecord);
        for (const c of limited(rows, o.limit)) {
          process.stdout.write(
            `${c.id} ${c.value}${c.unit ? ' ' + c.unit : ''} — ${safeLine(c.measure, 80)} | period ${c.period ?? '?'}` +
              ` | ${safeLine(c.place ?? '?', 40)} | ${safeLine(c.attributed_to ?? 'unattributed', 60)}\n`,
          );
          for (const ev of c.evidence) process.stdout.write(`    "${safeLine(ev.text, 200)}"\n`);
        }
        process.stdout.write(countLine(rows.length, o.limit, 'claim'));
      } finally {
        await store.close();
      }
    });
}
