// Finds statistical claims (counts, rates, money, quantities stated as figures) in a story.
//
// Order of the steps, and why:
//  1. candidates: the kit's numbers, minus ages, dates, durations and age thresholds (never claims);
//  2. a filter by kind keeps statistics and drops incident detail: small counts need a period or a
//     statistical cue, seizures and money need more than a single event's date, fines and ransoms belong
//     to one case, and everything must sit near drug/crime vocabulary (a story's election results do not);
//  3. period, place and source are read from the number's clause, then its sentence, then the paragraph:
//     news writes "In 2024, …" once and lets it govern the next sentences.

import type { ExtractedClaim } from '../../core/types.js';
import type { DateMatch, LocaleKit, NumberMatch, Sentence } from '../common/types.js';
import { languagePack } from '../locales/index.js';
import type { ClaimLexicon } from './lexicon.js';
import { measurePhrase } from './measure.js';

export interface ClaimContext {
  published: string | null;
  sentences?: Sentence[];
}

/** Counts below this need a stated period to be a statistic ("two officers were killed" is an incident). */
export const DEFAULT_SMALL_COUNT = 10;
/** Counts from this size are statistics in a crime context even without a period or cue. */
export const DEFAULT_LARGE_COUNT = 50;
const MEASURE_WORDS = 8;
/** How far (characters) after a figure the next undated figure still belongs to its list and period. */
const LIST_REACH = 400;

