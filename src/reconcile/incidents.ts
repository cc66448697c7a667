// Merges events from different documents that report one real incident, incrementally and independently of insertion order.
//
// How it works:
// 1. Blocking. Each event is filed under a few keys (type family + day or month [+ département], family +
//    département, family + actor name; see fileKeys). A new event is scored only against events under the keys it
//    queries, so adding one event costs the size of a few small blocks (a few days of one département), not of
//    the whole corpus. Stores persist the keys to load only the events a new one may link with.
// 2. Pair score. Hard constraints (same family, dates overlapping within a day, no administrative level where the
//    places differ, no incident after the other report's publication, not the same story unless identical or
//    compatible) then additive evidence (EVIDENCE below). Evidence weighs how rare the agreement is: the same big
//    city or a bare type and day says little, the same small town, arrondissement, toll, age, haul or named
//    participant (not an official quoted on every incident) says more. Pairs scoring at least `threshold` are linked.
// 3. Clustering. The connected component of the new event in the link graph is re-clustered from scratch:
//    members sorted by source and content, deterministic average-linkage agglomeration with cannot-links (greedy
//    over the links for components too big for it); components are a union-find, not stored link lists. The
//    component, hence the result, depends only on the set of
//    events, never on the order they came in nor on the ids a store gave them. Conflicts are listed where two
//    documents disagree, never within one story. `addMany` clusters each touched
//    component once, so a bulk load is near-linear.

import { createHash } from 'node:crypto';
import type { DatePrecision, EventType, ResolvedPlace, Victim } from '../core/types.js';
import { dateContains, dateRange, datesCompatible, monthsAround, PRECISION_RANK } from './dates.js';
import type { DateRange } from './dates.js';
import { RELATED_TYPES, TYPE_FAMILIES, TYPE_SPECIFICITY } from './lexicon.js';
import { allLanguagePacks } from '../extract/locales/index.js';
import { compareStrings, fold, words } from './normalise.js';
import { placeCodes, placeContains, placeDepth, placeKey, placesCompatible } from './place.js';
import type { PlaceCodes } from './place.js';
import type { Conflict, ConflictValue, EventRecord, Incident } from './types.js';
import { kmBetween } from '../resolve/geo/distance.js';

/**
 * Score a pair must reach to be linked. With the weights below: same type + same day + same town or arrondissement
 * (0.6) is enough alone, in a big city (0.45) it is not; one day apart or a vaguer place needs a matching casualty
 * count, age or actor as well; a disagreement on the victims' ages (−0.5) keeps two same-day shootings in one city
 * apart.
 */
export const DEFAULT_MERGE_THRESHOLD = 0.5;

/** Days two day-precise dates may differ by and still be one incident (night-time events straddle midnight). */
export const DEFAULT_DATE_SLACK_DAYS = 1;
/** Days apart two dates may be when strong evidence (ages, actors, the same toll in one commune) ties them. */
export const STRONG_SLACK_DAYS = 3;
/** How many days before its publication an undated report's incident may have happened. */
export const REPORT_LAG_DAYS = 7;

/** Above this many events, a component is clustered greedily (O(k²)) instead of agglomeratively (O(k³)). */
export const DEFAULT_MAX_AGGLOMERATIVE = 150;

/** Additive evidence weights; the sum is compared with the threshold. */
export const EVIDENCE = {
  /** Same type, by type: rare types (a prison-van ambush) say more than common ones (a shooting). */
  sameType: {
    prison_attack: 0.2, kidnapping_extortion: 0.15, corruption_case: 0.15, shooting_homicide: 0.1,
    arson_intimidation: 0.1, trial_verdict: 0.1, seizure: 0.1, police_operation: 0.1,
  } as Record<EventType, number>,
  /** Two types outlets give to one act (see RELATED_TYPES). */
  relatedType: 0.05,
  sameDay: 0.25,
  /** An undated report published within the week after the other's day (see `implied`). */
  reportWeek: 0.1,
  adjacentDay: 0.1,
  sameMonth: 0.1,
  sameArrondissement: 0.3,
  /** Same town, not a big city: few incidents of one type happen there in a few days. */
  sameCommune: 0.25,
  /**
   * Same small town (under SMALL_TOWN inhabitants): two acts of one type there in a few days are rarer still. Outlets
   * that count its toll differently ("un mort et un blessé" at first, "deux morts et trois blessés" by evening) still
   * tell one incident there.
   */
  sameSmallTown: 0.35,
  /**
   * Same big city (more than BIG_CITY inhabitants) and nothing finer: several shootings a week are common there,
   * so type, day and city alone do not make one incident; a matching toll, age or actor must come with them.
   */
  sameBigCity: 0.1,
  communeAndItsArrondissement: 0.2,
  sameDepartement: 0.15,
  sameRegion: 0.1,
  sameCountry: 0.05,
  /** Different communes of one département, far apart. */
  otherCommune: -0.15,
  /** Different communes within NEIGHBOUR_KM: one outlet names the suburb, another the town next to it. */
  neighbourCommune: -0.05,
  /**
   * The same for a rare act (a prison attacked, a kidnapping: see RARE_TYPE_WEIGHT): two of them a few kilometres
   * apart in a few days are one act, named by the town of the prison in one report and by the city next to it in another.
   */
  neighbourCommuneRare: 0.2,

  otherArrondissement: -0.1,
  /** The same named quartier or cité of one commune, on top of the commune's or arrondissement's evidence. */
  sameDistrict: 0.15,
  /** Same number of dead: several dead is rarer, so says more. */
  sameKilledSeveral: 0.2,
  sameKilledOne: 0.15,
  sameZero: 0.05,
  sameInjured: 0.15,
  countOffByOne: -0.05,
  countFarApart: -0.2,
  /** Tolls of wounded change as outlets learn more (one wounded at first, five by evening): they say less. */
  injuredOffByOne: 0,
  injuredFarApart: -0.1,
  /** Wounded of one report counted dead in the other, the same victims in all (see `victimsDied`). */
  woundedDied: 0.15,
  sharedAge: 0.2,
  disjointAges: -0.5,
  disjointPartialAges: -0.1,
  sharedActor: 0.3,
  /** The same drug in the same quantity. */
  sameHaul: 0.25,
  /**
   * Two events of one story: a story reports distinct incidents, but an extractor may also split one incident in
   * two (the shooting, then the victim's death). Only compatible pairs are allowed (see `siblingsCompatible`), and
   * they need more evidence than a pair from two outlets.
   */
  sameStory: -0.5,
};

/** A type whose same-type weight is at least this is a rare act (see EVIDENCE.neighbourCommuneRare). */
const RARE_TYPE_WEIGHT = 0.15;

/**
 * Families whose acts are few even in a big city: a trial or a corruption case in the news on one day in Marseille is
 * one case, where one shooting among the week's several is not (EVIDENCE.sameBigCity).
 */
const FEW_IN_BIG_CITIES = new Set(['justice']);

/**
 * Inhabitants above which a commune is a big city (see EVIDENCE.sameBigCity): Paris and Marseille, where shootings
 * linked to the trade come several a week. Lyon and Toulouse (about 500,000) see a few a month: the same day and
 * type there say as much as in a town.
 */
export const BIG_CITY = 800_000;
/** Inhabitants under which a commune is a small town (see EVIDENCE.sameSmallTown). */
export const SMALL_TOWN = 20_000;
/** Kilometres between two communes' centres under which they are neighbours (see EVIDENCE.neighbourCommune). */
export const NEIGHBOUR_KM = 12;

export interface IncidentIndexOptions {
  threshold?: number;
  dateSlackDays?: number;
}

export interface AddResult {
  /** The incident the event now belongs to. */
  incidentId: string;
  /** Ids of incidents created, modified or gone because of this call, sorted. */
  changed: string[];
}

interface Features {
  event: EventRecord;
  id: string;
  storyKey: string;
  family: string;
  range: DateRange | null;
  /**
   * For an undated event of a dated report: the days it can have happened, the week before publication (news is
   * told within days). Used only with strong evidence (see `implied`), never as the event's date.
   */
  window: { start: number; end: number } | null;
  /** Last day the report may have been published (its month's or year's last when only that is known), or null. */
  publishedEnd: number | null;
  /** First day the report may have been published (its month's or year's first when only that is known), or null. */
  publishedStart: number | null;
  /** Day or month precision: the event can be blocked by month. */
  preciseTime: boolean;
  codes: PlaceCodes;
  placeKey: string;
  /** Inhabitants of the place (the arrondissement's for an arrondissement), null when unknown. */
  population: number | null;
  lat: number | null;
  lon: number | null;
  actors: Set<string>;
  ages: number[];
  /** The named quartier or cité the place gives, folded without its article ("Les Iris" → "iris"), or null. */
  district: string | null;
  /** Index keys the event is filed under, kept to unfile it. */
  keys: string[];
  /**
   * Sort key made of the event's source and content, not its id: clustering visits events in this order, so ties
   * break the same way whatever ids a store gave the rows (ids follow arrival order).
   */
  order: string;
}

