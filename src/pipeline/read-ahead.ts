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
  for await (const chunk of readAheadChunks(source, size, bound, 1)) yield chunk[0];
}

/**
 * readAhead, yielding the items already read in chunks (each at least one item, at most `maxChunk`): a consumer that
 * asks the database about each item asks once per chunk (on PostgreSQL each query is a round trip). A chunk counts
 * against `size` and the bound until the consumer asks for the next one, so what is held never exceeds them.
 */
export async function* readAheadChunks<T>(
  source: AsyncIterable<T>,
  size: number,
  bound: { weight: (item: T) => number; max: number } | null = null,
  maxChunk = size,
): AsyncGenerator<T[]> {
  const buffer: T[] = [];
  // With a bound, the buffer is also full once its items weigh `max` (it always takes one): fifty 20 MB documents read
  // ahead would be a gigabyte waiting.
  let weight = 0;
  // Items of the chunk the consumer holds.
  let held = 0;
  const full = () => buffer.length + held >= size || (bound !== null && buffer.length + held > 0 && weight >= bound.max);
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
        const chunk = buffer.splice(0, Math.max(1, maxChunk));
        held = chunk.length;
        yield chunk;
        // The consumer is done with the chunk: its room goes back to the producer.
        held = 0;
        if (bound) for (const item of chunk) weight -= bound.weight(item);
        wake.producer?.();
        wake.producer = null;
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
