// `vigie serve`: the JSON API and the dashboard over one database, on 127.0.0.1 unless told otherwise.
import type { Command } from 'commander';
import type { Settings } from '../config/settings.js';
import { VigieError } from '../core/errors.js';
import { DEFAULT_HOST, DEFAULT_PORT, buildServer, defaultWebRoot } from '../serve/server.js';
import { hasActiveUsers } from '../review/accounts.js';
import { isLoopback } from '../serve/auth.js';
import { notePendingWork, openStore } from './open-store.js';

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
    .action(async (o: { db?: string; port: number; host: string; allowedHost: string[]; log?: boolean; publicRead?: boolean; reviewedOnly?: boolean; readOnly?: boolean }) => {
      let store = await openStore(o.db, settings, { readOnly: true });
      // Logins and review actions write (sessions, corrections): with accounts to log in with, the database is
      // opened for writing. Without any, nobody can write, and it stays read-only (a read-only file still serves).
      if (!o.readOnly && (await hasActiveUsers(store))) {
        await store.close();
        store = await openStore(o.db, settings, { readOnly: false });
      }
      await notePendingWork(store);
      const webRoot = defaultWebRoot();
      const fromEnv = settings.allowedHosts.split(',').map((h) => h.trim()).filter(Boolean);
      const app = await buildServer({ store, webRoot, logger: o.log ?? false, bindHost: o.host, allowedHosts: [...fromEnv, ...o.allowedHost],
        publicRead: o.publicRead ?? false, reviewedOnly: o.reviewedOnly ?? false,
      });
      app.addHook('onClose', async () => store.close());
      const address = await app.listen({ port: o.port, host: o.host });
      process.stderr.write(
        `vigie: serving ${store.location} at ${address}\n` +
          `  API docs   ${address}/api/docs\n` +
          (webRoot ? `  dashboard  ${address}/\n` : '  dashboard  not built (run "npm run build:web"); the API works without it\n') +
          `  reading    ${isLoopback(o.host) || o.publicRead ? 'open (no login)' : 'login required (--public-read opens it)'}; review ${store.readOnly ? 'off (no account to log in with; vigie users add NAME --role editor makes one)' : 'on'}\n`,
      );
      const stop = () => void app.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