/** Content order of events (see Features.order); ids only separate events identical in every field. */
function byContent(a: Features, b: Features): number {
  return compareStrings(a.order, b.order) || compareStrings(a.id, b.id);
}

/** Incrementally maintained set of incidents built from events. */
export class IncidentIndex {
  private readonly threshold: number;
  private readonly slack: number;
  private readonly features = new Map<string, Features>();
  private readonly blocks = new Map<string, Set<string>>();
  /** Link graph: event id → linked event ids. */
  /**
   * Components of the link graph as a union-find (event id → parent, root → members). Links themselves are not
   * kept: a dense graph (a city with many similar reports) would hold O(k²) of them; they are recomputed from the
   * blocks when needed (large components, removals).
   */
  private readonly parent = new Map<string, string>();
  private readonly componentMembers = new Map<string, string[]>();
  private readonly incidentOf = new Map<string, string>();
  private readonly members = new Map<string, string[]>();
  private readonly built = new Map<string, Incident>();

  constructor(options: IncidentIndexOptions = {}) {
    this.threshold = options.threshold ?? DEFAULT_MERGE_THRESHOLD;
    this.slack = options.dateSlackDays ?? DEFAULT_DATE_SLACK_DAYS;
  }

  static fromEvents(events: Iterable<EventRecord>, options: IncidentIndexOptions = {}): IncidentIndex {
    const index = new IncidentIndex(options);
    index.addMany(events);
    return index;
  }

  get size(): number {
    return this.features.size;
  }

  /** Adds (or replaces, same id) an event and re-clusters the part of the graph it touches. */
  add(event: EventRecord): AddResult {
    const changed = this.addMany([event]);
    return { incidentId: this.incidentOf.get(event.id) as string, changed };
  }

  /**
   * Adds (or replaces) many events, then re-clusters each touched component once. Same result as adding them one
   * by one, but a component of k events is clustered once instead of k times. Returns the changed incident ids.
   */
  addMany(events: Iterable<EventRecord>): string[] {
    const changed = new Set<string>();
    const touched: string[] = [];
    for (const event of events) {
      if (this.features.has(event.id)) for (const id of this.remove(event.id)) changed.add(id);
      this.link(event);
      touched.push(event.id);
    }
    for (const id of this.reclusterAround(touched)) changed.add(id);
    return [...changed].sort(compareStrings);
  }

  /**
   * Files an event and links it to the events already filed, without clustering (see `reclusterAround`).
   * Used to load a neighbourhood of stored events before re-clustering the components of new ones.
   */
  link(event: EventRecord): void {
    if (this.features.has(event.id)) return;
    const f = this.featuresOf(event);
    this.parent.set(f.id, f.id);
    this.componentMembers.set(f.id, [f.id]);
    for (const otherId of this.linkedTo(f)) this.union(f.id, otherId);
    this.features.set(f.id, f);
    for (const key of f.keys) {
      let block = this.blocks.get(key);
      if (block === undefined) this.blocks.set(key, (block = new Set()));
      block.add(f.id);
    }
  }

  /** Filed events linked with f (pair score at least the threshold). */
  private linkedTo(f: Features): string[] {
    const out: string[] = [];
    for (const otherId of this.candidates(f)) {
      const other = this.features.get(otherId);
      if (other !== undefined && pairScore(f, other, this.slack) >= this.threshold) out.push(otherId);
    }
    return out;
  }

  private find(id: string): string {
    let root = id;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    // Path compression keeps later finds short.
    for (let cur = id; cur !== root; ) {
      const next = this.parent.get(cur) as string;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }

  private union(a: string, b: string): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    let ma = this.componentMembers.get(ra) as string[];
    let mb = this.componentMembers.get(rb) as string[];
    if (ma.length < mb.length) {
      [ra, rb] = [rb, ra];
      [ma, mb] = [mb, ma];
    }
    for (const id of mb) ma.push(id);
    this.componentMembers.delete(rb);
    this.parent.set(rb, ra);
  }

  has(eventId: string): boolean {
    return this.features.has(eventId);
  }

  /** Ids of the events in the link-graph component of an event (itself included), sorted; [] when unknown. */
  componentOf(eventId: string): string[] {
    return this.features.has(eventId) ? this.component(eventId) : [];
  }

  /** Re-clusters the components holding these events, once each; returns the changed incident ids. */
  reclusterAround(eventIds: Iterable<string>): string[] {
    const changed = new Set<string>();
    const seen = new Set<string>();
    for (const start of eventIds) {
      if (seen.has(start) || !this.features.has(start)) continue;
      const comp = this.component(start);
      for (const id of comp) seen.add(id);
      for (const id of this.recluster(comp)) changed.add(id);
    }
    return [...changed].sort(compareStrings);
  }

  /** Incident ids (as clustered in this index) of the events of a component, with their members. */
  clustersOf(eventIds: Iterable<string>): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const e of eventIds) {
      const inc = this.incidentOf.get(e);
      if (inc !== undefined && !out.has(inc)) out.set(inc, this.members.get(inc) as string[]);
    }
    return out;
  }

  /** Removes an event; returns the ids of incidents modified or gone. Unknown ids change nothing. */
  remove(eventId: string): string[] {
    const f = this.features.get(eventId);
    if (f === undefined) return [];
    // The component may split: its other members are re-linked among themselves.
    const former = this.component(eventId).filter((id) => id !== eventId);
    this.componentMembers.delete(this.find(eventId));
    for (const id of [...former, eventId]) this.parent.delete(id);
    for (const key of f.keys) {
      const block = this.blocks.get(key);
      block?.delete(eventId);
      if (block !== undefined && block.size === 0) this.blocks.delete(key);
    }
    this.features.delete(eventId);
    const oldIncident = this.incidentOf.get(eventId) as string;
    this.incidentOf.delete(eventId);
    const changed = new Set<string>([oldIncident]);
    for (const id of former) {
      this.parent.set(id, id);
      this.componentMembers.set(id, [id]);
    }
    const inFormer = new Set(former);
    for (const id of former) {
      for (const o of this.linkedTo(this.features.get(id) as Features)) if (inFormer.has(o)) this.union(id, o);
    }
    const starts = former;
    this.dropIncident(oldIncident);
    const seen = new Set<string>();
    for (const start of starts) {
      if (seen.has(start) || !this.features.has(start)) continue;
      const comp = this.component(start);
      for (const id of comp) seen.add(id);
      for (const id of this.recluster(comp)) changed.add(id);
    }
    return [...changed].sort(compareStrings);
  }

  /** All incidents, sorted by id. */
  incidents(): Incident[] {
    return [...this.members.keys()].sort(compareStrings).map((id) => this.incident(id) as Incident);
  }

  incident(id: string): Incident | null {
    const cached = this.built.get(id);
    if (cached !== undefined) return cached;
    const ids = this.members.get(id);
    if (ids === undefined) return null;
    const inc = buildIncident(id, ids.map((e) => (this.features.get(e) as Features)));
    this.built.set(id, inc);
    return inc;
  }

  incidentOfEvent(eventId: string): string | null {
    return this.incidentOf.get(eventId) ?? null;
  }

  private featuresOf(event: EventRecord): Features {
    return featuresOf(event);
  }

  /**
   * Events that may link with f. Every pair that `pairAllowed` accepts is reachable from whichever of the two
   * comes second, which is what makes the graph independent of insertion order.
   */
  private candidates(f: Features): Set<string> {
    const out = new Set<string>();
    for (const key of queryKeys(f, this.slack)) {
      const block = this.blocks.get(key);
      if (block !== undefined) for (const id of block) out.add(id);
    }
    out.delete(f.id);
    return out;
  }

  private component(start: string): string[] {
    return (this.componentMembers.get(this.find(start)) ?? [start]).slice().sort(compareStrings);
  }

  /** Re-clusters one component; returns ids of incidents created, modified or gone. */
  private recluster(component: string[]): string[] {
    const feats = component.map((id) => this.features.get(id) as Features).sort(byContent);
    const clusters = clusterComponent(feats, (f) => this.linkedTo(f), this.threshold, this.slack);
    const changed = new Set<string>();
    const before = new Set<string>();
    for (const id of component) {
      const inc = this.incidentOf.get(id);
      if (inc !== undefined) before.add(inc);
    }
    const after = new Map<string, string[]>();
    for (const c of clusters) after.set(`inc:${c[0]}`, c);
    for (const old of before) {
      const now = after.get(old);
      const prev = this.members.get(old) ?? [];
      if (now === undefined || now.join('\u0000') !== prev.join('\u0000')) {
        changed.add(old);
        this.dropIncident(old);
      }
    }
    for (const [id, ids] of after) {
      if (!this.members.has(id) || changed.has(id)) {
        changed.add(id);
        this.members.set(id, ids);
        this.built.delete(id);
      }
      for (const e of ids) this.incidentOf.set(e, id);
    }
    return [...changed];
  }

  private dropIncident(id: string): void {
    this.members.delete(id);
    this.built.delete(id);
  }
}

