// Finds statistical claims (counts, rates, money, quantities stated as figures) in a story.
//
// Order of the steps, and why:
//  1. sentences: lines a page wraps mid-sentence are joined back, so a figure and its period stay together;
//  2. candidates: the kit's numbers (and signed changes it leaves out, "-15%"), minus ages, dates, durations,
//     age thresholds and multipliers (never claims);
//  3. periods, as typed timeframes: each period cue of a sentence belongs to the figure it stands next to in its
//     clause, so two figures with their two years are not crossed; a figure with none takes its clause's, its
//     segment's (a sentence is cut at "though", "contre"…), its sentence's frame ("En 2023, …"), then the latest
//     period of its paragraph (a list of figures names its period once);
//  4. a filter by kind keeps statistics and drops incident detail: small counts need a period or a statistical
//     cue, seizures and money need more than a single event's date, fines and ransoms belong to one case, and
//     everything must sit near drug/crime vocabulary (a story's election results do not);
//  5. what is left undated: counts of events, quantities and changes are the story's lead period (an article on
//     2024's seizures) or else the year of writing; stocks, money and shares stay undated;
//  6. place (the clause's, the sentence's, the list's, the paragraph's, else the story's: a local story's town or
//     France) and source.

import type { ClaimKind, ClaimTimeframe, ExtractedClaim } from '../../core/types.js';
import type { AgeMatch, DateMatch, LocaleKit, NumberMatch, Sentence } from '../common/types.js';
import { DAY_CUT_TO_REFERENCE } from '../common/dates.js';
import { languagePack } from '../locales/index.js';
import { globalOf, periodCues, type PeriodCue } from './cues.js';
import type { ClaimLexicon } from './lexicon.js';
import { measurePhrase } from './measure.js';
import type { MeasureLexicon } from './measure-lexicon.js';
import { calendar, periodLabel, toDate, yearBefore, yearOf, yearOn } from './period.js';
import { borrowedPlace, placeHits, storyPlace, usable, type PlaceHit } from './place.js';

export interface ClaimContext {
  published: string | null;
  sentences?: Sentence[];
  /** Where the story tells its incidents (the events' evidence): a small count there is an incident's, not a tally. */
  incidents?: readonly { start: number; end: number }[];
}

/** Counts below this need a stated period to be a statistic ("two officers were killed" is an incident). */
export const DEFAULT_SMALL_COUNT = 10;
/** Counts from this size are statistics in a crime context even without a period or cue. */
export const DEFAULT_LARGE_COUNT = 50;
/** Ranks up to this one ("second", "troisième") tell the story's own sequence unless a span follows them. */
const SMALL_RANK = 3;
const MEASURE_WORDS = 8;
/** How far (characters) back in its paragraph an undated figure takes the period last stated (a list of figures). */
const LIST_REACH = 400;
/** How far back (characters) a figure takes the place of the figure before it, in the same paragraph. */
const PLACE_LIST_REACH = 600;
/** How far (characters) into a story its lead runs: the lead's period is the story's. */
const LEAD_CHARS = 700;

