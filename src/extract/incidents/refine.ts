// Refiners: merges candidates that tell the same act (adjacent sentences, back-references), drops duplicate headlines, shifts relative days.

import type { EventType, ExtractedEvent, PlaceMention } from '../../core/types.js';
import type { DateMatch } from '../common/types.js';
import { DAY_CUT_TO_REFERENCE, isoDaysAfter, QUOTED_NOW } from '../common/dates.js';
import { leadDate, reportDate, tellingDate } from './context.js';
import { afterPublication, agesAfterSubject, nearestDate, nearPlace, placeCandidates, sentenceDates, victimPhrases } from './fields.js';
import { findPhrases, hasPhrase } from './phrase-pattern.js';
import { escapeRegExp } from '../../clean/text/fold.js';
import { bodyIndex, definiteAt, inCaption, isHeading } from './scan.js';
import type { Candidate, StoryScan, VictimPhrase } from './types.js';

/** How far (in sentences) a follow-up sentence may be from the event it continues. */
export const DEFAULT_MERGE_GAP = 2;

// Which candidate type a later sentence may fold into, and the type the merged event takes.
const COMPATIBLE: Partial<Record<EventType, EventType[]>> = {
  prison_attack: ['prison_attack', 'shooting_homicide'],
  shooting_homicide: ['shooting_homicide', 'prison_attack'],
  corruption_case: ['corruption_case', 'trial_verdict', 'police_operation'],
  trial_verdict: ['trial_verdict', 'corruption_case'],
  // Beatings and wounds told after an abduction are what the captors did: the kidnapping keeps its type.
  kidnapping_extortion: ['kidnapping_extortion', 'shooting_homicide'],
  // A raid and what it seized, told in following sentences on one day in one place, are one operation.
  seizure: ['seizure', 'police_operation'],
  police_operation: ['police_operation', 'seizure'],
};
/** Types an act told under two takes: a prison attack over the killing of its guards, a corruption case over its trial. */
export const DOMINANT: EventType[] = ['prison_attack', 'corruption_case'];

function compatible(a: EventType, b: EventType): boolean {
  return a === b || (COMPATIBLE[a]?.includes(b) ?? false);
}

// Procedures run over days: a custody that ends the next day, charges two days after the arrests, a verdict after its hearing.
const PROCEDURAL: EventType[] = ['police_operation', 'corruption_case', 'trial_verdict'];
// Custody in drug-trafficking and organised-crime cases lasts up to 96 hours: charges come up to four days after the arrests.
export const DEFAULT_PROCEDURE_DAYS = 4;

// A captivity lasts days too: the escape or the wounds told on its last day are the same kidnapping.
const LASTING: EventType[] = [...PROCEDURAL, 'kidnapping_extortion'];

/** Days a's day comes before b's (both day-precise), else 0. */
function daysBefore(a: Candidate, b: Candidate): number {
  if (a.date?.precision !== 'day' || b.date?.precision !== 'day' || !a.date.date || !b.date.date) return 0;
  return (Date.parse(b.date.date) - Date.parse(a.date.date)) / 86_400_000;
}

function sameDate(a: DateMatch | null, b: DateMatch | null, type?: EventType): boolean {
  if (!a?.date || !b?.date) return true;
  // "la fusillade de la semaine dernière" is dated by its month, but no day outside that week is hers.
  for (const [w, d] of [[a, b], [b, a]] as const) {
    if (w.week && d.precision === 'day') {
      const days = (Date.parse(d.date!) - Date.parse(w.week)) / 86_400_000;
      if (days < 0 || days > 6) return false;
    }
  }
  if (a.date.startsWith(b.date) || b.date.startsWith(a.date)) return true;
  if (type && LASTING.includes(type) && a.precision === 'day' && b.precision === 'day') {
    const days = Math.abs(Date.parse(a.date) - Date.parse(b.date)) / 86_400_000;
    return days <= DEFAULT_PROCEDURE_DAYS;
  }
  return false;
}

/** How long after an attack a victim's death may be told and still be that attack's toll, in days. */
export const DEATH_LAG_DAYS = 30;

/**
 * One candidate tells a death after the attack ("est morte mardi après avoir été blessée"), the other the attack
 * itself, earlier by at most DEATH_LAG_DAYS: the two days belong to one act, dated by the attack.
 */
function deathAfter(a: Candidate, b: Candidate): boolean {
  const lag = (death: Candidate, attack: Candidate): boolean => {
    if (!death.laterDeath || !death.date?.date || !attack.date?.date || death.date.precision !== 'day' || attack.date.precision !== 'day') return false;
    const days = (Date.parse(death.date.date) - Date.parse(attack.date.date)) / 86_400_000;
    return days > 0 && days <= DEATH_LAG_DAYS;
  };
  const told = (event: Candidate, death: Candidate): boolean =>
    !!event.deathDate?.date && !!death.date?.date && death.date.precision === 'day' && Math.abs(Date.parse(event.deathDate.date) - Date.parse(death.date.date)) <= 86_400_000;
  return lag(a, b) || lag(b, a) || told(a, b) || told(b, a);
}

const OPERATION: EventType[] = ['police_operation', 'seizure'];

/** A candidate that adds nothing of its own (no victim, count, date or place): commentary on an event already told. */
/**
 * "… affirme avoir été enlevé, la veille, à Toulouse. Ce dernier raconte avoir été séquestré à Caussade": a captivity
 * moves from place to place; the next sentence telling more of it, with no day of its own, is the same kidnapping.
 */
function captivityGoesOn(prev: Candidate, c: Candidate): boolean {
  return prev.type === 'kidnapping_extortion' && c.type === 'kidnapping_extortion' && !c.date
    && c.clause.sentence - prev.sentences[prev.sentences.length - 1]! === 1;
}

/**
 * "Arrivés sur place, les policiers ont découvert … en face de la galerie de l'Arlequin": the next sentence, opened at
 * the scene of the act just told, goes on with it; the spot it names and the victims it counts are that act's.
 */
function atScene(prev: Candidate, c: Candidate): boolean {
  return c.onScene === true && !c.date && c.clause.sentence - prev.sentences[prev.sentences.length - 1]! <= SCENE_GAP;
}

/** Sentences an on-scene opening may come after the act it goes on with: a paragraph on the alert or the setting between. */
const SCENE_GAP = 6;

function bare(c: Candidate): boolean {
  return (
    !c.victims.some((v) => v.age !== null) &&
    !c.killed &&
    c.injured === null &&
    !c.date &&
    !c.place &&
    !c.fresh &&
    c.dayShift === null &&
    !c.drugs.some((d) => d.quantity !== null)
  );
}

/**
 * "the 3rd arrondissement", "la cité des Iris", "the Fontbarlettes district": a part of a town, its head word before
 * the name or in it. ("a Paris street" names the town: the head after a name qualifies it.)
 */
export function local(scan: StoryScan, p: PlaceMention): boolean {
  const heads = scan.lex.localityHeads;
  if (!heads?.length) return false;
  // (Not across a comma: "au sein du quartier Pissevin, à l'ouest de Nîmes" names the town after the district.)
  const from = Math.max(0, p.start - 25);
  const comma = Math.max(scan.text.lastIndexOf(',', p.start - 1), scan.text.lastIndexOf(';', p.start - 1));
  // (Nor across a place preposition: "dans le quartier des Grésilles à Dijon", "on a street in Toulouse" name the town
  // the district is in.)
  if (!townAfterPreposition(scan, p) && hasPhrase(scan.text, heads, Math.max(from, comma + 1), p.end)) return true;
  // "the Fontbarlettes district", "Marseille's 14th arrondissement": a district word right after the name.
  return hasPhrase(scan.text, DISTRICT_AFTER, p.end, Math.min(scan.text.length, p.end + 20));
}

/** A place preposition ("à", "in") stands right before the place, after some other word of the sentence. */
function townAfterPreposition(scan: StoryScan, p: PlaceMention): boolean {
  const before = scan.text.slice(Math.max(0, p.start - 30), p.start).toLowerCase();
  return scan.lex.placePrepositions.some((w) => {
    const at = before.length - w.length - (w.endsWith("'") || w.endsWith('’') ? 0 : 1);
    return at > 0 && before.startsWith(w, at) && /\s/u.test(before[at - 1]!) && /^\s*$/u.test(before.slice(at + w.length));
  });
}

const DISTRICT_AFTER = ['district', 'neighbourhood', 'neighborhood', 'estate', 'housing estate', 'quarter', 'arrondissement'];

export function samePlace(scan: StoryScan, a: Candidate, b: Candidate): boolean {
  if (!a.place || !b.place) return true;
  // A court's seat and the town the case is named by ("les douaniers corrompus d'Orly", "la cour d'appel de Paris")
  // are one case's two places.
  if ((a.placeCourt || b.placeCourt) && FAMILY[a.type] === 'justice' && FAMILY[b.type] === 'justice') return true;
  const same = (p: PlaceMention, q: PlaceMention) => {
    const x = p.text.toLowerCase();
    const y = q.text.toLowerCase();
    return x.includes(y) || y.includes(x);
  };
  // A district and a town do not contradict each other: the same story names both for one act. (Unless the district
  // was told with its own town, another one: "in the Mirail district in Toulouse" then "in Colomiers".)
  const la = local(scan, a.place);
  if (la !== local(scan, b.place)) {
    const [district, town] = la ? [a.place, b.place] : [b.place, a.place];
    const its = townOf(scan, district);
    return its === null || same(its, town);
  }
  return same(a.place, b.place);
}

/** The town a district is told with, right after it: "la cité du Docteur-Ayme à Cavaillon", "the Mirail district in Toulouse". */
function townOf(scan: StoryScan, district: PlaceMention): PlaceMention | null {
  const end = Math.min(scan.text.length, district.end + 40);
  const next = placeCandidates(scan, district.end, end).find((p) => p.start > district.end && !local(scan, p) && townAfterPreposition(scan, p));
  if (!next || /[.;!?\n]/u.test(scan.text.slice(district.end, next.start))) return null;
  return { text: next.text, start: next.start, end: next.end };
}

