// `vigie ingest <paths or URLs…>`: read, clean, classify, extract and store; a summary at the end.
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import type { Settings } from '../config/settings.js';
import { VigieError, safeLine } from '../core/errors.js';
import { ingest, type IngestSummary } from '../pipeline/ingest.js';
import { defaultWorkerCount } from '../pipeline/pool.js';
import { loadManifest } from '../read/manifest.js';
import { openStore } from './open-store.js';
import { enqueueInputs } from './worker.js';
import { wholeNumber } from './options.js';

interface IngestCliOptions {
  queue?: boolean;
  manifest?: string;
  db?: string;
  quiet?: boolean;
  workers?: number;
}

const HELP = `
Inputs: .txt, .html/.htm (and .gz), JSON and JSONL exports ({url,title,text|html,published,outlet}),
RSS 2.0 and Atom feeds (each item a document), folders (recursively, dot-files skipped) and http(s) URLs.
With --manifest and no inputs, the files and URLs the manifest lists are read.

A progress line is shown on stderr when it is a terminal (not with --quiet); the summary at the end lists
every failed input with its reason. The same document twice adds nothing; changed content at the same URL
(or path) is stored as a new version.

Exit status: 0 all inputs read, 1 some input failed (the others are stored), 2 bad usage (nothing read).`;

export function registerIngest(program: Command, settings: Settings): void {
  program
    .command('ingest')
    .description('Read files, folders, feeds, JSON/JSONL exports or http(s) URLs into the database.')
    .argument('[inputs...]', 'files, folders (recursive) or http(s) URLs')
    .option('--manifest <file>', 'CSV or JSON manifest giving file/url, outlet, published for the inputs')
    .option('--db <file|url>', `SQLite file (created with its folder if missing) or postgres:// URL (default: ${settings.db})`)
    .option('--workers <n>', 'worker threads (0 = main thread)', wholeNumber('--workers'))
    .option('--queue', 'put one job per document on the queue in the PostgreSQL database instead (run "vigie worker" to process them)')
    .option('-q, --quiet', 'no progress line; the summary (with every failure) only')
    .addHelpText('after', HELP)
    .action(async (inputs: string[], o: IngestCliOptions) => {
      if (inputs.length === 0 && !o.manifest) {
        throw new VigieError('bad_input', 'nothing to ingest: give files, folders or URLs (or --manifest FILE listing them)');
      }
      // A manifest that cannot be read would store every document without its outlet and date, and since the
      // same content is never stored twice, fixing the manifest later would not repair them: refuse up front.
      // Checked before the database is opened (or created): a refused manifest leaves nothing behind.
      const manifest = o.manifest ? await loadManifest(o.manifest) : null;
      if (manifest && inputs.length === 0 && !manifest.rows.some((r) => r.file !== null || r.url !== null)) {
        throw new VigieError('bad_input', `nothing to ingest: manifest ${manifest.path} lists no files or URLs`);
      }
      if (o.queue) {
        await enqueueInputs(inputs, manifest, o.db ?? settings.db, settings);
        return;
      }
      // (Its final merge takes in whatever an interrupted run left unmerged: not twice.)
      const store = await openStore(o.db, settings, { readOnly: false, finishMerge: false });
      const requested = o.workers ?? settings.workers;
      const showBar = !o.quiet && process.stderr.isTTY === true;
      const bar = showBar
        ? new SingleBar({
            format: 'ingest {value} read | {new} new | {unchanged} unchanged | {failed} failed | {rate}/s',
            stream: process.stderr,
            hideCursor: true,
            // The bar restores the cursor to where it started when stopped: clearing its line there lets a
            // failure line (and the summary) take its place instead of being drawn over by it.
            clearOnComplete: true,
          })
        : null;
      let shown: IngestSummary | null = null;
      const payload = (s: IngestSummary | null) => ({
        new: s ? s.new + s.versions : 0,
        unchanged: s?.unchanged ?? 0,
        failed: s?.failed ?? 0,
        rate: s ? (s.read / Math.max(0.001, s.elapsedMs / 1000)).toFixed(0) : '0',
      });
      bar?.start(0, 0, payload(null));
      let summary: IngestSummary;
      try {
        summary = await ingest(inputs, store, {
          workers: defaultWorkerCount(requested),
          documentTimeoutMs: settings.documentTimeoutMs,
          read: {
            manifest: o.manifest ?? null,
            maxFileBytes: settings.maxBytes,
            fetch: { timeoutMs: settings.fetchTimeoutMs, maxBytes: settings.maxBytes, userAgent: settings.userAgent },
          },
          onProgress: (s) => {
            if (!bar) return;
            shown = s;
            bar.setTotal(s.read);
            bar.update(s.read, payload(s));
          },
          // Live failure lines only above a progress line: without one, the summary's list says it once.
          onFailure: (f) => {
            if (!bar) return;
            bar.stop();
            process.stderr.write(`failed: ${safeLine(f.source)}: ${safeLine(f.reason)}\n`);
            bar.start(shown?.read ?? 0, shown?.read ?? 0, payload(shown));
          },
        });
        await store.optimize();
      } catch (err) {
        throw store.lost(err) ?? err;
      } finally {
        bar?.stop();
        await store.close();
      }
      const secs = (summary.elapsedMs / 1000).toFixed(1);
      process.stderr.write(
        `read ${summary.read}, new ${summary.new}, new versions ${summary.versions}, unchanged ${summary.unchanged}, ` +
          `failed ${summary.failed} (${secs} s)\n`,
      );
      for (const f of summary.failures) process.stderr.write(`  failed: ${safeLine(f.source)}: ${safeLine(f.reason)}\n`);
      if (summary.unlisted.failures) process.stderr.write(`  … and ${summary.unlisted.failures} more failures, not listed\n`);
      for (const w of summary.warnings) process.stderr.write(`  warning: ${safeLine(w.source)}: ${safeLine(w.reason)}\n`);
      if (summary.unlisted.warnings) process.stderr.write(`  … and ${summary.unlisted.warnings} more warnings, not listed\n`);
      if (summary.failed > 0) process.exitCode = 1;
    });
}
