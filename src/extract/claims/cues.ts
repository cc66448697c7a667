// The period cues of a sentence: every way it states when something holds — a year or month ("en 2023"), a span
// ("entre 2020 et 2023", "du 1er janvier au 13 novembre", "les dix premiers mois de l'année"), a period running
// to the time of writing ("depuis le début de l'année", "since 18 March", "so far this year"), a window ending
// now ("en une semaine", "over the past year"), or a period told relative to another ("l'année précédente",
// "during this period", "cette année-là").

import type { ClaimTimeframe } from '../../core/types.js';
import type { DateMatch, LocaleKit, Sentence } from '../common/types.js';
import type { ClaimLexicon } from './lexicon.js';
import { calendar, rolling, span, toDate, yearToMonth } from './period.js';
import { DAY_CUT_TO_REFERENCE } from '../common/dates.js';

/** How a relative cue is read: the year before the figure's base, the period of the figures just before, the year the passage last named. */
export type RelativeCue = 'previous' | 'same' | 'anaphoric';

export interface PeriodCue {
  start: number;
  end: number;
  /** The period it states; null for a relative cue. */
  tf: ClaimTimeframe | null;
  rel: RelativeCue | null;
  /** A period something is compared with ("par rapport à 2023", "compared with the same period in 2022"): no figure's own. */
  compared: boolean;
  /** Opens its sentence before a comma ("En 2023, …"): it governs the sentence and the rest of its paragraph. */
  frame: boolean;
  /** A calendar year written out ("2016", "en 2023"): what "cette année-là" points back to. */
  statedYear: boolean;
  /** Dates only the figure of its clause ("now", "actuellement": the state at the time of writing), never a list or a paragraph. */
  local: boolean;
  /**
   * The period of the figure compared with ("compared to 88 over the same period in 2021"): that figure's own, and that
   * figure is the compared one, whose period its clause-mates do not share.
   */
  comparedOwn?: boolean;
}

export interface CueContext {
  text: string;
  lex: ClaimLexicon;
  kit: LocaleKit;
  dates: DateMatch[];
  published: string | null;
}

/** How far back (characters) from a cue the words that make it a compared period are looked for. */
const COMPARED_REACH = 45;
/** A figure, then "over the same period in" / "sur la même période en" and the year: the figure's own period. */
const OWN_SAME_PERIOD = /\d\s+(?:over|during|in|sur|durant|pendant)\s+(?:the\s+same\s+period\s+(?:of|in)|la\s+même\s+période\s+(?:de|en))\s+$/iu;

function smallNumber(kit: LocaleKit, token: string | undefined): number | null {
  if (!token) return null;
  if (/^\d+$/.test(token)) return Number(token);
  if (/^(?:an?|une?|one)$/i.test(token)) return 1;
  const n = kit.numbers(token)[0];
  return n && Number.isFinite(n.value) ? n.value : null;
}

/**
 * A date the kit read with the number after its comma ("30 septembre, 210 homicides" as the year 210): the date
 * without it, read again.
 */
function withoutTrailingNumber(d: DateMatch, published: string | null, kit: LocaleKit): DateMatch {
  const m = /,\s*\d[\d\s.]*$/u.exec(d.text);
  if (!m || /,\s*(?:19|20)\d{2}\s*$/u.test(d.text)) return d;
  const text = d.text.slice(0, m.index);
  const again = kit.dates(text, published).find((x) => x.start === 0 && x.date);
  return again ? { ...again, start: d.start, end: d.start + text.length, text, flags: [...new Set([...again.flags, ...d.flags])] } : { ...d, end: d.start + text.length, text };
}

const globals = new WeakMap<RegExp, RegExp>();

/** The global twin of a lexicon pattern, compiled once. */
export function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)));
  return g;
}

const pubYear = (published: string | null): string | null => (published && /^\d{4}/.test(published) ? published.slice(0, 4) : null);

/**
 * The period cues of sentence `s`. `anchorFrom` is where the passage before it starts (the previous sentence of its
 * paragraph): "depuis le début de l'année" after "Last September, …" is that September's year.
 */
