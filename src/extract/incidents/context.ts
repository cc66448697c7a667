// What a story says once for all its incidents: where it is set and the day its news happened.
//
// A report names the place and the day in its first lines ("MARSEILLE – …", "Marseille a vécu ce lundi 3 avril
// une nuit de violence…") and then tells each shooting without repeating them. An event that names neither takes
// them from the story: the places named before it (nearest first, then after it), for the resolve stage to geocode
// (the first that is a real place wins, its mention is the evidence); and the story's lead date when the event is
// the news itself (told in the lead), not a recall further down.

import type { PlaceMention } from '../../core/types.js';
import { escapeRegExp } from '../../clean/text/fold.js';
import type { DateMatch } from '../common/types.js';
import { DAY_CUT_TO_REFERENCE, LAST_NIGHT } from '../common/dates.js';
import { afterPublication, notEventCueBefore, nearestDate, nearestPlace, nearPlace, outcomeAfter, placeCandidates, sentenceDates, victimPhrases } from './fields.js';
import { findPhrases, hasPhrase } from './phrase-pattern.js';
import { DEATH_LAG_DAYS, FAMILY, SHIFTED_FLAG, local, recall, samePlace, shiftDate } from './refine.js';
import { bodyIndex, inCaption, isHeading } from './scan.js';
import type { Candidate, StoryScan } from './types.js';

/** Context places handed to the resolve stage per event: enough to skip a few names that are not places. */
const MAX_CONTEXT_PLACES = 6;
/** The lead: the first sentences, where a report says where it is set. */
const LEAD_SENTENCES = 3;
/** Where a report states its day: a little further (a doubled headline or a dateline may come first). */
const DATE_LEAD_SENTENCES = 5;
/** An undated event told this far into the story (in sentences) is a recall, not the news. */
const NEWS_SENTENCES = 8;

// "MARSEILLE – Three men…", "Nîmes (AFP) -": a dateline at the start of a line names where the story is set.
const DATELINE = /(?:^|\n)\s*(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)*)\s*(?:\([^)\n]{1,20}\)\s*)?[-–—:]\s/gu;

/** Words just before a place that make it someone's origin, a hospital, a court: not where an incident happened. */
function excluded(scan: StoryScan, p: PlaceMention): boolean {
  const cues = scan.lex.notEventPlaceCues;
  if (cues?.length && notEventCueBefore(scan.text, cues, p.start)) return true;
  return siteAfter(scan.lex, scan.text, p.end) || hospitalBefore(scan.lex, scan.text, p.start);
}

/**
 * "à l'hôpital de la Pitié-Salpêtrière à Paris", "to the Pasteur hospital in Nice": the town closing a hospital's name
 * (no comma or stop between), where a victim was treated (see hospitalHeads).
 */
