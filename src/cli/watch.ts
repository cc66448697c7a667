// `vigie watch`: follow feeds, sitemaps and listing pages, store what is new, deliver alerts; `vigie sources add`
// finds a site's feeds. The loop itself (runWatchLoop) is shared with `vigie serve --watch`.
import type { Command } from 'commander';
import type PgBoss from 'pg-boss';
import type { Settings } from '../config/settings.js';
import { VigieError, reasonOf, safeLine } from '../core/errors.js';
import { defaultWorkerCount, ProcessingPool } from '../pipeline/pool.js';
import { openQueue } from '../queue/queue.js';
import { decodeBytes, charsetFromContentType } from '../read/encoding.js';
import type { Store } from '../store/store.js';
import { PoliteFetcher } from '../watch/fetcher.js';
import { discoverFeeds, listingKind } from '../watch/links.js';
import { WatchMetrics } from '../watch/metrics.js';
import { addSourcesToFile, loadWatchConfig, sourceFromUrl, parseDuration, type WatchConfig } from '../watch/sources.js';
import { summaryLine, Watcher } from '../watch/watcher.js';
import { openStore } from './open-store.js';
import { wholeNumber } from './options.js';

export interface WatchCliOptions {
  db?: string;
  once?: boolean;
  allowPrivate?: boolean;
  interval?: string;
  hostDelayMs?: number;
  workers?: number;
  inProcess?: boolean;
  quiet?: boolean;
}

const URL_ARG = /^https?:\/\//i;

/** The sources the arguments name: sources files (YAML or JSON) and feed or page URLs, merged. */
export async function watchConfigFrom(args: string[], o: WatchCliOptions): Promise<WatchConfig> {
  if (!args.length) throw new VigieError('bad_input', 'nothing to watch: give a sources file (YAML or JSON) or feed/page URLs');
  const config: WatchConfig = { file: null, sources: [], allowHosts: [], alerts: [], problems: [] };
  const interval = o.interval === undefined ? null : parseDuration(o.interval);
  if (o.interval !== undefined && interval === null) throw new VigieError('bad_input', `--interval must be a duration such as "15m" or "90s", got "${safeLine(o.interval, 40)}"`);
  for (const a of args) {
    if (URL_ARG.test(a)) {
      const s = sourceFromUrl(a);
      if (interval !== null) s.intervalSeconds = interval;
      if (!config.sources.some((x) => x.url === s.url)) config.sources.push(s);
      continue;
    }
    const c = await loadWatchConfig(a);
    config.file ??= a;
    for (const s of c.sources) if (!config.sources.some((x) => x.url === s.url)) config.sources.push(s);
    config.allowHosts.push(...c.allowHosts);
    config.alerts.push(...c.alerts);
    config.problems.push(...c.problems);
  }
  return config;
}

export interface WatchLoop {
  watcher: Watcher;
  metrics: WatchMetrics;
  /** Resolves once the loop has stopped (after `stop`, or after one cycle with `once`). */
  done: Promise<void>;
  stop(): void;
}

/** Seconds until the next source is due, between 1 s and 60 s (sources added to the database later are seen then). */
async function secondsToNextDue(watcher: Watcher): Promise<number> {
  const states = await watcher.state.sources(watcher.config.sources.map((s) => s.url));
  let next = Infinity;
  for (const s of watcher.config.sources) {
    const due = states.get(s.url)?.next_due_at;
    next = Math.min(next, due ? (Date.parse(due) - Date.now()) / 1000 : 0);
  }
  return Math.max(1, Math.min(60, Number.isFinite(next) ? next : 60));
}

/** Runs cycles until stopped: one summary line per cycle on stderr, a line per source unless quiet. */
export function runWatchLoop(store: Store, config: WatchConfig, settings: Settings, o: WatchCliOptions, queue: PgBoss | null): WatchLoop {
  const metrics = new WatchMetrics();
  const workers = defaultWorkerCount(o.workers ?? settings.workers);
  const pool = queue ? undefined : new ProcessingPool(workers, { documentTimeoutMs: settings.documentTimeoutMs });
  const watcher = new Watcher(store, config, {
    fetcher: { userAgent: settings.userAgent, timeoutMs: settings.fetchTimeoutMs, maxBytes: settings.maxBytes, ...(o.hostDelayMs !== undefined ? { hostDelayMs: o.hostDelayMs } : {}) },
    allowPrivate: o.allowPrivate ?? false,
    workers,
    pool,
    documentTimeoutMs: settings.documentTimeoutMs,
    queue,
    metrics,
    onProgress: o.quiet ? undefined : (line) => process.stderr.write(line + '\n'),
  });
  let wake: (() => void) | null = null;
  const done = (async () => {
    try {
      for (let n = 1; ; n++) {
        try {
          const s = await watcher.cycle();
          process.stderr.write(summaryLine(n, s) + '\n');
        } catch (err) {
          // A service keeps going through a bad cycle (the database away for a moment): the next one starts over from
          // the state the database holds. A single run (--once) reports it as the command's failure.
          if (o.once) throw err;
          process.stderr.write(`cycle ${n} failed: ${safeLine(reasonOf(err))}\n`);
        }
        if (o.once || watcher.stopping) break;
        const wait = await secondsToNextDue(watcher);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, wait * 1000);
          wake = () => {
            clearTimeout(t);
            resolve();
          };
        });
        if (watcher.stopping) break;
      }
    } finally {
      await pool?.close();
    }
  })();
  return {
    watcher,
    metrics,
    done,
    stop: () => {
      watcher.stop();
      wake?.();
    },
  };
}

