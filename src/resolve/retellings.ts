// One story, one record per incident, checked again once places are known: a later telling placed only at a wider
// level ("France's second-largest city", "in France", no place at all) or re-told with nothing new is the incident the
// story already holds, not another one.
//
// The extract stage folds re-tellings by the words of the places ("Marseille" and "le 14e" are one place there), but
// it cannot know that "France" holds Marseille or that "Bouches-du-Rhône" holds Cavaillon: only the geocoder can.

import type { ExtractedEvent, ResolvedPlace } from '../core/types.js';
import { DOMINANT, FAMILY } from '../extract/incidents/refine.js';
import { kmBetween } from './geo/distance.js';

/** Cities split into municipal arrondissements: the arrondissement's département → the whole city's INSEE code. */
const CITY_OF_ARRONDISSEMENTS: Record<string, string> = { '13': '13055', '69': '69123', '75': '75056' };

/** How specific a place is: a wider place has a smaller rank. */
const RANK: Record<ResolvedPlace['precision'], number> = { unknown: 0, area: 0, country: 1, region: 2, departement: 3, commune: 4, arrondissement: 5 };

function cityOf(p: ResolvedPlace): string | null {
  if (p.precision === 'arrondissement' && p.departement !== null) return CITY_OF_ARRONDISSEMENTS[p.departement] ?? p.commune_insee;
  return p.commune_insee;
}

/** `outer` holds `inner` (or is the same place). Areas ("the south of France") hold nothing we can check. */
function holds(outer: ResolvedPlace, inner: ResolvedPlace): boolean {
  switch (outer.precision) {
    case 'country':
      return outer.country !== null && outer.country === inner.country;
    case 'region':
      return outer.region !== null && outer.region === inner.region;
    case 'departement':
      return outer.departement !== null && outer.departement === inner.departement;
    case 'commune':
      return outer.commune_insee !== null && cityOf(inner) === outer.commune_insee;
    case 'arrondissement':
      return outer.commune_insee !== null && outer.commune_insee === inner.commune_insee;
    default:
      return false;
  }
}

function sameOrWithin(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  if (a.startsWith(b) || b.startsWith(a)) return true;
  // A night told as either of its days.
  return a.length === 10 && b.length === 10 && Math.abs(Date.parse(a) - Date.parse(b)) <= 86_400_000;
}

/** One side dated by the night that starts on its day ('night_of'), the other by the day after it. */
function nightThenNextDay(a: ExtractedEvent, b: ExtractedEvent): boolean {
  const next = (x: ExtractedEvent, y: ExtractedEvent) =>
    x.date_flags.includes('night_of') && x.date !== null && y.date !== null && x.date.length === 10 && y.date.length === 10 && Date.parse(y.date) - Date.parse(x.date) === 86_400_000;
  return next(a, b) || next(b, a);
}

/** `later` took the day the story's lead gives, and it is `first`'s: it states no day of its own. */
const borrowed = (later: ExtractedEvent, first: ExtractedEvent): boolean => later.date === first.date && later.date_flags.includes('from_story_lead');

/** `a` is a year or month that holds the day or month `b`. */
const wider = (a: string, b: string): boolean => a.length < b.length && b.startsWith(a);

// (An estimated age, "in his twenties" read as 25, says nothing against a stated one.)
const agesOf = (e: ExtractedEvent): number[] => e.victims.filter((v) => !v.approximate).map((v) => v.age).filter((a): a is number => a !== null);

/**
 * Nothing in `later` contradicts `first`: counts, when both state one, agree; its ages are among the first's. A
 * telling with no place of its own may count a part of the first's victims ("Un des quatre blessés a été
 * hospitalisé" after "quatre ont été blessés"): fewer is a part, more a contradiction.
 */
function consistent(first: ExtractedEvent, later: ExtractedEvent, part: boolean): boolean {
  const clash = (a: number | null, b: number | null) => a !== null && b !== null && (part ? b > a : a !== b);
  if (clash(first.killed, later.killed) || clash(first.injured, later.injured)) return false;
  const own = agesOf(first);
  return own.length === 0 || agesOf(later).every((a) => own.some((b) => Math.abs(a - b) <= 1));
}

