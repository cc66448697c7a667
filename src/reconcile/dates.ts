// Event dates as day ranges, so "2024-05", "2024-05-14" and "2024" compare by containment and distance.

import type { DatePrecision } from '../core/types.js';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;
const DAY_MS = 86_400_000;

export interface DateRange {
  /** Days since 1970-01-01 (UTC) of the first and last day covered. */
  start: number;
  end: number;
  precision: DatePrecision;
  /** The ISO value trimmed to its precision ("2024-05-14", "2024-05", "2024"). */
  iso: string;
}

/** The range a date covers; null for an unknown date. The coarser of the stated precision and the string wins. */
export function dateRange(date: string | null, precision: DatePrecision): DateRange | null {
  if (date === null || precision === 'unknown') return null;
  const m = ISO_DATE.exec(date);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = m[2] !== undefined ? Number(m[2]) : null;
  const day = m[3] !== undefined ? Number(m[3]) : null;
  if (precision === 'day' && month !== null && day !== null) {
    const d = Date.UTC(year, month - 1, day) / DAY_MS;
    return { start: d, end: d, precision: 'day', iso: m[0] };
  }
  if ((precision === 'day' || precision === 'month') && month !== null) {
    const start = Date.UTC(year, month - 1, 1) / DAY_MS;
    const end = Date.UTC(year, month, 1) / DAY_MS - 1;
    return { start, end, precision: 'month', iso: `${m[1]}-${m[2]}` };
  }
  const start = Date.UTC(year, 0, 1) / DAY_MS;
  const end = Date.UTC(year + 1, 0, 1) / DAY_MS - 1;
  return { start, end, precision: 'year', iso: m[1] };
}

/** "YYYY-MM" of a day number. */
export function monthKey(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 7);
}

/** Months a compatible day- or month-precise date may fall in: those spanning [start - slack, end + slack]. */
export function monthsAround(range: Pick<DateRange, 'start' | 'end'>, slack: number): string[] {
  const first = new Date((range.start - slack) * DAY_MS);
  const last = monthKey(range.end + slack);
  const out: string[] = [];
  let y = first.getUTCFullYear();
  let m = first.getUTCMonth();
  for (;;) {
    const key = `${y}-${String(m + 1).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) return out;
    m += 1;
    if (m === 12) {
      m = 0;
      y += 1;
    }
  }
}

export const PRECISION_RANK: Record<DatePrecision, number> = { day: 3, month: 2, year: 1, unknown: 0 };

/** Whether two ranges may be the same moment: they overlap, allowing `slack` days between them. */
export function datesCompatible(a: DateRange | null, b: DateRange | null, slack: number): boolean {
  if (a === null || b === null) return true;
  return a.start <= b.end + slack && b.start <= a.end + slack;
}

/** Whether `outer` contains `inner` (equal counts): the vaguer date agrees with the more precise one. */
export function dateContains(outer: DateRange | null, inner: DateRange | null): boolean {
  if (outer === null) return true;
  if (inner === null) return false;
  return outer.start <= inner.start && inner.end <= outer.end;
}