/**
 * "Peu après 19h30, en plein cœur du bourg du Gosier, à proximité de la rue Raphaël Luce. Les pompiers sont intervenus
 * pour prendre en charge un jeune homme blessé par balle": a narrative places the scene in the sentence before the
 * act, as it dates it there (context.ts, dateBefore). The sentence right before a candidate that names no place, in
 * its paragraph, no heading and telling no act of its own, gives the place it names. Read only where it decides
 * whether the candidate is the act just told: a story of two shootings one night, in two towns, tells the second
 * this way after the first.
 */
function scenePlace(scan: StoryScan, c: Candidate, candidates: readonly Candidate[]): { place: PlaceMention; sentence: number } | null {
  const i = c.clause.sentence - 1;
  if (i < 0 || isHeading(scan, i) || candidates.some((o) => o.clause.sentence === i)) return null;
  const before = scan.sentences[i]!;
  if (scan.text.slice(before.end, scan.sentences[c.clause.sentence]!.start).includes('\n') || inCaption(scan.text, before)) return null;
  // ("Les faits se sont produits … place Suzanne-Valadon, limitrophe de Pierrefitte": a sentence that refers back to
  // the act just told situates that act.)
  if (findPhrases(scan.text, scan.lex.settingSubjects ?? [], before.start, before.end).length) return null;
  // One place, or a place and its parts: a sentence listing towns ("there had been assaults in Villepinte, Nanterre
  // and Valence") sets no one scene.
  const places = placeCandidates(scan, before.start, before.end).filter((p) => !nearPlace(scan, p));
  const names = places.map((p) => p.text.toLowerCase());
  if (!places.length || names.some((x) => names.some((y) => !x.includes(y) && !y.includes(x)))) return null;
  const best = places.reduce((a, b) => (b.strength > a.strength || (b.strength === a.strength && b.end > a.end) ? b : a));
  return { place: { text: best.text, start: best.start, end: best.end }, sentence: i };
}

/** A later candidate names a victim of its own (an age, a counted group) while the event already has one. */
function newVictim(into: Candidate, c: Candidate): boolean {
  if (!into.victims.length || !c.victims.length) return false;
  // "Cinq blessés … L'un d'entre eux, un jeune de 15 ans": one of the victims already counted, now with an age.
  if (c.partitive && into.victims.some((w) => w.age === null)) return false;
  // "L'homme de 30 ans est décédé à l'hôpital": one person named with the definite article is one already told, when
  // the event has a victim with no age yet.
  if (c.definiteVictim && into.victims.some((w) => w.age === null && !w.ages)) return false;
  // "Une troisième victime a été blessée. Il s'agit d'un homme de 36 ans": a pronoun naming the one victim of that
  // outcome still told without an age.
  if (c.pronoun && c.victims.length === 1 && pronounTarget(into, c.victims[0]!)) return false;
  // "Several youths, including two teenagers, have died … killed two 15-year-olds and a 24-year-old": people told with
  // ages after an uncounted group are its members.
  if (into.victims.some((w) => w.count === null && w.age === null) && into.killed === null && into.injured === null) return false;
  // "Two men were shot … The driver, a 22-year-old, and his passenger, aged 19, …": the counted group's members.
  if (groupMembers(into, c)) return false;
  // "a driver was shot … The driver, 36, …": the same role, now with an age, is the same person.
  // (An estimated age, "d'une vingtaine d'années", is too loose to tell a new person from one already told.)
  return c.victims.some((v) => v.age !== null && !v.approximate && !into.victims.some((w) => w.age === v.age || (w.age === null && v.role !== null && w.role === v.role) || sameGroup(w, v)));
}

/** The one victim of v's outcome told alone and without an age, whom a pronoun ("Il", "He") may name. */
function pronounTarget(into: Candidate, v: VictimPhrase): VictimPhrase | undefined {
  const open = into.victims.filter((w) => w.age === null && !w.ages && (w.count ?? 1) === 1 && w.outcome === v.outcome);
  return open.length === 1 ? open[0] : undefined;
}

/**
 * "Deux hommes ont été blessés … Le conducteur, un homme de 22 ans, et son passager, âgé de 19 ans, ont été
 * hospitalisés": people told one by one with their ages, no more of them than a group the event counted without ages
 * (its only victims), are that group's members, not more victims, unless the sentence says they are others.
 * Returns the group, or null.
 */
function groupMembers(into: Candidate, c: Candidate): VictimPhrase | null {
  if (into.victims.length !== 1 || c.addsVictim || c.fresh || c.total) return null;
  const group = into.victims[0]!;
  if (group.age !== null || group.ages || group.count === null || group.count < 2) return null;
  const aged = c.victims.filter((v) => v.age !== null);
  if (!aged.length || aged.length !== c.victims.length || aged.length > group.count) return null;
  if (aged.some((v) => (v.count ?? 1) !== 1 || v.approximate)) return null;
  // (The wounded are not among a group told dead: "Deux personnes ont été tuées … un homme de 36 ans, blessé".)
  if (group.outcome === 'death' && aged.some((v) => v.outcome === 'injury')) return null;
  // ("un autre homme de 19 ans": one more person; "un homme de 22 ans et un autre de 19 ans": two members.)
  if (c.another && aged.length < 2) return null;
  return group;
}

/**
 * "Des coups de feu ont été tirés, tuant l'adolescent et blessant un jeune homme de 27 ans": the victim already told,
 * named again with the definite article and the same fate, with another victim beside: the same act, one more victim.
 */
function toldAgain(scan: StoryScan, into: Candidate, c: Candidate): boolean {
  return c.victims.some((v) => (v.count ?? 1) === 1 && v.age === null && definiteAt(scan.lex, scan.text, v.start) && into.victims.some((w) => w.outcome === v.outcome && (w.count ?? 1) === 1));
}

/**
 * "Deux personnes sont mortes … Les personnes tuées sont deux hommes âgés de 24 et 26 ans": a group told again with
 * its ages is the group already counted (same number, same outcome), not more victims.
 */
function sameGroup(w: VictimPhrase, v: VictimPhrase): boolean {
  return w.age === null && !w.ages && (v.count ?? 1) > 1 && w.count === v.count && w.outcome === v.outcome && v.ages !== undefined;
}