/** Kilometres within which two towns' parts of one day's operation are one operation (see `sameOperation`). */
const OPERATION_KM = 15;

/**
 * "Un go-fast a été intercepté jeudi au péage de Reventin-Vaugris … les deux autres voitures ont été arrêtées à
 * Givors": a raid or seizure and its sequels on the same day in towns a few kilometres apart are one operation told
 * in parts, not several.
 */
function sameOperation(first: ExtractedEvent, later: ExtractedEvent): boolean {
  if (FAMILY[first.type] !== 'enforcement' || FAMILY[later.type] !== 'enforcement') return false;
  if (first.date === null || first.date.length !== 10 || later.date !== first.date || !first.place || !later.place) return false;
  const km = kmBetween(first.place, later.place);
  return km !== null && km <= OPERATION_KM;
}

/** Kilometres within which a town an act is told "near" ("enlevés près de Nantes") can be the town it happened in. */
const NEAR_KM = 30;

/** Kilometres between the towns two tellings name for one attacked prison (the city and the commune it stands in). */
const SITE_KM = 12;

/** `later` can only be a re-telling of `first`: wider or no place, or the same place with nothing of its own. */
function retells(first: ExtractedEvent, later: ExtractedEvent, near: (e: ExtractedEvent) => boolean): boolean {
  if (FAMILY[first.type] !== FAMILY[later.type] || !first.place) return false;
  if (sameOperation(first, later)) return true;
  const p = later.place;
  // One side placed only near a town a few kilometres from the other's: the landmark of a lead ("près de Nantes"),
  // then the place itself ("sur le parking d'un hôtel de Carquefou").
  const landmark = p !== null && (near(first) || near(later)) && (kmBetween(first.place, p) ?? Infinity) <= NEAR_KM;
  // No place of its own, or only a wider one that holds the first's ("la deuxième ville de France").
  const vague = p === null || p.name === null || landmark || (RANK[p.precision] < RANK[first.place.precision] && holds(p, first.place));
  if (!sameOrWithin(first.date, later.date) || !consistent(first, later, vague)) return false;
  if (vague) return true;
  // The same place again with no day of its own and nothing contradicting: the story going on about its incident
  // ("Les six victimes … sont décédées sur place" three paragraphs after the shooting).
  // (A town and its district, never a town "held" by the country an unplaced first event was inferred in.)
  // The same day, tolls and ages (two or more victims) in two towns a few kilometres apart: where the victims were
  // shot, and where they were found or taken ("à Avignon" … "à Monteux").
  if (first.date !== null && first.date.length === 10 && later.date === first.date && sameTolls(first, later) && sameAges(first, later) && (kmBetween(first.place, p) ?? Infinity) <= NEAR_KM) return true;
  // One prison attacked on one night, named by its town in one sentence and by the commune it stands in in another
  // ("la prison de Toulon" … "le centre pénitentiaire de Toulon-La Farlède"): two prisons attacked a few kilometres
  // apart on the same night are unheard of.
  if (first.type === 'prison_attack' && later.type === 'prison_attack' && dayApart(first.date, later.date) && (kmBetween(first.place, p) ?? Infinity) <= SITE_KM) return true;
  const local = (x: ResolvedPlace) => x.name !== null && RANK[x.precision] >= RANK.commune;
  if (!local(first.place) || !local(p) || !(holds(first.place, p) || holds(p, first.place))) return false;
  // The first telling must be dated: two undated acts in one town ("another tragic case … in Marseille") stay two.
  // (A later telling dated only by the year or month that holds the first's day has no day of its own either.)
  // (Nor has a day borrowed from the story's lead, the first's own day: "from_story_lead" is no evidence of its own.)
  if (first.date !== null && (later.date === null || wider(later.date, first.date) || borrowed(later, first))) return true;
  // The same day at the same place with the same tolls, or with no toll or age told on one side: one act told twice
  // ("un homme de 19 ans tué samedi dans le 3e" in the lead and again after the reactions). One death with no age on
  // both sides is too common to tell (two killings of one day in one city); tolls told on different counts ("un mort"
  // here, "un blessé" there) may be two acts of one night in one town: they stay two.
  if (first.date !== null && first.date.length === 10 && later.date === first.date && samePlace(first.place, p)) {
    if (untold(first) || untold(later)) return true;
    if (sameTolls(first, later) && (sharesAge(first, later) || (first.killed ?? 0) + (first.injured ?? 0) >= 2)) return true;
    // The victim aged on one side only ("un homme de 30 ans tué mardi à Mulhouse" … "l'une des victimes est morte"):
    // nothing tells two acts apart, and one story rarely tells two killings of one day in one place without saying so.
    // (The wounded may be told on one side only: "un homme de 30 ans tué et un blessé" … "l'homme est mort".)
    // (Several dead on both sides, the wounded told on one side at most: "Two prison officers killed in Normandy" over
    // the account of the attack on their van there that day. Two acts of one day in one town killing as many are unheard of.)
    if (sameDead(first, later) && first.killed! >= 2) return true;
    const agedOnOneSide = (agesOf(first).length === 0) !== (agesOf(later).length === 0);
    if (((sameTolls(first, later) && (first.killed ?? first.injured) !== null) || sameDead(first, later)) && agedOnOneSide) return true;
  }
  // "Un homme tué et deux blessés lors d'une altercation à Angers" (a lead with no day), then the account of that night
  // in Angers with the same dead and wounded: one act, now dated. (Both counts told, and at least two victims: one
  // death in a town is too common to tell.)
  // (The account may count fewer kinds: "une fusillade éclate … l'homme a succombé" tells the dead, not the wounded.)
  if (first.date === null && later.date !== null && samePlace(first.place, p) && first.killed !== null && first.injured !== null && tollsFit(first, later) && first.killed + first.injured >= 2) return true;
  // "• Gunmen opened fire at a wedding venue in Thionville" (a summary line with no day and no toll), then the account
  // of that shooting there with its day and toll: one act, now told in full. (A day borrowed from the lead is no day
  // of its own.)
  if (first.date === null && untold(first) && later.date !== null && samePlace(first.place, p) && !later.date_flags.includes('from_story_lead')) return true;
  // "Dans la nuit de lundi à mardi, deux morts et un blessé à Évreux" in a report dated by its month (the weekday cut
  // to that month), then "le blessé, 36 ans, … mardi 25 juillet" there: the later telling gives the act its day. (Its
  // counts, where told, are the first's.)
  if (first.date !== null && first.date_flags.includes('day_cut_to_reference') && later.date !== null && later.date.length === 10 && wider(first.date, later.date)
    && samePlace(first.place, p) && (later.killed === null || later.killed === first.killed) && (later.injured === null || later.injured === first.injured)
    && (first.killed ?? 0) + (first.injured ?? 0) > 0) return true;
  // A night told as either of its days, the same victims by their ages ("24 ans" both times).
  if (dayApart(first.date, later.date) && samePlace(first.place, p) && sameTolls(first, later) && sharesAge(first, later)) return true;
  // A night told by its first day ("dans la nuit du lundi 24 au mardi 25 juillet"), then by the hour of the next
  // ("vers 00 h 30 mardi 25 juillet"), at the same place with a toll and nothing contradicting: the same act.
  if (dayApart(first.date, later.date) && nightThenNextDay(first, later) && samePlace(first.place, p) && (first.killed ?? 0) + (first.injured ?? 0) > 0) return true;
  // The lead tells the death with no day; a later paragraph dates the shooting and names no one ("Ce jeudi 2 janvier,
  // une fusillade éclate rue Salerne"): the same act, now dated. (A later act with a victim of its own is another.)
  return (first.date === null || (later.date !== null && wider(first.date, later.date))) && later.date !== null && later.victims.length === 0 && later.killed === null && later.injured === null;
}

