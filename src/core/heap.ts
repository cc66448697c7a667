// Full garbage collections of a thread's heap once it holds mostly garbage (issue #9).
//
// V8 decides when to collect the old generation from the heap it saw at its last collection: after one large input
// (a 17 MB line, a feed of 19,000 items) has taken the main thread's heap to 200 MB, it lets the garbage of the inputs
// that follow pile up to about that size again before it collects. Measured over `npm run fuzz`, the main thread held
// 18 MB live and 190 MB of garbage, and the ArrayBuffers of earlier inputs (a 60 MB body) stayed resident until that
// late collection: on top of what the workers hold, that garbage is what took a long run past 500 MB. A thread that
// runs input after input (ingest on the main thread, the watcher, the fuzzer's process) collects at its own pace
// instead: whenever what its heap and buffers hold has grown some tens of MB past what was live after the previous
// collection, which ordinary articles reach rarely and a large input at once.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const MB = 1024 * 1024;

/** Growth, in MB, of the heap and buffers past what was live after the last collection, that starts a collection. */
export const DEFAULT_HEAP_SLACK_MB = 32;

let collector: (() => void) | null | undefined;

/**
 * V8's full collection. Node gives it only to a process started with --expose-gc; the flag set at run time gives it to
 * contexts made afterwards, so one made for the purpose hands it over (flags are the whole process's: a worker gets
 * the same). null where neither works: collections are then left to V8.
 */
function fullCollection(): (() => void) | null {
  if (collector !== undefined) return collector;
  collector = null;
  try {
    const exposed = (globalThis as { gc?: unknown }).gc;
    if (typeof exposed === 'function') collector = exposed as () => void;
    else {
      setFlagsFromString('--expose-gc');
      const made: unknown = runInNewContext('gc');
      if (typeof made === 'function') collector = made as () => void;
    }
  } catch {
    collector = null;
  }
  return collector;
}

/** Bytes held by this thread's V8 heap (garbage included) and by the buffers its objects own. */
function held(): number {
  const s = getHeapStatistics();
  return s.used_heap_size + s.external_memory;
}

/** Watches one thread's heap: `collectIfGrown` between two units of work (documents, inputs). */
export class HeapKeeper {
  private live: number;
  /** Collections run so far (tests, reports). */
  collections = 0;

  constructor(private readonly slackBytes = DEFAULT_HEAP_SLACK_MB * MB) {
    this.live = held();
  }

  /**
   * Runs a full collection when the heap and buffers hold more than the slack past what was live after the previous
   * one (a check costs microseconds, a collection about 10 ms per 20 MB live). True when it collected.
   */
  collectIfGrown(): boolean {
    if (held() - this.live <= this.slackBytes) return false;
    const collect = fullCollection();
    if (!collect) return false;
    collect();
    this.live = held();
    this.collections++;
    return true;
  }
}

/** This thread's keeper, shared by every ingest the process runs (one after another, for the watcher and fuzzer). */
export const threadHeap = new HeapKeeper();