const NAME_AFTER = /^\s*(?:(?:of|de|d'|d’|du)\s*)?(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*)/u;

/** "the kidnapping of David Balland" names its victim: it only refers back to an event that named them too. */
function knownNames(scan: StoryScan, into: Candidate, c: Candidate): boolean {
  const told = into.sentences.map((i) => scan.sentences[i]!.text).join(' ');
  return c.triggers.every((t) => {
    const m = NAME_AFTER.exec(scan.text.slice(t.end, t.end + 60));
    return !m || told.includes(m[1]!.split(/\s/).pop()!);
  });
}

function absorb(into: Candidate, c: Candidate): void {
  if (DOMINANT.includes(c.type) && !DOMINANT.includes(into.type)) into.type = c.type;
  for (const s of c.sentences) if (!into.sentences.includes(s)) into.sentences.push(s);
  into.sentences.sort((a, b) => a - b);
  into.triggers.push(...c.triggers);
  // Shot first, then said to have died: the wounded become the dead, not extra casualties. So when the death is told
  // of someone already told ("la victime est décédée", "il a succombé à ses blessures", "l'un d'eux est mort") and
  // not of another person ("un autre homme a été tué").
  // ("Il est décédé dimanche" after "un homme blessé par balle": the one wounded person told before.)
  // (The members of a group counted before, now told one by one, are victims already counted: see groupMembers.)
  const members = groupMembers(into, c);
  const told = c.partitive || c.laterDeath || (c.pronoun && into.injured === 1) || members !== null;
  const sameVictims = into.killed === 0 || (into.killed === null && !c.addsVictim && told);
  if (sameVictims && c.killed && into.injured) {
    into.injured = into.injured - c.killed > 0 ? into.injured - c.killed : null;
    into.diedOfWounds = (into.diedOfWounds ?? 0) + c.killed;
  }
  if (into.killed === null || (into.killed === 0 && c.killed)) into.killed = c.killed;
  // ("qui avait été blessé … n'a pas survécu": the wounds of one already told dead are no more wounded; "un autre
  // homme a été blessé" is someone else.)
  // ("un homme de 32 ans a été abattu … les secours ont découvert la victime grièvement blessée": the one dead was
  // found wounded; not another victim.)
  const deadFoundWounded = into.killed === 1 && c.killed === null && c.injured === 1 && !c.addsVictim && !c.another && ((c.partitive || c.pronoun) && into.victims.length <= 1 || (c.definiteVictim && into.victims.length === 1))
    && c.victims.every((v) => v.age === null || into.victims.some((w) => w.age === v.age));
  if (into.injured === null && !deadFoundWounded) into.injured = c.injured !== null && into.diedOfWounds && !c.addsVictim ? (c.injured - into.diedOfWounds > 0 ? c.injured - into.diedOfWounds : null) : c.injured;
  // A count-less report anywhere in the event still says casualties happened; a number, when known, wins in toEvent.
  into.vague = { killed: into.vague.killed || c.vague.killed, injured: into.vague.injured || c.vague.injured };
  if (!into.date) {
    into.date = c.date;
    if (c.laterDeath) into.laterDeath = true;
  } else if (deathAfter(into, c)) {
    // The act is the attack: the earliest day told wins over the day the victim died (or was still in a coma).
    if (c.date?.date && into.date.date && c.date.date < into.date.date) {
      into.deathDate = into.deathDate ?? into.date;
      into.date = c.date;
    } else if (c.date?.date && into.date.date && c.date.date > into.date.date) {
      into.deathDate = into.deathDate ?? c.date;
    }
    into.laterDeath = true;
  } else if (
    // (Also a month counted back, "Un an après l'attaque du fourgon, …", then the day told: "Le 14 mai, un commando …".)
    (into.date.flags.includes(DAY_CUT_TO_REFERENCE) || (into.date.flags.includes('shifted_back') && into.date.precision === 'month')) &&
    c.date?.precision === 'day' &&
    c.date.weekday === undefined &&
    !c.date.flags.includes(DAY_CUT_TO_REFERENCE) &&
    !!into.date.date &&
    !!c.date.date?.startsWith(into.date.date)
  ) {
    // "Hier soir, des tirs ont éclaté" in a report dated by its month only, then "l'incident, qui a eu lieu samedi 3
    // mai": the day the text states outright is the day the relative one could not be resolved to.
    into.date = c.date;
  } else if (into.type === 'police_operation' && c.type === 'police_operation' && daysBefore(c, into) > 0 && daysBefore(c, into) <= DEFAULT_PROCEDURE_DAYS) {
    // "Lundi, deux hommes ont été mis en examen … Les suspects ont été interpellés samedi": custody and charges follow
    // the arrests; the operation is the earliest day told.
    into.date = c.date;
  }
  // (A place the act was near gives way to one it was in: "near Lyon" … "in the Minguettes district of Vénissieux".)
  const landmark = into.placeNear === true && c.place !== null && !c.placeNear;
  if (!into.place || landmark || (c.place && c.place.text.toLowerCase().includes(into.place.text.toLowerCase()) && c.place.text.length > into.place.text.length)) {
    if (landmark) into.placeNear = false;
    into.place = c.place ?? into.place;
  }
  // "Un adolescent de 15 ans est entre la vie et la mort … Au total, cinq adolescents âgés de 15 et 16 ans sont
  // blessés": a total counts the victims told before it too. Its counts win when larger, and its groups stand for the
  // victims whose ages they list.
  if (c.total) {
    if (c.injured !== null && into.injured !== null && c.injured > into.injured) into.injured = c.injured;
    if (c.killed !== null && into.killed !== null && c.killed > into.killed) into.killed = c.killed;
    const groups = c.victims.filter((v) => v.ages && (v.count ?? 1) > 1);
    if (groups.length) {
      into.victims = into.victims.filter((w) => !((w.count ?? 1) === 1 && w.age !== null && groups.some((g) => g.ages!.includes(w.age!))));
      into.victims.push(...groups);
    }
  }
  // The group's members, told with their ages, take the group's place (as many of them as were told).
  if (members) {
    const rest = members.count! - c.victims.length;
    into.victims = [...(rest > 0 ? [{ ...members, count: rest }] : []), ...c.victims.map((v) => ({ ...v, outcome: v.outcome ?? members.outcome }))];
  }
  for (const v of members ? [] : c.victims) {
    if (c.total && v.ages && (v.count ?? 1) > 1) continue;
    // ("Une troisième victime a été blessée": one more victim, told without an age; kept for the age told next.)
    if (v.age === null && v.role === null && into.victims.length && !(c.addsVictim && c.another && (v.count ?? 1) === 1)) continue;
    // "les policiers découvrent une voiture criblée de balles": an uncounted group told later adds no victim to an
    // event that has its own.
    if (v.age === null && v.count === null && into.victims.length) continue;
    // "un homme d'une trentaine d'années … la victime, âgée de 31 ans": an estimated age and a stated one of the same
    // decade are one person; the stated age wins. An estimate told later gives its age to the victims told without one.
    const decade = (a: number | null) => (a === null ? null : Math.floor(a / 10));
    if (v.approximate && into.victims.some((w) => w.age !== null && !w.approximate && decade(w.age) === decade(v.age))) continue;
    const estimated = v.age !== null && !v.approximate && (v.count ?? 1) === 1 ? into.victims.find((w) => w.approximate && (w.count ?? 1) === 1 && decade(w.age) === decade(v.age)) : undefined;
    if (estimated) {
      Object.assign(estimated, { age: v.age, approximate: undefined, minor: v.minor });
      continue;
    }
    const ageless = v.approximate ? into.victims.find((w) => w.age === null && !w.ages && w.count === v.count) : undefined;
    if (ageless) {
      Object.assign(ageless, { age: v.age, approximate: true, minor: v.minor ?? ageless.minor });
      continue;
    }
    // "Un homme de 29 ans est mort … L'homme tué, âgé de 29 ans": the same age told again is the same person.
    if (v.age !== null && (v.count ?? 1) === 1 && into.victims.some((w) => w.age === v.age && (w.role === v.role || w.role === null || v.role === null))) continue;
    // "Deux hommes de 20 et 26 ans" told twice: the same listed ages are the same people.
    if (v.ages && v.ages.every((a) => into.victims.some((w) => w.age === a || w.ages?.includes(a)))) continue;
    const group0 = into.victims.find((w) => sameGroup(w, v));
    if (group0) {
      Object.assign(group0, { age: v.age, ages: v.ages, approximate: v.approximate, minor: v.minor ?? group0.minor });
      continue;
    }
    // The same role without an age already there: this phrase gives that victim's age.
    // "Cinq blessés … l'un d'entre eux, 15 ans": one of the counted group gets the age; the rest stay without one.
    const group = v.age !== null && c.partitive ? into.victims.find((w) => w.age === null && !w.ages && (w.count ?? 1) > 1) : undefined;
    if (group) {
      group.count = group.count! - 1;
      into.victims.push({ ...v, count: 1 });
      continue;
    }
    const same =
      v.age !== null && v.role !== null
        ? into.victims.find((w) => w.age === null && w.role === v.role)
        : v.age !== null && c.partitive
          ? into.victims.find((w) => w.age === null)
          : v.age !== null && c.pronoun
            ? pronounTarget(into, v)
            : undefined;
    if (same) Object.assign(same, { age: v.age, approximate: v.approximate });
    else into.victims.push(v);
  }
  for (const w of c.weapons) if (!into.weapons.includes(w)) into.weapons.push(w);
  for (const d of c.drugs) if (!into.drugs.some((x) => x.drug === d.drug && x.quantity === d.quantity)) into.drugs.push(d);
  for (const a of c.actors) if (!into.actors.includes(a)) into.actors.push(a);
}

/**
 * "The driver, a 36-year-old father of two, … was killed": a sentence that continues an event may give the age of
 * a victim it names by role even when the trigger's nearest person is someone else. Only a role already held by an
 * age-less victim of the event is read this way, so a suspect or a witness never lends their age.
 */
function ageByRole(scan: StoryScan, into: Candidate, sentence: number): void {
  const s = scan.sentences[sentence]!;
  for (const p of victimPhrases(scan, s.start, s.end)) {
    if (p.age === null || p.role === null) continue;
    const same = into.victims.find((v) => v.age === null && v.role === p.role);
    if (same) Object.assign(same, { age: p.age, approximate: p.approximate, minor: p.minor ?? same.minor });
  }
}

/**
 * "Un homme a été tué … L'homme était âgé de 19 ans.", "Il avait 24 ans": a sentence right after an event, telling no
 * act of its own and opening on a reference back to a person (a definite noun, a pronoun), gives the age of the
 * event's one victim told without one. A sentence about a suspect ("Le tireur, âgé de 20 ans, …") gives none.
 */
function ageAfter(scan: StoryScan, events: Candidate[], candidates: Candidate[]): void {
  const told = new Set(candidates.flatMap((c) => c.sentences));
  const plurals = new Set((scan.lex.pluralSubjectPronouns ?? []).map((w) => w.toLowerCase()));
  const articles = new Set(scan.lex.singularArticles.map((w) => w.toLowerCase().replace(/’/g, "'")));
  const openers = new Set([...scan.lex.definites, ...(scan.lex.singularSubjectPronouns ?? []), ...plurals].map((w) => w.toLowerCase().replace(/’/g, "'")));
  // The sentence that gave the age becomes part of the event's evidence.
  const tell = (e: Candidate, i: number) => {
    e.sentences.push(i);
    e.sentences.sort((x, y) => x - y);
  };
  for (const e of events) {
    if (FAMILY[e.type] !== 'violence') continue;
    const plain = e.victims.filter((v) => v.age === null && !v.ages && (v.count ?? 1) === 1);
    // ("Deux jeunes ont été blessés par balles. Les deux victimes, âgées de 18 ans, …": a counted group's ages; the
    // event's one such group, beside victims told one by one: "deux morts et un blessé de 36 ans".)
    const groups = e.victims.filter((v) => (v.count ?? 1) > 1 && v.age === null && !v.ages);
    const group = groups.length === 1 && e.victims.every((v) => v === groups[0] || (v.count ?? 1) === 1) ? groups[0]! : null;
    if (!group && (plain.length !== 1 || e.victims.some((v) => v.age !== null))) continue;
    // The sentences right after any of the event's own (a report may tell the victims' ages between two sentences
    // about the act), up to the next sentence that tells an act.
    const starts = [...new Set(e.sentences)].sort((x, y) => x - y);
    outer: for (const k of starts) for (let i = k + 1; i <= k + DEFAULT_MERGE_GAP && i < scan.sentences.length; i++) {
      if (told.has(i) || e.sentences.includes(i)) break;
      const whole = scan.sentences[i]!;
      // "Âgé de 22 ans, le jeune homme était connu…": the age fronted before the subject is the subject's.
      const fronted = scan.lex.frontedAge?.exec(scan.text.slice(whole.start, whole.end)) ?? null;
      const s = fronted ? { ...whole, start: whole.start + fronted[0].length } : whole;
      const lead = /^[^\p{L}]*(\p{L}+['’]?)\s*/u.exec(scan.text.slice(s.start, s.end));
      const first = lead?.[1]!.toLowerCase().replace(/’/g, "'");
      // ("Un homme de 22 ans et un autre de 19 ans ont été hospitalisés": a counted group's members may be told with
      // indefinite articles, one by one; see below.)
      if (!lead || !first || (!openers.has(first) && !(group && articles.has(first)))) continue;
      if (hasPhrase(scan.text, scan.lex.perpetratorNouns ?? [], s.start, s.end)) break;
      // "Deux personnes ont été tuées … Elles étaient âgées de 24 et 25 ans": a plural pronoun, then as many ages as
      // the group counts.
      if (plurals.has(first)) {
        const listed = group ? agesAfterSubject(scan.text.slice(s.start + lead[0].length, s.end)) : null;
        if (group && listed && listed.length === group.count) {
          const minor = listed.every((a) => a < 18) ? true : listed.every((a) => a >= 18) ? false : null;
          Object.assign(group, { age: listed[0]!, ages: listed, minor });
          tell(e, i);
          break outer;
        }
        continue;
      }
      const phrases = victimPhrases(scan, s.start, s.end);
      // The sentence is about a person: a pronoun, or a determiner right before a person noun ("L'homme", "La victime").
      const pronoun = (scan.lex.singularSubjectPronouns ?? []).includes(first);
      if (!pronoun && !phrases.some((p) => p.start <= s.start + lead[0].length + 1 && p.end > s.start + lead[0].length)) continue;
      if (fronted && !group) {
        const age = Number(fronted[1]);
        Object.assign(plain[0]!, { age, minor: age < 18 });
        tell(e, i);
        break outer;
      }
      if (group) {
        const same = phrases.filter((p) => p.count === group.count && p.age !== null);
        // "Le conducteur, un homme de 22 ans, et son passager, âgé de 19 ans, …": the members one by one, as many as
        // the group counts, each with an age.
        const members = phrases.filter((p) => p.count === 1 && p.age !== null && !p.approximate);
        if (same.length === 1) {
          const g = same[0]!;
          Object.assign(group, { age: g.age, ages: g.ages ?? new Array<number>(group.count!).fill(g.age!), minor: g.minor, approximate: g.approximate });
        } else if (!same.length && members.length === group.count) {
          const ages = members.map((m) => m.age!);
          Object.assign(group, { age: ages[0]!, ages, minor: ages.every((a) => a < 18) ? true : ages.every((a) => a >= 18) ? false : null });
        } else if (!(pronoun && plain.length === 1 && !e.victims.some((v) => v.age !== null))) continue;
        // ("Deux morts … Une troisième victime a été blessée. Il a 36 ans": a singular pronoun names the one victim told
        // alone, not the group.)
        if (group.age !== null) {
          tell(e, i);
          break outer;
        }
      }
      const aged = phrases.filter((p) => p.age !== null && p.count === 1);
      if (aged.length !== 1) continue;
      const a = aged[0]!;
      Object.assign(plain[0]!, { age: a.age, minor: a.minor, approximate: a.approximate });
      tell(e, i);
      break outer;
    }
  }
}

/**
 * "Un homme de 20 ans a été tué, tandis qu'un adolescent de 16 ans a été blessé jeudi à Toulouse", "one man was killed
 * and another wounded": two clauses of one sentence, one counting the dead and the other the wounded, tell one act's
 * toll (unless their places or days differ: see the checks that follow in refineCandidates).
 */
function otherOutcome(prev: Candidate, c: Candidate): boolean {
  if (FAMILY[prev.type] !== 'violence' || FAMILY[c.type] !== 'violence' || c.total || prev.total) return false;
  const deadThenWounded = prev.killed !== null && prev.killed > 0 && prev.injured === null && c.injured !== null && c.injured > 0 && c.killed === null;
  const woundedThenDead = prev.injured !== null && prev.injured > 0 && prev.killed === null && c.killed !== null && c.killed > 0 && c.injured === null;
  return deadThenWounded || woundedThenDead;
}

/**
 * "Touché au niveau d'un membre inférieur, le trentenaire … Il a été transporté à l'hôpital. Son pronostic vital n'est
 * pas engagé": victims told only as hit, no count of dead or wounded, and the story says, before its next act of
 * violence, that someone was taken to hospital or is out of danger: they are wounded. (Hit with nothing more said
 * stays unknown.)
 */
function hitAndHurt(scan: StoryScan, events: Candidate[]): void {
  const cues = scan.lex.hurtCues ?? [];
  if (!cues.length) return;
  const span = actSpans(scan, events.filter((e) => FAMILY[e.type] === 'violence'));
  for (const e of events) {
    if (FAMILY[e.type] !== 'violence' || e.killed !== null || e.injured !== null || e.vague.killed || !e.victims.length) continue;
    if (!e.victims.every((v) => v.outcome === 'victim' && v.count !== null)) continue;
    const [first, next] = span(e);
    if (next <= first) continue;
    if (!hasPhrase(scan.text, cues, scan.sentences[first]!.start, scan.sentences[next - 1]!.end)) continue;
    e.injured = e.victims.reduce((n, v) => n + (v.count ?? 1), 0);
  }
}

/**
 * The sentences that tell an act, [its first sentence, the first sentence of the next of `acts`): what follows it in
 * the story until another act is told is about it.
 */
function actSpans(scan: StoryScan, acts: Candidate[]): (e: Candidate) => [number, number] {
  const starts = acts.map((a) => Math.min(...a.sentences)).sort((a, b) => a - b);
  return (e) => {
    const first = Math.min(...e.sentences);
    return [first, Math.min(starts.find((s) => s > first) ?? scan.sentences.length, scan.sentences.length)];
  };
}

/**
 * "Ces deux hommes, âgés de 20 et 24 ans, sont connus des services de police, tout comme la victime, âgée de 19 ans":
 * "la victime" with an age, anywhere after an act of violence and before the next act the story tells, is that act's
 * victim, whatever the sentence is about (suspects, a quote, the police). Only an act told with one victim and no age
 * takes it: ageAfter reads only sentences that open on the person and come right after the act.
 */
function victimAgedLater(scan: StoryScan, events: Candidate[]): void {
  const refs = victimReferenceMatchers(scan.lex.victimReferences ?? []);
  if (!refs.length) return;
  // (An arrest told in between does not end the act's telling: its suspects are no victims. Nor does an older act
  // recalled in the pluperfect, "une fusillade avait fait un mort en 2021": "la victime" after it is still the story's.)
  const acts = events.filter((e) => FAMILY[e.type] === 'violence');
  const recalled = new Set(acts.filter((e) => recall(scan, e)));
  const told = acts.filter((e) => !recalled.has(e));
  // Up to the next act of violence the story tells: a victim named after it may be that act's.
  const span = actSpans(scan, told);
  for (const e of events) {
    if (FAMILY[e.type] !== 'violence' || e.victims.length > 1 || (recalled.has(e) && told.length > 0)) continue;
    // (An act counted with one casualty and no person phrase, "un de leurs complices présumés a été blessé
    // mortellement", takes the victim told later as that casualty.)
    const toll = (e.killed ?? 0) + (e.injured ?? 0);
    if (e.victims.length === 0 && toll !== 1) continue;
    const v = e.victims[0];
    if (v && (v.age !== null || v.ages || (v.count ?? 1) !== 1)) continue;
    const [first, next] = span(e);
    for (let i = first; i < next; i++) {
      const s = scan.sentences[i]!;
      const aged = victimPhrases(scan, s.start, s.end).filter((p) => p.count === 1 && p.age !== null && referredAsVictim(scan.text, p.start, refs));
      if (aged.length !== 1) continue;
      const a = aged[0]!;
      if (v) Object.assign(v, { age: a.age, minor: a.minor, approximate: a.approximate });
      else e.victims.push({ ...a, count: 1, outcome: e.killed ? 'death' : 'injury' });
      if (!e.sentences.includes(i)) {
        e.sentences.push(i);
        e.sentences.sort((x, y) => x - y);
      }
      break;
    }
  }
}

interface VictimReference {
  /** The whole reference ("la victime") and its noun ("victime"). */
  whole: string;
  noun: string;
  /** The reference word right before the noun ("la "), null when the reference is the noun alone. */
  det: RegExp | null;
}

/** The pack's victim references, each split once into its noun and the word before it (see referredAsVictim). */
const victimReferenceCache = new WeakMap<readonly string[], VictimReference[]>();
function victimReferenceMatchers(refs: readonly string[]): VictimReference[] {
  let out = victimReferenceCache.get(refs);
  if (!out) {
    out = refs.map((r) => {
      const words = r.toLowerCase().split(/\s+/);
      const noun = words[words.length - 1]!;
      const det = words.slice(0, -1).join(' ');
      return { whole: words.join(' '), noun, det: det ? new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(det)}\\s+$`, 'u') : null };
    });
    victimReferenceCache.set(refs, out);
  }
  return out;
}

/** The phrase at `start` is "la victime …" / "the victim …" (a reference word, then its noun opening the phrase). */
function referredAsVictim(text: string, start: number, refs: VictimReference[]): boolean {
  const before = text.slice(Math.max(0, start - 24), start).toLowerCase().replace(/’/g, "'");
  const at = text.slice(start, start + 24).toLowerCase();
  return refs.some((r) => {
    if (at.startsWith(r.whole)) return true;
    return at.startsWith(r.noun) && !/^\p{L}/u.test(at.slice(r.noun.length)) && (r.det === null || r.det.test(before));
  });
}

/**
 * "alertée le 13 novembre de l'enlèvement d'une personne la veille", "told police on March 3 of a kidnapping the day
 * before": the candidate's own day stands before its act and the day-shift phrase after it, so the shift counts from
 * that day, not from the previous event's. Not when the own day follows the act ("enlevé le 8 janvier … retrouvé
 * 11 jours plus tard": the shift dates a later event) nor when the shift dates the telling ("a indiqué le parquet le
 * lendemain").
 */
function ownAnchor(scan: StoryScan, c: Candidate): boolean {
  const d = c.date;
  if (!d?.date || d.precision !== 'day' || d.start < c.clause.start || d.end > c.clause.end) return false;
  const first = c.triggers.reduce((a, t) => (t.start < a.start ? t : a));
  if (d.end > first.start) return false;
  let all: DateMatch[] = [];
  try {
    all = scan.kit.dates(scan.text, scan.published);
  } catch {
    return false;
  }
  const phrase = all.find((x) => x.flags.includes('anchored') && x.start >= first.end && x.end <= c.clause.end);
  return phrase !== undefined && !tellingDate(scan, phrase);
}

/**
 * An act told by a day shift gets its date only at the end (see refineCandidates): a dated telling cannot be checked
 * against it yet, so it does not go on with it ("Le 29 décembre 2020, … Brahim" after "tué la veille").
 */
function shiftPending(e: Candidate, c: Candidate): boolean {
  return e.dayShift !== null && !e.date && c.date?.date !== undefined;
}

/** Flag of a day counted from the previous event's ("deux jours plus tôt", "the day before"). */
export const SHIFTED_FLAG = 'shifted_from_previous_event';

export function shiftDate(base: DateMatch | null, days: number): DateMatch | null {
  if (!base?.date || base.precision !== 'day') return null;
  if (Number.isNaN(Date.parse(`${base.date.slice(0, 10)}T12:00:00Z`))) return null;
  const iso = isoDaysAfter(base.date, days);
  return { start: base.start, end: base.end, text: base.text, date: iso, precision: 'day', relative: true, flags: [SHIFTED_FLAG] };
}

/**
 * Order matters: headlines are dropped first (the body tells the same event better), then each candidate
 * either continues the event just before it, refers back to an earlier one ("the attack"), or starts a new one;
 * day shifts read the date of the event before, so they run last, in story order.
 */
/** "retrouvé(e) incendié(e)", "found burnt": the words before an arson trigger that tell a burnt car was found. */
const FOUND_BURNT_BEFORE = /(?:retrouvée?s?|découverte?s?|found|discovered)\s+(?:\p{L}+\s+)?$/iu;

/** The clause tells a vehicle found burnt (see IncidentLexicon.burntVehicleCues): a vehicle noun before the cue, no body. */
function burntVehicle(scan: StoryScan, clause: { start: number; end: number }): boolean {
  const cues = scan.lex.burntVehicleCues;
  if (!cues?.length) return false;
  const hits = findPhrases(scan.text, cues, clause.start, clause.end);
  if (!hits.length) return false;
  if (hasPhrase(scan.text, scan.lex.bodyNouns ?? [], clause.start, clause.end)) return false;
  return hits.some((h) => hasPhrase(scan.text, scan.lex.vehicleNouns ?? [], clause.start, h.start));
}

/** From this sentence on, a heading is no title of the story (see `teaser` in refineCandidates). */
const TEASER_FROM_SENTENCE = 5;

export function refineCandidates(scan: StoryScan, candidates: Candidate[]): Candidate[] {
  // (A heading deep in the story that tells an act no sentence of the body tells is another article's title, a
  // teaser the page kept: "Rennes : Après un week-end sanglant, un procès pour narchomicide s'ouvre devant les assises".)
  // (Only when the body tells acts of its own: a story told only by an embedded post, "🔴 Seine-et-Marne : Un homme
  // enlevé …", keeps it.)
  recalledWeekdays(scan, candidates);
  toldWeekdays(scan, candidates);
  const bodyActs = candidates.some((o) => !o.heading);
  const teaser = (c: Candidate): boolean => bodyActs && c.heading && c.clause.sentence >= TEASER_FROM_SENTENCE && !candidates.some((o) => o !== c && !o.heading && sameFamily(o.type, c.type));
  // (A heading whose act the body tells under a type it folds into is that act too: "Deux agents pénitentiaires tués
  // dans l'Eure" over the body's attack on their prison van, in the same place or none.)
  const told = (c: Candidate, o: Candidate): boolean => o.type === c.type || (compatible(o.type, c.type) && DOMINANT.includes(o.type) && samePlace(scan, o, c));
  const body = candidates.filter((c) => !(c.heading && candidates.some((o) => o !== c && !o.heading && told(c, o))) && !teaser(c));
  // A dropped headline often carries the victim's age ("a 15-year-old shot dead"): lend it to the body's first event.
  // (When that first telling names nobody, "des tirs ont éclaté", the age waits for the event it becomes part of: see
  // `unlent` after victimAgedLater below.)
  const unlent: Array<{ aged: VictimPhrase; target: Candidate }> = [];
  for (const h of candidates) {
    if (body.includes(h)) continue;
    const target = body.find((o) => told(h, o));
    if (!target || target.victims.some((v) => v.age !== null)) continue;
    const aged = h.victims.find((v) => v.age !== null);
    if (!aged) continue;
    const plain = target.victims.find((v) => v.age === null && (v.count ?? 1) === 1);
    if (plain) Object.assign(plain, { age: aged.age, approximate: aged.approximate, minor: aged.minor, role: plain.role ?? aged.role });
    else if (!target.victims.length && aged.outcome !== 'victim') unlent.push({ aged, target });
  }
  // Whether the body tells one act of violence: its acts of that family name one place or none, and none is "another".
  const kin = body.filter((o) => FAMILY[o.type] === 'violence');
  const oneAct = new Set(kin.flatMap((o) => (o.place ? [o.place.text.toLowerCase()] : []))).size <= 1 && !kin.some((o) => o.fresh);
  // So does its toll ("Paris : un mort et quatre blessés lors d'une fusillade" over a body that counts only the dead),
  // when the body tells one such act.
  for (const h of oneAct ? candidates : []) {
    if (body.includes(h) || !h.heading || FAMILY[h.type] !== 'violence' || (h.killed === null && h.injured === null) || h.total) continue;
    const target = body.find((o) => told(h, o));
    if (!target) continue;
    // (A heading that tells the whole toll, dead and wounded, "un homme tué et un autre blessé", lends its dead too when
    // the body counts no more of them: "le trentenaire est décédé des suites de ses blessures" is then the one told
    // dead, not the wounded one dying.)
    const whole = h.killed !== null && h.injured !== null && target.injured === null && !kin.some((o) => o.injured !== null);
    if (target.injured === null && h.injured !== null && !kin.some((o) => o.injured !== null)) target.injured = h.injured;
    if (target.killed === null && h.killed !== null && (!kin.some((o) => o.killed !== null) || (whole && kin.every((o) => (o.killed ?? 0) <= h.killed!)))) target.killed = h.killed;
  }
  // "A total of eight people were injured" sums the story's acts: it is one act's toll only when the story tells one;
  // else it is a tally of them, no act. (A haul's "au total, 250 kilos" totals one seizure: only tolls of people sum acts.)
  const tallies = new Set<Candidate>(oneAct ? [] : body.filter((c) => c.total && FAMILY[c.type] === 'violence'));
  // "le véhicule emprunté par les tireurs a été retrouvé incendié", "the car was found burnt out": where a shooting's or
  // a kidnapping's getaway car was burnt is part of that act, not an arson of its own.
  const persons = body.some((o) => o.type === 'shooting_homicide' || o.type === 'kidnapping_extortion');
  const found = (c: Candidate): boolean => c.type === 'arson_intimidation' && persons
    && c.triggers.every((t) => FOUND_BURNT_BEFORE.test(scan.text.slice(Math.max(c.clause.start, t.start - 24), t.start)));
  // ("un véhicule de ce type était découvert calciné à Lattes", "deux véhicules brûlés ont été découverts": the same
  // getaway car told by the finding, whatever trigger the burnt word made.)
  const getaway = (c: Candidate): boolean => persons && !c.heading && c.victims.length === 0 && c.killed === null && c.injured === null && burntVehicle(scan, c.clause);
  const events: Candidate[] = [];
  for (const c of body) {
    if (tallies.has(c) || found(c) || getaway(c)) continue;
    // The crime a verdict or arrest is about, told again where the story tells it itself: it lends that telling
    // its date and place ("sentenced for the murder … in May 2021" dates "the victim was shot eleven times").
    if (c.object) {
      const fits = (e: Candidate): boolean => e !== c && !e.object && !e.heading && compatible(e.type, c.type) && sameDate(e.date, c.date) && samePlace(scan, e, c) && !newVictim(e, c);
      const target = [...events].reverse().find(fits) ?? body.slice(body.indexOf(c) + 1).find(fits);
      if (target) {
        // Its victim is the one the story tells: "a dealer" there and "the 24-year-old" here are one person.
        absorb(target, target.victims.length ? { ...c, victims: [] } : c);
        continue;
      }
    }
    // The latest event this candidate could continue: a trial story may tell the killing between two court sentences.
    const prev = [...events].reverse().find((e) => compatible(e.type, c.type)) ?? events[events.length - 1];
    const last = prev ? prev.sentences[prev.sentences.length - 1]! : -99;
    const sameSentence = prev !== undefined && prev.sentences.includes(c.clause.sentence);
    // (A scene set elsewhere than the act just told is another act's: it takes that place and does not continue it.)
    // (Acts against people: a seizure's or raid's sequels are told with the places of the investigation.)
    if (prev?.place && !c.place && !sameSentence && !c.heading && FAMILY[c.type] === 'violence' && compatible(prev.type, c.type)) {
      const scene = scenePlace(scan, c, candidates);
      if (scene && !samePlace(scan, prev, { ...c, place: scene.place })) {
        c.place = scene.place;
        c.sentences = [...new Set([scene.sentence, ...c.sentences])].sort((a, b) => a - b);
        // ("Les secours ont été appelés le lundi 12 juin dernier, pour intervenir au Domaine des Oasis. … un individu
        // aurait ouvert le feu": the sentence that sets the scene dates it too.)
        if (!c.date && c.dayShift === null) c.date = nearestDate(scan, scene.sentence, scan.sentences[scene.sentence]!.start, scan.sentences[scene.sentence]!.end, scene.place.start);
      }
    }
    // "Son corps sans vie a été découvert le lendemain matin": the body of the victim just told, found later, is that
    // act; the day it was found is not the act's.
    const foundTold = c.found === true && c.definite;
    const continues =
      prev !== undefined &&
      compatible(prev.type, c.type) &&
      !c.fresh &&
      (c.dayShift === null || foundTold) &&
      (sameSentence ? prev.clause.start === c.clause.start || (c.victims.length === 0 && !c.place) || otherOutcome(prev, c) : c.clause.sentence - last <= DEFAULT_MERGE_GAP || (bare(c) && !c.heading) || (atScene(prev, c) && prev === events[events.length - 1])) &&
      // The days of a procedure (custody, charges, a verdict) may run on for a few days; a seizure told with a day of its
      // own is its own act: "placés en détention vendredi 3 janvier, après une saisie effectuée le 30 décembre".
      (sameDate(prev.date, c.date, LASTING.includes(c.type) ? prev.type : undefined) || deathAfter(prev, c) || foundTold) &&
      !shiftPending(prev, c) &&
      !otherHaul(prev, c) &&
      // ("Son corps avait été découvert au bord de la Seine": where the victim's body lay is a spot of the act's place.)
      (samePlace(scan, prev, c) || captivityGoesOn(prev, c) || atScene(prev, c) || (foundTold && c.sentences[0]! - last <= 1 && sameDate(prev.date, c.date))) &&
      (c.addsVictim === true || atScene(prev, c) || !newVictim(prev, c) || toldAgain(scan, prev, c) || (sameSentence && otherOutcome(prev, c)));
    if (continues) {
      absorb(prev, c);
      ageByRole(scan, prev, c.clause.sentence);
      continue;
    }
    // ("The two officers who died were aged 52 and 34": a definite group with ages is the act's dead, counted as many.)
    const groupTold = (e: Candidate): boolean => c.killed !== null && c.killed >= 2 && c.killed === e.killed && (c.injured === null || c.injured === e.injured);
    const aged = c.victims.some((v) => v.age !== null);
    if (c.definite && !c.fresh && c.dayShift === null && (!aged || events.some(groupTold))) {
      const target = [...events].reverse().find((e) => compatible(e.type, c.type) && !shiftPending(e, c) && !otherHaul(e, c) && sameDate(e.date, c.date) && samePlace(scan, e, c) && knownNames(scan, e, c) && (!aged || groupTold(e)));
      if (target) {
        absorb(target, c);
        continue;
      }
    }
    events.push(c);
  }
  coalesce(scan, events);
  ageAfter(scan, events, candidates);
  victimAgedLater(scan, events);
  // "Un homme de 33 ans a été tué et un autre blessé" over "Des tirs … Touché à l'abdomen, le trentenaire est décédé":
  // the heading's aged victim is the event's one ageless victim of the same outcome, once the body has told it.
  for (const { aged, target } of unlent) {
    const e = events.find((x) => x === target || x.sentences.includes(target.clause.sentence));
    if (!e || e.victims.some((v) => v.age === aged.age)) continue;
    const same = e.victims.filter((v) => v.age === null && (v.count ?? 1) === 1 && v.outcome === aged.outcome);
    if (same.length === 1) Object.assign(same[0]!, { age: aged.age, approximate: aged.approximate, minor: aged.minor });
  }
  hitAndHurt(scan, events);
  // The seizure made during a raid, the arrests after it: one operation's sequels share its date and place when they name none.
  for (let i = 1; i < events.length; i++) {
    const e = events[i]!;
    const before = events[i - 1]!;
    if (!OPERATION.includes(e.type) || !OPERATION.includes(before.type) || e.fresh || e.dayShift !== null) continue;
    if (e.sentences[0]! - before.sentences[before.sentences.length - 1]! > DEFAULT_MERGE_GAP) continue;
    if (!e.date && before.date) e.date = before.date;
    if (!e.place && before.place) e.place = before.place;
  }
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.dayShift === null) continue;
    // "alertée le 13 novembre de l'enlèvement … la veille": a day told before the act and a shift after it, in one
    // clause: the shift counts from that day, not from the previous event's.
    const own = ownAnchor(scan, e);
    // ("Trois jours seulement après que deux hommes ont été tués, un nouveau drame…", told first: it counts back from
    // the act told next.)
    const base = own ? e : i > 0 ? events[i - 1] : e.shiftBefore ? events[i + 1] : undefined;
    if (base === undefined) continue;
    const shifted = shiftDate(base.date, e.dayShift);
    if (shifted) e.date = shifted;
    else if (e.date?.relative) e.date = null;
  }
  datedRetellings(scan, events);
  // "Les saisies, même massives, n'ont que peu d'effet", "the confiscated cocaine was hidden in containers": a
  // seizure or raid with no day, place, quantity or count of its own, and nothing to fold into, is talk about
  // enforcement, not an operation.
  // (Counted arrests with no day or place of their own, "the arrest of around fifteen people in recent months", are
  // the story's background too: a raid is only an incident where and when it happened.)
  // (A raid the story's first sentences tell, dated and placed by its lead, "Ce mercredi 15 octobre, le quartier Mistral
  // à Grenoble a été bouclé … 400 policiers se sont déployés", is the news, not talk: it takes the lead's day later.)
  // (Only as the story's first act: "Malgré l'interpellation de plusieurs trafiquants ces derniers mois, les règlements
  // de comptes continuent" after a killing is background; nor a headline's "Trois mineurs mis en examen".)
  const newsOperation = (e: Candidate) =>
    !e.heading && bodyIndex(scan, e.sentences[0]!) < LEAD_OPERATION_SENTENCES && !e.object && e.dayShift === null && !recall(scan, e) &&
    !events.some((o) => o !== e && FAMILY[o.type] !== FAMILY[e.type] && o.clause.start < e.clause.start) && leadDate(scan) !== null;
  // "Ils ont été interpellés mardi … Deux adultes seront jugés le 13 décembre": a hearing announced at the end of a
  // story that tells another act (the arrest, the shooting) is what comes next for that act, not an incident of its
  // own. A story about the trial itself ("sera jugée du 21 au 25 octobre") tells nothing before it.
  const sequel = (e: Candidate) => e.announced === true && events.some((o) => o !== e && FAMILY[o.type] !== FAMILY[e.type] && o.clause.start < e.clause.start);
  return events.filter((e) => (FAMILY[e.type] !== 'enforcement' || !bareOperation(e) || newsOperation(e)) && !aggregate(e) && !sequel(e));
}

/** Characters between an act's noun ("l'attaque", "the ambush") and the day told for it ("du 14 mai", "on May 14"). */
const RETELLING_TO_DATE = 32;

/**
 * "The attack on May 14, 2024 shocked France", "L'embuscade du 14 mai a marqué les esprits": a sentence that names the
 * act back by a definite noun and its day, and tells no act of its own, gives that day to the one act of the story it
 * fits (undated, or dated by the month or year holding that day).
 */
function datedRetellings(scan: StoryScan, events: Candidate[]): void {
  const nouns = scan.lex.eventNouns ?? [];
  if (!nouns.length || !events.length) return;
  const told = new Set(events.flatMap((e) => e.sentences));
  const definites = scan.lex.definites.map((d) => d.toLowerCase());
  for (let i = 0; i < scan.sentences.length; i++) {
    if (told.has(i) || isHeading(scan, i)) continue;
    const s = scan.sentences[i]!;
    for (const d of sentenceDates(scan, i)) {
      if (d.precision !== 'day' || !d.date || d.flags.includes(DAY_CUT_TO_REFERENCE)) continue;
      const from = Math.max(s.start, d.start - RETELLING_TO_DATE);
      const noun = findPhrases(scan.text, nouns, from, d.start).pop();
      if (!noun || /[,;:.()]/u.test(scan.text.slice(noun.end, d.start))) continue;
      const det = /([\p{L}'’]+)\s*$/u.exec(scan.text.slice(Math.max(s.start, noun.start - 12), noun.start).replace(/’/g, "'"))?.[1]?.toLowerCase();
      if (det === undefined || !definites.includes(det)) continue;
      // (An act dated by the month or year holding that day first, else an undated one.)
      const acts = events.filter((e) => !e.heading && FAMILY[e.type] !== 'justice');
      const coarse = acts.filter((e) => e.date !== null && e.date.precision !== 'day' && !!e.date.date && d.date!.startsWith(e.date.date));
      const fits = coarse.length ? coarse : afterPublication(d.date, scan.published) ? [] : acts.filter((e) => e.date === null);
      if (fits.length !== 1) continue;
      const e = fits[0]!;
      e.date = d;
      e.sentences = [...new Set([...e.sentences, i])].sort((a, b) => a - b);
    }
  }
}

/**
 * "… le samedi 13 mai. Mardi, un homme de 29 ans avait également été tué": in a report dated by its month only, a
 * weekday told in the pluperfect (a recall) is the last such day before the act the story dated to the day before it,
 * within a week; cut to the month, it would be taken for that act.
 */
function recalledWeekdays(scan: StoryScan, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const d = c.date;
    if (!d || d.weekday === undefined || !d.flags.includes(DAY_CUT_TO_REFERENCE) || !recall(scan, c)) continue;
    const anchor = candidates.slice(0, i).reverse().find((o) => o.date?.precision === 'day' && o.date.date !== null && !recall(scan, o));
    if (!anchor) continue;
    const t = Date.parse(`${anchor.date!.date}T12:00:00Z`);
    const back = (new Date(t).getUTCDay() - d.weekday + 7) % 7 || 7;
    const day = new Date(t - back * 86_400_000).toISOString().slice(0, 10);
    c.date = { ...d, date: day, precision: 'day', flags: [...d.flags.filter((f) => f !== DAY_CUT_TO_REFERENCE), 'weekday_before_act'] };
  }
}

/**
 * "…, a fait savoir, vendredi 26 décembre, le parquet. Hospitalisée jeudi soir …": in a report dated by its month
 * only, a full date the story gives to its telling (a reporting cue right before it) is the report's day, and a
 * weekday told alone is the last such day on or before it, within the week. Cut to the month, that weekday would be
 * no day at all.
 */
function toldWeekdays(scan: StoryScan, candidates: Candidate[]): void {
  const month = scan.published;
  if (month === null || !/^\d{4}-\d{2}$/u.test(month) || !candidates.some((c) => c.date?.weekday !== undefined && c.date.flags.includes(DAY_CUT_TO_REFERENCE))) return;
  let told: string | null = null;
  for (let i = 0; i < scan.sentences.length && told === null; i++) {
    const d = sentenceDates(scan, i).find((x) => x.precision === 'day' && x.date !== null && x.weekday === undefined && x.date.startsWith(month) && reportDate(scan, x));
    if (d) told = d.date;
  }
  if (told === null) return;
  const t = Date.parse(`${told}T12:00:00Z`);
  for (const c of candidates) {
    const d = c.date;
    if (!d || d.weekday === undefined || !d.flags.includes(DAY_CUT_TO_REFERENCE)) continue;
    const back = (new Date(t).getUTCDay() - d.weekday + 7) % 7;
    const day = new Date(t - back * 86_400_000).toISOString().slice(0, 10);
    c.date = { ...d, date: day, precision: 'day', flags: [...d.flags.filter((f) => f !== DAY_CUT_TO_REFERENCE), 'weekday_before_telling'] };
  }
}

/**
 * Families of acts one incident may be told as: a shooting whose getaway car is burnt, a kidnapping that ends in a
 * killing, an attack on a prison; a raid and what it seized; a trial of a corrupt official.
 */
export const FAMILY: Record<EventType, string> = {
  shooting_homicide: 'violence', arson_intimidation: 'violence', kidnapping_extortion: 'violence', prison_attack: 'violence',
  seizure: 'enforcement', police_operation: 'enforcement', trial_verdict: 'justice', corruption_case: 'justice',
};
/** When two tellings of one incident differ in type, the more specific one names it. */
// (A raid and its seizure keep the type they were first told as: the story's lead says which it is about.)
const RANK: EventType[] = ['prison_attack', 'kidnapping_extortion', 'shooting_homicide', 'arson_intimidation', 'corruption_case', 'trial_verdict'];

function sameFamily(a: EventType, b: EventType): boolean {
  return FAMILY[a] === FAMILY[b];
}

/** The clause opens on a personal pronoun ("Il a été tué…", "She was shot…"): it goes on about someone already named. */
function pronounSubject(scan: StoryScan, c: Candidate): boolean {
  const first = /^\s*[«"“]?\s*(\p{L}+)/u.exec(scan.text.slice(c.clause.start, c.clause.end))?.[1]?.toLowerCase();
  return first !== undefined && scan.lex.personPronouns.includes(first);
}

/** Tolls no single act of this kind reaches in France: told over a month or a year, they are a statistic. */
export const AGGREGATE_KILLED = 5;
export const AGGREGATE_INJURED = 10;

/**
 * "sept morts en août", "18 minors were injured in this war": a toll of many over a month, a year or no day at all is
 * a figure (the claims extractor reads it), not one incident. A day-dated toll that high stays an act (a massacre).
 */
function aggregate(c: Candidate): boolean {
  // (A day named in a report dated by its month only, "dans la nuit de mercredi à jeudi", is still one day.)
  if (FAMILY[c.type] !== 'violence' || c.date?.precision === 'day' || c.date?.flags.includes(DAY_CUT_TO_REFERENCE)) return false;
  return (c.killed ?? 0) >= AGGREGATE_KILLED || (c.injured ?? 0) >= AGGREGATE_INJURED;
}

/** How far into the story's running text a raid told with no day or place of its own is still its news. */
const LEAD_OPERATION_SENTENCES = 3;

function bareOperation(c: Candidate): boolean {
  return !c.date?.date && !c.place && !c.drugs.some((d) => d.quantity !== null) && !c.victims.some((v) => v.count !== null);
}

/** How near a trigger a recall cue must be: before it ("avait été tué") or after it ("shot dead last year"). */
const RECALL_BEFORE = 40;
const RECALL_AFTER = 30;
const AUXILIARY_AFTER = 25;
/** How far before a pluperfect auxiliary the "that" of a finding may end: room for its subject ("que l'incendie"). */
const FINDING_REACH = 40;

/**
 * The clause tells an earlier event (pluperfect, "déjà", "last year"): a recall, not the story's news. The cue
 * must bear on the act itself, next to a trigger: in "L'homme tué … contrairement aux deux blessés, déjà
 * condamnés", "déjà" is about the victims' past, and the killing is still the news.
 */
export function recall(scan: StoryScan, c: Candidate): boolean {
  if (c.prior) return true;
  const cues = scan.lex.recallCues;
  if (!cues) return false;
  const auxiliaries = scan.lex.recallAuxiliaries ?? [];
  const findings = scan.lex.findingCues ?? [];
  // "Les investigations ont permis d'établir que l'incendie avait été déclenché …": a finding told in the pluperfect.
  const found = (h: { start: number; text: string }): boolean =>
    findings.length > 0 && auxiliaries.includes(h.text.toLowerCase()) && hasPhrase(scan.text, findings, Math.max(c.clause.start, h.start - FINDING_REACH), h.start);
  return findPhrases(scan.text, cues, c.clause.start, c.clause.end).filter((h) => !found(h)).some((h) =>
    c.triggers.some(
      (t) =>
        (h.end <= t.start && t.start - h.end <= RECALL_BEFORE) ||
        (h.start < t.end && h.end > t.start) ||
        // After the act, a time phrase dates it back ("tué l'an dernier") and an auxiliary right after a noun tells it
        // in the pluperfect ("la fusillade avait éclaté"); "blessés, déjà condamnés" is about the people, not the act.
        (h.start >= t.end && h.start - t.end <= RECALL_AFTER && /\s/u.test(h.text)) ||
        (h.start >= t.end && h.start - t.end <= AUXILIARY_AFTER && auxiliaries.includes(h.text.toLowerCase())),
    ),
  );
}

/** Day-precise dates at most a day apart (a night), or equal at a coarser precision. */
/** Both tell a drug in a quantity, the same drug in the same quantity and unit ("406 kilos" and "406 kg" alike). */
/** Kilograms of a quantity in tonnes, kilograms or grams, or null. */
function inKg(q: number | null, unit: string | null): number | null {
  if (q === null) return null;
  return unit === 'tonne' ? q * 1000 : unit === 'kg' ? q : unit === 'g' ? q / 1000 : null;
}

/** Weights this close are one haul told twice ("21,6 kilos" … "les 21 kilos"). */
const HAUL_ROUNDING = 0.1;

/**
 * Both tell a weight of the same drug and no weight of one is the other's: two hauls ("les 21 kilos saisis lundi" and
 * "le 21 juin, 113 kilos avaient été saisis").
 */
function otherHaul(a: Candidate, b: Candidate): boolean {
  const weights = (c: Candidate) => c.drugs.map((d) => ({ drug: d.drug, kg: inKg(d.quantity, d.unit) })).filter((d): d is { drug: string; kg: number } => d.kg !== null && d.kg > 0);
  const x = weights(a);
  const y = weights(b);
  const shared = x.filter((d) => y.some((e) => e.drug === d.drug));
  if (!shared.length) return false;
  return !shared.some((d) => y.some((e) => e.drug === d.drug && Math.abs(e.kg - d.kg) <= HAUL_ROUNDING * Math.max(e.kg, d.kg)));
}

function sameHaul(a: Candidate, b: Candidate): boolean {
  return a.drugs.some((x) => x.quantity !== null && b.drugs.some((y) => y.drug === x.drug && y.quantity === x.quantity && y.unit === x.unit));
}

function closeDates(a: DateMatch | null, b: DateMatch | null): boolean {
  if (!a?.date || !b?.date) return true;
  // (A day a quoted speaker called "tonight" may be a few days before the report that dates it so.)
  const slack = quotedNow(a) || quotedNow(b) ? QUOTED_NOW_SLACK_DAYS : 1;
  if (a.precision === 'day' && b.precision === 'day') return Math.abs(Date.parse(a.date) - Date.parse(b.date)) <= slack * 86_400_000;
  return sameDate(a, b);
}

/** Days a quoted "now" may lie from the day the narrative gives the same act (told on the report's day or after). */
const QUOTED_NOW_SLACK_DAYS = 3;

const quotedNow = (d: DateMatch | null): boolean => !!d?.flags.includes(QUOTED_NOW);

/**
 * Something ties a later telling to an earlier event: the same place named on both sides, the same day, or nothing
 * of its own to tell it apart (no place, no date). A located event after an unplaced one is another incident ("in
 * Clermont-Ferrand, a teenager…" after a national story's prison attack).
 */
function linked(p: Candidate, e: Candidate): boolean {
  if (p.place && e.place) return true;
  if (p.date?.date && e.date?.date && p.date.precision === 'day' && e.date.precision === 'day') return true;
  // "Début décembre, une opération … a permis de démanteler un réseau" then "Le 1er décembre, cinq personnes ont été
  // interpellées": an operation's arrests, told with a day inside the month the story gave it and no place of their
  // own, are that operation. (Not for violence: a second shooting that month is as likely.)
  if (FAMILY[p.type] === 'enforcement' && FAMILY[e.type] === 'enforcement' && !e.place && dayInMonth(p.date, e.date)) return true;
  return !e.place && !e.date?.date;
}

/** `day` is a day inside the month `month` is (a day-precise date within a month-precise one). */
function dayInMonth(month: DateMatch | null, day: DateMatch | null): boolean {
  return month?.precision === 'month' && !!month.date && day?.precision === 'day' && !!day.date && day.date.startsWith(month.date);
}

/**
 * Two tellings of a trial or verdict on the same date (the same day, or the same month when neither names a day):
 * one hearing, whatever place each borrowed ("le port du Havre" of the case, the court's town, or none).
 */
function sameHearing(p: Candidate, e: Candidate): boolean {
  if (FAMILY[p.type] !== 'justice' || FAMILY[e.type] !== 'justice' || !p.date?.date || !e.date?.date) return false;
  if (p.date.date === e.date.date && p.date.precision === e.date.precision) return true;
  // A hearing runs over days: the prosecutor's closing speech on Thursday, the verdict on Friday.
  if (p.date.precision === 'day' && e.date.precision === 'day' && Math.abs(Date.parse(p.date.date) - Date.parse(e.date.date)) <= DEFAULT_PROCEDURE_DAYS * 86_400_000) return true;
  // "jugés en février", the verdict on 21 March: a hearing told by its month and a verdict given in the month after.
  const [month, day] = p.date.precision === 'month' && e.date.precision === 'day' ? [p.date.date, e.date.date] : e.date.precision === 'month' && p.date.precision === 'day' ? [e.date.date, p.date.date] : [null, null];
  if (!month || !day) return false;
  const next = new Date(`${month}-01T12:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return day.slice(0, 7) === next.toISOString().slice(0, 7);
}

/**
 * One record per real incident in a story. After the sentence-by-sentence pass, an event that a later passage tells
 * again (the victim's name, the wounded taken to hospital, "the shooting" three paragraphs down) is folded into the
 * earlier one when nothing tells them apart: a compatible type, no contradicting day or place, not a new cue
 * ("another", "le lendemain"), the same tense of telling (news or recall), and not two deaths of different people.
 */
function coalesce(scan: StoryScan, events: Candidate[]): void {
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    // A trial story's arrests and seizures without a day of their own ("1,8 tonne … avaient été saisis dans ce
    // dossier", "interpellés sept mois plus tard") are the history of the case it judges.
    if (FAMILY[e.type] === 'enforcement' && (!e.date?.date || recall(scan, e) || (e.date.precision !== 'day' && e.drugs.every((d) => d.quantity === null)))) {
      // (The case may be told after the seizure it judges: "1,3 tonne … ont été saisis dans ce dossier" opens the story.)
      // (Not a hearing the story announces, "seront jugés lundi prochain": the raid is the news, the trial its sequel.)
      const judging = (p: Candidate) => FAMILY[p.type] === 'justice' && !(p.date?.date && afterPublication(p.date.date, scan.published));
      const judged = events.slice(0, i).find(judging) ?? events.slice(i + 1).find(judging);
      if (judged) {
        // The history of a case does not date the case: "arrêté en avril 2017" is not when the trial was held.
        absorb(judged, { ...e, type: judged.type, date: null });
        events.splice(i--, 1);
        continue;
      }
    }
    // "406 kilos de cocaïne saisis … dans le golfe de Gascogne" then "la saisie de 406 kg de cocaïne … par le patrouilleur
    // basé à Brest": the same drug in the same quantity, told twice in one story, is one haul whatever else differs.
    if (FAMILY[e.type] === 'enforcement' && !e.fresh) {
      const same = events.slice(0, i).find((p) => FAMILY[p.type] === 'enforcement' && sameHaul(p, e) && closeDates(p.date, e.date));
      if (same) {
        absorb(same, e);
        events.splice(i--, 1);
        continue;
      }
    }
    // "Il a été tué la veille dans le 4e": a day shift told of "him" (a pronoun subject) is the act already told.
    // ("He recounted another case…": "another" without a day shift is another act, whoever the subject.)
    const dayTold = e.dayShift !== null && pronounSubject(scan, e);
    if (e.object || ((e.fresh || e.dayShift !== null) && !dayTold)) continue;
    const target = events.slice(0, i).find(
      (p) =>
        sameFamily(p.type, e.type) &&
        !shiftPending(p, e) &&
        !otherHaul(p, e) &&
        // (An act told in passing as the earlier one, "trois jours après que deux hommes ont été tués", gathers no
        // later sentence: they tell the act it was compared with.)
        !(p.shiftBefore && !p.date) &&
        (closeDates(p.date, e.date) || deathAfter(p, e) || sameHearing(p, e)) &&
        // The attack a death followed, told with the spot it happened at ("des tirs … au niveau de la pharmacie de
        // Saint-Thys"), names a part of the town the story is in: no new victim, no other place to tell it apart.
        (samePlace(scan, p, e) || (deathAfter(p, e) && e.victims.length === 0) || sameHearing(p, e)) &&
        (linked(p, e) || sameHearing(p, e)) &&
        // (An attack told in the pluperfect before the death it caused is that death's act, not a recall.)
        // (A hearing told in the pluperfect around its verdict, "avait requis jeudi", is the same hearing.)
        (recall(scan, p) === recall(scan, e) || (deathAfter(p, e) && !newVictim(p, e)) || sameHearing(p, e)) &&
        // ("tuant l'adolescent et blessant un jeune homme de 27 ans": a wounded one, told beside the dead already told by
        // a telling that first counts wounded, is the same act's.)
        // (Unless the undated telling counts the very same dead and wounded: "un jeune touché à la tête est décédé, un
        // autre de 21 ans blessé" … "Deux jeunes hommes ont été blessés : un jeune de 18 ans …, mort à l'hôpital".)
        !(newVictim(p, e) && (p.killed ?? 0) > 0 && (e.killed ?? 0) > 0 && !sameToll(p, e)),
    );
    if (!target) continue;
    const type = RANK.indexOf(e.type) >= 0 && RANK.indexOf(e.type) < RANK.indexOf(target.type) ? e.type : target.type;
    const earlier = earlierDay(target, e, dayTold);
    // (A day told later inside the month the act was first dated by is its day; not when that month stands for a day
    // the text named, "jeudi soir" in a report dated by its month: the later day may be the telling's.)
    const sharper = dayInMonth(target.date, e.date) && !target.date!.flags.includes(DAY_CUT_TO_REFERENCE) ? e.date : null;
    const told = quotedNow(target.date) && e.date?.date && !quotedNow(e.date) ? e.date : null;
    absorb(target, e);
    target.type = type;
    // (The narrative's day beats the one a quoted speaker's "tonight" gave.)
    if (told) target.date = told;
    else if (earlier && !quotedNow(earlier)) target.date = earlier;
    else if (sharper && !quotedNow(sharper)) target.date = sharper;
    events.splice(i--, 1);
  }
}

/** An undated telling with the whole toll of an act told before (dead and wounded both stated, equal, two or more). */
function sameToll(p: Candidate, e: Candidate): boolean {
  if (e.date?.date || p.killed === null || p.injured === null) return false;
  return p.killed === e.killed && p.injured === e.injured && p.killed + p.injured >= 2;
}

/**
 * Two tellings of one act of violence a day apart: the act is the earlier day; the later one is the death, the
 * transfer to hospital, the news ("transférée lundi à l'hôpital" … "blessée dimanche soir"). "Il a été tué la
 * veille", told of the victim of an event dated by its news ("Marseille sidérée vendredi après la mort de…"), moves
 * the act a day back. (A shift forward, "mort le lendemain", is the death after the act: the act keeps its day.)
 */
function earlierDay(target: Candidate, e: Candidate, dayTold: boolean): DateMatch | null {
  if (FAMILY[target.type] !== 'violence' || FAMILY[e.type] !== 'violence') return null;
  const t = target.date;
  if (!t?.date || t.precision !== 'day') return null;
  if (dayTold && e.dayShift !== null && e.dayShift < 0 && !e.date) return shiftDate(t, e.dayShift);
  const d = e.date;
  if (!d?.date || d.precision !== 'day' || d.date >= t.date) return null;
  return Date.parse(t.date) - Date.parse(d.date) <= 86_400_000 ? d : null;
}

/** A number whenever one is known; else a vague report, else silence. */
function statement(value: number | null, vague: boolean): 'number' | 'vague' | 'none' {
  return value !== null ? 'number' : vague ? 'vague' : 'none';
}

/**
 * "un homme a été blessé … Un homme de 32 ans a été blessé par plusieurs tirs": a victim told first without an age and
 * again with one is one person. Past the toll the event counts, victims with no age are such first tellings: dropped,
 * never one with an age.
 */
function withinToll<T extends { age: number | null }>(victims: T[], killed: number | null, injured: number | null): T[] {
  const toll = (killed ?? 0) + (injured ?? 0);
  // (Only when the aged ones fit the toll: more aged victims than it counts says the list holds someone else.)
  if (toll < 1 || victims.length <= toll || victims.filter((v) => v.age !== null).length > toll) return victims;
  let extra = victims.length - toll;
  return victims.filter((v) => !(v.age === null && extra-- > 0));
}

export function toEvent(scan: StoryScan, c: Candidate): ExtractedEvent {
  return {
    type: c.type,
    date: c.date?.date ?? null,
    date_precision: c.date?.date ? c.date.precision : 'unknown',
    date_flags: c.date?.date ? [...c.date.flags] : [],
    place_mention: c.place,
    place: null,
    killed: c.killed,
    injured: c.injured,
    casualties_stated: { killed: statement(c.killed, c.vague.killed), injured: statement(c.injured, c.vague.injured) },
    victims: withinToll(c.victims.flatMap((v) =>
      Array.from({ length: Math.min(v.count ?? 1, 10) }, (_, k) => {
        const age = v.ages?.[k] ?? v.age;
        // (One of a group with ages told but not its own, "cinq adolescents âgés de 15 et 16 ans": a minor when every
        // age told is a minor's, an adult when none is.)
        const minor = age !== null ? age < 18 : v.ages ? (v.ages.every((a) => a < 18) ? true : v.ages.every((a) => a >= 18) ? false : null) : v.minor;
        return { age, minor, role: v.role, ...(v.approximate && !v.ages ? { approximate: true as const } : {}) };
      }),
    ), c.killed, c.injured),
    weapons: c.weapons,
    drugs: c.drugs,
    actors: c.actors,
    evidence: c.sentences.map((i) => {
      const s = scan.sentences[i]!;
      return { start: s.start, end: s.end, text: scan.text.slice(s.start, s.end) };
    }),
  };
}