/** Leading articles a quartier's name is told with or without ("la Joliette", "Joliette"), of the languages' packs. */
const DISTRICT_ARTICLES = new Set(['la', 'le', 'les', 'l', 'the']);

function districtKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const w = words(name);
  while (w.length > 1 && DISTRICT_ARTICLES.has(w[0]!)) w.shift();
  return w.length ? w.join(' ') : null;
}

function featuresOf(event: EventRecord): Features {
  const family = TYPE_FAMILIES[event.type] ?? event.type;
  const range = cutSpan(nightSpan(dateRange(event.date, event.date_precision), event.date_flags), event.date_flags);
  const preciseTime = range !== null && range.precision !== 'year';
  const codes = placeCodes(event.place);
  const actors = participants(event);
  // (An estimated age, "in his twenties" read as 25, neither matches nor contradicts another report's age.)
  const ages = event.victims.filter((v) => !v.approximate).map((v) => v.age).filter((a): a is number => a !== null);
  // (A report dated to its month only may tell anything of that month, or of the days just before it.)
  const pub = range === null && event.published ? dateRange(event.published.slice(0, 10), 'day') : null;
  const window = pub && pub.precision !== 'year' ? { start: pub.start - REPORT_LAG_DAYS, end: pub.end } : null;
  const published = event.published ? dateRange(event.published.slice(0, 10), 'day') : null;
  const f: Features = {
    event, id: event.id, publishedEnd: published?.end ?? null, publishedStart: published?.start ?? null, storyKey: `${event.document}\u0000${event.story}`, family, range, window, preciseTime, codes,
    placeKey: placeKey(codes), population: event.place?.population ?? null, lat: event.place?.lat ?? null,
    lon: event.place?.lon ?? null, actors, ages, district: districtKey(event.place?.district), keys: [], order: contentKey(event),
  };
  f.keys = fileKeys(f);
  return f;
}

/**
 * Folded official titles of every language pack (see EntityLexicon.officialTitles); of a compound title
 * ("porte-parole") the last word, the one that is a title by itself ("door" is not).
 */
const OFFICIAL_TITLES = new Set(allLanguagePacks().flatMap((p) => (p.entities.officialTitles ?? []).map((t) => words(t).at(-1) ?? '')));
/**
 * Folded connectors of every language pack ("de", "of", "for", "et"): a name right after one is a complement, and
 * the title or speech around it someone else's ("l'avocat de Karim F.", "lawyer for Karim F.").
 */
const CONNECTORS = new Set(allLanguagePacks().flatMap((p) => p.entities.connectors.flatMap(words)));
/** Folded nouns of acts done to someone, of every language pack (see EntityLexicon.victimHeads). */
const VICTIM_HEADS = new Set(allLanguagePacks().flatMap((p) => (p.entities.victimHeads ?? []).flatMap(words)));
/** Folded head words of criminal groups of every language pack ("DZ Mafia", "clan des Gitans"). */
const GROUP_HEADS = new Set(allLanguagePacks().flatMap((p) => p.entities.groupHeads.flatMap(words)));
/** Folded speaker cues of every language pack (see EntityLexicon.speakerCues). */
const SPEAKER_CUES = new Set(allLanguagePacks().flatMap((p) => (p.entities.speakerCues ?? []).flatMap(words)));
/** Words before ("selon X") and after ("X a déclaré", "X told") a name where a speaker cue may sit. */
const CUE_BEFORE = 2;
const CUE_AFTER = 3;
/** Words before a name where the act done to its bearer may stand ("avoir tué le brigadier Eric M."). */
const VICTIM_BEFORE = 3;
/** Words before a name that a title may take ("le procureur de la République de Marseille, Nicolas Bessone"). */
const TITLE_BEFORE = 7;
/** Words after a name that an apposed title may take ("Laurent Hottiaux, préfet des Alpes-Maritimes"). */
const TITLE_AFTER = 2;

/**
 * The event's actors that say which incident it is: people named in its evidence, and not as officials. A prosecutor,
 * minister or lawyer is quoted on many incidents, and a name found only elsewhere in the story may belong to another
 * of its incidents: neither ties two reports together. Folded names.
 */
function participants(event: EventRecord): Set<string> {
  const out = new Set<string>();
  if (event.actors.length === 0) return out;
  const texts = event.evidence.map((e) => words(e.text));
  for (const actor of event.actors) {
    const name = words(actor);
    // A gang is behind many incidents of its city: its name does not tell one from another.
    if (name.length === 0 || name.some((w) => GROUP_HEADS.has(w))) continue;
    let named = false;
    let official = false;
    let victim = false;
    for (const t of texts) {
      for (let i = 0; i + name.length <= t.length; i++) {
        if (!name.every((w, k) => t[i + k] === w)) continue;
        named = true;
        // Right after an act done to someone ("le meurtre d'Eric M.", "avoir tué le brigadier Eric M.", "the killing
        // of Karim B."), the name is the victim's: it tells the incident, whatever title it has elsewhere.
        if (t.slice(Math.max(0, i - VICTIM_BEFORE), i).some((w) => VICTIM_HEADS.has(w))) victim = true;
        // A name after a connector is a complement ("l'avocat de Karim F. a déclaré"): the title and the speech are
        // another's.
        if (i > 0 && CONNECTORS.has(t[i - 1]!)) continue;
        const around = [...t.slice(Math.max(0, i - TITLE_BEFORE), i), ...t.slice(i + name.length, i + name.length + TITLE_AFTER)];
        if (around.some((w) => OFFICIAL_TITLES.has(w))) official = true;
        const cues = [...t.slice(Math.max(0, i - CUE_BEFORE), i), ...t.slice(i + name.length, i + name.length + CUE_AFTER)];
        if (cues.some((w) => SPEAKER_CUES.has(w))) official = true;
      }
    }
    if (victim || (named && !official)) out.add(fold(actor));
  }
  return out;
}

/** Date flag of "the night of Monday to Tuesday" / "la nuit de samedi à dimanche" (dated to the evening it starts). */
export const NIGHT_FLAG = 'night_of';

/**
 * A night covers the evening it starts and the morning it ends: one outlet's "overnight Monday to Tuesday" and
 * another's "on Tuesday" then agree (support, no date conflict) instead of sitting a day apart.
 */
function nightSpan(range: DateRange | null, flags: readonly string[] | undefined): DateRange | null {
  if (range === null || range.precision !== 'day' || !flags?.includes(NIGHT_FLAG)) return range;
  return { ...range, end: range.start + 1 };
}

/** Flag of a day the text named ("Saturday", "last week") cut to the month of a report dated by its month only. */
const DAY_CUT_FLAG = 'day_cut_to_reference';

/**
 * Such a day lies in the week before publication, which may be the end of the month before: "last week" in a report
 * of "2024-11" may be 26 October. Its range starts REPORT_LAG_DAYS before the month, so that the report of the 27th
 * is not "told before" it and the two meet in the blocks.
 */
function cutSpan(range: DateRange | null, flags: readonly string[] | undefined): DateRange | null {
  if (range === null || range.precision !== 'month' || !flags?.includes(DAY_CUT_FLAG)) return range;
  return { ...range, start: range.start - REPORT_LAG_DAYS };
}

