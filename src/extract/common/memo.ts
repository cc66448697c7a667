// Few-entry caches: the incident, entity and claim extractors ask a kit about the same story in turn.

/**
 * Entries kept per cache. One is not enough: the incident reader asks for a clause's ages (numbers of the
 * clause) between two calls for the whole story's numbers, and each would evict the other.
 */
const SLOTS = 4;

export function memoLast<R>(fn: (text: string) => R): (text: string) => R {
  const texts: string[] = [];
  const results: R[] = [];
  return (text: string): R => {
    for (let i = 0; i < texts.length; i++) {
      if (texts[i] !== text) continue;
      const hit = results[i]!;
      // Most recent first: the story's own entry must outlive the clauses asked about between its uses.
      if (i > 0) {
        texts.splice(i, 1);
        results.splice(i, 1);
        texts.unshift(text);
        results.unshift(hit);
      }
      return hit;
    }
    const result = fn(text);
    texts.unshift(text);
    results.unshift(result);
    if (texts.length > SLOTS) {
      texts.pop();
      results.pop();
    }
    return result;
  };
}

export function memoLast2<R>(fn: (text: string, ref: string | null) => R): (text: string, ref: string | null) => R {
  const texts: string[] = [];
  const refs: Array<string | null> = [];
  const results: R[] = [];
  return (text: string, ref: string | null): R => {
    for (let i = 0; i < texts.length; i++) {
      if (texts[i] !== text || refs[i] !== ref) continue;
      const hit = results[i]!;
      if (i > 0) {
        texts.splice(i, 1);
        refs.splice(i, 1);
        results.splice(i, 1);
        texts.unshift(text);
        refs.unshift(ref);
        results.unshift(hit);
      }
      return hit;
    }
    const result = fn(text, ref);
    texts.unshift(text);
    refs.unshift(ref);
    results.unshift(result);
    if (texts.length > SLOTS) {
      texts.pop();
      refs.pop();
      results.pop();
    }
    return result;
  };
}
