import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { HeapKeeper } from './heap.js';

const MB = 1024 * 1024;
const used = () => getHeapStatistics().used_heap_size;

/** About `mb` MB of objects that live long enough to reach the old generation, then become garbage. */
function oldGarbage(mb: number): number {
  let kept: Array<{ n: number; s: string }> | null = [];
  for (let i = 0; i < mb * 12_000; i++) kept.push({ n: i, s: `item ${i}` });
  const n = kept.length;
  kept = null;
  return n;
}

describe('HeapKeeper', () => {
  it('collects once the heap holds more garbage than its slack, and then not again until it has grown once more', () => {
    const keeper = new HeapKeeper(16 * MB);
    expect(keeper.collectIfGrown()).toBe(false);
    oldGarbage(64);
    const before = used();
    expect(keeper.collectIfGrown()).toBe(true);
    expect(keeper.collections).toBe(1);
    // The garbage is gone: V8 alone would have kept it until the heap reached the size it last saw.
    expect(used()).toBeLessThan(before - 32 * MB);
    expect(keeper.collectIfGrown()).toBe(false);
    expect(keeper.collections).toBe(1);
  });

  it('leaves a heap that grew by less than its slack to V8', () => {
    const keeper = new HeapKeeper(256 * MB);
    oldGarbage(32);
    expect(keeper.collectIfGrown()).toBe(false);
    expect(keeper.collections).toBe(0);
  });
});