function contentKey(event: EventRecord): string {
  const { id: _id, document: _doc, story: _story, outlet: _outlet, ...content } = event;
  // A digest rather than the JSON itself: one short string per event held in memory.
  return `${event.source}\u0000${createHash('sha1').update(JSON.stringify(content)).digest('base64')}`;
}

/*
 * Blocking keys. Blocks are as narrow as the hard constraints allow, so a city with a shooting a day still
 * gives blocks of a few events: day-precise events are filed by day (a pair must be within the date slack),
 * month-precise ones by month; events without a day or month link only through an actor or an age in one
 * département (pairAllowed), so they are filed by those.
 *   d|F|day         every day-precise event        dd|F|day|dep / dn|F|day    with / without a département
 *   m|F|month       every month-precise event      md|F|month|dep / mn|F|month
 *   ag|F|age|dep    every event with that age      vg|F|age|dep               those without a precise date
 *   ac|F|actor      every event naming the actor   av|F|actor                 those without a precise date
 */
function fileKeys(f: Features): string[] {
  const keys: string[] = [];
  const F = f.family;
  const dep = f.codes.departement;
  const r = f.range;
  if (f.preciseTime && r !== null) {
    if (r.precision === 'day') {
      // A night is filed under both its days, so a pair is found from either side of it.
      for (let day = r.start; day <= r.end; day++) keys.push(`d|${F}|${day}`, dep !== null ? `dd|${F}|${day}|${dep}` : `dn|${F}|${day}`);
    } else {
      // (Every month the range touches: a day cut to its month may lie in the month before, see cutSpan.)
      for (const month of monthsAround(r, 0)) keys.push(`m|${F}|${month}`, dep !== null ? `md|${F}|${month}|${dep}` : `mn|${F}|${month}`);
    }
  }
  if (dep !== null) {
    for (const age of new Set(f.ages)) {
      keys.push(`ag|${F}|${age}|${dep}`);
      if (!f.preciseTime) keys.push(`vg|${F}|${age}|${dep}`);
    }
  }
  for (const a of f.actors) {
    keys.push(`ac|${F}|${a}`);
    if (!f.preciseTime) keys.push(`av|${F}|${a}`);
  }
  // An undated report is found by the days it may have happened on, in its département.
  if (f.window && dep !== null) for (let day = f.window.start; day <= f.window.end; day++) keys.push(`ud|${F}|${day}|${dep}`);
  const toll = tollKey(f);
  if (toll !== null) keys.push(toll);
  return keys;
}

/** The block of events with one whole toll in one commune, where an undated report of a year meets its act (tollTie). */
function tollKey(f: Features): string | null {
  const { killed, injured } = f.event;
  if (f.codes.commune === null || killed === null || injured === null || killed + injured < 2) return null;
  return `tt|${f.family}|${f.codes.commune}|${killed}|${injured}`;
}

function nearAges(f: Features): Set<number> {
  const out = new Set<number>();
  for (const age of f.ages) for (let d = -AGE_SLACK; d <= AGE_SLACK; d++) out.add(age + d);
  return out;
}

/** Keys whose blocks hold every event that `pairAllowed` may accept with f (see `fileKeys`). */
function queryKeys(f: Features, slack: number): string[] {
  const keys: string[] = [];
  const F = f.family;
  const dep = f.codes.departement;
  const r = f.range;
  if (f.preciseTime && r !== null) {
    // Day-precise events within the slack of the range (the wider one strong evidence allows), then month-precise
    // events of the months it touches, then undated reports whose week holds one of its days.
    const wide = Math.max(slack, STRONG_SLACK_DAYS);
    for (let day = r.start - wide; day <= r.end + wide; day++) {
      if (dep !== null) keys.push(`dd|${F}|${day}|${dep}`, `dn|${F}|${day}`);
      else keys.push(`d|${F}|${day}`);
    }
    if (dep !== null && (r.precision === 'day' || r.precision === 'month')) for (let day = r.start; day <= r.end; day++) keys.push(`ud|${F}|${day}|${dep}`);
    // (Months as far as the days: a report of "2024-01" and one of 2 February with the same victims may link, see
    // STRONG_SLACK_DAYS; each side must find the other, or a merge in steps would differ from one done at once.)
    for (const month of monthsAround(r, wide)) {
      if (dep !== null) keys.push(`md|${F}|${month}|${dep}`, `mn|${F}|${month}`);
      else keys.push(`m|${F}|${month}`);
    }
    if (dep !== null) for (const age of nearAges(f)) keys.push(`vg|${F}|${age}|${dep}`);
    for (const a of f.actors) keys.push(`av|${F}|${a}`);
  } else {
    if (dep !== null) for (const age of nearAges(f)) keys.push(`ag|${F}|${age}|${dep}`);
    for (const a of f.actors) keys.push(`ac|${F}|${a}`);
  }
  if (f.window && dep !== null) {
    for (let day = f.window.start; day <= f.window.end; day++) keys.push(`dd|${F}|${day}|${dep}`, `ud|${F}|${day}|${dep}`);
    for (const month of monthsAround(f.window, 0)) keys.push(`md|${F}|${month}|${dep}`);
  }
  const toll = tollKey(f);
  if (toll !== null) keys.push(toll);
  return keys;
}

/**
 * The keys an event is filed under and the keys to look up to find every event it may link with: for any pair
 * that can link, each one's query keys meet the other's file keys. Lets a store persist the blocks and load
 * only the events a new one may link with.
 */
export function blockKeysOf(event: EventRecord, slack = DEFAULT_DATE_SLACK_DAYS): { file: string[]; query: string[] } {
  const f = featuresOf(event);
  return { file: f.keys, query: queryKeys(f, slack) };
}

/** One-shot merge: the incidents of a set of events. */
/**
 * One incident of exactly these events, whatever clustering would say: what a person's merge or split of incidents
 * builds (src/review/). Its id is chosen as clustering chooses it, from the first event in content order.
 */
export function incidentFromEvents(events: readonly EventRecord[]): Incident {
  if (events.length === 0) throw new Error('an incident needs at least one event');
  const feats = events.map(featuresOf).sort(byContent);
  return buildIncident(`inc:${feats[0].id}`, feats);
}

export function mergeIncidents(events: Iterable<EventRecord>, options: IncidentIndexOptions = {}): Incident[] {
  return IncidentIndex.fromEvents(events, options).incidents();
}

// ---------------------------------------------------------------------------------------------
// Pair scoring

/** Hard constraints: can these two events be one incident at all, and does enough tie them to link them directly? */
function pairAllowed(a: Features, b: Features, slack: number): boolean {
  return !contradicts(a, b, slack) && supported(a, b);
}

/** Nothing tells these two apart beyond doubt: another family, a report before the act, places or days that exclude each other. */
function contradicts(a: Features, b: Features, slack: number): boolean {
  return contradiction(a, b, slack) !== null;
}

/** What tells these two apart beyond doubt, in a word (explainPair shows it), or null. */
function contradiction(a: Features, b: Features, slack: number): string | null {
  if (a.family !== b.family) return 'family';
  // A report cannot tell of an incident that happened after it was published (a day's grace for time zones): an
  // undated event of a 2021 article is not a 2023 shooting, whatever its victim's age.
  if (toldBefore(a, b) || toldBefore(b, a)) return 'told before';
  if (!placesCompatible(a.codes, b.codes)) return 'places';
  // Outlets date one killing to the shooting or to the death a day or two later: a few days apart is still one
  // incident when the victims say so.
  if (!datesCompatible(a.range, b.range, slack) && !(datesCompatible(a.range, b.range, STRONG_SLACK_DAYS) && sameVictims(a, b))) return 'dates';
  // One story reports distinct incidents; two identical events from it are a duplicate extraction, and two that agree
  // on everything both state may be one incident split by the extractor (scored with EVIDENCE.sameStory).
  return a.storyKey === b.storyKey && !identical(a, b) && !siblingsCompatible(a, b) ? 'same story' : null;
}

/**
 * Enough ties the two to link them on their own. A pair without them (an undated report, a report placed nowhere)
 * is not a contradiction: inside a cluster of reports it says neither for nor against (see `agglomerate`).
 */
