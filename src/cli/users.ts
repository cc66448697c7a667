// `vigie users`: accounts of the review dashboard and API (add, list, disable, enable, reset, role) and API tokens.
import type { Command } from 'commander';
import type { Settings } from '../config/settings.js';
import { VigieError } from '../core/errors.js';
import {
  addUser,
  createToken,
  generatePassword,
  listTokens,
  listUsers,
  resetPassword,
  revokeToken,
  setDisabled,
  setRole,
} from '../review/accounts.js';
import { ROLES } from '../review/types.js';
import type { Store } from '../store/store.js';
import { openStore } from './open-store.js';

/** The password from standard input (first line), for scripts: never on the command line, where ps shows it. */
async function readPassword(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const line = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
  if (!line) throw new VigieError('bad_input', '--password-stdin: no password on standard input');
  return line;
}

async function withStore(db: string | undefined, settings: Settings, fn: (s: Store) => Promise<void>): Promise<void> {
  const store = await openStore(db, settings, { readOnly: false });
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

export function registerUsers(program: Command, settings: Settings): void {
  const users = program.command('users').description('Accounts for reviewing (viewer, editor, admin) and API tokens for scripts.');
  const dbOpt = ['--db <file|url>', `SQLite file or postgres:// URL (default: ${settings.db})`] as const;

  users
    .command('add <name>')
    .description('Add an account; without --password-stdin a random password is made and printed once')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--password-stdin', 'read the password from standard input')
    .option(...dbOpt)
    .action(async (name: string, o: { role: string; passwordStdin?: boolean; db?: string }) => {
      const password = o.passwordStdin ? await readPassword() : generatePassword();
      await withStore(o.db, settings, async (store) => {
        const u = await addUser(store, name, o.role, password);
        process.stdout.write(`added ${u.name} (${u.role})\n`);
        if (!o.passwordStdin) process.stdout.write(`password: ${password}\n(shown once: give it to ${u.name}, who can have it reset with "vigie users reset ${u.name}")\n`);
      });
    });

  users
    .command('list')
    .description('Accounts and API tokens')
    .option(...dbOpt)
    .action(async (o: { db?: string }) => {
      await withStore(o.db, settings, async (store) => {
        for (const u of await listUsers(store)) process.stdout.write(`${u.name}\t${u.role}\t${u.disabled ? 'disabled' : 'active'}\t${u.created_at}\n`);
        for (const t of await listTokens(store)) {
          process.stdout.write(`token ${t.id}\t${t.user}\t${t.label}\t${t.created_at}\t${t.revoked_at ? `revoked ${t.revoked_at}` : 'active'}\n`);
        }
      });
    });

  for (const [cmd, disabled] of [['disable', true], ['enable', false]] as const) {
    users
      .command(`${cmd} <name>`)
      .description(disabled ? 'Disable an account: its sessions end, its tokens stop working' : 'Enable a disabled account again')
      .option(...dbOpt)
      .action(async (name: string, o: { db?: string }) => {
        await withStore(o.db, settings, async (store) => {
          await setDisabled(store, name, disabled);
          process.stdout.write(`${name} ${cmd}d\n`);
        });
      });
  }

  users
    .command('reset <name>')
    .description('Set a new password (random and printed once, or from --password-stdin); every session of the account ends')
    .option('--password-stdin', 'read the password from standard input')
    .option(...dbOpt)
    .action(async (name: string, o: { passwordStdin?: boolean; db?: string }) => {
      const password = o.passwordStdin ? await readPassword() : generatePassword();
      await withStore(o.db, settings, async (store) => {
        await resetPassword(store, name, password);
        process.stdout.write(`password of ${name} reset\n`);
        if (!o.passwordStdin) process.stdout.write(`password: ${password}\n(shown once)\n`);
      });
    });

  users
    .command('role <name> <role>')
    .description(`Change an account's role (${ROLES.join(', ')})`)
    .option(...dbOpt)
    .action(async (name: string, role: string, o: { db?: string }) => {
      await withStore(o.db, settings, async (store) => {
        await setRole(store, name, role);
        process.stdout.write(`${name} is now ${role}\n`);
      });
    });

  users
    .command('token <name>')
    .description('Make an API token for scripts (Authorization: Bearer TOKEN), printed once; only its hash is kept')
    .option('--label <text>', 'what it is for', 'token')
    .option(...dbOpt)
    .action(async (name: string, o: { label: string; db?: string }) => {
      await withStore(o.db, settings, async (store) => {
        const t = await createToken(store, name, o.label);
        process.stdout.write(`token ${t.id} for ${name}: ${t.token}\n(shown once; revoke with "vigie users revoke ${t.id}")\n`);
      });
    });

  users
    .command('revoke <token-id>')
    .description('Revoke an API token (its number, from "vigie users list")')
    .option(...dbOpt)
    .action(async (id: string, o: { db?: string }) => {
      if (!/^[0-9]{1,15}$/.test(id)) throw new VigieError('bad_input', `token id must be a number, got "${id.slice(0, 20)}"`);
      await withStore(o.db, settings, async (store) => {
        await revokeToken(store, Number(id));
        process.stdout.write(`token ${id} revoked\n`);
      });
    });
}
