// Runs one ingest in its own process so its peak memory (RSS, worker threads included) is measured alone.
// Usage: ingest-child.js DIR DB [--manifest CSV] [--no-extract] [--no-reconcile]
import { tuneAllocator } from '../src/core/allocator.js';
import { ingest } from '../src/pipeline/ingest.js';
import { defaultWorkerCount } from '../src/pipeline/pool.js';
import { reconcileStore } from '../src/pipeline/reconcile-store.js';
import { openStore } from '../src/store/open.js';

// The allocator as `vigie ingest` sets it (src/cli/main.ts), so that memory and speed are the product's.
const allocator = tuneAllocator(process.env);
const [dir, db] = process.argv.slice(2);
const extract = !process.argv.includes('--no-extract');
const reconcile = !process.argv.includes('--no-reconcile');
const m = process.argv.indexOf('--manifest');
const manifest = m > 0 ? process.argv[m + 1] : null;
const store = await openStore(db);
const summary = await ingest([dir], store, { workers: defaultWorkerCount(-1), skipReconcile: true, extract, read: { manifest } });
const ingestRssMB = process.resourceUsage().maxRSS / 1024;
// What the main thread itself holds after ingesting: it should load neither the language model nor the gazetteer.
const mainHeapMB = process.memoryUsage().heapUsed / 1024 / 1024;
const t0 = performance.now();
const counts = reconcile ? await reconcileStore(store) : null;
const reconcileMs = reconcile ? performance.now() - t0 : null;
await store.close();
const seconds = summary.elapsedMs / 1000;
process.stdout.write(
  JSON.stringify({
    read: summary.read,
    stored: summary.new,
    failed: summary.failed,
    seconds,
    docsPerSecond: summary.new / seconds,
    ingestRssMB,
    mainHeapMB,
    reconcileMs,
    events: counts?.events ?? null,
    incidents: counts?.incidents ?? null,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    allocator: allocator.detail,
    // CPU time of the whole process (workers included), user and system: steadier than seconds on a shared machine.
    cpuSeconds: (() => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1e6;
    })(),
  }) + '\n',
);
