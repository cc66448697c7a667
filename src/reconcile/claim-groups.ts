// Groups statistical claims on the same measure, period and place across documents, and says whether sources agree.

import type { EventType } from '../core/types.js';
import { dateRange } from './dates.js';
import {
  COUNTED_NOUNS, FRANCE_NAMES, GENERIC_SUBSTANCE, MEASURE_CONCEPTS, MEASURE_HEADS, NUMBER_WORDS, QUALIFIER_PHRASES, STOP_WORDS, SUBSTANCES,
} from './lexicon.js';
import { compareStrings, fold, words } from './normalise.js';
import type { ClaimGroup, ClaimQualifier, ClaimRecord, Incident } from './types.js';

/** Two values agree when they differ by at most this share of the larger (rounding: "1.1 million" vs 1,080,000). */
export const DEFAULT_VALUE_TOLERANCE = 0.02;

/** Token overlap (Jaccard) two measures without a head concept need to be the same measure. */
export const DEFAULT_MEASURE_SIMILARITY = 0.5;

/** How far a qualified value reaches: "over 100" covers 100–125, "around 100" 90–110, "nearly 100" 80–100. */
const QUALIFIER_SPAN: Record<ClaimQualifier, [number, number]> = {
  over: [1, 1.25], at_least: [1, 1.25], under: [0.8, 1], up_to: [0.8, 1], about: [0.9, 1.1],
};

/** Units folded to a dimension and a factor to the base unit of that dimension. */
const UNITS: Record<string, { dimension: string; factor: number }> = {
  count: { dimension: 'count', factor: 1 }, people: { dimension: 'count', factor: 1 }, persons: { dimension: 'count', factor: 1 },
  percent: { dimension: 'percent', factor: 1 }, '%': { dimension: 'percent', factor: 1 }, pct: { dimension: 'percent', factor: 1 },
  rank: { dimension: 'rank', factor: 1 },
  g: { dimension: 'mass', factor: 0.001 }, gram: { dimension: 'mass', factor: 0.001 }, grams: { dimension: 'mass', factor: 0.001 },
  kg: { dimension: 'mass', factor: 1 }, kilo: { dimension: 'mass', factor: 1 }, kilos: { dimension: 'mass', factor: 1 },
  tonne: { dimension: 'mass', factor: 1000 }, tonnes: { dimension: 'mass', factor: 1000 }, t: { dimension: 'mass', factor: 1000 },
  ton: { dimension: 'mass', factor: 1000 }, tons: { dimension: 'mass', factor: 1000 },
  eur: { dimension: 'EUR', factor: 1 }, '€': { dimension: 'EUR', factor: 1 }, euro: { dimension: 'EUR', factor: 1 }, euros: { dimension: 'EUR', factor: 1 },
  usd: { dimension: 'USD', factor: 1 }, $: { dimension: 'USD', factor: 1 }, gbp: { dimension: 'GBP', factor: 1 }, '£': { dimension: 'GBP', factor: 1 },
};

interface ClaimFeatures {
  claim: ClaimRecord;
  heads: Set<string>;
  substances: Set<string>;
  tokens: Set<string>;
  dimension: string;
  /** Value in the base unit of its dimension, as an interval [low, high] once qualifiers and a range are applied. */
  low: number;
  high: number;
  /** A value written with decimals ("23,2 tonnes") is exact to its last decimal: no rounding slack beyond it. */
  precise: number | null;
  /** What is seized, when the measure counts seizures: "armes" and "véhicules" are different measures. */
  objects: Set<string>;
  period: string | null;
  place: string | null;
}

export interface ClaimGroupOptions {
  tolerance?: number;
  measureSimilarity?: number;
}

