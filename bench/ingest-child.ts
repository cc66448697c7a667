// Runs one ingest in its own process so its peak memory (RSS, worker threads included) is measured alone.
import { ingest } from '../src/pipeline/ingest.js';
import { defaultWorkerCount } from '../src/pipeline/pool.js';
import { reconcileStore } from '../src/pipeline/reconcile-store.js';
import { SqliteStore } from '../src/store/sqlite-store.js';

const [dir, db] = process.argv.slice(2);
const store = new SqliteStore(db);
const summary = await ingest([dir], store, { workers: defaultWorkerCount(-1), skipReconcile: true });
const t0 = performance.now();
reconcileStore(store);
const reconcileMs = performance.now() - t0;
store.close();
const seconds = summary.elapsedMs / 1000;
process.stdout.write(
  JSON.stringify({
    read: summary.read,
    stored: summary.new,
    failed: summary.failed,
    seconds,
    docsPerSecond: summary.new / seconds,
    reconcileMs,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }) + '\n',
);
