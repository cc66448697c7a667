import { describe, expect, it } from 'vitest';
import { DisjointSpans } from './spans.js';

describe('DisjointSpans', () => {
  it('tells whether a span overlaps one taken, whatever order they were added in', () => {
    const set = new DisjointSpans();
    for (const s of [{ start: 50, end: 60 }, { start: 10, end: 20 }, { start: 30, end: 35 }]) {
      expect(set.overlaps(s.start, s.end)).toBe(false);
      set.add(s);
    }
    expect(set.overlaps(15, 16)).toBe(true);
    expect(set.overlaps(0, 11)).toBe(true);
    expect(set.overlaps(19, 31)).toBe(true);
    expect(set.overlaps(59, 80)).toBe(true);
    // Touching is not overlapping: spans are half-open.
    expect(set.overlaps(20, 30)).toBe(false);
    expect(set.overlaps(0, 10)).toBe(false);
    expect(set.overlaps(60, 70)).toBe(false);
    expect(set.overlaps(35, 50)).toBe(false);
  });

  it('agrees with a scan of every span on random spans', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const set = new DisjointSpans();
    const all: Array<{ start: number; end: number }> = [];
    for (let i = 0; i < 2000; i++) {
      const start = rand(5000);
      const end = start + 1 + rand(12);
      const scan = all.some((t) => t.start < end && start < t.end);
      expect(set.overlaps(start, end)).toBe(scan);
      if (!scan) {
        set.add({ start, end });
        all.push({ start, end });
      }
    }
  });
});
