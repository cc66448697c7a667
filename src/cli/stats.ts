// `vigie stats`: what the database holds, by language, outlet and event type.
import type { Command } from 'commander';
import type { Settings } from '../config/settings.js';
import { safeLine } from '../core/errors.js';
import { analyse, type AnalysisReport } from '../analyse/report.js';
import type { Incident } from '../reconcile/types.js';
import { corpusStats } from '../store/queries.js';
import { loadReconcileInputs } from '../pipeline/reconcile-store.js';
import { notePendingWork, openStore } from './open-store.js';

export function registerStats(program: Command, settings: Settings): void {
  program
    .command('stats')
    .description('What the database holds: counts by language and outlet; incidents, killed and injured by type, month and département (per 100,000); spread; running counts stated in the press.')
    .option('--db <file|url>', `SQLite file or postgres:// URL (default: ${settings.db})`)
    .option('--json', 'print JSON instead of a table')
    .action(async (o: { db?: string; json?: boolean }) => {
      const store = await openStore(o.db, settings, { readOnly: true });
      try {
        await notePendingWork(store);
        const s = await corpusStats(store);
        const a = analyse(await store.visibleIncidents(), (await loadReconcileInputs(store)).claims);
        if (o.json) {
          process.stdout.write(JSON.stringify({ ...s, analysis: a }, null, 2) + '\n');
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
        if (a.total.incidents) lines.push('', ...analysisLines(a));
        process.stdout.write(lines.join('\n') + '\n');
      } finally {
        await store.close();
      }
    });
}

const TOP = 15;
/** Width of an ISO day, "YYYY-MM-DD": the longest date a table shows. */
const DAY_WIDTH = 10;
const n = (v: number | null, digits = 2) => (v === null ? '—' : v.toFixed(digits));

/** Incidents, deaths and injuries by type and area, per-100k rates, and how the violence spread. */
export function analysisLines(a: AnalysisReport): string[] {
  const t = a.total;
  const unknown = (k: number) => (k ? ` (+${k} not stated as a number)` : '');
  const out = [
    `incidents ${t.incidents}, killed ${t.killed}${unknown(t.killed_unknown)}, injured ${t.injured}${unknown(t.injured_unknown)}`,
    '',
    'by type                  incidents  killed  injured',
    ...a.byType.map((r) => `  ${r.key.padEnd(22)} ${String(r.incidents).padStart(9)}  ${String(r.killed).padStart(6)}  ${String(r.injured).padStart(7)}`),
  ];
  if (a.byMonth.length || a.withoutMonth.incidents) {
    out.push('', 'by month   incidents  killed');
    out.push(...a.byMonth.map((r) => `  ${r.key}  ${String(r.incidents).padStart(9)}  ${String(r.killed).padStart(6)}`));
    // Said, so the months need not add up to the total without a word.
    const w = a.withoutMonth;
    if (w.incidents) {
      const parts = [w.year_only ? `${w.year_only} dated to the year only` : '', w.undated ? `${w.undated} undated` : ''].filter(Boolean);
      out.push(`  not in a month: ${w.incidents} incident(s), ${parts.join(', ')}`);
    }
  }
  if (a.byDepartement.length) {
    out.push('', `by département (top ${TOP})             incidents  killed  per 100k`);
    const rows = [...a.byDepartement].sort((x, y) => y.incidents - x.incidents).slice(0, TOP);
    out.push(
      ...rows.map(
        (r) =>
          `  ${(r.key + ' ' + (r.name ?? '')).slice(0, 34).padEnd(35)} ${String(r.incidents).padStart(9)}  ${String(r.killed).padStart(6)}  ${n(r.incidents_per_100k, 3).padStart(8)}`,
      ),
    );
  }
  if (a.firstIncidentByDepartement.length) {
    out.push('', 'first recorded incident by département');
    // Dates are as precise as known ("2024", "2024-06", "2024-06-11"): padded to the longest so the names line up.
    out.push(...a.firstIncidentByDepartement.map((f) => `  ${f.date.padEnd(DAY_WIDTH)}  ${f.departement} ${f.name ?? ''}`.trimEnd()));
    // Départements whose incidents are all undated have no first date (nor a year in the table below).
    const dated = new Set(a.firstIncidentByDepartement.map((f) => f.departement));
    const undated = a.byDepartement.filter((r) => !dated.has(r.key));
    if (undated.length) out.push(`  ${'no date'.padEnd(DAY_WIDTH)}  ${undated.map((r) => `${r.key} ${r.name ?? ''}`.trim()).join(', ')}`);
  }
  if (a.spreadByYear.length) {
    out.push('', 'départements touched   year  that year  new  cumulative');
    out.push(...a.spreadByYear.map((y) => `                         ${y.year}  ${String(y.touched).padStart(9)}  ${String(y.new).padStart(3)}  ${String(y.cumulative).padStart(10)}`));
  }
  if (a.runningCounts.length || a.runningCountsLeftOut) {
    out.push('', 'running counts stated in sources vs incidents held');
    out.push(
      ...a.runningCounts.map(
        (r) => `  claim ${r.claim}: stated ${r.stated}, Vigie holds ${r.counted} (${r.counting}), difference ${r.difference >= 0 ? '+' : ''}${r.difference}`,
      ),
    );
    if (a.runningCountsLeftOut) {
      out.push(`  (${a.runningCountsLeftOut} ranked figure(s) not compared: not a count of deaths or shootings, or no known place and calendar period)`);
    }
  }
  return out;
}
