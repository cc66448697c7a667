import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectIfGrown } from './heap.js';

const MB = 1024 * 1024;
const used = () => getHeapStatistics().used_heap_size;

/** Builds about `mb` MB of small objects, held long enough to be promoted to the old generation, then dropped. */
function litter(mb: number): number {
  const held: Array<{ i: number; s: string }> = [];
  for (let i = 0; held.length < mb * 12_000; i++) held.push({ i, s: `item ${i} `.repeat(3) });
  return held.length;
}

describe('collectIfGrown', () => {
  it('collects the garbage of the main thread once the heap has grown past the floor, and not again right after', () => {
    // Garbage held by nothing: V8 would leave it until its own limit.
    const floorMb = Math.ceil(used() / MB) + 32;
    let collected = false;
    for (let i = 0; i < 50 && !collected; i++) {
      litter(16);
      collected = collectIfGrown(floorMb);
    }
    expect(collected).toBe(true);
    expect(used()).toBeLessThan(floorMb * MB);
    // The heap has not grown since: nothing to do.
    expect(collectIfGrown(floorMb)).toBe(false);
  });

  it('does nothing below the floor', () => {
    expect(collectIfGrown(Math.ceil(used() / MB) + 512)).toBe(false);
  });
});
