// glibc's mmap threshold in the process a user starts (`vigie ingest`, the built CLI) and in the fuzzer's, checked in
// that process itself: just before it exits, a preloaded probe frees a 32 MB block (which raises glibc's own threshold
// to 32 MB) and asks whether an 8 MB block then still gets a mapping of its own (src/core/allocator.c).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALLOCATOR_MODULE_FILE, MMAP_THRESHOLD_BYTES } from './allocator.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
const fuzz = join(root, 'dist', 'fuzz', 'run.js');
const native = join(root, ALLOCATOR_MODULE_FILE);
const runnable = process.platform === 'linux' && existsSync(cli) && existsSync(native);

const dir = runnable ? mkdtempSync(join(tmpdir(), 'vigie-allocator-')) : '';
const probe = join(dir, 'probe.mjs');
if (runnable) {
  writeFileSync(
    probe,
    [
      "import { createRequire } from 'node:module';",
      `const allocator = createRequire(import.meta.url)(${JSON.stringify(native)});`,
      "process.on('exit', () => process.stderr.write(`\\nPROBE ${allocator.servesFromMmap(8 * 1024 * 1024)}\\n`));",
      '',
    ].join('\n'),
  );
}

/** A process environment with no allocator setting of the caller's (whatever the test runner was given). */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^MALLOC_[A-Z_]+_$/.test(k) && k !== 'GLIBC_TUNABLES' && k !== 'VIGIE_DEFAULT_MALLOC'));
  return { ...env, VIGIE_DB: '', ...extra };
}

/** `vigie ingest` of one small page into a fresh database, with the probe loaded: its exit status and the answer. */
function ingestWithProbe(env: NodeJS.ProcessEnv) {
  const work = mkdtempSync(join(dir, 'run-'));
  const page = join(work, 'page.html');
  writeFileSync(page, '<html><head><title>Fusillade</title></head><body><p>Un homme a été blessé par balles mardi soir à Marseille.</p></body></html>');
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(probe).href, cli, 'ingest', page, '--db', join(work, 'v.db'), '--quiet', '--workers', '1'], {
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
  const answer = /PROBE (true|false)/.exec(r.stderr)?.[1];
  return { status: r.status, stderr: r.stderr, mmapped: answer === undefined ? null : answer === 'true' };
}

describe.skipIf(!runnable)('the allocator setting of vigie (Linux, glibc)', () => {
  it('vigie ingest runs with the mmap threshold fixed when the environment says nothing', () => {
    const r = ingestWithProbe(cleanEnv());
    expect(r.status, r.stderr).toBe(0);
    expect(r.mmapped, r.stderr).toBe(true);
  });

  it('VIGIE_DEFAULT_MALLOC=1 keeps glibc’s own threshold, which a freed block raises', () => {
    const r = ingestWithProbe(cleanEnv({ VIGIE_DEFAULT_MALLOC: '1' }));
    expect(r.status, r.stderr).toBe(0);
    expect(r.mmapped, r.stderr).toBe(false);
  });

  it('a threshold the caller set in the environment is kept, not replaced', () => {
    // 16 MB, fixed by the caller: an 8 MB block comes from the arena, where vigie's threshold (1 MB) would map it.
    const r = ingestWithProbe(cleanEnv({ MALLOC_MMAP_THRESHOLD_: String(16 * 1024 * 1024) }));
    expect(r.status, r.stderr).toBe(0);
    expect(r.mmapped, r.stderr).toBe(false);
  });

  it.skipIf(!existsSync(fuzz))('the fuzzer’s ingest process sets it the same way, and says so', () => {
    const run = (env: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, [fuzz, '--only', '0', '--quiet'], { encoding: 'utf8', env, timeout: 120_000 });
    const user = run(cleanEnv());
    expect(user.stdout, user.stderr).toContain(`allocator: mmap threshold fixed at ${MMAP_THRESHOLD_BYTES} bytes by vigie`);
    const optedOut = run(cleanEnv({ VIGIE_DEFAULT_MALLOC: '1' }));
    expect(optedOut.stdout, optedOut.stderr).toMatch(/allocator: glibc defaults \(VIGIE_DEFAULT_MALLOC=1\)/);
  }, 240_000);
});