const CLAUSE_SPLIT = /\s[-–—]\s|[;:—–()]|,(?!\d)/g;
const WORD = /[\p{L}\p{N}%€$£'’-]+/gu;
const CAP_NAME = /\p{Lu}[\p{L}'’-]+(?:\s+(?:de\s+|du\s+|van\s+|von\s+)?\p{Lu}[\p{L}'’-]+)+/gu;
const PAREN_ACRONYM = /\(\s*(\p{Lu}{2,}[\p{Lu}\d-]*)\s*\)/u;
const REPORT_WORD = /(?<![\p{L}])(?:report|study|survey|published|data|rapport|étude|enquête|publié)(?![\p{L}])/iu;
const LINKER = /^\s*(?:(?:of|de|du|des)(?![\p{L}])|d['’])\s*/iu;
const NON_SOURCE = /^(?:An?|The|It|This|That|These|Those|He|She|They|We|Il|Elle|Ils|Elles|Ce|Cela|Un|Une|Le|La|Les)$/u;
const UNIT_WORD = /\p{L}+$/u;
const TRAILING = /[\s,.;:'"“”«»()-]+$/u;
const INDEX_BASE_BEFORE = /(?:\bof|\bde)\s+$/iu;
const INDEX_TARGET_BEFORE = /(?<![\p{L}])(?:to|à)\s+$/iu;
const BARE_END = /^\s*(?:[.,;:)]|$)/u;
const NO_BEFORE = /(?:\bNo\.?|n°|\bnuméro|#)\s*$/iu;
/** A change the kit reads without its sign, or not at all: "-15%", "(+122 %)". */
const SIGNED_PERCENT = /(?<![\p{L}\p{N}.,])([+−–-])\s?(\d{1,4}(?:[.,]\d+)?)\s?%/gu;
/** Punctuation that ends a sentence (a line ending otherwise is wrapped). */
const SENTENCE_END = /[.!?…»"”)\]]\s*$/u;

interface Ctx {
  text: string;
  lex: ClaimLexicon;
  mlex: MeasureLexicon;
  kit: LocaleKit;
  dates: DateMatch[];
  published: string | null;
  paragraphStarts: number[];
  incidents: readonly { start: number; end: number }[];
}

/** A figure being read: its number, where it sits, and what is known of it so far. */
interface Figure {
  n: NumberMatch;
  s: number;
  /** Compared with another figure ("contre 33", "up from 600,000"): its period is its own or none. */
  compared: boolean;
  /** The parenthesis it sits in, if any. */
  paren: [number, number] | null;
  kind: ClaimKind;
  tf: ClaimTimeframe | null;
  /** How the period was found: in the figure's own sentence, its paragraph, or the story. */
  from: 'own' | 'sentence' | 'paragraph' | 'story' | null;
  claim: ExtractedClaim | null;
}

export function extractClaims(text: string, kit: LocaleKit, ctx: ClaimContext): ExtractedClaim[] {
  if (!text) return [];
  const pack = languagePack(kit.lang);
  const lex = pack.claims;
  const c: Ctx = {
    text, lex, mlex: pack.measure, kit, dates: kit.dates(text, ctx.published), published: ctx.published,
    paragraphStarts: paragraphStarts(text),
    incidents: ctx.incidents ?? [],
  };
  const sentences = joinWrapped(text, ctx.sentences ?? kit.sentences(text), pack.measure);
  const numbers = figuresOf(text, kit);
  const ages = kit.ages(text);
  const cues = sentences.map((s, i) => {
    const prev = sentences[i - 1];
    return periodCues(c, s, prev && paragraphOf(c, prev.start) === paragraphOf(c, s.start) ? prev.start : s.start);
  });
  // Relative cues that need no figure: "cette année-là" is the year stated last.
  cues.forEach((cs, i) => {
    for (const cue of cs) if (cue.rel === 'anaphoric') cue.tf = anaphoricYear(c, sentences, i, cue.start);
  });
  const figures: Figure[] = [];
  const perSentence: Array<{ figures: Figure[]; source: string | null; sourceAtEnd: boolean }> = [];

  sentences.forEach((s, i) => {
    const para = paragraphOf(c, s.start);
    const prev = i > 0 ? sentences[i - 1]! : null;
    // The previous sentence counts only inside the same paragraph: a new block may change the subject.
    const topical = lex.topic.test(s.text) || (prev !== null && paragraphOf(c, prev.start) === para && lex.topic.test(prev.text));
    const here: Figure[] = [];
    perSentence.push({ figures: here, source: null, sourceAtEnd: false });
    if (!topical) return;
    const { nums, lower } = ranges(c, candidates(c, s, numbers, ages).filter((n) => !cues[i]!.some((x) => n.start >= x.start && n.end <= x.end)));
    if (!nums.length) return;
    let source: string | null | undefined;
    const sourceOf = (): string | null => (source === undefined ? (source = attribution(c, s, sentences.slice(Math.max(0, i - 2), i).reverse())) : source);
    const indexBase = nums.find((n) => n.value === 100 && INDEX_BASE_BEFORE.test(before(text, n, 6)));
    const hasIndexTarget = indexBase && nums.some((n) => n.start > indexBase.start && INDEX_TARGET_BEFORE.test(before(text, n, 4)));
    const all: Figure[] = nums
      .filter((n) => !(hasIndexTarget && n === indexBase))
      .map((n) => ({
        n, s: i, compared: comparedFigure(lex, text.slice(Math.max(s.start, n.start - 30), n.start)), paren: parenOf(s, n),
        kind: kindOf(c, s, n, hasIndexTarget ? indexBase! : null), tf: null, from: null, claim: null,
      }));
    resolvePeriods(c, s, i, all, cues, figures, sentences, storyLead(figures));
    // Keep: a statistic, or a figure listed beside one ("3 814 interpellations, plus de 500 armes, quatre tonnes…").
    const verdicts = all.map((f) => keep(c, s, f, sourceOf() !== null));
    const anyStrong = verdicts.some((v) => v !== null && v !== 'weak');
    all.forEach((f, k) => {
      const v = verdicts[k];
      if (v === null || (v === 'weak' && !anyStrong)) return;
      const unit = v === 'weak' ? defaultUnit(f) : v.unit;
      const prevFigures = perSentence[i - 1]?.figures ?? [];
      f.claim = {
        value: f.n.value,
        ...(lower.has(f.n) ? { value_min: lower.get(f.n)! } : {}),
        qualifier: f.n.qualifier,
        unit,
        measure: measureOf(c, s, f, here, prevFigures),
        period: null,
        timeframe: f.tf,
        kind: f.kind,
        place: null,
        attributed_to: sourceOf(),
        evidence: [{ start: s.start, end: s.end, text: s.text }],
      };
      here.push(f);
      figures.push(f);
    });
    const ownSource = here.length ? sourceOf() : null;
    perSentence[i]!.source = ownSource;
    perSentence[i]!.sourceAtEnd = ownSource !== null && /(?:says|said|reports|reported|told\s+\S+|estime|indique|précise|affirme)\s*[.]?$/iu.test(s.text.replace(TRAILING, ''));
  });

  const lead = storyLead(figures);
  let places: { hits: PlaceHit[]; story: string | null } | null = null;
  let prevPlace: { place: string; end: number } | null = null;
  const out: ExtractedClaim[] = [];
  perSentence.forEach((p, i) => {
    const s = sentences[i]!;
    const nextPeriod = p.figures.some((f) => f.tf === null) ? continuedPeriod(c, sentences, cues, i) : null;
    for (const f of p.figures) {
      if (f.tf === null && nextPeriod && !f.compared) f.tf = nextPeriod;
      // (A running count is of the year it is told in, whatever year the story's lead dates: "the 18th victim".)
      if (f.tf === null && !f.compared && datedByStory(c, f)) f.tf = (f.kind === 'rank' ? null : lead) ?? yearToDate(c.published);
    }
    // A list told in one sentence shares its period: "3 814 interpellations, plus de 500 armes saisies, … et 20 millions d'euros".
    const dated = p.figures.filter((f) => f.tf && !f.compared);
    const shared = new Set(dated.map((f) => `${f.tf!.kind}|${f.tf!.start}|${f.tf!.end}`)).size === 1 ? dated[0]!.tf : null;
    fromTo(c, p.figures);
    for (const f of p.figures) {
      const cl = f.claim!;
      if (f.tf === null && !f.compared && shared && p.figures.length > 1 && !c.lex.perYear.test(s.text)) f.tf = shared;
      cl.timeframe = f.tf;
      cl.period = periodLabel(f.tf);
      places ??= (() => {
        const hits = placeHits(c.text, lex);
        return { hits, story: storyPlace(c.text, hits, lex) };
      })();
      cl.place =
        sentencePlace(c, s, f, places.hits) ??
        // A figure a national body gives ("selon le ministère de l'Intérieur", "the interior ministry said") is the country's.
        (c.lex.nationalSource.test(s.text) || (cl.attributed_to !== null && c.lex.nationalSource.test(cl.attributed_to)) ? 'France' : null) ??
        // (Within its paragraph: a new one may change the subject, "À Marseille, 461 gardes à vue…" ¶ "Au total, quatre tonnes…".)
        (prevPlace && s.start - prevPlace.end <= PLACE_LIST_REACH && paragraphOf(c, prevPlace.end - 1) === paragraphOf(c, s.start) ? prevPlace.place : null) ??
        paragraphPlace(c, s, places.hits) ??
        places.story;
      // "11 morts dans les Bouches-du-Rhône, dont huit à Marseille": a part of the figure before it names where the
      // part holds; the figures after it go on with the whole's place.
      const part = c.lex.partOf.test(c.text.slice(Math.max(s.start, f.n.start - 20), f.n.start));
      if (cl.place && !(part && prevPlace && prevPlace.end >= s.start)) prevPlace = { place: cl.place, end: s.end };
      if (!cl.attributed_to) {
        const next = perSentence[i + 1];
        const prevS = perSentence[i - 1];
        if (next && next.sourceAtEnd && next.figures.length) cl.attributed_to = next.source;
        else if (prevS && prevS.source && prevS.figures.length && !prevS.sourceAtEnd) cl.attributed_to = prevS.source;
      }
      out.push(cl);
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------- sentences

/** Where each paragraph starts: after a blank line, or after a line that ends a sentence (a wrapped line does not). */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    const line = text.slice(lineStart, i);
    if (line.trim() === '' || SENTENCE_END.test(line) || /:\s*$/.test(line) || line.trim().length < 60) starts.push(i + 1);
  }
  return starts;
}

function paragraphOf(c: Ctx, pos: number): number {
  const ps = c.paragraphStarts;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Sentences with the lines a page wraps mid-sentence joined back: a sentence that ends its line on a comma or a
 * function word ("… a baissé de moitié dans" / "les Bouches-du-Rhône, passant de 49…") runs on into the next line.
 */
const glueWords = new WeakMap<MeasureLexicon, Set<string>>();

/** The last word of a text, lower case ("" when it ends on something else). */
function lastWordOf(text: string): string {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && /[\p{L}'’]/u.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase().replace(/’/g, "'");
}

function joinWrapped(text: string, sentences: Sentence[], mlex: MeasureLexicon): Sentence[] {
  let glue = glueWords.get(mlex);
  if (!glue) glueWords.set(mlex, (glue = new Set([...mlex.linkers, ...mlex.determiners, ...mlex.stops, ...mlex.auxiliaries, ...mlex.complements].map((w) => w.toLowerCase()))));
  const out: Sentence[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last) {
      const gap = text.slice(last.end, s.start);
      if (!gap.includes('\n')) {
        out.push(s);
        continue;
      }
      const wrapped = /^[^\S\n]*\n[^\S\n]*$/.test(gap) && !SENTENCE_END.test(last.text.slice(-4)) && (/,\s*$/.test(last.text.slice(-4)) || glue.has(lastWordOf(last.text)) || /^[\p{Ll}\d]/u.test(s.text));
      if (wrapped) {
        out[out.length - 1] = { start: last.start, end: s.end, text: text.slice(last.start, s.end) };
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------- figures

/** The kit's numbers, plus signed percents it leaves out ("-15%"). */
function figuresOf(text: string, kit: LocaleKit): NumberMatch[] {
  // "7,6 pour 100 000 habitants" is no percent ("7,6 pour 100") but a rate: its figure alone, its base dropped later.
  const nums = kit.numbers(text).map((n) => {
    if (n.kind !== 'percent' || !/^[\s.  ]?000/u.test(text.slice(n.end, n.end + 5))) return n;
    const lead = /^[+-]?\d[\d\s.,]*?(?=\s*\p{L})/u.exec(n.text);
    return lead ? { ...n, end: n.start + lead[0].length, text: lead[0], kind: 'cardinal' as const, unit: null } : n;
  });
  const extra: NumberMatch[] = [];
  SIGNED_PERCENT.lastIndex = 0;
  for (let m = SIGNED_PERCENT.exec(text); m; m = SIGNED_PERCENT.exec(text)) {
    const start = m.index + m[0].indexOf(m[2]!);
    const end = m.index + m[0].length;
    if (nums.some((n) => n.start < end && start < n.end)) continue;
    extra.push({ start, end, text: text.slice(start, end), value: Number(m[2]!.replace(',', '.')), unit: 'percent', kind: 'percent', qualifier: null, written: 'digits' });
  }
  return extra.length ? [...nums, ...extra].sort((a, b) => a.start - b.start) : nums;
}

/** The numbers of a sentence that may be figures: not ages, dates, times, durations or multipliers. */
function candidates(c: Ctx, s: Sentence, numbers: NumberMatch[], ages: AgeMatch[]): NumberMatch[] {
  const { text, lex } = c;
  return numbers.filter((n) => {
    if (n.start < s.start || n.end > s.end) return false;
    if (ages.some((a) => n.start < a.end && n.end > a.start)) return false;
    if (c.dates.some((d) => n.start < d.end && n.end > d.start && !numberAfterDate(d, n))) return false;
    const pre = text.slice(Math.max(s.start, n.start - 40), n.start);
    const after = text.slice(n.end, Math.min(s.end, n.end + 40));
    // ("la quatrième fois" is an occasion, not a multiple.)
    if (lex.multiplierBefore.test(pre) || (n.kind !== 'ordinal' && lex.multiplierAfter.test(after))) return false;
    // "aged 18 and 19", "âgés de 14 à 17 ans", "la quarantaine", "in their 20s": ages.
    if (lex.agesBefore.test(pre) || lex.ageWord.test(pre + n.text) || /^['’]?s\b/u.test(after)) return false;
    // "pour 100 000 habitants", "per 100,000 people": the base of a rate, not a figure.
    if (lex.rateBaseBefore.test(pre) && /^1(?:0+)$/.test(String(n.value)) && n.value >= 1000) return false;
    // "320 millions d'euros (339 millions de dollars)": a conversion of the figure before it.
    if (n.kind === 'money' && /\(\s*$/u.test(pre) && numbers.some((m) => m.kind === 'money' && m.end <= n.start && n.start - m.end < 25 && m.start >= s.start)) return false;
    // "Grenoble (38)", "Sevran (93)": a town's département number in brackets.
    if (n.kind === 'cardinal' && /\p{Lu}[\p{L}'’-]*\s*\(\s*$/u.test(pre) && /^\s*\)/u.test(after) && /^(?:0?[1-9]|[1-8]\d|9[0-5]|97[1-6])$/u.test(n.text.trim())) return false;
    // "39 kilograms (86 pounds)", "680 kg (1,500lb)": a mass given again in another unit.
    if (/\(\s*$/u.test(pre) && (MASS_AGAIN.test(after) || /(?:pounds?|lbs?)$/iu.test(n.text)) && numbers.some((m) => m.unit !== null && MASS_UNITS.has(m.unit) && m.end <= n.start && n.start - m.end < 25 && m.start >= s.start)) return false;
    return true;
  });
}

const MASS_UNITS = new Set(['tonne', 'kg', 'g']);
/** A mass unit right after a number, in any language's spelling ("lb", "pounds", "tons", "kilos"). */
const MASS_AGAIN = /^\s*(?:lbs?|pounds?|tons?|tonnes?|kg|kilos?|kilogram(?:me)?s?|ounces?|oz|grammes?|grams?)(?![\p{L}])/iu;

/** Given for comparison ("contre 33", "up from 600,000", "than 40"), not "over 30%" (more than). */
function comparedFigure(lex: ClaimLexicon, pre: string): boolean {
  return lex.comparedWith.test(pre) && !lex.qualifierBefore.test(pre);
}

/**
 * A number the kit swallowed into the date before it ("Du 1er janvier au 30 septembre, 210 homicides" read as a
 * year 210): after the date's comma, and not a year.
 */
function numberAfterDate(d: DateMatch, n: NumberMatch): boolean {
  const comma = d.text.lastIndexOf(',');
  if (comma < 0 || n.start < d.start + comma) return false;
  return !/^(?:19|20)\d{2}$/.test(n.text.trim());
}

/**
 * "entre 300 et 500 personnes", "between 2 and 3 tonnes": one figure, a range, read as its high end (with the unit
 * and noun told after it) with its low end beside it. ("de 49 à 24", "from 20 to 30" tell a change, not a range.)
 */
function ranges(c: Ctx, nums: NumberMatch[]): { nums: NumberMatch[]; lower: Map<NumberMatch, number> } {
  const out: NumberMatch[] = [];
  const lower = new Map<NumberMatch, number>();
  for (let k = 0; k < nums.length; k++) {
    const a = nums[k]!;
    const b = nums[k + 1];
    const sameKind = b !== undefined && (a.kind === b.kind || (a.kind === 'cardinal' && b.kind !== 'ordinal'));
    if (b && sameKind && a.value < b.value && c.lex.rangeBefore.test(c.text.slice(Math.max(0, a.start - 12), a.start)) && c.lex.rangeJoin.test(c.text.slice(a.end, b.start))) {
      const merged: NumberMatch = { ...b, start: a.start, text: c.text.slice(a.start, b.end), value: b.value, qualifier: a.qualifier ?? b.qualifier };
      out.push(merged);
      lower.set(merged, a.value);
      k++;
      continue;
    }
    out.push(a);
  }
  return { nums: out, lower };
}

function parenOf(s: Sentence, n: NumberMatch): [number, number] | null {
  const open = s.text.lastIndexOf('(', n.start - s.start);
  if (open < 0) return null;
  const close = s.text.indexOf(')', open);
  if (close >= 0 && s.start + close < n.start) return null;
  return [s.start + open, close < 0 ? s.end : s.start + close + 1];
}

function kindOf(c: Ctx, s: Sentence, n: NumberMatch, indexBase: NumberMatch | null): ClaimKind {
  const { text, lex } = c;
  if (indexBase && n.start > indexBase.start && INDEX_TARGET_BEFORE.test(before(text, n, 4))) return 'index';
  if (n.kind === 'ordinal') return 'rank';
  if (n.kind === 'money') return 'money';
  if (n.kind === 'quantity') return 'quantity';
  if (n.kind === 'percent') {
    const pre = text.slice(Math.max(s.start, n.start - 40), n.start);
    const after = text.slice(n.end, Math.min(s.end, n.end + 25));
    return lex.changeBefore.test(pre) || lex.changeAfter.test(after) ? 'change' : 'share';
  }
  return 'count';
}

function defaultUnit(f: Figure): string | null {
  if (f.kind === 'index') return 'index';
  if (f.kind === 'rank') return 'rank';
  return f.n.kind === 'percent' ? 'percent' : f.n.unit;
}

function before(text: string, n: { start: number }, words: number): string {
  return text.slice(Math.max(0, n.start - words * 12), n.start);
}

/** Decides whether a number is a statistic; returns its claim unit, 'weak' (a statistic only beside another one), or null to drop it. */
function keep(c: Ctx, s: Sentence, f: Figure, attributed: boolean): { unit: string | null } | 'weak' | null {
  const { text, lex } = c;
  const n = f.n;
  const period = f.tf;
  if (n.approximate) return null;
  const after = text.slice(n.end, Math.min(s.end, n.end + 40));
  const pre = text.slice(Math.max(s.start, n.start - 40), n.start);
  if (NO_BEFORE.test(pre)) return null;
  // "74 avenue Rhin-et-Danube", "à une centaine de kilomètres", "dont deux avec sursis": an address, a distance, one
  // case's penalty; "la CRS 82", "une Peugeot 5008", "le SDPJ 93": a number that is part of a name.
  if (lex.streetAfter.test(after) || lex.distanceAfter.test(after) || lex.penaltyPartAfter.test(after) || namedNumber(c, s, n)) return null;
  if (f.kind === 'index') return { unit: 'index' };
  if (n.kind === 'ordinal') {
    if (n.value < 2) return null;
    if (lex.fractionBefore.test(pre) && lex.fractionAfter.test(after)) return null;
    // "la troisième depuis le début de l'année", "the 12th since January": a running count, told as a rank.
    const runningCount = lex.sinceYearStart.test(after.slice(0, 30)) && /^[\s,]*(?:\p{L}+\s+){0,2}?(?:since|depuis)\b/iu.test(after);
    // "the 21st and 22nd victims": the first ordinal shares the noun of the second.
    const paired = /^\s+(?:and|et)\s+\S+/iu.exec(after);
    const pairedRank = paired !== null && lex.rankAfter.test(after.slice(paired[0].length));
    // "la quatrième fois en moins d'un mois", "the third time this year": a running count only with its period.
    if (lex.rankTimes.test(after) && !runningCount) return period !== null ? { unit: 'rank' } : null;
    // "porte à six le nombre d'homicides …, le cinquième par arme à feu": the count's own running count, in apposition.
    const appended = /\p{N}|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten)\b/iu.test(text.slice(s.start, n.start))
      && /,\s*(?:le|la|the)\s*$/iu.test(pre) && /^\s+(?:par|by|with|à|au|avec)\b/iu.test(after);
    if (runningCount || pairedRank || appended || lex.rankBefore.test(pre)) return { unit: 'rank' };
    if (!lex.rankAfter.test(after)) return null;
    // ("la troisième fusillade a éclaté", "le second homicide": a small rank needs the span it runs over.)
    const rest = text.slice(n.end, s.end).replace(/\([^()]*\)/g, ' ');
    return n.value > SMALL_RANK || lex.rankNounAfter.test(after) || lex.rankSpanAfter.test(rest) ? { unit: 'rank' } : null;
  }
  // A time of day or a duration is never a statistic: "vers 1 h 30", "at 1.30am", "48 h de garde à vue".
  if (n.kind === 'cardinal' && (lex.timeUnitAfter.test(after) || lex.clockBefore.test(pre) || lex.ageThresholdBefore.test(pre))) return null;
  // "the victims were under 20.": a bare number after "under" is an age; "under 400 homicides" is a count.
  if (n.kind === 'cardinal' && lex.bareAgeBefore.test(pre) && BARE_END.test(after)) return null;
  if (n.kind === 'cardinal' && (lex.packagingAfter.test(after) || lex.detailAfter.test(after))) return null;
  // "12 or 13 years old": the first number shares the second one's age or duration.
  if (n.kind === 'cardinal' && /^\s+(?:or|to|and|ou|et|à)\s+\d+/iu.test(after)) {
    const rest = after.replace(/^\s+\S+\s+\d+/u, '');
    if (lex.timeUnitAfter.test(rest)) return null;
  }
  const stat = lex.statCue.test(s.text) || period !== null || attributed;
  // (A day or week the text names but only a month can be given for, "last week" or "Saturday" in a month-dated
  // report, is one occasion too.)
  const eventDay = c.dates.some((d) => d.start >= s.start && d.end <= s.end && (d.precision === 'day' || d.flags.includes(DAY_CUT_TO_REFERENCE) || /day|di$|^(?:on\s+)?\p{Lu}\p{Ll}+day$/iu.test(d.text)) && !d.flags.includes('anchored') && !d.flags.includes('range') && !telling(c, s, d));
  const unitOf = n.kind === 'percent' ? 'percent' : n.unit;
  if (n.kind === 'percent') return { unit: 'percent' };
  if (n.kind === 'money') {
    const near = text.slice(Math.max(s.start, n.start - 30), Math.min(s.end, n.end + 25));
    if (lex.penaltyNear.test(near)) return null;
    if (eventDay && period === null) return null;
    return stat || n.value >= 1e6 ? { unit: unitOf } : 'weak';
  }
  if (n.kind === 'quantity') {
    if (eventDay && period === null) return null;
    return stat ? { unit: unitOf } : 'weak';
  }
  // "65,4 faits pour 100 000 habitants": a rate is a statistic whatever its size.
  if (n.kind === 'cardinal' && n.value > 0 && lex.rateAfter.test(after)) return { unit: null };
  if (n.value < 2 || !Number.isInteger(n.value)) return null;
  // "With the three dead this night, 13 people …", "les deux premiers morts de cette nuit": a night's toll, not a tally.
  if (n.value < DEFAULT_LARGE_COUNT && lex.occasionCue.test(text.slice(...clauseOf(s, n.start)))) return null;
  // "Deux personnes ont été interpellées", "six men accused", "trois hommes ont été blessés par balles": a count short
  // of a large one, in a sentence that tells an incident, counts that incident's people or things, unless the sentence
  // frames a tally ("le nombre d'homicides", "depuis janvier", "au total", "a series of").
  if (n.value < DEFAULT_LARGE_COUNT && tellsIncident(c, s) && !lex.statCue.test(s.text) && !lex.tallyCue.test(s.text) && !overTime(f)) return null;
  // "A total of eight people were injured": a small count summed over several events is a figure.
  if (n.value < DEFAULT_SMALL_COUNT && lex.totalBefore.test(pre) && lex.eventCount.test(after)) return { unit: null };
  if (eventDay && period === null) return null;
  // A small count dated only by its paragraph is a statistic when it counts events ("sept morts"), not things ("deux groupes").
  if ((f.from === 'paragraph' || f.from === 'story') && n.value < DEFAULT_SMALL_COUNT && !lex.eventCount.test(after)) return null;
  if (period !== null) return { unit: null };
  if (n.value >= DEFAULT_LARGE_COUNT) return { unit: null };
  if (n.value >= DEFAULT_SMALL_COUNT) return stat ? { unit: null } : 'weak';
  return null;
}

/** The figure's own sentence gives it a span of time, not a day or a month: "entre le 30 janvier et le 4 février". */
function overTime(f: Figure): boolean {
  if (f.tf === null || (f.from !== 'own' && f.from !== 'sentence')) return false;
  return f.tf.kind !== 'calendar' || Date.parse(f.tf.end) - Date.parse(f.tf.start) > 31 * 86_400_000;
}

function tellsIncident(c: Ctx, s: Sentence): boolean {
  return c.incidents.some((x) => x.start < s.end && s.start < x.end);
}

/**
 * A number in digits right after a capitalised word or an acronym in the middle of a sentence ("la CRS 82", "une
 * Peugeot 5008", "Actu 17 reported", "September 23"): part of a name or a date, not a count. (A sentence's first word
 * is capitalised whatever it is: "Environ 20 douilles".)
 */
function namedNumber(c: Ctx, s: Sentence, n: NumberMatch): boolean {
  if (n.written !== 'digits' || n.kind === 'percent' || n.kind === 'money') return false;
  const m = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}]*)[ \u00a0]$/u.exec(c.text.slice(Math.max(s.start, n.start - 40), n.start));
  if (!m) return false;
  const wordStart = n.start - m[0].length;
  return /[^\s«"“(]/u.test(c.text.slice(s.start, wordStart));
}

// ---------------------------------------------------------------------------------------------------- periods

/** The clause around `pos`: the sentence cut at commas, dashes, colons; a parenthesis is a clause of its own, and a clause outside one runs over it. */
function clauseOf(s: Sentence, pos: number): [number, number] {
  const inner = parenOfPos(s, pos);
  const lo = inner ? inner[0] + 1 : s.start;
  const hi = inner ? inner[1] - 1 : s.end;
  // Outside a parenthesis, its content does not cut the clause: "troisième narchomicide (homicide lié…, NDLR) de l'année".
  let masked = s.text;
  if (!inner) masked = masked.replace(/\([^()]{0,200}\)/g, (m) => ' '.repeat(m.length));
  let start = lo;
  let end = hi;
  CLAUSE_SPLIT.lastIndex = 0;
  for (let m = CLAUSE_SPLIT.exec(masked); m; m = CLAUSE_SPLIT.exec(masked)) {
    const at = s.start + m.index;
    if (at < lo || at >= hi) continue;
    if (at < pos) start = at + m[0].length;
    else {
      end = at;
      break;
    }
  }
  return [start, end];
}

function parenOfPos(s: Sentence, pos: number): [number, number] | null {
  const rel = pos - s.start;
  const open = s.text.lastIndexOf('(', rel);
  if (open < 0) return null;
  const close = s.text.indexOf(')', open);
  if (close >= 0 && close < rel) return null;
  return [s.start + open, close < 0 ? s.end : s.start + close + 1];
}

/** The segment of a sentence around `pos`: cut where a contrast or a comparison starts ("…, though …", "contre …"). */
function segmentOf(c: Ctx, s: Sentence, pos: number): [number, number] {
  let start = s.start;
  let end = s.end;
  const re = globalOf(c.lex.contrast);
  re.lastIndex = 0;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    const at = s.start + m.index;
    if (at <= pos) start = at;
    else {
      end = at;
      break;
    }
  }
  return [start, end];
}

const gapTo = (a: { start: number; end: number }, b: { start: number; end: number }): number => (a.start >= b.end ? a.start - b.end : b.start - a.end);

/**
 * Periods of a sentence's figures: own cues first (each cue belongs to the figure nearest it in its clause), then
 * what the figure shares with the figures and cues around it, then its paragraph.
 */
function resolvePeriods(c: Ctx, s: Sentence, i: number, figs: Figure[], cues: PeriodCue[][], earlier: Figure[], sentences: Sentence[], lead: ClaimTimeframe | null): void {
  const own = cues[i]!;
  const owner = new Map<PeriodCue, Figure>();
  for (const cue of own) {
    if (cue.frame || cue.compared) continue;
    const [cs, ce] = clauseOf(s, cue.start);
    const inClause = figs.filter((f) => f.n.start >= cs && f.n.end <= ce);
    const beforeIt = inClause.filter((f) => f.n.end <= cue.start).sort((a, b) => gapTo(cue, a.n) - gapTo(cue, b.n));
    const afterIt = inClause.filter((f) => f.n.start >= cue.end).sort((a, b) => gapTo(cue, a.n) - gapTo(cue, b.n));
    const o = beforeIt[0] ?? afterIt[0];
    if (o) owner.set(cue, o);
    // "a total of 110 … compared to 88 over the same period in 2021": 88 is the compared figure, 2021 its period.
    if (o && cue.comparedOwn && cue.tf && o.n.end <= cue.start) {
      o.compared = true;
      o.tf = cue.tf;
      o.from = 'own';
    }
  }
  for (const cue of own) {
    if (!cue.compared || !cue.tf) continue;
    const [cs, ce0] = clauseOf(s, cue.start);
    // "davantage que sur l'ensemble de l'année 2022 (60 fusillades et 31 morts)": the bracket right after is that year's too.
    const bracket = /^\s*\(/.test(c.text.slice(ce0, ce0 + 3)) ? parenOfPos(s, c.text.indexOf('(', ce0) + 1) : null;
    const ce = bracket ? bracket[1] : ce0;
    for (const f of figs) {
      if (f.n.start >= cue.end && f.n.end <= ce && f.n.start >= cs) {
        f.compared = true;
        f.tf = cue.tf;
        f.from = 'own';
      }
    }
  }
  const frame = own.find((x) => x.frame && x.tf) ?? null;
  const paraFrame = frame ?? paragraphFrame(c, s, i, cues, sentences);
  const prevClaim = (f: Figure): Figure | null => {
    const before = figs.filter((g) => g.n.start < f.n.start && g.tf);
    return before[before.length - 1] ?? earlier[earlier.length - 1] ?? null;
  };

  // 1. Own cues.
  for (const f of figs) {
    if (f.tf) continue;
    const mine = own.filter((cue) => owner.get(cue) === f);
    const stated = mine.filter((cue) => cue.tf).sort((a, b) => rankCue(a, f.n) - rankCue(b, f.n));
    let tf: ClaimTimeframe | null = stated[0]?.tf ?? null;
    // "this year" in a paragraph framed "In 2024, …" means 2024: the author writes from inside that frame.
    if (tf && tf.kind === 'to_date' && stated[0]!.statedYear === false && paraFrame?.tf && paraFrame.tf.kind === 'calendar' && paraFrame.tf.start.slice(0, 4) !== tf.start.slice(0, 4)) tf = yearOf(paraFrame.tf);
    if (!tf) {
      const rel = mine.find((cue) => cue.rel);
      if (rel?.rel === 'previous') {
        // "compared with 23 the year before": a count for the year before the one the sentence speaks of; a rate
        // "up 7% on the previous year" is about the sentence's own year.
        const base = own.find((x) => x.tf && x.tf.kind === 'calendar' && !x.compared && owner.get(x) !== f)?.tf ?? paraFrame?.tf ?? prevClaim(f)?.tf ?? null;
        if (base) tf = f.n.kind === 'percent' ? yearOf(base) : yearBefore(base);
      } else if (rel?.rel === 'same') {
        tf = prevClaim(f)?.tf ?? null;
      } else if (rel?.rel === 'anaphoric') {
        tf = anaphoricYear(c, sentences, i, rel.start);
      }
    }
    if (tf) {
      f.tf = tf;
      f.from = 'own';
    }
  }
  // 2. "341 were injured": a figure with no noun continues the previous one and shares its period.
  for (const f of figs) {
    if (f.tf || f.compared) continue;
    if (c.lex.verbAfter.test(c.text.slice(f.n.end, f.n.end + 20)) && !figs.some((g) => g !== f && g.n.start < f.n.start)) {
      const last = earlier[earlier.length - 1];
      if (last && last.s === i - 1 && last.tf) {
        f.tf = last.tf;
        f.from = 'sentence';
      }
    }
  }
  // 3. Shared within the sentence (after the elliptic figure, which a bracket after it may share).
  for (const f of figs) {
    if (f.tf) continue;
    let tf: ClaimTimeframe | null = null;
    const [cs, ce] = clauseOf(s, f.n.start);
    // "…, which recorded 139": a relative clause speaks of its sentence's period.
    if (c.lex.relativeClause.test(c.text.slice(cs, ce))) {
      const earlierCue = own.filter((x) => x.tf && x.end <= cs && !x.compared && !x.local);
      tf = earlierCue[earlierCue.length - 1]?.tf ?? null;
    }
    if (!tf && f.compared) continue;
    // A figure in brackets holds for what the bracket qualifies: "en 2022 (60 fusillades et 31 morts)".
    if (!tf && f.paren) {
      const host = figs.filter((g) => g.n.end <= f.paren![0] && g.tf && !g.compared);
      tf = host[host.length - 1]?.tf ?? null;
      if (!tf) {
        const [hs] = clauseOf(s, f.paren[0] - 1);
        const near = own.filter((x) => x.tf && !x.compared && !x.local && !owner.has(x) && x.start >= hs && x.end <= f.paren![0]);
        tf = near[near.length - 1]?.tf ?? null;
      }
    }
    // A change with no period of its own is the change of the figure before it: "53,5 tonnes en 2024, soit une hausse de 130 %".
    if (!tf && f.kind === 'change') {
      const base = figs.filter((g) => g.n.end <= f.n.start && g.tf && !g.compared && g.kind !== 'change');
      tf = base[base.length - 1]?.tf ?? null;
      // "en hausse de 130 % par rapport à 2023", "up 94% on the first seven months of last year": a change over the
      // period it is compared with holds over that period one year on.
      const against = own.find((x) => x.compared && x.tf && x.start >= f.n.end && x.tf.kind !== 'rolling');
      if (!tf && against) tf = yearOn(against.tf!);
    }
    // Clause-mates: "47 killed and 118 injured in 2023".
    if (!tf) tf = figs.find((g) => g !== f && g.tf && g.from === 'own' && !g.compared && g.n.start >= cs && g.n.end <= ce)?.tf ?? null;
    // The segment's cue that no figure holds: "had 49 killings, from gang members to bystanders, in 2023, though…".
    if (!tf) {
      const [ss, se] = segmentOf(c, s, f.n.start);
      const free = own.filter((x) => x.tf && !x.compared && !x.frame && !x.local && !owner.has(x) && x.start >= ss && x.end <= se).sort((a, b) => gapTo(a, f.n) - gapTo(b, f.n));
      tf = free[0]?.tf ?? null;
    }
    if (!tf && frame) tf = frame.tf;
    // A sentence stating one period gives it to all its figures: "Of the 50 attacks recorded over the past year, 14 occurred in France".
    if (!tf) {
      const stated = own.filter((x) => x.tf && !x.compared && !x.local);
      const distinct = new Set(stated.map((x) => `${x.tf!.kind}|${x.tf!.start}|${x.tf!.end}`));
      if (distinct.size === 1) tf = stated[0]!.tf;
    }
    if (tf) {
      f.tf = tf;
      f.from = 'sentence';
    }
  }
  // 4. The period last stated in the paragraph: a list of figures names it once ("Depuis janvier, … Par ailleurs, 522 armes…").
  const sentenceDated = own.some((x) => !x.local) || c.dates.some((d) => d.start >= s.start && d.end <= s.end && d.precision !== 'unknown' && !telling(c, s, d));
  if (sentenceDated || c.lex.perYear.test(s.text) || c.lex.caseCue.test(s.text)) return;
  const inherited = paragraphPeriod(c, s, i, cues, earlier, sentences);
  for (const f of figs) {
    if (f.tf || f.compared) continue;
    if (inherited) {
      f.tf = inherited;
      f.from = 'paragraph';
    } else if (lead && eventLike(c, s, f)) {
      // 5. The story's lead period, for what holds over a period (events counted, quantities seized, changes).
      f.tf = lead;
      f.from = 'story';
    }
  }
}

/** A day that dates the telling ("a indiqué lundi", "said on Thursday"), not what is counted. */
function telling(c: Ctx, s: Sentence, d: DateMatch): boolean {
  return d.precision === 'day' && c.lex.tellingBefore.test(c.text.slice(Math.max(s.start, d.start - 40), d.start));
}

/** What holds over a period: a change, a quantity (seized), a count of events (the words after it say what happened). */
function eventLike(c: Ctx, s: Sentence, f: Figure): boolean {
  if (f.kind === 'change' || f.kind === 'quantity') return true;
  if (f.kind !== 'count') return false;
  return c.lex.eventCount.test(c.text.slice(f.n.end, Math.min(s.end, f.n.end + 80)));
}

/** Own cues rank after the figure first ("fallen to 98 by 2021"), then before it, nearest first. */
function rankCue(cue: PeriodCue, n: NumberMatch): number {
  return cue.start >= n.end ? cue.start - n.end : 1000 + (n.start - cue.end);
}

/** The frame of the paragraph: an opening cue ("En 2023, …") of an earlier sentence of the same paragraph. */
function paragraphFrame(c: Ctx, s: Sentence, i: number, cues: PeriodCue[][], sentences: Sentence[]): PeriodCue | null {
  const para = paragraphOf(c, s.start);
  for (let k = i - 1; k >= 0 && paragraphOf(c, sentences[k]!.start) === para; k--) {
    const f = cues[k]!.find((x) => x.frame && x.tf);
    if (f) return f;
  }
  return null;
}

/**
 * The latest period stated before a sentence in its paragraph, within reach: a cue no compared figure holds, or the
 * period of a figure kept before it (a list).
 */
function paragraphPeriod(c: Ctx, s: Sentence, i: number, cues: PeriodCue[][], earlier: Figure[], sentences: Sentence[]): ClaimTimeframe | null {
  const para = paragraphOf(c, s.start);
  let best: { at: number; tf: ClaimTimeframe } | null = null;
  for (let k = i - 1; k >= 0; k--) {
    const sk = sentences[k]!;
    if (paragraphOf(c, sk.start) !== para || s.start - sk.end > LIST_REACH) break;
    // A cue held by a figure given for comparison ("contre 23 tonnes en 2023") is that figure's only.
    const held = earlier.filter((f) => f.s === k && f.compared).map((f) => f.n);
    const free = cues[k]!.filter((x) => x.tf && !x.compared && !x.local && !held.some((n) => x.start >= n.end && x.start - n.end < 40));
    const cue = free[free.length - 1];
    if (cue) {
      best = { at: cue.end, tf: cue.tf! };
      break;
    }
  }
  // Reports that give each sentence a line of its own: a sentence opening on a period ("In 2022, …") frames the line after it too.
  const prev = sentences[i - 1];
  if (!best && prev && paragraphOf(c, prev.start) !== para && s.start - prev.end <= LIST_REACH) {
    const frame = cues[i - 1]!.find((x) => x.frame && x.tf && x.tf.kind !== 'rolling');
    if (frame) best = { at: frame.end, tf: frame.tf! };
  }
  const lastFig = [...earlier].reverse().find((f) => f.tf && !f.compared && paragraphOf(c, f.n.start) === para && s.start - f.n.end <= LIST_REACH);
  if (lastFig && (!best || lastFig.n.end > best.at)) best = { at: lastFig.n.end, tf: lastFig.tf! };
  return best?.tf ?? null;
}

/** "cette année-là", "that year": the year last written out before it (in a year, a month or a day), a few sentences back at most. */
function anaphoricYear(c: Ctx, sentences: Sentence[], i: number, before: number): ClaimTimeframe | null {
  const from = sentences[Math.max(0, i - 4)]!.start;
  const stated = c.dates.filter((d) => d.start >= from && d.end <= before && d.date && /\d{4}/.test(d.text) && !d.flags.includes('year_inferred'));
  const last = stated[stated.length - 1];
  return last ? calendar(last.date!.slice(0, 4)) : null;
}

/**
 * The one year or month stated by the next sentence of the same paragraph when that sentence carries on with the
 * same subject ("It is due to open in 2028."); null when it changes subject, gives a day (an incident) or several periods.
 */
function continuedPeriod(c: Ctx, sentences: Sentence[], cues: PeriodCue[][], i: number): ClaimTimeframe | null {
  const s = sentences[i];
  const next = sentences[i + 1];
  if (!s || !next || paragraphOf(c, s.start) !== paragraphOf(c, next.start)) return null;
  if (!c.lex.continuation.test(next.text)) return null;
  const inNext = c.dates.filter((d) => d.start >= next.start && d.end <= next.end);
  if (inNext.some((d) => d.precision === 'day')) return null;
  const stated = cues[i + 1]!.filter((x) => x.tf && x.tf.kind === 'calendar');
  const distinct = new Set(stated.map((x) => `${x.tf!.start}|${x.tf!.end}`));
  return distinct.size === 1 ? stated[0]!.tf : null;
}

/** The story's lead period: that of the first figure of its lead dated by its own sentence (an article on 2024's seizures). */
function storyLead(figures: Figure[]): ClaimTimeframe | null {
  const f = figures.find((g) => g.n.start < LEAD_CHARS && g.tf && (g.from === 'own' || g.from === 'sentence') && !g.compared && g.tf.kind !== 'rolling');
  return f?.tf ?? null;
}

/**
 * A figure left undated that still holds over a period: a count of events ("3 814 interpellations", "21 personnes
 * tuées"), a quantity seized, a change. Stocks (inmates, dealing points, users), money, shares and ranks are often
 * structural ("a €3bn market") and stay undated; so do the totals of one case ("1,8 tonne saisie dans ce dossier").
 */
function datedByStory(c: Ctx, f: Figure): boolean {
  const cl = f.claim!;
  // The totals of one case, and rates ("3 tonnes par mois"), hold over no period of their own.
  if (c.lex.caseCue.test(cl.evidence[0]!.text) || c.lex.perYear.test(cl.evidence[0]!.text)) return false;
  // A rate ("65 faits pour 100 000 habitants") is the level of a place, told with its period or none.
  if (c.lex.rateAfter.test(c.text.slice(f.n.end, f.n.end + 60))) return false;
  if (f.kind === 'change') return true;
  if (f.kind === 'quantity') return true;
  // "He is the 18th victim of settling scores in Marseille": a running count of acts, told with no period, counts the
  // story's year so far (a rank of a country or a port, "France's 7th place in Europe", is no count of acts).
  if (f.kind !== 'count' && f.kind !== 'rank') return false;
  return countsEvents(c.lex, cl);
}

function yearToDate(published: string | null): ClaimTimeframe | null {
  return published && /^\d{4}/.test(published) ? toDate(published.slice(0, 4), published) : null;
}

/** The measure, or what its sentence says right after it ("47 personnes, dont sept mineurs, ont été tuées"), counts events. */
function countsEvents(lex: ClaimLexicon, cl: ExtractedClaim): boolean {
  if (lex.eventCount.test(cl.measure)) return true;
  const text = cl.evidence[0]?.text ?? '';
  const at = text.toLowerCase().indexOf(cl.measure.toLowerCase());
  return at >= 0 && lex.eventCount.test(text.slice(at, at + cl.measure.length + 80));
}

/** "passant de 30 à 56", "from 30 to 56": the words between the two figures of a change. */
const FROM_TO_LINK = /^\s*(?:à|a|to)\s+$/iu;
const FROM_BEFORE = /(?:^|[^\p{L}])(?:de|from)\s+$/iu;

/**
 * "De 2021 à 2022, le nombre d'enquêtes a doublé, passant de 30 à 56", "rose from 30 in 2021 to 56": a change told
 * from one figure to the other over a span of years gives the first figure the span's first year and the second its
 * last, not both the span.
 */
function fromTo(c: Ctx, figures: Figure[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i]!;
    const b = figures[i + 1]!;
    const tf = a.tf;
    if (!tf || b.tf !== tf && !(b.tf && b.tf.start === tf.start && b.tf.end === tf.end)) continue;
    const sy = Number(tf.start.slice(0, 4));
    const ey = Number(tf.end.slice(0, 4));
    if (!(ey > sy) || tf.kind === 'rolling' || tf.kind === 'to_date') continue;
    if (!FROM_TO_LINK.test(c.text.slice(a.n.end, b.n.start)) || !FROM_BEFORE.test(c.text.slice(Math.max(0, a.n.start - 8), a.n.start))) continue;
    a.tf = calendar(String(sy));
    b.tf = calendar(String(ey));
  }
}

// ---------------------------------------------------------------------------------------------------- places

/**
 * The place a figure's own sentence gives it: a place in its clause (nearest before it, else after), for a figure
 * in brackets the place the bracket follows ("en Lozère (+171,4 %)"), else a place of its segment or sentence
 * (after a locative first); "au niveau national", "nationwide" is France. Offices' seats and epithets are not places.
 */
function sentencePlace(c: Ctx, s: Sentence, f: Figure, hits: PlaceHit[]): string | null {
  const n = f.n;
  // "490 opérations (dont 24 en Outre-mer)": a place in a bracket holds for the figures in it, not for the one before.
  // ("23 homicides depuis le début de l'année, dont deux … à Fort-de-France": a place after a part's cue is the part's.)
  const inPart = (h: PlaceHit): boolean => h.start >= n.end && c.lex.subsetCue !== undefined && c.lex.subsetCue.test(c.text.slice(n.end, h.start));
  // ("la Martinique affiche le troisième taux d'homicide le plus élevé de France": France is what it is compared with.)
  const compared = (h: PlaceHit): boolean => c.lex.comparisonSetBefore.test(c.text.slice(Math.max(s.start, h.start - 50), h.start));
  const inS = hits.filter((h) => h.start >= s.start && h.end <= s.end && usable(h) && !inOtherBracket(c.text, s, h, n.start) && !inPart(h) && !compared(h));
  const [cs, ce] = clauseOf(s, n.start);
  const nearest = (xs: PlaceHit[]) => {
    const b = xs.filter((h) => h.end <= n.start).sort((x, y) => n.start - x.end - (n.start - y.end))[0];
    const a = xs.filter((h) => h.start >= n.end).sort((x, y) => x.start - y.start)[0];
    // "3,5 tonnes saisies au Havre pour un total de 17 tonnes en France": a place told right after the figure
    // ("en France") is its own when nearer than the one before it, which belongs to what the clause told first.
    if (b && a && a.locative && a.start - n.end < n.start - b.end) return a;
    return b ?? a ?? null;
  };
  const clause = nearest(inS.filter((h) => h.start >= cs && h.end <= ce));
  if (clause) return clause.label;
  if (c.lex.nationalCue.test(c.text.slice(cs, ce))) return 'France';
  // "à Nîmes, dans le Gard. Dans le département, 14 morts…": the département (region) named last before the figure.
  for (const level of ['departement', 'region'] as const) {
    if (!c.lex.areaAnaphor[level].test(c.text.slice(s.start, ce))) continue;
    const named = hits.filter((h) => h.level === level && h.end <= n.start && !h.office);
    if (named.length) return named[named.length - 1]!.label;
  }
  if (f.paren) {
    const [hs] = clauseOf(s, f.paren[0] - 1);
    const host = inS.filter((h) => h.start >= hs && h.end <= f.paren![0]);
    if (host.length) return host[host.length - 1]!.label;
    // "neuf fois la moyenne nationale (7,6 pour 100 000 habitants)": the bracket holds for what it follows.
    if (c.lex.nationalCue.test(c.text.slice(hs, f.paren[0]))) return 'France';
  }
  const [ss, se] = segmentOf(c, s, n.start);
  const seg = inS.filter((h) => h.start >= ss && h.end <= se);
  const pick = (xs: PlaceHit[]) => xs.find((h) => h.locative) ?? xs[0] ?? null;
  const inSeg = pick(seg);
  if (inSeg) return inSeg.label;
  const inSentence = pick(inS);
  if (inSentence) return inSentence.label;
  if (c.lex.nationalCue.test(s.text)) return 'France';
  return null;
}

/** The hit stands inside a bracket of the sentence that does not hold position `at`. */
function inOtherBracket(text: string, s: Sentence, h: PlaceHit, at: number): boolean {
  const open = text.lastIndexOf('(', h.start);
  if (open < s.start || text.lastIndexOf(')', h.start) > open) return false;
  const close = text.indexOf(')', h.end);
  if (close < 0 || close > s.end) return false;
  return at < open || at > close;
}

/** The place named earlier in the figure's paragraph, when it names one (a list of towns says where others hold, not this figure). */
function paragraphPlace(c: Ctx, s: Sentence, hits: PlaceHit[]): string | null {
  const from = c.paragraphStarts[paragraphOf(c, s.start)]!;
  const earlier = hits.filter((h) => h.start >= from && h.end <= s.start && usable(h));
  return new Set(earlier.map((h) => h.key)).size === 1 ? borrowedPlace(earlier[0]!, hits) : null;
}

// ---------------------------------------------------------------------------------------------------- measures

function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

/** A rank's span right after it: "depuis le début de l'année", "since January", "this year". */
const RANK_SPAN_FIRST = /^\s*(?:depuis|since|this\s+year|so\s+far|cette\s+année|de\s+l['’]année|of\s+the\s+year|en\s+(?:19|20)\d{2}|in\s+(?:19|20)\d{2})(?![\p{L}])/iu;
/** "ce meurtre est le ", "this killing is the ": the subject a rank is said of. */
const RANK_SUBJECT = /(?:^|\s)(?:ce|cet|cette|this|that)\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)\s+(?:est|is|was|était|devient|becomes|marks|constitue)\s+(?:désormais\s+|now\s+|already\s+|déjà\s+)?(?:le|la|l['’]|the)\s*$/iu;

/** The units of sums of money (numbers.ts, the locales' currency words). */
const MONEY_UNITS = new Set(['EUR', 'USD', 'GBP']);

function measureOf(c: Ctx, s: Sentence, f: Figure, same: Figure[], prev: Figure[]): string {
  const { text, lex, mlex } = c;
  const n = f.n;
  const [cs, ce] = clauseOf(s, n.start);
  const lastOf = (xs: Figure[]) => xs[xs.length - 1]?.claim ?? null;
  // "47 tonnes of cocaine": a quantity counts its unit's phrase, so the phrase starts at the unit word.
  const unitWord = n.kind === 'quantity' ? UNIT_WORD.exec(n.text) : null;
  const link = unitWord ? null : LINKER.exec(text.slice(n.end, ce));
  // "the 21st and 22nd victims": the first of two ordinals counts the noun after the second.
  const paired = f.kind === 'rank' ? /^\s+(?:and|et|or|ou)\s+\p{N}+\p{L}{0,3}(?=\s)/u.exec(text.slice(n.end, ce)) : null;
  const from = unitWord ? n.end - unitWord[0].length : paired ? n.end + paired[0].length : n.end + (link ? link[0].length : 0);
  let to = Math.max(from, ce);
  // Stop before a date, a source or another figure: they are not what this figure counts.
  for (const d of c.dates) if (d.start >= from && d.start < to) to = d.start;
  const cut = /\s(?:according\s+to|selon|d['’]après|and\s+\d|et\s+\d)/iu.exec(text.slice(from, to));
  if (cut) to = from + cut.index;
  if (f.kind === 'change') return changeMeasure(c, s, f, same, text.slice(from, to), cs);
  // "ce meurtre est le 27e depuis le début de l'année", "this killing is the 27th since January": a rank followed by
  // its span counts the clause's subject.
  if (f.kind === 'rank' && RANK_SPAN_FIRST.test(text.slice(n.end, ce))) {
    const subject = RANK_SUBJECT.exec(text.slice(cs, n.start));
    const named = subject ? measurePhrase(mlex, subject[1]!) : null;
    if (named) return named;
  }
  const elliptic = lex.verbAfter.test(text.slice(n.end, n.end + 20));
  // ("800 kg de résine et 45 000 euros ont été découverts": a sum of money is never counted in the kilos before it.)
  const elided = elliptic ? lastOf(same) ?? lastOf(prev) : null;
  const kindMatches = elided !== null && (n.kind === 'money') === MONEY_UNITS.has(elided.unit ?? '');
  if (elided && !kindMatches && f.kind === 'money') return c.lex.kindLabels.money;
  const head = elided && kindMatches ? elided.measure.split(' ')[0] ?? null : null;
  let m = measurePhrase(mlex, text.slice(from, to), head) ?? '';
  // "more than 1,000 drones were detected …, 400 of which were "blocked"": a part of the figure before it, named by that
  // figure's noun and its own participle ("drones blocked").
  const ofWhich = /^\s*of\s+(?:which|whom|them)\s+/iu.exec(text.slice(n.end, ce));
  const whole = ofWhich ? lastOf(same) : null;
  if (ofWhich && whole) m = measurePhrase(mlex, text.slice(n.end + ofWhich[0].length, to).replace(/["«»“”]/gu, ''), whole.measure.split(' ')[0]!) ?? whole.measure;
  // "23,2 tonnes", "772 kg": a quantity named by its unit alone weighs the drug its sentence (or the one before) names.
  if (f.kind === 'quantity' && unitWord && m.trim().toLowerCase() === unitWord[0].toLowerCase()) m = quantityOf(c, s, f, unitWord[0], same, prev);
  // "47 personnes tuées, contre 33 l'an dernier", "up from 600,000": a figure given for comparison, with no noun of
  // its own, counts what the figure it is compared with counts.
  if (!m && f.compared) {
    const base = lastOf(same) ?? lastOf(prev);
    if (base) return base.measure;
  }
  // "une victime collatérale, la troisième depuis le début de l'année": a running count names its noun before it.
  // "dont 20 à Marseille", "including 16 minors", "(six in total)" with no noun: what the figure before it counts.
  if (!m && (f.paren || c.lex.partOf.test(text.slice(Math.max(s.start, n.start - 20), n.start)))) {
    const host = lastOf(same);
    if (host) return host.measure;
  }
  // "le nombre d'homicides … passant de 49 en 2023 à 24 en 2024": the number the sentence names.
  if (!m) {
    const named = c.lex.numberOf.exec(text.slice(s.start, n.start));
    if (named) m = measurePhrase(mlex, named[1]!) ?? '';
  }
  if (!m && f.kind === 'rank') {
    const lead = /(?:^|\s)(?:une?|an?|the|la|le|l['’])\s+([^,;:]{3,80}?)\s*,\s*(?:la|le|the)?\s*$/iu.exec(text.slice(s.start, n.start));
    if (lead) m = measurePhrase(mlex, lead[1]!) ?? '';
  }
  // "on en compte déjà 28.", "there have been 12 so far": a figure ending its clause with no noun counts what the
  // figure before it counts.
  // (Not a sum of money told as what something is worth: "La valeur de cette drogue est estimée à 40 millions d'euros."
  // names what it measures before it, below.)
  const valued = n.kind === 'money' && lex.valuedAt.test(text.slice(cs, n.start));
  if (!m && !valued && !/\p{L}/u.test(text.slice(n.end, ce).replace(/^\s*(?:so\s+far|au\s+total|en\s+tout|already|déjà)\b/iu, ''))) {
    const before = lastOf(same) ?? lastOf(prev);
    if (before) return before.measure;
  }
  // "14 killed in Marseille, and 9 in Toulouse": a figure followed straight by a preposition counts what the one before it counts.
  const nextWord = (/^\s*([\p{L}'’]+)/u.exec(text.slice(n.end, ce))?.[1] ?? '').toLowerCase();
  if (!m && nextWord && mlex.stops.includes(nextWord) && lastOf(same)) return lastOf(same)!.measure;
  // "La valeur de la marchandise est estimée à 320 millions d'euros": the noun phrase the clause opens on; "an
  // estimated market value of about €320 million": the noun phrase just before.
  if (!m && n.kind === 'money') {
    const lead = text.slice(cs, n.start);
    const subject = lead.split(lex.valuedAt)[0] ?? lead;
    if (subject.length < lead.length) m = measurePhrase(mlex, subject.replace(lex.leadingArticle, '')) ?? '';
    if (!m) {
      const bare = lead.replace(lex.moneyLeadTail, '');
      const np = lex.lastNounPhrase.exec(bare);
      if (np) m = measurePhrase(mlex, np[1]!) ?? '';
    }
  }
  if (!m) {
    let w = words(text.slice(from, to)).slice(0, MEASURE_WORDS);
    if (w.length < 2) {
      // "a projected budget of over €400 million": the noun comes before the figure.
      const lead = words(text.slice(cs, n.start).replace(/\s*(?:of|de|d['’])?\s*(?:over|about|around|at\s+least|more\s+than|plus\s+de|environ|au\s+moins)?\s*$/iu, ''));
      w = [...lead.slice(-5), ...w];
    }
    m = w.join(' ').replace(lex.leadingArticle, '').replace(TRAILING, '');
  }
  m = withoutFunctionWords(mlex, m) || (lastOf(same)?.measure ?? '');
  // Nothing names it: the kind of figure, never a piece of the sentence.
  return m || (f.kind === 'rank' ? '' : c.lex.kindLabels[f.kind]);
}

/**
 * What a bare quantity weighs: the figure it is compared with or listed after ("contre 23 tonnes"), else the drug
 * named nearest before it in its sentence or the sentence before ("les saisies de cocaïne … sept tonnes"), else
 * after it; the unit alone when none is named.
 */
function quantityOf(c: Ctx, s: Sentence, f: Figure, unit: string, same: Figure[], prev: Figure[]): string {
  const host = [...same].reverse().find((g) => g.kind === 'quantity' && g.claim && g.claim.measure.toLowerCase() !== g.n.text.replace(/^[\d\s.,]+/u, '').toLowerCase());
  if (f.compared && host) return host.claim!.measure;
  const re = globalOf(c.lex.substance);
  const find = (text: string, offset: number) => {
    const hits: Array<{ at: number; word: string }> = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ at: offset + m.index, word: m[0] });
    return hits;
  };
  const here = find(s.text, s.start);
  const beforeIt = here.filter((h) => h.at < f.n.start);
  const prevSentence = prev[0] ? c.text.slice(c.paragraphStarts[paragraphOf(c, prev[0].n.start)]!, s.start) : '';
  const drug = beforeIt[beforeIt.length - 1] ?? find(prevSentence, 0).pop() ?? here.find((h) => h.at > f.n.end);
  return drug ? `${unit} ${c.lex.substanceLinker(drug.word)}${drug.word.toLowerCase()}` : unit;
}

/** A measure never opens on a function word ("au total", "as of"). */
function withoutFunctionWords(mlex: MeasureLexicon, m: string): string {
  const fw = new Set([...mlex.stops, ...mlex.linkers, ...mlex.determiners, ...mlex.auxiliaries].map((w) => w.toLowerCase()));
  const ws = m.split(/\s+/).filter(Boolean);
  while (ws.length && fw.has(ws[0]!.toLowerCase().replace(/’/g, "'"))) ws.shift();
  return ws.join(' ');
}

/**
 * What a change measures, named "hausse de …"/"rise in …": the noun after it ("une hausse de 57 % des homicides"),
 * else the figure it qualifies (in brackets after it, or the one before it in the sentence), else the subject of its
 * clause ("les saisies de cocaïne ont augmenté de 5 %").
 */
function changeMeasure(c: Ctx, s: Sentence, f: Figure, same: Figure[], after: string, cs: number): string {
  const { text, lex, mlex } = c;
  const pre = text.slice(Math.max(s.start, f.n.start - 40), f.n.start);
  const post = text.slice(f.n.end, Math.min(s.end, f.n.end + 25));
  const fall = lex.fallWords.test(pre) || lex.fallWords.test(post.slice(0, 12));
  const label = fall ? lex.fallLabel : lex.riseLabel;
  let base = lex.changeAfter.test(post) || lex.comparisonStart.test(after) ? null : measurePhrase(mlex, after.replace(/^\s*(?:de\s+plus|d['’]augmentation|de\s+hausse|increase|rise)\s*/iu, ''));
  if (base && lex.comparedWith.test(`${base} `)) base = null;
  if (!base) {
    const host = same.filter((g) => g.kind !== 'change' && g.claim);
    base = host[host.length - 1]?.claim!.measure ?? null;
  }
  if (!base) {
    const subject = text.slice(cs, f.n.start).split(lex.changeVerb)[0] ?? '';
    base = measurePhrase(mlex, subject.replace(lex.leadingArticle, '')) ?? null;
  }
  // "tonnes de cocaïne saisies" → "cocaïne saisies": the change is of the goods, not of the unit.
  const goods = base?.replace(/^(?:tonnes?|tons?|kg|kilos?|grammes?|millions?|milliards?|billions?)\s+(?:de\s+|d['’]|of\s+)/iu, '') ?? null;
  return goods ? `${label} ${goods}` : label.replace(/\s+\S+$/u, '');
}

// ---------------------------------------------------------------------------------------------------- sources

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
