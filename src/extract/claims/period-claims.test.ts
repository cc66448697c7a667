// Periods of windows ending at the time of writing (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { periodLabel, rolling } from './period.js';

describe('window labels (claims helper)', () => {
  it('dates a window of up to a month by the month it ends in', () => {
    // "in under a month", told on 25 August: August.
    expect(periodLabel(rolling(1, 'month', '2021-08-25'))).toBe('2021-08');
  });

  it('writes no label for a window of months straddling two years, "past year" for a rolling year', () => {
    // "en huit mois": no calendar period.
    expect(periodLabel(rolling(8, 'month', '2016-07-10'))).toBeNull();
    expect(periodLabel(rolling(1, 'year', '2019-10-02'))).toBe('past year');
    // Inside one year it is part of that year.
    expect(periodLabel(rolling(3, 'month', '2022-11-15'))).toBe('2022');
  });

  it('counts a window back from the first day of a publication known only by its month', () => {
    // "en un mois", told some day of May 2022: it may have begun in April.
    expect(rolling(1, 'month', '2022-05')).toEqual({ kind: 'rolling', start: '2022-04-01', end: '2022-05-31' });
    expect(periodLabel(rolling(1, 'month', '2022-05'))).toBe('2022');
  });
});
