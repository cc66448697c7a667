// Reads ages from the numbers a locale found, using the locale's cues around each number.

import type { AgeMatch, NumberMatch } from './types.js';

export interface AgeCues {
  /** Text right after the number that makes it an age ("-year-old", " ans"). */
  after: RegExp;
  /** Text right before the number that makes it an age ("aged ", "âgé de "), or null. */
  before: RegExp | null;
  /** Apposition after a name or noun: "Karim B., 19, was…", "la victime, 19 ans,". */
  appositionBefore: RegExp | null;
  appositionAfter: RegExp | null;
  /**
   * A bare number after a pronoun and a copula, closing its clause: "He was 15.", "she was just 17 when she died". Both
   * must match (the text before the number, the text after it).
   */
  copulaBefore?: RegExp;
  copulaAfter?: RegExp;
  /**
   * A bare number after a capitalised name and a comma, closing the sentence: "… and Arnaud Garcia, 34." (the
   * apposition cues want the text to go on after the age). Both must match.
   */
  nameBefore?: RegExp;
  nameAfter?: RegExp;
  /** Context that turns a duration into something else ("20 ans de prison", "peine de 10 ans"). */
  rejectAfter: RegExp | null;
  rejectBefore: RegExp | null;
  /** "de 15 et 17 ans": a number followed by this shares the age cue of the next number. */
  pairAfter: RegExp | null;
  /**
   * An age told by its decade ("d'une vingtaine d'années", "in his early thirties"): `pattern` (global) captures
   * an optional part of the decade (group 1) and the decade word (group 2); `decades` gives each decade word's first
   * year, `parts` the offset of a part ("early" 2, "late" 8; the middle, 5, otherwise).
   */
  approximate?: {
    pattern: RegExp;
    decades: Record<string, number>;
    parts?: Record<string, number>;
    /** Context that makes the decade a duration ("depuis une vingtaine d'années"). */
    rejectBefore?: RegExp;
    rejectAfter?: RegExp;
  };
}

const MAX_AGE = 120;
const LIST_COMMA = /^\s*,\s*$/u;

/**
 * "âgés de 13, 15 et 16 ans", "aged 13, 15 and 16": a list of numbers joined by commas and a last "et"/"and", one of
 * them read as an age, are all ages (the cue is told once, before the first or after the last).
 */
function listedAges(text: string, numbers: NumberMatch[], cues: AgeCues, out: AgeMatch[]): void {
  if (!cues.pairAfter) return;
  const ok = (n: NumberMatch) => n.kind === 'cardinal' && Number.isInteger(n.value) && n.value >= 0 && n.value <= MAX_AGE;
  for (let i = 0; i < numbers.length; ) {
    // The run: numbers joined by commas, closed by one "et"/"and".
    let j = i;
    let closed = false;
    while (j + 1 < numbers.length && ok(numbers[j]!) && ok(numbers[j + 1]!)) {
      const gap = text.slice(numbers[j]!.end, numbers[j + 1]!.start);
      if (LIST_COMMA.test(gap) && !closed) j++;
      else if (cues.pairAfter.test(gap) && !closed) {
        j++;
        closed = true;
      } else break;
    }
    const run = numbers.slice(i, j + 1);
    if (closed && run.length >= 3 && run.some((n) => out.some((a) => a.start === n.start))) {
      for (const n of run) if (!out.some((a) => a.start === n.start)) out.push({ start: n.start, end: n.end, text: text.slice(n.start, n.end), age: n.value });
      out.sort((a, b) => a.start - b.start);
    }
    i = j + 1;
  }
}

export function findAges(text: string, numbers: NumberMatch[], cues: AgeCues): AgeMatch[] {
  const out: AgeMatch[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!;
    if (n.kind !== 'cardinal' || !Number.isInteger(n.value) || n.value < 0 || n.value > MAX_AGE) continue;
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    const after = text.slice(n.end, n.end + 40);
    if (cues.rejectBefore?.test(before) || cues.rejectAfter?.test(after)) continue;
    let end = -1;
    const a = cues.after.exec(after);
    if (a) end = n.end + a[0].length;
    else if (cues.before?.test(before)) end = n.end;
    else if (cues.appositionBefore?.test(before) && cues.appositionAfter?.test(after)) end = n.end;
    else if (cues.copulaBefore?.test(before) && cues.copulaAfter?.test(after)) end = n.end;
    else if (cues.nameBefore?.test(before) && cues.nameAfter?.test(after)) end = n.end;
    else if (numbers[i + 1] && cues.pairAfter?.test(text.slice(n.end, numbers[i + 1]!.start))) {
      const next = numbers[i + 1];
      const nextAfter = next ? text.slice(next.end, next.end + 40) : '';
      if (next && cues.after.test(nextAfter) && !cues.rejectAfter?.test(nextAfter)) end = n.end;
    }
    if (end < 0) continue;
    out.push({ start: n.start, end, text: text.slice(n.start, end), age: n.value });
  }
  listedAges(text, numbers, cues, out);
  // A victim told "in his twenties" still has an age to report: the middle of the decade, marked as an estimate.
  const approx = cues.approximate;
  if (approx) {
    approx.pattern.lastIndex = 0;
    for (let m = approx.pattern.exec(text); m; m = approx.pattern.exec(text)) {
      const first = approx.decades[m[2]!.toLowerCase()];
      const end = m.index + m[0].length;
      if (first === undefined || out.some((a) => a.start < end && m!.index < a.end)) continue;
      if (approx.rejectBefore?.test(text.slice(Math.max(0, m.index - 40), m.index)) || approx.rejectAfter?.test(text.slice(end, end + 40))) continue;
      const offset = (m[1] ? approx.parts?.[m[1].toLowerCase().replace(/[\s-]+$/u, '')] : undefined) ?? 5;
      out.push({ start: m.index, end, text: m[0], age: first + offset, approximate: true });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}