/** Groups claims; deterministic whatever the input order. Groups sorted by id. */
export function groupClaims(claims: ClaimRecord[], options: ClaimGroupOptions = {}): ClaimGroup[] {
  const tolerance = options.tolerance ?? DEFAULT_VALUE_TOLERANCE;
  const similarity = options.measureSimilarity ?? DEFAULT_MEASURE_SIMILARITY;
  const feats = claims.slice().sort((a, b) => compareStrings(a.id, b.id)).map(claimFeatures);
  // Bucket on what must match exactly, then cluster inside a bucket: each claim joins the first group all of
  // whose members it is compatible with (complete linkage, in id order).
  const buckets = new Map<string, ClaimFeatures[]>();
  for (const f of feats) {
    const key = bucketOf(f);
    let b = buckets.get(key);
    if (b === undefined) buckets.set(key, (b = []));
    b.push(f);
  }
  const groups: ClaimGroup[] = [];
  for (const bucket of buckets.values()) {
    // Compatibility depends only on a claim's signature (measure concepts and place): a cluster is checked once
    // per distinct signature it holds, and each pair of signatures once, so many claims of one measure cost
    // little more than one.
    const clusters: Array<{ members: ClaimFeatures[]; signatures: Map<string, ClaimFeatures> }> = [];
    const compatible = new Map<string, boolean>();
    const fits = (f: ClaimFeatures, sig: string, g: ClaimFeatures, gsig: string): boolean => {
      const key = `${sig}\u0001${gsig}`;
      let ok = compatible.get(key);
      if (ok === undefined) compatible.set(key, (ok = sameMeasure(f, g, similarity) && samePlace(f, g)));
      return ok;
    };
    // Claims naming a drug go first, so that one naming only "the drug" joins the group of its own drug rather than
    // whichever group was opened first; among the groups it fits, it joins the one whose words are nearest its own.
    const ordered = bucket.filter((f) => specific(f)).concat(bucket.filter((f) => !specific(f)));
    for (const f of ordered) {
      const sig = signatureKey(f);
      let home: (typeof clusters)[number] | undefined;
      let best = -1;
      for (const c of clusters) {
        if (![...c.signatures].every(([gsig, g]) => fits(f, sig, g, gsig))) continue;
        const near = Math.max(...[...c.signatures.values()].map((g) => jaccard(f.tokens, g.tokens)));
        if (near > best) [home, best] = [c, near];
      }
      if (home !== undefined) {
        home.members.push(f);
        if (!home.signatures.has(sig)) home.signatures.set(sig, f);
      } else {
        clusters.push({ members: [f], signatures: new Map([[sig, f]]) });
      }
    }
    for (const c of clusters) groups.push(buildGroup(c.members, tolerance));
  }
  return groups.sort((a, b) => compareStrings(a.id, b.id));
}

/**
 * What two claims must share exactly to be grouped: dimension, period and counted concepts. (The period key tells a
 * year to date from a full year, and a span from the year it sits in: see periodKey.)
 */
function bucketOf(f: ClaimFeatures): string {
  return `${f.dimension}|${f.period ?? ''}|${[...f.heads].sort().join(',')}`;
}

/**
 * The bucket a claim is grouped in. Groups never span two buckets, and the groups of a bucket depend only on its
 * claims: groupClaims over whole buckets gives exactly those buckets' groups of groupClaims over every claim, which
 * is what lets a merge regroup only the buckets its new claims fall in (src/pipeline/reconcile-store.ts).
 */
export function claimBucket(claim: ClaimRecord): string {
  return bucketOf(claimFeatures(claim));
}

const specific = (f: ClaimFeatures): boolean => [...f.substances].some((x) => x !== GENERIC_SUBSTANCE);

/** Words after a number searched for the noun that number counts ("341 individuals injured"). */
const OTHER_NUMBER_REACH = 4;
const DIGITS = /^\d/;

/**
 * Concept signature of a measure: head concepts (what is counted), substances, other meaningful tokens.
 * A measure phrase cut from a sentence that states several figures can carry another figure's noun ("in 341
 * individuals injured and fatalities" for the 110 fatalities): words from a number up to the first head within
 * reach belong to that number and are left out, unless nothing would remain to say what this claim counts.
 */
export function measureSignature(measure: string): { heads: Set<string>; substances: Set<string>; tokens: Set<string> } {
  const all = words(measure).filter((w) => !STOP_WORDS.has(w));
  const own = withoutOtherNumbers(all);
  const sig = signatureOf(own);
  return sig.heads.size > 0 || own.length === all.length ? sig : signatureOf(all);
}