function supported(a: Features, b: Features): boolean {
  // A report that places its event nowhere in France (no région, no département) can be anyone's: only the same
  // day, a named actor, the same haul or the same type and toll of several dead ties it to a placed one.
  const unplaced = (f: Features) => f.codes.departement === null && f.codes.region === null;
  const sameToll = a.event.type === b.event.type && (a.event.killed ?? 0) >= 2 && a.event.killed === b.event.killed;
  // (Two victims' ages in common, "16 and 17", are as specific as a name.)
  if (unplaced(a) !== unplaced(b) && !sameDay(a, b) && !sharesActor(a, b) && !sharesHaul(a, b) && !sameToll && !sharesTwoAges(a, b)) return false;
  // Without a day or month on both sides, type, place and a count are too common to tell incidents apart (every
  // undated single killing in Marseille would chain into one): specific evidence is required, a named actor in
  // common, a victim's age in one département, or an undated report of the week with strong evidence.
  if (!(a.preciseTime && b.preciseTime) && !sharesActor(a, b) && !ageTie(a, b) && !implied(a, b) && !tollTie(a, b)) {
    return false;
  }
  return true;
}

/** Days before an undated event's report known only by its year within which a full toll in common ties it (tollTie). */
export const TOLL_TIE_DAYS = 366;

/**
 * An undated act of a report known only by its year ("Mercredi soir, un homme a été tué et un enfant blessé au
 * Lamentin", published "2025") and a dated one: the same type, in one small place (an arrondissement, a town that is
 * not a big city), with the same whole toll of at least two victims (dead and wounded both stated and equal), the
 * dated act in the year before the report. Such a toll in one town is as specific as a victim's age.
 */
function tollTie(a: Features, b: Features): boolean {
  if (a.event.type !== b.event.type || (a.range === null) === (b.range === null) || !sameSmallPlace(a, b)) return false;
  const { killed: ka, injured: ia } = a.event;
  const { killed: kb, injured: ib } = b.event;
  if (ka === null || ia === null || ka !== kb || ia !== ib || ka + ia < 2) return false;
  const [undated, dated] = a.range === null ? [a, b] : [b, a];
  if (undated.window !== null || undated.publishedEnd === null) return false;
  return dated.range!.end >= undated.publishedEnd - TOLL_TIE_DAYS && dated.range!.start <= undated.publishedEnd;
}

/**
 * Days before an undated event's report within which a victim's age in common ties it to another act. A story may
 * recall a killing years old with no date ("a 17-year-old had been shot in the arm"); victims of 17 or 22 are many in
 * a département, so an age ties an undated act only to an act of the month before its report (on `dev`, 31 days kept the
 * most same-incident pairs and the fewest false merges of 31, 62, 120 and 365).
 */
export const AGE_TIE_DAYS = 31;

/** A victim's age in common, in one département, and (an undated side) the other's act in the weeks before its report. */
function ageTie(a: Features, b: Features): boolean {
  if (a.codes.departement === null || b.codes.departement === null || !sharesAge(a, b)) return false;
  return recentFor(a, b) && recentFor(b, a);
}

/**
 * `x` is dated, or `y` (by its date, else its report's) falls in the days before x's report: AGE_TIE_DAYS for one age
 * in common, TOLL_TIE_DAYS for two (two victims of 15 and 16 in one département are as rare as a name). A report known
 * only by its month may have come out on its first day: the window runs back from there. A report known only by its
 * year says too little of when its undated act was.
 */
function recentFor(x: Features, y: Features): boolean {
  if (x.range !== null || x.publishedEnd === null || x.publishedStart === null) return true;
  if ((x.event.published ?? '').length < 7) return false;
  const start = y.range?.start ?? y.publishedEnd;
  const end = y.range?.end ?? y.publishedEnd;
  const days = sharesTwoAges(x, y) ? TOLL_TIE_DAYS : AGE_TIE_DAYS;
  return start !== null && end !== null && end >= x.publishedStart - days && start <= x.publishedEnd + 1;
}

/**
 * Days after its report an act it tells may come: a day for time zones; a month for a hearing, which a report may
 * announce ("seront jugés les 21, 22 et 23 mai").
 */
const AHEAD_DAYS: Record<string, number> = { justice: 31 };

/** x's report was published before y's incident happened. */
function toldBefore(x: Features, y: Features): boolean {
  return x.publishedEnd !== null && y.range !== null && y.range.start > x.publishedEnd + (AHEAD_DAYS[x.family] ?? 1);
}

function sameDay(a: Features, b: Features): boolean {
  return a.range !== null && b.range !== null && a.range.precision === 'day' && b.range.precision === 'day' && a.range.start <= b.range.end && b.range.start <= a.range.end;
}

/**
 * Two events of one story that may be one incident told twice: same type, both dated (day or month), in one commune
 * (arrondissements nested), no count stated differently, ages not proving other people. Anything else is two
 * incidents of the story (kept apart, as before): an undated or vaguely placed one is as likely a past incident the
 * story recalls.
 */
function siblingsCompatible(a: Features, b: Features): boolean {
  if (a.event.type !== b.event.type || !a.preciseTime || !b.preciseTime) return false;
  if (a.codes.commune === null || a.codes.commune !== b.codes.commune) return false;
  if (!placeContains(a.codes, b.codes) && !placeContains(b.codes, a.codes)) return false;
  for (const field of ['killed', 'injured'] as const) {
    const x = a.event[field];
    const y = b.event[field];
    if (x !== null && y !== null && x !== y) return false;
  }
  return !(a.ages.length > 0 && b.ages.length > 0 && !sharesAge(a, b));
}

/** Same arrondissement, or same commune of at most BIG_CITY inhabitants: a place where incidents are few. */
function sameSmallPlace(a: Features, b: Features): boolean {
  if (a.codes.commune === null || a.codes.commune !== b.codes.commune) return false;
  if (a.codes.arrondissement !== null && a.codes.arrondissement === b.codes.arrondissement) return true;
  if (a.codes.arrondissement !== null || b.codes.arrondissement !== null) return false;
  const pop = a.population ?? b.population;
  return pop !== null && pop <= BIG_CITY;
}

/**
 * Specific agreement beyond type and town: a victim's age, a named actor, the same haul or toll of several dead in one
 * commune, or the same number of dead or wounded in a small place (one arrondissement, a town that is not a big city).
 */
function strong(a: Features, b: Features): boolean {
  if (sharesActor(a, b)) return true;
  if (a.codes.commune === null || a.codes.commune !== b.codes.commune) return false;
  if (sharesAge(a, b) || sharesHaul(a, b)) return true;
  // Several dead in one commune is rare enough to tell an incident; one death a week is common in a big city.
  const ka = a.event.killed;
  if (ka !== null && ka >= 2 && ka === b.event.killed) return true;
  if (!sameSmallPlace(a, b)) return false;
  const ia = a.event.injured;
  return (ka !== null && ka >= 1 && ka === b.event.killed) || (ia !== null && ia >= 1 && ia === b.event.injured);
}

/**
 * Evidence that survives a date a few days off: a named actor, the same haul, or in one commune the same toll and an
 * exact victim's age (a big city sees a killing of a man "about 25" every few days; not one of exactly 24 and one dead).
 */
function sameVictims(a: Features, b: Features): boolean {
  if (sharesActor(a, b) || sharesHaul(a, b)) return true;
  if (a.codes.commune === null || a.codes.commune !== b.codes.commune) return false;
  const ka = a.event.killed;
  if (ka === null || ka !== b.event.killed) return false;
  return ka >= 2 || a.ages.some((x) => b.ages.includes(x));
}

/**
 * An undated report whose week holds the other event's day or month, with strong evidence (in a month, the same
 * small place: one outlet tells "the prison's cars burnt this week", another "in April").
 */
function implied(a: Features, b: Features): boolean {
  const span = (f: Features) => (f.range !== null && (f.range.precision === 'day' || f.range.precision === 'month') ? { start: f.range.start, end: f.range.end } : f.range === null ? f.window : null);
  const x = span(a);
  const y = span(b);
  if (!x || !y || (!a.window && !b.window)) return false;
  return x.start <= y.end && y.start <= x.end && (strong(a, b) || sameSmallPlace(a, b));
}

function identical(a: Features, b: Features): boolean {
  return a.event.type === b.event.type && (a.range?.iso ?? null) === (b.range?.iso ?? null) && a.placeKey === b.placeKey
    && a.event.killed === b.event.killed && a.event.injured === b.event.injured
    && a.ages.join(',') === b.ages.join(',');
}

/** Reported ages drift by a year between outlets (birthday, rounding). */
const AGE_SLACK = 1;
/** Two outlets' ages of the same victims this close are one person told two ages: a disagreement to show. */
const AGE_DRIFT = 2;

