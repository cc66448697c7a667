// Finds numbers written in digits or words, with scale, unit and qualifier, from a language's number lexicon.

import type { NumberLexicon } from './number-lexicon.js';
import type { NumberMatch, NumberQualifier } from './types.js';

const CURRENCY_SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', US$: 'USD' };

/** Longest first, so "more than" wins over "more", "d'euros" over "de". */
function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/'/g, "['’]"))
    .join('|');
}

function foldApostrophe(s: string): string {
  return s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
}

interface Core {
  start: number;
  end: number;
  value: number;
  written: 'digits' | 'words';
  ordinal: boolean;
  vague: boolean;
  qualifier: NumberQualifier | null;
  /** Digits with nothing but digits: a candidate year. */
  plainInteger: boolean;
}

export type NumberParser = (text: string) => NumberMatch[];

/** Builds the parser once per language: every regex below is compiled here, not per call. */
export function createNumberParser(lex: NumberLexicon): NumberParser {
  // "half a tonne", "several hundred": words right before a number that change it (compiled once per language).
  const endingWith = (list: readonly string[] | undefined): RegExp | null =>
    list?.length ? new RegExp(`(?<![\\p{L}])(?:${list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+$`, 'u') : null;
  const halfBeforeRe = endingWith(lex.halfBefore);
  const vagueBeforeRe = endingWith(lex.vagueBefore);
  const thousandsSep = lex.decimalComma ? '[ \\u00a0\\u202f.]' : '[,\\u00a0\\u202f ]';
  const decimal = lex.decimalComma ? '[,.]' : '\\.';
  // Grouped thousands first ("1 200", "1,200"), then plain digits with an optional decimal part.
  // Not glued to letters ("M23"), slashes ("15/05"), colons ("18:38") or hyphens ("COVID-19", "2023-24").
  const digitRe = new RegExp(
    `(?<![\\p{L}\\p{N}/:,._\\-])(\\d{1,3}(?:${thousandsSep}\\d{3})+(?!\\d)(?:${decimal}\\d+)?|\\d+(?:${decimal}\\d+)?)(?![\\p{N}_]|[:/]\\d|,\\d{3}|\\.[a-z])`,
    'gu',
  );
  const ordinalSuffixRe = new RegExp(`^(?:${alternation(lex.ordinalDigitSuffixes)})(?![\\p{L}\\p{N}])`, 'iu');
  const timeAfterRe = /^\s?(?:[ap]\.?m\b\.?|h\s?\d{0,2}(?![\p{L}])|hrs?\b|GMT\b|CET\b|heures?\b)/iu;
  const phoneRe = /(?:\+\d{1,3}[\s.]?)?(?:\(0\)\s?)?\d{1,2}(?:[\s.]\d{2}){4}(?!\d)/g;
  // Latin letters only (faster than \p{L}): number words in English and French need nothing else.
  const wordRe = /[A-Za-zÀ-ÖØ-öø-ÿŒœ]+(?:[-'’][A-Za-zÀ-ÖØ-öø-ÿŒœ]+)*/g;
  const firstWords = new Set<string>([
    ...Object.keys(lex.units), ...Object.keys(lex.tens), ...lex.hundreds, ...Object.keys(lex.scales),
    ...lex.articles, ...lex.joiners, ...Object.keys(lex.approximate), ...Object.keys(lex.ordinals),
  ]);
  const mayBeNumber = (lower: string): boolean => {
    const dash = lower.indexOf('-');
    const head = dash < 0 ? lower : lower.slice(0, dash);
    return firstWords.has(head) || (ordinalSuffix !== null && lower.endsWith(ordinalSuffix));
  };
  const scaleAfterRe = new RegExp(`^\\s+(${alternation(Object.keys(lex.scales))})(?![\\p{L}])`, 'iu');
  const moneyScaleAfterRe = new RegExp(`^\\s?(${alternation(Object.keys(lex.moneyScales))})(?![\\p{L}])`, 'u');
  const percentAfterRe = new RegExp(`^\\s?(%|${alternation(lex.percentWords)})(?![\\p{L}])`, 'iu');
  const linker = `(?:(?:${alternation(lex.unitLinkers)})\\s*)?`;
  const currencyAfterRe = new RegExp(
    `^\\s?(?:${linker}(${alternation(Object.keys(lex.currencyWords))})(?![\\p{L}])|(€|\\$|£))`,
    'iu',
  );
  // Mass units written as words ("tonne", "kilo", "gramme"), not the one-letter symbols: what an article can count.
  const massWords = Object.entries(lex.quantityUnits).filter(([w, u]) => w.length > 2 && (u === 'tonne' || u === 'kg' || u === 'g')).map(([w]) => w);
  const massAfterRe = new RegExp(`^\\s(?:${alternation(massWords)})(?![\\p{L}])`, 'iu');
  const quantityAfterRe = new RegExp(`^\\s?(${alternation(Object.keys(lex.quantityUnits))})(?![\\p{L}])`, 'iu');
  const currencyBeforeRe = /(US\$|€|\$|£)\s?$/u;
  const qualifierBeforeRe = new RegExp(`(?:^|[^\\p{L}])(${alternation(lex.qualifiers.map((q) => q[0]))})\\s*$`, 'iu');
  const qualifierMap = new Map(lex.qualifiers.map(([p, q]) => [foldApostrophe(p), q]));
  const calendarAfterRe = new RegExp(`^(?:st|nd|rd|th|er)?\\s+(?:${alternation(lex.calendarWords)})(?![\\p{L}])`, 'iu');
  const calendarBeforeRe = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(lex.calendarWords)})\\.?\\s+$`, 'iu');
  const ordinalSuffix = lex.ordinalWordSuffix;

  const isNumberWord = (w: string): boolean =>
    w in lex.units || w in lex.tens || lex.hundreds.includes(w) || w in lex.scales;

  function cardinalOfParts(parts: string[]): number | null {
    let total = 0;
    let current = 0;
    let prev = '';
    for (const p of parts) {
      if (p in lex.units) current += lex.units[p]!;
      else if (lex.articles.includes(p)) current = Math.max(current, 1);
      else if (lex.joiners.includes(p)) {
        prev = p;
        continue;
      }
      else if (p in lex.tens) {
        // French vigesimal "quatre-vingt(s)": the four multiplies the twenty.
        if (lex.tens[p] === 20 && prev === 'quatre') current = current - 4 + 80;
        else current += lex.tens[p]!;
      } else if (lex.hundreds.includes(p)) current = Math.max(current, 1) * 100;
      else if (p in lex.scales) {
        const scale = lex.scales[p]!;
        if (scale >= 1000) {
          total += Math.max(current, 1) * scale;
          current = 0;
        } else current *= scale;
      } else return null;
      prev = p;
    }
    return total + current;
  }

  function ordinalOfWord(word: string): number | null {
    if (word in lex.ordinals) return lex.ordinals[word]!;
    const parts = word.split('-');
    const last = parts[parts.length - 1]!;
    let lastValue: number | null = lex.ordinals[last] ?? null;
    if (lastValue === null && ordinalSuffix && last.endsWith(ordinalSuffix)) {
      const stem = last.slice(0, -ordinalSuffix.length);
      // "cinquième" → cinq, "neuvième" → neuf, "onzième" → onze, "trentième" → trente.
      for (const base of [stem, `${stem}e`, stem.replace(/qu$/, 'q'), stem.replace(/v$/, 'f')]) {
        const v = cardinalOfParts([base]);
        if (isNumberWord(base) && v !== null) {
          lastValue = v;
          break;
        }
      }
    }
    if (lastValue === null) return null;
    if (parts.length === 1) return lastValue;
    const head = parts.slice(0, -1);
    if (!head.every((h) => isNumberWord(h) || lex.joiners.includes(h))) return null;
    const headValue = cardinalOfParts(head);
    return headValue === null ? null : headValue + lastValue;
  }

  function digitValue(raw: string): number {
    let s = raw.replace(/[\s\u00a0\u202f]/g, '');
    if (lex.decimalComma) {
      // "1.200" is 1200, "1.5" (an English-style decimal in French copy) is 1.5.
      s = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s) ? s.replace(/\./g, '').replace(',', '.') : s.replace(',', '.');
    } else s = s.replace(/,/g, '');
    return Number(s);
  }

  function digitCores(text: string, blocked: Array<[number, number]>): Core[] {
    const out: Core[] = [];
    digitRe.lastIndex = 0;
    for (let m = digitRe.exec(text); m; m = digitRe.exec(text)) {
      const start = m.index;
      let end = start + m[0].length;
      if (blocked.some(([a, b]) => start < b && end > a)) continue;
      const after = text.slice(end, end + 20);
      if (timeAfterRe.test(after)) continue;
      const ord = ordinalSuffixRe.exec(after);
      if (ord) {
        if (calendarAfterRe.test(text.slice(end, end + 30))) continue;
        end += ord[0].length;
        out.push({ start, end, value: digitValue(m[0]), written: 'digits', ordinal: true, vague: false, qualifier: null, plainInteger: false });
        continue;
      }
      out.push({
        start,
        end,
        value: digitValue(m[0]),
        written: 'digits',
        ordinal: false,
        vague: false,
        qualifier: null,
        plainInteger: /^\d+$/.test(m[0]),
      });
    }
    return out;
  }

  function wordCores(text: string): Core[] {
    const out: Core[] = [];
    const words: Array<{ start: number; end: number; w: string }> = [];
    wordRe.lastIndex = 0;
    for (let m = wordRe.exec(text); m; m = wordRe.exec(text)) {
      const lower = m[0].toLowerCase();
      // "près d'une tonne": an article elided after "de" is read as the article alone.
      if (/^d['’]/.test(lower) && lex.articles.includes(lower.slice(2)) && massAfterRe.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) {
        words.push({ start: m.index + 2, end: m.index + m[0].length, w: lower.slice(2) });
        continue;
      }
      if (!mayBeNumber(lower)) continue;
      words.push({ start: m.index, end: m.index + m[0].length, w: lower.replace(/’/g, "'") });
    }
    for (let i = 0; i < words.length; i++) {
      const first = words[i]!;
      const ordinal = ordinalOfWord(first.w);
      if (ordinal !== null && !first.w.split('-').every(isNumberWord)) {
        out.push({ start: first.start, end: first.end, value: ordinal, written: 'words', ordinal: true, vague: false, qualifier: null, plainInteger: false });
        continue;
      }
      const approx = lex.approximate[first.w];
      const isArticle = lex.articles.includes(first.w);
      const parts0 = first.w.split('-');
      const startsNumber = parts0.every((p) => isNumberWord(p) || lex.joiners.includes(p)) && !lex.joiners.includes(parts0[0]!);
      if (approx && !isArticle) {
        out.push(approxCore(text, words, i, i, approx));
        continue;
      }
      if (!startsNumber && !isArticle) {
        // "five-year-old", "two-week": the number words heading a hyphenated compound.
        let k = 0;
        while (k < parts0.length && isNumberWord(parts0[k]!)) k++;
        if (k > 0 && !(k === 1 && lex.boundUnits.includes(parts0[0]!))) {
          const head = parts0.slice(0, k);
          const v = cardinalOfParts(head);
          const len = head.join('-').length;
          if (v !== null) out.push({ start: first.start, end: first.start + len, value: v, written: 'words', ordinal: false, vague: false, qualifier: null, plainInteger: false });
        }
        continue;
      }
      // Grow the run over following number words (and joiners that sit between two number words).
      let j = i;
      const parts = [...parts0];
      while (j + 1 < words.length) {
        const next = words[j + 1]!;
        if (!/^[\s\u00a0\u202f-]+$/.test(text.slice(words[j]!.end, next.start))) break;
        const np = next.w.split('-');
        if (np.every((p) => isNumberWord(p) || lex.joiners.includes(p))) {
          if (lex.joiners.includes(np[0]!) && np.length === 1) {
            const after = words[j + 2];
            if (!after || !after.w.split('-').every(isNumberWord)) break;
            // "five million and seven million", "deux millions et trois millions": two amounts, not one sum; a scale
            // as large again after the joiner starts a number of its own ("one thousand and five" stays one).
            const scale = lex.scales[parts[parts.length - 1]!];
            if (scale !== undefined && laterScale(words, j + 2) >= scale) break;
          }
          parts.push(...np);
          j++;
          continue;
        }
        if (lex.approximate[next.w] && j === i && isArticle) {
          out.push(approxCore(text, words, i, j + 1, lex.approximate[next.w]!));
          j = -1;
        }
        break;
      }
      if (j < 0) {
        i++;
        continue;
      }
      if (isArticle && j === i) {
        // "une tonne de cannabis", "a kilo of cocaine": the article before a mass unit is its count, one.
        if (massAfterRe.test(text.slice(first.end, first.end + 24))) {
          const half = wordBefore(text, first.start, halfBeforeRe);
          const start = half ? first.start - half : first.start;
          out.push({ start, end: first.end, value: half ? 0.5 : 1, written: 'words', ordinal: false, vague: false, qualifier: null, plainInteger: false });
        }
        continue;
      }
      const meaningful = parts.filter((p) => !lex.joiners.includes(p) && !lex.articles.includes(p));
      // A bare "un"/"une" is an article, not a count; "a"/"an" alone never are numbers.
      if (meaningful.length === 0) continue;
      if (meaningful.length === 1 && lex.boundUnits.includes(meaningful[0]!) && !isArticle) continue;
      if (isArticle && !meaningful.some((p) => lex.hundreds.includes(p) || p in lex.scales)) continue;
      const value = cardinalOfParts(parts);
      if (value === null) continue;
      // "vingt et unième", "twenty-first": the run's last word may be an ordinal.
      // ("several hundred officers": a round number told vaguely is no figure to compare.)
      const vague = wordBefore(text, first.start, vagueBeforeRe) > 0;
      out.push({ start: first.start, end: words[j]!.end, value, written: 'words', ordinal: false, vague, qualifier: vague ? 'about' : null, plainInteger: false });
      i = j;
    }
    return out;
  }

  /** The largest scale word among the number words that run on from `from` ("seven million" → 1e6), 0 if none. */
  function laterScale(words: Array<{ w: string }>, from: number): number {
    let max = 0;
    for (let k = from; k < words.length; k++) {
      const ps = words[k]!.w.split('-');
      if (!ps.every((p) => isNumberWord(p))) break;
      for (const p of ps) max = Math.max(max, lex.scales[p] ?? 0);
    }
    return max;
  }

  /** Length of the text matched by `re` (one of a word list, then spaces) right before `at`, or 0. */
  function wordBefore(text: string, at: number, re: RegExp | null): number {
    return re?.exec(text.slice(Math.max(0, at - 16), at).toLowerCase())?.[0].length ?? 0;
  }

  function approxCore(
    text: string,
    words: Array<{ start: number; end: number; w: string }>,
    from: number,
    to: number,
    approx: { value: number; vague: boolean },
  ): Core {
    return {
      start: words[from]!.start,
      end: words[to]!.end,
      value: approx.value,
      written: 'words',
      ordinal: false,
      vague: approx.vague,
      qualifier: approx.vague || approx.value % 12 !== 0 ? 'about' : null,
      plainInteger: false,
    };
  }

  return function parseNumbers(text: string): NumberMatch[] {
    if (!text) return [];
    const blocked: Array<[number, number]> = [];
    phoneRe.lastIndex = 0;
    for (let m = phoneRe.exec(text); m; m = phoneRe.exec(text)) blocked.push([m.index, m.index + m[0].length]);
    const cores = [...digitCores(text, blocked), ...wordCores(text)].sort((a, b) => a.start - b.start);
    const out: NumberMatch[] = [];
    let lastEnd = -1;
    for (const c of cores) {
      if (c.start < lastEnd) continue;
      const m = extend(text, c);
      if (!m) continue;
      out.push(m);
      lastEnd = m.end;
    }
    return out;
  };

  function extend(text: string, c: Core): NumberMatch | null {
    let { start, end, value } = c;
    let unit: string | null = null;
    let kind: NumberMatch['kind'] = c.ordinal ? 'ordinal' : 'cardinal';
    if (!c.ordinal) {
      const before = text.slice(Math.max(0, start - 4), start);
      const cur = currencyBeforeRe.exec(before);
      if (cur) {
        unit = CURRENCY_SYMBOLS[cur[1]!]!;
        start -= cur[0].length;
        kind = 'money';
      }
      let sc = scaleAfterRe.exec(text.slice(end, end + 20));
      if (sc && c.written === 'digits') {
        value *= lex.scales[foldApostrophe(sc[1]!)]!;
        end += sc[0].length;
      } else if (unit || c.written === 'digits') {
        // "€3.5bn", "$2m", "3,5 Md€": abbreviations only count as scales with money around.
        const ms = moneyScaleAfterRe.exec(text.slice(end, end + 8));
        if (ms) {
          const tail = text.slice(end + ms[0].length, end + ms[0].length + 12);
          if (unit || currencyAfterRe.test(tail)) {
            value *= lex.moneyScales[ms[1]!]!;
            end += ms[0].length;
          }
        }
      }
      const rest = text.slice(end, end + 30);
      const pc = percentAfterRe.exec(rest);
      const cw = currencyAfterRe.exec(rest);
      const qu = quantityAfterRe.exec(rest);
      if (!unit && pc) {
        unit = 'percent';
        kind = 'percent';
        end += pc[0].length;
      } else if (cw) {
        unit = cw[1] ? lex.currencyWords[foldApostrophe(cw[1])] ?? null : CURRENCY_SYMBOLS[cw[2]!] ?? null;
        if (!unit) unit = CURRENCY_SYMBOLS[cw[2] ?? ''] ?? null;
        kind = 'money';
        end += cw[0].length;
      } else if (!unit && qu) {
        unit = lex.quantityUnits[foldApostrophe(qu[1]!)]!;
        kind = 'quantity';
        end += qu[0].length;
      }
      sc = null;
    }
    if (c.written === 'digits' && !unit && !c.ordinal) {
      // A bare year is a date, not a quantity ("in 2023", "the 2027 election"); "2,000" keeps its comma.
      if (c.plainInteger && value >= 1900 && value <= 2099 && text.slice(c.start, c.end).length === 4) return null;
      // "15 May", "May 15", "Tuesday 15": a day of the month.
      if (value >= 1 && value <= 31 && Number.isInteger(value)) {
        if (calendarAfterRe.test(text.slice(end, end + 30)) || calendarBeforeRe.test(text.slice(Math.max(0, start - 20), start))) {
          return null;
        }
      }
    }
    let qualifier = c.qualifier;
    const q = qualifierBeforeRe.exec(text.slice(Math.max(0, start - 30), start));
    if (q) qualifier = qualifierMap.get(foldApostrophe(q[1]!)) ?? qualifier;
    const match: NumberMatch = {
      start,
      end,
      text: text.slice(start, end),
      value: Math.round(value * 1e6) / 1e6,
      unit,
      kind,
      qualifier,
      written: c.written,
    };
    if (c.vague) match.approximate = true;
    return match;
  }
}