/** "narchomicides", "narcomicides", "narchocides", "narhomicides": the press's coinages for drug-trade killings. */
const NARCO_KILLING = /^narc?h?o?(?:homi)?cides?$|^narc?h?(?:o|omi|homi)cides?$/;

const conceptOf = (w: string): string => MEASURE_CONCEPTS[w] ?? MEASURE_CONCEPTS[singular(w)] ?? (NARCO_KILLING.test(w) ? 'killed' : singular(w));

function isNumberWord(w: string): boolean {
  return DIGITS.test(w) || NUMBER_WORDS.has(w);
}

/** The words with each "number … its head noun" run removed; a number whose head is out of reach goes alone. */
function withoutOtherNumbers(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!isNumberWord(ws[i])) {
      out.push(ws[i]);
      continue;
    }
    let j = i + 1;
    while (j < ws.length && isNumberWord(ws[j])) j++; // "1 100", "deux cents"
    const head = ws.slice(j, j + OTHER_NUMBER_REACH).findIndex((w) => MEASURE_HEADS.has(conceptOf(w)));
    i = head < 0 ? j - 1 : j + head;
  }
  return out;
}

function signatureOf(ws: string[]): { heads: Set<string>; substances: Set<string>; tokens: Set<string> } {
  const heads = new Set<string>();
  const substances = new Set<string>();
  const tokens = new Set<string>();
  for (const w of ws) {
    const concept = conceptOf(w);
    if (MEASURE_HEADS.has(concept)) heads.add(concept);
    else if (SUBSTANCES.has(concept) || concept === GENERIC_SUBSTANCE) substances.add(concept);
    tokens.add(concept);
  }
  return { heads, substances, tokens };
}

