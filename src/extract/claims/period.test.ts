import { describe, expect, it } from 'vitest';
import { calendar, periodLabel, rolling, sameTimeframe, span, toDate, yearBefore } from './period.js';

describe('claim timeframes and their labels', () => {
  it('writes a calendar year or month as the export always has', () => {
    expect(periodLabel(calendar('2023'))).toBe('2023');
    expect(periodLabel(calendar('2023-08'))).toBe('2023-08');
    expect(calendar('2024-02')).toEqual({ kind: 'calendar', start: '2024-02-01', end: '2024-02-29' });
  });

  it('writes a year to date as its year, even when written in January', () => {
    const tf = toDate('2024', '2024-01-20');
    expect(tf).toEqual({ kind: 'to_date', start: '2024-01-01', end: '2024-01-20' });
    expect(periodLabel(tf)).toBe('2024');
    // Published with month precision only: up to the end of that month.
    expect(toDate('2024-03-18', '2024-04')).toEqual({ kind: 'to_date', start: '2024-03-18', end: '2024-04-30' });
  });

  it('writes a span by the calendar month or years covering it', () => {
    expect(periodLabel(span('2023-04-02', '2023-04-03'))).toBe('2023-04');
    expect(periodLabel(span('2023-01-01', '2023-11-13'))).toBe('2023');
    expect(periodLabel(span('2020', '2023'))).toBe('2020/2023');
    expect(periodLabel(span('2019-11', '2020-03'))).toBe('2019/2020');
  });

  it('writes "past year" for a rolling year, no label for a shorter window of months straddling two years, and dates a window of days by the month it ends in', () => {
    expect(periodLabel(rolling(1, 'year', '2025-05-20'))).toBe('past year');
    expect(periodLabel(rolling(12, 'month', '2025-05-20'))).toBe('past year');
    expect(rolling(1, 'week', '2024-03-21')).toEqual({ kind: 'rolling', start: '2024-03-14', end: '2024-03-21' });
    expect(periodLabel(rolling(1, 'week', '2024-03-21'))).toBe('2024-03');
    expect(periodLabel(rolling(3, 'month', '2020-03-09'))).toBeNull();
    // A short window crossing a month's start is dated by the month it ends in.
    expect(periodLabel(rolling(1, 'week', '2024-11-03'))).toBe('2024-11');
    expect(periodLabel(rolling(1, 'month', '2020-08-25'))).toBe('2020-08');
    expect(periodLabel(rolling(48, 'hour', '2024-05-07'))).toBe('2024-05');
    expect(rolling(1, 'week', null)).toBeNull();
  });

  it('tells the year before, and compares timeframes by kind and days', () => {
    expect(yearBefore(toDate('2024', '2024-06-01')!)).toEqual(calendar('2023'));
    expect(sameTimeframe(calendar('2023'), toDate('2023', '2023-12-31'))).toBe(false);
    expect(sameTimeframe(calendar('2023'), calendar('2023'))).toBe(true);
    expect(periodLabel(null)).toBeNull();
  });
});
