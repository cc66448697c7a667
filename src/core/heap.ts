// Garbage collection of the main thread on demand, during long ingests.
//
// The main thread of an ingest reads, decodes and stores documents: its live heap stays at 15-40 MB, but V8 lets
// garbage pile up to a multiple of that before it collects (a feed of 12,000 items, a JSON Lines export of 77,000
// records, a few pages of megabytes: 90-150 MB of heap, 85 % of it garbage, measured by `npm run fuzz`), and that
// rides on top of the workers' memory. A full collection of a 30 MB heap takes 10-20 ms; it is run when the heap
// has grown past GC_FLOOR_MB and twice what was live after the previous one, so a run pays it every few hundred
// documents at most.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const MB = 1024 * 1024;

/** Heap in use below which nothing is collected. */
export const GC_FLOOR_MB = 64;

let collector: (() => void) | null | undefined;
let liveAfterLast = 0;
/** Collections run so far in this thread (tests and reports). */
export let collections = 0;

/**
 * V8's gc(), made available without starting Node with --expose-gc: the flag is read when a context is created, so a
 * new context has the function. Null where the flag cannot be set.
 */
function gcFunction(): (() => void) | null {
  if (collector === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc = runInNewContext('gc') as unknown;
      collector = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collector = null;
    }
  }
  return collector;
}

/** Collects garbage if the heap in use has grown past GC_FLOOR_MB and twice the live heap after the last collection. */
export function collectIfGrown(floorMb = GC_FLOOR_MB): boolean {
  const used = getHeapStatistics().used_heap_size;
  if (used < floorMb * MB || used < 2 * liveAfterLast) return false;
  const gc = gcFunction();
  if (!gc) return false;
  gc();
  collections++;
  liveAfterLast = getHeapStatistics().used_heap_size;
  return true;
}