function sharesAge(a: Features, b: Features): boolean {
  return a.ages.some((x) => b.ages.some((y) => Math.abs(x - y) <= AGE_SLACK));
}

/** At least two different ages told exactly on both sides. */
function sharesTwoAges(a: Features, b: Features): boolean {
  const common = new Set(a.ages.filter((x) => b.ages.includes(x)));
  return common.size >= 2;
}

function sharesActor(a: Features, b: Features): boolean {
  for (const x of a.actors) if (b.actors.has(x)) return true;
  return false;
}

/** Evidence that a and b are one incident; -Infinity when a hard constraint forbids it. */
function pairScore(a: Features, b: Features, slack: number, parts?: Record<string, number>): number {
  if (!pairAllowed(a, b, slack)) return Number.NEGATIVE_INFINITY;
  let s = 0;
  // Each piece of evidence goes through `add`, which also records it when the caller asks why (explainPair).
  const add = (name: string, v: number) => {
    s += v;
    if (parts !== undefined && v !== 0) parts[name] = v;
  };
  if (a.event.type === b.event.type) add('type', EVIDENCE.sameType[a.event.type] ?? 0.1);
  else if (relatedTypes(a.event.type, b.event.type)) add('type', EVIDENCE.relatedType);
  add('date', a.range !== null && b.range !== null ? dateEvidence(a.range, b.range) : implied(a, b) ? EVIDENCE.reportWeek : 0);
  add('place', placeEvidence(a, b));
  const ka = a.event.killed;
  const kb = b.event.killed;
  const ia = a.event.injured;
  const ib = b.event.injured;
  if (victimsDied(a, b) || victimsDied(b, a)) {
    // Five wounded in the first report, one dead and four wounded in the next: the same victims, told later.
    add('toll', EVIDENCE.woundedDied);
  } else {
    if (ka !== null && kb !== null) {
      if (ka === kb) add('killed', ka === 0 ? EVIDENCE.sameZero : ka === 1 ? EVIDENCE.sameKilledOne : EVIDENCE.sameKilledSeveral);
      else add('killed', Math.abs(ka - kb) === 1 ? EVIDENCE.countOffByOne : EVIDENCE.countFarApart);
    }
    if (ia !== null && ib !== null) {
      if (ia === ib) add('injured', ia === 0 ? EVIDENCE.sameZero : EVIDENCE.sameInjured);
      else add('injured', Math.abs(ia - ib) === 1 ? EVIDENCE.injuredOffByOne : EVIDENCE.injuredFarApart);
    }
  }
  if (a.ages.length > 0 && b.ages.length > 0) {
    // Reported ages drift by a year between outlets (birthday, rounding); beyond that they are other people.
    if (sharesAge(a, b)) add('ages', EVIDENCE.sharedAge);
    // Two partial lists of a multi-victim incident need not overlap ("a 19-year-old" / "a 23-year-old"):
    // only lists that name every victim on both sides prove different people.
    else add('ages', agesComplete(a) && agesComplete(b) ? EVIDENCE.disjointAges : EVIDENCE.disjointPartialAges);
  }
  if (sharesActor(a, b)) add('actor', EVIDENCE.sharedActor);
  if (sharesHaul(a, b)) add('haul', EVIDENCE.sameHaul);
  if (a.storyKey === b.storyKey && !identical(a, b)) add('story', EVIDENCE.sameStory);
  return s;
}

/** Why two events are (not) linked: the pair score and the evidence summed; -Infinity when a hard constraint forbids it. */
export function explainPair(a: EventRecord, b: EventRecord, slack = DEFAULT_DATE_SLACK_DAYS): { score: number; parts: Record<string, number>; why?: string } {
  const parts: Record<string, number> = {};
  const fa = featuresOf(a);
  const fb = featuresOf(b);
  const score = pairScore(fa, fb, slack, parts);
  if (score !== Number.NEGATIVE_INFINITY) return { score, parts };
  return { score, parts, why: contradiction(fa, fb, slack) ?? 'unsupported' };
}

function relatedTypes(x: EventType, y: EventType): boolean {
  return RELATED_TYPES.some(([p, q]) => (p === x && q === y) || (p === y && q === x));
}

/** The same drug in the same quantity (within 10%, tonnes and kilos compared): one seizure told twice. */
function sharesHaul(a: Features, b: Features): boolean {
  const kg = (q: { quantity: number | null; unit: string | null }) =>
    q.quantity === null ? null : q.quantity * (q.unit === 'tonne' ? 1000 : q.unit === 'g' ? 0.001 : 1);
  for (const x of a.event.drugs ?? []) {
    const qx = kg(x);
    if (qx === null || qx <= 0) continue;
    for (const y of b.event.drugs ?? []) {
      const qy = kg(y);
      if (qy !== null && x.drug === y.drug && Math.abs(qx - qy) <= 0.1 * Math.max(qx, qy)) return true;
    }
  }
  return false;
}

/**
 * Wounded of the earlier report (a) died by the later one (b): b counts more dead and as many fewer wounded, the same
 * number of victims in all, at least two. A report that states wounded and no death has none yet (killed null is 0).
 */
function victimsDied(a: Features, b: Features): boolean {
  const ia = a.event.injured;
  const ib = b.event.injured;
  const kb = b.event.killed;
  if (ia === null || ib === null || kb === null) return false;
  const ka = a.event.killed ?? 0;
  return kb > ka && ia - ib === kb - ka && ka + ia >= 2;
}

/** Whether the event gives an age for each of its victims (as counted by victims listed, dead and wounded). */
function agesComplete(f: Features): boolean {
  const counted = Math.max(f.event.victims.length, (f.event.killed ?? 0) + (f.event.injured ?? 0));
  return f.ages.length >= counted;
}

function dateEvidence(a: DateRange | null, b: DateRange | null): number {
  if (a === null || b === null) return 0;
  if (a.precision === 'day' && b.precision === 'day') {
    // Overlap, not equal starts: a night (two days) shares a day with either of them.
    if (a.start <= b.end && b.start <= a.end) return EVIDENCE.sameDay;
    return Math.min(Math.abs(a.start - b.end), Math.abs(b.start - a.end)) <= 1 ? EVIDENCE.adjacentDay : 0;
  }
  if (a.precision === 'year' || b.precision === 'year') return 0;
  return EVIDENCE.sameMonth;
}

function placeEvidence(fa: Features, fb: Features): number {
  const a = fa.codes;
  const b = fb.codes;
  if (a.commune !== null && b.commune !== null) {
    if (a.commune !== b.commune) {
      const km = distanceKm(fa, fb);
      if (km === null || km > NEIGHBOUR_KM) return EVIDENCE.otherCommune;
      // (The same haul seized is as rare: one outlet names the port, another the town it belongs to.)
      // (Or told as two related types, one of them rare: cars burnt in a prison's car park and the attack on that prison.)
      const kin = fa.event.type === fb.event.type || relatedTypes(fa.event.type, fb.event.type);
      const rareType = (t: EventType) => (EVIDENCE.sameType[t] ?? 0) >= RARE_TYPE_WEIGHT;
      const rare = kin && (rareType(fa.event.type) || rareType(fb.event.type) || sharesHaul(fa, fb));
      return rare ? EVIDENCE.neighbourCommuneRare : EVIDENCE.neighbourCommune;
    }
    // (The same quartier or cité named by both: a spot a few hundred metres wide, rarer than any arrondissement.)
    const district = fa.district !== null && fa.district === fb.district ? EVIDENCE.sameDistrict : 0;
    if (a.arrondissement !== null && b.arrondissement !== null) {
      return (a.arrondissement === b.arrondissement ? EVIDENCE.sameArrondissement : EVIDENCE.otherArrondissement) + district;
    }
    if (district) return EVIDENCE.sameArrondissement + district;
    if (a.arrondissement !== null || b.arrondissement !== null) return EVIDENCE.communeAndItsArrondissement;
    // An unknown population is scored as a town, as before populations were kept.
    const pop = fa.population ?? fb.population;
    if (pop !== null && pop < SMALL_TOWN) return EVIDENCE.sameSmallTown;
    return pop !== null && pop > BIG_CITY && !FEW_IN_BIG_CITIES.has(fa.family) ? EVIDENCE.sameBigCity : EVIDENCE.sameCommune;
  }
  if (a.departement !== null && b.departement !== null) return EVIDENCE.sameDepartement;
  if (a.region !== null && b.region !== null) return EVIDENCE.sameRegion;
  if (a.country !== null && b.country !== null) return EVIDENCE.sameCountry;
  return 0;
}

