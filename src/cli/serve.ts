// `vigie serve`: the JSON API and the dashboard over one database, on 127.0.0.1 unless told otherwise.
import type { Command } from 'commander';
import type { Settings } from '../config/settings.js';
import { VigieError } from '../core/errors.js';
import { DEFAULT_HOST, DEFAULT_PORT, buildServer, defaultWebRoot } from '../serve/server.js';
import { openQueue } from '../queue/queue.js';
import { WatchState } from '../watch/state.js';
import { hasActiveUsers } from '../review/accounts.js';
import { isLoopback } from '../serve/auth.js';
import { notePendingWork, openStore } from './open-store.js';
import { runWatchLoop, watchConfigFrom, type WatchLoop } from './watch.js';

/** A watcher that has not finished a cycle for this long is reported unhealthy by /api/health. */
const WATCH_STALE_SECONDS = 15 * 60;

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new VigieError('bad_input', `--port must be a whole number 0–65535, got "${value}"`);
  return n;
}

export function registerServe(program: Command, settings: Settings): void {
  program
    .command('serve')
    .description('Serve the JSON API (docs at /api/docs, OpenAPI at /api/openapi.json) and the dashboard.')
    .option('--db <file|url>', `SQLite file or postgres:// URL (default: ${settings.db})`)
    .option('--port <n>', 'port to listen on (0 = any free port)', port, DEFAULT_PORT)
    .option('--host <h>', 'address to listen on; 0.0.0.0 exposes the server to the network', DEFAULT_HOST)
    .option(
      '--allowed-host <name>',
      'a host name the server answers to besides its address and localhost (repeat for several; a proxy\'s public name)',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--log', 'log every request')
    .option('--public-read', 'on an address other than 127.0.0.1, let anyone read without logging in (writes always need an account)')
    .option('--reviewed-only', 'show only incidents people confirmed or corrected')
    .option('--read-only', 'never write, even with accounts (no review actions, no logins)')
    .option('--watch <sources...>', 'also follow these sources files or feed URLs (as "vigie watch"): /metrics and the watcher\'s health are served')
    .option('--allow-private', 'with --watch: allow loopback, private and link-local addresses')
    .option('--in-process', 'with --watch on PostgreSQL: process articles here instead of queueing them for "vigie worker"')
    .action(
      async (o: {
        db?: string; port: number; host: string; allowedHost: string[]; log?: boolean; publicRead?: boolean; reviewedOnly?: boolean; readOnly?: boolean;
        watch?: string[]; allowPrivate?: boolean; inProcess?: boolean;
      }) => {
      if (o.watch && o.readOnly) throw new VigieError('bad_input', '--read-only cannot be used with --watch, which stores what it fetches');
      const watchConfig = o.watch ? await watchConfigFrom(o.watch, {}) : null;
      for (const p of watchConfig?.problems ?? []) process.stderr.write(`vigie: ${p} (entry skipped)\n`);
      if (watchConfig && !watchConfig.sources.length) throw new VigieError('bad_input', 'no valid source to watch');
      // Watching writes: the database is opened for writing (and created) then. Serving alone only reads, unless
      // there are accounts to log in with: logins and review actions write (sessions, corrections).
      let store = await openStore(o.db, settings, { readOnly: !watchConfig });
      if (!watchConfig && !o.readOnly && (await hasActiveUsers(store))) {
        await store.close();
        store = await openStore(o.db, settings, { readOnly: false });
      }
      if (!watchConfig) await notePendingWork(store);
      const queue = watchConfig && store.kind === 'postgres' && !o.inProcess ? await openQueue(o.db ?? settings.db) : null;
      const loop: WatchLoop | null = watchConfig ? runWatchLoop(store, watchConfig, settings, { allowPrivate: o.allowPrivate, quiet: true }, queue) : null;
      const webRoot = defaultWebRoot();
      const fromEnv = settings.allowedHosts.split(',').map((h) => h.trim()).filter(Boolean);
      const app = await buildServer({
        store,
        webRoot,
        logger: o.log ?? false,
        bindHost: o.host,
        allowedHosts: [...fromEnv, ...o.allowedHost],
        publicRead: o.publicRead ?? false,
        reviewedOnly: o.reviewedOnly ?? false,
        watch: loop ? { metrics: loop.metrics, state: new WatchState(store), staleAfterSeconds: WATCH_STALE_SECONDS } : undefined,
      });
      app.addHook('onClose', async () => {
        // SIGTERM: the watcher finishes the document in hand, then the database closes.
        loop?.stop();
        await loop?.done.catch(() => {});
        await queue?.stop({ graceful: false, wait: true }).catch(() => {});
        await store.close();
      });
      const address = await app.listen({ port: o.port, host: o.host });
      process.stderr.write(
        `vigie: serving ${store.location} at ${address}\n` +
          `  API docs   ${address}/api/docs\n` +
          (webRoot ? `  dashboard  ${address}/\n` : '  dashboard  not built (run "npm run build:web"); the API works without it\n') +
          (loop ? `  watching   ${loop.watcher.config.sources.length} source(s); metrics at ${address}/metrics\n` : '') +
          `  reading    ${isLoopback(o.host) || o.publicRead ? 'open (no login)' : 'login required (--public-read opens it)'}; review ${store.readOnly ? 'off (no account to log in with; vigie users add NAME --role editor makes one)' : 'on'}\n`,
      );
      const stop = () => void app.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
