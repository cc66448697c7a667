// One-entry caches: the incident, entity and claim extractors ask a kit about the same story in turn.

export function memoLast<R>(fn: (text: string) => R): (text: string) => R {
  let lastText: string | null = null;
  let lastResult: R;
  return (text: string): R => {
    if (text !== lastText) {
      lastResult = fn(text);
      lastText = text;
    }
    return lastResult;
  };
}

export function memoLast2<R>(fn: (text: string, ref: string | null) => R): (text: string, ref: string | null) => R {
  let lastText: string | null = null;
  let lastRef: string | null = null;
  let lastResult: R;
  return (text: string, ref: string | null): R => {
    if (text !== lastText || ref !== lastRef) {
      lastResult = fn(text, ref);
      lastText = text;
      lastRef = ref;
    }
    return lastResult;
  };
}