/** Great-circle distance between two places' points, null when either has no coordinates. */
function distanceKm(a: Features, b: Features): number | null {
  return kmBetween(a, b);
}

// ---------------------------------------------------------------------------------------------
// Clustering a component

/** Clusters of a component, each a sorted list of event ids; clusters sorted by first id. */
function clusterComponent(feats: Features[], linkedTo: (f: Features) => string[], threshold: number, slack: number): string[][] {
  const k = feats.length;
  if (k === 1) return [[feats[0].id]];
  let groups: number[][];
  if (k <= DEFAULT_MAX_AGGLOMERATIVE) {
    const score: number[][] = feats.map(() => new Array<number>(k).fill(0));
    const weight: number[][] = feats.map(() => new Array<number>(k).fill(0));
    for (let i = 0; i < k; i++) {
      for (let j = i + 1; j < k; j++) {
        const s = clusterScore(feats[i], feats[j], slack);
        score[i][j] = s;
        score[j][i] = s;
        weight[i][j] = weight[j][i] = pairWeight(feats[i], feats[j]);
      }
    }
    groups = agglomerate(score, weight, threshold);
  } else {
    groups = greedy(feats, linkedTo, threshold, slack);
  }
  return groups
    .map((g) => g.map((i) => feats[i].id).sort(compareStrings))
    .sort((x, y) => compareStrings(x[0], y[0]));
}

/**
 * A pair's score inside a cluster: -Infinity when the two contradict each other, NaN when nothing ties them enough to
 * say (an undated or unplaced report beside a dated one): such a pair counts neither for nor against a merge.
 */
function clusterScore(a: Features, b: Features, slack: number): number {
  if (contradicts(a, b, slack)) return Number.NEGATIVE_INFINITY;
  return supported(a, b) ? pairScore(a, b, slack) : Number.NaN;
}

/**
 * How much a pair's score says about whether their two groups of reports are one incident: 1 when both reports date
 * it to the day, less when one gives only a month, a year or no date. Such a pair scores low for want of a date, not
 * for a disagreement (disagreements are contradictions, see `contradiction`): a group told by three outlets, one of
 * them undated, is not kept apart from a fourth report of the same day and town because the undated one cannot
 * confirm it.
 */
function pairWeight(a: Features, b: Features): number {
  return timeWeight(a) * timeWeight(b);
}

function timeWeight(f: Features): number {
  if (f.range === null) return 0.25;
  return f.range.precision === 'day' ? 1 : f.range.precision === 'month' ? 0.5 : 0.25;
}

/**
 * Average linkage: repeatedly merge the two clusters with the highest mean pair score, provided no pair between
 * them is forbidden and the mean reaches the threshold. The mean is over the pairs that say something (NaN pairs,
 * see `clusterScore`, are left out; two clusters with none are not merged), each weighted by what it can say (see
 * `pairWeight`). Ties go to the pair of clusters with the smallest indices (members are in content order), so the
 * result is a function of the set alone.
 */
