// The C allocator's behaviour that long runs over untrusted input need, set by vigie itself (issue #9).
//
// glibc raises its mmap threshold to the size of every mmapped block freed, up to 32 MB: after one large body or
// gzip bomb, each later buffer under that size is carved out of an arena (the main heap, or a worker thread's), and
// what is freed there stays resident. Over `npm run fuzz` (1,000 hostile inputs in one process) that was 100–150 MB
// of worker arenas, and the run peaked at 507 MB against 404 MB with the threshold fixed at 128 KB. The environment
// variable that fixes it (MALLOC_MMAP_THRESHOLD_) only works if the user knows to set it before vigie starts, so
// vigie fixes the threshold itself, in its own process, with mallopt (the call the variable makes glibc do at
// start-up): through a small Node-API module (src/core/allocator.c, built by `npm run build`), the only way Node has
// to call it.
//
// Why in the process rather than by starting itself again with the variable set: a second process would be the one
// the user's shell, a supervisor or a test knows (kill -9 of that pid leaves the real one running, and a Ctrl-C that
// the terminal sends to both while the parent also passes it on reaches `vigie watch` twice, which it takes as "stop
// now"), and it would hold a Node runtime of its own for nothing. mallopt changes nothing of that: one process, as
// before.
//
// Every command gets it, not only the long ones: it costs one mapping per allocation over the threshold, nothing a
// short command notices, and a rule per command would be one more thing to get wrong.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The fixed threshold, in bytes. 1 MB rather than the 128 KB of README's earlier advice: on 1,020 scraped pages 128 KB
 * cost 7% more CPU than glibc's defaults (twice the page faults: every buffer over 128 KB mapped and unmapped) where
 * 1 MB cost about as much CPU as the defaults; over `npm run fuzz` 1 MB peaked at 415 and 449 MB in two runs, 128 KB
 * at 443, the same within the runs' spread, with worker arenas of 25 MB at most (README, "Limits").
 */
export const MMAP_THRESHOLD_BYTES = 1_048_576;

/** Where `npm run build` writes the compiled module, from the project's root. */
export const ALLOCATOR_MODULE_FILE = join('dist', 'native', 'allocator.node');

/** Environment variable that keeps glibc's own behaviour (to measure it, or if the setting ever hurts). */
export const OPT_OUT_ENV = 'VIGIE_DEFAULT_MALLOC';

export interface AllocatorState {
  /** Who set the allocator: vigie (mallopt), the environment the process started with, or nobody (glibc defaults). */
  by: 'vigie' | 'environment' | 'none';
  /** In words, for reports: what was set, or why nothing was. */
  detail: string;
}

interface AllocatorModule {
  setMmapThreshold(bytes: number): boolean;
  servesFromMmap(bytes: number): boolean;
}

function projectRoot(): string | null {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dir === dirname(dir)) return null;
  }
}

let loaded: AllocatorModule | null | undefined;

/** The compiled module, or null where it was not built (no C compiler) or cannot load. */
export function allocatorModule(): AllocatorModule | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  const root = projectRoot();
  const file = root ? join(root, ALLOCATOR_MODULE_FILE) : null;
  if (!file || !existsSync(file)) return null;
  try {
    loaded = createRequire(import.meta.url)(file) as AllocatorModule;
  } catch {
    loaded = null;
  }
  return loaded;
}

/** Settings of glibc's allocator the environment gives (MALLOC_*_, GLIBC_TUNABLES), as `NAME=value` words. */
export function allocatorEnvironment(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([k]) => /^MALLOC_[A-Z_]+_$/.test(k) || k === 'GLIBC_TUNABLES')
    .map(([k, v]) => `${k}=${v}`);
}

let state: AllocatorState | null = null;

/**
 * Fixes the mmap threshold of this process, once, as early as it can: before the worker threads start and any input
 * is read. A choice already made in the environment is left as it is, and so is glibc's behaviour when the user opts
 * out. `env` is the environment the process started with.
 */
export function tuneAllocator(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): AllocatorState {
  if (state) return state;
  const given = allocatorEnvironment(env);
  if (platform !== 'linux') state = { by: given.length ? 'environment' : 'none', detail: given.length ? given.join(' ') : 'glibc defaults (not Linux)' };
  else if (given.length) state = { by: 'environment', detail: given.join(' ') };
  else if (env[OPT_OUT_ENV] && env[OPT_OUT_ENV] !== '0') state = { by: 'none', detail: `glibc defaults (${OPT_OUT_ENV}=${env[OPT_OUT_ENV]})` };
  else {
    const native = allocatorModule();
    if (!native) state = { by: 'none', detail: `glibc defaults (${ALLOCATOR_MODULE_FILE} not built: \`npm run build\` needs a C compiler)` };
    else if (!native.setMmapThreshold(MMAP_THRESHOLD_BYTES)) state = { by: 'none', detail: 'allocator defaults (mallopt refused the threshold: not glibc?)' };
    else state = { by: 'vigie', detail: `mmap threshold fixed at ${MMAP_THRESHOLD_BYTES} bytes by vigie (mallopt)` };
  }
  return state;
}
