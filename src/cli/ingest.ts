// `vigie ingest <paths or URLs…>`: read, clean, classify, extract and store; a summary at the end.
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import type { Settings } from '../config/settings.js';
import { safeLine } from '../core/errors.js';
import { ingest, type IngestSummary } from '../pipeline/ingest.js';
import { defaultWorkerCount } from '../pipeline/pool.js';
import { openStore } from './open-store.js';

interface IngestCliOptions {
  manifest?: string;
  db?: string;
  quiet?: boolean;
  workers?: string;
}

export function registerIngest(program: Command, settings: Settings): void {
  program
    .command('ingest')
    .description('Read files, folders, feeds, JSON/JSONL exports or http(s) URLs into the database.')
    .argument('<inputs...>', 'files, folders (recursive) or http(s) URLs')
    .option('--manifest <file>', 'CSV or JSON manifest giving file/url, outlet, published for the inputs')
    .option('--db <file>', `SQLite database (default: ${settings.db})`)
    .option('--workers <n>', 'worker threads (0 = main thread)')
    .option('-q, --quiet', 'no progress bar, failures and summary only')
    .action(async (inputs: string[], o: IngestCliOptions) => {
      const store = openStore(o.db, settings, { mustExist: false });
      const requested = o.workers !== undefined ? Number(o.workers) : settings.workers;
      const showBar = !o.quiet && process.stderr.isTTY === true;
      const bar = showBar
        ? new SingleBar({
            format: 'ingest {value} read | {new} new | {unchanged} unchanged | {failed} failed | {rate}/s',
            stream: process.stderr,
            hideCursor: true,
          })
        : null;
      bar?.start(0, 0, { new: 0, unchanged: 0, failed: 0, rate: '0' });
      let summary: IngestSummary;
      try {
        summary = await ingest(inputs, store, {
          workers: defaultWorkerCount(requested),
          read: {
            manifest: o.manifest ?? null,
            maxFileBytes: settings.maxBytes,
            fetch: { timeoutMs: settings.fetchTimeoutMs, maxBytes: settings.maxBytes, userAgent: settings.userAgent },
          },
          onProgress: (s) => {
            if (!bar) return;
            bar.setTotal(s.read);
            bar.update(s.read, {
              new: s.new + s.versions,
              unchanged: s.unchanged,
              failed: s.failed,
              rate: (s.read / Math.max(0.001, s.elapsedMs / 1000)).toFixed(0),
            });
          },
          onFailure: (f) => {
            if (bar) bar.stop();
            process.stderr.write(`failed: ${f.source}: ${f.reason}\n`);
            if (bar) bar.start(0, 0, { new: 0, unchanged: 0, failed: 0, rate: '0' });
          },
        });
      } finally {
        bar?.stop();
        store.close();
      }
      const secs = (summary.elapsedMs / 1000).toFixed(1);
      process.stderr.write(
        `read ${summary.read}, new ${summary.new}, new versions ${summary.versions}, unchanged ${summary.unchanged}, ` +
          `failed ${summary.failed} (${secs} s)\n`,
      );
      for (const f of summary.failures) process.stderr.write(`  ${safeLine(f.source)}: ${safeLine(f.reason)}\n`);
      if (summary.failed > 0) process.exitCode = 1;
    });
}
