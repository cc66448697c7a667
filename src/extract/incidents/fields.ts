// Reads an incident's fields from its clause: victims and casualty counts, place as written, date, weapons, drugs.

import type { DrugQuantity, EntityMention, PlaceMention } from '../../core/types.js';
import type { AgeMatch, DateMatch } from '../common/types.js';
import { LAST_NIGHT } from '../common/dates.js';
import type { IncidentLexicon, PersonNoun } from './lexicon-types.js';
import { escapeRegExp } from '../../clean/text/fold.js';
import { CLOCK_BEFORE } from '../claims/place.js';
import { hospitalBefore, siteAfter, tellingDate } from './context.js';
import { findPhrases, hasPhrase } from './phrase-pattern.js';
import type { Clause, StoryScan, TriggerHit, VagueCasualties, VictimPhrase } from './types.js';

const DIGITS = /^\d{1,4}$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const TOKEN = /[\p{L}\p{N}'’-]+|[,;:()]/gu;
const CAP_SEQ =
  /\p{Lu}[\p{L}'’-]*(?:[ \u00a0-](?:(?:de|du|des|la|le|les|sur|en|d'|d’|l'|l’|of|upon)[ \u00a0-]?)?\p{Lu}[\p{L}'’-]*)*/gu;
// "Marseille's 14th arrondissement": the possessive the name lost (CAP_SEQ strips it) still leads to the number.
const ARRONDISSEMENT = /^(?:['’]s)?\s*[(,]?\s*(?:dans le |in the )?(\d{1,2})\s*(?:e|er|ème|eme|th|st|nd|rd)\s+arrondissement\)?/iu;
const STANDALONE_ARR = /(?<![\p{L}\p{N}])(\d{1,2})\s*(?:e|er|ème|eme|th|st|nd|rd)\s+arrondissement/giu;
// (With a preposition too: "in Lunel, in the south of France", "à Lunel, dans le sud de la France".)
const APPOSITIVE_BEFORE = /,\s*(?:(?:in|dans|en|au)\s+)?(?:a|an|the|une?|la|le)\s+(?:\p{L}+\s+)?$/iu;
const MASS_FALLBACK = /(\d+(?:[.,]\d+)?)\s*(tonnes?|tons?|kilos?|kg|kilogrammes?|kilograms?|grammes?|grams?|g)(?![\p{L}])/giu;
const MASS_UNITS: Record<string, string> = {
  tonne: 'tonne', tonnes: 'tonne', ton: 'tonne', tons: 'tonne', kg: 'kg', kilo: 'kg', kilos: 'kg', kilogramme: 'kg',
  kilogrammes: 'kg', kilogram: 'kg', kilograms: 'kg', g: 'g', gramme: 'g', grammes: 'g', gram: 'g', grams: 'g',
};
// Passive auxiliaries: "was shot" / "a été abattu" tell the trigger's victim is its subject, not its object.
const PASSIVE_TAIL = /(?:\b(?:was|were|been|being|be|is|are|get|got|gets)|été|est|sont|soit)\s+(?:\p{L}+ly\s+|\p{L}+ment\s+)?$/iu;
// "were killed and three others injured": a conjunction ends the trigger's object slot.
const OBJECT_GAP_BREAK = /[,;]|\b(?:and|or|et|ou|while|by|par)\b/iu;
// "avoir blessé par balles un gendarme", "wounded by gunfire a man": the weapon between the verb and its object is no
// agent ("blessé par un homme" is).
const INSTRUMENT = /\b(?:par\s+(?:balles?|arme\s+à\s+feu|armes\s+à\s+feu)|by\s+(?:gunfire|bullets?))\b/giu;
const AGE_RANGE_AFTER = /^\s*(?:ans\s*)?(?:à|to|-|–)\s*\d/iu;
// A comma after a noun, maybe after one word that qualifies it ("la victime décédée, …").
const APPOSITION_GAP = /^\s*(?:[\p{L}'’-]+\s*)?,\s*$/u;
const COORDINATION = /^\s*,?\s*(?:et|and)\s*$/iu;
const AGENT_TAIL = /(?:\bby|\bpar)\s+$/iu;
// "Deux hommes ont criblé de balles une voiture", "gunmen have riddled a car with bullets": an active past ("avoir",
// "have") told of a thing names the shooters as its subject, not victims.
const ACTIVE_TAIL = /(?<![\p{L}])(?:a|ont|avait|avaient|aurait|auraient|has|have|had)\s+(?:\p{L}+ly\s+|\p{L}+ment\s+)?$/iu;
/** Characters after an active trigger its thing object may start within: the determiner and an adjective. */
const THING_OBJECT_REACH = 24;
// A passive with a singular subject ("was shot") makes one victim; a plural one ("were wounded") an uncounted group.
// ("est décédé", "sont morts": French tells these deaths with "être", singular or plural.)
const SINGULAR_PASSIVE_TAIL = /\b(?:was|has been|had been|is)\s+\S*\s*$|a été\s+$|été\s+$|(?<![\p{L}])(?:est|était)\s+$/iu;
const PLURAL_PASSIVE_TAIL = /\b(?:were|have been|had been|are)\s+$|ont été\s+$|(?<![\p{L}])(?:sont|étaient)\s+$/iu;
const WORDS = /[\p{L}\p{N}'’-]+/gu;
/** Only an adverb (or nothing) before a participle that opens its clause: "Grièvement blessées, …", "Badly hurt, …". */
const FRONTED_BEFORE = /^[\s"«“]*(?:\p{L}+(?:ment|ly)\s+)?$/u;
/** The participle's own complement up to the comma that sets it off ("touché à la tête, "), no verb between. */
const FRONTED_AFTER = /^[^,.;:!?]{0,40},\s*/u;
/** A member of a group as the subject, right before its verb: "one of whom", "l'un d'eux", "dont l'un". */
const PARTITIVE_TAIL = /(?:one of (?:whom|them)|(?:dont )?l['’]une? d['’](?:eux|elles)|dont l['’]une?|dont une?)\s+(?:\p{L}+\s+){0,2}$/iu;
/** Between a group and one of its members: a colon, or "dont", "parmi lesquels", "one of whom", "including". */
const MEMBER_GAP = /:|(?<![\p{L}])(?:dont|parmi (?:eux|elles|lesquels|lesquelles)|one of (?:whom|them)|including)(?![\p{L}])/iu;
const ADVERB = /^\p{L}{3,}(?:ly|ment)$/u;

const personIndex = new WeakMap<IncidentLexicon, Map<string, PersonNoun>>();

function personMap(lex: IncidentLexicon): Map<string, PersonNoun> {
  let m = personIndex.get(lex);
  if (!m) {
    m = new Map();
    for (const p of lex.persons) for (const w of p.words) m.set(w.toLowerCase(), p);
    personIndex.set(lex, m);
  }
  return m;
}

const personWordsIndex = new WeakMap<IncidentLexicon, string[]>();

/** One array per lexicon, so the phrase regex cache finds it by identity. */
function personWords(lex: IncidentLexicon): string[] {
  let w = personWordsIndex.get(lex);
  if (!w) personWordsIndex.set(lex, (w = lex.persons.flatMap((p) => p.words)));
  return w;
}

/**
 * The dates of sentence `index`, cut from the kit's dates of the whole story: the kit memoises that call, so
 * claims and incidents share one chrono pass. Dates anchored on an earlier date ("the following day") are
 * left out: incidents shift days against the previous event instead (refine.ts).
 */
export function sentenceDates(scan: StoryScan, index: number): DateMatch[] {
  let d = scan.dateCache.get(index);
  if (!d) {
    const s = scan.sentences[index]!;
    let all: DateMatch[] = [];
    try {
      all = scan.kit.dates(scan.text, scan.published);
    } catch {
      all = [];
    }
    d = all.filter((x) => x.start >= s.start && x.end <= s.end && !x.flags.includes('anchored'));
    // "Le 3 mars, dans la nuit": a night named with no day is the night before the report only when nothing else in
    // the sentence dates the act ("… overnight, officials said on Tuesday" still is: that day dates the telling).
    const named = d.some((x) => !x.flags.includes(LAST_NIGHT) && !tellingDate(scan, x));
    if (named) d = d.filter((x) => !x.flags.includes(LAST_NIGHT));
    scan.dateCache.set(index, d);
  }
  return d;
}

function agesIn(scan: StoryScan, from: number, to: number): AgeMatch[] {
  try {
    return scan.kit.ages(scan.text.slice(from, to)).map((a) => ({ ...a, start: a.start + from, end: a.end + from }));
  } catch {
    return [];
  }
}

/** The count stated just before a person noun ("two officers", "trois autres"), or null. */
/** A month name right after a number ("12 juin", "3 March"), or right before it ("June 12"): the number is a day. */
const MONTH_AROUND = /^\s*(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|avr|juil|sept|oct|nov|déc|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep)\.?(?![\p{L}])/iu;
const MONTH_BEFORE = /(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s*$/iu;

const YEAR_TOKEN = /^(?:1[89]|20)\d\d$/u;

/** The word before `at` is a determiner or a vague count ("les autres", "d'autres", "plusieurs autres"). */
function determinedBy(scan: StoryScan, from: number, at: number): boolean {
  const w = wordBefore(scan.text.slice(from, at), at - from, true)?.toLowerCase().replace(/’/g, "'");
  return w !== undefined && [...scan.lex.definites, ...scan.lex.singularArticles, ...scan.lex.vagueCounts, 'des', "d'"].some((d) => d.toLowerCase() === w);
}

/** An age's unit right after a number: "67 ans", "42 years", "15-year-old". */
const AGE_UNIT_AFTER = /^(?:\s+(?:ans?|years?)\b|-year)/iu;

function countBefore(scan: StoryScan, from: number, at: number): { count: number | null; start: number } {
  const before = scan.text.slice(Math.max(from, at - 48), at);
  const tokens = [...before.matchAll(TOKEN)];
  const base = at - before.length;
  for (let i = tokens.length - 1, seen = 0; i >= 0 && seen < 5; i--, seen++) {
    const t = tokens[i]![0];
    if (/^[,;:()]$/.test(t)) break;
    if (scan.lex.countBarriers?.includes(t.toLowerCase())) break;
    // "L'un des jeunes hommes": an elided count word ("l'un", "l'une") still counts.
    // ("qu'un jeune homme", "lorsqu'une femme": the elided conjunction drops too.)
    const lower = t.toLowerCase().replace(/^(?:\p{L}|qu|lorsqu|puisqu|jusqu|quoiqu)['’]/u, '');
    if (DIGITS.test(t)) {
      const at0 = base + tokens[i]!.index!;
      // "mardi 12 juin qu'un jeune homme …", "on June 12 a man …": a day of the month is no count.
      if (MONTH_AROUND.test(before.slice(tokens[i]!.index! + t.length, tokens[i]!.index! + t.length + 12)) || MONTH_BEFORE.test(before.slice(0, tokens[i]!.index!))) return { count: null, start: at };
      // "20.000 habitants", "1 500 personnes": the digits after a thousands separator are the tail of a large number,
      // no count of victims (read alone, "000" made a toll of 0).
      if (t.length === 3 && /\d[.,\s\u00a0\u202f]$/u.test(scan.text.slice(Math.max(0, at0 - 2), at0))) return { count: null, start: at };
      // "a woman born in 1995 and her companion", "né en 1981, le gendarme": a year is no count.
      if (YEAR_TOKEN.test(t)) return { count: null, start: at };
      // "une mère de 67 ans et son fils": someone's age is no count of the people after it.
      if (AGE_UNIT_AFTER.test(before.slice(tokens[i]!.index! + t.length, tokens[i]!.index! + t.length + 10))) return { count: null, start: at };
      return { count: Number(t), start: at0 };
    }
    const w = scan.lex.countWords[lower];
    if (w !== undefined) return { count: w, start: base + tokens[i]!.index! };
  }
  return { count: null, start: at };
}

/**
 * An article stands in text[from, to): "The driver, a 22-year-old man": the age after it opens another noun phrase
 * (the driver's apposition), so it is that phrase's, not the noun's before the article.
 */
function articleIn(scan: StoryScan, from: number, to: number): boolean {
  const words = scan.text.slice(from, to).toLowerCase().match(/\p{L}+/gu);
  return words !== null && words.some((w) => scan.lex.singularArticles.some((a) => a.toLowerCase() === w));
}

/** Person noun phrases (and bare ages: "a 14-year-old") in text[from, to). */
export function victimPhrases(scan: StoryScan, from: number, to: number): Omit<VictimPhrase, 'outcome'>[] {
  const key = `${from}:${to}`;
  const cache = (scan.victimCache ??= new Map());
  let hit = cache.get(key);
  if (!hit) {
    hit = readVictimPhrases(scan, from, to);
    cache.set(key, hit);
  }
  return hit;
}

function readVictimPhrases(scan: StoryScan, from: number, to: number): Omit<VictimPhrase, 'outcome'>[] {
  const map = personMap(scan.lex);
  const ages = agesIn(scan, from, to);
  const used = new Set<AgeMatch>();
  const out: Omit<VictimPhrase, 'outcome'>[] = [];
  for (const hit of findPhrases(scan.text, personWords(scan.lex), from, to)) {
    const noun = map.get(hit.text.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'"));
    if (!noun) continue;
    // "a 4-year-old child was the victim of stray bullets", "l'homme est la victime": a noun after a copula and an
    // article is said of the person just named, not another one.
    const prev = out[out.length - 1];
    if (prev && predicate(scan, prev.end, hit.start)) continue;
    const { count, start } = countBefore(scan, from, hit.start);
    if (noun.determined && count === null && !determinedBy(scan, from, hit.start)) continue;
    // "a 22-year-old man" (age before), "un homme de 23 ans" (age after).
    const c = count ?? (noun.plural ? null : 1);
    // "deux hommes âgés de 25 et 26 ans", "two men aged 21 and 23": a counted group with its ages listed after it
    // (read first: the kit may take the list's first number for one age of its own).
    // ("the victims were aged 24 and 25": an uncounted group counts the ages it lists.)
    // ("deux surveillants, Fabrice M., 52 ans, et Arnaud G., 34 ans": the group's members named, each with an age.)
    const list = (c !== null && c > 1) || (c === null && noun.plural) ? ageList(scan, hit.end, to, ages, new Set(used)) ?? namedAgeList(scan, hit.end, to) : null;
    const listed = list && (list.ages.length === c || (c === null && list.ages.length > 1)) ? list : null;
    // "cinq adolescents âgés de 15 et 16 ans": fewer ages than people are the ages found among them, each someone's,
    // no one in particular's (as a range's bounds are).
    const among = list && !listed && list.ages.length >= 2 && list.ages.length < c! ? list : null;
    for (const l of [listed, among]) if (l) for (const a of ages) if (a.start >= hit.end && a.end <= l.end) used.add(a);
    // "un homme âgé de 32 ans", "l'un des jeunes hommes, âgé de 28 ans": the age lead ties a farther age to the noun.
    let age = listed || among
      ? undefined
      : ages.find((a) => !used.has(a) && ((a.end <= hit.start && hit.start - a.end <= 3) || (a.start >= hit.end && ((a.start - hit.end <= 5 && !articleIn(scan, hit.end, a.start)) || AGE_LIST_LEAD.test(scan.text.slice(hit.end, a.start))))));
    if (age) used.add(age);
    // "trois hommes âgés de 24 à 34 ans", "men aged 24 to 29": a group's age range gives the youngest's and the
    // oldest's ages, no one else's.
    let range: { ages: number[]; end: number } | null = among ? { ages: [...new Set(among.ages)], end: among.end } : null;
    if (age && (c === null ? noun.plural : c > 1) && AGE_RANGE_AFTER.test(scan.text.slice(age.end, age.end + 12))) {
      const end = age.end + 12;
      const upper = ages.find((a) => a.start >= age!.end && a.start < end && a.age > age!.age);
      for (const a of ages) if (a.start >= age.end && a.start < end) used.add(a);
      if (upper) range = { ages: [age.age, upper.age], end: upper.end };
      age = undefined;
    }
    const ageValue = age ? age.age : listed ? listed.ages[0]! : null;
    out.push({
      start: Math.min(start, age && age.start < hit.start ? age.start : start),
      end: listed ? listed.end : range ? range.end : age && age.end > hit.end ? age.end : hit.end,
      // (An uncounted group with an age range has at least its youngest and its oldest; one with a list, its ages.)
      count: c !== null ? c : listed ? listed.ages.length : range ? 2 : null,
      age: ageValue,
      ...(listed ? { ages: listed.ages } : range ? { ages: range.ages } : {}),
      ...(age?.approximate ? { approximate: true as const } : {}),
      role: noun.role ?? (ageValue !== null && ageValue < 18 ? 'minor' : null),
      minor: ageValue !== null ? ageValue < 18 : noun.minor ? true : null,
    });
  }
  for (const a of ages) {
    if (used.has(a)) continue;
    // "sept morts âgés de 21 à 39 ans": the bounds of a range are nobody's age.
    if (AGE_RANGE_AFTER.test(scan.text.slice(a.end, a.end + 12))) {
      for (const b of ages) if (b.start >= a.end && b.start < a.end + 12) used.add(b);
      continue;
    }
    // "killed two 15-year-olds and a 24-year-old": a plural age noun counted right before it is that many people.
    const n = PLURAL_AGE_NOUN.test(scan.text.slice(a.start, a.end)) ? countRightBefore(scan, a.start) : null;
    // ("killing Fabrice Mourad, 52, and Arnaud Gilles, 34": a name in apposition to its age is the person's phrase.)
    const named = n === null ? NAME_BEFORE_AGE.exec(scan.text.slice(Math.max(from, a.start - 48), a.start)) : null;
    const start = n !== null ? a.start - n.length : named ? a.start - named[0].length : a.start;
    const count = n?.count ?? 1;
    out.push({ start, end: a.end, count, age: a.age, ...(count > 1 ? { ages: new Array<number>(count).fill(a.age) } : {}), ...(a.approximate ? { approximate: true as const } : {}), role: a.age < 18 ? 'minor' : null, minor: a.age < 18 });
  }
  out.sort((x, y) => x.start - y.start);
  // "The driver, a 52-year-old grandfather, …", "le conducteur, un homme de 22 ans, …": a role set off by a comma right
  // before an aged person phrase is that person: one phrase, with the role and the age (ageByRole reads roles).
  for (let i = 0; i + 1 < out.length; i++) {
    const p = out[i]!;
    const q = out[i + 1]!;
    if (p.role === null || p.age !== null || p.count !== 1 || q.age === null || q.count !== 1 || q.role !== null || q.approximate) continue;
    const gap = /^\s*,\s*(?:(\p{L}+)\s+)?$/u.exec(scan.text.slice(p.end, q.start));
    if (gap && (!gap[1] || articleIn(scan, p.end, q.start))) out.splice(i, 2, { ...p, end: q.end, age: q.age, minor: q.minor });
  }
  return out;
}

/**
 * "Les deux agents tués étaient âgés de 21 et 34 ans", "the two men killed were aged 19 and 23": the phrase runs over a
 * participle trigger right after its noun into the ages told after it; it is still the trigger's subject.
 */
const COPULA_AGE = /^\s*,?\s*(?:étaient|sont|était|est|were|are|was|is)\s+(?:âgée?s?|agée?s?|aged)(?![\p{L}])/iu;
function agesPast(scan: StoryScan, p: { start: number; end: number }, t: { start: number; end: number }): boolean {
  return p.start < t.start && p.end > t.end && /^[\p{L}\p{N}\s'’-]+$/u.test(scan.text.slice(p.start, t.start)) && COPULA_AGE.test(scan.text.slice(t.end, p.end));
}

const PLURAL_AGE_NOUN = /olds$/iu;
/** A capitalised name of two to four words, then a comma, right before an age ("Fabrice Mourad, 52"). */
const NAME_BEFORE_AGE = /(?<![\p{L}'’.-])\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*\.?){1,3}\s*,\s*$/u;

/** The phrase names suspects ("sept suspects", "deux hommes interpellés", "the gunmen"), by its noun or the word after it. */
function perpetrator(scan: StoryScan, p: { start: number; end: number }): boolean {
  const nouns = scan.lex.perpetratorNouns ?? [];
  if (!nouns.length) return false;
  const last = /([\p{L}'’-]+)\s*$/u.exec(scan.text.slice(p.start, p.end))?.[1]?.toLowerCase();
  if (last !== undefined && nouns.includes(last)) return true;
  const next = /^\s+([\p{L}'’-]+)/u.exec(scan.text.slice(p.end, p.end + 30))?.[1]?.toLowerCase();
  return next !== undefined && nouns.includes(next);
}

/** A count (digits or a count word) right before `at`, with the length it takes ("two "), or null. */
function countRightBefore(scan: StoryScan, at: number): { count: number; length: number } | null {
  const m = /(?<![\p{L}\p{N}])([\p{L}]+|\d{1,2})\s+$/u.exec(scan.text.slice(Math.max(0, at - 16), at));
  if (!m) return null;
  const w = m[1]!.toLowerCase();
  const count = /^\d+$/u.test(w) ? Number(w) : scan.lex.countWords[w];
  return count !== undefined && count >= 2 ? { count, length: m[0].length } : null;
}

const indefiniteIndex = new WeakMap<IncidentLexicon, Set<string>>();

/** The phrase opens on an indefinite article ("un homme", "a woman"). */
function indefinite(scan: StoryScan, p: { start: number }): boolean {
  let articles = indefiniteIndex.get(scan.lex);
  if (!articles) {
    const definites = new Set(scan.lex.definites.map((d) => d.toLowerCase()));
    indefiniteIndex.set(scan.lex, (articles = new Set(scan.lex.singularArticles.map((a) => a.toLowerCase()).filter((a) => !definites.has(a)))));
  }
  const first = /^([\p{L}'’]+)/u.exec(scan.text.slice(p.start, p.start + 12))?.[1]?.toLowerCase();
  return first !== undefined && articles.has(first);
}

/** A comma alone before a phrase opening on an indefinite article ("Le conducteur, un jeune homme de 22 ans"): an apposition. */
function apposition(scan: StoryScan, gap: string, next: { start: number }): boolean {
  if (!/^\s*,\s*$/u.test(gap)) return false;
  const first = /^([\p{L}'’]+)/u.exec(scan.text.slice(next.start, next.start + 12))?.[1]?.toLowerCase();
  return first !== undefined && (scan.lex.singularArticles.some((a) => a.toLowerCase() === first) || /^\d/u.test(scan.text.slice(next.start, next.start + 2)));
}

/** Only a copula, maybe with an article, between two nouns ("was the", "est la", "a été"). */
function predicate(scan: StoryScan, from: number, to: number): boolean {
  if (to < from) return false;
  const words = (scan.text.slice(from, to).match(WORDS) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"));
  if (words.length < 1 || words.length > 3) return false;
  const aux = auxWords(scan.lex);
  const dets = new Set(scan.lex.definites.map((d) => d.toLowerCase().replace(/’/g, "'")));
  // ("a été victime": French may drop the article.)
  const head = dets.has(words[words.length - 1]!) ? words.slice(0, -1) : words;
  return head.length > 0 && head.every((w) => aux.has(w)) && !/[,;:.()]/u.test(scan.text.slice(from, to));
}

// "âgés de", "aged", "de", "of" right after the noun; the first two also after a copula, maybe behind one word of the
// noun's ("les deux personnes décédées étaient âgées de 24 et 25 ans", "the victims were aged 24 and 25") or behind a
// short relative ("the two officers who died were aged 52 and 34", "les deux agents qui sont morts étaient âgés de …").
const AGE_LEAD = String.raw`(?:(?:(?:who|that|qui)\s+(?:\p{L}+\s+){1,2}|\p{L}+\s+)?(?:étaient|sont|était|est|were|are|was|is)\s+)?(?:(?:âgée?s?|agée?s?)\s+(?:de\s+|d['’])|aged\s+(?:(?:just|only|barely)\s+)?)|(?:de|of)\s+`;
const AGE_LIST_LEAD = new RegExp(String.raw`^\s*,?\s*(?:${AGE_LEAD})$`, 'iu');
const AGE_LIST_BARE_LEAD = new RegExp(String.raw`^\s*,?\s*(?:${AGE_LEAD})((?:\d{1,2}\s*(?:,|et|and|&)\s*)+)$`, 'iu');
const AGE_LIST_SEP = /^\s*(?:,|et|and|&)\s*$/iu;
const AGES_AFTER_SUBJECT = new RegExp(String.raw`^\s*(?:${AGE_LEAD})(\d{1,2})((?:\s*(?:,|et|and|&)\s*\d{1,2})*)(?![\p{N}])`, 'iu');

/**
 * "(Ils) étaient âgés de 24 et 25 ans", "(They) were aged 19 and 22": the ages listed right after a subject, in
 * order, or null.
 */
export function agesAfterSubject(text: string): number[] | null {
  const m = AGES_AFTER_SUBJECT.exec(text);
  if (!m) return null;
  return [Number(m[1]), ...(m[2]!.match(/\d{1,2}/gu) ?? []).map(Number)];
}
const AGE_LIST_TAIL = /^\s*(?:et|and|&)\s*(\d{1,2})(?![\p{N}])(?:\s*(?:ans|years?(?:\s+old)?))?/iu;

/** The ages listed right after a group's noun ("âgés de 25 et 26 ans", "aged 21 and 23"), in order, or null. */
function ageList(scan: StoryScan, at: number, to: number, ages: AgeMatch[], used: Set<AgeMatch>): { ages: number[]; end: number } | null {
  const after = ages.filter((a) => !used.has(a) && a.start >= at && a.start - at <= 40).sort((a, b) => a.start - b.start);
  if (!after.length) return null;
  const lead = scan.text.slice(at, after[0]!.start);
  // "deux hommes de 20 et 26 ans": the first ages of the list come without their unit, before the one that has it.
  const bare = AGE_LIST_BARE_LEAD.exec(lead);
  if (!bare && !AGE_LIST_LEAD.test(lead)) return null;
  const out: number[] = bare ? [...bare[1]!.matchAll(/\d{1,2}/gu)].map((m) => Number(m[0])) : [];
  out.push(after[0]!.age);
  let end = after[0]!.end;
  for (const a of after.slice(1)) {
    if (!AGE_LIST_SEP.test(scan.text.slice(end, a.start))) break;
    out.push(a.age);
    end = a.end;
  }
  // "aged 21 and 23": the last age of a list may come without its unit, and the kit does not read it as an age.
  const tail = AGE_LIST_TAIL.exec(scan.text.slice(end, Math.min(to, end + 20)));
  if (tail) {
    out.push(Number(tail[1]));
    end += tail[0].length;
  }
  for (const a of after) if (a.end <= end) used.add(a);
  return { ages: out, end };
}

/** One member of a named list: ", Fabrice Moello, 52 ans", ", et Arnaud Garcia, 34", ", and John Smith, 34". */
const NAMED_AGE = /^\s*,?\s*(?:(?:et|and)\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|du|van|von|el|al|ben|d['’]\p{Lu}[\p{L}'’-]*)){0,4}\s*,\s*(?:âgée?s?\s+de\s+|aged\s+)?(\d{1,2})(?![\p{N}])(?:\s*(?:ans|years?(?:\s+old)?))?/u;

/**
 * The members of a group named after it, each with an age: "deux surveillants, Fabrice Moello, 52 ans, et Arnaud
 * Garcia, 34 ans", "two officers, John Smith, 52, and Paul Jones, 34". Two members at least, the last one joined by
 * "et"/"and"; their ages in order, or null.
 */
function namedAgeList(scan: StoryScan, at: number, to: number): { ages: number[]; end: number } | null {
  const out: number[] = [];
  let end = at;
  let joined = false;
  for (let m = NAMED_AGE.exec(scan.text.slice(end, to)); m; m = NAMED_AGE.exec(scan.text.slice(end, to))) {
    if (out.length === 0 && !/^\s*,/u.test(m[0])) return null;
    joined = /^\s*,?\s*(?:et|and)\s/iu.test(m[0]);
    out.push(Number(m[1]));
    end += m[0].length;
    if (joined) break;
  }
  return out.length >= 2 && joined ? { ages: out, end } : null;
}

export interface Casualties {
  victims: VictimPhrase[];
  killed: number | null;
  injured: number | null;
  /** Deaths or wounded reported without a count: the value stays null, but the text did speak of them. */
  vague: VagueCasualties;
}

const outcomeSpecs = new WeakMap<IncidentLexicon, { outcome: 'death' | 'injury'; phrases: string[] }[]>();

/** The lexicon's death and injury trigger lists (nominal ones excluded: "the murder of" takes no quantifier). */
export function outcomeLists(lex: IncidentLexicon): { outcome: 'death' | 'injury'; phrases: string[] }[] {
  let o = outcomeSpecs.get(lex);
  if (!o) {
    o = lex.triggers.flatMap((t) => (t.outcome && t.outcome !== 'victim' && !t.nominal ? [{ outcome: t.outcome, phrases: t.phrases }] : []));
    outcomeSpecs.set(lex, o);
  }
  return o;
}

/**
 * The outcome told right after a victims' phrase, with nothing but passive auxiliaries between ("cinq adolescents âgés
 * de 15 et 16 ans sont blessés", "four men were killed"), or null.
 */
export function outcomeAfter(scan: StoryScan, at: number, to: number): 'death' | 'injury' | null {
  const aux = auxWords(scan.lex);
  let best: { start: number; outcome: 'death' | 'injury' } | null = null;
  for (const { outcome, phrases } of outcomeLists(scan.lex)) {
    const h = findPhrases(scan.text, phrases, at, Math.min(to, at + OUTCOME_AFTER_REACH))[0];
    if (h && (best === null || h.start < best.start)) best = { start: h.start, outcome };
  }
  if (best === null) return null;
  const gap = scan.text.slice(at, best.start).toLowerCase().split(/\s+/u).filter(Boolean);
  return gap.every((w) => aux.has(w)) ? best.outcome : null;
}

/** Characters between a victims' phrase and its outcome: an auxiliary or two ("ont été", "have been"). */
const OUTCOME_AFTER_REACH = 24;

const auxIndex = new WeakMap<IncidentLexicon, Set<string>>();

/** The words of the lexicon's passive auxiliaries ("were", "have been", "ont été"), to peel them off a phrase. */
export function auxWords(lex: IncidentLexicon): Set<string> {
  let a = auxIndex.get(lex);
  if (!a) {
    a = new Set([...lex.singularPassive, ...lex.pluralPassive].flatMap((w) => w.toLowerCase().split(' ')));
    auxIndex.set(lex, a);
  }
  return a;
}

/**
 * Whether the words between a vague quantifier and an outcome word tie them: nothing ("several wounded",
 * "plusieurs autres blessés") or the victims' noun, maybe with one adjective and a passive ("many young men were
 * hurt", "de nombreux policiers ont été blessés"). Anything else ("several gunmen wounded …", "a few hours after the
 * man was shot") makes the quantifier about something other than the victims.
 */
function vagueLink(scan: StoryScan, from: number, to: number): boolean {
  const between = scan.text.slice(from, to);
  if (OBJECT_GAP_BREAK.test(between)) return false;
  const words = (between.match(WORDS) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"));
  const aux = auxWords(scan.lex);
  let n = words.length;
  // One manner adverb may sit before the outcome word: "were seriously injured", "ont été grièvement blessés".
  if (n && ADVERB.test(words[n - 1]!)) n--;
  while (n && aux.has(words[n - 1]!)) n--;
  if (n === 0) return true;
  const persons = personMap(scan.lex);
  // At most one adjective before a noun of up to three words ("young men", "surveillants pénitentiaires").
  for (let skip = 0; skip <= 1 && skip < n; skip++) {
    if (n - skip <= 3 && persons.has(words.slice(skip, n).join(' '))) return true;
  }
  return false;
}

/** "several guards were wounded", "de nombreux blessés": count-less casualties told in the clause. */
function vagueCasualties(scan: StoryScan, clause: Clause): VagueCasualties {
  const out: VagueCasualties = { killed: false, injured: false };
  const quantifiers = findPhrases(scan.text, scan.lex.vagueCounts, clause.start, clause.end);
  if (!quantifiers.length) return out;
  for (const { outcome, phrases } of outcomeLists(scan.lex)) {
    const field = outcome === 'death' ? 'killed' : 'injured';
    if (out[field]) continue;
    for (const h of findPhrases(scan.text, phrases, clause.start, clause.end)) {
      // A negation between ("several were not hurt") is silence, not a report.
      if (quantifiers.some((q) => q.end <= h.start && vagueLink(scan, q.end, h.start) && !hasPhrase(scan.text, scan.lex.negations, q.start, h.start))) {
        out[field] = true;
        break;
      }
    }
  }
  return out;
}

/** The complement naming a death's victim by name ("de Fayed, ", "of Fayed, "; the trigger may hold the "de"), up to the comma after it. */
const NAMED_HEAD = String.raw`^\s*(?:(?:de|d['’]|of)\s*)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}`;
const NAMED_COMPLEMENT = new RegExp(String.raw`${NAMED_HEAD}\s*,\s*$`, 'u');
const NAMED_HEAD_RE = new RegExp(NAMED_HEAD, 'u');
/** A complement with its victim's phrase right after it ("de l'enfant", "of a teenager"). */
const BARE_COMPLEMENT = /^\s*(?:de|d['’]|of)?\s*$/u;
/** Between the victim and the wound: a comma, a relative pronoun and auxiliary, an adverb ("…, qui avait été touché"). */
const APPOSED_WOUND = /^\s*,\s*(?:(?:qui|who|which)\s+)?(?:(?:a|avait|had|has|was|été|been|était)\s+)*(?:\p{L}+ment\s+|\p{L}+ly\s+)?$/u;

/**
 * The trigger tells how the victim of an earlier death named right before died: "la mort de Fayed, 10 ans, touché par une
 * balle perdue", "the death of the boy, who was hit by a stray bullet". The victim is the death's complement (a name
 * with its age, or a phrase), and only commas and a relative stand between it and the trigger.
 */
function ofPriorVictim(scan: StoryScan, phrases: Omit<VictimPhrase, 'outcome'>[], prior: TriggerHit[], t: TriggerHit): boolean {
  return prior.some((p) => {
    if (p.end > t.start) return false;
    const between = phrases.filter((v) => v.start >= p.end && v.end <= t.start);
    if (between.length > 1) return false;
    const v = between[0];
    if (!v) return NAMED_COMPLEMENT.test(scan.text.slice(p.end, t.start).replace(/,\s*$/u, ', '))
      || APPOSED_WOUND.test(scan.text.slice(p.end, t.start).replace(NAMED_HEAD_RE, ''));
    const gap = scan.text.slice(p.end, v.start);
    // (A name, then its bare age: "de Fayed, 10 ans"; or the phrase itself: "de l'enfant".)
    const bareAge = /^[\d\s]+(?:ans|years?(?:\s+old)?)?$/u.test(scan.text.slice(v.start, v.end).trim());
    if (!(BARE_COMPLEMENT.test(gap) || (bareAge && NAMED_COMPLEMENT.test(gap)))) return false;
    return APPOSED_WOUND.test(scan.text.slice(v.end, t.start));
  });
}

/**
 * Attaches each outcome trigger to the noun phrase it is about: its object when active ("murdered a taxi
 * driver"), else the nearest subject since the previous trigger ("two officers were killed and three others
 * injured"), else the victim already named in the clause ("a teenager was stabbed and burned alive").
 */
export function casualties(scan: StoryScan, clause: Clause, triggers: TriggerHit[], kidnap: boolean): Casualties {
  const phrases = victimPhrases(scan, clause.start, clause.end);
  const assigned = new Map<number, VictimPhrase>();
  let implicitDeath = 0;
  let implicitInjury = 0;
  let bareDeaths = 0;
  let bareInjuries = 0;
  let memberDeaths = 0;
  let tollDeaths = 0;
  const vague = vagueCasualties(scan, clause);
  let windowStart = clause.start;
  const outcomeOf = (t: TriggerHit): VictimPhrase['outcome'] | null => t.spec.outcome ?? (kidnap && t.spec.type === 'kidnapping_extortion' ? 'victim' : null);
  const all = [...triggers].sort((a, b) => a.start - b.start);
  // "shot dead hours after the death of a teenager": the earlier death is only a reference when the clause has a
  // casualty of its own; alone ("arrested after the killing of a man") it is still the only death told.
  const prior = all.filter((t) => outcomeOf(t) && refersToPriorEvent(scan, clause, t));
  const own = all.filter((t) => !prior.includes(t));
  // ("deux jours après la mort de Fayed, 10 ans, touché par une balle perdue", "after the death of Fayed, 10, hit by a
  // stray bullet": the wound told of the earlier death's victim, set off by commas, is how that victim died.)
  const ownCasualty = own.some((t) => (outcomeOf(t) === 'death' || outcomeOf(t) === 'injury') && !ofPriorVictim(scan, phrases, prior, t));
  const sorted = ownCasualty ? own : all;
  for (const t of sorted) {
    const outcome = outcomeOf(t);
    if (!outcome) continue;
    const before = scan.text.slice(Math.max(clause.start, t.start - 24), t.start);
    // "une fusillade qui a fait un mort", "three dead": a counted casualty noun is the toll itself (countedTolls), not
    // an outcome of the people named before it ("Les deux suspects d'une fusillade qui a fait un mort").
    if ((outcome === 'death' || outcome === 'injury') && countedNoun(scan, t, before)) {
      windowStart = Math.max(windowStart, t.end);
      continue;
    }
    const passive = PASSIVE_TAIL.test(before);
    // "Two men were shot …, one of whom died", "deux blessés, dont l'un est mort": one member of the wounded group.
    if (outcome === 'death' && PARTITIVE_TAIL.test(before)) {
      const g = [...assigned.entries()].filter(([, v]) => v.outcome === 'injury' && v.count !== null && v.count >= 2 && v.end <= t.start).pop();
      if (g) {
        assigned.set(g[0], { ...g[1], count: g[1].count! - 1 });
        memberDeaths++;
        windowStart = Math.max(windowStart, t.end);
        continue;
      }
      // "entraînant deux victimes, dont une décédée": one of the victims counted just before died, the others were hit.
      let k = -1;
      for (let i = phrases.length - 1; i >= 0 && k < 0; i--) {
        const p = phrases[i]!;
        // (Only a group told as victims: "with two other teenagers, one of whom died" says nothing of the other.)
        const noun = /([\p{L}]+)\s*$/u.exec(scan.text.slice(p.start, p.end))?.[1]?.toLowerCase() ?? '';
        if (!assigned.has(i) && p.count !== null && p.count >= 2 && p.end <= t.start && p.start >= clause.start && (scan.lex.woundWords ?? []).includes(noun) && MEMBER_GAP.test(scan.text.slice(p.end, t.start))) k = i;
      }
      if (k >= 0) {
        assigned.set(k, { ...phrases[k]!, outcome: 'injury', count: phrases[k]!.count! - 1 });
        memberDeaths++;
        windowStart = Math.max(windowStart, t.end);
        continue;
      }
      // "les secours ont pris en charge quatre blessés, dont un est décédé", "treated four wounded, one of whom died":
      // one of a toll of wounded died; the toll (countedTolls) keeps the others.
      if (woundedTollBefore(scan, clause, t.start)) {
        tollDeaths++;
        windowStart = Math.max(windowStart, t.end);
        continue;
      }
    }
    let target = -1;
    if (!passive) target = phrases.findIndex((p) => p.start >= t.end && p.start - t.end <= 14 && !OBJECT_GAP_BREAK.test(scan.text.slice(t.end, p.start).replace(INSTRUMENT, '')));
    // "… gravely wounded one teenager and left four more hurt": a count of its own, not the victim told before.
    const left = target < 0 && !passive && (outcome === 'death' || outcome === 'injury') ? bareCount(scan, before, LEFT_COUNT_TAIL) : null;
    if (left !== null) {
      if (outcome === 'death') bareDeaths += left;
      else bareInjuries += left;
      windowStart = Math.max(windowStart, t.end);
      continue;
    }
    // "Grièvement blessées, les quatre personnes ont été conduites…", "Shot in the leg, the man…": a participle that
    // opens the clause, set off by a comma, is said of the noun phrase right after the comma.
    // ("Grièvement blessée, elle a été transportée à l'hôpital": a singular pronoun after the comma is one person.)
    let frontedPronoun = false;
    if (target < 0 && !t.spec.nominal && FRONTED_BEFORE.test(scan.text.slice(clause.start, t.start))) {
      const after = FRONTED_AFTER.exec(scan.text.slice(t.end, clause.end));
      if (after) target = phrases.findIndex((p) => p.start >= t.end + after[0].length && p.start - t.end <= after[0].length + 12);
      const next = after ? /^\p{L}+/u.exec(scan.text.slice(t.end + after[0].length, clause.end))?.[0].toLowerCase() : undefined;
      if (target < 0 && next !== undefined && (scan.lex.singularSubjectPronouns ?? []).includes(next)) frontedPronoun = true;
    }
    // "the kidnapping of …", "the murder of …": a nominal trigger's victim follows it.
    if (target < 0 && t.spec.nominal) target = phrases.findIndex((p) => p.start >= t.end && p.start - t.end <= 30);
    if (target < 0 && !t.spec.nominal && !passive && ACTIVE_TAIL.test(before) && thingSubject(scan, t.end, Math.min(clause.end, t.end + THING_OBJECT_REACH))) {
      windowStart = Math.max(windowStart, t.end);
      continue;
    }
    if (target < 0 && !t.spec.nominal) {
      // (A trigger may open on its noun, "un corps a été découvert": the phrase ends with the trigger's first word.)
      const firstWordEnd = t.start + (/^[\p{L}\p{N}'’-]+/u.exec(scan.text.slice(t.start, t.end))?.[0].length ?? 0);
      for (let i = phrases.length - 1; i >= 0; i--) {
        const p = phrases[i]!;
        if ((p.end > t.start && !(p.start <= t.start && p.end === firstWordEnd) && !agesPast(scan, p, t)) || p.start < windowStart) continue;
        if (AGENT_TAIL.test(scan.text.slice(Math.max(clause.start, p.start - 6), p.start))) continue;
        // ("left one person dead and several injured": the person is the toll's dead, not the wounded told after.)
        if (outcome !== 'victim' && tollNounAfter(scan, p.end, clause.end) === (outcome === 'death' ? 'injury' : 'death')) continue;
        target = i;
        break;
      }
    }
    // "Deux hommes ont été tués et quatre ont été blessés", "three others were wounded": a count with no noun before
    // the passive is a group of its own, counted.
    const bare = target < 0 && passive && (outcome === 'death' || outcome === 'injury') ? bareCount(scan, before) : null;
    if (bare !== null) {
      if (outcome === 'death') bareDeaths += bare;
      else bareInjuries += bare;
      windowStart = Math.max(windowStart, t.end);
      continue;
    }
    if (target < 0 && (outcome === 'death' || outcome === 'injury')) {
      for (let i = phrases.length - 1; i >= 0; i--) if (assigned.has(i) && phrases[i]!.end <= t.start) { target = i; break; }
    }
    if (target < 0 && kidnap && outcome === 'victim') target = phrases.findIndex((p) => p.start >= t.end);
    // ("sept suspects interpellés, une rançon de 300.000 euros": the suspects are not whom the kidnappers held.)
    if (target >= 0 && outcome === 'victim' && perpetrator(scan, phrases[target]!)) target = -1;
    if (target < 0 && (outcome === 'death' || outcome === 'injury') && namedVictim(scan, clause, t, passive, windowStart)) {
      // "ont abattu Karim B.", "le meurtre de Karim B.", "Karim B. a été abattu": a victim told by name is one person.
      if (outcome === 'death') implicitDeath = 1;
      else implicitInjury = 1;
    } else if (target >= 0) {
      const prev = assigned.get(target);
      const rank = { victim: 0, injury: 1, death: 2 } as const;
      if (!prev || rank[outcome] > rank[prev.outcome]) assigned.set(target, { ...phrases[target]!, outcome });
      // "Une femme et un homme ont été tués", "a woman and a man were hurt": both people of a coordinated subject
      // share the outcome. (A comma alone is an apposition: "La victime, un homme de 22 ans, …" is one person.)
      // ("Le conducteur, un jeune homme de 22 ans, et le passager, un ami de 20 ans, ont été tués": each person told
      // with an apposition, the appositions are not more people but the coordination is.)
      let joined = false;
      for (let i = target - 1; i >= 0 && phrases[i]!.start >= windowStart && phrases[i + 1]!.end <= t.start; i--) {
        const gap = scan.text.slice(phrases[i]!.end, phrases[i + 1]!.start);
        if (assigned.has(i)) break;
        // ("Un homme, une femme et un enfant ont été blessés": before an "et", a comma between two indefinite people
        // lists them; "Une autre victime, un adolescent de 16 ans, …" is one.)
        const listed = joined && /^\s*,\s*$/u.test(gap) && indefinite(scan, phrases[i]!) && indefinite(scan, phrases[i + 1]!);
        if (!listed && apposition(scan, gap, phrases[i + 1]!)) continue;
        if (!listed && !coordinated(scan, gap)) break;
        joined = true;
        assigned.set(i, { ...phrases[i]!, outcome });
      }
      // The same for the objects of an active trigger: "tuant le conducteur et la passagère", "killing a man and a woman".
      if (phrases[target]!.start >= t.end) {
        for (let i = target + 1; i < phrases.length && phrases[i]!.end <= clause.end; i++) {
          if (assigned.has(i) || !coordinated(scan, scan.text.slice(phrases[i - 1]!.end, phrases[i]!.start))) break;
          assigned.set(i, { ...phrases[i]!, outcome });
        }
      }
    } else if (frontedPronoun || pronounSubject(scan, before) || (passive && SINGULAR_PASSIVE_TAIL.test(before) && !PLURAL_PASSIVE_TAIL.test(before) && !thingSubject(scan, windowStart, t.start))) {
      // "Il a succombé à ses blessures", "He died in hospital", "Il est décédé": one person, told by a pronoun.
      if (outcome === 'death') implicitDeath = 1;
      else if (outcome === 'injury') implicitInjury = 1;
    } else if (passive && PLURAL_PASSIVE_TAIL.test(before)) {
      // "were wounded" with no one named: a group was hurt, how many is not told.
      if (outcome === 'death') vague.killed = true;
      else if (outcome === 'injury') vague.injured = true;
    } else if (outcome === 'death' && t.spec.oneDeath) {
      // "un assassinat survenu à Alès": one killing, one dead.
      implicitDeath = 1;
    }
    windowStart = Math.max(windowStart, t.end);
  }
  // "La victime décédée, un homme âgé de 32 ans, …": a person set off by a comma right after a victim, with an age,
  // is that victim in apposition and gives their age.
  for (const [i, v] of assigned) {
    const next = phrases[i + 1];
    if (v.age !== null || v.ages || v.count !== 1 || !next || assigned.has(i + 1) || next.age === null || next.count !== 1) continue;
    if (!APPOSITION_GAP.test(scan.text.slice(v.end, next.start))) continue;
    assigned.set(i, { ...v, age: next.age, minor: next.minor, end: next.end, ...(next.approximate ? { approximate: true as const } : {}) });
  }
  // "un jeune homme de 17 ans, étudiant au lycée Daudet, a été tué": the victim told by a role in apposition after the
  // person with an age is that person.
  for (const [i, v] of assigned) {
    const prev = phrases[i - 1];
    if (v.age !== null || v.ages || v.count !== 1 || !prev || assigned.has(i - 1) || prev.age === null || prev.count !== 1) continue;
    if (!APPOSITION_GAP.test(scan.text.slice(prev.end, v.start))) continue;
    assigned.set(i, { ...v, age: prev.age, minor: prev.minor, start: prev.start, ...(prev.approximate ? { approximate: true as const } : {}) });
  }
  // "Les deux hommes décédés, âgés de 25 et 26 ans, …", "the two men killed, aged 25 and 26": a group's ages listed
  // behind the participle that tells their fate, set off by a comma.
  for (const [i, v] of assigned) {
    if (v.count === null || v.count < 2 || v.age !== null || v.ages) continue;
    const tail = scan.text.slice(v.end, clause.end);
    const lead = /^\s*[\p{L}-]+\s*,\s*/u.exec(tail);
    const list = lead ? agesAfterSubject(tail.slice(lead[0].length)) : null;
    if (list && list.length === v.count) assigned.set(i, { ...v, ages: list, age: list[0]!, minor: list.every((a) => a < 18) ? true : list.every((a) => a >= 18) ? false : null });
  }
  // "Deux jeunes hommes ont été blessés : un jeune de 18 ans … est décédé", "two men were shot, one of whom died": a
  // member of a wounded group who died is counted once, as dead; the group's wounded are the others.
  for (const [i, g] of assigned) {
    if (g.outcome !== 'injury' || g.count === null || g.count < 2) continue;
    for (const [j, m] of assigned) {
      if (j <= i || m.outcome !== 'death' || m.count === null || m.count >= g.count) continue;
      if (!MEMBER_GAP.test(scan.text.slice(g.end, m.start))) continue;
      assigned.set(i, { ...g, count: g.count - m.count });
      break;
    }
  }
  // "Cinq personnes ont été blessées, dont un adolescent de 15 ans touché à la tête", "five people were injured,
  // including a 15-year-old": the person told right after a counted group, across "dont" or "including", is one of
  // its members (hurt the same way, or told with no outcome of their own): counted once, with the age they give.
  for (const [i, g] of [...assigned]) {
    if (g.outcome === 'victim' || g.count === null || g.count < 2) continue;
    const m = assigned.get(i + 1) ?? phrases[i + 1];
    if (!m || m.count !== 1 || m.start >= clause.end || ('outcome' in m && assigned.has(i + 1) && m.outcome !== g.outcome)) continue;
    if (!assigned.has(i + 1) && m.age === null) continue;
    if (!MEMBER_GAP.test(scan.text.slice(g.end, m.start))) continue;
    assigned.set(i, { ...g, count: g.count - 1 });
    assigned.set(i + 1, { ...m, outcome: g.outcome });
  }
  // "Several youths, including two teenagers, have died", "plusieurs jeunes, dont deux adolescents, ont été tués": the
  // members of an uncounted group say how many at least, not how many: the toll is vague.
  for (const [i, m] of [...assigned]) {
    const g = phrases[i - 1];
    if (!g || g.count !== null || assigned.has(i - 1) || g.start < clause.start || !MEMBER_GAP.test(scan.text.slice(g.end, m.start))) continue;
    if (!/^[\s,]*$/u.test(scan.text.slice(g.end, m.start).replace(MEMBER_GAP, ''))) continue;
    assigned.set(i, { ...m, count: null });
  }
  // "La fusillade a fait un mort, un homme de 29 ans", "left one dead, a 29-year-old man", "un mort, âgé de 29 ans":
  // one casualty told by a noun, with a person or an age set off by a comma right after it: that casualty's age.
  // (A victim of that outcome already counted, with no age, is the same one person: "…, un père de famille qui a
  // succombé".)
  if (![...assigned.values()].some((v) => v.age !== null)) {
    for (const a of tollAppositions(scan, clause, phrases, assigned)) {
      const same = [...assigned].filter(([, v]) => v.outcome === a.victim.outcome);
      if (same.length === 1 && same[0]![1].count === 1) assigned.set(same[0]![0], { ...same[0]![1], age: a.victim.age, minor: a.victim.minor });
      else if (!same.length) assigned.set(a.key, a.victim);
    }
  }
  const victims = [...assigned.values()].sort((a, b) => a.start - b.start);
  const sum = (o: VictimPhrase['outcome']): number | null => {
    const vs = victims.filter((v) => v.outcome === o);
    if (!vs.length) return null;
    // "guards were wounded": a group with no count is a vague report.
    if (vs.some((v) => v.count === null)) {
      if (o === 'death') vague.killed = true;
      else if (o === 'injury') vague.injured = true;
    }
    const known = vs.filter((v) => v.count !== null);
    return known.length ? known.reduce((s, v) => s + (v.count ?? 0), 0) : null;
  };
  let killed = sum('death');
  let injured = sum('injury');
  if (bareDeaths) killed = (killed ?? 0) + bareDeaths;
  if (memberDeaths) killed = (killed ?? 0) + memberDeaths;
  if (bareInjuries) injured = (injured ?? 0) + bareInjuries;
  // "faisant deux morts et quatre blessés", "three dead": a count on a casualty noun is the toll itself.
  const tolls = countedTolls(scan, clause);
  if (killed === null && tolls.death !== null) killed = tolls.death;
  if (injured === null && tolls.injury !== null) injured = Math.max(0, tolls.injury - tollDeaths);
  if (tollDeaths) killed = (killed ?? 0) + tollDeaths;
  if (killed === null && implicitDeath) killed = implicitDeath;
  if (injured === null && implicitInjury && killed === null) injured = implicitInjury;
  return { victims, killed, injured, vague };
}

/** A person's name is the trigger's victim: its object ("shot dead Karim B.", "le meurtre de Karim B."), or its subject when passive. */
function namedVictim(scan: StoryScan, clause: Clause, t: TriggerHit, passive: boolean, windowStart: number): boolean {
  return scan.entities.some((e) => {
    if (e.type !== 'person' || e.start < clause.start || e.end > clause.end) return false;
    if (passive) return e.end <= t.start && e.start >= windowStart && t.start - e.end <= 30 && !/[;:()]/.test(scan.text.slice(e.end, t.start));
    return e.start >= t.end && e.start - t.end <= (t.spec.nominal ? 30 : 14) && !OBJECT_GAP_BREAK.test(scan.text.slice(t.end, e.start));
  });
}

/**
 * The passive before the trigger is said of a thing: "la porte d'entrée du centre pénitentiaire a été criblée de
 * balles", "the car was riddled with bullets". (Reached only when no person was named before the trigger.)
 */
function thingSubject(scan: StoryScan, from: number, to: number): boolean {
  const things = scan.lex.thingSubjects;
  return things !== undefined && things.length > 0 && hasPhrase(scan.text, things, from, to);
}

/** "et", "and", maybe with the next noun's determiner: "le conducteur et la passagère", "the driver and his wife". */
function coordinated(scan: StoryScan, gap: string): boolean {
  if (COORDINATION.test(gap)) return true;
  const m = /^(.*?)(\p{L}+['’]?)\s*$/su.exec(gap);
  if (!m) return false;
  const det = m[2]!.toLowerCase().replace(/’/g, "'");
  const dets = [...scan.lex.definites, ...scan.lex.singularArticles].map((d) => d.toLowerCase());
  return dets.includes(det) && COORDINATION.test(m[1]!);
}

/** The trigger's subject is a singular pronoun, maybe with auxiliaries and an adverb between ("Il est décédé", "he has died"). */
function pronounSubject(scan: StoryScan, before: string): boolean {
  const pronouns = scan.lex.singularSubjectPronouns;
  if (!pronouns?.length) return false;
  const words = (before.match(WORDS) ?? []).map((w) => w.toLowerCase());
  const aux = auxWords(scan.lex);
  let n = words.length;
  if (n && ADVERB.test(words[n - 1]!)) n--;
  while (n && aux.has(words[n - 1]!)) n--;
  if (n && ADVERB.test(words[n - 1]!)) n--;
  if (!n || !pronouns.includes(words[n - 1]!)) return false;
  // The pronoun starts its clause: "Il est décédé", not "… qu'il a tué" (it ends a word group before the trigger).
  const at = before.toLowerCase().lastIndexOf(words[n - 1]!);
  return !/[\p{L}'’]$/u.test(before.slice(0, at));
}

// ("Deux d'entre eux sont morts", "two of them were killed": the count of a group's members.)
const BARE_COUNT_TAIL = /(?:^|[^\p{L}\p{N}])(\p{L}+|\d{1,3})(?:\s+(?:autres?|others?|more))?(?:\s+(?:d['’]entre\s+(?:eux|elles)|of\s+them))?\s+(?:ont|sont|were|are|have|had|a|est|was|is)(?:\s+(?:été|been))?\s+(?:\p{L}+(?:ly|ment)\s+)?$/iu;

/** The count word right before a passive with no noun ("et quatre ont été", "three others were"), or null. */
/** "… and left four more hurt", "leaving two others dead": a count the act left in a state, its adjective the trigger. */
const LEFT_COUNT_TAIL = /(?:^|[^\p{L}])(?:left|leaving|leaves)\s+(\p{L}+|\d{1,3})(?:\s+(?:more|others?|other people|people))?\s+$/iu;

function bareCount(scan: StoryScan, before: string, tail = BARE_COUNT_TAIL): number | null {
  const m = tail.exec(before);
  if (!m) return null;
  const w = m[1]!.toLowerCase();
  const n = /^\d+$/.test(w) ? Number(w) : scan.lex.countWords[w];
  // "Deux personnes sont décédées, et une troisième a été blessée", "a third was wounded": one more person.
  if (n === undefined && ORDINAL_ONE.test(before.slice(0, m.index + m[0].length)) && scan.kit.numbers(m[1]!).some((x) => x.kind === 'ordinal' && x.value >= 2 && x.value <= 12)) return 1;
  return n !== undefined && n >= 1 && n < 100 ? n : null;
}

/** An article before the ordinal ("une troisième", "a third"): one person of a series. */
const ORDINAL_ONE = /(?:^|[^\p{L}])(?:un|une|a|the|la|le)\s+\p{L}+(?:\s+\p{L}+){0,3}\s*$/iu;

const LAST_WORDS = /([\p{L}\p{N}]+)\s+(?:([\p{L}\p{N}]+)\s+)?$/u;

/** The trigger is a casualty noun right after a count ("un mort", "deux blessés", "three dead"). */
function countedNoun(scan: StoryScan, t: TriggerHit, before: string): boolean {
  const nouns = scan.lex.casualtyNouns as Record<string, string> | undefined;
  if (!nouns || !nouns[scan.text.slice(t.start, t.end).toLowerCase()]) return false;
  const last = /([\p{L}\p{N}]+)\s+$/u.exec(before)?.[1]?.toLowerCase();
  return last !== undefined && (/^\d{1,3}$/.test(last) || scan.lex.countWords[last] !== undefined);
}

/**
 * The clause tells a small toll of its own, "<count> <casualty noun>" ("une fusillade fait un mort et quatre blessés",
 * "left one dead and four injured"): one act's toll. (A tally runs higher: "49 morts depuis janvier".)
 */
export function smallToll(scan: StoryScan, clause: Clause): boolean {
  const t = countedTolls(scan, clause);
  return (t.death !== null || t.injury !== null) && (t.death ?? 0) < SMALL_TOLL && (t.injury ?? 0) < SMALL_TOLL;
}

/** A toll below this many dead and this many wounded is one act's, not a tally's. */
const SMALL_TOLL = 10;

const personNounsCache = new WeakMap<object, Set<string>>();

/** A word the lexicon names people with ("men", "adolescents", "teenager"). */
function personNoun(lex: StoryScan['lex'], word: string): boolean {
  let set = personNounsCache.get(lex);
  if (!set) personNounsCache.set(lex, (set = new Set(lex.persons.flatMap((p) => p.words.map((w) => w.toLowerCase())))));
  return set.has(word);
}

/** The outcome of a casualty noun right after `at` ("one person dead", "deux personnes blessées"), or null. */
function tollNounAfter(scan: StoryScan, at: number, to: number): 'death' | 'injury' | null {
  const nouns = scan.lex.casualtyNouns;
  if (!nouns) return null;
  const m = /^\s+([\p{L}'’]+)/u.exec(scan.text.slice(at, Math.min(to, at + 24)));
  return m ? nouns[m[1]!.toLowerCase()] ?? null : null;
}

/** An age right after a comma: "un mort, âgé de 29 ans", "one dead, aged 29". */
const APPOSED_AGE = /^\s*,\s*(?:\p{L}+\s+){0,2}$/u;

/**
 * The victims a one-casualty toll names in apposition ("un mort, un homme de 29 ans", "un blessé, âgé de 17 ans"): the
 * person phrase (its index in `phrases`) or a bare age (a negative key) right after the casualty noun and a comma.
 */
function tollAppositions(scan: StoryScan, clause: Clause, phrases: Omit<VictimPhrase, 'outcome'>[], assigned: Map<number, VictimPhrase>): { key: number; victim: VictimPhrase }[] {
  const nouns = scan.lex.casualtyNouns;
  if (!nouns) return [];
  const out: { key: number; victim: VictimPhrase }[] = [];
  for (const h of findPhrases(scan.text, keysOf(nouns as Record<string, string>), clause.start, clause.end)) {
    const outcome = nouns[h.text.toLowerCase()];
    const one = wordBefore(scan.text, h.start)?.toLowerCase() ?? '';
    if (!outcome || !(one === '1' || scan.lex.countWords[one] === 1)) continue;
    const j = phrases.findIndex((p) => p.start >= h.end && p.start - h.end <= 6);
    const p = phrases[j];
    if (p && !assigned.has(j) && p.count === 1 && p.age !== null && APPOSITION_GAP.test(scan.text.slice(h.end, p.start))) {
      out.push({ key: j, victim: { ...p, outcome } });
      continue;
    }
    const age = agesIn(scan, h.end, Math.min(clause.end, h.end + 40)).find((a) => APPOSED_AGE.test(scan.text.slice(h.end, a.start)));
    if (age) out.push({ key: -1 - out.length, victim: { start: h.start, end: age.end, count: 1, age: age.age, role: null, minor: age.age < 18, outcome } });
  }
  return out;
}

/** Sums of "<count> <casualty noun>" in the clause, by outcome ("deux morts et quatre blessés" → 2 and 4). */
/** The word right before `at` (with its elision mark, "d'", when `elided`), or undefined. */
export function wordBefore(text: string, at: number, elided = false): string | undefined {
  return (elided ? /([\p{L}\p{N}]+['’]?)\s*$/u : /([\p{L}\p{N}]+)\s*$/u).exec(text.slice(Math.max(0, at - 30), at))?.[1];
}

/** A count of wounded told as a noun, then "dont", "one of whom" right before `at`: "quatre blessés, dont un est …". */
function woundedTollBefore(scan: StoryScan, clause: Clause, at: number): boolean {
  const nouns = scan.lex.casualtyNouns;
  if (!nouns) return false;
  const hit = findPhrases(scan.text, keysOf(nouns as Record<string, string>), clause.start, at).filter((h) => nouns[h.text.toLowerCase()] === 'injury').pop();
  if (!hit) return false;
  const gap = scan.text.slice(hit.end, at);
  return gap.length <= 30 && MEMBER_GAP.test(gap) && (countedTolls(scan, { ...clause, end: hit.end }).injury ?? 0) >= 2;
}

function countedTolls(scan: StoryScan, clause: Clause): { death: number | null; injury: number | null } {
  const out: { death: number | null; injury: number | null } = { death: null, injury: null };
  const nouns = scan.lex.casualtyNouns;
  if (!nouns) return out;
  const countOf = (w: string | undefined): number | undefined => {
    if (!w) return undefined;
    const lower = w.toLowerCase();
    return /^\d{1,3}$/.test(lower) ? Number(lower) : scan.lex.countWords[lower];
  };
  for (const h of findPhrases(scan.text, keysOf(nouns as Record<string, string>), clause.start, clause.end)) {
    const outcome = nouns[h.text.toLowerCase()];
    if (!outcome) continue;
    const m = LAST_WORDS.exec(scan.text.slice(Math.max(clause.start, h.start - 30), h.start));
    if (!m) continue;
    // The count right before the noun, or one word before that ("deux autres blessés", "three more dead").
    const [one, two] = m[2] !== undefined ? [m[2], m[1]] : [m[1], undefined];
    // ("No one was killed": a count before an auxiliary is a verb's subject, not a toll's count.)
    if (one !== undefined && two !== undefined && auxWords(scan.lex).has(one.toLowerCase())) continue;
    // "un quatrième blessé", "a third victim": an ordinal is a running count, the toll so far, not one more.
    const ordinal = one ? scan.kit.numbers(one).find((x) => x.kind === 'ordinal' && x.text.length === one.length) : undefined;
    // ("Deux hommes ont été tués et un troisième blessé", "two killed and a third injured": joined to the casualties
    // told before it, the ordinal counts the victims of all kinds; this is one more.)
    if (ordinal && ordinal.value > 1 && two !== undefined && (scan.lex.conjunctions ?? []).includes(wordBefore(scan.text, h.start - m[0].length + m[0].indexOf(two))?.toLowerCase() ?? '')) {
      out[outcome] = (out[outcome] ?? 0) + 1;
      continue;
    }
    if (ordinal && ordinal.value > 1 && ordinal.value <= 50) {
      out[outcome] = Math.max(out[outcome] ?? 0, ordinal.value);
      continue;
    }
    // (Two words back only over a modifier or an adverb: "deux autres blessés", "three seriously injured", not "un
    // adolescent de 15 ans blessé".)
    // ("two men dead", "one teenager dead": a person noun between them too.)
    const modifier = one !== undefined && ((scan.lex.countModifiers ?? []).includes(one.toLowerCase()) || ADVERB.test(one) || personNoun(scan.lex, one.toLowerCase()));
    // ("left two prison officers dead": a person noun of two words between.)
    const long = /(?<![\p{L}\p{N}])(\p{L}+|\d{1,3})\s+(\p{L}+\s+\p{L}+)\s+$/u.exec(scan.text.slice(Math.max(clause.start, h.start - 40), h.start));
    const n = countOf(one) ?? (one !== undefined && (scan.lex.oneMore ?? []).includes(one.toLowerCase()) ? 1 : undefined) ?? (two !== undefined && modifier ? countOf(two) : undefined)
      ?? (long && personNoun(scan.lex, long[2]!.toLowerCase()) ? countOf(long[1]) : undefined);
    if (n === undefined || n > 50) continue;
    out[outcome] = (out[outcome] ?? 0) + n;
  }
  return out;
}

/** The trigger follows a cue of an earlier event ("after the", "après la"), word-bounded. */
export function refersToPriorEvent(scan: StoryScan, clause: Clause, t: { start: number }): boolean {
  const cues = scan.lex.priorEventCues;
  if (!cues?.length) return false;
  const before = scan.text.slice(Math.max(clause.start, t.start - 40), t.start).toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
  return cues.some((c) => {
    const tail = c.endsWith("'") ? c : `${c} `;
    if (!before.endsWith(tail)) return false;
    const at = before.length - tail.length;
    return at === 0 || !LETTER_OR_DIGIT.test(before[at - 1]!);
  });
}

function isNonPlace(lex: IncidentLexicon, name: string, entities: EntityMention[], start: number, end: number): boolean {
  const first = name.split(/[\s\u00a0]+/)[0]!.toLowerCase();
  if (lex.notPlaces.includes(first) || lex.notPlaces.includes(name.toLowerCase())) return true;
  // "de Kalachnikov", "with a Glock": a weapon's name, never a place.
  if (lex.weapons[name.toLowerCase()] !== undefined || lex.weapons[first] !== undefined) return true;
  // "Two prison officers": a capitalised count word before a place-modified head ("prison") is a number, not a town.
  if (name.split(/[\s\u00a0]+/).length === 1 && lex.countWords[first] !== undefined) return true;
  return entities.some((e) => e.type !== 'place' && e.start < end && start < e.end);
}

const compassIndex = new WeakMap<IncidentLexicon, string[]>();

function compassByLength(lex: IncidentLexicon): string[] {
  let c = compassIndex.get(lex);
  if (!c) compassIndex.set(lex, (c = [...lex.compass].sort((a, b) => b.length - a.length)));
  return c;
}

const STREET_LINKS = ['', 'de ', 'du ', 'des ', 'de la ', "de l'", "d'"];

/** "rue de Liège", "avenue de Barcelone", "Barcelona Street": a street's name, not the town it is named after. */
function streetName(lex: IncidentLexicon, before: string, after: string): boolean {
  const heads = lex.streetHeads;
  if (!heads?.length) return false;
  if (heads.some((h) => STREET_LINKS.some((l) => before.endsWith(`${h} ${l}`) && !/\p{L}/u.test(before.charAt(before.length - h.length - l.length - 2))))) return true;
  const next = /^\s+(\p{L}+)/u.exec(after)?.[1];
  if (next !== undefined && /^\p{Lu}/u.test(next) && heads.includes(next.toLowerCase())) return true;
  // "au croisement des rues du Lot et de la Martinique": the second street of a pair named after the first.
  return secondStreet(heads).test(before);
}

const secondStreets = new WeakMap<readonly string[], RegExp>();

/** "rues du Lot et de la ": the words before the second of two streets named together (`before` is lower case). */
function secondStreet(heads: readonly string[]): RegExp {
  let re = secondStreets.get(heads);
  if (!re) {
    const alt = heads.map(escapeRegExp).join('|');
    re = new RegExp(`(?<![\\p{L}])(?:${alt}) (?:du |de la |des |de |d'|l')?[\\p{L}'-]+(?: [\\p{L}'-]+){0,2} (?:et|and) (?:du |de la |des |de |d'|l')?$`, 'u');
    secondStreets.set(heads, re);
  }
  return re;
}

/** Two seats after one title: "la police judiciaire de Meaux et de Melun", "prosecutors of Lille and Douai". */
const SECOND_SEAT = /(\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*){0,2})\s+(?:et|and)\s+(?:de\s+|d['’])?$/u;

/**
 * Units sent where the act is, named by their home base: "21 personnels de la CRS 82 de Nantes" at an operation in Le
 * Mans, "l'escadron de gendarmerie mobile de Satory", "la section de recherches de Marseille", "la division … du
 * commissariat de Nîmes" (the station's people; "le commissariat de Cavaillon visé par des tirs" stays a place).
 */
const UNIT_SEAT = /(?:\bcrs\s*\d*|compagnie républicaine de sécurité\s*\d*|escadrons?\s+(?:de\s+gendarmerie\s+mobile\s+)?\d*|gendarmerie mobile|gendarmes mobiles|section de recherches|brigade de recherches|\bdu commissariat)\s*(?:de |d'|du )$/u;

/** The name at `start` follows an office's title ("le parquet de", "prefect of"): the office's seat, not a place of events. */
function jurisdictionSeat(lex: IncidentLexicon, text: string, before: string, start: number): boolean {
  const titles = lex.jurisdictionTitles;
  if (!titles?.length) return false;
  const after = (b: string) => titles.some((t) => b.endsWith(t.endsWith("'") ? t : t + ' '));
  if (after(before) || UNIT_SEAT.test(before)) return true;
  const m = SECOND_SEAT.exec(text.slice(Math.max(0, start - 60), start));
  if (!m) return false;
  const firstAt = start - m[0].length;
  return after(text.slice(Math.max(0, firstAt - 40), firstAt).toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/’/g, "'"));
}

/** ", une petite commune" right after a name. */
function appositiveTown(text: string, heads: readonly string[], end: number): boolean {
  const comma = /^\s*,\s*/.exec(text.slice(end, end + 6));
  if (!comma) return false;
  const at = end + comma[0].length;
  return findPhrases(text, heads, at, Math.min(text.length, at + 32))[0]?.start === at;
}

interface PlaceCandidate extends PlaceMention {
  strength: number;
}

function extendArrondissement(text: string, c: PlaceCandidate, to: number): PlaceCandidate {
  const m = ARRONDISSEMENT.exec(text.slice(c.end, Math.min(to, c.end + 40)));
  if (!m) return c;
  const end = c.end + m[0].length;
  return { ...c, end, text: text.slice(c.start, end) };
}

/** A date of the story ends at `at` (spaces aside): "on Friday, …". */
function dateEndsAt(scan: StoryScan, at: number): boolean {
  if (at < 0) return false;
  let all: DateMatch[];
  try {
    all = scan.kit.dates(scan.text, scan.published);
  } catch {
    return false;
  }
  return all.some((d) => d.end <= at && DATE_TAIL.test(scan.text.slice(d.end, at)));
}

/** What may stand between a day and its comma: an hour ("on Friday around 11:45 p.m., …", "samedi vers 23 h, …"). */
const DATE_TAIL = /^[\s.]*(?:(?:around|about|at|shortly\s+after|shortly\s+before|vers|à|aux\s+alentours\s+de|peu\s+après|peu\s+avant)\s+)?(?:\d{1,2}(?:\s*[:h.]\s*\d{2}|\s*h)?\s*(?:a\.?m\.?|p\.?m\.?)?)?[\s.]*$/iu;

/**
 * Places as written in text[from, to): "in Normandy", "the town of Canteleu", "northern France",
 * "a Paris street", "à Marseille (13e arrondissement)". Strength: 3 compass or "town of", 2 after a place
 * preposition ("in", "à"), 1 after a weak one ("from", "de").
 */
/** What stands between a town and the compass phrase that situates it: "Dijon, eastern France", "Lunel, dans le sud de". */
const COMPASS_APPOSITION = /\p{Lu}[\p{L}'’-]+(?:\s+[\p{Ll}]+){0,2}(?:\s*\([^()]{1,40}\))?,\s*(?:(?:a|an|une?)\s+(?:small\s+|petite\s+)?(?:department|département|town|city|village|commune|ville|suburb|région|region)\s+)?(?:(?:located|situated|lying|situé|située|situés|situées)\s+)?(?:(?:some|about|à)\s+)?(?:\d+\s*(?:km|kilomètres|kilometres|miles)\s+)?(?:just\s+|juste\s+|immediately\s+)?(?:(?:in|dans)\s+(?:the|le|la|sa)\s+(?:(?:banlieue|périphérie|proche\s+banlieue|région|suburbs|outskirts|area)\s+)?|in\s+|au\s+|en\s+|à\s+l['’]\s*)?$/u;

/** A town, maybe its département in brackets, a comma, then "en"/"in": "Besançon, en ", "Dijon (Côte-d'Or), in ". */
const TOWN_THEN_AREA = /\p{Lu}[\p{L}'’-]+(?:\s*\([^()]{1,40}\))?,\s*(?:en|in)\s+$/u;

/** What makes a compass word a direction of something: "Nord de la ville", "North of". */
const COMPASS_OF = /^\s+(?:de|du|des|d['’]|of)(?![\p{L}])/iu;

// "the Dijon prison in eastern France", "in Marseille in southern France": a town (or its site) right before says where.
const COMPASS_AFTER_SITE = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Ll}+){0,2}\s+in\s+$/u;

/** `before` ends with a site named by its town, "the Villepinte prison ", "the Castellane estate " (placeModifiedHeads). */
function townSiteBefore(lex: IncidentLexicon, before: string): boolean {
  const m = /\p{Lu}[\p{L}'’-]+\s+((?:\p{Ll}+\s+){1,2})$/u.exec(before);
  return m !== null && lex.placeModifiedHeads.includes(m[1]!.trim());
}

/** `before` (lower case, straight apostrophes) ends with "avant l'incident à", "after the shooting in": see timeRelations. */
function otherActPlace(lex: IncidentLexicon, before: string): boolean {
  if (!lex.timeRelations?.length || !lex.settingSubjects?.length) return false;
  for (const rel of lex.timeRelations) {
    for (const subject of lex.settingSubjects) {
      const head = `${rel} ${subject.toLowerCase().replace(/’/g, "'")}`;
      const at = before.lastIndexOf(head.endsWith("'") ? head : head + ' ');
      if (at < 0 || (at > 0 && /\p{L}/u.test(before[at - 1]!))) continue;
      const rest = before.slice(at + head.length).trim();
      if (lex.placePrepositions.includes(rest)) return true;
    }
  }
  return false;
}

/** " the south-eastern French city of ", " de la grande ville de ": a town's description between a near cue and its name. */
const NEAR_DESCRIBED = /^\s+(?:the|a|la|le|l['’]|une?)\s+(?:[\p{L}-]+\s+){0,4}(?:of|de|d['’])\s*$/u;

export function placeCandidates(scan: StoryScan, from: number, to: number): PlaceCandidate[] {
  const { text, lex } = scan;
  const out: PlaceCandidate[] = [];
  const strongPreps = new Set(lex.placePrepositions);
  const allPreps = [...lex.placePrepositions, ...lex.weakPlacePrepositions];
  const slice = text.slice(from, to);
  CAP_SEQ.lastIndex = 0;
  for (let m = CAP_SEQ.exec(slice); m; m = CAP_SEQ.exec(slice)) {
    let start = from + m.index;
    let name = m[0].replace(/['’]s$/u, '');
    // A leading capitalised preposition ("In Valence") is not part of the name.
    const lead = /^(\p{L}+)[\s\u00a0]+/u.exec(name);
    let leadPrep: string | null = null;
    if (lead && allPreps.includes(lead[1]!.toLowerCase())) {
      leadPrep = lead[1]!.toLowerCase();
      start += lead[0].length;
      name = name.slice(lead[0].length);
    }
    const end = start + name.length;
    if (!name || isNonPlace(lex, name, scan.entities, start, end)) continue;
    // "situé au Nord de la ville", "in the North of France": a direction of the place after it, not the Nord
    // département ("dans le Nord" alone still is).
    if (lex.compass.includes(name.toLowerCase()) && COMPASS_OF.test(text.slice(end, Math.min(to, end + 6)))) continue;
    const before = text.slice(Math.max(from, start - 40), start).toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/’/g, "'");
    if (jurisdictionSeat(lex, text, before, start)) continue;
    if (streetName(lex, before, text.slice(end, Math.min(text.length, end + 12)))) continue;
    // "né à Tunis", "2 tonnes en provenance de la Guadeloupe", "transporté à l'hôpital de Nîmes": a place the act did
    // not happen in (the cues context.ts also keeps out of the story's places).
    if (notEventCueBefore(text, lex.notEventPlaceCues ?? [], start, from)) continue;
    if (siteAfter(lex, text, end) || hospitalBefore(lex, text, start)) continue;
    if (routeEnd(text, lex, start, end, from, to)) continue;
    // "à 22H15 (04H15 à Paris)": the hour somewhere else.
    if (CLOCK_BEFORE.test(text.slice(Math.max(from, start - 20), start))) continue;
    let strength = 0;
    // Longest first: "south-eastern" ends with "eastern".
    const compass = compassByLength(lex).find((c) => before.endsWith(c + ' ') || before.endsWith(c + ' de la ') || before.endsWith(c + ' de ') || before.endsWith(c + ' of '));
    const ofHead = lex.placeOfHeads.find((h) => before.endsWith(h.endsWith("'") ? h : h + ' ') || before.endsWith(h + ' of ') || before.endsWith(h + ' of the '));
    let s = start;
    if (compass && lex.compassAdjectives && before.endsWith(compass + ' ')) {
      strength = 3;
      s = start - compass.length - 1;
    } else if (compass) {
      strength = 3;
      s = start - (before.length - before.lastIndexOf(compass));
    }
    // "in Dijon, eastern France": an area in apposition to the town before it only says where the town is.
    // (Also "in Lunel, in the south of France", "à Lunel, dans le sud de la France".)
    // ("à Beauzelle, dans la banlieue nord-ouest de Toulouse", "near the Saugnac toll area, just south of Bordeaux".)
    // ("the Villepinte prison north of Paris": a site named by its town, then where that town lies.)
    if (compass && (COMPASS_APPOSITION.test(text.slice(Math.max(from, s - 60), s)) || COMPASS_AFTER_SITE.test(text.slice(Math.max(from, s - 40), s)) || townSiteBefore(lex, text.slice(Math.max(from, s - 50), s)))) strength = 1; else if (ofHead) {
      // "Villeurbanne, a suburb of Lyon": the appositive names the wider area, the place is Villeurbanne.
      const pre = before.slice(0, before.length - ofHead.length - 4);
      // ("on Friday, in the town of Sevran": a day before the comma is no place the head's town stands beside.)
      const comma = text.lastIndexOf(',', start);
      strength = APPOSITIVE_BEFORE.test(pre + ' ') && /,/.test(pre.slice(-12)) && !dateEndsAt(scan, comma) ? 0 : 3;
    } else if (leadPrep) {
      strength = strongPreps.has(leadPrep) ? 2 : 1;
    } else {
      const prep = /(\p{L}+(?:\s\p{L}+)?)\s(?:the |la |le |les |l'|l’)?$/u.exec(before);
      const words = prep ? prep[1]!.split(' ') : [];
      const last = words[words.length - 1] ?? '';
      const two = words.join(' ');
      if (strongPreps.has(two) || strongPreps.has(last)) strength = 2;
      // ("l'évasion sanglante d'Incarville", "la fusillade de Pissevin": an act's noun names where it happened.)
      else if (actNounBefore(lex, before)) strength = 2;
      else if (allPreps.includes(last)) strength = 1;
      // "in the Var", "dans les Bouches-du-Rhône" name an area and stay out (strength 0), but "…, near the Saugnac toll
      // area" names the landmark the act was near, as "near Saugnac" does (strength 1, see nearPlaceCues).
      else if (lex.nearPlaceCues?.length && /(?:the|la|le|les|l'|l’)\s?$/u.test(before) && findPhrases(text, lex.nearPlaceCues, Math.max(from, start - 40), start).length) strength = 1;
    }
    if (strength === 0) {
      // "a Paris street", "the Marseille housing estate".
      const after = text.slice(end, Math.min(to, end + 24)).toLowerCase();
      if (lex.placeModifiedHeads.some((h) => after.startsWith(' ' + h))) strength = 2;
      // "Trévoux, une petite commune tranquille de l'Ain": a town named in apposition.
      else if (lex.appositiveTownHeads && appositiveTown(text, lex.appositiveTownHeads, end)) strength = 2;
    }
    if (strength === 0) continue;
    // "au commissariat de Besançon, en France", "in Dijon, in France": a country or region set after a town by a comma
    // only says where the town is.
    if (strength === 2 && TOWN_THEN_AREA.test(text.slice(Math.max(from, s - 60), s))) strength = 1;
    // "Deux heures avant l'incident à Bobigny, …": the place of another act the clause is set against.
    if (otherActPlace(lex, before)) strength = 1;
    // "Sevran, the same city on the outskirts of Paris", "à Vénissieux, dans la banlieue de Lyon": a town the act
    // was near is a landmark; the town named otherwise wins over it (it stays the place when it is the only one).
    // ("Goult, near the south-eastern French city of Avignon": the town's description may come between.)
    if (lex.nearPlaceCues?.length && findPhrases(text, lex.nearPlaceCues, Math.max(from, s - 60), s).some((h) => /^\s*$/u.test(text.slice(h.end, s)) || NEAR_DESCRIBED.test(text.slice(h.end, s)))) strength = 1;
    out.push(extendArrondissement(text, { start: s, end, text: text.slice(s, end), strength }, to));
  }
  STANDALONE_ARR.lastIndex = 0;
  for (let m = STANDALONE_ARR.exec(slice); m; m = STANDALONE_ARR.exec(slice)) {
    const start = from + m.index;
    if (out.some((c) => c.start <= start && start < c.end)) continue;
    // "leur véhicule a été retrouvé carbonisé dans le 16e arrondissement": where the getaway car burnt, not the act.
    if (lex.notEventPlaceCues?.length && hasPhrase(text, lex.notEventPlaceCues, Math.max(from, start - 32), start)) continue;
    out.push({ start, end: start + m[0].length, text: m[0], strength: 2 });
  }
  return out;
}

const actNounCache = new WeakMap<IncidentLexicon, RegExp | null>();

/**
 * The text before a name ends with an act's noun, at most one word after it, and "de"/"of": "l'évasion sanglante d'",
 * "la fusillade de", "the shooting of" (a person's name after "of" is no place: the caller checks the name).
 */
export function actNounBefore(lex: IncidentLexicon, before: string): boolean {
  let re = actNounCache.get(lex);
  if (re === undefined) {
    const nouns = (lex.eventNouns ?? []).map((n) => escapeRegExp(n.toLowerCase()));
    re = nouns.length ? new RegExp(`(?<![\\p{L}])(?:${nouns.join('|')})(?:\\s+\\p{L}+)?\\s+(?:de|du|d'|d’)\\s*$`, 'u') : null;
    actNounCache.set(lex, re);
  }
  return re !== null && re.test(before.toLowerCase());
}

/** Words a journey's start may take before its end's cue ("de Rouen vers", "from the Rouen court to"). */
const ROUTE_GAP = /^[^,.;:!?()]{0,40}$/u;
interface RouteRegexes {
  /** The word opening a journey's start ("de", "from"). */
  start: RegExp;
  /** The cue opening its end ("vers", "to"). */
  end: RegExp;
  /** That cue, then a capitalised name within a few words ("vers la maison d'arrêt d'Évreux"). */
  endNamed: RegExp;
}
const routeRegexes = new WeakMap<IncidentLexicon, RouteRegexes | null>();

function routeRegexesOf(lex: IncidentLexicon): RouteRegexes | null {
  let re = routeRegexes.get(lex);
  if (re === undefined) {
    const alt = (ws: string[]) => ws.map((w) => escapeRegExp(w).replace(/'/g, "['’]")).join('|');
    re = lex.routeFrom?.length && lex.routeTo?.length
      ? {
          start: new RegExp(`(?<![\\p{L}])(?:${alt(lex.routeFrom)})(?:\\s|(?<=['’]))`, 'giu'),
          end: new RegExp(`(?<![\\p{L}])(?:${alt(lex.routeTo)})\\s`, 'giu'),
          endNamed: new RegExp(`(?<![\\p{L}])(?:${alt(lex.routeTo)})\\s+(?:\\p{L}+['’]?\\s*){0,5}?(\\p{Lu}[\\p{L}-]*)`, 'u'),
        }
      : null;
    routeRegexes.set(lex, re);
  }
  return re;
}

/** Where the last match of a global regex starts in `text`, or -1. */
function lastMatch(re: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index!;
  return at;
}

/** The span names a place-like thing: a capitalised word that is no day or month ("from Tuesday to Wednesday"). */
function namesSomewhere(lex: IncidentLexicon, span: string): boolean {
  return [...span.matchAll(/\p{Lu}[\p{L}-]*/gu)].some((m) => !lex.notPlaces.includes(m[0].toLowerCase()));
}

/**
 * The place is an end of a journey the clause tells ("le fourgon qui le ramenait du palais de justice de Rouen vers la
 * maison d'arrêt d'Évreux", "the van taking him from the Rouen court to the jail in Évreux"): an act on the way
 * happened at neither end. A start needs its end's cue and a name after it, an end a start with a name before it.
 */
export function routeEnd(text: string, lex: IncidentLexicon, start: number, end: number, from = 0, to = text.length): boolean {
  const re = routeRegexesOf(lex);
  if (!re) return false;
  const before = text.slice(Math.max(from, start - 50), start);
  const opened = lastMatch(re.start, before);
  if (opened >= 0 && ROUTE_GAP.test(before.slice(opened))) {
    const after = text.slice(end, Math.min(to, end + 60));
    const cue = re.endNamed.exec(after);
    if (cue && ROUTE_GAP.test(after.slice(0, cue.index)) && namesSomewhere(lex, cue[1]!)) return true;
  }
  const cue = lastMatch(re.end, before);
  if (cue < 0 || !ROUTE_GAP.test(before.slice(cue))) return false;
  const cueAt = Math.max(from, start - 50) + cue;
  const head = text.slice(Math.max(from, cueAt - 60), cueAt);
  const began = lastMatch(re.start, head);
  return began >= 0 && ROUTE_GAP.test(head.slice(began)) && namesSomewhere(lex, head.slice(began));
}

/** The place is told as what the act was near ("near Paris", "près de Nantes"): a landmark, not the act's place. */
export function nearPlace(scan: StoryScan, p: PlaceMention): boolean {
  const cues = scan.lex.nearPlaceCues;
  if (!cues?.length) return false;
  // (Room for a distance: "25 km northeast of Paris", "à une vingtaine de kilomètres au sud de Lyon".)
  if (findPhrases(scan.text, cues, Math.max(0, p.start - 40), p.start).some((h) => /^\s*$/u.test(scan.text.slice(h.end, p.start)))) return true;
  // "a northern Paris suburb": the name qualifies the area the act was in.
  const after = scan.lex.nearPlaceHeadsAfter;
  return !!after?.length && findPhrases(scan.text, after, p.end, Math.min(scan.text.length, p.end + 12)).some((h) => /^\s+$/u.test(scan.text.slice(p.end, h.start)));
}

/** The strongest place nearest `at` in the range, or null. */
export function nearestPlace(scan: StoryScan, from: number, to: number, at: number): PlaceMention | null {
  const c = placeCandidates(scan, from, to);
  if (!c.length) return null;
  const dist = (p: PlaceCandidate) => (p.end <= at ? at - p.end : Math.max(0, p.start - at));
  c.sort((a, b) => b.strength - a.strength || dist(a) - dist(b));
  const best = c[0]!;
  return { text: best.text, start: best.start, end: best.end };
}

/**
 * An incident cannot be dated after its report: such a reading is a misparse ("de 23 ans" read as a year). Only the
 * digits both sides state are compared: a story published "2023-05" may tell of "2023-05-09".
 */
export function afterPublication(date: string, published: string | null, aheadDays = 0): boolean {
  if (!published) return false;
  const n = Math.min(date.length, published.length, 10);
  if (aheadDays > 0 && n === 10) return Date.parse(date.slice(0, 10)) - Date.parse(published.slice(0, 10)) > aheadDays * 86_400_000;
  return date.slice(0, n) > published.slice(0, n);
}

/** Days ahead of its report a hearing may be announced for ("seront jugés les 21, 22 et 23 mai"). */
export const HEARING_AHEAD_DAYS = 31;

/** How far before a place a cue may make it no place of the act ("née à Tunis, en 1995, Sarah …" stays out). */
const NOT_EVENT_CUE_REACH = 28;

/**
 * A cue making the place at `start` no place of the act stands before it: within NOT_EVENT_CUE_REACH, or a longer cue
 * ending right before it ("un détenu du centre pénitentiaire de Béziers").
 */
export function notEventCueBefore(text: string, cues: readonly string[], start: number, from = 0): boolean {
  if (!cues.length) return false;
  if (hasPhrase(text, cues, Math.max(from, start - NOT_EVENT_CUE_REACH), start)) return true;
  return findPhrases(text, cues, Math.max(from, start - 2 * NOT_EVENT_CUE_REACH), start).some((h) => /^\s*$/u.test(text.slice(h.end, start)));
}

/**
 * The dated expression nearest `at` inside [from, to) of sentence `index`, or null. `aheadDays`: how far after the
 * publication a date may be (a hearing announced for the coming days), else none.
 */
export function nearestDate(scan: StoryScan, index: number, from: number, to: number, at: number, aheadDays = 0): DateMatch | null {
  const ds = sentenceDates(scan, index).filter(
    (d) => d.date && d.precision !== 'unknown' && d.start >= from && d.end <= to && !afterPublication(d.date, scan.published, aheadDays) && !tellingDate(scan, d),
  );
  if (!ds.length) return null;
  // ("a mis jeudi sa décision en délibéré au 3 février": a day to come only when the clause tells no day gone by. A day
  // whose year was guessed may be one to come told without it, "lundi prochain (22/04)".)
  const past = aheadDays > 0 ? ds.filter((d) => !afterPublication(d.date!, scan.published, 0) && !d.flags.includes('year_inferred')) : ds;
  return (past.length ? past : ds).reduce((best, d) => (Math.abs(d.start - at) < Math.abs(best.start - at) ? d : best));
}

const keyLists = new WeakMap<Record<string, string>, string[]>();

/** The surface words of a lexicon table, one array per table (the phrase regex cache keys on it). */
function keysOf(table: Record<string, string>): string[] {
  let k = keyLists.get(table);
  if (!k) keyLists.set(table, (k = Object.keys(table)));
  return k;
}

export function weaponsIn(scan: StoryScan, from: number, to: number): string[] {
  const keys = keysOf(scan.lex.weapons);
  const out = new Set<string>();
  for (const h of findPhrases(scan.text, keys, from, to)) {
    const w = scan.lex.weapons[h.text.toLowerCase().replace(/’/g, "'")];
    if (w) out.add(w);
  }
  return [...out];
}

/** Drugs named in the range, with the mass stated just before the drug word ("400 kg de résine"). */
export function drugsIn(scan: StoryScan, from: number, to: number): DrugQuantity[] {
  const keys = keysOf(scan.lex.drugs);
  const hits = findPhrases(scan.text, keys, from, to);
  if (!hits.length) return [];
  let masses: { start: number; end: number; value: number; unit: string }[] = [];
  try {
    masses = scan.kit
      .numbers(scan.text.slice(from, to))
      .filter((n) => n.unit && ['tonne', 'kg', 'g'].includes(n.unit))
      .map((n) => ({ start: n.start + from, end: n.end + from, value: n.value, unit: n.unit! }));
  } catch {
    masses = [];
  }
  if (!masses.length) {
    // The kit may not read masses yet; a plain "400 kg" is enough for a drug quantity.
    MASS_FALLBACK.lastIndex = 0;
    const slice = scan.text.slice(from, to);
    for (let m = MASS_FALLBACK.exec(slice); m; m = MASS_FALLBACK.exec(slice)) {
      const unit = MASS_UNITS[m[2]!.toLowerCase()];
      if (unit) masses.push({ start: from + m.index, end: from + m.index + m[0].length, value: Number(m[1]!.replace(',', '.')), unit });
    }
  }
  const out: DrugQuantity[] = [];
  const seen = new Set<string>();
  const usedMass = new Set<number>();
  for (const h of hits) {
    const drug = scan.lex.drugs[h.text.toLowerCase()];
    if (!drug) continue;
    const mass = masses.find((m, i) => !usedMass.has(i) && m.end <= h.start && h.start - m.end <= 24);
    if (mass) usedMass.add(masses.indexOf(mass));
    if (!mass && (drug === 'drugs' || drug === 'cash')) continue;
    const key = `${drug}|${mass?.value ?? ''}`;
    if (seen.has(key) || (!mass && out.some((d) => d.drug === drug))) continue;
    seen.add(key);
    out.push({ drug, quantity: mass ? mass.value : null, unit: mass ? mass.unit : null });
  }
  return out.filter((d) => d.quantity !== null || !out.some((o) => o.drug === d.drug && o.quantity !== null));
}

export function actorsIn(scan: StoryScan, from: number, to: number, victims: VictimPhrase[]): string[] {
  const out = new Set<string>();
  for (const e of scan.entities) {
    if ((e.type !== 'person' && e.type !== 'criminal_group') || e.start < from || e.end > to) continue;
    if (victims.some((v) => v.start <= e.start && e.end <= v.end)) continue;
    out.add(e.name);
  }
  return [...out];
}

