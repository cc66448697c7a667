// Reads ahead of an async iterable into a bounded buffer, so file I/O continues while the consumer waits on something else.

/**
 * Yields the items of `source` in order, pulling up to `size` items (and, given a bound, up to its weight) ahead of
 * the consumer. The producer and the
 * consumer then overlap: while the ingest loop awaits a worker, the next files are being read. Errors of the
 * source are rethrown to the consumer at the point they occurred.
 */
export async function* readAhead<T>(
  source: AsyncIterable<T>,
  size: number,
  bound: { weight: (item: T) => number; max: number } | null = null,
): AsyncGenerator<T> {
  const buffer: T[] = [];
  // With a bound, the buffer is also full once its items weigh `max` (it always takes one): fifty 20 MB documents read
  // ahead would be a gigabyte waiting.
  let weight = 0;
  const full = () => buffer.length >= size || (bound !== null && buffer.length > 0 && weight >= bound.max);
  let done = false;
  let error: { err: unknown } | null = null;
  // Held in an object: TypeScript cannot see the closures assigning them.
  const wake: { consumer: (() => void) | null; producer: (() => void) | null } = { consumer: null, producer: null };
  let stopped = false;
  const iterator = source[Symbol.asyncIterator]();

  const pump = async () => {
    try {
      while (!stopped) {
        while (full() && !stopped) await new Promise<void>((r) => (wake.producer = r));
        if (stopped) break;
        const next = await iterator.next();
        if (next.done) break;
        buffer.push(next.value);
        if (bound) weight += bound.weight(next.value);
        wake.consumer?.();
      }
    } catch (err) {
      error = { err };
    } finally {
      done = true;
      wake.consumer?.();
    }
  };
  const pumping = pump();

  try {
    for (;;) {
      if (buffer.length) {
        const item = buffer.shift() as T;
        if (bound) weight -= bound.weight(item);
        wake.producer?.();
        wake.producer = null;
        yield item;
        continue;
      }
      if (done) break;
      await new Promise<void>((r) => (wake.consumer = r));
      wake.consumer = null;
    }
    if (error !== null) throw (error as { err: unknown }).err;
  } finally {
    stopped = true;
    wake.producer?.();
    await pumping;
    await iterator.return?.();
  }
}
