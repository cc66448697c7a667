// Reads the noun phrase a figure counts: "341 individuals injured", "points de deal", never the next figure's words.

import type { MeasureLexicon } from './measure-lexicon.js';

const TOKEN = /[\p{L}\p{N}%€$£'’-]+|[^\s\p{L}\p{N}]/gu;
// "d'armes", "l'ensemble": the elided article is its own word.
const ELIDED = /^(\p{L})['’](?=\p{L})/u;
const WORDLIKE = /^\p{L}/u;
const ELIDED_GAP = /(?<![\p{L}])(\p{L})' /gu;
/** Words in a measure at most: a label, not a paraphrase of the sentence. */
const MAX_WORDS = 7;
/** Content words a phrase may open with before its head closes: "reported cases", "drug offenders". */
const MAX_PLAIN = 2;

const norm = (t: string): string => t.toLowerCase().replace(/’/g, "'");

function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const e = ELIDED.exec(m[0]);
    if (e) out.push(`${e[1]}'`, m[0].slice(2));
    else out.push(m[0]);
  }
  return out;
}

/**
 * The counted noun phrase in `text` (what follows a figure, cut before dates and other figures): a head of
 * one or two words, then an "of"/"de" complement, a participle with one complement, or a short relative
 * clause. `head` starts the phrase when the figure has no noun ("341 were injured" after "110 people killed").
 * Returns null when no noun follows (and no head was given).
 */
export function measurePhrase(lex: MeasureLexicon, text: string, head: string | null = null): string | null {
  const toks = tokens(text);
  const isWord = (j: number): boolean => j < toks.length && WORDLIKE.test(toks[j]!);
  const w = (j: number): string => norm(toks[j] ?? '');
  const participle = (j: number): boolean => isWord(j) && (lex.participles.includes(w(j)) || lex.participleEnding.test(w(j)));
  /** Up to `max` content words from j, determiners kept inside; empty when none. */
  const run = (j: number, max: number, allowAux = false): { words: string[]; next: number } => {
    const words: string[] = [];
    let k = j;
    let content = 0;
    while (isWord(k) && content < max) {
      const x = w(k);
      if (lex.determiners.includes(x)) {
        words.push(toks[k]!);
      } else if (allowAux && lex.auxiliaries.includes(x)) {
        words.push(toks[k]!);
      } else if (lex.stops.includes(x) || lex.relatives.includes(x) || lex.linkers.includes(x) || lex.auxiliaries.includes(x)) {
        // ("tonnes de cocaïne ont été saisies": the verb is not part of the complement.)
        break;
      } else {
        words.push(toks[k]!);
        content++;
      }
      k++;
    }
    while (words.length && lex.determiners.includes(norm(words[words.length - 1]!))) words.pop();
    return { words: content ? words : [], next: k };
  };

  const out: string[] = head ? [head] : [];
  let plain = head ? MAX_PLAIN : 0;
  let linked = false;
  let i = 0;
  while (isWord(i) && lex.determiners.includes(w(i)) && !head) i++;
  while (isWord(i) && out.length < MAX_WORDS) {
    const x = w(i);
    if (lex.auxiliaries.includes(x)) {
      // "were killed", "ont été tués": the auxiliaries go, the participle stays.
      let j = i + 1;
      while (isWord(j) && lex.auxiliaries.includes(w(j))) j++;
      if (out.length && participle(j)) {
        i = j;
        continue;
      }
      break;
    }
    if (out.length && lex.relatives.includes(x)) {
      const r = run(i + 1, 2, true);
      if (r.words.length) out.push(toks[i]!, ...r.words);
      break;
    }
    if (out.length && lex.linkers.includes(x) && !linked) {
      const r = run(i + 1, 2);
      if (!r.words.length) break;
      out.push(toks[i]!, ...r.words);
      linked = true;
      i = r.next;
      // "tonnes de résine de cannabis": a one-word complement may take its own complement.
      const content = r.words.filter((t) => !lex.determiners.includes(norm(t))).length;
      if (content === 1 && isWord(i) && lex.linkers.includes(w(i))) {
        const r2 = run(i + 1, 1);
        if (r2.words.length) {
          out.push(toks[i]!, ...r2.words);
          i = r2.next;
        }
      }
      continue;
    }
    if (out.length && participle(i)) {
      out.push(toks[i]!);
      // One complement: "liés au narcotrafic", "arrested for drug trafficking".
      if (isWord(i + 1) && lex.complements.includes(w(i + 1))) {
        const r = run(i + 2, 2);
        if (r.words.length) out.push(toks[i + 1]!, ...r.words);
      }
      break;
    }
    if (lex.stops.includes(x) || lex.relatives.includes(x) || lex.linkers.includes(x)) break;
    if (plain >= MAX_PLAIN || linked) break;
    out.push(toks[i]!);
    plain++;
    i++;
  }
  if (!head && out.length && lex.genericHeads.includes(norm(out[0]!))) {
    const predicate = predicateAfterGenericHead(toks.indexOf(out[0]!) + 1);
    if (predicate.length) out.splice(1, out.length, ...predicate);
  }
  // A label never ends on a function word: "saisies par les" → "saisies".
  const kept = out.slice(0, MAX_WORDS);
  const dangling = (t: string) => [...lex.determiners, ...lex.linkers, ...lex.complements, ...lex.stops, ...lex.relatives, ...lex.auxiliaries].includes(norm(t));
  while (kept.length > 1 && dangling(kept[kept.length - 1]!)) kept.pop();
  const phrase = kept.join(' ').replace(ELIDED_GAP, "$1'");
  return phrase || null;

  /** "… in France used the substance at least once" → ["used", "the", "substance"]; [] when no verb follows. */
  function predicateAfterGenericHead(from: number): string[] {
    let j = from;
    if (isWord(j) && lex.placePrepositions.includes(w(j)) && /^\p{Lu}/u.test(toks[j + 1] ?? '')) {
      j += 2;
      while (/^\p{Lu}/u.test(toks[j] ?? '') && isWord(j)) j++;
    }
    if (!isWord(j) || lex.stops.includes(w(j)) || lex.auxiliaries.includes(w(j)) || lex.determiners.includes(w(j))) return [];
    const verb = toks[j]!;
    const object = run(j + 1, 2);
    return [verb, ...object.words];
  }
}
