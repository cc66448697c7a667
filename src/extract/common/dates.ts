// Finds dates with chrono-node plus a few locale patterns, and resolves them against the publication date.

import type { Chrono, ParsedResult } from 'chrono-node';
import type { DateMatch } from './types.js';

export interface DateCues {
  chrono: Chrono;
  months: Record<string, number>;
  weekdays: Record<string, number>;
  /** Cheap test: chrono only runs on sentences where this matches (chrono is the slow part). */
  precheck: RegExp;
  /** Words marking a date as relative to the publication date ("yesterday", "hier", "last"). */
  relativeWords: RegExp;
  /** Year expressions chrono misses or over-resolves: group "this" | "last" | "next" by named groups. */
  thisYear: RegExp;
  lastYear: RegExp;
  /**
   * "Quatre ans après la mort de …", "two years after the killing of …": the act named after it happened that many years
   * before the report (group "n": a count, in digits or words of `countWords`).
   */
  yearsAfter?: RegExp;
  /** The month of publication named without its name ("au début du mois", "ce mois-ci"), and the month before it. */
  thisMonth?: RegExp;
  lastMonth?: RegExp;
  /** "in March", "début mars", "mi-avril": a month name without day; group 1 = month word. */
  bareMonth: RegExp;
  /** Night spanning two days: groups wd1, wd2 (weekdays) or d1, month, year. */
  nightOf: RegExp[];
  /** Dates relative to the story's own last date ("the following day", "la veille"): group "shift" → days. */
  anchored: Array<{ re: RegExp; shift: number | 'count_before' | 'count_after' }>;
  /** Number words for "two days earlier". */
  countWords: Record<string, number>;
  /**
   * "last week", "la semaine dernière": chrono gives the day a week before the reference, but the text names a week
   * (see `weekOf`).
   */
  week?: RegExp;
  /** "last weekend", "le week-end dernier": the Saturday of the latest weekend before publication. */
  lastWeekend?: RegExp;
  /**
   * "overnight", "last night", "la nuit dernière", "dans la nuit" with no day named: the night just before the report,
   * dated by the evening it starts (the day before publication), flagged LAST_NIGHT: a reader that knows which dates
   * of the sentence date the act drops it where another one does ("le 3 mars, dans la nuit" is that night).
   */
  lastNight?: RegExp;
  /**
   * Days of the year named by their feast ("le soir de Noël", "New Year's Eve", "le 14-Juillet"): each regex with the
   * month and day it names; the year is the latest such day not after publication, as for a day given without one.
   */
  namedDays?: Array<{ re: RegExp; month: number; day: number }>;
  /**
   * A weekday pointing back to a day already told ("ce samedi-là", "that Saturday"): text right after (`after`) or
   * right before (`before`) the weekday. It is that day, not the last such weekday before publication.
   */
  anaphoricWeekday?: { before?: RegExp; after?: RegExp };
  /** chrono matches to throw away ("now", a lower-case modal "may"). */
  reject: RegExp;
  /** A weekday said to come ("lundi prochain", "next Monday"): the first such day after publication, not the last before. */
  next?: RegExp;
  /**
   * Text right before a date (ending where it starts) that announces it ("doit rendre son verdict le", "seront jugés
   * le", "is due to be sentenced on"): a day given without its year is then the first such day on or after
   * publication, not the latest before.
   */
  announced?: RegExp;
  /** A weekday said to be past ("lundi dernier", "last Monday"): said on a Monday, it is the Monday before, not that day. */
  last?: RegExp;
  /**
   * A length of time chrono turns into a date by counting forward from the reference: "de 23 ans" (an age),
   * "for 12 years" (a sentence). Such a match is no date; "il y a deux ans" / "two years ago" stay dates.
   */
  duration?: RegExp;
}

interface Reference {
  /** UTC noon on the last day the publication date allows. */
  date: Date;
  precision: 'day' | 'month' | 'year';
}

/** How far after publication an announced day given without its year may fall (see announcedDays). */
const ANNOUNCED_DAYS_AHEAD = 183;

const YEAR_RE = /(?<![\p{L}\p{N}.,/:-])((?:19|20)\d{2})(?![\p{N}]|\s?(?:%|€|\$)|[,.]\d)/gu;
const YEAR_RANGE_RE = /^\s?[-–\/]\s?((?:19|20)?\d{2})(?!\d)/;
/** A count of days or weeks not told ("quelques jours", "a few days", "several weeks"). */
const FEW = /(?<![\p{L}])(?:quelques|plusieurs|few|several|some)(?![\p{L}])/iu;

/** What a chrono result needs to know to tell a day, a month or a year (a part of the day alone, "morning", has none). */
const DAY_PARTS = ['year', 'month', 'day', 'weekday'] as const;

