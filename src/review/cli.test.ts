// `vigie users`, `vigie eval --reviewed` and `vigie serve` with accounts, as a user runs them (the built CLI).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store/open.js';
import { checkLogin } from './accounts.js';
import { confirmIncident, editIncident, rejectIncident } from './actions.js';
import { incidentsByFile, ingestCorpus, writeReviewCorpus } from '../../test/support/review-corpus.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
const built = existsSync(cli);

function vigie(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, VIGIE_DB: '' }, input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!built)('vigie users and vigie eval --reviewed', () => {
  it('adds, lists, disables, resets accounts and makes and revokes tokens', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'vigie-users-')), 'v.db');
    const add = vigie(['users', 'add', 'ana', '--role', 'editor', '--db', db]);
    expect(add.status, add.stderr).toBe(0);
    const password = /password: (\S+)/.exec(add.stdout)![1];
    expect(vigie(['users', 'add', 'bo', '--role', 'admin', '--password-stdin', '--db', db], 'a long enough secret\n').status).toBe(0);
    const bad = vigie(['users', 'add', 'cy', '--role', 'superuser', '--db', db]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/role must be one of: viewer, editor, admin/);
    expect(vigie(['users', 'add', 'ana', '--role', 'viewer', '--db', db]).stderr).toMatch(/already exists/);
    const token = vigie(['users', 'token', 'ana', '--label', 'nightly', '--db', db]);
    expect(token.stdout).toMatch(/token 1 for ana: vgt_/);
    expect(vigie(['users', 'disable', 'ana', '--db', db]).status).toBe(0);
    expect(vigie(['users', 'revoke', '1', '--db', db]).status).toBe(0);
    const list = vigie(['users', 'list', '--db', db]).stdout;
    expect(list).toMatch(/^ana\teditor\tdisabled/m);
    expect(list).toMatch(/^bo\tadmin\tactive/m);
    expect(list).toMatch(/token 1\tana\tnightly\t.*\trevoked/);
    // Shown once: the list names tokens, never their secret, and the database holds only its hash.
    const secret = /token 1 for ana: (\S+)/.exec(token.stdout)![1];
    expect(list).not.toContain(secret);
    vigie(['users', 'enable', 'ana', '--db', db]);
    const reset = vigie(['users', 'reset', 'ana', '--db', db]);
    const fresh = /password: (\S+)/.exec(reset.stdout)![1];
    const store = await openStore(db);
    try {
      expect(await checkLogin(store, 'ana', password)).toBe(null);
      expect((await checkLogin(store, 'ana', fresh))?.role).toBe('editor');
      expect((await checkLogin(store, 'bo', 'a long enough secret'))?.role).toBe('admin');
      // The password is stored as an scrypt hash, never as written.
      const row = await store.db.selectFrom('users').select('password_hash').where('name', '=', 'ana').executeTakeFirstOrThrow();
      expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(row.password_hash).not.toContain(fresh);
      const hashes = (await store.db.selectFrom('api_tokens').select('token_hash').execute()).map((r) => r.token_hash);
      expect(hashes).toHaveLength(1);
      expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
      expect(hashes[0]).not.toContain(secret);
    } finally {
      await store.close();
    }
  });

  it('eval --reviewed prints accuracy per field and per type; exports carry the review', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'vigie-eval-')), 'v.db');
    const store = await openStore(db);
    try {
      await ingestCorpus(writeReviewCorpus(), store);
      const incs = await incidentsByFile(store);
      const shooting = incs.find((i) => i.files.includes('shooting-a.txt'))!;
      await editIncident(store, 'ana', shooting.id, { field: 'date', value: '2025-04-06', reason: 'late on the 6th' });
      await confirmIncident(store, 'ana', incs.find((i) => i.files.includes('seizure.txt'))!.id);
      await rejectIncident(store, 'ana', incs.find((i) => i.files.includes('arson.txt'))!.id, 'not drug related');
    } finally {
      await store.close();
    }
    const out = vigie(['eval', '--reviewed', '--db', db]);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/reviewed incidents 2 \(confirmed or corrected\), rejected 1/);
    expect(out.stdout).toMatch(/^ {2}date +1 \/ 2 +50\.0%$/m);
    expect(out.stdout).toMatch(/^ {2}killed +2 \/ 2 +100\.0%$/m);
    expect(out.stdout).toMatch(/^ {2}shooting_homicide +1 +6 \/ 7 +85\.7%$/m);
    const json = JSON.parse(vigie(['eval', '--reviewed', '--json', '--db', db]).stdout);
    expect(json.fields.find((f: { field: string }) => f.field === 'date')).toEqual({ field: 'date', right: 1, total: 2 });
    expect(vigie(['eval', '--db', db]).stderr).toMatch(/vigie eval --reviewed/);

    const csv = parse(vigie(['export', '--format', 'csv', '--db', db]).stdout.replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
    expect(csv.length).toBe(2);
    const shot = csv.find((r) => r.event_type === 'shooting_homicide')!;
    expect(shot).toMatchObject({ event_date: '2025-04-06', review_status: 'corrected', reviewed_by: 'ana' });
    expect(shot.reviewed_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(csv.find((r) => r.event_type === 'seizure')!.review_status).toBe('confirmed');
    const jsonl = vigie(['export', '--format', 'jsonl', '--db', db]).stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const inc = jsonl.filter((r) => r.kind === 'incident');
    expect(inc.map((r) => r.review_status).sort()).toEqual(['confirmed', 'corrected']);
    // The other two formats too: JSON's incidents and GeoJSON's incident features (the rejected arson is left out of
    // every format).
    const whole = JSON.parse(vigie(['export', '--format', 'json', '--db', db]).stdout);
    const jsonIncidents = whole.incidents as Array<{ review_status: string; reviewed_by: string | null; reviewed_at: string | null }>;
    expect(jsonIncidents.map((r) => [r.review_status, r.reviewed_by]).sort()).toEqual([['confirmed', 'ana'], ['corrected', 'ana']]);
    expect(jsonIncidents.every((r) => /^\d{4}-\d{2}-\d{2}T/.test(r.reviewed_at ?? ''))).toBe(true);
    const geo = JSON.parse(vigie(['export', '--format', 'geojson', '--db', db]).stdout);
    const props = geo.features.map((f: { properties: { kind: string; review_status: string; reviewed_by: string | null; reviewed_at: string | null } }) => f.properties).filter((p: { kind: string }) => p.kind === 'incident');
    expect(props.map((p: { review_status: string }) => p.review_status).sort()).toEqual(['confirmed', 'corrected']);
    expect(props.every((p: { reviewed_by: string | null; reviewed_at: string | null }) => p.reviewed_by === 'ana' && p.reviewed_at !== null)).toBe(true);
    const stats = vigie(['stats', '--db', db]).stdout;
    expect(stats).toMatch(/incidents +2\b/);
  });

  it('vigie serve opens the database for writing once it has an account: log in, write with the CSRF token', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'vigie-serve-')), 'v.db');
    const store = await openStore(db);
    let target: string;
    try {
      await ingestCorpus(writeReviewCorpus(), store);
      target = (await incidentsByFile(store)).find((i) => i.files.includes('arson.txt'))!.id;
    } finally {
      await store.close();
    }
    expect(vigie(['users', 'add', 'ed', '--role', 'editor', '--password-stdin', '--db', db], 'served and reviewed\n').status).toBe(0);
    const child = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', '0'], { env: { ...process.env, VIGIE_DB: '' } });
    let stderr = '';
    try {
      const address = await new Promise<string | null>((done) => {
        child.stderr.on('data', (d) => {
          stderr += d;
          const m = /serving .* at (http:\/\/\S+)[\s\S]*review +on/.exec(stderr);
          if (m) done(m[1]);
        });
        child.on('close', () => done(null));
      });
      expect(address, stderr).not.toBe(null);
      const login = await fetch(`${address}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'ed', password: 'served and reviewed' }) });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
      const { csrf } = (await login.json()) as { csrf: string };
      const confirm = await fetch(`${address}/api/review/incidents/${target!}/confirm`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
        body: '{}',
      });
      expect(confirm.status).toBe(200);
      const detail = (await (await fetch(`${address}/api/incidents/${target!}`)).json()) as { incident: { review: { status: string; reviewed_by: string } } };
      expect(detail.incident.review).toMatchObject({ status: 'confirmed', reviewed_by: 'ed' });
    } finally {
      child.kill('SIGTERM');
    }
  });
});