export function hospitalBefore(lex: StoryScan['lex'], text: string, start: number): boolean {
  const heads = lex.hospitalHeads;
  if (!heads?.length) return false;
  const from = Math.max(0, start - HOSPITAL_NAME_CHARS);
  return findPhrases(text, heads, from, start).some((h) => {
    const gap = text.slice(h.end, start);
    return !/[,.;:!?()\n«»"]/u.test(gap) && /(?:^|\s)(?:à|au|de|du|d['’]|in|at|of)\s*$/iu.test(gap);
  });
}

/** Characters a hospital's name may take between its head word and its town. */
const HOSPITAL_NAME_CHARS = 50;

/** "Metz hospital", "the Nîmes morgue": a site's head right after the town (see notEventPlaceHeadsAfter). */
export function siteAfter(lex: StoryScan['lex'], text: string, end: number): boolean {
  const heads = lex.notEventPlaceHeadsAfter;
  if (!heads?.length) return false;
  const after = /^[\s\u00a0]+([\p{L}'’ -]{2,40})/u.exec(text.slice(end, end + 42))?.[1]?.toLowerCase();
  return after !== undefined && heads.some((h) => after === h || after.startsWith(`${h} `) || after.startsWith(`${h},`));
}

const DISTRICT_LINK = /(?:\s(?:de|des|du|de la|d['’]|of|of the))?\s*$/u;

/** "le quartier des Moulins", "la cité des Iris": a district's name, not a town of that name elsewhere. */
function districtName(scan: StoryScan, p: PlaceMention): boolean {
  const heads = scan.lex.localityHeads;
  if (!heads?.length) return false;
  const before = scan.text.slice(Math.max(0, p.start - 30), p.start).toLowerCase().replace(DISTRICT_LINK, '');
  if (heads.some((h) => before.endsWith(h))) return true;
  if (districtCompound(scan.text, p.start, heads)) return true;
  // "aux Moulins, quartier régulièrement marqué…": the head in apposition after the name.
  const after = scan.text.slice(p.end, p.end + 30).toLowerCase().replace(/^\s*,\s*/, '');
  return heads.some((h) => after.startsWith(h + ' ') || after.startsWith(h + ','));
}

// "au Chemin bas d'Avignon", "quartier de la Croix de Nîmes": a town's name closing a district's compound name, after a
// capitalised word (not a compass point: "les quartiers Nord de Marseille" are Marseille's) and a "de"/"d'".
const COMPOUND_BEFORE = /(?<![\p{L}])(?!(?:Nord|Sud|Est|Ouest|North|South|East|West|Près|Autour|Lors|Loin)\b)\p{Lu}[\p{L}-]*(?:\s[\p{Ll}-]+){0,2}\s(?:de\s|du\s|des\s|d['’])$/u;

/**
 * A town's name ending a district's compound name, "le quartier du Chemin bas d'Avignon" (in Nîmes), "au Chemin bas
 * d'Avignon, un quartier paupérisé": a district word before the compound or right after it in apposition.
 */
export function districtCompound(text: string, start: number, heads: readonly string[]): boolean {
  const before = text.slice(Math.max(0, start - 50), start);
  const m = COMPOUND_BEFORE.exec(before);
  if (!m) return false;
  const lead = before.slice(0, m.index).toLowerCase().replace(DISTRICT_LINK, '');
  if (heads.some((h) => lead.endsWith(h))) return true;
  const end = /^[\p{L}'’-]+/u.exec(text.slice(start))?.[0].length ?? 0;
  const after = text.slice(start + end, start + end + 40).toLowerCase();
  return appositionOf(heads).test(after);
}

const appositions = new WeakMap<readonly string[], RegExp>();

/** ", un quartier", ", a district": a district word in apposition, compiled once per list of heads. */
function appositionOf(heads: readonly string[]): RegExp {
  let re = appositions.get(heads);
  if (!re) appositions.set(heads, (re = new RegExp(`^\\s*,\\s*(?:un|une|a|an)\\s+(?:\\p{L}+\\s+)?(?:${heads.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u')));
  return re;
}

function storyPlaces(scan: StoryScan): PlaceMention[] {
  const out: PlaceMention[] = placeCandidates(scan, 0, scan.text.length).map(({ start, end, text }) => ({ start, end, text }));
  DATELINE.lastIndex = 0;
  for (let m = DATELINE.exec(scan.text); m; m = DATELINE.exec(scan.text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    if (!out.some((p) => p.start <= start && start < p.end)) out.push({ start, end: start + m[1]!.length, text: m[1]! });
  }
  // (A picture's caption places the picture, often an archive one of another town: "FILE PHOTO: An anti-drug raid in
  // Marseille".)
  const captions = scan.sentences.filter((x) => inCaption(scan.text, x));
  return out.filter((p) => !excluded(scan, p) && !districtName(scan, p) && !captions.some((x) => x.start <= p.start && p.end <= x.end)).sort((a, b) => a.start - b.start);
}

/** Start of the paragraph `back` paragraphs before the one holding `at` (paragraphs are lines). */
function paragraphStart(text: string, at: number, back: number): number {
  let i = at;
  for (let k = 0; k <= back && i > 0; k++) {
    const nl = text.lastIndexOf('\n', i - 1);
    i = nl < 0 ? 0 : k < back ? nl : nl + 1;
  }
  return i;
}

/**
 * Places an event may borrow: those of its own and the previous paragraph before it (nearest first), then those of
 * the story's lead (where a report says where it is set). A place told further away belongs to another passage: an
 * overview of the trade names many towns, and its incidents are not in the last one named.
 */
export function contextPlaces(scan: StoryScan, places: PlaceMention[], sentence: { start: number; end: number }): PlaceMention[] {
  const from = paragraphStart(scan.text, sentence.start, 1);
  const leadEnd = scan.sentences[Math.min(LEAD_SENTENCES, scan.sentences.length) - 1]?.end ?? 0;
  // The event's own sentence first (a name the trigger's clause did not reach), then backwards, then the lead.
  const own = places.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  const near = places.filter((p) => p.start >= from && p.end <= sentence.start).reverse();
  const lead = places.filter((p) => p.end <= leadEnd && !near.includes(p) && !own.includes(p));
  return [...own, ...near, ...lead].slice(0, MAX_CONTEXT_PLACES);
}

/** A date said of the telling itself ("a-t-on appris mercredi", "a fait savoir, vendredi 26 décembre,"), or a wire dateline's. */
export function reportDate(scan: StoryScan, d: { start: number; end?: number }): boolean {
  if (d.end !== undefined && datelineDate(scan.text, d.start, d.end)) return true;
  // The cue must stand in the date's own sentence: a page's "publié le 06/10 à 11:29" line right above "Lundi 5
  // octobre, 900 000 euros ont été saisis" says nothing of the Monday.
  const floor = sentenceStartOf(scan, d.start);
  const cues = scan.lex.reportingCues;
  return cues !== undefined && cues.length > 0 && hasPhrase(scan.text, cues, Math.max(floor, d.start - 32), d.start);
}

/**
 * A date said of the telling ("a-t-on appris mercredi", "told Reuters on Monday"), of someone's birth ("nées en
 * 1966 et 2005"), of a record ("sorti de prison en 2019") or of another kind of event ("les attentats du 13 novembre
 * 2015"), not of the act.
 */
export function tellingDate(scan: StoryScan, d: { start: number; end?: number }): boolean {
  if (reportDate(scan, d)) return true;
  const floor = sentenceStartOf(scan, d.start);
  const births = scan.lex.birthCues;
  if (births !== undefined && hasPhrase(scan.text, births, Math.max(floor, d.start - 16), d.start)) return true;
  const record = scan.lex.recordDateCues;
  if (record !== undefined && hasPhrase(scan.text, record, Math.max(floor, d.start - 24), d.start)) return true;
  // "ce qui porte à 29 le nombre d'homicides depuis le 1er janvier": the first day of a year after "since" starts a
  // tally's period.
  const since = scan.lex.periodStartCues;
  if (since !== undefined && d.end !== undefined && yearStart(scan.text.slice(d.start, d.end)) && hasPhrase(scan.text, since, Math.max(floor, d.start - 14), d.start)) return true;
  // "a series of fatal shootings over the last month": a span up to the telling, no act's month.
  const spans = scan.lex.periodSpanCues;
  if (spans !== undefined && hasPhrase(scan.text, spans, Math.max(floor, d.start - 16), Math.min(scan.text.length, d.start + 6))) return true;
  if (publicationDate(scan, d.start, floor)) return true;
  // "un quartier marqué par les attentats du 13 novembre 2015": the date of another kind of event.
  const other = scan.lex.otherEventDateCues;
  return other !== undefined && hasPhrase(scan.text, other, Math.max(floor, d.start - 24), d.start);
}

/** How far before its date a publication's noun may stand: room for the outlet's name ("de France 3 Auvergne"). */
const PUBLICATION_REACH = 48;

/**
 * "D'après le reportage de France 3 Auvergne du 1er novembre, un jeune homme … a été la cible de plusieurs tirs": the
 * date of a report or broadcast, joined to its noun by "du" or "of" (the date right after the link), dates that
 * telling.
 */
function publicationDate(scan: StoryScan, start: number, floor: number): boolean {
  const nouns = scan.lex.publicationNouns;
  const links = scan.lex.publicationDateLinks;
  if (!nouns?.length || !links?.length) return false;
  const from = Math.max(floor, start - PUBLICATION_REACH);
  const link = findPhrases(scan.text, links, from, start).find((h) => /^\s*$/u.test(scan.text.slice(h.end, start)));
  if (!link) return false;
  // The noun before the link, with at most a name between (capitalised words, digits): not a clause of its own.
  return findPhrases(scan.text, nouns, from, link.start).some((h) => /^(?:\s+(?:de|d['’]|of|by|from|the|la|le|du)?\s*[\p{Lu}\d][\p{L}\d'’.-]*)*\s*$/u.test(scan.text.slice(h.end, link.start)));
}

/** "1er janvier", "January 1", "1 January 2024": the first day of a year as written. */
function yearStart(text: string): boolean {
  return /^(?:le\s+)?(?:1(?:er)?|premier)\s+janvier\b|^(?:january|jan\.?)\s+1(?:st)?\b|^1(?:st)?\s+(?:of\s+)?january\b/iu.test(text.trim());
}

/**
 * "Paris, Sept 29, (dpa/GNA) – Two men were killed … on Thursday evening", "MARSEILLE, 12 mars (AFP) -": the date of a
 * wire dateline is the day the story was filed, not the act's.
 */
function datelineDate(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!DATELINE_PLACE.test(text.slice(lineStart, start))) return false;
  return DATELINE_AFTER.test(text.slice(end, end + 30));
}

const DATELINE_PLACE = /^\s*\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}?[\p{L}'’.-]+){0,3}\s*[,(]\s*$/u;
const DATELINE_AFTER = /^[,.]?\s*(?:\d{4}\s*)?[,.]?\s*(?:\([^)\n]{1,25}\)\s*)?[–—-]/u;

function sentenceStartOf(scan: StoryScan, at: number): number {
  let lo = 0;
  let hi = scan.sentences.length - 1;
  let start = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = scan.sentences[mid]!;
    if (s.start <= at) {
      start = s.start;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return start;
}

/** The day (or month) the story's news happened: the first such date of its lead that is not a telling date. */
export function leadDate(scan: StoryScan): DateMatch | null {
  const n = Math.min(DATE_LEAD_SENTENCES, scan.sentences.length);
  let vague: DateMatch | null = null;
  for (let i = 0; i < n; i++) {
    // A picture's caption dates the picture (often an archive one), not the news.
    if (inCaption(scan.text, scan.sentences[i]!)) continue;
    for (const d of sentenceDates(scan, i)) {
      if (!d.date || (d.precision !== 'day' && d.precision !== 'month')) continue;
      // (A month-precise publication, "2023-05", does not rule out "mardi 9 mai 2023": compare what both state.)
      if (afterPublication(d.date, scan.published)) continue;
      if (tellingDate(scan, d)) continue;
      // "Trois détonations dans la nuit. … Mercredi 6 décembre vers 22h15, …": a night told with no day sets the scene;
      // a day named in the lead dates it.
      if (d.flags.includes(LAST_NIGHT)) {
        vague ??= d;
        continue;
      }
      return d;
    }
  }
  return vague;
}

/**
 * "Aucun blessé n'est à déplorer", "no one was hurt": said in the event's sentences or the one after them, the count
 * of wounded is 0, not unknown (the sentence itself is not an event: its trigger is negated).
 */
function noOneHurt(scan: StoryScan, e: Candidate, only: boolean): void {
  const cues = scan.lex.noInjuryCues;
  if (!cues || e.injured !== null || FAMILY[e.type] !== 'violence') return;
  const [from, to] = tollSpan(scan, e, only);
  if (hasPhrase(scan.text, cues, from, to) || negatedWound(scan, from, to)) {
    e.injured = 0;
    if (e.killed === null && (e.type === 'arson_intimidation' || e.type === 'prison_attack')) e.killed = 0;
  }
}

/**
 * "Personne n'a été blessé ni tué", "no one was killed", said in the event's sentences or the two after them: the
 * count of dead is 0, not unknown (as noOneHurt does for the wounded). Not "il a survécu": one survivor says nothing
 * of the others ("cinq victimes … un autre fils a survécu").
 */
function noOneKilled(scan: StoryScan, e: Candidate, only: boolean): void {
  const cues = scan.lex.nobodyKilledCues;
  if (!cues || e.killed !== null || FAMILY[e.type] !== 'violence') return;
  const [from, to] = tollSpan(scan, e, only);
  if (hasPhrase(scan.text, cues, from, to)) e.killed = 0;
}

/**
 * Where a story may say that an act hurt or killed no one: the event's sentences and the two after them; the whole
 * story when it tells no other act of violence (`only`).
 */
function tollSpan(scan: StoryScan, e: Candidate, only: boolean): [number, number] {
  const first = only ? 0 : e.sentences[0]!;
  const last = only ? scan.sentences.length - 1 : Math.min(scan.sentences.length - 1, e.sentences[e.sentences.length - 1]! + 2);
  return [scan.sentences[first]!.start, scan.sentences[last]!.end];
}

/** "Aucun personnel n'a été blessé", "ni de blessés", "none of the guards was hurt": a negation before a wound word. */
function negatedWound(scan: StoryScan, from: number, to: number): boolean {
  const neg = scan.lex.woundNegations;
  const wounds = scan.lex.woundWords;
  if (!neg || !wounds) return false;
  for (const n of findPhrases(scan.text, neg, from, to)) {
    if (findPhrases(scan.text, wounds, n.end, Math.min(to, n.end + 28)).length) return true;
  }
  return false;
}

/** One count of a verbless toll: "Deux morts", "trois blessés graves", "two dead", "3 seriously injured". */
const TOLL_ITEM = /^\s*(\d{1,3}|\p{L}+)\s+(?:(?:seriously|critically|slightly)\s+)?(\p{L}+)(?:\s+(?:graves|grave|légers|léger|par\s+balles?))?\s*$/iu;

/**
 * "Deux morts, trois blessés graves. C'est l'affreux bilan de la fusillade qui a éclaté …": a sentence that is only a
 * toll, right before an act's first sentence (or right after its last), counts that act's dead and wounded when the
 * act counts none of its own and no other act stands between them.
 */
function tollLine(scan: StoryScan, e: Candidate, events: Candidate[]): void {
  const nouns = scan.lex.casualtyNouns;
  if (!nouns || FAMILY[e.type] !== 'violence' || e.killed !== null || e.injured !== null) return;
  const first = Math.min(...e.sentences);
  const last = Math.max(...e.sentences);
  for (const i of [first - 1, last + 1]) {
    if (i < 0 || i >= scan.sentences.length || events.some((o) => o !== e && o.sentences.includes(i))) continue;
    const s = scan.sentences[i]!;
    const body = s.text.replace(/[.!…]+\s*$/u, '');
    const items = body.split(/\s*(?:,|;|\bet\b|\band\b)\s*/u).filter((x) => x.trim() !== '');
    if (!items.length || items.length > 3) continue;
    let killed: number | null = null;
    let injured: number | null = null;
    let ok = true;
    for (const item of items) {
      const m = TOLL_ITEM.exec(item);
      const n = m ? (/^\d+$/.test(m[1]!) ? Number(m[1]) : scan.lex.countWords[m[1]!.toLowerCase()]) : undefined;
      const outcome = m ? nouns[m[2]!.toLowerCase()] : undefined;
      if (n === undefined || n < 1 || !outcome) {
        ok = false;
        break;
      }
      if (outcome === 'death') killed = (killed ?? 0) + n;
      else injured = (injured ?? 0) + n;
    }
    if (!ok) continue;
    e.killed = killed;
    e.injured = injured;
    e.sentences.push(i);
    e.sentences.sort((a, b) => a - b);
    return;
  }
}

/**
 * "Au total, 26 personnes sont mortes depuis le début de l'année", "In 2024, 30 people were killed": a sentence that
 * counts over a period (a span cue, or a month or year and no day) is a tally, not an act's toll.
 */
function tallyPeriod(scan: StoryScan, i: number): boolean {
  const s = scan.sentences[i]!;
  if (hasPhrase(scan.text, scan.lex.tallyPeriodCues ?? [], s.start, s.end)) return true;
  const ds = sentenceDates(scan, i).filter((d) => d.date && !tellingDate(scan, d));
  return ds.some((d) => d.precision === 'month' || d.precision === 'year') && !ds.some((d) => d.precision === 'day');
}

/** How many sentences after an act its toll may be told in a sentence of its own. */
const TOLL_REACH = 2;

/**
 * "Une fusillade a éclaté vendredi soir … faisant plusieurs blessés. Le bilan fait état de cinq blessés en plus des deux
 * victimes décédées." A toll told in a sentence of its own, among or right after an act's sentences and before any
 * other act's, counts that act's dead and wounded. (Counts after "parmi les blessés", "among them" are parts of it.)
 */
function tollAfter(scan: StoryScan, e: Candidate, events: Candidate[]): void {
  const cues = scan.lex.tollCues;
  const nouns = scan.lex.casualtyNouns;
  if (!cues?.length || !nouns || FAMILY[e.type] !== 'violence') return;
  const first = Math.min(...e.sentences);
  const last = Math.max(...e.sentences);
  const others = new Set(events.filter((o) => o !== e).flatMap((o) => o.sentences));
  for (let i = first + 1; i <= last + TOLL_REACH && i < scan.sentences.length; i++) {
    if (others.has(i)) break;
    if (e.sentences.includes(i)) continue;
    const s = scan.sentences[i]!;
    const cue = findPhrases(scan.text, cues, s.start, s.end)[0];
    if (!cue) continue;
    if (tallyPeriod(scan, i)) continue;
    let found = false;
    // "fait état d'un mort et de quatre blessés": a count word the kit does not read as a number ("un", "one").
    const worded: { start: number; end: number; value: number }[] = [];
    for (const h of findPhrases(scan.text, Object.keys(nouns), cue.end, s.end)) {
      const w = /([\p{L}]+)\s+$/u.exec(scan.text.slice(Math.max(cue.end, h.start - 20), h.start));
      const value = w ? scan.lex.countWords[w[1]!.toLowerCase()] : undefined;
      if (value !== undefined) worded.push({ start: h.start - w![0].length, end: h.start - w![0].length + w![1]!.length, value });
    }
    for (const n of [...scan.kit.numbers(scan.text), ...worded]) {
      if (n.start < cue.end || n.end > s.end || !Number.isInteger(n.value) || n.value < 1 || n.value > 200) continue;
      if (scan.lex.subsetCues?.length && hasPhrase(scan.text, scan.lex.subsetCues, Math.max(s.start, n.start - 24), n.start)) continue;
      const noun = /^\s+([\p{L}]+(?:\s+(?:graves|légers|par\s+balles?))?)/u.exec(scan.text.slice(n.end, Math.min(s.end, n.end + 30)));
      let outcome = noun ? nouns[noun[1]!.toLowerCase()] ?? nouns[noun[1]!.split(/\s+/)[0]!.toLowerCase()] : undefined;
      // "Au total, cinq adolescents âgés de 15 et 16 ans sont blessés": the count of a victims' phrase whose verb
      // tells the outcome.
      if (outcome === undefined) {
        const group = victimPhrases(scan, n.start, s.end).find((v) => v.start === n.start && v.count === n.value);
        const told = group ? outcomeAfter(scan, group.end, s.end) : null;
        if (told !== null) outcome = told;
      }
      if (outcome === 'injury' && (e.injured === null || e.injured < n.value)) {
        e.injured = n.value;
        found = true;
      } else if (outcome === 'death' && (e.killed === null || e.killed < n.value)) {
        e.killed = n.value;
        found = true;
      }
    }
    if (found && !e.sentences.includes(i)) e.sentences.push(i);
  }
}


/**
 * How many sentences after an act a sentence setting it ("Les faits se sont produits …") may come. A feature story
 * comments on the act first and sets the scene a paragraph down ("C'était le 14 février dernier"); another act told
 * in between ends the search anyway.
 */
const SETTING_REACH = 10;
/**
 * Characters between the subject and its verb: room for an aside ("Les faits, révélés dimanche par un site, se sont
 * produits") or for the subject's own place and a relative clause on it ("The attack in a parking lot at Sevran, which
 * lies between central Paris and the airport, took place").
 */
const SETTING_VERB_REACH = 160;

/**
 * "The attack in a parking lot near a cultural centre at Sevran, which lies between central Paris and …, took place":
 * a place told inside the subject, before any comma, is where the act happened (the aside after the comma only
 * situates it).
 */
function subjectPlace(scan: StoryScan, from: number, verbAt: number): PlaceMention | null {
  const comma = scan.text.slice(from, verbAt).search(/[,;(–—]/u);
  const to = comma < 0 ? verbAt : from + comma;
  if (to <= from) return null;
  const place = nearestPlace(scan, from, to, from);
  return place && !nearPlace(scan, place) ? place : null;
}

/**
 * "Un homme a été enlevé … Les faits se sont produits ce 8 janvier à 8 h 45, en plein centre de Villeparisis." A
 * sentence whose subject refers back to the act just told and whose verb says it happened gives that act's day
 * and place when its own sentences gave none (a day taken from the story's lead is a guess it replaces). Another
 * act told in between ends the search: the back-reference is to the nearest act.
 */
function settingAfter(scan: StoryScan, e: Candidate, events: Candidate[]): void {
  // ("Les faits se sont déroulés le 14 septembre 2020" after a verdict are the facts it judged, not the hearing.)
  if (e.type === 'trial_verdict') return;
  const subjects = scan.lex.settingSubjects;
  const verbs = scan.lex.settingVerbs;
  // (A day told of the death, "a succombé samedi soir", is not the act's: "Les faits se sont produits jeudi" is.)
  const deathDay = e.laterDeath === true && e.date?.precision === 'day' && e.dayShift === null;
  // ("tué par erreur en 2020 … Les faits remontent au 8 mars 2020": a day inside the year or month the act was told with.)
  // (Not a day the text named that was cut to the report's month: the setting's weekday is no surer.)
  const coarse = e.date?.date !== undefined && e.date !== null && (e.date.precision === 'year' || e.date.precision === 'month') && e.dayShift === null && !e.date.flags.includes(DAY_CUT_TO_REFERENCE);
  const wantsDate = (e.date === null && e.dayShift === null && !e.object) || deathDay || coarse;
  const landmark = e.place !== null && nearPlace(scan, e.place);
  // ("Quatre personnes ont été blessées … à Marseille … Les faits se sont déroulés dans la cité Félix Pyat (3e
  // arrondissement)": a town told first, then the part of it the act happened in.)
  const town = e.place !== null && !landmark && !local(scan, e.place);
  if (!subjects?.length || !verbs?.length || (!wantsDate && e.place !== null && !landmark && !town)) return;
  const others = new Set(events.filter((o) => o !== e).flatMap((o) => o.sentences));
  // After each passage of the act (the lead that announces it, or the account further down), up to another act.
  for (const from of [...e.sentences].sort((a, b) => a - b)) if (settingFrom(scan, e, from, others, wantsDate, landmark, town, subjects, verbs, events)) return;
}

function settingFrom(scan: StoryScan, e: Candidate, last: number, others: Set<number>, wantsDate: boolean, landmark: boolean, town: boolean, subjects: string[], verbs: string[], events: Candidate[]): boolean {
  for (let i = last + 1; i <= last + SETTING_REACH && i < scan.sentences.length; i++) {
    if (others.has(i)) return false;
    if (e.sentences.includes(i)) return false;
    const s = scan.sentences[i]!;
    const subject = findPhrases(scan.text, subjects, s.start, s.end)[0];
    const verb = subject ? findPhrases(scan.text, verbs, subject.end, Math.min(s.end, subject.end + SETTING_VERB_REACH))[0] : undefined;
    if (!verb) continue;
    let date = wantsDate ? nearestDate(scan, i, s.start, s.end, verb.end) : null;
    let place = e.place === null || landmark || town ? subjectPlace(scan, subject.end, verb.start) ?? nearestPlace(scan, s.start, s.end, verb.end) : null;
    if (place && landmark && nearPlace(scan, place)) place = null;
    // (A town's act takes only a part of a town from its setting, never another town.)
    if (place && town && !landmark && !local(scan, place)) place = null;
    if (date && e.date?.date && e.date.precision !== 'day') {
      // A coarse date is only sharpened: the setting's day must lie inside it.
      if (date.precision !== 'day' || !date.date?.startsWith(e.date.date)) date = null;
    } else if (date && e.date?.date) {
      // Only an earlier day, within the lag a death may follow its attack, replaces the death's.
      const days = date.precision === 'day' && date.date ? (Date.parse(e.date.date) - Date.parse(date.date)) / 86_400_000 : 0;
      if (days > 0 && days <= DEATH_LAG_DAYS) e.deathDate = e.deathDate ?? e.date;
      else date = null;
      // "un autre homicide survenu deux jours plus tôt", told next, counted its days from the death: count again.
      const next = date ? events[events.indexOf(e) + 1] : undefined;
      if (date && next && next.dayShift !== null && next.date?.flags.includes(SHIFTED_FLAG)) next.date = shiftDate(date, next.dayShift) ?? next.date;
    }
    if (date) e.date = date;
    if (place) e.place = place;
    if ((date || place) && !e.sentences.includes(i)) e.sentences.push(i);
    return true;
  }
  return false;
}

/**
 * "Le 21 juin, au lever du jour, quatre hommes masqués ont fait irruption chez elle. Ils la jettent dans le coffre…":
 * a narrative dates the scene in the sentence before the act. The sentence right before one of the act's passages
 * (the lead that announces it, or the account further down: "Il est 19h30, ce mercredi 25 décembre, quand le
 * commissariat reçoit plusieurs appels. Des hommes cagoulés ont ouvert le feu…"), in its paragraph and telling no
 * act of its own, dates an act its own sentences leave undated. The earliest such sentence wins.
 */
function dateBefore(scan: StoryScan, e: Candidate, events: Candidate[]): void {
  if (e.date !== null || e.dayShift !== null || e.object) return;
  const own = new Set(e.sentences);
  for (const first of [...own].sort((a, b) => a - b)) {
    const i = first - 1;
    if (i < 0 || own.has(i) || events.some((o) => o !== e && o.sentences.includes(i))) continue;
    const prev = scan.sentences[i]!;
    if (scan.text.slice(prev.end, scan.sentences[first]!.start).includes('\n') || inCaption(scan.text, prev)) continue;
    const date = nearestDate(scan, i, prev.start, prev.end, prev.end);
    if (!date || date.precision !== 'day') continue;
    e.date = date;
    e.sentences.push(i);
    e.sentences.sort((a, b) => a - b);
    return;
  }
  sceneDate(scan, e, events);
}

/** How many sentences back a told scene's day may stand before its act. */
const SCENE_REACH = 3;

/**
 * "Une semaine plus tard, le 12 février, les douaniers … sélectionnent un véhicule. L'ouverture du coffre … Ils
 * découvrent un double fond. De retour à la brigade, les agents … découvrent 436 kilos": a scene told step by step
 * gives its day where it starts, a few sentences (and maybe a paragraph) before the act. Back from the act's first
 * sentence over sentences that tell no act, no heading and no other date, the first day-precise date dates it.
 */
function sceneDate(scan: StoryScan, e: Candidate, events: Candidate[]): void {
  const first = e.sentences[0]!;
  for (let i = first - 1; i >= 0 && i >= first - SCENE_REACH; i--) {
    if (events.some((o) => o !== e && o.sentences.includes(i)) || isHeading(scan, i)) return;
    const s = scan.sentences[i]!;
    if (inCaption(scan.text, s)) continue;
    const dates = sentenceDates(scan, i).filter((d) => d.date && !tellingDate(scan, d));
    if (!dates.length) continue;
    const date = nearestDate(scan, i, s.start, s.end, s.end);
    if (!date || date.precision !== 'day') return;
    e.date = date;
    return;
  }
}

/** The act's clause adds it to those told before ("were also hit", "a également été incendiée"). */
function added(scan: StoryScan, e: Candidate): boolean {
  return hasPhrase(scan.text, scan.lex.additiveCues ?? [], e.clause.start, e.clause.end);
}

export interface StoryContext {
  /** Per candidate: places from the rest of the story, for the resolve stage, when it names none itself. */
  placeContext: Map<Candidate, PlaceMention[]>;
}

/** Fills in the story's lead date on undated news events and lists context places for placeless ones. */
export function applyStoryContext(scan: StoryScan, events: Candidate[]): StoryContext {
  const placeContext = new Map<Candidate, PlaceMention[]>();
  if (!events.length) return { placeContext };
  let places: PlaceMention[] | null = null;
  let lead: DateMatch | null | undefined;
  const violent = events.filter((o) => FAMILY[o.type] === 'violence').length;
  for (const e of events) {
    noOneHurt(scan, e, violent === 1);
    tollAfter(scan, e, events);
    tollLine(scan, e, events);
    noOneKilled(scan, e, violent === 1);
    settingAfter(scan, e, events);
    dateBefore(scan, e, events);
    if (!e.place) {
      places ??= storyPlaces(scan);
      // (Where a suspect was later arrested, "appréhendé à la gare de Marseille", is not where he shot.)
      const arrestedAt = (p: PlaceMention) => FAMILY[e.type] === 'violence' && hasPhrase(scan.text, scan.lex.arrestPlaceCues ?? [], Math.max(0, p.start - 30), p.start);
      const ctx = contextPlaces(scan, places, scan.sentences[e.sentences[0]!]!).filter((p) => !arrestedAt(p));
      if (ctx.length) placeContext.set(e, ctx);
    }
    // (The story's only act takes it wherever it is told: "Mercredi 6 décembre vers 22 h, une voiture criblée de balles
    // …" sets the scene, and the act's trigger, "une enquête pour tentative d'homicide", comes last.)
    if (!e.date && e.dayShift === null && !e.object && !e.ownDayOnly && (bodyIndex(scan, e.sentences[0]!) < NEWS_SENTENCES || events.length === 1 || added(scan, e)) && !recall(scan, e)) {
      lead ??= leadDate(scan);
      // The lead's day is the day of the act the lead tells: a trial story opening on the crime's date does not
      // date the trial with it.
      const owner = lead ? events.find((o) => o.date === lead || (o.date?.start === lead!.start && o.date.end === lead!.end)) : undefined;
      // (Nor is it the day of a raid or seizure told in another town: "Cette saisie intervient une semaine après celle
      // de Loon-Plage" after the lead's Dunkerque seizure. Attacks in several towns on one night share it.)
      const elsewhere = owner !== undefined && FAMILY[e.type] === 'enforcement' && !samePlace(scan, owner, e);
      if (lead && (!owner || FAMILY[owner.type] === FAMILY[e.type]) && !elsewhere) e.date = { ...lead, flags: [...lead.flags, 'from_story_lead'] };
    }
  }
  return { placeContext };
}
