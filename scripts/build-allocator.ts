// Compiles src/core/allocator.c into dist/native/allocator.node, the module through which vigie fixes glibc's mmap
// threshold in its own process (src/core/allocator.ts, issue #9). Linux only, with the C compiler of $CC or `cc`.
// Without one the build goes on and says so: vigie then runs with glibc's defaults (README, "Limits").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALLOCATOR_MODULE_FILE } from '../src/core/allocator.js';

let root = dirname(fileURLToPath(import.meta.url));
while (!existsSync(join(root, 'package.json')) && root !== dirname(root)) root = dirname(root);

if (process.platform !== 'linux') {
  console.log(`allocator module: not built (${process.platform}: the setting is glibc's)`);
} else {
  const source = join(root, 'src', 'core', 'allocator.c');
  const out = join(root, ALLOCATOR_MODULE_FILE);
  mkdirSync(dirname(out), { recursive: true });
  const cc = process.env.CC || 'cc';
  // -shared without -z defs: the napi_* functions are the node executable's, found when the module is loaded.
  const run = spawnSync(cc, ['-O2', '-Wall', '-Werror', '-shared', '-fPIC', '-o', out, source], { encoding: 'utf8' });
  if (run.status === 0) console.log(`allocator module: ${out}`);
  else {
    const why = run.error ? `${cc}: ${run.error.message}` : run.stderr.trim().split('\n').slice(0, 5).join('\n');
    console.warn(`allocator module: NOT built, vigie will run with glibc's default mmap threshold (README, "Limits"):\n${why}`);
  }
}