/** The same number of dead, at least one, told on both sides; the wounded the same or told on one side only. */
const sameDead = (a: ExtractedEvent, b: ExtractedEvent): boolean =>
  a.killed !== null && a.killed > 0 && a.killed === b.killed && (a.injured === null || b.injured === null || a.injured === b.injured);

/** The same commune, or the same arrondissement of it, at the same precision. */
function samePlace(a: ResolvedPlace, b: ResolvedPlace): boolean {
  return a.precision === b.precision && a.commune_insee !== null && a.commune_insee === b.commune_insee;
}

const sameTolls = (a: ExtractedEvent, b: ExtractedEvent): boolean => a.killed === b.killed && a.injured === b.injured;
/** The later telling's counts are the first's where it tells them, and it tells one at least. */
const tollsFit = (first: ExtractedEvent, later: ExtractedEvent): boolean =>
  (later.killed !== null || later.injured !== null) && (later.killed === null || later.killed === first.killed) && (later.injured === null || later.injured === first.injured);

/** Two days one night apart (or the same day). */
const dayApart = (a: string | null, b: string | null): boolean =>
  a !== null && b !== null && a.length === 10 && b.length === 10 && Math.abs(Date.parse(a) - Date.parse(b)) <= 86_400_000;

/** Both give the same two or more ages. */
const sameAges = (a: ExtractedEvent, b: ExtractedEvent): boolean => {
  const x = agesOf(a).sort((m, n) => m - n);
  const y = agesOf(b).sort((m, n) => m - n);
  return x.length >= 2 && x.length === y.length && x.every((v, i) => v === y[i]);
};