const CLAUSE_SPLIT = /\s[-–—]\s|[;:—–()]|,(?!\d)/g;
const WORD = /[\p{L}\p{N}%€$£'’-]+/gu;
const CAP_NAME = /\p{Lu}[\p{L}'’-]+(?:\s+(?:de\s+|du\s+|van\s+|von\s+)?\p{Lu}[\p{L}'’-]+)+/gu;
const PAREN_ACRONYM = /\(\s*(\p{Lu}{2,}[\p{Lu}\d-]*)\s*\)/u;
const REPORT_WORD = /\b(?:report|study|survey|published|data|rapport|étude|enquête|publié)\b/iu;
const LINKER = /^\s*(?:(?:of|de|du|des)(?![\p{L}])|d['’])\s*/iu;
const NON_SOURCE = /^(?:An?|The|It|This|That|These|Those|He|She|They|We|Il|Elle|Ils|Elles|Ce|Cela|Un|Une|Le|La|Les)$/u;
const UNIT_WORD = /\p{L}+$/u;
const TRAILING = /[\s,.;:'"“”«»()-]+$/u;
const INDEX_BASE_BEFORE = /(?:\bof|\bde)\s+$/iu;
const INDEX_TARGET_BEFORE = /(?:\bto|\bà)\s+$/iu;
const BARE_END = /^\s*(?:[.,;:)]|$)/u;
const NO_BEFORE = /(?:\bNo\.?|n°|\bnuméro|#)\s*$/iu;

interface Ctx {
  text: string;
  lex: ClaimLexicon;
  kit: LocaleKit;
  dates: DateMatch[];
  published: string | null;
}

export function extractClaims(text: string, kit: LocaleKit, ctx: ClaimContext): ExtractedClaim[] {
  return run(text, kit, ctx);
}

function run(text: string, kit: LocaleKit, ctx: ClaimContext): ExtractedClaim[] {
  if (!text) return [];
  const lex = languagePack(kit.lang).claims;
  const sentences = ctx.sentences ?? kit.sentences(text);
  const numbers = kit.numbers(text);
  const ages = kit.ages(text);
  const dates = kit.dates(text, ctx.published);
  const c: Ctx = { text, lex, kit, dates, published: ctx.published };
  const out: ExtractedClaim[] = [];
  const perSentence: Array<{ claims: ExtractedClaim[]; source: string | null; sourceAtEnd: boolean }> = [];
  let frame: { line: number; period: string } | null = null;
  let lastClaim: { period: string | null; end: number } | null = null;

  sentences.forEach((s, i) => {
    const line = lineOf(text, s.start);
    if (frame && frame.line !== line) frame = null;
    const ownFrame = sentenceFrame(c, s);
    if (ownFrame) frame = { line, period: ownFrame };
    const nums = numbers.filter((n) => n.start >= s.start && n.end <= s.end);
    const prev = i > 0 ? sentences[i - 1]! : null;
    // The previous sentence counts only inside the same paragraph: a new block may change the subject.
    const topical = lex.topic.test(s.text) || (prev !== null && lineOf(text, prev.start) === line && lex.topic.test(prev.text));
    const found: ExtractedClaim[] = [];
    // The source is read only for a sentence that keeps a figure: it is used nowhere else, and most sentences have none.
    let source: string | null | undefined;
    const sourceOf = (): string | null => (source === undefined ? (source = attribution(c, s, sentences.slice(Math.max(0, i - 2), i).reverse())) : source);
    const sentenceDated = dates.some((d) => d.start >= s.start && d.end <= s.end && d.precision !== 'unknown');
    const indexBase = nums.find((n) => n.value === 100 && INDEX_BASE_BEFORE.test(before(text, n, 6)));
    const hasIndexTarget = indexBase && nums.some((n) => n.start > indexBase.start && INDEX_TARGET_BEFORE.test(before(text, n, 4)));
    for (const n of nums) {
      if (!topical) break;
      if (ages.some((a) => n.start < a.end && n.end > a.start)) continue;
      if (dates.some((d) => n.start < d.end && n.end > d.start)) continue;
      if (hasIndexTarget && n === indexBase) continue;
      const unit = hasIndexTarget && n.start > indexBase!.start && INDEX_TARGET_BEFORE.test(before(text, n, 4)) ? 'index' : null;
      const prevClaims = perSentence[i - 1]?.claims ?? [];
      const lastPrev = prevClaims[prevClaims.length - 1] ?? null;
      const ownPeriod = periodOf(c, s, n, frame?.line === line ? frame.period : null, sentences, i, lastPrev?.period ?? null);
      // "341 were injured": a figure with no noun continues the previous one and shares its period.
      const elliptic = lex.verbAfter.test(text.slice(n.end, n.end + 20));
      // A figure in a list of figures (same passage, no date of its own sentence) keeps the list's period.
      // ("3,5 milliards d'euros par an" is a yearly rate: no period to inherit.)
      const listed = !sentenceDated && !lex.perYear.test(s.text) && !lex.caseCue.test(s.text) && lastClaim && s.start - lastClaim.end <= LIST_REACH ? lastClaim.period : null;
      const period = ownPeriod ?? (elliptic && found.length === 0 ? lastPrev?.period ?? null : null) ?? listed;
      const kept = keep(c, s, n, period, sourceOf() !== null);
      if (!kept) continue;
      found.push({
        value: n.value,
        unit: unit ?? kept.unit,
        measure: measureOf(c, s, n, found, perSentence[i - 1]?.claims ?? [], kept.unit === 'rank'),
        period,
        place: placeOf(c, s),
        attributed_to: sourceOf(),
        evidence: [{ start: s.start, end: s.end, text: s.text }],
      });
    }
    if (found.length) lastClaim = { period: found[found.length - 1]!.period, end: s.end };
    const ownSource = found.length ? sourceOf() : null;
    const sourceAtEnd = ownSource !== null && /(?:says|said|reports|reported|told\s+\S+|estime|indique|précise|affirme)\s*[.]?$/iu.test(s.text.replace(TRAILING, ''));
    perSentence.push({ claims: found, source: ownSource, sourceAtEnd });
  });

  // A source given at the end of the next sentence ("…, The Times reports.") or in the sentence just
  // before covers figures of the same passage that name none.
  perSentence.forEach((p, i) => {
    const nextPeriod = p.claims.some((cl) => cl.period === null) ? continuedPeriod(c, sentences, i) : null;
    for (const cl of p.claims) {
      if (cl.period === null && nextPeriod) cl.period = nextPeriod;
      // A count of what happened ("3 814 interpellations", "21 personnes tuées") told with no period is this year's:
      // news reports the year so far. Money and shares are often structural ("a €3bn market"): left undated.
      // The totals of one case ("1,8 tonne saisie dans ce dossier") belong to the case, not to a year.
      // Only counts of events (deaths, arrests, seizures) are a year's; stocks (inmates, dealing points, users) are not.
      if (cl.period === null && cl.unit !== 'EUR' && cl.unit !== 'USD' && cl.unit !== 'percent' && cl.unit !== 'rank' && cl.value < 1_000_000 && countsEvents(lex, cl) && !lex.caseCue.test(cl.evidence[0]!.text)) {
        cl.period = yearOf(c.published);
      }
      if (cl.attributed_to) continue;
      const next = perSentence[i + 1];
      const prevS = perSentence[i - 1];
      if (next && next.sourceAtEnd && next.claims.length) cl.attributed_to = next.source;
      else if (prevS && prevS.source && prevS.claims.length && !prevS.sourceAtEnd) cl.attributed_to = prevS.source;
    }
    out.push(...p.claims);
  });
  return out;
}

/** The measure, or what its sentence says right after it ("47 personnes, dont sept mineurs, ont été tuées"), counts events. */
function countsEvents(lex: ClaimLexicon, cl: ExtractedClaim): boolean {
  if (lex.eventCount.test(cl.measure)) return true;
  const text = cl.evidence[0]?.text ?? '';
  const at = text.toLowerCase().indexOf(cl.measure.toLowerCase());
  return at >= 0 && lex.eventCount.test(text.slice(at, at + cl.measure.length + 80));
}

/**
 * The one year or month stated by the next sentence of the same paragraph when that sentence carries on
 * with the same subject ("It is due to open in 2028."); null when it changes subject, gives a day (an
 * incident) or several periods.
 */
function continuedPeriod(c: Ctx, sentences: Sentence[], i: number): string | null {
  const s = sentences[i];
  const next = sentences[i + 1];
  if (!s || !next || lineOf(c.text, s.start) !== lineOf(c.text, next.start)) return null;
  if (!c.lex.continuation.test(next.text)) return null;
  const inNext = c.dates.filter((d) => d.start >= next.start && d.end <= next.end);
  if (inNext.some((d) => d.precision === 'day')) return null;
  const periods = new Set(inNext.map(periodFromDate).filter((p): p is string => p !== null));
  return periods.size === 1 ? [...periods][0]! : null;
}

function before(text: string, n: { start: number }, words: number): string {
  const chunk = text.slice(Math.max(0, n.start - words * 12), n.start);
  return chunk;
}

function lineOf(text: string, pos: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Decides whether a number is a statistic; returns its claim unit, or null to drop it. */
function keep(c: Ctx, s: Sentence, n: NumberMatch, period: string | null, attributed: boolean): { unit: string | null } | null {
  const { text, lex } = c;
  if (n.approximate) return null;
  const after = text.slice(n.end, Math.min(s.end, n.end + 40));
  const pre = text.slice(Math.max(s.start, n.start - 40), n.start);
  if (NO_BEFORE.test(pre)) return null;
  if (n.kind === 'ordinal') {
    if (n.value < 2) return null;
    if (lex.fractionBefore.test(pre) && lex.fractionAfter.test(after)) return null;
    // "la troisième depuis le début de l'année", "the 12th since January": a running count, told as a rank.
    const runningCount = lex.sinceYearStart.test(after.slice(0, 30)) && /^[\s,]*(?:\p{L}+\s+){0,2}?(?:since|depuis)\b/iu.test(after);
    return lex.rankBefore.test(pre) || lex.rankAfter.test(after) || runningCount ? { unit: 'rank' } : null;
  }
  // A time of day or a duration is never a statistic: "vers 1 h 30", "at 1.30am", "48 h de garde à vue".
  if (n.kind === 'cardinal' && (lex.timeUnitAfter.test(after) || lex.clockBefore.test(pre) || lex.ageThresholdBefore.test(pre))) return null;
  // "the victims were under 20.": a bare number after "under" is an age; "under 400 homicides" is a count.
  if (n.kind === 'cardinal' && lex.bareAgeBefore.test(pre) && BARE_END.test(after)) return null;
  if (n.kind === 'cardinal' && lex.packagingAfter.test(after)) return null;
  // "12 or 13 years old": the first number shares the second one's age or duration.
  if (n.kind === 'cardinal' && /^\s+(?:or|to|and|ou|et|à)\s+\d+/iu.test(after)) {
    const rest = after.replace(/^\s+\S+\s+\d+/u, '');
    if (lex.timeUnitAfter.test(rest)) return null;
  }
  const stat = lex.statCue.test(s.text) || period !== null || attributed;
  const eventDay = c.dates.some((d) => d.start >= s.start && d.end <= s.end && (d.precision === 'day' || /day|di$|^(?:on\s+)?\p{Lu}\p{Ll}+day$/iu.test(d.text)) && !d.flags.includes('anchored'));
  const unitOf = n.kind === 'percent' ? 'percent' : n.unit;
  if (n.kind === 'percent') return { unit: 'percent' };
  if (n.kind === 'money') {
    const near = text.slice(Math.max(s.start, n.start - 30), Math.min(s.end, n.end + 25));
    if (lex.penaltyNear.test(near)) return null;
    if (eventDay && period === null) return null;
    return stat || n.value >= 1e6 ? { unit: unitOf } : null;
  }
  if (n.kind === 'quantity') {
    if (eventDay && period === null) return null;
    return stat ? { unit: unitOf } : null;
  }
  if (n.value < 2 || !Number.isInteger(n.value)) return null;
  if (eventDay && period === null) return null;
  if (period !== null) return { unit: null };
  if (n.value >= DEFAULT_LARGE_COUNT) return { unit: null };
  if (n.value >= DEFAULT_SMALL_COUNT && (stat || n.qualifier !== null)) return { unit: null };
  return null;
}

/** A date opening the sentence ("In 2024, …", "By April 2025, …") governs it and the rest of its paragraph. */
function sentenceFrame(c: Ctx, s: Sentence): string | null {
  for (const d of c.dates) {
    if (d.start < s.start || d.end > s.end) continue;
    if (!c.lex.framePrefix.test(c.text.slice(s.start, d.start))) continue;
    if (!/^\s*,/.test(c.text.slice(d.end, d.end + 3))) continue;
    const p = periodFromDate(d);
    // "Depuis janvier, …", "Since January, …": the year to date, not the month.
    if (p && p.length === 7 && c.lex.sinceYearStart.test(c.text.slice(s.start, d.end + 1))) return p.slice(0, 4);
    return p;
  }
  return null;
}

function periodFromDate(d: DateMatch): string | null {
  if (!d.date || d.precision === 'day' || d.precision === 'unknown') return null;
  return d.date;
}

function clauseOf(text: string, s: Sentence, pos: number): [number, number] {
  let start = s.start;
  let end = s.end;
  CLAUSE_SPLIT.lastIndex = 0;
  for (let m = CLAUSE_SPLIT.exec(s.text); m; m = CLAUSE_SPLIT.exec(s.text)) {
    const at = s.start + m.index;
    if (at < pos) start = at + m[0].length;
    else {
      end = at;
      break;
    }
  }
  return [start, end];
}

function periodOf(
  c: Ctx,
  s: Sentence,
  n: NumberMatch,
  frame: string | null,
  sentences: Sentence[],
  i: number,
  prevPeriod: string | null,
): string | null {
  const { text, lex } = c;
  const [cs, ce] = clauseOf(text, s, n.start);
  const clause = text.slice(cs, ce);
  // The date right after the figure is its own ("fallen to 98 by 2021"), else the nearest one before it.
  const inClause = c.dates
    .filter((d) => d.start >= cs && d.end <= ce && d.precision !== 'day' && !(d.start > n.end && lex.comparedWith.test(text.slice(Math.max(cs, d.start - 30), d.start))))
    .sort((a, b) => rankDate(a, n) - rankDate(b, n));
  const span = lex.yearSpan.exec(clause);
  if (span && Number(span[1]) < Number(span[2])) return `${span[1]}/${span[2]}`;
  const ownYear = inClause.map(periodFromDate).find((p) => p !== null) ?? null;
  // "depuis janvier", "since January": the year to date, not the month.
  if (ownYear && ownYear.length === 7 && lex.sinceYearStart.test(clause)) return ownYear.slice(0, 4);
  if (!ownYear && lex.previousYear.test(clause)) {
    // "compared with 23 the year before": a count for the year before the one the sentence speaks of;
    // a rate "up 7% on the previous year" is about the sentence's own year.
    const base = c.dates.filter((d) => d.start >= s.start && d.end <= s.end && d.precision === 'year' && d.date).map((d) => d.date!)[0] ?? frame ?? prevPeriod;
    if (base && /^\d{4}$/.test(base)) return n.unit === 'percent' ? base : String(Number(base) - 1);
  }
  if (!ownYear && lex.relativeClause.test(clause)) {
    // "…rose 20% in 2023, which recorded 139": a relative clause speaks of its sentence's period.
    const earlier = c.dates.filter((d) => d.start >= s.start && d.end <= cs && d.precision !== 'day').map(periodFromDate).filter((p) => p !== null);
    if (earlier.length) return earlier[earlier.length - 1]!;
  }
  const isThisYear = inClause.some((d) => d.relative && d.precision === 'year' && d.date === yearOf(c.published));
  // "this year" in a paragraph framed "In 2024, …" means 2024: the author writes from inside that frame.
  if (ownYear && !(isThisYear && frame)) return ownYear;
  if (lex.rollingPeriod.test(clause)) return 'past year';
  if (lex.sinceYearStart.test(clause)) return anchorYear(c, sentences, i) ?? yearOf(c.published);
  if (lex.samePeriod.test(clause) && prevPeriod) return prevPeriod;
  if (frame) return frame;
  // "le troisième narchomicide de l'année", "so far this year": the year of publication.
  if (lex.thisYear.test(clause)) return anchorYear(c, sentences, i) ?? yearOf(c.published);
  // The date of the sentence that sits nearer this figure than any other figure ("had 49 killings, …, in 2023,
  // though the figure has fallen back to 17 so far this year").
  const attached = attachedPeriod(c, s, n);
  if (attached) return attached;
  if (lex.rollingPeriod.test(s.text)) return 'past year';
  if (lex.presentTime.test(clause) && c.published && /^\d{4}-\d{2}/.test(c.published)) return c.published.slice(0, 7);
  return null;
}

/**
 * A period of the sentence whose nearest figure is `n`: each date belongs to the figure it stands closest to, so
 * two figures with their two years are not crossed, and a lone figure takes the sentence's lone year.
 */
function attachedPeriod(c: Ctx, s: Sentence, n: NumberMatch): string | null {
  const figures = c.kit
    .numbers(c.text)
    .filter((m) => m.start >= s.start && m.end <= s.end && !c.dates.some((d) => m.start < d.end && m.end > d.start));
  const gap = (d: { start: number; end: number }, m: { start: number; end: number }) => (d.start >= m.end ? d.start - m.end : m.start - d.end);
  // "up from 600,000", "contre 33": a figure given for comparison has a period of its own, not the sentence's.
  if (c.lex.comparedWith.test(c.text.slice(Math.max(s.start, n.start - 30), n.start))) return null;
  let best: { period: string; gap: number } | null = null;
  // A year something is compared with ("+122 % par rapport à 2023") is not the figure's period.
  const own = c.dates.filter((d) => d.start >= s.start && d.end <= s.end && periodFromDate(d) && !c.lex.comparedWith.test(c.text.slice(Math.max(s.start, d.start - 30), d.start)));
  const distinct = new Set(own.map(periodFromDate));
  if (distinct.size === 1) return [...distinct][0]!;
  for (const d of own) {
    const period = periodFromDate(d)!;
    const mine = gap(d, n);
    if (figures.some((m) => m !== n && m.start !== n.start && gap(d, m) < mine)) continue;
    if (!best || mine < best.gap) best = { period, gap: mine };
  }
  return best?.period ?? null;
}

function rankDate(d: DateMatch, n: NumberMatch): number {
  return d.start >= n.end ? d.start - n.end : 1000 + (n.start - d.end);
}

function yearOf(iso: string | null): string | null {
  return iso && /^\d{4}/.test(iso) ? iso.slice(0, 4) : null;
}

/** Year that "since the beginning of the year" refers to: the latest date told just before. */
function anchorYear(c: Ctx, sentences: Sentence[], i: number): string | null {
  const from = sentences[Math.max(0, i - 2)]!.start;
  const to = sentences[i]!.end;
  const ds = c.dates.filter((d) => d.start >= from && d.end <= to && d.date);
  return ds.length ? ds[ds.length - 1]!.date!.slice(0, 4) : null;
}

function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

function measureOf(c: Ctx, s: Sentence, n: NumberMatch, same: ExtractedClaim[], prev: ExtractedClaim[], rank: boolean): string {
  const { text, lex } = c;
  const [cs, ce] = clauseOf(text, s, n.start);
  // "47 tonnes of cocaine": a quantity counts its unit's phrase, so the phrase starts at the unit word.
  const unitWord = n.kind === 'quantity' ? UNIT_WORD.exec(n.text) : null;
  const link = unitWord ? null : LINKER.exec(text.slice(n.end, ce));
  const from = unitWord ? n.end - unitWord[0].length : n.end + (link ? link[0].length : 0);
  let to = Math.max(from, ce);
  // Stop before a date, a source or another figure: they are not what this figure counts.
  for (const d of c.dates) if (d.start >= from && d.start < to) to = d.start;
  const cut = /\s(?:according\s+to|selon|d['’]après|and\s+\d|et\s+\d)/iu.exec(text.slice(from, to));
  if (cut) to = from + cut.index;
  const elliptic = lex.verbAfter.test(text.slice(n.end, n.end + 20));
  const head = elliptic ? (same[same.length - 1] ?? prev[prev.length - 1])?.measure.replace(/^rank:\s*/, '').split(' ')[0] ?? null : null;
  const mlex = languagePack(c.kit.lang).measure;
  let m = measurePhrase(mlex, text.slice(from, to), head) ?? '';
  // "47 personnes tuées, contre 33 l'an dernier", "up from 600,000": a figure given for comparison, with no noun of
  // its own, counts what the figure it is compared with counts.
  const compared = !m && lex.comparedWith.test(text.slice(Math.max(s.start, n.start - 30), n.start));
  const base = compared ? same[same.length - 1] ?? prev[prev.length - 1] : undefined;
  if (base) return base.measure;
  if (!m) {
    let w = words(text.slice(from, to)).slice(0, MEASURE_WORDS);
    if (w.length < 2) {
      // "a projected budget of over €400 million": the noun comes before the figure.
      const lead = words(text.slice(cs, n.start).replace(/\s*(?:of|de|d['’])?\s*(?:over|about|around|at\s+least|more\s+than|plus\s+de|environ|au\s+moins)?\s*$/iu, ''));
      w = [...lead.slice(-5), ...w];
    }
    m = w.join(' ').replace(lex.leadingArticle, '').replace(TRAILING, '');
  }
  // Never a fragment ("au total", "as of"): leading function words go; nothing left, the figure before names it.
  const fw = new Set([...mlex.stops, ...mlex.linkers, ...mlex.determiners, ...mlex.auxiliaries].map((w) => w.toLowerCase()));
  const ws = m.split(/\s+/).filter(Boolean);
  while (ws.length && fw.has(ws[0]!.toLowerCase().replace(/’/g, "'"))) ws.shift();
  if (ws.length !== m.split(/\s+/).filter(Boolean).length) m = ws.join(' ') || (same[same.length - 1]?.measure.replace(/^rank:\s*/, '') ?? '');
  if (rank) return m ? `rank: ${m}` : 'rank';
  return m || s.text.slice(0, 80);
}

function placeOf(c: Ctx, s: Sentence): string | null {
  for (const p of c.lex.places) {
    const i = s.text.indexOf(p);
    if (i >= 0 && !/\p{L}/u.test(s.text[i + p.length] ?? '') && !/\p{L}/u.test(s.text[i - 1] ?? '')) return p;
  }
  for (const w of words(s.text)) {
    const country = c.lex.demonyms[w.toLowerCase()];
    if (country) return country;
  }
  return null;
}

function cleanSource(lex: ClaimLexicon, src: string): string | null {
  let s = src.replace(TRAILING, '').replace(lex.leadingArticle, '').trim();
  // TRAILING eats the ")" of "office antistupéfiants (OFAST)": give it back.
  if (s.split('(').length > s.split(')').length) s += ')';
  // Strip a title only when a name is left ("Senator Anne Martin"), not from "Interior Ministry".
  const untitled = s.replace(lex.titles, '').trim();
  if (untitled.includes(' ')) s = untitled;
  return s.length >= 2 ? s : null;
}

function attribution(c: Ctx, s: Sentence, earlier: Sentence[]): string | null {
  const { lex } = c;
  // The subject pattern comes last: an explicit "according to" or a named speaker is more specific.
  for (const re of [...lex.attribution, lex.subjectSource]) {
    const m = re.exec(s.text);
    if (m?.groups?.src) {
      const src = cleanSource(lex, m.groups.src);
      if (src && !NON_SOURCE.test(src) && !NON_SOURCE.test(m.groups.src.trim())) return src;
    }
  }
  // "They estimate …": the people named in the sentence or two before (latest first).
  if (lex.pronounSource.test(s.text)) {
    for (const prev of earlier) {
      const names = [...prev.text.matchAll(CAP_NAME)]
        .map((m) => cleanSource(lex, m[0]))
        .filter((n): n is string => n !== null && n.includes(' ') && !lex.places.includes(n));
      if (names.length) return [...new Set(names)].join('; ');
    }
  }
  const acr = PAREN_ACRONYM.exec(s.text);
  if (acr && REPORT_WORD.test(s.text)) return acr[1]!;
  return null;
}
