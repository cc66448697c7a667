// Extractors: finds trigger phrases clause by clause, drops non-incident uses, and builds one candidate per clause and type.

import type { EventType, PlaceMention } from '../../core/types.js';
import type { IncidentLexicon, TriggerSpec } from './lexicon-types.js';
import { actorsIn, afterPublication, auxWords, casualties, drugsIn, HEARING_AHEAD_DAYS, nearestDate, nearestPlace, nearPlace, outcomeLists, placeCandidates, refersToPriorEvent, sentenceDates, smallToll, victimPhrases, weaponsIn, wordBefore } from './fields.js';
import { isCaptionLine } from '../../clean/text/lines.js';
import { DAY_CUT_TO_REFERENCE, isoDaysAfter, isoMonthsBefore } from '../common/dates.js';
import { DisjointSpans } from '../common/spans.js';
import { findPhrases, hasPhrase } from './phrase-pattern.js';
import type { Candidate, Clause, StoryScan, TriggerHit } from './types.js';
import type { DateMatch } from '../common/types.js';

const PERCENT = /%|\bper ?cent\b|\bpour ?cent\b/iu;
const NEXT_WORDS = /^\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/u;
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]+/u;
/** How far before a trigger a status cue ("toujours", "still") reads it as a state, in characters. */
const STATUS_REACH = 16;
const HEADING_END = /[.!?…:"”»’')]\s*$/u;

const definiteCache = new WeakMap<IncidentLexicon, RegExp>();

/** "the fatal prison break", "cette fusillade": a determiner, at most two plain words, then the trigger. */
/** Words that make a victim another one than those told ("la seconde victime", "another man", "un autre blessé"). */
const ANOTHER = /(?<![\p{L}])(?:second|seconde|deuxième|troisième|autre|autres|other|others|another|third)(?![\p{L}])/iu;

/** A singular definite article ("le", "la", "l'", "the", "cette") opens the phrase at `start` or stands right before it. */
export function definiteAt(lex: IncidentLexicon, text: string, start: number): boolean {
  const singular = new Set(lex.definites.map((d) => d.toLowerCase().replace(/’/g, "'")).filter((d) => !PLURAL_DETERMINERS.has(d)));
  const opening = /^(l['’]|[\p{L}]+)/iu.exec(text.slice(start, start + 12))?.[1];
  const before = /(l['’]|[\p{L}]+)\s*$/iu.exec(text.slice(Math.max(0, start - 12), start))?.[1];
  return [opening, before].some((w) => w !== undefined && singular.has(w.toLowerCase().replace(/’/g, "'")));
}
const PLURAL_DETERMINERS = new Set(['les', 'ces', 'leurs', 'ses', 'these', 'those', 'their']);

/**
 * "son oncle", "l'oncle de l'enfant", "the boy's uncle", "his brother": a relative of someone the story told, named by
 * a kinship noun with a possessive or a complement, is another person, not a victim already told (the definite
 * article only says whose relative).
 */
// Compiled once: the patterns are built from the lexicon's words, the same on every call.
const kinPatterns = new Map<string, RegExp>();
const kinPattern = (source: string): RegExp => {
  let re = kinPatterns.get(source);
  if (!re) kinPatterns.set(source, (re = new RegExp(source, 'u')));
  return re;
};

function kinOfAnother(lex: IncidentLexicon, text: string, v: { start: number; end: number }): boolean {
  const kin = lex.kinNouns ?? [];
  if (!kin.length) return false;
  const phrase = text.slice(v.start, v.end).toLowerCase().replace(/’/g, "'");
  // ("the boy's uncle": the phrase may stop on the owner, the relative right after it.)
  const tail = text.slice(v.end, Math.min(text.length, v.end + 24)).toLowerCase().replace(/’/g, "'");
  if (kin.some((k) => kinPattern(`^'s\\s+${k}(?![\\p{L}])`).test(tail))) return true;
  // ("l'oncle de l'enfant": the phrase may be the owner told after the relative.)
  const lead = text.slice(Math.max(0, v.start - 24), v.start).toLowerCase().replace(/’/g, "'");
  if (kin.some((k) => kinPattern(`(?<![\\p{L}])${k}\\s+(?:de|d'|du|des|of)\\s*(?:l'|la |le |les |the )?$`).test(lead))) return true;
  const head = kin.find((k) => kinPattern(`(?<![\\p{L}])${k}(?![\\p{L}])`).test(phrase));
  if (head === undefined) return false;
  if (kinPattern(`(?<![\\p{L}])${head}\\s+(?:de|d'|du|des|of)(?![\\p{L}])`).test(phrase)) return true;
  const before = text.slice(Math.max(0, v.start - 14), v.start).toLowerCase().replace(/’/g, "'");
  const after = text.slice(v.end, Math.min(text.length, v.end + 6)).toLowerCase().replace(/’/g, "'");
  const owners = lex.possessives ?? [];
  const owned = owners.some((o) => kinPattern(`(?<![\\p{L}])${o}\\s+(?:\\p{L}+\\s+)?${head}(?![\\p{L}])`).test(phrase) || kinPattern(`(?<![\\p{L}])${o}\\s+$`).test(before));
  return owned || /^\s+(?:de |d'|du |des |of )/u.test(after) || /'s\s+$/u.test(before) || /(?<![\p{L}])\p{L}+'s\s/u.test(phrase);
}

function definiteTail(lex: IncidentLexicon): RegExp {
  let re = definiteCache.get(lex);
  if (!re) {
    const dets = lex.definites.map((d) => d.replace(/['’]/g, "['’]")).join('|');
    re = new RegExp(`(?:^|[^\\p{L}])(?:${dets})(?:\\s+|(?<=['’]))(?:[\\p{L}-]+\\s+){0,2}$`, 'iu');
    definiteCache.set(lex, re);
  }
  return re;
}

/** The text ends with a relative pronoun ("dont"): the determiner after it belongs to a relative clause. */
function relativeBefore(lex: IncidentLexicon, text: string): boolean {
  const w = wordBefore(text, text.length)?.toLowerCase();
  return w !== undefined && (lex.relativePronouns ?? []).includes(w);
}

const wordCountCache = new WeakMap<IncidentLexicon, RegExp>();
const dayCountCache = new WeakMap<IncidentLexicon, RegExp>();

/** "ten people", "trois personnes": a written count (3 or more) of plural people. */
function wordCountRegex(lex: IncidentLexicon): RegExp {
  let re = wordCountCache.get(lex);
  if (!re) {
    const counts = Object.entries(lex.countWords).filter(([, v]) => v >= 3).map(([w]) => w);
    const people = lex.persons.filter((p) => p.plural && p.role === null).flatMap((p) => p.words);
    re = new RegExp(`(?<![\\p{L}])(?:${counts.join('|')})\\s+(?:${people.join('|')})(?![\\p{L}])`, 'iu');
    wordCountCache.set(lex, re);
  }
  return re;
}

/** "two days earlier", "trois jours plus tard". */
function dayCountRegex(lex: IncidentLexicon): RegExp {
  let re = dayCountCache.get(lex);
  if (!re) {
    const units = [...lex.dayUnits, ...(lex.hourUnits ?? [])].sort((a, b) => b.length - a.length);
    re = new RegExp(`(?<![\\p{L}])(\\p{L}+|\\d+)\\s+(${units.join('|')})\\s+(\\p{L}+(?:\\s\\p{L}+){0,3})`, 'iu');
    dayCountCache.set(lex, re);
  }
  return re;
}

const coarseCountCache = new WeakMap<IncidentLexicon, RegExp | null>();

/** "un an après …", "three months after …": a count of the lexicon's coarse units (see coarseUnits), as dayCountRegex. */
function coarseCountRegex(lex: IncidentLexicon): RegExp | null {
  let re = coarseCountCache.get(lex);
  if (re === undefined) {
    const units = (lex.coarseUnits ?? []).flatMap((u) => u.words).sort((a, b) => b.length - a.length);
    re = units.length ? new RegExp(`(?<![\\p{L}])(\\p{L}+|\\d+)\\s+(${units.join('|')})\\s+(\\p{L}+(?:\\s\\p{L}+){0,3})`, 'iu') : null;
    coarseCountCache.set(lex, re);
  }
  return re;
}

const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

/** Start of the (up to) `n` words before `pos`, not before `floor`. A plain backward walk: a `$`-anchored regex backtracks. */
function backWords(text: string, pos: number, floor: number, n = 4): number {
  let i = pos;
  for (let words = 0; words < n && i > floor; words++) {
    while (i > floor && !WORD_CHAR.test(text[i - 1]!)) i--;
    if (i <= floor) break;
    while (i > floor && WORD_CHAR.test(text[i - 1]!)) i--;
  }
  return i;
}

export function clausesOf(scan: StoryScan, index: number): Clause[] {
  const s = scan.sentences[index]!;
  // Scraped text is full of non-breaking spaces; clause markers are written with plain ones.
  const lower = s.text.toLowerCase().replace(/\s/g, ' ');
  const cuts: number[] = [];
  for (const b of scan.lex.clauseBreaks) {
    for (let i = lower.indexOf(b); i > 0; i = lower.indexOf(b, i + 1)) cuts.push(i);
  }
  cuts.push(...datedJoins(scan, index, lower));
  const shift = complementCut(scan, s, lower);
  if (shift > 0) cuts.push(shift);
  cuts.sort((a, b) => a - b);
  const out: Clause[] = [];
  let start = 0;
  for (const c of cuts) {
    if (c - start < 12) continue;
    out.push({ start: s.start + start, end: s.start + c, sentence: index, ...(c === shift && start === 0 ? { complement: true as const } : {}) });
    start = c;
  }
  out.push({ start: s.start + start, end: s.end, sentence: index });
  return out;
}

/** Characters after a join within which the date that opens the second act must start. */
const JOIN_TO_DATE = 3;

/**
 * Where a join (", et", ", and") opens a second dated act: a date starts right after it, and another date of the
 * sentence came before it ("en novembre, un homme y a été blessé, et en avril, un adolescent a été tué"). Positions
 * are in the sentence.
 */
function datedJoins(scan: StoryScan, index: number, lower: string): number[] {
  const joins = scan.lex.datedClauseJoins ?? [];
  if (joins.length === 0) return [];
  const s = scan.sentences[index]!;
  const dates = sentenceDates(scan, index).filter((d) => d.date !== null);
  if (dates.length < 2) return [];
  const cuts: number[] = [];
  for (const j of joins) {
    for (let i = lower.indexOf(j); i > 0; i = lower.indexOf(j, i + 1)) {
      const after = s.start + i + j.length;
      if (!dates.some((d) => d.start >= after && d.start - after <= JOIN_TO_DATE)) continue;
      if (!dates.some((d) => d.end <= s.start + i)) continue;
      cuts.push(i);
    }
  }
  return cuts;
}

/** Characters from a sentence's start within which "N days after" may open it. */
const SHIFT_OPENING = 3;

/**
 * "Trois jours après la mort de Fayed, 10 ans, tué par une balle perdue à Pissevin, un homme de 18 ans a été abattu
 * mercredi": a sentence opened by "N days after" tells an earlier act in that complement, and a new act from the comma
 * that brings a new person ("un homme", "two men"). Returns where that comma is (in the sentence), or -1.
 */
function complementCut(scan: StoryScan, s: { start: number; text: string }, lower: string): number {
  // (Days or longer units: "Un an après l'attaque du fourgon, …, un homme a été tué".)
  const m = [dayCountRegex(scan.lex), coarseCountRegex(scan.lex)].map((re) => re?.exec(lower) ?? null).find((x) => x !== null && x.index <= SHIFT_OPENING) ?? null;
  // (Only "after" opening a complement: "Trois jours plus tard, un homme …" tells one later act.)
  const forward = m ? scan.lex.shiftForward.find((w) => m[3]!.startsWith(w)) : undefined;
  if (!m || m.index > SHIFT_OPENING || forward === undefined || !/^\s+\p{L}/u.test(lower.slice(m.index + m[0].length - m[3]!.length + forward.length))) return -1;
  const openers = scan.lex.listedActOpeners ?? [];
  for (let c = lower.indexOf(',', m.index + m[0].length); c > 0; c = lower.indexOf(',', c + 1)) {
    const rest = lower.slice(c + 1).trimStart();
    if (!openers.some((o) => rest.startsWith(o + ' '))) continue;
    const at = s.start + c + 1 + (lower.length - c - 1 - rest.length);
    if (victimPhrases(scan, at, Math.min(s.start + s.text.length, at + 40)).some((v) => v.start === at)) return c;
  }
  return -1;
}

/** Characters after a trigger where its `notBefore` objects are looked for. */
const NOT_BEFORE_REACH = 24;

function nearOk(scan: StoryScan, spec: TriggerSpec, hit: { start: number; end: number }, clause: Clause): boolean {
  if (!spec.near) return true;
  const w = spec.window ?? 5;
  const before = scan.text.slice(Math.max(clause.start, hit.start - w * 12), hit.start);
  const after = scan.text.slice(hit.end, Math.min(clause.end, hit.end + w * 12));
  const cut = (t: string, fromEnd: boolean) => {
    const words = t.split(/\s+/).filter(Boolean);
    return (fromEnd ? words.slice(-w) : words.slice(0, w)).join(' ');
  };
  const zone = spec.nearAfter ? cut(after, false) : `${cut(before, true)} \u0000 ${cut(after, false)}`;
  return hasPhrase(zone, spec.near);
}

/** The word right before a `near` trigger is one of its cue nouns: the participle qualifies it ("les renforts déployés"). */
function adjectival(scan: StoryScan, spec: TriggerSpec, hit: { start: number; end: number }, clause: Clause): boolean {
  const before = scan.text.slice(Math.max(clause.start, hit.start - 40), hit.start);
  const last = /([\p{L}'’-]+)\s*$/u.exec(before)?.[1];
  return last !== undefined && hasPhrase(last, spec.near!);
}

/** Words before a crime noun within which a person's record may be told ("condamné dans le passé à plusieurs reprises pour des faits de"). */
const RECORD_REACH = 16;

/** A sentence opening on a place adverbial: "À la prison de …", "Devant la maison d'arrêt …", "In a prison in …". */
const PLACE_OPENING = /^[\s«"“]*(?:à|au|aux|dans|devant|près\s+de|in|at|outside|near)(?![\p{L}])/iu;

/** Words after an act of violence within which its target may be named ("tirs … sur la porte du centre pénitentiaire"). */
const TARGET_WINDOW = 10;
const prisonTargetCache = new WeakMap<object, string[]>();

/**
 * A prison or its staff named as the act's target: within TARGET_WINDOW words after the trigger, among the words the
 * language's prison-attack triggers must stand near. Only after it: "sorti de prison, il a été abattu" is a victim's
 * record, not a target.
 */
function prisonTarget(scan: StoryScan, hit: { start: number; end: number }, clause: Clause): boolean {
  let words = prisonTargetCache.get(scan.lex);
  if (!words) {
    const prisonNear = scan.lex.triggers.filter((t) => t.type === 'prison_attack' && t.near && (t.window ?? 5) >= TARGET_WINDOW);
    words = [...new Set(prisonNear.flatMap((t) => t.near!))];
    prisonTargetCache.set(scan.lex, words);
  }
  if (!words.length) return false;
  const after = scan.text.slice(hit.end, Math.min(clause.end, hit.end + TARGET_WINDOW * 12)).split(/\s+/).filter(Boolean).slice(0, TARGET_WINDOW).join(' ');
  if (hasPhrase(after, words)) return true;
  // "À la prison de Toulon, 15 impacts de balles ont été relevés sur la porte", "In a prison in Aix, two vehicles were
  // set on fire": the prison set at the head of the sentence, in a phrase of its own before the act, is where shots or
  // fire with no victim were aimed.
  // ("Lundi, à la prison de Toulon, …": a day may come first.)
  const sentence = scan.sentences[clause.sentence]!;
  const fronted = scan.text.slice(sentence.start, hit.start).split(',').slice(0, -1);
  if (fronted.some((seg) => PLACE_OPENING.test(seg) && hasPhrase(seg, words)) && !victimPhrases(scan, clause.start, clause.end).length) return true;
  // A passive names its target before it: "la porte d'entrée du centre pénitentiaire a été criblée de balles". (Not
  // when someone other than the prison's staff is its subject: "un détenu de la prison a été tué".)
  if (victimPhrases(scan, clause.start, hit.start).some((v) => v.role !== 'prison_officer')) return false;
  const before = scan.text.slice(clause.start, hit.start).split(/\s+/).filter(Boolean);
  const aux = [...scan.lex.singularPassive, ...scan.lex.pluralPassive].map((a) => a.toLowerCase().split(' '));
  const tail = aux.filter((a) => a.length <= before.length && a.every((w, i) => before[before.length - a.length + i]!.toLowerCase() === w)).sort((x, y) => y.length - x.length)[0];
  if (tail === undefined) return false;
  const subject = before.slice(0, before.length - tail.length).slice(-TARGET_WINDOW).join(' ');
  return hasPhrase(subject, words);
}

/** How many words may stand between an accusation cue and the act it governs ("soupçonnés d'avoir, à divers degrés, racketté"). */
const ACCUSATION_GAP = 3;

/**
 * "Des policiers soupçonnés d'avoir racketté des dealers", "officers accused of extorting drug sellers": an act told as
 * what someone is accused of, with no day and no counted or aged victim of its own, is the charge of the case the
 * story tells (a trial, an inquiry), not an act of its own. "Soupçonné d'avoir abattu un homme de 25 ans le 3 mars"
 * still tells a killing.
 */
function accused(scan: StoryScan, hit: TriggerHit, clause: Clause): boolean {
  const cues = scan.lex.accusationCues;
  if (!cues?.length || !ACCUSABLE.includes(hit.spec.type)) return false;
  const floor = backWords(scan.text, hit.start, clause.start, ACCUSATION_GAP + 1);
  if (!findPhrases(scan.text, cues, clause.start, hit.start).some((c) => c.end >= floor)) return false;
  if (dayDated(scan, clause)) return false;
  // The act's own object only: a list of charges goes on with other people ("ou violenté un suspect").
  const comma = scan.text.slice(hit.end, clause.end).search(/[,;]/u);
  const end = comma < 0 ? clause.end : hit.end + comma;
  return !victimPhrases(scan, hit.end, end).some((v) => v.age !== null || (v.count !== null && v.count < 20));
}

/** A specific anchor near a nominal trigger: a number, a person, a name or a place. "growing corruption" has none. */
function anchored(scan: StoryScan, hit: TriggerHit, clause: Clause): boolean {
  const after = scan.text.slice(hit.end, clause.end);
  // "arson incidents", "shooting attacks": the trigger only qualifies a plural count noun.
  const next = /^\s*([\p{L}-]+)/u.exec(after);
  if (next && scan.lex.countNouns.includes(next[1]!.toLowerCase())) return false;
  const zone = scan.text.slice(hit.end, Math.min(clause.end, hit.end + 60));
  if (/\d/.test(zone) || CAPITALISED.test(zone)) return true;
  // "Une fusillade, potentiellement liée au narcotrafic, a éclaté … à Nice": the anchor may come later in the clause.
  const rest = scan.text.slice(hit.end, clause.end);
  if (/\d/.test(rest) || CAPITALISED.test(rest)) return true;
  if (victimPhrases(scan, clause.start, clause.end).length > 0) return true;
  // "À Fontaine, des coups de feu ont été tirés sans faire de blessés": a town the clause opens on, told with its
  // preposition, places one act.
  // (Not an act the clause refers back to: "Renforts à Nantes après des tirs" names where the renforts went.)
  if (!refersToPriorEvent(scan, clause, hit) && placeCandidates(scan, clause.start, hit.start).some((p) => p.strength >= 2)) return true;
  // ("Paris : une fusillade fait un mort et quatre blessés": a toll of its own makes it one act.)
  if (smallToll(scan, clause)) return true;
  // "Les Izards ont connu lundi soir leur quatrième fusillade", "après les coups de feu tirés vendredi soir": a day of
  // its own, before or after the trigger, makes it one act, not a trend. So does a lapse of hours ("quelques heures
  // plus tôt") or a night.
  return dayDated(scan, clause) || hasPhrase(scan.text, scan.lex.lapseCues ?? [], clause.start, clause.end);
}

/**
 * A hypothesis told in text[from, to). A condition ("si", "if") holds only up to its comma or colon: in "si cette
 * affaire interpelle, c'est d'abord par les quantités saisies : 143 kilos ont été interceptés", the seizure is told.
 */
function hypothesisBefore(scan: StoryScan, from: number, to: number): boolean {
  const conditions = scan.lex.conditionals ?? [];
  return findPhrases(scan.text, scan.lex.hypotheticals, from, to).some(
    (h) => !(conditions.includes(h.text.toLowerCase()) && /[,:;]/u.test(scan.text.slice(h.end, to))),
  );
}

function personPresent(scan: StoryScan, clause: Clause): boolean {
  if (victimPhrases(scan, clause.start, clause.end).length) return true;
  // "two were injured, one seriously", "deux ont été blessés": a count that is the passive's subject is people.
  if (countedPassive(scan, clause)) return true;
  if (hasPhrase(scan.text, scan.lex.personPronouns, clause.start, clause.end)) return true;
  return scan.entities.some((e) => e.type === 'person' && e.start >= clause.start && e.end <= clause.end);
}

const countedPassiveCache = new WeakMap<object, { counted: RegExp; ordinal: RegExp }>();

/**
 * The subject of a passive is a count or an ordinal, people with no noun: "two were injured", "deux ont été blessés",
 * "et une troisième a été blessée", "and a third was wounded", "tandis qu'un autre a été blessé", "another was wounded".
 */
function countedPassive(scan: StoryScan, clause: Clause): boolean {
  let re = countedPassiveCache.get(scan.lex);
  if (!re) {
    const counts = Object.keys(scan.lex.countWords).filter((w) => (scan.lex.countWords[w] ?? 0) >= 2);
    const arts = scan.lex.singularArticles.filter((a) => /^\p{L}+$/u.test(a));
    const aux = (list: string[]) => list.map((a) => a.replace(/\s+/gu, '\\s+')).join('|');
    const others = (scan.lex.anotherPerson ?? []).map((w) => w.replace(/\s+/gu, '\\s+'));
    re = {
      counted: new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:${counts.join('|')}|\\d{1,2})\\s+(?:${aux(scan.lex.pluralPassive)})${others.length ? `|(?:${others.join('|')})\\s+(?:${aux(scan.lex.singularPassive)})` : ''})(?![\\p{L}])`, 'iu'),
      ordinal: new RegExp(`(?<![\\p{L}])(?:${arts.join('|')})\\s+(\\p{L}+)\\s+(?:${aux(scan.lex.singularPassive)})(?![\\p{L}])`, 'giu'),
    };
    countedPassiveCache.set(scan.lex, re);
  }
  const text = scan.text.slice(clause.start, clause.end);
  if (re.counted.test(text)) return true;
  re.ordinal.lastIndex = 0;
  for (let m = re.ordinal.exec(text); m; m = re.ordinal.exec(text)) {
    if (scan.kit.numbers(m[1]!).some((x) => x.kind === 'ordinal' && x.value >= 2)) return true;
  }
  return false;
}

/** A victim told as one person ("un homme de 35 ans", "a teenager"). */
function onePerson(scan: StoryScan, clause: Clause): boolean {
  return victimPhrases(scan, clause.start, clause.end).some((v) => v.count === 1 || v.age !== null);
}

/**
 * "Des dizaines de personnes ont défilé samedi en mémoire de Fayed, l'enfant de 10 ans tué …", "Hundreds of people
 * attended the funeral of the boy killed …": the people counted did something else; the act's victim is told after
 * them, as one person or by an age, before any death or wound is said of them.
 */
const outcomePhrases = new WeakMap<IncidentLexicon, string[]>();

function crowdBeforeVictim(scan: StoryScan, clause: Clause, at: number): boolean {
  let outcomes = outcomePhrases.get(scan.lex);
  if (!outcomes) outcomePhrases.set(scan.lex, (outcomes = outcomeLists(scan.lex).flatMap((o) => o.phrases)));
  const firstOutcome = findPhrases(scan.text, outcomes, at, clause.end)[0];
  if (!firstOutcome) return false;
  const partitives = scan.lex.partitives ?? [];
  return victimPhrases(scan, at, firstOutcome.start).some((v) => (v.age !== null || v.count === 1) && v.start > at && !hasPhrase(scan.text, partitives, Math.max(at, v.start - 24), v.start + 1));
}

/** A victim told as one person, an age, or a counted group ("three men"): a specific act, not a trend. */
function singularVictim(scan: StoryScan, clause: Clause): boolean {
  return victimPhrases(scan, clause.start, clause.end).some((v) => (v.count !== null && v.count < 20) || v.age !== null);
}

/** Days a span of two dates in one clause must exceed to be a period (a tally's), not one act's night or weekend. */
const PERIOD_DAYS = 7;
const SPAN_OPEN = /(?:entre|du|depuis le|between|from)\s+(?:le\s+|the\s+)?$/iu;
const SPAN_LINK = /^\s*(?:et|au|à|jusqu['’]au|and|to|until|through)\s+(?:le\s+|the\s+)?$/iu;

/** "Entre le 1er janvier et le 31 juillet 2022, les douaniers ont saisi…", "between January and July": a period. */
function periodSpan(scan: StoryScan, clause: Clause): boolean {
  const ds = sentenceDates(scan, clause.sentence).filter((d) => d.start >= clause.start && d.end <= clause.end && d.date);
  for (let i = 0; i + 1 < ds.length; i++) {
    const a = ds[i]!;
    const b = ds[i + 1]!;
    if (!SPAN_OPEN.test(scan.text.slice(Math.max(clause.start, a.start - 12), a.start))) continue;
    if (!SPAN_LINK.test(scan.text.slice(a.end, b.start))) continue;
    const from = Date.parse(a.date!.length === 4 ? `${a.date}-01-01` : a.date!.length === 7 ? `${a.date}-01` : a.date!);
    const to = Date.parse(b.date!.length === 4 ? `${b.date}-12-31` : b.date!.length === 7 ? `${b.date}-28` : b.date!);
    if (Number.isFinite(from) && Number.isFinite(to) && to - from > PERIOD_DAYS * 86_400_000) return true;
  }
  return false;
}

/** "deux autres homicides", "two other shootings", "three previous killings": acts other than the one told. */
const OTHER_ACTS = /^(?:autres|other|more|previous|earlier|précédents|précédentes|précédent)$/u;

/** A statistic, not an incident: "367 cases", "25%", "ten people were killed last year". */
function statistical(scan: StoryScan, clause: Clause, judged = false): boolean {
  const t = scan.text.slice(clause.start, clause.end);
  if (PERCENT.test(t)) return true;
  // ("Nine people were tried … for trafficking between 2018 and 2021": the span is the offences' a trial judges.)
  if (!judged && periodSpan(scan, clause)) return true;
  let lower = t.toLowerCase();
  // "selon le bilan du procureur" names who gave the act's toll: its "le bilan" is no tally.
  for (const h of scan.lex.tollSources?.length ? findPhrases(lower, scan.lex.tollSources, 0, lower.length) : []) {
    lower = lower.slice(0, h.start) + ' '.repeat(h.end - h.start) + lower.slice(h.end);
  }
  const aggregated = hasPhrase(lower, scan.lex.aggregators);
  const personNouns = pluralPersonNouns(scan.lex);
  // The kit's numbers of the whole story (memoised, shared with claims) read "quarante-neuf" as well as "49".
  let numbers: { start: number; end: number; value: number }[] = [];
  try {
    numbers = scan.kit.numbers(scan.text).filter((n) => n.start >= clause.start && n.end <= clause.end);
  } catch {
    numbers = [];
  }
  for (const n of numbers) {
    const value = n.value;
    if (!Number.isFinite(value) || value < 2) continue;
    if (value >= 1900 && value <= 2100 && Number.isInteger(value)) continue;
    // "une rixe impliquant une vingtaine de personnes": those who took part, not a toll nor a tally.
    if (participants(scan, clause, n.start)) continue;
    // "110 people", "367 reported cases": the count noun is the next word or the one after.
    const next = NEXT_WORDS.exec(scan.text.slice(n.end, clause.end));
    const words = [next?.[1], next?.[2]].map((w) => w?.toLowerCase());
    // A casualty noun counts only right after the number ("deux morts"; not "23 were killed").
    // ("Deux hommes ont été tués en deux jours": over a span, counted people are a tally too; not beside one person of
    // their own, "un homme de 35 ans a été tué et deux autres blessés, début octobre de la même année".)
    const noun = words.find((w, k) => w && (scan.lex.countNouns.includes(w) || (k === 0 && scan.lex.casualtyNouns?.[w]) || (k === 0 && aggregated && personNouns.has(w) && !onePerson(scan, clause))));
    if (!noun) continue;
    // "tué samedi à Valence, théâtre depuis mardi de deux autres homicides": a count of other acts, told beside this
    // one, is no tally of it.
    if (OTHER_ACTS.test(words[0] ?? '') && !aggregated) continue;
    // "faisant deux morts": a small toll of one act, told with a casualty noun; but "sept morts en août", dated by a
    // month or a year and no day, is a tally.
    if (scan.lex.casualtyNouns?.[noun] && value < 20 && !aggregated && !(value >= 3 && coarselyDated(scan, clause))) continue;
    if (!personNouns.has(noun)) return true;
    if (!aggregated && crowdBeforeVictim(scan, clause, n.end)) continue;
    if (aggregated || value >= 20) return true;
  }
  if (aggregated && wordCountRegex(scan.lex).test(t)) return true;
  return aggregated && !singularVictim(scan, clause) && !/\b(?:on|le)\s+\d{1,2}\b/iu.test(t);
}

/** The count at `at` follows a participants' cue ("impliquant une vingtaine de", "involving some"), up to two words apart. */
function participants(scan: StoryScan, clause: Clause, at: number): boolean {
  const cues = scan.lex.participantCues;
  if (!cues?.length) return false;
  return findPhrases(scan.text, cues, Math.max(clause.start, at - 40), at).some((h) => /^\s+(?:[\p{L}'’]+\s+){0,2}$/u.test(scan.text.slice(h.end, at)));
}

/** The clause is dated by a month or a year and by no day: a period, as tallies are. */
function coarselyDated(scan: StoryScan, clause: Clause): boolean {
  // (A day the text names, cut to the month of a publication dated by its month only, is one day: "said Saturday".)
  const ds = sentenceDates(scan, clause.sentence).filter((d) => d.start >= clause.start && d.end <= clause.end && d.date);
  return ds.some((d) => (d.precision === 'month' || d.precision === 'year') && !d.flags.includes(DAY_CUT_TO_REFERENCE)) && !ds.some((d) => d.precision === 'day' || d.flags.includes(DAY_CUT_TO_REFERENCE));
}

/** The clause names a day ("on Sunday", "le 3 mars"): one occasion, not a habit or a trend. */
function dayDated(scan: StoryScan, clause: Clause): boolean {
  return sentenceDates(scan, clause.sentence).some((d) => d.start >= clause.start && d.end <= clause.end && d.precision === 'day');
}

/** The clause is dated by a week ("this week", "la semaine dernière", "cette semaine"). */
function weekDated(scan: StoryScan, clause: Clause): boolean {
  return sentenceDates(scan, clause.sentence).some((d) => d.start >= clause.start && d.end <= clause.end && d.week !== undefined)
    || /(?<![\p{L}])(?:this\s+week|last\s+week|cette\s+semaine|la\s+semaine\s+dernière)(?![\p{L}])/iu.test(scan.text.slice(clause.start, clause.end));
}

const pluralNounsCache = new WeakMap<IncidentLexicon, Set<string>>();

function pluralPersonNouns(lex: IncidentLexicon): Set<string> {
  let set = pluralNounsCache.get(lex);
  if (!set) pluralNounsCache.set(lex, (set = new Set(lex.persons.filter((p) => p.plural).flatMap((p) => p.words))));
  return set;
}

export function isHeading(scan: StoryScan, index: number): boolean {
  const s = scan.sentences[index]!;
  const lineStart = scan.text.lastIndexOf('\n', s.start - 1) + 1;
  let lineEnd = scan.text.indexOf('\n', s.end);
  if (lineEnd < 0) lineEnd = scan.text.length;
  const line = scan.text.slice(lineStart, lineEnd).trim();
  const words = line.split(/\s+/).length;
  // The story's last line, long and unfinished, is a sentence the copy cut off ("… sur un point de deal du quartier
  // Mau"), not a heading.
  if (index > 0 && scan.text.slice(lineEnd).trim() === '' && words >= CUT_SENTENCE_WORDS) return false;
  return line === s.text.trim() && !HEADING_END.test(line) && words <= 30;
}

/** Words from which an unfinished last line is a cut-off sentence rather than a heading. */
const CUT_SENTENCE_WORDS = 12;

/** A day-precise date follows at, set off by a comma or a bracket: "la veille, samedi 3 mai", "the day before (May 3)". */
function glossed(scan: StoryScan, clause: Clause, at: number): boolean {
  const gap = /^\s*[,(–—-]\s*/u.exec(scan.text.slice(at, clause.end));
  if (!gap) return false;
  const from = at + gap[0].length;
  return sentenceDates(scan, clause.sentence).some((d) => d.precision === 'day' && d.start >= from && d.start <= from + GLOSS_REACH);
}

/** Characters between a gloss's comma and its date: a weekday and its article ("le samedi 3 mai"). */
const GLOSS_REACH = 4;

const shiftPhrases = new WeakMap<object, string[]>();

function dayShiftPhrase(d: { phrase: string }): string[] {
  let p = shiftPhrases.get(d);
  if (!p) shiftPhrases.set(d, (p = [d.phrase]));
  return p;
}

/** Hours in a day: a counted shift in hours ("moins de 48 heures après") is read as whole days. */
const HOURS_PER_DAY = 24;

/**
 * A day shift read in a clause: days from the previous event's date, and whether the clause's act is the earlier one
 * ("trois jours seulement après que deux hommes ont été tués", "less than 48 hours after another shooting": the act is
 * told in the complement of "after", so it happened that many days before the act it is compared with).
 */
interface DayShift {
  days: number;
  before: boolean;
}

function dayShift(scan: StoryScan, clause: Clause, firstTrigger: number): DayShift | null {
  const t = scan.text.slice(clause.start, clause.end).toLowerCase();
  for (const d of scan.lex.dayShifts) {
    const h = findPhrases(t, dayShiftPhrase(d))[0];
    if (h === undefined) continue;
    // "les traces de la fusillade de la veille, samedi 3 mai": a day written right after the shift says which day it
    // is; the act is dated by it, not shifted again.
    if (glossed(scan, clause, clause.start + h.end)) return null;
    return { days: d.days, before: false };
  }
  const m = dayCountRegex(scan.lex).exec(t);
  if (!m) return null;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : scan.lex.countWords[m[1]!];
  if (!n) return null;
  const hours = (scan.lex.hourUnits ?? []).includes(m[2]!);
  // (Under a day, "deux heures plus tard, la victime est décédée", the act keeps the day of the one before.)
  const days = hours ? Math.round(n / HOURS_PER_DAY) : n;
  if (days === 0) return null;
  let rest = m[3]!;
  let skipped = 0;
  const adverb = (scan.lex.shiftAdverbs ?? []).find((w) => rest.startsWith(`${w} `));
  if (adverb) {
    skipped = adverb.length + 1;
    rest = rest.slice(skipped);
  }
  // (Hours count only before an act told in the complement: "placés en garde à vue pour 96 heures avant d'être
  // présentés" is a stay, not a shift.)
  if (scan.lex.shiftBack.some((w) => rest.startsWith(w))) return hours ? null : { days: -days, before: false };
  const forward = scan.lex.shiftForward.find((w) => rest.startsWith(w));
  if (forward === undefined) return null;
  // "trois jours après que deux hommes ont été tués", "48 hours after another shooting": the act follows "after" with
  // no break before it, in its complement; "Trois jours après, un homme a été tué" tells a later act.
  const directionEnd = clause.start + m.index + m[0].length - m[3]!.length + skipped + forward.length;
  const complement = firstTrigger >= directionEnd && !/[,;:.()\u2013\u2014]/u.test(scan.text.slice(directionEnd, firstTrigger));
  return complement ? { days: -days, before: true } : hours ? null : { days, before: false };
}

/** The candidate's shift fields. An act told in the complement of "after" that refers back ("two days after the shooting") is no earlier act: no shift. */
function shiftFields(shift: DayShift | null, definite: boolean): { dayShift: number | null; shiftBefore?: true } {
  if (shift === null || (shift.before && definite)) return { dayShift: null };
  return shift.before ? { dayShift: shift.days, shiftBefore: true } : { dayShift: shift.days };
}

/**
 * Most trigger hits a story's reading goes through, the first in the text. Long real stories hold a few hundred; a
 * scraped page repeating one phrase thousands of times would otherwise cost the reading of every one of them.
 */
const MAX_STORY_HITS = 1000;

/** Passes over the whole story once per trigger list, then reads each clause that holds a trigger. */
export function scanCandidates(scan: StoryScan): Candidate[] {
  const { text, lex, sentences } = scan;
  if (!sentences.length) return [];
  const clauses = sentences.map((_, i) => clausesOf(scan, i));
  const sentenceAt = (pos: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Spans already taken by a longer (or earlier-listed) phrase.
  const taken = new DisjointSpans();
  const byClause = new Map<Clause, TriggerHit[]>();
  // The longest phrase wins a span ("entre la vie et la mort" is a wound, not the "mort" inside it); at equal
  // length the lexicon's order decides ("shot dead" is listed before "shot").
  let found = lex.triggers.flatMap((spec, order) => findPhrases(text, spec.phrases).map((h) => ({ spec, order, h })));
  if (found.length > MAX_STORY_HITS) found = found.sort((a, b) => a.h.start - b.h.start).slice(0, MAX_STORY_HITS);
  found.sort((a, b) => b.h.end - b.h.start - (a.h.end - a.h.start) || a.order - b.order || a.h.start - b.h.start);
  for (const { spec, h } of found) {
    {
      if (taken.overlaps(h.start, h.end)) continue;
      const si = sentenceAt(h.start);
      const s = sentences[si]!;
      if (h.start < s.start || h.end > s.end) continue;
      const clause = clauses[si]!.find((c) => h.start >= c.start && h.start < c.end) ?? clauses[si]![0]!;
      const hit: TriggerHit = { ...h, spec };
      if (!nearOk(scan, spec, h, clause)) continue;
      // "malgré les renforts policiers déployés": a participle right after the noun it qualifies describes a state,
      // it tells no deployment ("ont été déployés" does).
      if (spec.type === 'police_operation' && spec.near && adjectival(scan, spec, h, clause)) continue;
      // "avoir exécuté cette mission", "executed a search warrant": the verb's object says it is no killing.
      if (spec.notBefore && hasPhrase(scan.text, spec.notBefore, h.end, Math.min(clause.end, h.end + NOT_BEFORE_REACH))) continue;
      if (spec.exceptIn && hasPhrase(scan.text, spec.exceptIn, clause.start, clause.end)) continue;
      if (hasPhrase(text, lex.negations, backWords(text, h.start, clause.start), h.start)) continue;
      // "un homme qui venait de purger une peine de prison … a été abattu": the victim's record, not a verdict.
      // "connu de la justice pour avoir été condamné en 2017 à deux ans de prison": with no day in the clause, the cue
      // reaches every sentence word of the record ("deux ans de prison" too), not only the verb right after it.
      if (spec.type === 'trial_verdict' && lex.pastRecordCues && hasPhrase(text, lex.pastRecordCues, backWords(text, h.start, clause.start, dayDated(scan, clause) ? 4 : RECORD_REACH), h.start)) continue;
      // "déjà condamné à six ans de prison en 2012 dans une autre affaire, a été condamné mardi à…": a verdict told as
      // "already" given is the person's record (the adverb right before the verb, or before its auxiliary).
      if (spec.type === 'trial_verdict' && lex.recordAdverbs && hasPhrase(text, lex.recordAdverbs, backWords(text, h.start, clause.start, 2), h.start)) continue;
      // "avait été condamné à plusieurs reprises pour des faits de vols aggravés, d'extorsion…": a crime named as a
      // noun after a person's record is that record, not an act the story tells.
      // (So is a charge named after one: "had been involved in an attempted murder back in 2019".)
      if ((spec.nominal || !spec.outcome) && CRIMES.includes(spec.type) && lex.pastRecordCues && hasPhrase(text, lex.pastRecordCues, backWords(text, h.start, clause.start, RECORD_REACH), h.start)) continue;
      // "un détenu de 21 ans, actuellement incarcéré à Metz": where someone is held now, not an arrest the story tells.
      if (spec.type === 'police_operation' && lex.stateCues && hasPhrase(text, lex.stateCues, backWords(text, h.start, clause.start, 2), h.start)) continue;
      if (accused(scan, hit, clause)) continue;
      if (spec.needsPerson && !personPresent(scan, clause)) continue;
      if (spec.nominal && !anchored(scan, hit, clause)) continue;
      // "des tirs à l'arme lourde sur la porte du centre pénitentiaire": shots or fire aimed at a prison or its staff
      // (named right after the act, as its target) are an attack on the prison, whichever phrase took the span.
      if ((spec.type === 'shooting_homicide' || spec.type === 'arson_intimidation') && prisonTarget(scan, h, clause)) {
        hit.spec = { ...spec, type: 'prison_attack' };
      }
      taken.add(hit);
      const list = byClause.get(clause) ?? [];
      list.push(hit);
      byClause.set(clause, list);
    }
  }
  // "…, des tirs sur un local pénitentiaire à Luynes, une rafale contre la porte de la prison de Toulon": acts listed
  // one after the other, each with its own place, are as many acts, not one.
  const listed = new Set<Clause>();
  for (const [clause, all] of [...byClause]) {
    const parts = listedActs(scan, clause, all);
    if (!parts) continue;
    byClause.delete(clause);
    for (const part of parts) {
      listed.add(part.clause);
      byClause.set(part.clause, part.hits);
    }
  }
  const out: Candidate[] = [];
  // Sentences told as a tally (a statistic, a yearly total): "The authorities also seized 1.4 tonnes of heroin" right
  // after them goes on with the list, with no day or place of its own.
  const tally = new Set<number>();
  const goesOnWithTally = (clause: Clause): boolean =>
    tally.has(clause.sentence - 1) && hasPhrase(text, lex.additiveCues ?? [], clause.start, clause.end) && !dayDated(scan, clause) && nearestPlace(scan, clause.start, clause.end, clause.start) === null;
  for (const [clause, all] of byClause) {
    const s = sentences[clause.sentence]!;
    // "Police have freed a trafficker who was kidnapped": freeing told beside a kidnapping is the rescue of its victim.
    const told = new Set(all.map((h) => h.spec.type));
    const hits = all.filter((h) => !h.spec.exceptWith?.some((t) => told.has(t)));
    if (!hits.length) continue;
    if (hasPhrase(text, lex.offTopic, s.start, s.end)) continue;
    if (inCaption(text, s)) continue;
    // "Why was he killed?", "Pourquoi a-t-il été tué ?": a question asks about an act, it does not tell one.
    if (/\?\s*[»"”’)]?\s*$/u.test(s.text)) continue;
    // "il aurait pu être tué", "projetait d'attaquer": the hypothesis comes before the act. After it ("…, dans ce qui
    // pourrait être un narchomicide") it only qualifies an act that happened.
    // (Up to the first trigger's end: "sera jugé" holds its own trigger, "jugé". A hearing announced for a day, "sera
    // jugée du 21 au 25 octobre", is the trial the story tells: see HEARING_AHEAD_DAYS.)
    const firstHit = hits.reduce((a, b) => (b.start < a.start ? b : a));
    if (hypothesisBefore(scan, clause.start, firstHit.start)) continue;
    const announced = hypothesisBefore(scan, clause.start, firstHit.end);
    if (announced && !dayDated(scan, clause)) continue;
    // ("A total of 30 people were arrested this week in police raids": one operation's haul of suspects, told of a day
    // or a week, is no tally.)
    const roundUp = hits.every((h) => h.spec.type === 'police_operation') && (dayDated(scan, clause) || weekDated(scan, clause));
    const judged = hits.every((h) => h.spec.type === 'trial_verdict');
    if ((statistical(scan, clause, judged) && !roundUp) || goesOnWithTally(clause)) {
      tally.add(clause.sentence);
      continue;
    }
    // "…on Sunday, the latest in a wave of killings": a clause dated to a day tells one occasion, whatever its framing.
    if (hasPhrase(text, lex.generics, clause.start, clause.end) && !singularVictim(scan, clause) && !dayDated(scan, clause)) continue;
    // "Après la fusillade du 17 avril à Rennes, des tirs ont de nouveau été entendus samedi 3 mai": an earlier act the
    // clause opens on, told with its own day, is an act of its own (the story's background); the rest of the clause
    // tells the new one, dated by its own words.
    const prior = priorActs(scan, clause, hits);
    for (const act of prior?.acts ?? []) out.push({ ...buildCandidate(scan, act.clause, act.hits[0]!.spec.type, act.hits, true), prior: true });
    const rest = prior ? prior.rest : clause;
    const groups = groupByType(scan, rest, prior ? prior.restHits : hits);
    const split = procedureSplit(scan, rest, groups);
    for (const group of groups) {
      let c: Candidate;
      if (split && PROCEDURES.includes(group.type)) {
        // (The procedure's day and court come with its verb, after the crime named in its subject.)
        const part: Clause = split.embedded !== undefined ? { start: split.embedded, end: rest.end, sentence: rest.sentence } : split.crimeFirst ? { start: split.at, end: rest.end, sentence: rest.sentence } : { start: rest.start, end: split.at, sentence: rest.sentence };
        c = buildCandidate(scan, part, group.type, group.hits, true);
        // An arrest with no date or place of its own is a step of the investigation into the crime it names: not an event.
        if (group.type === 'police_operation' && !split.procedureKept) continue;
      } else if (split && CRIMES.includes(group.type)) {
        const part: Clause = split.embedded !== undefined ? { start: split.at, end: split.embedded, sentence: rest.sentence } : split.crimeFirst ? { start: rest.start, end: split.at, sentence: rest.sentence } : { start: split.at, end: rest.end, sentence: rest.sentence };
        c = buildCandidate(scan, part, group.type, group.hits, true);
        c.object = split.procedureKept;
      } else {
        // (An act told in a relative clause set off by commas, beside another act outside it, takes its place and day
        // from inside the commas only: see relativeSegment.)
        const seg = groups.length > 1 ? relativeSegment(scan, rest, group.hits, groups.filter((g) => g !== group).flatMap((g) => g.hits)) : null;
        // (And the procedure told outside that relative clause, "…, was arrested on Saturday in Romania", takes its day
        // and place from outside it: "in Normandy in May" inside the commas is the other act's.)
        const outside = !seg && PROCEDURES.includes(group.type) ? besideRelative(scan, rest, groups, group) : null;
        c = seg ? buildCandidate(scan, seg, group.type, group.hits, true) : outside ? buildCandidate(scan, outside, group.type, group.hits, true) : buildCandidate(scan, rest, group.type, group.hits, prior !== null || listed.has(clause));
      }
      // "In 2024, customs seized 47 tonnes": dated by a year alone, a seizure or arrest count is a yearly total.
      if ((c.type === 'seizure' || c.type === 'police_operation') && c.date?.precision === 'year' && !c.date.relative) {
        tally.add(clause.sentence);
        continue;
      }
      if (announced) c.announced = true;
      out.push(c);
    }
  }
  out.push(...countedActs(scan, clauses, out, tally));
  return out.sort((a, b) => a.clause.start - b.clause.start || a.triggers[0]!.start - b.triggers[0]!.start);
}

/**
 * The part of the clause after another group's relative clause (see relativeSegment) when all of this group's hits
 * come after it: the procedure told by the main verb. Null otherwise.
 */
function besideRelative(scan: StoryScan, clause: Clause, groups: Array<{ type: EventType; hits: TriggerHit[] }>, group: { hits: TriggerHit[] }): Clause | null {
  for (const other of groups) {
    if (other.hits === group.hits) continue;
    const seg = relativeSegment(scan, clause, other.hits, group.hits);
    if (seg && group.hits.every((h) => h.start >= seg.end)) return { start: seg.end, end: clause.end, sentence: clause.sentence };
  }
  return null;
}

/**
 * "Mohamed A., a drug trafficker who escaped in May during an attack on a prison van, was arrested in Bucharest on
 * Saturday": the hits lie in a relative clause between two commas, and another act is told outside it. Returns that
 * part of the clause (from the comma before the relative pronoun to the comma after the hits), or null.
 */
function relativeSegment(scan: StoryScan, clause: Clause, hits: TriggerHit[], others: TriggerHit[]): Clause | null {
  const openers = scan.lex.relativeOpeners ?? [];
  if (!openers.length || !others.length) return null;
  const first = Math.min(...hits.map((h) => h.start));
  const last = Math.max(...hits.map((h) => h.end));
  const before = scan.text.slice(clause.start, first);
  const comma = before.lastIndexOf(',');
  if (comma < 0) return null;
  const start = clause.start + comma + 1;
  if (!hasPhrase(scan.text, openers, start, first)) return null;
  const close = scan.text.slice(last, clause.end).indexOf(',');
  if (close < 0) return null;
  const end = last + close;
  if (!others.some((h) => h.start >= end || h.end <= start)) return null;
  return { start, end, sentence: clause.sentence };
}

/** Words (at most) between an enumeration's opener and the act it lists: "des voitures incendiées", "une rafale". */
const LISTED_ACT_WORDS = 2;

/**
 * Acts listed in one clause, each after a comma (or "et", "and") and an opener of the language ("des", "une", "a",
 * "another"), each part with a place of its own, other than its neighbour's, or a day of its own ("Un adolescent
 * poignardé mercredi, un chauffeur de 36 ans abattu vendredi"): the parts, with their hits. Null when the clause lists
 * no such acts (two phrases for one act, "des tirs, une rafale de kalachnikov", share their place and day).
 */
function listedActs(scan: StoryScan, clause: Clause, hits: TriggerHit[]): Array<{ clause: Clause; hits: TriggerHit[] }> | null {
  const openers = scan.lex.listedActOpeners ?? [];
  if (hits.length < 2 || !openers.length) return null;
  const { text } = scan;
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const words = openers.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const opener = new RegExp(`(?:,|\\bet|\\band)\\s+(?:${words})(?:\\s+[\\p{L}'’-]+){0,${LISTED_ACT_WORDS}}\\s+$`, 'iu');
  // (The trigger may hold its opener: "des tirs".)
  const openerFirst = new RegExp(`^(?:${words})\\s`, 'iu');
  // Each cut: where it is, and whether its opener stands right before the act (else further back, with the act's
  // subject between: "…, un chauffeur VTC de 36 ans, père de famille, abattu vendredi").
  const cuts: Array<{ at: number; near: boolean }> = [];
  const farOpener = new RegExp(`(?:,|\\bet|\\band)\\s+(?:${words})\\s`, 'giu');
  for (let i = 1; i < sorted.length; i++) {
    const gap = text.slice(sorted[i - 1]!.end, sorted[i]!.start);
    const m = openerFirst.test(text.slice(sorted[i]!.start, sorted[i]!.end)) ? /(?:,|\bet|\band)\s+$/iu.exec(gap) : opener.exec(gap);
    if (m) {
      cuts.push({ at: sorted[i - 1]!.end + m.index, near: true });
      continue;
    }
    // (Further back, the opener must open a person: "…, un chauffeur VTC de 36 ans, … abattu vendredi", not "…, une
    // balle dans la tête, et décédé samedi".)
    const far = [...gap.matchAll(farOpener)].pop();
    if (!far) continue;
    const at = sorted[i - 1]!.end + far.index!;
    const person = victimPhrases(scan, at, sorted[i]!.start).some((p) => p.start >= at && p.start <= at + far[0].length + 1);
    if (person) cuts.push({ at, near: false });
  }
  if (!cuts.length) return null;
  const placeOf = (from: number, to: number): string | null => {
    const c = placeCandidates(scan, from, to).sort((a, b) => b.strength - a.strength)[0];
    return c ? c.text.toLowerCase() : null;
  };
  const opensOnPrior = priorActs(scan, clause, hits) !== null;
  // "Un adolescent poignardé mercredi, un chauffeur abattu vendredi": the day each part names.
  // (Not a day of the telling: "MARSEILLE, 12 oct 2025 - Un homme … tué … et un jeune homme de 19 ans blessé dans la
  // nuit de samedi à dimanche" is one act.)
  const dayOf = (from: number, to: number): string | null => {
    const d = nearestDate(scan, clause.sentence, from, to, from);
    return d?.precision === 'day' ? d.date : null;
  };
  const bounds = [clause.start];
  for (let i = 0; i < cuts.length; i++) {
    const from = bounds[bounds.length - 1]!;
    const at = cuts[i]!.at;
    const next = cuts[i + 1]?.at ?? clause.end;
    const left = placeOf(from, at);
    const right = placeOf(at, next);
    const places = cuts[i]!.near && left !== null && right !== null && left !== right;
    // ("Après la fusillade du 17 avril, des tirs … samedi 3 mai": an earlier act the clause opens on is priorActs'.)
    const days = !opensOnPrior && (() => {
      const leftDay = dayOf(from, at);
      const rightDay = dayOf(at, next);
      return leftDay !== null && rightDay !== null && leftDay !== rightDay;
    })();
    if (places || days) bounds.push(at);
  }
  if (bounds.length < 2) return null;
  bounds.push(clause.end);
  const parts: Array<{ clause: Clause; hits: TriggerHit[] }> = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const part: Clause = { start: bounds[i]!, end: bounds[i + 1]!, sentence: clause.sentence };
    const own = hits.filter((h) => h.start >= part.start && h.start < part.end);
    if (!own.length) return null;
    parts.push({ clause: part, hits: own });
  }
  return parts;
}

/**
 * "Deux fusillades ont eu lieu en une semaine, les 23 et 30 septembre, dans le quartier de Maurepas": acts counted in
 * the plural, with as many days listed in their clause, are one act on each day (see IncidentLexicon.countedActs).
 * Only in a clause that told no act of its own and is no tally.
 */
function countedActs(scan: StoryScan, clauses: Clause[][], found: Candidate[], tally: Set<number>): Candidate[] {
  const specs = scan.lex.countedActs ?? [];
  if (!specs.length) return [];
  const out: Candidate[] = [];
  for (const list of clauses) {
    for (const clause of list) {
      if (tally.has(clause.sentence) || found.some((c) => c.clause.start < clause.end && clause.start < c.clause.end)) continue;
      for (const { type, nouns } of specs) {
        for (const h of findPhrases(scan.text, nouns, clause.start, clause.end)) {
          const word = /([\p{L}\p{N}]+)\s+$/u.exec(scan.text.slice(Math.max(clause.start, h.start - 16), h.start))?.[1]?.toLowerCase();
          const n = word === undefined ? undefined : /^\d{1,2}$/u.test(word) ? Number(word) : scan.lex.countWords[word];
          if (n === undefined || n < 2) continue;
          const days = [...new Set(sentenceDates(scan, clause.sentence)
            .filter((d) => d.date !== null && d.precision === 'day' && d.start >= clause.start && d.end <= clause.end && !afterPublication(d.date, scan.published))
            .map((d) => d.date!))];
          if (days.length !== n) continue;
          const spec: TriggerSpec = { type, phrases: nouns, nominal: true };
          const base = buildCandidate(scan, clause, type, [{ ...h, spec }], true);
          for (const day of days) {
            const date = sentenceDates(scan, clause.sentence).find((d) => d.date === day)!;
            out.push({ ...base, victims: [], killed: null, injured: null, date, fresh: true });
          }
          break;
        }
      }
    }
  }
  return out;
}

/**
 * "A photograph shows a police officer … on January 16, 2024", "Cette photo prise le 3 mai montre …": a wire picture's
 * description, which dates and places the picture, not the news.
 */
const PICTURE_DESCRIPTION = /^\s*(?:(?:a|an|this|the)\s+(?:(?:file|handout|aerial|general|undated)\s+)?(?:photograph|photo|picture|image|screenshot|video\s+grab|still)\s+(?:taken|shows|showing|released|obtained|made|dated)|(?:cette|une)\s+(?:photo(?:graphie)?|image|capture\s+d['’]écran)\s+(?:d['’]archives?\s+|d['’]illustration\s+)?(?:prise|montre|diffusée|publiée|datée))(?![\p{L}])/iu;

/** The sentence stands in a picture caption's line (see isCaptionLine), or describes a picture. */
export function inCaption(text: string, s: { start: number; end: number }): boolean {
  // (Only the describing sentence: a wire caption goes on with the news, "Mehdi Kessaci, aged 20, was shot dead …".)
  if (PICTURE_DESCRIPTION.test(text.slice(s.start, Math.min(s.end, s.start + 80)))) return true;
  const from = text.lastIndexOf('\n', s.start - 1) + 1;
  const nl = text.indexOf('\n', s.end);
  const to = nl < 0 ? text.length : nl;
  return to - from <= 400 && isCaptionLine(text.slice(from, to));
}

/** The town after a court's title in text[from, to): "le tribunal correctionnel de Perpignan", "a court in Lille". */
function courtSeat(scan: StoryScan, from: number, to: number): PlaceMention | null {
  const titles = scan.lex.courtSeatTitles;
  if (!titles?.length) return null;
  for (const h of findPhrases(scan.text, titles, from, to)) {
    const m = /^\s*(\p{Lu}[\p{L}'’]+(?:-\p{L}[\p{L}'’]*)*)/u.exec(scan.text.slice(h.end, to));
    // ("Court of Appeal", "cour de Cassation": the court's kind, not its town.)
    if (m && !scan.lex.notPlaces.includes(m[1]!.toLowerCase())) {
      const start = h.end + m[0].length - m[1]!.length;
      return { text: m[1]!, start, end: start + m[1]!.length };
    }
  }
  return null;
}

const PROCEDURES: EventType[] = ['police_operation', 'trial_verdict', 'corruption_case'];
const CRIMES: EventType[] = ['shooting_homicide', 'kidnapping_extortion', 'arson_intimidation', 'prison_attack'];
const ACCUSABLE: EventType[] = [...CRIMES, 'police_operation', 'seizure'];

/**
 * "X was arrested over / sentenced for the killing of Y in May 2021": a procedure, a link word, then the crime it is
 * about. Each gets its own half of the clause (the crime's date is not the arrest's). The procedure is kept as an
 * event when it is a verdict or a corruption case, or when its half names a date or a place of its own (a distinct
 * operation); an arrest told only as the sequel of the killing in the same clause ("a boy has been arrested after a
 * driver was shot in Marseille on Friday") is part of that killing's investigation, not a separate event.
 */
function procedureSplit(scan: StoryScan, clause: Clause, groups: { type: EventType; hits: TriggerHit[] }[]): { at: number; procedureKept: boolean; crimeFirst?: true; embedded?: number } | null {
  const links = scan.lex.procedureLinks;
  if (!links?.length) return null;
  const proc = groups.filter((g) => PROCEDURES.includes(g.type)).flatMap((g) => g.hits);
  const crime = groups.filter((g) => CRIMES.includes(g.type)).flatMap((g) => g.hits);
  if (!proc.length || !crime.length) return null;
  const crimeStart = Math.min(...crime.map((h) => h.start));
  // "Le procès de neuf personnes pour un trafic dans le cadre duquel un docker avait été tué en 2020, s'est ouvert
  // lundi": the procedure named before the crime heads the clause; its verb after the crime does not undo the split.
  // The verdict told after the crime it judges wins over a procedure word told before it ("qui avait avoué en plein
  // procès avoir tué le brigadier en 2021, a été condamné vendredi").
  const first = crimeToldFirst(scan, proc, crime);
  if (first) return first;
  const inSubject = crimeInSubject(scan, proc, crime);
  if (inSubject) return inSubject;
  const before = proc.filter((h) => h.end <= crimeStart);
  if (!before.length) return null;
  const procEnd = Math.max(...before.map((h) => h.end));
  // (The link may close the procedure's own trigger: "jugé pour le meurtre d'un homme, tué pendant une partie de cartes".)
  const last = before.reduce((a, b) => (b.end > a.end ? b : a));
  const link = findPhrases(scan.text, links, procEnd, crimeStart)[0] ?? findPhrases(scan.text, links, last.start, crimeStart).find((l) => l.end === last.end);
  if (!link) return null;
  const at = link.start;
  const own =
    sentenceDates(scan, clause.sentence).some((d) => d.start >= clause.start && d.end <= at) || nearestPlace(scan, clause.start, at, procEnd) !== null;
  const kept = own || proc.some((h) => h.spec.type !== 'police_operation') || groups.some((g) => g.type !== 'police_operation' && PROCEDURES.includes(g.type));
  return { at, procedureKept: kept };
}

/**
 * "X, qui avait avoué avoir tué le brigadier, a été condamné vendredi": a crime told in the past (pluperfect, past
 * infinitive) before the verdict or arrest of its author is the crime judged, not an act of that day. The clause splits
 * at the procedure: the day told after it is the procedure's.
 */
function crimeToldFirst(scan: StoryScan, proc: TriggerHit[], crime: TriggerHit[]): { at: number; procedureKept: boolean; crimeFirst: true } | null {
  const crimeEnd = Math.max(...crime.map((h) => h.end));
  const after = proc.filter((h) => h.start >= crimeEnd && h.spec.type !== 'police_operation');
  if (!after.length) return null;
  const past = scan.lex.pastInfinitiveCues ?? [];
  const told = crime.every((h) => hasPhrase(scan.text, [...past, ...(scan.lex.recallAuxiliaries ?? [])], Math.max(0, h.start - PAST_CUE_REACH), h.start));
  if (!told) return null;
  return { at: Math.min(...after.map((h) => h.start)), procedureKept: true, crimeFirst: true };
}

/**
 * "Le procès des complices de l'évasion sanglante d'Incarville s'est ouvert lundi", "The trial of the men accused of
 * the Incarville ambush opened on Monday": a crime named by a noun inside the subject of a procedure, between the
 * procedure's noun and its verb, is the crime judged. Only that span tells it; the day and the court after the verb
 * are the procedure's.
 */
function crimeInSubject(scan: StoryScan, proc: TriggerHit[], crime: TriggerHit[]): { at: number; procedureKept: true; embedded: number } | null {
  const crimeStart = Math.min(...crime.map((h) => h.start));
  const crimeEnd = Math.max(...crime.map((h) => h.end));
  const lead = proc.filter((h) => h.end <= crimeStart);
  const verb = proc.filter((h) => h.start >= crimeEnd).sort((a, b) => a.start - b.start)[0];
  if (!lead.length || verb === undefined) return null;
  const leadEnd = Math.max(...lead.map((h) => h.end));
  // (One noun phrase: no punctuation and no other verb between the procedure's noun and its verb.)
  if (/[,;:.()\u2013\u2014]/u.test(scan.text.slice(leadEnd, verb.start))) return null;
  return { at: crimeStart, procedureKept: true, embedded: verb.start };
}

/** How far after a procedure link ("pour", "for") the crime's noun may come ("pour le double meurtre"). */
const JUDGED_NOUN_REACH = 24;

/** Where "pour le meurtre", "for the killing" starts after a procedure's trigger in text[from, to), or null. */
function judgedCrime(scan: StoryScan, from: number, to: number): number | null {
  const nouns = scan.lex.eventNouns ?? [];
  if (!nouns.length) return null;
  for (const l of findPhrases(scan.text, scan.lex.procedureLinks ?? [], from, to)) {
    if (hasPhrase(scan.text, nouns, l.end, Math.min(to, l.end + JUDGED_NOUN_REACH))) return l.start;
  }
  return null;
}

/** Characters before a crime's trigger where a pluperfect or past-infinitive cue makes it told in the past. */
const PAST_CUE_REACH = 12;

/**
 * One clause, one event per type, with precedence: an attack on a prison van absorbs the killings in it, a
 * corruption case absorbs the trial or arrest of the official, and a trial or arrest of an official accused of
 * complicity becomes a corruption case.
 */
function groupByType(scan: StoryScan, clause: Clause, hits: TriggerHit[]): { type: EventType; hits: TriggerHit[] }[] {
  const types = new Set(hits.map((h) => h.spec.type));
  const s = scan.sentences[clause.sentence]!;
  const official = hasPhrase(scan.text, scan.lex.officials, s.start, s.end) && hasPhrase(scan.text, scan.lex.corruptionCues, s.start, s.end);
  const retype = (t: EventType): EventType => {
    if (t === 'shooting_homicide' && types.has('prison_attack')) return 'prison_attack';
    // "found burnt in a torched car": the fire is how the killing was done or hidden, not a separate arson.
    if (t === 'arson_intimidation' && types.has('shooting_homicide') && !types.has('prison_attack')) return 'shooting_homicide';
    if ((t === 'trial_verdict' || t === 'police_operation') && (types.has('corruption_case') || official)) return 'corruption_case';
    return t;
  };
  const groups = new Map<EventType, TriggerHit[]>();
  for (const h of hits) {
    const t = retype(h.spec.type);
    groups.set(t, [...(groups.get(t) ?? []), h]);
  }
  return [...groups].map(([type, hs]) => ({ type, hits: hs.sort((a, b) => a.start - b.start) }));
}

/**
 * Says it tells another event ("another shooting", "le lendemain"). "Another man was wounded" / "un autre
 * jeune homme" adds a victim to the same act, so a cue followed straight by a person noun does not count.
 */
function freshCue(scan: StoryScan, clause: Clause): { fresh: boolean; addsVictim: boolean } {
  // ("la fusillade de la veille, samedi 3 mai": a day shift inside the clause, glossed by its date, names the day of
  // the act it qualifies, not another act; "Le lendemain, ce mercredi, des coups de feu…" opens a new one.)
  const shifts = scan.lex.dayShifts.map((d) => d.phrase.toLowerCase());
  const qualifies = (h: { start: number; end: number; text: string }): boolean =>
    shifts.includes(h.text.toLowerCase()) && /\p{L}/u.test(scan.text.slice(clause.start, h.start)) && glossed(scan, clause, h.end);
  const hits = findPhrases(scan.text, scan.lex.newEventCues, clause.start, clause.end).filter((h) => !qualifies(h));
  if (!hits.length) return { fresh: false, addsVictim: false };
  const people = victimPhrases(scan, clause.start, clause.end);
  const person = (h: { start: number; end: number }): boolean => people.some((p) => p.end > h.end && p.start - h.end <= 12 && p.start >= h.start);
  // "un second (homme) du même âge a été blessé": an ordinal names another event only before an event noun
  // ("une deuxième fusillade", "a second shooting"); otherwise it counts one more victim.
  const ordinal = (h: { text: string; end: number }): boolean =>
    (scan.lex.ordinalEventCues ?? []).includes(h.text.toLowerCase()) && !hasPhrase(scan.text, scan.lex.eventNouns ?? [], h.end, Math.min(clause.end, h.end + 24));
  const fresh = hits.some((h) => !person(h) && !ordinal(h));
  return { fresh, addsVictim: !fresh };
}

/** The clause opens its sentence with an on-scene cue (see IncidentLexicon.onSceneCues). */
function onScene(scan: StoryScan, clause: Clause): boolean {
  const s = scan.sentences[clause.sentence]!;
  if (!scan.lex.onSceneCues?.length || clause.start - s.start > 2) return false;
  const lead = /^[\s«"“]*/u.exec(scan.text.slice(s.start, s.end))![0].length;
  const cue = findPhrases(scan.text, scan.lex.onSceneCues, s.start + lead, Math.min(s.end, s.start + lead + 40))[0];
  return cue !== undefined && cue.start === s.start + lead && /^\s*,/u.test(scan.text.slice(cue.end, cue.end + 3));
}

/** "a survécu", "sain et sauf", "no one was killed": the text says nobody died. */
function saysNoDeath(scan: StoryScan, clause: Clause): boolean {
  const cues = scan.lex.noDeathCues;
  return cues !== undefined && hasPhrase(scan.text, cues, clause.start, clause.end);
}

/**
 * The clause opens on earlier acts, each told with its own day and set off by a comma, before the act it tells
 * ("Après la fusillade du 17 avril à Rennes, des tirs ont de nouveau été entendus samedi 3 mai"; "Après la fusillade
 * de la semaine dernière, après celle de dimanche soir à Talant, des coups de feu ont été tirés ce mercredi"): the
 * earlier acts that hold a trigger, and the rest of the clause with its triggers; null when it does not open so.
 */
function priorActs(scan: StoryScan, clause: Clause, hits: TriggerHit[]): { acts: { clause: Clause; hits: TriggerHit[] }[]; rest: Clause; restHits: TriggerHit[] } | null {
  const cues = scan.lex.priorEventCues ?? [];
  if (!cues.length) return null;
  const acts: { clause: Clause; hits: TriggerHit[] }[] = [];
  let at = clause.start;
  for (;;) {
    const lead = /^[\s«"“]*/u.exec(scan.text.slice(at, clause.end))![0].length;
    const cue = findPhrases(scan.text, cues, at + lead, Math.min(clause.end, at + lead + PRIOR_CUE_CHARS))[0];
    if (cue === undefined || cue.start !== at + lead) break;
    const comma = scan.text.slice(cue.end, clause.end).search(/[,;]/u);
    if (comma < 0) break;
    const end = cue.end + comma;
    const dated = sentenceDates(scan, clause.sentence).some((d) => d.date && d.precision !== 'unknown' && d.start >= cue.end && d.end <= end);
    if (!dated) break;
    const inside = hits.filter((h) => h.start >= at && h.end <= end);
    if (inside.length) acts.push({ clause: { start: at, end, sentence: clause.sentence }, hits: inside });
    at = end + 1;
  }
  if (at === clause.start) return null;
  const restHits = hits.filter((h) => h.start >= at);
  if (!restHits.length || restHits.length + acts.reduce((n, a) => n + a.hits.length, 0) !== hits.length) return null;
  return { acts, rest: { start: at, end: clause.end, sentence: clause.sentence }, restHits };
}

/** Characters an earlier act's cue may take at the head of a clause ("à la suite de la", "in retaliation for the"). */
const PRIOR_CUE_CHARS = 40;

/** `narrow`: the clause is half of a split one, so its date and place are not looked for in the rest of the sentence. */
function buildCandidate(scan: StoryScan, clause: Clause, type: EventType, hits: TriggerHit[], narrow = false): Candidate {
  const { text, lex } = scan;
  const s = scan.sentences[clause.sentence]!;
  const first = hits[0]!;
  const person = type === 'shooting_homicide' || type === 'prison_attack' || type === 'kidnapping_extortion';
  const cas = person ? casualties(scan, clause, hits, type === 'kidnapping_extortion') : { victims: [], killed: null, injured: null, vague: { killed: false, injured: false } };
  let { killed } = cas;
  const { injured } = cas;
  // Unknown is null: 0 only where the text says the victim survived or nobody died ("a survécu", "no one was killed").
  if (killed === null && !cas.vague.killed && (type === 'shooting_homicide' || type === 'kidnapping_extortion') && saysNoDeath(scan, clause)) killed = 0;
  const single = !narrow && scan.sentences.length && clausesOf(scan, clause.sentence).length === 1;
  // "est toujours entre la vie et la mort ce samedi", "remains in hospital on Sunday": the day of a state told
  // about a victim is the day of the report, not of the act.
  const status = hits.some((h) => hasPhrase(scan.text, scan.lex.statusCues ?? [], Math.max(clause.start, h.start - STATUS_REACH), h.start));
  // "décédé dimanche après avoir été blessé par balles lundi 29 août": the act is the attack, dated after the cue.
  const back = findPhrases(text, lex.attackAfterDeathCues ?? [], clause.start, clause.end)[0];
  const attackDate = back ? nearestDate(scan, clause.sentence, back.end, clause.end, back.end) : null;
  // …and the day before the cue is the death's, which a later "La victime est décédée dimanche" retells.
  const deathDate = attackDate && back ? nearestDate(scan, clause.sentence, clause.start, back.start, back.start) : null;
  // "one of the people killed in the latest shooting had been involved in an attempted murder back in 2019": a day
  // told after a person's record is the record's, not the act's.
  const record = lex.pastRecordCues ? findPhrases(text, lex.pastRecordCues, first.end, clause.end)[0] : undefined;
  // (So is a day told after a tally's opening: "…, ce qui porte à 29 le nombre d'homicides, soit autant qu'en 2024".)
  const tally = lex.tallyTails ? findPhrases(text, lex.tallyTails, first.end, s.end)[0] : undefined;
  // (And for an arrest, a day told after what the suspect is accused of is the act's: "Un homme a été interpellé,
  // soupçonné d'avoir blessé un adolescent dans la nuit du 15 au 16 novembre".)
  const charge = type === 'police_operation' && lex.accusationCues?.length ? findPhrases(text, lex.accusationCues, first.end, s.end)[0] : undefined;
  // (A verdict's or an arrest's day is not the one told after the crime it is for: "condamnés … pour le double meurtre
  // en 2020" happened in 2020, the verdict on the day of the report.)
  const judged = PROCEDURES.includes(type) ? judgedCrime(scan, first.end, s.end) : null;
  // (Nor the day of an earlier act the clause recalls: "…, rappelant un précédent drame en mai 2025".)
  const recalled = lex.recallingCues?.length ? findPhrases(text, lex.recallingCues, first.end, s.end)[0] : undefined;
  const cut = Math.min(record ? record.start : Infinity, tally ? tally.start : Infinity, charge ? charge.start : Infinity, judged ?? Infinity, recalled ? recalled.start : Infinity);
  const dateEnd = Math.min(cut, clause.end);
  // (A hearing may be announced for the days after the report: "seront jugés les 21, 22 et 23 mai".)
  const ahead = type === 'trial_verdict' ? HEARING_AHEAD_DAYS : 0;
  const told = status
    ? null
    : attackDate ?? nearestDate(scan, clause.sentence, clause.start, dateEnd, first.start, ahead) ?? (single ? nearestDate(scan, clause.sentence, s.start, Math.min(cut, s.end), first.start, ahead) : null);
  // ("Police were hunting on Wednesday for a gang that killed two prison officers": the day before the relative is the
  // hunt's; the act told by the relative's verb has none of its own here.)
  const week = told ? weekBefore(scan, clause, first, told) : null;
  // ("Les obsèques de Fayed, l'enfant de 10 ans tué par balle à Nîmes, ont eu lieu samedi": the act in the apposition
  // takes only a day told inside it.)
  const apposed = CRIMES.includes(type) && !attackDate ? appositionOf(scan, s, first) : null;
  const toldApposed = apposed && told && !(told.start >= apposed.start && told.end <= apposed.end) ? nearestDate(scan, clause.sentence, apposed.start, apposed.end, first.start, ahead) : told;
  const toldOwn = week ? (week.date ? week : null) : toldApposed && CRIMES.includes(type) && relativeAct(scan, clause, first, toldApposed) ? null : toldApposed;
  const det = definiteTail(lex);
  // ("un autre, disparu en mars, dont le corps est découvert": a relative's article points to the person just named in
  // the clause, not back to the story's act.)
  const definite = hits.some((h) => {
    const before = text.slice(Math.max(clause.start, h.start - 40), h.start);
    const m = det.exec(before);
    // (The match may open on the character before the determiner.)
    return m !== null && !relativeBefore(lex, before.slice(0, m.index + m[0].search(/\p{L}/u)));
  });
  const shift = dayShift(scan, clause, first.start);
  // "48 heures après la mort de l'enfant, l'effroi domine toujours à Nîmes, ce mercredi 23 août": the act named back
  // in the complement of "after" happened that many days before the day the clause tells.
  // (Only when the clause tells nothing else after that complement: "deux jours après l'attaque, un homme a été
  // arrêté" dates the arrest by its own day.)
  const comma = text.slice(clause.start, clause.end).search(/[,;:]/u);
  // (A relative clause on that act is part of its complement: "six jours après l'attaque du fourgon à Incarville, qui a
  // coûté la vie à deux agents, les enquêteurs …".)
  const relative = (h: { start: number }): boolean => {
    const cut = Math.max(text.lastIndexOf(',', h.start), clause.start + comma);
    return /^[,\s]*(?:qui|dont|which|that|who)(?![\p{L}])/iu.test(text.slice(cut, h.start));
  };
  const backOnly = comma >= 0 && hits.every((h) => h.end <= clause.start + comma || relative(h));
  // ("Six jours après l'attaque du fourgon à Incarville, les enquêteurs traquent toujours le commando": in the story's
  // lead, a clause with no day of its own tells the report's day.)
  const now = toldOwn?.date ? toldOwn : shift?.before && definite && backOnly && leadSentence(scan, clause.sentence) ? publishedDay(scan) : null;
  // ("Le ministre s'est rendu mercredi à Nîmes, deux jours après la mort de Fayed": the day told before the shift set off
  // by a comma is the main clause's; the act named after it happened that many days before.)
  const anchor = now?.date && backOnly ? now : toldOwn?.date && shift?.before && definite && midComplement(scan, clause, hits, toldOwn) ? toldOwn : null;
  const date = anchor?.date && anchor.precision === 'day' && shift?.before && definite ? { ...anchor, date: isoDaysAfter(anchor.date, shift.days), relative: true, flags: [...anchor.flags, 'shifted_back'] } : coarselyBack(scan, clause, first.start, toldOwn);
  // (A trial with no place of its own is where its court sits: "ils ont comparu devant le tribunal de Perpignan".)
  // (A trial is where its court sits, whatever town its crime is named by: "condamné par le tribunal d'Évreux pour
  // des faits commis à Val-de-Reuil".)
  const seat = type === 'trial_verdict' ? courtSeat(scan, s.start, s.end) : null;
  const place = seat ?? nearestPlace(scan, clause.start, clause.end, first.start) ?? (single ? nearestPlace(scan, s.start, s.end, first.start) : null);
  return {
    type,
    triggers: hits,
    clause,
    sentences: [clause.sentence],
    definite,
    ...freshCue(scan, clause),
    partitive: hasPhrase(text, lex.partitives ?? [], clause.start, first.start),
    found: hits.every((h) => h.spec.found === true),
    another: ANOTHER.test(text.slice(clause.start, first.start)),
    definiteVictim: cas.victims.length === 1 && (cas.victims[0]!.count ?? 1) === 1 && definiteAt(lex, text, cas.victims[0]!.start) && !kinOfAnother(lex, text, cas.victims[0]!),
    pronoun: (lex.singularSubjectPronouns ?? []).includes(/^\s*[«"“]?\s*(\p{L}+)/u.exec(text.slice(clause.start, first.start))?.[1]?.toLowerCase() ?? ''),
    total: hasPhrase(text, lex.totalCues ?? [], clause.start, first.start),
    onScene: onScene(scan, clause),
    laterDeath: killed !== null && killed > 0 && hasPhrase(text, lex.laterDeathCues ?? [], clause.start, clause.end),
    ...(deathDate ? { deathDate } : {}),
    // (A complement cut off from the act told after it, "Trois jours après la mort de Fayed, …, un homme a été abattu",
    // is that earlier act however definitely it is named: see complementCut.)
    ...shiftFields(shift, definite && clause.complement !== true),
    heading: isHeading(scan, clause.sentence),
    ...(week || apposed ? { ownDayOnly: true as const } : {}),
    victims: cas.victims,
    killed,
    injured,
    vague: { ...cas.vague },
    date,
    place,
    ...(place && nearPlace(scan, place) ? { placeNear: true } : {}),
    ...(seat ? { placeCourt: true } : {}),
    weapons: weaponsIn(scan, s.start, s.end),
    drugs: type === 'seizure' || type === 'police_operation' ? drugsIn(scan, clause.start, clause.end) : [],
    actors: actorsIn(scan, s.start, s.end, cas.victims),
  };
}

/**
 * The clause tells its day, then ", N days after <act>": the day (before the comma) is the main clause's, and every
 * trigger comes after "after", in its complement.
 */
function midComplement(scan: StoryScan, clause: Clause, hits: TriggerHit[], told: DateMatch): boolean {
  const m = dayCountRegex(scan.lex).exec(scan.text.slice(clause.start, clause.end).toLowerCase());
  if (!m) return false;
  const at = clause.start + m.index;
  return told.end <= at && /,\s*$/u.test(scan.text.slice(told.end, at)) && hits.every((h) => h.start >= at + m[0].length - m[3]!.length);
}

/**
 * The apposition the trigger is told in, between two commas of its sentence, when the main clause goes on after the
 * second comma with one of the language's predicate openers ("…, took place on Saturday"); null otherwise.
 */
function appositionOf(scan: StoryScan, s: { start: number; end: number }, first: TriggerHit): { start: number; end: number } | null {
  const openers = scan.lex.predicateOpeners;
  if (!openers?.length) return null;
  const open = scan.text.lastIndexOf(',', first.start);
  const close = scan.text.indexOf(',', first.end);
  if (open < s.start || close < 0 || close >= s.end) return null;
  const next = findPhrases(scan.text, openers, close + 1, Math.min(s.end, close + 40))[0];
  if (!next || !/^\s*$/u.test(scan.text.slice(close + 1, next.start))) return null;
  return { start: open + 1, end: close };
}

/**
 * "the shooting that left one dead … last week in Poitiers, was charged on the evening of Thursday 7 November": a week
 * the text names nearer the act than the day the clause tells, that week over before that day. The week (its month when
 * it lies in one) is the act's; the day is another verb's.
 */
function weekBefore(scan: StoryScan, clause: Clause, first: TriggerHit, told: DateMatch): DateMatch | null {
  if (!told.date || told.precision !== 'day') return null;
  const w = sentenceDates(scan, clause.sentence).find((d) => d.week !== undefined && d.start >= clause.start && d.end <= clause.end && d !== told && Math.abs(d.start - first.start) < Math.abs(told.start - first.start));
  return w && told.date > isoDaysAfter(w.week!, 6) ? w : null;
}

/** "a gang that killed", "l'homme qui a tué": a relative pronoun (or "that" after an article and a noun), then the trigger. */
const THAT_AFTER_NOUN = /(?<![\p{L}])(?:a|an|the)\s+\p{L}+\s+that\s+$/iu;

/**
 * The trigger is the verb of a relative clause ("for a gang that killed two guards", "des tireurs qui ont abattu un
 * homme"), at most two auxiliaries after its pronoun, and the clause's day is told before that pronoun: the day is the
 * main clause's, not the act's.
 */
function relativeAct(scan: StoryScan, clause: Clause, first: TriggerHit, told: DateMatch): boolean {
  const before = scan.text.slice(Math.max(clause.start, told.end), first.start);
  const words = before.split(/\s+/u).filter(Boolean);
  const aux = auxWords(scan.lex);
  // (The pronoun, then up to two auxiliaries: "that killed", "qui ont abattu", "who had shot".)
  for (let k = words.length - 1; k >= Math.max(0, words.length - 3); k--) {
    const w = words[k]!.toLowerCase();
    const rest = words.slice(k + 1);
    if (!rest.every((x) => aux.has(x.toLowerCase()))) return false;
    // ("Le 5 mai, c'est un policier qui avait été tué": a cleft sentence's day is its act's.)
    if ((scan.lex.relativeOpeners ?? []).includes(w)) return !hasPhrase(words.slice(0, k).join(' ').replace(/’/gu, "'"), scan.lex.cleftOpeners ?? []);
    if (w === 'that' && THAT_AFTER_NOUN.test(words.slice(0, k + 1).join(' ') + ' ')) return true;
  }
  return false;
}

/** Days from the report's day within which a clause's date is the day it tells, not the act's (see coarselyBack). */
const TELLING_DAYS = 7;

/**
 * "Un an après l'attaque du fourgon à Incarville, les agents se sont réunis mercredi", "Three months after gunmen
 * killed two guards, the inmate is still on the run": an act told in the complement of "N weeks, months or years after"
 * that opens the sentence happened that long before the day the sentence tells (its date when it is the report's
 * week, else the report's day). A date of its own ("Un an après l'attaque, le 14 mai 2024, …") is kept. Returns the
 * clause's date, shifted when it must be.
 */
function coarselyBack(scan: StoryScan, clause: Clause, firstTrigger: number, told: DateMatch | null): DateMatch | null {
  const units = scan.lex.coarseUnits ?? [];
  const s = scan.sentences[clause.sentence]!;
  if (!units.length || clause.start !== s.start) return told;
  const m = coarseCountRegex(scan.lex)?.exec(s.text);
  if (!m || m.index > SHIFT_OPENING) return told;
  const n = /^\d+$/u.test(m[1]!) ? Number(m[1]) : scan.lex.countWords[m[1]!.toLowerCase()];
  const unit = units.find((u) => u.words.includes(m[2]!.toLowerCase()));
  const word = m[3]!.split(/\s/u)[0]!;
  if (!n || !unit || !(scan.lex.shiftAfter ?? []).includes(word.toLowerCase())) return told;
  // (The act follows "after" in its complement, no comma between: "Un an après, un homme a été tué" tells a later act.)
  const after = s.start + m.index + m[0].length - m[3]!.length + word.length;
  if (firstTrigger < after || /[,;:.()\u2013\u2014]/u.test(scan.text.slice(after, firstTrigger))) return told;
  const published = publishedDay(scan);
  const ref = told === null ? published : told.precision === 'day' && told.date && published && Math.abs(Date.parse(told.date) - Date.parse(published.date!)) <= TELLING_DAYS * 86_400_000 ? told : null;
  if (!ref?.date) return told;
  const flags = [...(told?.flags ?? []), 'shifted_back'];
  if (unit.months !== undefined) return { ...(told ?? ref), date: isoMonthsBefore(ref.date, n * unit.months), precision: 'month', relative: true, flags };
  return { ...(told ?? ref), date: isoDaysAfter(ref.date, -n * (unit.days ?? 0)), precision: 'day', relative: true, flags };
}

/** Sentences of the story's running text (headings aside) that make its lead. */
const LEAD_SENTENCES = 2;

function leadSentence(scan: StoryScan, index: number): boolean {
  return !isHeading(scan, index) && bodyIndex(scan, index) < LEAD_SENTENCES;
}

/**
 * How far into the story's running text sentence `index` is: headings and lines like "Text by: …" between the
 * paragraphs ("Three dead, eight injured", "Four people arrested") are not told sentences, and a report that cuts
 * its account with them still tells the news in its first paragraphs.
 */
export function bodyIndex(scan: StoryScan, index: number): number {
  let n = 0;
  for (let i = 0; i < index; i++) if (!isHeading(scan, i)) n++;
  return n;
}

/** The report's day as a date match, when it is known to the day. */
function publishedDay(scan: StoryScan): DateMatch | null {
  const p = scan.published;
  if (!p || !/^\d{4}-\d{2}-\d{2}$/u.test(p)) return null;
  return { start: 0, end: 0, text: '', date: p, precision: 'day', relative: true, flags: [] };
}