function singular(w: string): string {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

function sameMeasure(a: ClaimFeatures, b: ClaimFeatures, similarity: number): boolean {
  if (a.heads.size > 0 || b.heads.size > 0) {
    if (a.heads.size !== b.heads.size || [...a.heads].some((h) => !b.heads.has(h))) return false;
  } else if (jaccard(a.tokens, b.tokens) < similarity) {
    return false;
  }
  // Seizures of different things ("522 armes" and "218 véhicules saisis") are different measures.
  if (a.objects.size > 0 && b.objects.size > 0 && ![...a.objects].some((o) => b.objects.has(o))) return false;
  const sa = [...a.substances].filter((s) => s !== GENERIC_SUBSTANCE);
  const sb = [...b.substances].filter((s) => s !== GENERIC_SUBSTANCE);
  // "cocaine users" and "cannabis users" are different measures; "drug users" may be either.
  if (sa.length > 0 && sb.length > 0 && !sa.some((s) => sb.includes(s))) return false;
  if ((sa.length > 0) !== (sb.length > 0) && a.substances.size + b.substances.size > 0) {
    // One names a substance, the other none at all (not even "the drug"): only the generic word bridges them.
    if (!a.substances.has(GENERIC_SUBSTANCE) && !b.substances.has(GENERIC_SUBSTANCE)) return false;
  }
  return true;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter += 1;
  return inter / (a.size + b.size - inter);
}

/** An unstated place matches any place; otherwise folded names must match ("France" = "FR" = "nationwide"). */
function samePlace(a: ClaimFeatures, b: ClaimFeatures): boolean {
  return a.place === null || b.place === null || a.place === b.place;
}

function normalisePlace(place: string | null): string | null {
  if (place === null) return null;
  const f = fold(place);
  if (f === '') return null;
  return FRANCE_NAMES.has(f) ? 'france' : f;
}

function normalisePeriod(period: string | null): string | null {
  if (period === null) return null;
  const p = period.trim().replace(/\s+/g, '');
  return p === '' ? null : p;
}

/**
 * The period two claims must share to be compared: a calendar year or month by its label (as older records, which
 * have only the label); a year to date by its year and the month it runs to (47 killed by 21 December does not
 * contradict 49 killed in the whole year); a span, a window or a period since a day by its first and last months.
 */
export function periodKey(claim: Pick<ClaimRecord, 'period' | 'timeframe'>): string | null {
  const tf = claim.timeframe;
  const label = normalisePeriod(claim.period);
  if (!tf || tf.kind === 'calendar') return label;
  // A span covering whole calendar years is those years.
  if (tf.kind === 'span' && tf.start.endsWith('-01-01') && tf.end.endsWith('-12-31')) return label;
  // Part of the period its label names, up to a month: a year to date, a window or a span ending in that month
  // ("depuis le 18 mars" and "en un mois" told in April are the same weeks; the year to April is not the year).
  return `~${label ?? ''}:${tf.end.slice(0, 7)}`;
}

function unitOf(unit: string | null): { dimension: string; factor: number } {
  if (unit === null) return UNITS.count;
  return UNITS[unit.trim().toLowerCase()] ?? { dimension: unit.trim().toLowerCase(), factor: 1 };
}

/** How far after its measure phrase a figure's sentence may still say what happened to the people counted. */
const PREDICATE_REACH = 80;

/**
 * What a figure counts when its measure phrase names only people ("47 personnes, dont sept mineurs, ont été tuées",
 * "13 people"): the first head concept its sentence states after the phrase ("tuées" → killed), else the one head
 * concept of the whole sentence. The measure's own head, when it has one, always wins.
 */
function headsFromSentence(claim: ClaimRecord): Set<string> {
  const text = claim.evidence[0]?.text ?? '';
  const lower = text.toLowerCase();
  const at = lower.indexOf(claim.measure.toLowerCase().replace(/^rank:\s*/, ''));
  const conceptsIn = (t: string) => words(t).map((w) => MEASURE_CONCEPTS[w] ?? (NARCO_KILLING.test(w) ? 'killed' : undefined)).filter((c): c is string => c !== undefined && MEASURE_HEADS.has(c));
  if (at >= 0) {
    const next = conceptsIn(text.slice(at, at + claim.measure.length + PREDICATE_REACH))[0];
    if (next) return new Set([next]);
  }
  const all = new Set(conceptsIn(text));
  return all.size === 1 ? all : new Set();
}

/** Concepts that name people without saying what happened to them ("47 personnes", "13 people", "16 minors"). */
const PEOPLE_CONCEPTS = new Set(['people', 'minors']);

function claimFeatures(claim: ClaimRecord): ClaimFeatures {
  const signature = measureSignature(claim.measure);
  const { tokens } = signature;
  // (Not a measure that counts something else: "367 reported cases" of murder are cases, not the killed.)
  const counted = [...signature.tokens].some((t) => COUNTED_NOUNS.has(t));
  const unit = unitOf(claim.unit);
  let heads = signature.heads.size > 0 || counted ? signature.heads : headsFromSentence(claim);
  // Tonnes and kilos of a drug are seizures unless the measure says otherwise.
  if (unit.dimension === 'mass' && heads.size === 0) heads = new Set(['seized']);
  // A measure that names no drug ("5 million users", "10.5 tons seized") counts the one its sentence names.
  let substances = signature.substances;
  if ([...substances].every((x) => x === GENERIC_SUBSTANCE)) {
    const told = substancesOf(claim.evidence[0]?.text ?? '');
    if ([...told].some((x) => x !== GENERIC_SUBSTANCE) || substances.size === 0) substances = told.size ? told : substances;
  }
  const value = claim.value * unit.factor;
  const bottom = claim.value_min != null && claim.value_min < claim.value ? claim.value_min * unit.factor : value;
  // The extractor's own reading of the number (null: stated plainly); older records only have their sentence.
  const q = claim.qualifier !== undefined ? claim.qualifier : claimQualifier(claim);
  const [lo, hi] = q === null ? [1, 1] : QUALIFIER_SPAN[q];
  const decimals = decimalsOf(claim.value);
  const objects = heads.has('seized')
    ? new Set([...tokens].filter((t) => !MEASURE_HEADS.has(t) && !SUBSTANCES.has(t) && t !== GENERIC_SUBSTANCE && !PEOPLE_CONCEPTS.has(t) && !UNITS[t] && !isNumberWord(t) && !COUNTED_NOUNS.has(t)))
    : new Set<string>();
  // "Changes" (+122 %) and "shares" (30 % of the victims) are both percents, never the same measure.
  const dimension = claim.kind === 'change' ? `${unit.dimension}:change` : unit.dimension;
  return {
    claim, heads, substances, tokens, dimension, low: bottom * lo, high: value * hi,
    precise: q === null && decimals > 0 && bottom === value ? 0.5 * 10 ** -decimals * unit.factor : null,
    objects, period: periodKey(claim), place: normalisePlace(claim.place),
  };
}

/** The substances a sentence names (the generic "drugs" when it names only that). */
function substancesOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const w of words(text)) {
    const concept = conceptOf(w);
    if (SUBSTANCES.has(concept) || concept === GENERIC_SUBSTANCE) found.add(concept);
  }
  return found.size > 1 ? new Set([...found].filter((x) => x !== GENERIC_SUBSTANCE)) : found;
}

