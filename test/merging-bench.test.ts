import { describe, expect, it } from 'vitest';
import { benchIncidentMerging, syntheticEvents } from '../bench/merging.js';

describe('benchIncidentMerging', () => {
  it('merges a synthetic corpus into about as many incidents as were generated, with few wrong merges', () => {
    const r = benchIncidentMerging(3000);
    expect(r.events).toBe(3000);
    expect(r.incidents).toBeGreaterThanOrEqual(r.trueIncidents * 0.95);
    expect(r.incidents).toBeLessThan(r.trueIncidents * 1.3);
    expect(r.impure).toBeLessThan(r.incidents * 0.02);
  });

  it('generates the same corpus for the same seed', () => {
    expect(syntheticEvents(50, 4)).toEqual(syntheticEvents(50, 4));
  });
});
