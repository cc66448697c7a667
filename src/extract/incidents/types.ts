// Working records of incident extraction: clauses, trigger hits and candidate events before refining.

import type { DrugQuantity, EventType, PlaceMention, Victim } from '../../core/types.js';
import type { DateMatch, LocaleKit, Sentence } from '../common/types.js';
import type { EntityMention } from '../../core/types.js';
import type { IncidentLexicon, TriggerSpec } from './lexicon-types.js';

export interface Clause {
  start: number;
  end: number;
  sentence: number;
  /** The "N days after …" complement cut off its sentence's new act (see complementCut in scan.ts). */
  complement?: true;
}

export interface TriggerHit {
  start: number;
  end: number;
  text: string;
  spec: TriggerSpec;
}

/** A person noun phrase that an outcome trigger attaches to. */
export interface VictimPhrase {
  start: number;
  end: number;
  count: number | null;
  age: number | null;
  /** "deux hommes âgés de 25 et 26 ans": one age per person of a counted group, when the text lists them all. */
  ages?: number[];
  /** `age` is an estimate from a decade ("d'une vingtaine d'années"). */
  approximate?: true;
  role: string | null;
  minor: boolean | null;
  outcome: 'death' | 'injury' | 'victim';
}

export interface VagueCasualties {
  killed: boolean;
  injured: boolean;
}

/** One event as read from one clause, before merging with its neighbours. */
export interface Candidate {
  type: EventType;
  triggers: TriggerHit[];
  clause: Clause;
  sentences: number[];
  /** A back-reference ("the attack", "cette fusillade"): may join an earlier event. */
  definite: boolean;
  /** Says it is a different event from the one before ("another", "the following day"). */
  fresh: boolean;
  /** "another man was wounded", "un autre jeune homme": one more victim of the act just told. */
  addsVictim?: boolean;
  /** "est morte après avoir été blessée", "died of his wounds": its day is the death's; the attack came before. */
  laterDeath?: boolean;
  /**
   * The act may take only a day told in its own words: it is told in a week that ended before the day its clause
   * names ("… last week in Poitiers, was charged on the evening of Thursday 7 November"), or in an apposition whose
   * main clause goes on with an event of its own ("The funeral of Fayed, the boy shot dead in Nimes, took place on
   * Saturday"). Neither that day nor the story's lead day is the act's.
   */
  ownDayOnly?: true;
  /** How many of the wounded told were later told dead: a retelling of their wounds adds no wounded (refine.ts). */
  diedOfWounds?: number;
  /** The day a victim died when the event is dated by the earlier attack: a later telling of that death joins it. */
  deathDate?: DateMatch | null;
  /** "l'un d'entre eux", "one of them": the victim it names is one of those already counted, not a new one. */
  /** Its one victim is told with a definite article ("l'homme", "la victime", "the man"): someone already told. */
  definiteVictim?: boolean;
  /** The clause names its victim as another one ("la seconde victime", "another man"), before its first trigger. */
  another?: boolean;
  /** The clause opens on a singular personal pronoun ("Il est décédé dimanche"): it goes on about someone already told. */
  pronoun?: boolean;
  partitive?: boolean;
  /** Every trigger tells a victim found (a body discovered): see TriggerSpec.found. */
  found?: boolean;
  /**
   * The sentence opens at the scene of the act just told ("Arrivés sur place, les policiers ont découvert…", "Upon
   * arriving on the scene, police found…"): the spot it names is a part of that act's place, its count a part of its toll.
   */
  onScene?: boolean;
  /** Its place is told as what the act was near ("in a hospital in Vénissieux, near Lyon"): a landmark, see nearPlace. */
  placeNear?: boolean;
  /** The place is the seat of the court that tried the case: the crime it judges may be named by another town. */
  placeCourt?: boolean;
  /** "Au total, cinq blessés", "in all, four people were hurt": the count covers the victims told before it. */
  total?: boolean;
  /** The crime a kept procedure is about ("sentenced for the murder of …"): told again, not a new telling. */
  object?: boolean;
  /** An earlier act the clause opens on, told with its own day ("Après la fusillade du 17 avril, …"): a recall. */
  prior?: boolean;
  /** Told as to come ("seront jugés le 13 décembre"), kept for its announced day: a hearing ahead, not one held. */
  announced?: boolean;
  /** Relative to the previous event's date ("two days earlier"), in days, or null. */
  dayShift: number | null;
  /**
   * The shift counts back from the act the sentence compares this one with ("trois jours après que deux hommes ont été
   * tués, un nouveau drame…"): the previous event's, or the next one's when this act is told first.
   */
  shiftBefore?: true;
  /** The clause is a headline or heading line. */
  heading: boolean;
  victims: VictimPhrase[];
  killed: number | null;
  injured: number | null;
  /** The clause reports deaths or wounded without a count ("several guards were wounded"): null, but not silence. */
  vague: VagueCasualties;
  date: DateMatch | null;
  place: PlaceMention | null;
  weapons: string[];
  drugs: DrugQuantity[];
  actors: string[];
}

export interface StoryScan {
  text: string;
  kit: LocaleKit;
  lex: IncidentLexicon;
  published: string | null;
  sentences: Sentence[];
  entities: EntityMention[];
  /** kit.dates per sentence, computed lazily. */
  dateCache: Map<number, DateMatch[]>;
  /** Person noun phrases per range ("start:end"): guards and fields ask for the same clause many times. */
  victimCache?: Map<string, Omit<VictimPhrase, 'outcome'>[]>;
}

export type { Victim };