function decimalsOf(v: number): number {
  if (Number.isInteger(v)) return 0;
  const s = String(v);
  const dot = s.indexOf('.');
  return dot < 0 || /e/i.test(s) ? 0 : s.length - dot - 1;
}

/**
 * The qualifier of a claim's number, read from its evidence when the extractor did not state it: a qualifier
 * phrase right before a number ("as many as 341", "plus de 300"). Null for a plain figure.
 */
export function claimQualifier(claim: ClaimRecord): ClaimQualifier | null {
  for (const ev of claim.evidence) {
    const ws = words(ev.text);
    for (let i = 0; i < ws.length; i++) {
      for (const [phrase, q] of QUALIFIER_PHRASES) {
        const pw = phrase.split(' ');
        if (pw.every((p, k) => ws[i + k] === p)) {
          const next = ws[i + pw.length];
          if (next !== undefined && (/^\d/.test(next) || NUMBER_WORDS.has(next))) return q;
        }
      }
    }
  }
  return null;
}

function agree(a: ClaimFeatures, b: ClaimFeatures, tolerance: number): boolean {
  // Two values written with decimals ("23,2" and "23,5 tonnes") are as exact as written: they differ.
  if (a.precise !== null && b.precise !== null) return a.low - a.precise <= b.high + b.precise && b.low - b.precise <= a.high + a.precise;
  const slack = tolerance * Math.max(Math.abs(a.high), Math.abs(b.high));
  return a.low <= b.high + slack && b.low <= a.high + slack;
}

/** What sameMeasure and samePlace read of a claim: equal keys are interchangeable for grouping. */
function signatureKey(f: ClaimFeatures): string {
  const sorted = (xs: Set<string>) => [...xs].sort().join(',');
  return `${sorted(f.heads)}|${sorted(f.substances)}|${sorted(f.tokens)}|${sorted(f.objects)}|${f.place ?? ''}`;
}

function buildGroup(unordered: ClaimFeatures[], tolerance: number): ClaimGroup {
  const members = unordered.slice().sort((a, b) => compareStrings(a.claim.id, b.claim.id));
  const claims = members.map((m) => m.claim);
  const documents = new Set(claims.map((c) => c.document));
  // Sources disagree when one's figures and the other's have no value in common. Two different figures of one report
  // ("the 21st and 22nd victims", a running count told twice) are not a disagreement, and a report giving both of
  // another report's values does not contradict it. Each distinct value interval of a report is compared once.
  const byDocument = new Map<string, ClaimFeatures[]>();
  for (const m of members) {
    const list = byDocument.get(m.claim.document) ?? [];
    if (!list.some((x) => x.low === m.low && x.high === m.high && x.precise === m.precise)) list.push(m);
    byDocument.set(m.claim.document, list);
  }
  const reports = [...byDocument.values()];
  let allAgree = true;
  for (let i = 0; i < reports.length && allAgree; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      if (!reports[i]!.some((a) => reports[j]!.some((b) => agree(a, b, tolerance)))) {
        allAgree = false;
        break;
      }
    }
  }
  const status = !allAgree ? 'conflicting' : documents.size >= 2 ? 'corroborated' : 'single';
  return {
    id: `cg:${claims[0].id}`,
    claims: claims.map((c) => c.id),
    measure: mostCommon(claims.map((c) => c.measure)) ?? claims[0].measure,
    period: claims.find((c) => c.period !== null)?.period ?? null,
    place: mostCommon(claims.map((c) => c.place).filter((p): p is string => p !== null)),
    unit: mostCommon(claims.map((c) => c.unit).filter((u): u is string => u !== null)),
    status,
    values: claims.map((c) => ({ value: c.value, claim: c.id, document: c.document })),
  };
}