const sharesAge = (a: ExtractedEvent, b: ExtractedEvent): boolean => agesOf(a).some((x) => agesOf(b).some((y) => Math.abs(x - y) <= 1));

/** No toll and no age: the event tells nothing of its victims. */
const untold = (e: ExtractedEvent): boolean => e.killed === null && e.injured === null && agesOf(e).length === 0;

function absorb(into: ExtractedEvent, e: ExtractedEvent, near: (e: ExtractedEvent) => boolean): ExtractedEvent {
  const moreExact = e.date !== null && (into.date === null || e.date.length > into.date.length);
  // The place itself over the town it was told near.
  const placeOf = near(into) && e.place !== null && !near(e) ? { place: e.place, place_mention: e.place_mention } : {};
  const evidence = [...into.evidence, ...e.evidence.filter((x) => !into.evidence.some((y) => y.start === x.start))].sort((a, b) => a.start - b.start);
  const ages = new Set(agesOf(into));
  return {
    ...into,
    // (The attack on a prison van over the killing of its guards: the act is the attack.)
    type: DOMINANT.includes(e.type) && !DOMINANT.includes(into.type) ? e.type : into.type,
    ...placeOf,
    ...(moreExact ? { date: e.date, date_precision: e.date_precision, date_flags: e.date_flags } : {}),
    killed: into.killed ?? e.killed,
    injured: into.injured ?? e.injured,
    ...(into.casualties_stated && e.casualties_stated
      ? {
          casualties_stated: {
            killed: into.killed !== null ? into.casualties_stated.killed : e.casualties_stated.killed,
            injured: into.injured !== null ? into.casualties_stated.injured : e.casualties_stated.injured,
          },
        }
      : {}),
    victims: into.victims.length ? mergeVictims(into.victims, e.victims.filter((v) => v.age !== null && !ages.has(v.age))) : e.victims,
    weapons: [...new Set([...into.weapons, ...e.weapons])],
    drugs: [...into.drugs, ...e.drugs.filter((d) => !into.drugs.some((x) => x.drug === d.drug && x.quantity === d.quantity))],
    actors: [...new Set([...into.actors, ...e.actors])],
    evidence,
  };
}

/**
 * The victims of one act told twice: an age told the second time is that of a victim the first counted without one
 * ("deux hommes tués" then "âgés de 20 et 26 ans"), a new victim only when every counted one already has an age.
 */