/** Characters chrono sees around a date-like token: enough for "on Tuesday 15 May 2024 at 10pm". */
const WINDOW_BEFORE = 30;
const WINDOW_AFTER = 40;
const ISO_REF = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

export function parseReference(ref: string | null): Reference | null {
  if (!ref) return null;
  const m = ISO_REF.exec(ref.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) return { date: new Date(Date.UTC(y, Number(m[2]) - 1, Number(m[3]), 12)), precision: 'day' };
  // A month or year reference stands for its last day: "not after publication" then holds for all of it.
  if (m[2]) return { date: new Date(Date.UTC(y, Number(m[2]), 0, 12)), precision: 'month' };
  return { date: new Date(Date.UTC(y, 11, 31, 12)), precision: 'year' };
}

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);

/** The ISO day `days` after `iso` (before it when negative). */
export function isoDaysAfter(iso: string, days: number): string {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The month `months` months before an ISO date's month ("2025-05-14", 12 → "2024-05"). */
export function isoMonthsBefore(iso: string, months: number): string {
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 - months;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The last given weekday on or before the reference: news reports past events. */
function lastWeekday(ref: Date, weekday: number): Date {
  return addDays(ref, -((ref.getUTCDay() - weekday + 7) % 7));
}

/**
 * A weekday alone ("on Tuesday") needs a day-precise reference. With a month reference we answer the
 * reference month at month precision (the event is almost always in the days before publication, so the
 * month is right except in a month's first days); with a year reference or none, the date is unknown.
 */
/**
 * Flag of a day told by the text ("Saturday", "hier") but cut to the month or year of a reference that has no day: the
 * text names one day, not a period (a tally's "en août" is a period).
 */
export const DAY_CUT_TO_REFERENCE = 'day_cut_to_reference';
/**
 * A day told only by "now" words inside a quotation ("« Ce soir, deux personnes sont mortes »", "\"A shooting took
 * place tonight\""): read against the report's date, but the speaker's "tonight" is the day they spoke, which may be
 * days before the report. Such a day says less than a date the narrative gives.
 */
export const QUOTED_NOW = 'quoted_now';
/** A night named with no day ("overnight", "dans la nuit"): the night before the report. */
export const LAST_NIGHT = 'last_night';

/** Spans inside quotation marks: « … », “ … ”, and straight "…" paired within a paragraph. */
export function quotationSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const pairs: Array<[string, string]> = [['«', '»'], ['“', '”']];
  for (const [open, close] of pairs) {
    for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
      const j = text.indexOf(close, i + 1);
      const nl = text.indexOf('\n\n', i + 1);
      if (j < 0) break;
      if (nl >= 0 && nl < j) continue;
      out.push([i + 1, j]);
      i = j;
    }
  }
  for (const line of text.matchAll(/[^\n]+/g)) {
    const marks = [...line[0].matchAll(/"/g)].map((m) => line.index! + m.index!);
    for (let k = 0; k + 1 < marks.length; k += 2) out.push([marks[k]! + 1, marks[k + 1]!]);
  }
  return out;
}

/** Flags days told by "now" words alone (no number, no weekday, not anchored on another date) inside a quotation. */
function flagQuotedNow(text: string, found: DateMatch[]): DateMatch[] {
  const deictic = (d: DateMatch) => d.relative && d.precision === 'day' && d.weekday === undefined && !/\d/.test(d.text) && !d.flags.includes('anchored');
  if (!found.some(deictic)) return found;
  const quotes = quotationSpans(text);
  return found.map((d) => (deictic(d) && quotes.some(([a, b]) => d.start >= a && d.end <= b) ? { ...d, flags: [...d.flags, QUOTED_NOW] } : d));
}

function weekdayDate(ref: Reference | null, weekday: number, shift = 0): Pick<DateMatch, 'date' | 'precision'> & { flags?: string[] } {
  if (!ref) return { date: null, precision: 'unknown' };
  if (ref.precision === 'day') return { date: isoDay(addDays(lastWeekday(ref.date, weekday), shift)), precision: 'day' };
  if (ref.precision === 'month') return { date: isoDay(ref.date).slice(0, 7), precision: 'month', flags: [DAY_CUT_TO_REFERENCE] };
  return { date: null, precision: 'unknown' };
}

/** Cuts a relative date down to what the reference allows ("yesterday" with a month reference → the month). */
function limitTo(ref: Reference | null, iso: string, precision: DateMatch['precision']): Pick<DateMatch, 'date' | 'precision'> & { flags?: string[] } {
  if (!ref) return { date: null, precision: 'unknown' };
  if (ref.precision === 'year' && precision !== 'year') return { date: iso.slice(0, 4), precision: 'year', ...(precision === 'day' ? { flags: [DAY_CUT_TO_REFERENCE] } : {}) };
  if (ref.precision === 'month' && precision === 'day') return { date: iso.slice(0, 7), precision: 'month', flags: [DAY_CUT_TO_REFERENCE] };
  return { date: iso, precision };
}

/** A weekday and a day number with nothing after ("mercredi 21", "jeudi 22 et"). */
const WEEKDAY_DAY = /^\p{L}+\.?\s+(\d{1,2})(?:er)?(?:\s*(?:,|et|and|&))?$/u;
/** Characters between two days of an enumeration ("mercredi 21, jeudi 22 et vendredi 23 mai"). */
const ENUMERATION_GAP = 40;
/** A bare day number and its link right before a date or another listed day: "23 et ", "2, ", "23 and ". */
const LISTED_DAY = /(?<![\p{L}\p{N},.:/-])(\d{1,2})(er)?(?:\s*,\s*|\s+(?:et|and|&)\s+)$/u;
/** What joins the days of an enumeration: commas, "et"/"and", other weekdays and day numbers. */
const ENUMERATION_LINK = /^[\s,]*(?:(?:et|and|&|ou|or)\s+)?(?:\p{L}+\.?\s+\d{1,2}(?:er)?[\s,]*(?:(?:et|and|&|ou|or)\s+)?)*$/u;

const monthYearCache = new WeakMap<DateCues, RegExp>();

function monthYearRegex(cues: DateCues): RegExp {
  let re = monthYearCache.get(cues);
  if (!re) {
    const names = Object.keys(cues.months).sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    re = new RegExp(`(?<![\\p{L}\\d])(${names})\\s+((?:19|20)\\d{2})(?!\\d)`, 'giu');
    monthYearCache.set(cues, re);
  }
  return re;
}

/** Year for a day/month given without one: the most recent not after publication. */
function inferYear(ref: Reference, month: number, day: number | null): number {
  const y = ref.date.getUTCFullYear();
  const rm = ref.date.getUTCMonth() + 1;
  const rd = ref.date.getUTCDate();
  if (month < rm) return y;
  if (month > rm) return y - 1;
  return day === null || day <= rd ? y : y - 1;
}

/** A time of day with nothing else but a preposition: no day is told. */
const TIME_ONLY = /^(?:(?:de|dès|vers|à|a|jusqu['’]à|aux alentours de|autour de|peu après|peu avant|at|around|about|after|before|from|until|by)\s+)?\d{1,2}\s*(?:h|heures?|:|\.)\s*(?:\d{2})?(?:\s*(?:du matin|du soir|de l['’]après-midi|am|pm|a\.m\.|p\.m\.))?$/iu;

/** What fromChrono reads of a parsed date. */
type Components = Pick<ParsedResult['start'], 'isCertain' | 'get' | 'date'>;

/** A range's start read with the month and year its end states ("samedi 5 à dimanche 6 octobre 2024"). */
function withMonthOf(start: Components, end: Components, day: number): Components {
  const month = end.get('month')!;
  const yearCertain = end.isCertain('year') || start.isCertain('year');
  const year = end.isCertain('year') ? end.get('year')! : start.get('year')!;
  return {
    isCertain: (c) => (c === 'month' || c === 'day' ? true : c === 'year' ? yearCertain : start.isCertain(c)),
    get: (c) => (c === 'month' ? month : c === 'day' ? day : c === 'year' ? year : start.get(c)),
    date: () => new Date(Date.UTC(year, month - 1, day, 12)),
  };
}

/**
 * A week the text names ("last week"): its month when the whole week (Monday to Sunday) lies in one, else unknown. It
 * is one occasion told vaguely, not a period (flagged as a day cut to its month, so no tally takes it).
 */
function weekOf(base: Pick<DateMatch, 'start' | 'end' | 'text' | 'flags'>, day: Date, ref: Reference | null): DateMatch {
  const monday = addDays(day, -((day.getUTCDay() + 6) % 7));
  const sunday = addDays(monday, 6);
  const month = isoDay(monday).slice(0, 7);
  const known = ref !== null && ref.precision !== 'year' && isoDay(sunday).slice(0, 7) === month;
  return { ...base, date: known ? month : null, precision: known ? 'month' : 'unknown', relative: true, flags: [...base.flags, 'week', ...(known ? [DAY_CUT_TO_REFERENCE] : [])], week: isoDay(monday) };
}

/** A relative date: the base's place and flags, the reference-cut date and its own flags. */
function withFlags(base: Pick<DateMatch, 'start' | 'end' | 'text' | 'flags'>, d: Pick<DateMatch, 'date' | 'precision'> & { flags?: string[] }): DateMatch {
  return { ...base, date: d.date, precision: d.precision, relative: true, flags: [...base.flags, ...(d.flags ?? [])] };
}

export function createDateFinder(cues: DateCues): (text: string, reference: string | null) => DateMatch[] {
  // Compiled once per finder, not per call: the finder runs on every story.
  const precheck = new RegExp(cues.precheck.source, cues.precheck.flags.includes('g') ? cues.precheck.flags : `${cues.precheck.flags}g`);
  return function findDates(text: string, reference: string | null): DateMatch[] {
    try {
      return find(text, reference);
    } catch {
      return [];
    }
  };

  function find(text: string, reference: string | null): DateMatch[] {
    if (!text) return [];
    const ref = parseReference(reference);
    const out: DateMatch[] = [];
    const taken = (s: number, e: number): boolean => out.some((d) => s < d.end && e > d.start);
    const add = (d: DateMatch): void => {
      if (!taken(d.start, d.end)) out.push(d);
    };

    for (const re of cues.nightOf) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) add(nightOf(m, ref));
    }
    if (cues.lastWeekend) {
      cues.lastWeekend.lastIndex = 0;
      for (let m = cues.lastWeekend.exec(text); m; m = cues.lastWeekend.exec(text)) {
        // Said on a Sunday or a Monday, "last weekend" is the one just gone (its Saturday is one or two days back);
        // said later in the week, the one before.
        const back = ref?.precision === 'day' && ref.date.getUTCDay() === 0 ? -1 : -2;
        const d = ref?.precision === 'day' ? { date: isoDay(lastWeekday(addDays(ref.date, back), 6)), precision: 'day' as const } : weekdayDate(ref, 6);
        add({ start: m.index, end: m.index + m[0].length, text: m[0], date: d.date, precision: d.precision, relative: true, flags: ['weekend', ...(('flags' in d && d.flags) || [])] });
      }
    }
    for (const { re, month, day } of cues.namedDays ?? []) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        // "à Noël 2023": a year written after the feast names it; else the latest one before publication.
        const written = /^\s+((?:19|20)\d{2})(?!\d)/u.exec(text.slice(m.index + m[0].length));
        const year = written ? Number(written[1]) : ref ? inferYear(ref, month, day) : null;
        const end = m.index + m[0].length + (written ? written[0].length : 0);
        if (year === null) continue;
        add({ start: m.index, end, text: text.slice(m.index, end), date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day', relative: !written, flags: written ? [] : ['year_inferred'] });
      }
    }
    for (const [re, which] of [[cues.thisMonth, 0], [cues.lastMonth, -1]] as const) {
      if (!re) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        // (A report dated by its year only cannot say which month.)
        if (!ref || ref.precision === 'year') continue;
        const d = new Date(Date.UTC(ref.date.getUTCFullYear(), ref.date.getUTCMonth() + which, 15));
        add({ start: m.index, end: m.index + m[0].length, text: m[0], date: isoDay(d).slice(0, 7), precision: 'month', relative: true, flags: [] });
      }
    }
    for (const [re, which] of [[cues.thisYear, 0], [cues.lastYear, -1]] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const y = ref ? String(ref.date.getUTCFullYear() + which) : null;
        add({ start: m.index, end: m.index + m[0].length, text: m[0], date: y, precision: y ? 'year' : 'unknown', relative: true, flags: [] });
      }
    }
    if (cues.yearsAfter) {
      cues.yearsAfter.lastIndex = 0;
      for (let m = cues.yearsAfter.exec(text); m; m = cues.yearsAfter.exec(text)) {
        const word = m.groups?.n?.toLowerCase() ?? '';
        const n = /^\d+$/u.test(word) ? Number(word) : cues.countWords[word];
        if (!n) continue;
        const y = ref ? String(ref.date.getUTCFullYear() - n) : null;
        add({ start: m.index, end: m.index + m[0].length, text: m[0], date: y, precision: y ? 'year' : 'unknown', relative: true, flags: [] });
      }
    }
    // chrono is the slow part: it only reads windows around what the cheap pre-check finds date-like,
    // clipped to the sentence so a window never glues two sentences' words together.
    for (const [ws, we] of windows(text)) {
      for (const r of cues.chrono.parse(text.slice(ws, we), ref?.date ?? new Date(Date.UTC(2000, 0, 1, 12)))) {
        const d = fromChrono(r, ws, ref);
        if (d) add(d);
        // "mid-morning on Thursday": chrono reads a part of the day and drops the weekday that follows it; what comes
        // after the part of the day is read again on its own.
        else if (!DAY_PARTS.some((c) => r.start.isCertain(c)) && r.text.includes(' ')) {
          const skip = r.text.indexOf(' ') + 1;
          for (const again of cues.chrono.parse(r.text.slice(skip), ref?.date ?? new Date(Date.UTC(2000, 0, 1, 12)))) {
            const d2 = fromChrono(again, ws + r.index + skip, ref);
            if (d2) add(d2);
          }
        }
      }
    }
    // "mai 2021", "August 2022": chrono's French parser misses a month with its year and no day.
    const monthYear = monthYearRegex(cues);
    monthYear.lastIndex = 0;
    for (let m = monthYear.exec(text); m; m = monthYear.exec(text)) {
      const month = cues.months[m[1]!.toLowerCase().replace(/\.$/, '')];
      const start = m.index;
      const end = start + m[0].length;
      if (!month || taken(start, end)) continue;
      add({ start, end, text: m[0], date: `${m[2]}-${pad(month)}`, precision: 'month', relative: false, flags: [] });
    }
    cues.bareMonth.lastIndex = 0;
    for (let m = cues.bareMonth.exec(text); m; m = cues.bareMonth.exec(text)) {
      const month = cues.months[m[1]!.toLowerCase().replace(/\.$/, '')];
      if (!month) continue;
      const start = m.index + m[0].indexOf(m[1]!);
      const end = start + m[1]!.length;
      if (taken(start, end)) continue;
      add(ref
        ? { start, end, text: m[1]!, date: `${inferYear(ref, month, null)}-${pad(month)}`, precision: 'month', relative: true, flags: ['year_inferred'] }
        : { start, end, text: m[1]!, date: null, precision: 'unknown', relative: true, flags: [] });
    }
    YEAR_RE.lastIndex = 0;
    for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
      const start = m.index;
      let end = start + m[0].length;
      const flags: string[] = [];
      const range = YEAR_RANGE_RE.exec(text.slice(end, end + 8));
      if (range) {
        end += range[0].length;
        flags.push('range');
      }
      if (!taken(start, end)) add({ start, end, text: text.slice(start, end), date: m[1]!, precision: 'year', relative: false, flags });
    }
    if (cues.lastNight && ref?.precision === 'day') lastNights(text, ref, cues.lastNight, out, taken);
    out.sort((a, b) => a.start - b.start);
    if (cues.anaphoricWeekday) anaphoricWeekdays(text, out);
    enumeratedDays(text, out);
    listedDays(text, out);
    glossedWeekdays(text, out);
    if (ref) anchorWeekdays(out, ref);
    if (ref && cues.announced) announcedDays(text, out, ref, cues.announced);
    // Anchored expressions come last: they need the story's preceding dates.
    const anchored: DateMatch[] = [];
    for (const { re, shift } of cues.anchored) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        const n = m.groups?.n ? cues.countWords[m.groups.n.toLowerCase()] ?? Number(m.groups.n) : 1;
        const days = shift === 'count_before' ? -n : shift === 'count_after' ? n : shift;
        const anchor = [...out].reverse().find((d) => d.end <= start && d.precision === 'day' && d.date);
        const date = anchor ? isoDay(addDays(new Date(`${anchor.date}T12:00:00Z`), days)) : null;
        anchored.push({ start, end, text: m[0], date, precision: date ? 'day' : 'unknown', relative: true, flags: ['anchored'] });
      }
    }
    const merged = out.filter((d) => !anchored.some((a) => d.start < a.end && d.end > a.start));
    return flagQuotedNow(text, [...merged, ...anchored].sort((a, b) => a.start - b.start));
  }

  function lastNights(text: string, ref: Reference, re: RegExp, found: DateMatch[], taken: (s: number, e: number) => boolean): void {
    const date = isoDay(addDays(ref.date, -1));
    const added: DateMatch[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      added.push({ start, end, text: m[0], date, precision: 'day', relative: true, flags: ['night_of', LAST_NIGHT] });
    }
    found.push(...added);
  }

  /**
   * "Le samedi 19 juillet, … Peu avant 21 heures ce samedi-là, …": a weekday said to be the one already told is the
   * latest day told before it that falls on that weekday; with none, it says no day at all.
   */
  function anaphoricWeekdays(text: string, found: DateMatch[]): void {
    const { before, after } = cues.anaphoricWeekday!;
    for (let i = found.length - 1; i >= 0; i--) {
      const d = found[i]!;
      if (d.weekday === undefined || /\d/u.test(d.text)) continue;
      const back = (before?.test(text.slice(Math.max(0, d.start - 12), d.start)) ?? false) || (after?.test(text.slice(d.end, d.end + 6)) ?? false);
      if (!back) continue;
      const told = found.slice(0, i).reverse().find((x) => x.precision === 'day' && x.date !== null && x.weekday === undefined && new Date(`${x.date}T12:00:00Z`).getUTCDay() === d.weekday);
      if (told) {
        const { weekday: _w, ...rest } = d;
        found[i] = { ...rest, date: told.date, precision: 'day', relative: told.relative, flags: [...d.flags.filter((f) => f !== DAY_CUT_TO_REFERENCE), 'weekday_anchored'] };
      } else found.splice(i, 1);
    }
  }

  /**
   * "les mercredi 21, jeudi 22 et vendredi 23 mai 2025": chrono reads each weekday of an enumeration without the month
   * written once at its end, and dates "mercredi 21" to the last Wednesday. A weekday with a day number, followed
   * closely by a full date, is that date's month and year with its own day, when the weekday agrees.
   */
  function enumeratedDays(text: string, found: DateMatch[]): void {
    for (let i = 0; i < found.length; i++) {
      const d = found[i]!;
      if (d.weekday === undefined) continue;
      const day = WEEKDAY_DAY.exec(d.text);
      if (!day) continue;
      const full = found.slice(i + 1).find((x) => x.precision === 'day' && x.date !== null && x.weekday === undefined);
      if (!full || full.start - d.end > ENUMERATION_GAP || !ENUMERATION_LINK.test(text.slice(d.end, full.start))) continue;
      const iso = `${full.date!.slice(0, 8)}${pad(Number(day[1]))}`;
      const t = Date.parse(`${iso}T12:00:00Z`);
      if (!Number.isFinite(t) || new Date(t).getUTCDay() !== d.weekday || iso.slice(0, 7) !== full.date!.slice(0, 7)) continue;
      const { weekday: _w, ...rest } = d;
      found[i] = { ...rest, date: iso, precision: 'day', relative: full.relative, flags: d.flags.filter((f) => f !== DAY_CUT_TO_REFERENCE) };
    }
  }

  /**
   * "on Friday evening, February 10", "samedi soir, 3 mai": a weekday told, then its date after a comma. chrono reads
   * the weekday alone as the last such day before the report; it is the date that follows when that date falls on it.
   */
  function glossedWeekdays(text: string, found: DateMatch[]): void {
    for (let i = 0; i + 1 < found.length; i++) {
      const d = found[i]!;
      const next = found[i + 1]!;
      if (/\d/u.test(d.text) || next.precision !== 'day' || next.date === null) continue;
      const words = d.text.toLowerCase().match(/\p{L}+/gu) ?? [];
      const day = words.map((w) => cues.weekdays[w]).find((w) => w !== undefined);
      if (day === undefined || !/^\s*,\s*(?:(?:le|the)\s+)?$/iu.test(text.slice(d.end, next.start))) continue;
      if (new Date(`${next.date}T12:00:00Z`).getUTCDay() !== day) continue;
      found[i] = { ...d, date: next.date, precision: 'day', relative: next.relative, flags: [...d.flags.filter((f) => f !== DAY_CUT_TO_REFERENCE), 'weekday_glossed'] };
    }
  }

  /**
   * "les 23 et 30 septembre", "les 2, 9 et 16 mai", "on 23 and 30 September": day numbers listed before a full date
   * (which chrono reads alone) are days of its month and year.
   */
  function listedDays(text: string, found: DateMatch[]): void {
    const added: DateMatch[] = [];
    for (const d of found) {
      if (d.precision !== 'day' || d.date === null || d.weekday !== undefined) continue;
      // (The full date must open on its day number: "30 septembre", not "September 30".)
      if (!/^\s*\d{1,2}(?:er)?\s/u.test(d.text)) continue;
      let at = d.start;
      for (;;) {
        const m = LISTED_DAY.exec(text.slice(Math.max(0, at - 16), at));
        if (!m) break;
        const start = at - m[0].length;
        const iso = `${d.date.slice(0, 8)}${pad(Number(m[1]))}`;
        if (!Number.isFinite(Date.parse(`${iso}T12:00:00Z`)) || Number(m[1]) >= Number(d.date.slice(8, 10)) || found.some((x) => x.start < at && x.end > start)) break;
        added.push({ start, end: start + m[1]!.length + (m[2]?.length ?? 0), text: m[1]! + (m[2] ?? ''), date: iso, precision: 'day', relative: d.relative, flags: [...d.flags.filter((f) => f !== 'weekday_mismatch'), 'listed'] });
        at = start;
      }
    }
    if (added.length) {
      found.push(...added);
      found.sort((a, b) => a.start - b.start);
    }
  }

  /**
   * "Le tribunal doit rendre son verdict le 9 avril", published on 1 April: an announced day given without its year is
   * the first such day on or after publication (within a year), not the latest one before it.
   */
  function announcedDays(text: string, found: DateMatch[], ref: Reference, announced: RegExp): void {
    for (let i = 0; i < found.length; i++) {
      const d = found[i]!;
      if (!d.flags.includes('year_inferred') || d.date === null || d.precision !== 'day') continue;
      const line = Math.max(text.lastIndexOf('\n', d.start - 1), text.lastIndexOf('. ', d.start - 1)) + 1;
      if (!announced.test(text.slice(Math.max(line, d.start - 80), d.start))) continue;
      const next = `${Number(d.date.slice(0, 4)) + 1}${d.date.slice(4)}`;
      const t = Date.parse(`${next}T12:00:00Z`);
      // (Only a day within the half-year after publication: a hearing is announced weeks or months ahead; a day further
      // back than that is more likely one that already came, "le procès, qui avait été renvoyé au 12 mai, …".)
      if (!Number.isFinite(t) || t < ref.date.getTime() - 86_400_000 || t > ref.date.getTime() + ANNOUNCED_DAYS_AHEAD * 86_400_000) continue;
      found[i] = { ...d, date: next, flags: [...d.flags, 'announced'] };
    }
  }

  /**
   * A weekday alone in a report dated by its month only ("Jeudi soir, vers 22h45") can only be cut to the month; when
   * the story gives a day that falls on that weekday within the week before the reference's period ("dans la soirée du
   * jeudi 31 octobre"), the weekday is that day: a report tells its act by its full date once, then by its weekday.
   */
  function anchorWeekdays(found: DateMatch[], ref: Reference): void {
    const periodStart = ref.precision === 'month'
      ? Date.UTC(ref.date.getUTCFullYear(), ref.date.getUTCMonth(), 1, 12)
      : Date.UTC(ref.date.getUTCFullYear(), 0, 1, 12);
    const fits = (w: number) => (x: DateMatch): boolean => {
      if (x.precision !== 'day' || x.date === null || x.weekday !== undefined) return false;
      const t = Date.parse(`${x.date}T12:00:00Z`);
      return new Date(t).getUTCDay() === w && t >= periodStart - 7 * 86_400_000 && t <= ref.date.getTime();
    };
    for (let i = 0; i < found.length; i++) {
      const d = found[i]!;
      if (d.weekday === undefined || !d.flags.includes(DAY_CUT_TO_REFERENCE)) continue;
      const same = fits(d.weekday);
      // The nearest such day told before it, else after it (a lead may give the weekday, the next paragraph the date).
      const anchor = found.slice(0, i).reverse().find(same) ?? found.slice(i + 1).find(same);
      if (anchor) found[i] = { ...d, date: anchor.date, precision: 'day', flags: [...d.flags.filter((f) => f !== DAY_CUT_TO_REFERENCE), 'weekday_anchored'] };
    }
  }

  function windows(text: string): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    precheck.lastIndex = 0;
    for (let m = precheck.exec(text); m; m = precheck.exec(text)) {
      let a = Math.max(0, m.index - WINDOW_BEFORE);
      let b = Math.min(text.length, m.index + m[0].length + WINDOW_AFTER);
      const stopBefore = Math.max(text.lastIndexOf('\n', m.index), text.lastIndexOf('. ', m.index));
      if (stopBefore >= a) a = stopBefore + 1;
      const nl = text.indexOf('\n', m.index);
      if (nl >= 0 && nl < b) b = nl;
      while (a > 0 && /\S/.test(text[a - 1]!) && a > m.index - WINDOW_BEFORE - 15) a--;
      while (b < text.length && /\S/.test(text[b]!) && b < m.index + WINDOW_AFTER + 15) b++;
      const last = out[out.length - 1];
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else out.push([a, b]);
      if (m[0].length === 0) precheck.lastIndex++;
    }
    return out;
  }

  function nightOf(m: RegExpExecArray, ref: Reference | null): DateMatch {
    const g = m.groups ?? {};
    const base = { start: m.index, end: m.index + m[0].length, text: m[0], flags: ['night_of'] };
    if (g.wd2) {
      const wd2 = cues.weekdays[g.wd2.toLowerCase()]!;
      // The night belongs to the evening it starts: the day before the (last) morning it ends.
      return { ...withFlags(base, weekdayDate(ref, wd2, -1)), weekday: (wd2 + 6) % 7 };
    }
    const month = cues.months[(g.month ?? '').toLowerCase()];
    const day = Number(g.d1);
    if (!month || !day) return { ...base, date: null, precision: 'unknown', relative: true };
    if (g.year) return { ...base, date: `${g.year}-${pad(month)}-${pad(day)}`, precision: 'day', relative: false };
    if (!ref) return { ...base, date: null, precision: 'unknown', relative: true };
    return { ...base, date: `${inferYear(ref, month, day)}-${pad(month)}-${pad(day)}`, precision: 'day', relative: true, flags: ['night_of', 'year_inferred'] };
  }

  function fromChrono(r: ParsedResult, offset: number, ref: Reference | null): DateMatch | null {
    const raw = r.text;
    const trimmed = raw.replace(/[\s,.;:]+$/u, '');
    if (cues.reject.test(trimmed) || cues.duration?.test(trimmed)) return null;
    const start = offset + r.index;
    const end = start + trimmed.length;
    // "samedi 5 à dimanche 6 octobre": the range's start has its day and weekday, its month (and year) only at the end.
    const e = r.end;
    // (chrono may read the start as its weekday alone: its day is the number right after it, "samedi 5".)
    const startDay = r.start.isCertain('day') ? r.start.get('day') : Number(/^\p{L}+\.?\s+(\d{1,2})(?!\d)/u.exec(trimmed)?.[1] ?? NaN);
    const borrow = e !== null && e !== undefined && !r.start.isCertain('month') && e.isCertain('month') && e.isCertain('day') && Number.isInteger(startDay) && startDay! >= 1 && startDay! <= 31;
    const k: Components = borrow ? withMonthOf(r.start, e!, startDay!) : r.start;
    const has = (c: 'year' | 'month' | 'day' | 'weekday'): boolean => k.isCertain(c);
    const flags: string[] = r.end ? ['range'] : [];
    const relative = cues.relativeWords.test(trimmed);
    const base = { start, end, text: trimmed, flags };
    if (!has('year') && !has('month') && !has('day') && !has('weekday')) return null;
    // "aux alentours de 1h du matin", "vers 15 h 30", "at 3am": an hour alone tells no day (chrono gives it the
    // reference's day as certain).
    if (TIME_ONLY.test(trimmed)) return null;
    if (relative && has('day') && !has('weekday') && cues.week?.test(trimmed)) return weekOf(base, k.date(), ref);
    if (relative && has('day')) {
      const iso = isoDay(k.date());
      // ("il y a quelques jours", "a few days ago": days not counted tell the month, not a day.)
      if (FEW.test(trimmed)) return withFlags(base, limitTo(ref, iso.slice(0, 7), 'month'));
      return withFlags(base, limitTo(ref, iso, 'day'));
    }
    if (has('month') && has('day')) {
      const month = k.get('month')!;
      const day = k.get('day')!;
      let year = has('year') ? k.get('year')! : null;
      if (year === null) {
        if (!ref) return { ...base, date: null, precision: 'unknown', relative: true };
        year = inferYear(ref, month, day);
        flags.push('year_inferred');
      }
      const iso = `${year}-${pad(month)}-${pad(day)}`;
      if (has('weekday')) {
        const actual = new Date(`${iso}T12:00:00Z`).getUTCDay();
        if (actual !== k.get('weekday')) flags.push('weekday_mismatch');
      }
      return { ...base, date: iso, precision: 'day', relative: !has('year') };
    }
    if (has('month')) {
      const month = k.get('month')!;
      if (has('year')) return { ...base, date: `${k.get('year')}-${pad(month)}`, precision: 'month', relative: false };
      if (!ref) return { ...base, date: null, precision: 'unknown', relative: true };
      if (relative) return withFlags(base, limitTo(ref, `${k.get('year')}-${pad(month)}`, 'month'));
      flags.push('year_inferred');
      return { ...base, date: `${inferYear(ref, month, null)}-${pad(month)}`, precision: 'month', relative: true };
    }
    if (has('weekday') && ref?.precision === 'day' && cues.next?.test(trimmed)) {
      const ahead = (k.get('weekday')! - ref.date.getUTCDay() + 7) % 7 || 7;
      return { ...base, date: isoDay(addDays(ref.date, ahead)), precision: 'day', relative: true, weekday: k.get('weekday')! };
    }
    if (has('weekday') && ref?.precision === 'day' && ref.date.getUTCDay() === k.get('weekday') && cues.last?.test(trimmed)) {
      return { ...base, date: isoDay(addDays(ref.date, -7)), precision: 'day', relative: true, weekday: k.get('weekday')! };
    }
    if (has('weekday')) return { ...withFlags(base, weekdayDate(ref, k.get('weekday')!)), weekday: k.get('weekday')! };
    if (has('year')) return { ...base, date: String(k.get('year')), precision: 'year', relative };
    return null;
  }
}
