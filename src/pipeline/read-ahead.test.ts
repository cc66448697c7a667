import { describe, expect, it } from 'vitest';
import { readAhead, readAheadChunks } from './read-ahead.js';

async function* numbers(n: number, failAt: number | null = null): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    if (i === failAt) throw new Error(`cannot read item ${i}`);
    await new Promise((r) => setImmediate(r));
    yield i;
  }
}

describe('readAhead', () => {
  it('yields every item in order, with a buffer smaller or larger than the input', async () => {
    for (const size of [1, 3, 100]) {
      const got: number[] = [];
      for await (const x of readAhead(numbers(10), size)) got.push(x);
      expect(got).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
  });

  it('rethrows an error of the source after the items read before it', async () => {
    const got: number[] = [];
    await expect(async () => {
      for await (const x of readAhead(numbers(10, 4), 2)) got.push(x);
    }).rejects.toThrow('cannot read item 4');
    expect(got).toEqual([0, 1, 2, 3]);
  });

  it('stops reading when the consumer stops early', async () => {
    let produced = 0;
    async function* counted(): AsyncGenerator<number> {
      for (let i = 0; i < 1000; i++) {
        produced++;
        yield i;
      }
    }
    for await (const x of readAhead(counted(), 4)) if (x === 2) break;
    expect(produced).toBeLessThan(20);
  });

  it('in chunks: what was read so far, at most the chunk size, every item in order', async () => {
    const chunks: number[][] = [];
    for await (const chunk of readAheadChunks(numbers(40), 16, null, 8)) {
      chunks.push(chunk);
      // A slow consumer: the producer reads ahead meanwhile.
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(chunks.flat()).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(Math.max(...chunks.map((c) => c.length))).toBe(8);
    expect(chunks.length).toBeLessThan(40);
  });

  it('in chunks: a chunk the consumer holds counts against the size and the weight bound', async () => {
    let produced = 0;
    async function* counted(): AsyncGenerator<number> {
      for (let i = 0; i < 100; i++) {
        produced++;
        yield i;
      }
    }
    const heldAt: number[] = [];
    let consumed = 0;
    for await (const chunk of readAheadChunks(counted(), 10, { weight: () => 1, max: 6 }, 4)) {
      await new Promise((r) => setTimeout(r, 5));
      // Items read and not yet given back: the chunk in hand and the buffer behind it.
      heldAt.push(produced - consumed);
      consumed += chunk.length;
    }
    expect(consumed).toBe(100);
    expect(Math.max(...heldAt)).toBeLessThanOrEqual(6 + 1);
  });
});