/** Most frequent string; ties to the shorter, then alphabetical. */
function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const ranked = [...counts].sort((x, y) => y[1] - x[1] || x[0].length - y[0].length || compareStrings(x[0], y[0]));
  return ranked.length > 0 ? ranked[0][0] : null;
}

// ---------------------------------------------------------------------------------------------
// Running counts ("the 43rd death since January in Marseille")

export interface RunningCountCheck {
  claim: string;
  stated: number;
  /** What Vigie holds for the same place, period (up to the claim's publication) and type. */
  counted: number;
  /** counted − stated: negative when Vigie misses incidents. */
  difference: number;
  /** Whether deaths (killed) or incidents were counted. */
  counting: 'killed' | 'incidents';
  incidents: string[];
}

export interface RunningCountOptions {
  type?: EventType;
  /** Does the claim's place name cover this incident? Defaults to a folded name match on the incident's place. */
  placeMatches?: (claimPlace: string, incident: Incident) => boolean;
}

const ARRONDISSEMENT_SUFFIX = /\s+\d+(?:e|er|eme|th|st|nd|rd)?(?:\s+arrondissement)?$/;

function defaultPlaceMatches(claimPlace: string, incident: Incident): boolean {
  if (incident.place === null || incident.place.name === null) return false;
  const want = fold(claimPlace);
  const name = fold(incident.place.name);
  // "Marseille 14e Arrondissement" is in "Marseille".
  return name === want || name.replace(ARRONDISSEMENT_SUFFIX, '') === want;
}

/**
 * Compares each rank claim (unit 'rank') with what Vigie holds: killed people (a measure about deaths) or
 * incidents, of the given type, in the claim's place, within its period and not after its publication.
 * Incidents whose dead are not counted as a number are left out of a death count.
 */
export function checkRunningCounts(claims: ClaimRecord[], incidents: Incident[], options: RunningCountOptions = {}): RunningCountCheck[] {
  const type = options.type ?? 'shooting_homicide';
  const matches = options.placeMatches ?? defaultPlaceMatches;
  const out: RunningCountCheck[] = [];
  for (const claim of claims.slice().sort((a, b) => compareStrings(a.id, b.id))) {
    if (claim.unit !== 'rank' || claim.period === null || claim.place === null) continue;
    const period = dateRange(claim.period, claim.period.length >= 10 ? 'day' : claim.period.length >= 7 ? 'month' : 'year');
    if (period === null) continue;
    const published = claim.published !== null ? dateRange(claim.published, 'day') : null;
    const until = published !== null && published.precision === 'day' ? Math.min(period.end, published.end) : period.end;
    const counting = measureSignature(claim.measure).heads.has('killed') ? 'killed' : 'incidents';
    let counted = 0;
    const held: string[] = [];
    for (const inc of incidents) {
      if (inc.type !== type) continue;
      const when = dateRange(inc.date, inc.date_precision);
      if (when === null || when.precision !== 'day' || when.start < period.start || when.start > until) continue;
      if (!matches(claim.place, inc)) continue;
      if (counting === 'killed') {
        if (inc.killed === null || inc.killed === 0) continue;
        counted += inc.killed;
      } else {
        counted += 1;
      }
      held.push(inc.id);
    }
    out.push({ claim: claim.id, stated: claim.value, counted, difference: counted - claim.value, counting, incidents: held });
  }
  return out;
}
