// Accounts, sessions and API tokens. Passwords are hashed with scrypt (node:crypto, a memory-hard KDF); sessions and
// tokens are random secrets of which only a SHA-256 is stored, so a copy of the database opens no account.
import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { VigieError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import { ROLES, type Role } from './types.js';

/** scrypt cost: N=2^15, r=8 (OWASP's minimum for scrypt), about 100 ms and 32 MB per hash. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
export const SESSION_HOURS = 12;
export const MIN_PASSWORD = 10;
const MAX_PASSWORD = 1024;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

function scryptAsync(password: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, { ...opts, maxmem: 256 * opts.N! * opts.r! }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** "scrypt$N$r$p$salt$key" (base64): the cost travels with the hash, so it can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, key] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !key) return false;
  const want = Buffer.from(key, 'base64');
  const got = await scryptAsync(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return got.length === want.length && timingSafeEqual(got, want);
}

export function sha256(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function secret(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function checkName(name: string): string {
  if (!NAME.test(name)) throw new VigieError('bad_input', 'a user name is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit');
  return name;
}

export function checkRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role)) throw new VigieError('bad_input', `role must be one of: ${ROLES.join(', ')}`);
  return role as Role;
}

export function checkPassword(password: string): string {
  if (password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
    throw new VigieError('bad_input', `a password has ${MIN_PASSWORD} to ${MAX_PASSWORD} characters`);
  }
  return password;
}

/** A random password for an account made without one (shown once). */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}

export interface User {
  id: number;
  name: string;
  role: Role;
  disabled: boolean;
  created_at: string;
}

function userOf(r: { id: number; name: string; role: string; disabled: number; created_at: string }): User {
  return { id: r.id, name: r.name, role: r.role as Role, disabled: r.disabled !== 0, created_at: r.created_at };
}

export async function addUser(store: Store, name: string, role: string, password: string): Promise<User> {
  checkName(name);
  checkRole(role);
  checkPassword(password);
  const hash = await hashPassword(password);
  return store.transaction(async (tx) => {
    const exists = await tx.db.selectFrom('users').select('id').where('name', '=', name).executeTakeFirst();
    if (exists) throw new VigieError('bad_input', `user ${name} already exists (vigie users reset ${name} sets a new password)`);
    const row = await tx.db
      .insertInto('users')
      .values({ name, role, password_hash: hash, created_at: new Date().toISOString() })
      .returning(['id', 'name', 'role', 'disabled', 'created_at'])
      .executeTakeFirstOrThrow();
    return userOf(row);
  });
}

export async function listUsers(store: Store): Promise<User[]> {
  return (await store.db.selectFrom('users').select(['id', 'name', 'role', 'disabled', 'created_at']).orderBy('name').execute()).map(userOf);
}

async function userByName(store: Store, name: string) {
  const row = await store.db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
  if (!row) throw new VigieError('not_found', `no user ${name.slice(0, 64)}`);
  return row;
}

/** Disables (or enables again) an account; disabling ends its sessions and its tokens stop working. */
export async function setDisabled(store: Store, name: string, disabled: boolean): Promise<void> {
  await store.transaction(async (tx) => {
    const u = await userByName(tx, name);
    await tx.db.updateTable('users').set({ disabled: disabled ? 1 : 0 }).where('id', '=', u.id).execute();
    if (disabled) await tx.db.deleteFrom('sessions').where('user_id', '=', u.id).execute();
  });
}

/** A new password; every session of the account ends. */
export async function resetPassword(store: Store, name: string, password: string): Promise<void> {
  checkPassword(password);
  const hash = await hashPassword(password);
  await store.transaction(async (tx) => {
    const u = await userByName(tx, name);
    await tx.db.updateTable('users').set({ password_hash: hash }).where('id', '=', u.id).execute();
    await tx.db.deleteFrom('sessions').where('user_id', '=', u.id).execute();
  });
}

export async function setRole(store: Store, name: string, role: string): Promise<void> {
  checkRole(role);
  const u = await userByName(store, name);
  await store.db.updateTable('users').set({ role }).where('id', '=', u.id).execute();
}

/** A new API token for scripts: the secret is returned once and only its hash is kept. */
export async function createToken(store: Store, name: string, label = 'token'): Promise<{ id: number; token: string }> {
  const u = await userByName(store, name);
  const token = secret('vgt_');
  const row = await store.db
    .insertInto('api_tokens')
    .values({ user_id: u.id, label: label.slice(0, 100), token_hash: sha256(token), created_at: new Date().toISOString(), revoked_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, token };
}

export async function listTokens(store: Store) {
  return store.db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id', 'u.name as user', 't.label', 't.created_at', 't.revoked_at'])
    .orderBy('t.id')
    .execute();
}

export async function revokeToken(store: Store, id: number): Promise<void> {
  const r = await store.db.updateTable('api_tokens').set({ revoked_at: new Date().toISOString() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw new VigieError('not_found', `no active token ${id}`);
}

/** The account of a password, or null (unknown name, wrong password, disabled: the caller says only "wrong"). */
export async function checkLogin(store: Store, name: string, password: string): Promise<User | null> {
  const row = await store.db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
  // An unknown name costs the same scrypt as a known one: timing tells nothing about which names exist.
  const ok = await verifyPassword(password, row?.password_hash ?? DUMMY_HASH);
  if (!row || !ok || row.disabled) return null;
  return userOf(row);
}

const DUMMY_HASH = `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(32).toString('base64')}`;

export interface Session {
  token: string;
  csrf: string;
  expires: Date;
}

/** A fresh session (a new secret each login: a session id planted before login is never reused). */
export async function createSession(store: Store, user: User, now = new Date()): Promise<Session> {
  const token = secret('');
  const csrf = secret('');
  const expires = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await store.db.deleteFrom('sessions').where('expires_at', '<', now.toISOString()).execute();
  await store.db
    .insertInto('sessions')
    .values({ token_hash: sha256(token), user_id: user.id, csrf, created_at: now.toISOString(), expires_at: expires.toISOString() })
    .execute();
  return { token, csrf, expires };
}

export async function endSession(store: Store, token: string): Promise<void> {
  await store.db.deleteFrom('sessions').where('token_hash', '=', sha256(token)).execute();
}

export interface Identity {
  user: User;
  /** How the request proved it: a session cookie (writes need its CSRF token) or an API token. */
  via: 'session' | 'token';
  csrf: string | null;
}

export async function identifySession(store: Store, token: string, now = new Date()): Promise<Identity | null> {
  const row = await store.db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.name', 'u.role', 'u.disabled', 'u.created_at', 's.csrf', 's.expires_at'])
    .where('s.token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row || row.disabled || row.expires_at < now.toISOString()) return null;
  return { user: userOf(row), via: 'session', csrf: row.csrf };
}

export async function identifyToken(store: Store, token: string): Promise<Identity | null> {
  const row = await store.db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['u.id', 'u.name', 'u.role', 'u.disabled', 'u.created_at', 't.revoked_at'])
    .where('t.token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row || row.disabled || row.revoked_at !== null) return null;
  return { user: userOf(row), via: 'token', csrf: null };
}

/** Whether any account can log in: a server with none has nobody to write. */
export async function hasActiveUsers(store: Store): Promise<boolean> {
  return (await store.db.selectFrom('users').select('id').where('disabled', '=', 0).limit(1).executeTakeFirst()) !== undefined;
}
