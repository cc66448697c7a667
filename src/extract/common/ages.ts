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
  /** Context that turns a duration into something else ("20 ans de prison", "peine de 10 ans"). */
  rejectAfter: RegExp | null;
  rejectBefore: RegExp | null;
  /** "de 15 et 17 ans": a number followed by this shares the age cue of the next number. */
  pairAfter: RegExp | null;
}

const MAX_AGE = 120;

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
    else if (numbers[i + 1] && cues.pairAfter?.test(text.slice(n.end, numbers[i + 1]!.start))) {
      const next = numbers[i + 1];
      const nextAfter = next ? text.slice(next.end, next.end + 40) : '';
      if (next && cues.after.test(nextAfter) && !cues.rejectAfter?.test(nextAfter)) end = n.end;
    }
    if (end < 0) continue;
    out.push({ start: n.start, end, text: text.slice(n.start, end), age: n.value });
  }
  return out;
}
