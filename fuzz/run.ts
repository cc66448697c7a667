// `npm run fuzz [-- --files N --seed S --only i,j --budget-ms MS --rss-mb MB --keep --json FILE]`: hostile inputs
// (fuzz/cases.ts) fed one at a time to an ingest process (fuzz/child.ts) that is watched from outside. Reports
// crashes (the process died, or ingest threw), hangs (an input over the time budget, 10 s), memory blow-ups (peak
// RSS over 500 MB, or a worker out of memory), lost or duplicated documents, evidence spans that do not quote their
// story, random bytes stored as documents, and the database's integrity at the end; exits 1 on any. The process gets
// the caller's environment as it is and sets its allocator as `vigie` does (src/core/allocator.ts): what is measured
// is what a user's `vigie ingest` takes. `VIGIE_DEFAULT_MALLOC=1 npm run fuzz` measures glibc's own behaviour.
// (--default-malloc, which once kept the fuzzer from setting the allocator, has nothing left to do and is ignored.)
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCase, type FuzzCase } from './cases.js';
import type { AllocatorState } from '../src/core/allocator.js';
import type { CaseReply, ChildReply, ChildRequest, FinishReply, ProgressReply, ReadyReply } from './child.js';
import { startHostileServer } from './server.js';

const here = dirname(fileURLToPath(import.meta.url));

