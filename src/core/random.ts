// Deterministic pseudo-random numbers: a model trained twice on the same examples, a generated corpus, a shuffle in a
// test, all repeat exactly.

/** mulberry32: small, fast, good enough for sampling and shuffling (not for anything secret). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
