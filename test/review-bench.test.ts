// The review-at-scale benchmark on a small database: every correction it writes designates an incident and applies,
// and the queue and the audit log answer (the numbers themselves come from `npm run bench -- --only review`).
import { describe, expect, it } from 'vitest';
import { formatReviewBench, runReviewBench } from '../bench/review.js';

describe('runReviewBench', () => {
  it('applies every correction it records, before and after a full reconciliation, and times the review queries', async () => {
    const r = await runReviewBench(1500, 200);
    expect(r.corrections).toBe(200);
    expect(Object.keys(r.byAction).sort()).toEqual(['confirm', 'edit', 'merge', 'reject']);
    expect(r.applied.orphaned).toBe(0);
    expect(r.flagged).toBe(0);
    expect(r.applied.applied).toBe(200 - 5);
    expect(r.reconciled).toEqual({ applied: 200, orphaned: 0 });
    expect(r.rows.map((x) => x.query)).toEqual(['review queue (first page)', 'review queue (pages 2-40)', 'audit log (100 newest)']);
    expect(formatReviewBench(r)).toContain('200 corrections on 1,500 synthetic incidents');
  }, 120_000);
});