interface Options {
  files: number;
  seed: number;
  only: number[] | null;
  budgetMs: number;
  rssMb: number;
  fetchTimeoutMs: number;
  keep: boolean;
  json: string | null;
  quiet: boolean;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string): string | null => {
    const i = argv.indexOf(name);
    return i >= 0 && i + 1 < argv.length ? argv[i + 1] : null;
  };
  const num = (name: string, fallback: number): number => {
    const v = value(name);
    if (v === null) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number, got "${v}"`);
    return n;
  };
  const only = value('--only');
  return {
    files: num('--files', 1000),
    seed: num('--seed', 1),
    only: only ? only.split(',').map(Number) : null,
    budgetMs: num('--budget-ms', 10_000),
    rssMb: num('--rss-mb', 500),
    // A stalled server is a timeout, not a hang: it must fail well inside the budget.
    fetchTimeoutMs: num('--fetch-timeout-ms', 3_000),
    keep: argv.includes('--keep'),
    json: value('--json'),
    quiet: argv.includes('--quiet'),
  };
}

/** Resident memory of a process in MB, read from /proc (Linux); null where there is none. */
function rssOf(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

interface Finding {
  index: number;
  name: string;
  description: string;
  problem: string;
}

interface CaseRecord {
  index: number;
  kind: string;
  name: string;
  ms: number;
  peakRssMb: number;
  /** Resident memory once the input was done (whole process), and the main thread's V8 heap and buffers. */
  after: CaseReply['memory'] | null;
  outcome: string;
}

/** Time a file earns for each document it holds, beyond its budget. */
const PER_ITEM_MS = 50;

/** Memory past which the watched process is killed at once, to keep the machine usable: a blow-up either way. */
const HARD_RSS_MB = 2_000;

class Watched {
  private child: ChildProcess | null = null;
  private waiting: ((r: ChildReply | { type: 'exit'; code: number | null; signal: string | null }) => void) | null = null;
  /** Peak resident memory seen by sampling during the current case. */
  sampledPeak = 0;
  private sampler: NodeJS.Timeout | null = null;
  lastMaxRss = 0;
  /** How the process set its allocator, as it said when it started. */
  allocator: AllocatorState | null = null;

  constructor(
    private readonly db: string,
    private readonly fetchTimeoutMs: number,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(): Promise<void> {
    const child = fork(join(here, 'child.js'), [this.db, String(this.fetchTimeoutMs)], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    child.on('message', (m: ChildReply) => this.deliver(m));
    child.on('exit', (code, signal) => {
      if (this.child === child) this.child = null;
      this.deliver({ type: 'exit', code, signal: signal ? `${signal}${stderr ? `: ${stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}` : stderr.trim().split('\n').slice(-3).join(' | ') || null });
    });
    this.child = child;
    this.lastMaxRss = 0;
    const ready = await this.next(60_000);
    if (ready.type !== 'ready') throw new Error(`the ingest process did not start: ${JSON.stringify(ready)}`);
    this.allocator = (ready as ReadyReply).allocator;
  }

  private deliver(m: ChildReply | { type: 'exit'; code: number | null; signal: string | null }): void {
    const w = this.waiting;
    this.waiting = null;
    w?.(m);
  }

  /**
   * The next reply, the process's exit, or a timeout, whichever comes first. Progress replies are not answers: each
   * moves the deadline to `timeoutMs` plus `perItemMs` for every document read so far.
   */
  next(
    timeoutMs: number,
    perItemMs = 0,
  ): Promise<CaseReply | FinishReply | { type: 'ready' } | { type: 'exit'; code: number | null; signal: string | null } | { type: 'timeout' } | { type: 'memory' }> {
    return new Promise((resolve) => {
      this.sampledPeak = 0;
      const started = Date.now();
      let timer = setTimeout(() => done({ type: 'timeout' }), timeoutMs);
      this.sampler = setInterval(() => {
        const pid = this.child?.pid;
        const rss = pid ? rssOf(pid) : null;
        if (rss === null) return;
        this.sampledPeak = Math.max(this.sampledPeak, rss);
        if (rss > HARD_RSS_MB) done({ type: 'memory' });
      }, 20);
      const done = (r: ChildReply | { type: 'exit'; code: number | null; signal: string | null } | { type: 'timeout' } | { type: 'memory' }) => {
        if (r.type === 'progress') {
          clearTimeout(timer);
          timer = setTimeout(() => done({ type: 'timeout' }), Math.max(0, started + timeoutMs + perItemMs * r.read - Date.now()));
          this.waiting = done;
          return;
        }
        clearTimeout(timer);
        if (this.sampler) clearInterval(this.sampler);
        this.sampler = null;
        this.waiting = null;
        resolve(r as Exclude<typeof r, ProgressReply>);
      };
      this.waiting = done;
    });
  }

  send(req: ChildRequest): void {
    this.child?.send(req);
  }

  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const gone = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGKILL');
    await gone;
    this.child = null;
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'vigie-fuzz-'));
  const db = join(dir, 'fuzz.db');
  const server = await startHostileServer();
  const watched = new Watched(db, opts.fetchTimeoutMs);
  await watched.start();
  const malloc = watched.allocator?.detail ?? 'unknown';
  const findings: Finding[] = [];
  const records: CaseRecord[] = [];
  const counts = { crashes: 0, hangs: 0, memory: 0, workerOom: 0, timeouts: 0, mismatches: 0, accounting: 0, garbage: 0 };
  let peakRss = 0;
  const started = performance.now();
  const indexes = opts.only ?? Array.from({ length: opts.files }, (_, i) => i);
  const log = (s: string) => {
    if (!opts.quiet) process.stderr.write(s);
  };

  for (const index of indexes) {
    const c: FuzzCase = makeCase(opts.seed, index);
    const file = join(dir, `${String(index).padStart(5, '0')}-${c.name}`);
    const input = c.bytes ? file : `${server.base}/${c.name}?case=${index}`;
    if (c.bytes) writeFileSync(file, c.bytes);
    const find = (problem: string) => findings.push({ index, name: c.name, description: c.description, problem });
    const before = watched.lastMaxRss;
    watched.send({ type: 'case', index, input });
    // The budget is per file, plus PER_ITEM_MS for each document it holds: a feed of a thousand articles is a
    // thousand documents of work, not a hang (the deadline moves as the process reports what it has read).
    const r = await watched.next(opts.budgetMs, PER_ITEM_MS);
    let outcome = '';
    let ms = opts.budgetMs;
    let after: CaseRecord['after'] = null;
    if (r.type === 'timeout') {
      counts.hangs++;
      outcome = 'HANG';
      find(`took more than ${opts.budgetMs} ms (plus ${PER_ITEM_MS} ms for each document read)`);
      await watched.kill();
      await watched.start();
    } else if (r.type === 'memory') {
      counts.memory++;
      outcome = 'MEMORY';
      find(`resident memory over ${HARD_RSS_MB} MB (killed)`);
      await watched.kill();
      await watched.start();
    } else if (r.type === 'exit') {
      counts.crashes++;
      outcome = 'CRASH';
      find(`the ingest process died (code ${r.code}${r.signal ? `, ${r.signal}` : ''})`);
      await watched.start();
    } else if (r.type === 'case') {
      const reply = r as CaseReply;
      ms = reply.ms;
      watched.lastMaxRss = reply.maxRssMb;
      after = reply.memory;
      if (reply.error) {
        counts.crashes++;
        find(`ingest threw: ${reply.error.split('\n').slice(0, 3).join(' | ')}`);
      }
      const s = reply.summary;
      if (s) {
        outcome = `read ${s.read}, stored ${s.new + s.versions}, unchanged ${s.unchanged}, failed ${s.failed}${reply.reasons.length ? ` (${reply.reasons[0]})` : ''}`;
        if (s.read !== s.new + s.versions + s.unchanged + s.failed || reply.added !== s.new + s.versions) {
          counts.accounting++;
          find(`documents not accounted for: ${JSON.stringify(s)}, database gained ${reply.added}`);
        }
      }
      if (c.refused && reply.added > 0) {
        counts.garbage++;
        find(`random bytes stored as ${reply.added} document(s)`);
      }
      for (const reason of reply.reasons) {
        if (/out of memory/.test(reason)) {
          counts.workerOom++;
          find(`a worker ran out of memory: ${reason}`);
        }
        if (/took longer than/.test(reason)) {
          counts.timeouts++;
          find(`a document overran its processing time: ${reason}`);
        }
      }
      if (reply.mismatches.length) {
        counts.mismatches += reply.mismatches.length;
        find(`evidence mismatch: ${reply.mismatches.slice(0, 3).join(' | ')}`);
      }
    }
    // Memory is charged to the case during which the process's high-water mark rose (V8 keeps what it took, so the
    // resident size after a big input says nothing of the next one); sampling from outside catches a case the
    // process did not live to report.
    const casePeak = Math.max(watched.sampledPeak, watched.lastMaxRss);
    const raised = casePeak > Math.max(peakRss, before);
    peakRss = Math.max(peakRss, casePeak);
    if (raised && casePeak > opts.rssMb) {
      counts.memory++;
      find(`peak resident memory ${casePeak} MB (limit ${opts.rssMb} MB)`);
    }
    records.push({ index, kind: c.kind, name: c.name, ms: Math.round(ms), peakRssMb: raised ? casePeak : watched.sampledPeak, after, outcome });
    if (c.bytes) rmSync(file, { force: true });
    if (process.stderr.isTTY) log(`\r${records.length}/${indexes.length} inputs, ${findings.length} findings, peak RSS ${peakRss} MB   `);
    else if (records.length % 100 === 0) log(`${records.length}/${indexes.length} inputs, ${findings.length} findings, peak RSS ${peakRss} MB\n`);
  }

  watched.send({ type: 'finish' });
  const end = await watched.next(300_000);
  await server.close();
  let finish: FinishReply | null = null;
  if (end.type === 'finish') {
    finish = end as FinishReply;
    if (finish.error) findings.push({ index: -1, name: '(end)', description: 'reconciliation and checks', problem: `failed: ${finish.error.split('\n')[0]}` });
    if (finish.integrity !== 'ok') findings.push({ index: -1, name: '(end)', description: 'integrity_check', problem: finish.integrity });
    if (finish.looseEvents > 0) findings.push({ index: -1, name: '(end)', description: 'reconciliation', problem: `${finish.looseEvents} events in no incident` });
    if (finish.mismatches.length) {
      counts.mismatches += finish.mismatches.length;
      findings.push({ index: -1, name: '(end)', description: 'evidence of the whole database', problem: finish.mismatches.slice(0, 3).join(' | ') });
    }
  } else {
    await watched.kill();
    findings.push({ index: -1, name: '(end)', description: 'reconciliation and checks', problem: `did not finish (${end.type})` });
  }

  const seconds = (performance.now() - started) / 1000;
  const slowest = [...records].sort((a, b) => b.ms - a.ms).slice(0, 5);
  const hungriest = [...records].sort((a, b) => b.peakRssMb - a.peakRssMb).slice(0, 3);
  const byKind = new Map<string, number>();
  for (const r of records) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
  const report = {
    command: `npm run fuzz -- --files ${opts.files} --seed ${opts.seed}${opts.only ? ` --only ${opts.only.join(',')}` : ''}`,
    malloc,
    files: records.length,
    kinds: Object.fromEntries(byKind),
    seconds: Math.round(seconds),
    crashes: counts.crashes,
    hangs: counts.hangs,
    memoryBlowups: counts.memory,
    workerOutOfMemory: counts.workerOom,
    documentTimeouts: counts.timeouts,
    peakRssMb: peakRss,
    evidenceMismatches: counts.mismatches,
    lostOrDuplicated: counts.accounting,
    randomBytesStored: counts.garbage,
    database: finish ? { integrity: finish.integrity, documents: finish.documents, events: finish.events, incidents: finish.incidents, looseEvents: finish.looseEvents } : null,
    slowest: slowest.map((r) => ({ index: r.index, name: r.name, ms: r.ms, outcome: r.outcome })),
    mostMemory: hungriest.map((r) => ({ index: r.index, name: r.name, peakRssMb: r.peakRssMb })),
    findings,
    cases: records,
  };
  if (process.stderr.isTTY) log('\n');
  process.stdout.write(
    [
      `fuzz: ${report.files} inputs (${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ')}) in ${report.seconds} s, seed ${opts.seed}`,
      `  crashes ${report.crashes}, hangs over ${opts.budgetMs / 1000} s ${report.hangs}, memory blow-ups ${report.memoryBlowups} (workers out of memory ${report.workerOutOfMemory}), documents over their processing time ${report.documentTimeouts}`,
      `  peak RSS ${report.peakRssMb} MB (limit ${opts.rssMb} MB; allocator: ${malloc}), evidence mismatches ${report.evidenceMismatches}, lost or duplicated ${report.lostOrDuplicated}, random bytes stored ${report.randomBytesStored}`,
      finish
        ? `  database: integrity ${finish.integrity}, ${finish.documents} documents, ${finish.events} events, ${finish.incidents} incidents, ${finish.looseEvents} events left unmerged`
        : '  database: not checked',
      `  slowest: ${slowest.map((r) => `#${r.index} ${r.name} ${(r.ms / 1000).toFixed(1)} s`).join(', ')}`,
      `  most memory (resident, whole process): ${hungriest.map((r) => `#${r.index} ${r.name} ${r.peakRssMb} MB`).join(', ')}`,
      ...findings.map((f) => `  FINDING #${f.index} ${f.name} (${f.description}): ${f.problem}`),
      '',
    ].join('\n'),
  );
  if (opts.json) writeFileSync(opts.json, JSON.stringify(report, null, 2));
  if (!opts.keep) rmSync(dir, { recursive: true, force: true });
  else process.stderr.write(`kept ${dir}\n`);
  process.exitCode = findings.length ? 1 : 0;
}

main().catch((err) => {
  process.stderr.write(`fuzz: ${(err as Error)?.stack ?? err}\n`);
  process.exitCode = 2;
});