function agglomerate(score: number[][], weight: number[][], threshold: number): number[][] {
  const clusters: (number[] | null)[] = score.map((_, i) => [i]);
  // sum[i][j]: weighted sum of the scores of the pairs that say something between clusters i and j (-Infinity once
  // any pair is forbidden); count[i][j]: the sum of their weights.
  const sum = score.map((row, i) => row.map((x, j) => (Number.isNaN(x) ? 0 : x === Number.NEGATIVE_INFINITY ? x : x * weight[i][j])));
  const count = score.map((row, i) => row.map((x, j): number => (Number.isNaN(x) ? 0 : weight[i][j])));
  for (;;) {
    let best = -Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < clusters.length; i++) {
      const ci = clusters[i];
      if (ci === null) continue;
      for (let j = i + 1; j < clusters.length; j++) {
        const cj = clusters[j];
        if (cj === null || count[i][j] === 0) continue;
        const mean = sum[i][j] / count[i][j];
        if (mean > best + 1e-12) {
          best = mean;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0 || best < threshold - 1e-9) break;
    const a = clusters[bi] as number[];
    const b = clusters[bj] as number[];
    clusters[bi] = a.concat(b);
    clusters[bj] = null;
    for (let m = 0; m < clusters.length; m++) {
      if (m === bi || clusters[m] === null) continue;
      sum[bi][m] = sum[bi][m] + sum[bj][m];
      sum[m][bi] = sum[bi][m];
      count[bi][m] = count[bi][m] + count[bj][m];
      count[m][bi] = count[bi][m];
    }
  }
  return clusters.filter((c): c is number[] => c !== null);
}

/**
 * Large components: each event, in id order, joins the earlier cluster with the best mean score, or starts one.
 * A cluster can only reach the threshold through a member linked to the event (every other pair scores below
 * it), so only the clusters of linked events are scored: the cost follows the links, not k².
 */
function greedy(feats: Features[], linkedTo: (f: Features) => string[], threshold: number, slack: number): number[][] {
  const index = new Map<string, number>();
  feats.forEach((f, i) => index.set(f.id, i));
  const clusterOf = new Int32Array(feats.length).fill(-1);
  const clusters: number[][] = [];
  for (let i = 0; i < feats.length; i++) {
    const candidates = new Set<number>();
    for (const o of linkedTo(feats[i])) {
      const j = index.get(o);
      if (j !== undefined && clusterOf[j] >= 0) candidates.add(clusterOf[j]);
    }
    let best = -Infinity;
    let target = -1;
    // Clusters in creation order, as a full scan would meet them: ties go to the oldest.
    for (const c of [...candidates].sort((x, y) => x - y)) {
      let total = 0;
      let n = 0;
      for (const j of clusters[c]) {
        const x = clusterScore(feats[i], feats[j], slack);
        if (Number.isNaN(x)) continue;
        const w = pairWeight(feats[i], feats[j]);
        total += x === Number.NEGATIVE_INFINITY ? x : x * w;
        n += w;
        if (total === -Infinity) break;
      }
      const mean = n === 0 ? -Infinity : total / n;
      if (mean > best + 1e-12) {
        best = mean;
        target = c;
      }
    }
    if (target >= 0 && best >= threshold - 1e-9) {
      clusters[target].push(i);
      clusterOf[i] = target;
    } else {
      clusterOf[i] = clusters.length;
      clusters.push([i]);
    }
  }
  return clusters;
}

// ---------------------------------------------------------------------------------------------
// Building an incident from its events

function buildIncident(id: string, feats: Features[]): Incident {
  // Values are picked in content order (ties go to the first event), so they do not depend on row ids.
  const sorted = feats.slice().sort(byContent);
  const conflicts: Conflict[] = [];
  const type = pickType(sorted, conflicts);
  const date = pickDate(sorted, conflicts);
  const place = pickPlace(sorted, conflicts);
  const killed = pickCount(sorted, 'killed', conflicts);
  const injured = pickCount(sorted, 'injured', conflicts);
  const documents = new Set(sorted.map((f) => f.event.document));
  const sourceUrls = [...new Set(sorted.map((f) => f.event.source))].sort(compareStrings);
  const outlets = [...new Set(sorted.map((f) => f.event.outlet).filter((o): o is string => o !== null))].sort(compareStrings);
  return {
    id,
    events: sorted.map((f) => f.id).sort(compareStrings),
    type,
    date: date?.iso ?? null,
    date_precision: (date?.precision ?? 'unknown') as DatePrecision,
    place,
    killed,
    injured,
    victims: pickVictims(sorted, conflicts),
    actors: pickActors(sorted),
    sources: documents.size,
    conflicts,
    source_urls: sourceUrls,
    outlets,
  };
}

/**
 * Whether two events of different documents differ (`differ`). Conflicts are disagreements between outlets: one
 * story that yields two readings of its incident (an extractor's split) is not a second source.
 */
function acrossDocuments(feats: Features[], differ: (x: Features, y: Features) => boolean): boolean {
  for (let i = 0; i < feats.length; i++) {
    for (let j = i + 1; j < feats.length; j++) {
      if (feats[i].event.document !== feats[j].event.document && differ(feats[i], feats[j])) return true;
    }
  }
  return false;
}

/** Majority type; a tie goes to the more specific type (TYPE_SPECIFICITY). */
function pickType(feats: Features[], conflicts: Conflict[]): EventType {
  const counts = new Map<EventType, number>();
  for (const f of feats) counts.set(f.event.type, (counts.get(f.event.type) ?? 0) + 1);
  const ranked = [...counts].sort((x, y) => y[1] - x[1] || TYPE_SPECIFICITY.indexOf(x[0]) - TYPE_SPECIFICITY.indexOf(y[0]));
  if (acrossDocuments(feats, (x, y) => x.event.type !== y.event.type)) {
    conflicts.push({ field: 'type', values: feats.map((f) => ({ value: f.event.type, event: f.id })) });
  }
  return ranked[0][0];
}

/**
 * The date most sources support: a source supports a value when its own date contains it ("May 2024" supports
 * "2024-05-15"). Ties go to the more precise value, then to the earlier one. A conflict is listed when two
 * sources give dates neither of which contains the other (14 vs 15 May); a missing date alone is no conflict.
 */
function pickDate(feats: Features[], conflicts: Conflict[]): DateRange | null {
  const distinct = new Map<string, DateRange>();
  // Keyed by span as well: a night starting on the 10th is not the 10th alone.
  for (const f of feats) if (f.range !== null) distinct.set(`${f.range.iso}|${f.range.end}`, f.range);
  if (distinct.size === 0) return null;
  const values = [...distinct.values()];
  let best: DateRange | null = null;
  let bestSupport = -1;
  for (const v of values.sort((x, y) => compareStrings(x.iso, y.iso) || x.end - y.end)) {
    const support = feats.filter((f) => f.range !== null && dateContains(f.range, v)).length;
    if (support > bestSupport || (support === bestSupport && best !== null && PRECISION_RANK[v.precision] > PRECISION_RANK[best.precision])) {
      best = v;
      bestSupport = support;
    }
  }
  const clash = acrossDocuments(feats, (x, y) => x.range !== null && y.range !== null && !dateContains(x.range, y.range) && !dateContains(y.range, x.range));
  if (clash) conflicts.push({ field: 'date', values: feats.map((f) => ({ value: f.range?.iso ?? null, event: f.id })) });
  return best;
}

/** Same rule as dates, over nested administrative places; the place object of the first event holding it. */
function pickPlace(feats: Features[], conflicts: Conflict[]): ResolvedPlace | null {
  const located = feats.filter((f) => f.event.place !== null && placeDepth(f.codes) > 0);
  if (located.length === 0) return feats.find((f) => f.event.place !== null)?.event.place ?? null;
  let best: Features | null = null;
  let bestSupport = -1;
  let bestDepth = -1;
  const byKey = new Map<string, Features>();
  for (const f of located) if (!byKey.has(f.placeKey)) byKey.set(f.placeKey, f);
  for (const f of [...byKey.values()].sort((x, y) => compareStrings(x.placeKey, y.placeKey))) {
    const support = located.filter((o) => placeContains(o.codes, f.codes)).length;
    const depth = placeDepth(f.codes);
    if (support > bestSupport || (support === bestSupport && depth > bestDepth)) {
      best = f;
      bestSupport = support;
      bestDepth = depth;
    }
  }
  const places = [...byKey.values()];
  const clash = acrossDocuments(located, (x, y) => !placeContains(x.codes, y.codes) && !placeContains(y.codes, x.codes));
  if (clash) conflicts.push({ field: 'place', values: feats.map((f) => ({ value: f.event.place, event: f.id })) });
  return (best as Features).event.place;
}

/**
 * Whether the event says anything about the field: a number or a vague report ("several wounded"). Silence
 * (casualties_stated 'none') is not a value; events extracted before that field existed count as stated, as before.
 */
function statesCount(f: Features, field: 'killed' | 'injured'): boolean {
  return f.event[field] !== null || f.event.casualties_stated?.[field] !== 'none';
}

/**
 * Majority of stated numbers; a tie goes to the most recently published source (later reports know of the
 * wounded who died), then to the larger number. A stated number against a vague report ("several wounded", null)
 * is a conflict; a source that does not mention the field at all takes no part, so silence never makes one.
 */
function pickCount(all: Features[], field: 'killed' | 'injured', conflicts: Conflict[]): number | null {
  const feats = all.filter((f) => statesCount(f, field));
  const counts = new Map<number, { n: number; latest: string }>();
  for (const f of feats) {
    const v = f.event[field];
    if (v === null) continue;
    const c = counts.get(v) ?? { n: 0, latest: '' };
    c.n += 1;
    const published = f.event.published ?? '';
    if (published > c.latest) c.latest = published;
    counts.set(v, c);
  }
  if (acrossDocuments(feats, (x, y) => x.event[field] !== y.event[field])) {
    const values: ConflictValue[] = feats.map((f) => ({ value: f.event[field], event: f.id }));
    conflicts.push({ field, values });
  }
  if (counts.size === 0) return null;
  const ranked = [...counts].sort((x, y) => y[1].n - x[1].n || compareStrings(y[1].latest, x[1].latest) || y[0] - x[0]);
  return ranked[0][0];
}

/** The victims list of the source that says most about them (most ages, then most victims). */
/**
 * The victims of the report that tells most of their ages. Two reports that each give as many ages and not the same
 * ones for every victim they count disagree on who the victims were ("19 and 26" vs "20 and 26"): an 'ages' conflict.
 * Partial lists are not contradictory ("a 19-year-old" and "a 23-year-old" of one double shooting).
 */
function pickVictims(feats: Features[], conflicts: Conflict[]): Victim[] {
  // Only reports that give an age for every victim they count can contradict each other.
  // ("deux hommes de 24 et 26 ans tués" gives as many ages as dead: those are the dead's ages, even when the wounded
  // have none.)
  const told = feats.filter((f) => f.ages.length > 0 && (agesComplete(f) || f.ages.length === f.event.killed));
  const key = (f: Features) => [...f.ages].sort((a, b) => a - b).join(',');
  const clash = told.some((a) => told.some((b) => a.ages.length === b.ages.length && a.event.document !== b.event.document && key(a) !== key(b)));
  // "29 ans" here, "30 ans" there: the same victims a year or two apart are one person told two ages, whether or not
  // every victim has one (a gap of more may be another victim of the same attack, so it says nothing).
  const aged = feats.filter((f) => f.ages.length > 0);
  const close = (a: Features, b: Features): boolean => {
    if (a.ages.length !== b.ages.length || a.event.document === b.event.document || key(a) === key(b)) return false;
    const x = [...a.ages].sort((p, q) => p - q);
    const y = [...b.ages].sort((p, q) => p - q);
    return x.every((v, i) => Math.abs(v - y[i]!) <= AGE_DRIFT);
  };
  const drift = !clash && aged.some((a) => aged.some((b) => close(a, b)));
  // "34, 39 and 36" for all three victims here, "34 and 38" for the two dead there: a report that gives every victim's
  // age leaves no room for an age it does not list.
  const within = (b: Features, a: Features): boolean => {
    const left = [...a.ages];
    return b.ages.every((x) => {
      const i = left.indexOf(x);
      if (i < 0) return false;
      left.splice(i, 1);
      return true;
    });
  };
  // (Not a report counting fewer victims: "a 5-year-old" there, "a 5-year-old and a 30-year-old" here.)
  const outside = !clash && !drift && told.some((a) => agesComplete(a) && told.some((b) => b.event.document !== a.event.document && b.ages.length <= a.ages.length && !within(b, a)));
  if (clash || drift || outside) {
    const sides = clash || outside ? told : aged;
    conflicts.push({ field: 'ages', values: sides.map((f) => ({ value: key(f).replace(/,/g, ', '), event: f.id })) });
  }
  let best: Features | null = null;
  for (const f of feats) {
    if (best === null || f.ages.length > best.ages.length
      || (f.ages.length === best.ages.length && f.event.victims.length > best.event.victims.length)) best = f;
  }
  return best === null ? [] : best.event.victims;
}

/** Union of actors, deduplicated on the folded name, in the spelling of the first event that names them. */
function pickActors(feats: Features[]): string[] {
  const byKey = new Map<string, string>();
  for (const f of feats) {
    for (const a of f.event.actors) {
      const k = fold(a);
      if (k !== '' && !byKey.has(k)) byKey.set(k, a);
    }
  }
  return [...byKey].sort((x, y) => compareStrings(x[0], y[0])).map(([, v]) => v);
}