export function periodCues(c: CueContext, s: Sentence, anchorFrom: number = s.start): PeriodCue[] {
  const { text, lex, kit, published } = c;
  const out: PeriodCue[] = [];
  const push = (start: number, end: number, tf: ClaimTimeframe | null, rel: RelativeCue | null, statedYear = false, local = false) => {
    if (!tf && !rel) return;
    // A cue inside one already read ("2024" of "depuis le début de l'année 2024") adds nothing.
    if (out.some((o) => o.start <= start && end <= o.end)) return;
    for (let i = out.length - 1; i >= 0; i--) if (start <= out[i]!.start && out[i]!.end <= end) out.splice(i, 1);
    out.push({ start, end, tf, rel, compared: false, frame: false, statedYear, local });
  };
  const scan = (re: RegExp, f: (m: RegExpExecArray, start: number, end: number) => void) => {
    const g = globalOf(re);
    g.lastIndex = 0;
    for (let m = g.exec(s.text); m; m = g.exec(s.text)) {
      if (m[0].length === 0) {
        g.lastIndex++;
        continue;
      }
      f(m, s.start + m.index, s.start + m.index + m[0].length);
    }
  };
  const year = pubYear(published);
  /** The year of the last event told just before `pos` (a day or a month), else the year of writing. */
  const anchorYear = (pos: number): string | null => {
    // (A year the kit had to guess, "on September 23", is no anchor; "last September" says which.)
    const told = c.dates.filter(
      (d) => d.start >= anchorFrom && d.end <= pos && d.date && (d.precision === 'day' || d.precision === 'month') &&
        (!d.flags.includes('year_inferred') || lex.windowLast.test(text.slice(Math.max(0, d.start - 8), d.end + 10))),
    );
    return told.length ? told[told.length - 1]!.date!.slice(0, 4) : year;
  };
  const untilEndOf = (y: string): ClaimTimeframe | null => toDate(y, y === year ? published : `${y}-12-31`);

  // Phrases first: they hold the dates inside them.
  scan(lex.yearSpan, (m, a, b) => {
    if (lex.birthBefore.test(text.slice(Math.max(s.start, a - 20), a + 8))) return;
    if (Number(m[1]) < Number(m[2])) push(a, b, span(m[1]!, m[2]!), null);
  });
  scan(lex.firstMonths, (m, a, b) => {
    const n = smallNumber(kit, m.groups?.n);
    const y = m.groups?.year ?? year;
    if (n && n >= 1 && n <= 12 && y) push(a, b, span(`${y}-01`, `${y}-${String(n).padStart(2, '0')}`), null);
  });
  scan(lex.firstHalf, (m, a, b) => {
    const y = m.groups?.year ?? year;
    if (y) push(a, b, span(`${y}-01`, `${y}-06`), null);
  });
  scan(lex.quarter, (m, a, b) => {
    const word = m.groups?.q ?? m.groups?.q2 ?? '';
    const q = lex.quarterNumbers[word.toLowerCase()] ?? Number(word);
    const y = m.groups?.year ?? m.groups?.year2 ?? year;
    if (q >= 1 && q <= 4 && y) push(a, b, span(`${y}-${String(q * 3 - 2).padStart(2, '0')}`, `${y}-${String(q * 3).padStart(2, '0')}`), null);
  });
  // "le mois dernier", "depuis le début du mois": months told from the one of writing.
  const month = published && /^\d{4}-\d{2}/.test(published) ? published.slice(0, 7) : null;
  scan(lex.previousMonth, (_m, a, b) => {
    if (!month) return;
    const y = Number(month.slice(0, 4));
    const mo = Number(month.slice(5, 7));
    push(a, b, calendar(mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`), null);
  });
  scan(lex.sinceMonthStart, (_m, a, b) => {
    if (month) push(a, b, toDate(month, published), null);
  });
  scan(lex.sinceYearStart, (_m, a, b) => {
    // "depuis le début de l'année 2024": the year written after the phrase, else the year of writing.
    const after = /^\s*((?:19|20)\d{2})(?![\p{N}])/u.exec(text.slice(b, b + 6));
    const y = after?.[1] ?? anchorYear(a);
    if (y) push(a, after ? b + after[0].length : b, untilEndOf(y), null);
  });
  scan(lex.thisYear, (m, a, b) => {
    // "cette année-là" points back; "de l'année 2023", "de l'année précédente" are other years.
    if (/^(?:-là|\s*(?:(?:19|20)\d{2}|précédente|dernière|passée|suivante|d['’]avant|écoulée|before|prior))/u.test(text.slice(b, b + 14))) return;
    // "this year" is the year of writing; "of the year", "de l'année" the year of the events just told.
    const y = lex.deictic.test(m[0]) ? year : anchorYear(a);
    if (y) push(a, b, untilEndOf(y), null);
  });
  scan(lex.presentTime, (_m, a, b) => {
    if (published && /^\d{4}-\d{2}/.test(published)) push(a, b, calendar(published.slice(0, 7)), null, false, true);
  });
  scan(lex.rollingPeriod, (_m, a, b) => push(a, b, rolling(1, 'year', published), null));
  scan(lex.window, (m, a, b) => {
    const unit = lex.windowUnits[(m.groups?.unit ?? '').toLowerCase()];
    const n = smallNumber(kit, m.groups?.n) ?? (lex.windowLast.test(m[0]) ? 1 : null);
    if (unit && n) push(a, b, rolling(n, unit, published), null);
  });
  scan(lex.anaphoricYear, (_m, a, b) => push(a, b, null, 'anaphoric'));
  scan(lex.previousYear, (_m, a, b) => push(a, b, null, 'previous'));
  scan(lex.samePeriod, (_m, a, b) => push(a, b, null, 'same'));

  for (const whole of c.dates) {
    if (whole.start < s.start || whole.end > s.end || !whole.date) continue;
    const d = withoutTrailingNumber(whole, published, kit);
    if (!d.date) continue;
    const date: string = d.date;
    if (out.some((o) => o.start <= d.start && d.end <= o.end)) continue;
    const before = text.slice(Math.max(s.start, d.start - 20), d.start);
    if (lex.birthBefore.test(before)) continue;
    // "the EUDA 2024 report", "le rapport 2023": the year names a document, not a period of figures.
    if (d.precision === 'year' && (lex.documentYearAfter.test(text.slice(d.end, d.end + 25)) || lex.documentYearBefore.test(text.slice(Math.max(s.start, d.start - 25), d.start)))) continue;
    const since = lex.sinceBefore.test(before);
    // "a indiqué lundi", "said on Thursday": the day of the telling, not of what is counted.
    if (d.precision === 'day' && lex.tellingBefore.test(text.slice(Math.max(s.start, d.start - 40), d.start))) continue;
    // "entre le 13 et le 21 avril", "du 2 au 9 mars": a range whose first day is told by its number alone.
    const dayFrom = d.precision === 'day' ? lex.dayRangeBefore.exec(text.slice(Math.max(s.start, d.start - 25), d.start)) : null;
    if (dayFrom) {
      const first = `${date.slice(0, 8)}${dayFrom[1]!.padStart(2, '0')}`;
      push(d.start - dayFrom[0].length, d.end, span(first, date), null);
      continue;
    }
    // "entre le 1er janvier 2022 et le 31 juillet 2022", "between January 1 and July 31": two whole days joined.
    if (d.precision === 'day' && lex.dayRangeOpen.test(text.slice(Math.max(s.start, d.start - 12), d.start))) {
      const end = c.dates.find((x) => x.start >= d.end && x.start - d.end <= 12 && x.date && x.precision === 'day' && lex.dayRangeJoin.test(text.slice(d.end, x.start)));
      if (end?.date && end.date >= date) {
        const open = lex.dayRangeOpen.exec(text.slice(Math.max(s.start, d.start - 12), d.start))!;
        push(d.start - open[0].length, end.end, span(date, end.date), null);
        continue;
      }
    }
    if (d.flags.includes('range') && d.precision === 'day') {
      // "du 1er janvier au 13 novembre", "from January 1 to November 13": the range's last day is read from its end.
      const tail = lex.rangeTail.exec(d.text);
      const end = tail ? c.kit.dates(d.text.slice(tail.index + tail[0].length), published).find((x) => x.date)?.date ?? null : null;
      push(d.start, d.end, span(date, end ?? date.slice(0, 7)), null);
      continue;
    }
    if (/^-là/u.test(text.slice(d.end, d.end + 3))) {
      push(d.start, d.end + 3, null, 'anaphoric');
      continue;
    }
    if (since && d.precision !== 'unknown') {
      push(d.start, d.end, toDate(date, published), null);
      continue;
    }
    // "au 31 mars 2022", "as of 1 January": a count as it stood that day holds for its month.
    if (d.precision === 'day' && lex.asOfBefore.test(before)) {
      push(d.start, d.end, calendar(date.slice(0, 7)), null);
      continue;
    }
    // "à la mi-novembre", "by the end of October": a count as it stood then runs from the start of its year (a month
    // itself would be compared with other months' totals).
    if (d.precision === 'month' && lex.asOfMonthBefore.test(before)) {
      push(d.start, d.end, yearToMonth(date), null);
      continue;
    }
    // (A day the text named, cut to the month of a report dated by its month, or a week, "last week", is one
    // occasion, not a period: DAY_CUT_TO_REFERENCE.)
    if (d.precision === 'day' || d.precision === 'unknown' || d.flags.includes(DAY_CUT_TO_REFERENCE)) continue;
    // "this year", "cette année": the year so far.
    if (d.relative && d.precision === 'year' && date === year && !/\d/.test(d.text)) {
      push(d.start, d.end, toDate(date, published), null);
      continue;
    }
    push(d.start, d.end, calendar(date), null, d.precision === 'year' && /\d{4}/.test(d.text));
  }

  for (const cue of out) {
    const pre = text.slice(Math.max(s.start, cue.start - COMPARED_REACH), cue.start);
    // ("compared to 39 over the same period in 2023": the period told right after a figure is that figure's own.)
    // ("Over the first six months of 2022, …": a period opening the sentence before a comma frames it, whatever word
    // leads it; "over" is a comparison only after a figure.)
    const opening = !cue.local && lex.framePrefix.test(text.slice(s.start, cue.start)) && /^\s*,/.test(text.slice(cue.end, cue.end + 3));
    cue.compared = !opening && lex.comparedWith.test(pre) && !OWN_SAME_PERIOD.test(pre);
    cue.comparedOwn = lex.comparedWith.test(pre) && OWN_SAME_PERIOD.test(pre);
    cue.frame = !cue.compared && opening;
  }
  return out.sort((a, b) => a.start - b.start);
}
