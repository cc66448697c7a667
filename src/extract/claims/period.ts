// A figure's period as a typed value (ClaimTimeframe: the days it covers and how it was stated), and the label the
// export writes for it ("2024", "2023-09", "2020/2024", "past year"; none for a window of months straddling two years).

import type { ClaimPeriodKind, ClaimTimeframe } from '../../core/types.js';

const DAY_MS = 86_400_000;
/** A rolling window at most this long (days, "en moins d'un mois", "within 48 hours") is labelled by the month it ends in. */
const SHORT_WINDOW_DAYS = 31;
/** A rolling window at least this long (days) is "the past year". */
const ROLLING_YEAR_DAYS = 360;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day of an ISO date at any precision ("2024" → "2024-01-01"), or null when it is not one. */
export function firstDay(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/** Last day of an ISO date at any precision ("2024-02" → "2024-02-29"), or null when it is not one. */
export function lastDay(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return `${m[1]}-12-31`;
  if (!m[3]) return `${m[1]}-${m[2]}-${pad(lastDayOfMonth(y, Number(m[2])))}`;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

const toMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const fromMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function make(kind: ClaimPeriodKind, start: string, end: string): ClaimTimeframe {
  return end < start ? { kind, start: end, end: start } : { kind, start, end };
}

/** A calendar year or month as stated: "2023", "2023-08". */
export function calendar(iso: string): ClaimTimeframe | null {
  const start = firstDay(iso);
  const end = lastDay(iso);
  return start && end ? { kind: 'calendar', start, end } : null;
}

/** A span between two stated bounds, each at any precision ("2020".."2023", "2023-01-01".."2023-11-13"). */
export function span(from: string, to: string): ClaimTimeframe | null {
  const start = firstDay(from);
  const end = lastDay(to);
  return start && end ? make('span', start, end) : null;
}

/**
 * From a stated start up to the time of writing ("depuis le début de l'année", "since 18 March"). Without a
 * publication date, up to the end of the start's year.
 */
export function toDate(from: string, published: string | null): ClaimTimeframe | null {
  const start = firstDay(from);
  if (!start) return null;
  const end = lastDay(published) ?? lastDay(start.slice(0, 4))!;
  return make('to_date', start, end < start ? lastDay(start.slice(0, 4))! : end);
}

/** From the first of January up to the end of a month ("à la mi-novembre", "by the end of October"): a count to date. */
export function yearToMonth(month: string): ClaimTimeframe | null {
  const end = lastDay(month.slice(0, 7));
  return end ? make('to_date', `${month.slice(0, 4)}-01-01`, end) : null;
}

export type WindowUnit = 'hour' | 'day' | 'night' | 'week' | 'month' | 'year' | 'decade';

/** A window of stated length ending at the time of writing ("en une semaine", "over the past year"); null without a publication date. */
export function rolling(amount: number, unit: WindowUnit, published: string | null): ClaimTimeframe | null {
  const end = lastDay(published);
  if (!end || !(amount > 0)) return null;
  // Written on a day the story does not give ("2024-04"): the window may end on any day of that month or year, so
  // it is counted back from the first one ("en un mois" told in April may have begun in March).
  const e = new Date(toMs(firstDay(published)!));
  let startMs: number;
  if (unit === 'month' || unit === 'year' || unit === 'decade') {
    const months = unit === 'decade' ? amount * 120 : unit === 'year' ? amount * 12 : amount;
    const s = new Date(Date.UTC(e.getUTCFullYear(), e.getUTCMonth() - Math.round(months), e.getUTCDate()));
    startMs = s.getTime();
  } else {
    const days = unit === 'hour' ? Math.max(1, Math.ceil(amount / 24)) : unit === 'week' ? amount * 7 : amount;
    startMs = e.getTime() - days * DAY_MS;
  }
  return make('rolling', fromMs(startMs), end);
}

/** The calendar year before the one a timeframe starts in ("l'année précédente" of 2024 → 2023). */
export function yearBefore(tf: ClaimTimeframe): ClaimTimeframe {
  return calendar(String(Number(tf.start.slice(0, 4)) - 1))!;
}

/** The same days one year on ("the first seven months of 2021" → of 2022): what a change over a compared period covers. */
export function yearOn(tf: ClaimTimeframe): ClaimTimeframe {
  const next = (day: string): string => {
    const y = String(Number(day.slice(0, 4)) + 1);
    // 29 February has no twin in the year after.
    return day.slice(5) === '02-29' ? `${y}-02-28` : `${y}${day.slice(4)}`;
  };
  return tf.kind === 'calendar' ? calendar(next(tf.start).slice(0, tf.start.endsWith('-01-01') && tf.end.endsWith('-12-31') ? 4 : 7))! : { kind: tf.kind === 'to_date' ? 'to_date' : 'span', start: next(tf.start), end: next(tf.end) };
}

/** The calendar year a timeframe starts in, as a timeframe of its own ("this year" in a paragraph framed "In 2024"). */
export function yearOf(tf: ClaimTimeframe): ClaimTimeframe {
  return calendar(tf.start.slice(0, 4))!;
}

/** A timeframe from a date the kit read: a year or a month ("en 2023", "in August"); a day is an event's, not a period. */
export function fromDate(date: string | null, precision: string): ClaimTimeframe | null {
  if (!date || precision === 'day' || precision === 'unknown') return null;
  return calendar(date);
}

/**
 * The label the export writes: the calendar year ("2024") or month ("2023-09") covering the timeframe, or the
 * years it spans ("2020/2024"). A year to date is its year, even in January. A rolling year is "past year". A
 * shorter window of months ending at the time of writing is part of its year when it lies inside one; one
 * straddling two years ("en huit mois" told in August) has no label: it is no calendar period, and writing the years
 * it straddles ("2013/2014") would compare it with those years' totals. Its timeframe still says which days.
 */
export function periodLabel(tf: ClaimTimeframe | null | undefined): string | null {
  if (!tf) return null;
  const days = (toMs(tf.end) - toMs(tf.start)) / DAY_MS;
  // "en une semaine", "en moins d'un mois", "within 48 hours": a reader dates a window of days by the month it ends in.
  if (tf.kind === 'rolling' && days <= SHORT_WINDOW_DAYS) return tf.end.slice(0, 7);
  // (The seeds' gold writes a rolling year so: kept, though the real set's gold leaves it without a period.)
  if (tf.kind === 'rolling' && days >= ROLLING_YEAR_DAYS && days <= ROLLING_YEAR_DAYS + 31) return 'past year';
  const sy = tf.start.slice(0, 4);
  const ey = tf.end.slice(0, 4);
  if (sy !== ey) return tf.kind === 'rolling' ? null : `${sy}/${ey}`;
  const sm = tf.start.slice(5, 7);
  const em = tf.end.slice(5, 7);
  const wholeYearToDate = tf.kind === 'to_date' && tf.start.endsWith('-01-01');
  if (sm === em && !wholeYearToDate) return `${sy}-${sm}`;
  return sy;
}

/** Same days covered and same way of stating them. */
export function sameTimeframe(a: ClaimTimeframe | null | undefined, b: ClaimTimeframe | null | undefined): boolean {
  if (!a || !b) return a === b;
  return a.kind === b.kind && a.start === b.start && a.end === b.end;
}