const HELP = `
Sources file (YAML or JSON):
  sources:
    - url: https://example.org/rss.xml      # an RSS/Atom feed, a sitemap, or a listing page
      name: Example                         # default: the host
      type: feed                            # feed | sitemap | listing | auto (default: auto, told from the content)
      language: fr                          # language hint
      interval: 15m                         # default 15m
      outlet: Example Daily
      pattern: "/faits-divers/.+"           # listing pages: links matching this are articles
  allow_private: [intranet.example, 10.1.0.0/16]   # hosts or ranges fetched even though private
  alerts:
    - name: marseille
      type: shooting_homicide
      departement: "13"
      min_killed: 1
      only_conflicts: false
      webhook: https://hooks.example/vigie  # JSON POST, header X-Vigie-Signature: sha256=HMAC(secret, timestamp.body)
      secret_env: VIGIE_HOOK_SECRET         # environment variable holding the shared secret

Addresses in loopback, private, link-local (metadata) and other non-public ranges are refused, after DNS resolution
and on every redirect, unless --allow-private or allow_private. With a postgres:// database the fetched articles go
to the workers' queue ("vigie worker" processes them) unless --in-process.

Exit status: 0 ran (failing sources are reported and backed off), 2 bad usage.`;

export function registerWatch(program: Command, settings: Settings): void {
  program
    .command('watch')
    .description('Follow feeds, sitemaps and listing pages: fetch what is new, store it, deliver alerts.')
    .argument('<sources...>', 'sources files (YAML or JSON) and/or feed, sitemap or page URLs')
    .option('--db <file|url>', `SQLite file or postgres:// URL (default: ${settings.db})`)
    .option('--once', 'run one cycle and exit (for cron and tests)')
    .option('--allow-private', 'allow loopback, private and link-local addresses (tests, intranets)')
    .option('--interval <duration>', 'interval of the URLs given as arguments (default 15m)')
    .option('--host-delay-ms <n>', 'pause between two requests to the same host (default 1000)', wholeNumber('--host-delay-ms'))
    .option('--workers <n>', 'worker threads (0 = main thread)', wholeNumber('--workers'))
    .option('--in-process', 'with PostgreSQL: process the articles here instead of queueing them for "vigie worker"')
    .option('-q, --quiet', 'the summary line of each cycle only')
    .addHelpText('after', HELP)
    .action(async (args: string[], o: WatchCliOptions) => {
      const config = await watchConfigFrom(args, o);
      for (const p of config.problems) process.stderr.write(`vigie: ${p} (entry skipped)\n`);
      if (!config.sources.length) throw new VigieError('bad_input', 'no valid source to watch');
      const store = await openStore(o.db, settings, { readOnly: false });
      const queue = store.kind === 'postgres' && !o.inProcess ? await openQueue(o.db ?? settings.db) : null;
      const loop = runWatchLoop(store, config, settings, o, queue);
      const stop = () => {
        process.stderr.write('vigie: stopping after the document in hand…\n');
        loop.stop();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        await loop.done;
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        await queue?.stop({ graceful: false, wait: true }).catch(() => {});
        await store.close();
      }
    });

  const sources = program.command('sources').description('Manage the sources file of "vigie watch".');
  sources
    .command('add')
    .description('Add a site to a sources file: the feeds its page announces (<link rel="alternate">), or the URL itself when it is a feed or sitemap.')
    .argument('<url>', 'a site or page URL (or a feed URL)')
    .option('--file <sources.yaml>', 'sources file to add to (created if missing)', 'sources.yaml')
    .option('--allow-private', 'allow loopback and private addresses (tests, intranets)')
    .action(async (url: string, o: { file: string; allowPrivate?: boolean }) => {
      sourceFromUrl(url);
      const fetcher = new PoliteFetcher({ allowPrivate: o.allowPrivate ?? false, allowHosts: [], userAgent: settings.userAgent, timeoutMs: settings.fetchTimeoutMs, hostDelayMs: 0, retries: 1 });
      const got = await fetcher.get(url);
      if (!got.ok) throw new VigieError('bad_input', `cannot fetch ${safeLine(url, 200)}: ${got.reason}`);
      if (got.notModified) throw new VigieError('bad_input', `unexpected 304 from ${safeLine(url, 200)}`);
      const decoded = decodeBytes(got.result.bytes, { httpCharset: charsetFromContentType(got.result.contentType), sniffDeclarations: true });
      if (!decoded.ok) throw new VigieError('bad_input', `cannot read ${safeLine(url, 200)}: ${decoded.reason}`);
      const kind = listingKind(decoded.text);
      const found =
        kind === 'html'
          ? discoverFeeds(decoded.text, got.result.finalUrl).map((f) => ({ url: f, name: new URL(f).host, type: 'feed' as const }))
          : [{ url: got.result.finalUrl, name: new URL(url).host, type: kind === 'feed' ? ('feed' as const) : ('sitemap' as const) }];
      if (!found.length) {
        throw new VigieError('not_found', `${safeLine(url, 200)} announces no feed (no <link rel="alternate" type="application/rss+xml|atom+xml">); add it as a listing page with a pattern`);
      }
      const added = await addSourcesToFile(o.file, found);
      for (const f of found) process.stdout.write(`${added.includes(f.url) ? 'added' : 'already there'}: ${f.url} (${f.type})\n`);
    });
}