function mergeVictims(into: ExtractedEvent['victims'], aged: ExtractedEvent['victims']): ExtractedEvent['victims'] {
  const out = into.map((v) => ({ ...v }));
  for (const v of aged) {
    const slot = out.find((w) => w.age === null);
    if (slot) Object.assign(slot, { ...v, role: slot.role ?? v.role });
    else out.push(v);
  }
  return out;
}

/**
 * Folds each event that can only re-tell one earlier event of its story into it. An event two earlier ones could
 * claim ("a shooting in France" in a story of three shootings) is left alone: which one it tells is not known.
 */
export function foldRetellings(events: ExtractedEvent[], near: (e: ExtractedEvent) => boolean = () => false): ExtractedEvent[] {
  const out: ExtractedEvent[] = [];
  for (const e of events) {
    let targets = out.map((x, i) => (retells(x, e, near) ? i : -1)).filter((i) => i >= 0);
    // Of several it could re-tell, the one told on its very day ("son corps a été retrouvé le 18 novembre" after the
    // killing of that day and an undated mention of it).
    if (targets.length > 1 && e.date !== null) {
      const sameDay = targets.filter((i) => out[i]!.date === e.date);
      if (sameDay.length === 1) targets = sameDay;
    }
    if (targets.length === 1) out[targets[0]!] = absorb(out[targets[0]!]!, e, near);
    else out.push(e);
  }
  return foldSummaries(out, near);
}

/**
 * "Plusieurs prisons ont été visées en France ce week-end" before the list of the prisons attacked, "three people have
 * been killed in southern France" before "in the city of Marseille": an act placed only in the country, told first of its kind and before acts of its
 * kind placed in its towns, is their summary. It is that act when it holds one, and the wave's summary, no act of its own, when it holds
 * several and counts no casualty of its own.
 */
function foldSummaries(events: ExtractedEvent[], near: (e: ExtractedEvent) => boolean): ExtractedEvent[] {
  const out = [...events];
  for (let i = 0; i < out.length; i++) {
    const x = out[i]!;
    // (A part of the country, "southern France", holds what its country holds: which towns it covers is not known.)
    // (So does a département or a région told first, "Deux agents pénitentiaires tués dans l'Eure", over the town.)
    const unit = x.place?.precision === 'departement' || x.place?.precision === 'region';
    const wide = unit || x.place?.precision === 'country' || (x.place?.precision === 'area' && x.place.departement === null && x.place.region === null);
    if (!wide || out.slice(0, i).some((y) => y.type === x.type)) continue;
    const within = (y: ExtractedEvent): boolean => y.place !== null && (x.place!.precision === 'country' || unit ? holds(x.place!, y.place) : x.place!.country === y.place.country);
    // (The attack on a prison van told as the killing of its guards in the summary: the town's act is the attack.)
    const kind = (y: ExtractedEvent): boolean => y.type === x.type || (x.type === 'shooting_homicide' && y.type === 'prison_attack');
    const held = out.filter((y, j) => j > i && kind(y) && y.place !== null && RANK[y.place.precision] >= RANK.commune && within(y) && (sameOrWithin(x.date, y.date) || sameOrWithin(y.date, x.date)) && consistent(x, y, true));
    // (Folded only when the text names that country or part of it: a country inferred for an unplaced act says nothing
    // of where it was, and two acts of one type in a story may be two.)
    if (held.length === 1 && x.place!.name !== null) {
      // (The summary counts the whole toll, "a teenager and four others wounded"; the town's account may tell one victim.)
      const y = held[0]!;
      const merged = absorb(y, x, near);
      const most = (a: number | null, b: number | null) => (a !== null && b !== null ? Math.max(a, b) : a ?? b);
      // (The town act keeps its own place, even one told near a town: the summary's is the country.)
      out[out.indexOf(y)] = { ...merged, place: y.place, place_mention: y.place_mention, killed: most(y.killed, x.killed), injured: most(y.injured, x.injured) };
      out.splice(i--, 1);
    } else if (held.length > 1 && !x.killed && !x.injured && agesOf(x).length === 0) {
      out.splice(i--, 1);
    }
  }
  return out;
}
