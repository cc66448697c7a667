// A set of disjoint character spans, kept sorted, for "is this span free?" in logarithmic time. Readers that let the
// first (or longest) match take a span and skip the ones it overlaps used to scan every span taken so far: on a
// scraped page repeating one phrase thousands of times, that was quadratic.

export interface Span {
  start: number;
  end: number;
}

export class DisjointSpans {
  private readonly spans: Span[] = [];

  /** Index of the first span starting at or after `end`: only the span before it may overlap [start, end). */
  private after(end: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether [start, end) overlaps a span of the set. */
  overlaps(start: number, end: number): boolean {
    const i = this.after(end);
    return i > 0 && this.spans[i - 1]!.end > start;
  }

  /** Adds a span that overlaps none of the set (check with `overlaps` first). */
  add(span: Span): void {
    this.spans.splice(this.after(span.end), 0, span);
  }
}
