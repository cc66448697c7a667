// `npm run bench`: ingest throughput and peak memory on a generated corpus (text and HTML separately).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './generate.js';

const DEFAULT_DOCS = 10_000;
const here = dirname(fileURLToPath(import.meta.url));

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const docs = arg('--docs', DEFAULT_DOCS);
const root = join(tmpdir(), `vigie-bench-${docs}`);
const marker = join(root, 'complete');
if (!existsSync(marker)) {
  process.stderr.write(`generating ${docs} text and ${docs} HTML documents in ${root}…\n`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeCorpus(root, 'text', docs, 1);
  writeCorpus(root, 'html', docs, 2);
  writeFileSync(marker, new Date().toISOString());
}

interface ChildResult {
  read: number;
  stored: number;
  failed: number;
  seconds: number;
  docsPerSecond: number;
  reconcileMs: number;
  maxRssMB: number;
}

const rows: Array<[string, ChildResult]> = [];
for (const kind of ['text', 'html'] as const) {
  const db = join(root, `${kind}.db`);
  for (const f of [db, db + '-wal', db + '-shm']) rmSync(f, { force: true });
  process.stderr.write(`ingesting ${kind}…\n`);
  const out = execFileSync(process.execPath, [join(here, 'ingest-child.js'), join(root, kind), db], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  rows.push([kind, JSON.parse(out.trim().split('\n').pop()!) as ChildResult]);
}

console.log(`\ningest throughput (${docs} documents each, into SQLite, extraction on)`);
console.log('kind   stored  failed  seconds   docs/s   peak RSS MB   reconcile ms');
for (const [kind, r] of rows) {
  console.log(
    `${kind.padEnd(6)} ${String(r.stored).padStart(6)}  ${String(r.failed).padStart(6)}  ${r.seconds.toFixed(1).padStart(7)}  ` +
      `${r.docsPerSecond.toFixed(0).padStart(7)}  ${r.maxRssMB.toFixed(0).padStart(12)}  ${r.reconcileMs.toFixed(0).padStart(13)}`,
  );
}
