// The shape of a language's incident lexicon: trigger phrases per event type and the cue words the guards use.

import type { EventType } from '../../core/types.js';

/**
 * A trigger phrase list for one event type. Phrase syntax (compiled by `phrase-pattern.ts`):
 * words separated by spaces match any white space; a word ending in `*` matches any word ending
 * ("abattu*" → abattu, abattus, abattue); `…` matches up to four intervening words; `'` matches
 * both apostrophes. Matching is case-insensitive and whole-word.
 */
export interface TriggerSpec {
  type: EventType;
  phrases: string[];
  /**
   * What the trigger says happened to the victims: a death, a non-fatal wound, or nothing stated. 'victim': the
   * people it names were targeted ("pris pour cible"): they are the victims (their ages count) but no wound is told.
   */
  outcome?: 'death' | 'injury' | 'victim';
  /** Weak triggers ("killed", "shot") only count with a person in the clause: "killed the bill" is no incident. */
  needsPerson?: boolean;
  /** Nominal triggers ("the arrest of", "la saisie de") need a specific anchor: a number, a name, a date or place. */
  nominal?: boolean;
  /** When set, one of these cues must appear within `window` words of the trigger. */
  near?: string[];
  window?: number;
  /** The `near` cues count only after the trigger ("sought ten years in prison", not "prison staff have sought"). */
  nearAfter?: boolean;
  /** Objects right after the trigger that make it another verb ("exécuté cette mission" is no killing). */
  notBefore?: string[];
  /** The trigger does not count in a clause that also tells an act of these types (a kidnap victim "freed"). */
  exceptWith?: EventType[];
  /**
   * The trigger does not count in a clause that has one of these phrases: "conformément aux réquisitions du parquet"
   * beside "détention provisoire" is a custody hearing before any trial, not a trial.
   */
  exceptIn?: string[];
  /**
   * The trigger tells a victim found ("un corps a été découvert", "the body was found"): the act came before, maybe
   * the day before. Told of someone the story already named ("son corps", "the body"), it is that act told again.
   */
  found?: boolean;
  /** The trigger names one killing with no victim after it ("un assassinat survenu à Alès", "a murder committed in"): one dead. */
  oneDeath?: boolean;
}

/** A person noun and the victim role it implies (null: a person, no particular role). */
export interface PersonNoun {
  words: string[];
  role: string | null;
  /** True when the noun itself says the person is a minor (child, enfant). */
  minor?: boolean;
  plural?: boolean;
  /**
   * A person only after a count or a determiner ("deux autres", "les autres", "d'autres"); bare, it qualifies the noun
   * after it ("trafic de stupéfiants et autres associations de malfaiteurs").
   */
  determined?: boolean;
}

export interface IncidentLexicon {
  /** Order matters: death phrases come before bare "shot" so "shot dead" is read as a death. */
  triggers: TriggerSpec[];
  persons: PersonNoun[];
  /** Pronouns that show a person is involved ("he was shot"). */
  personPronouns: string[];
  /**
   * "la victime", "the victim": a definite reference to an act's victim, never to a suspect or a witness. Told with an
   * age anywhere further on ("… tout comme la victime, âgée de 19 ans"), it gives the age of the act's one victim.
   */
  victimReferences?: string[];
  /** Who did it ("le tireur", "the suspect"): a sentence about them gives no victim's age. */
  perpetratorNouns?: string[];
  /** Singular subject pronouns ("il", "he"): "Il a succombé", "He died" tell one casualty with no noun. */
  singularSubjectPronouns?: string[];
  /** An age fronted before a sentence's subject, its number captured: "Âgé de 22 ans, le jeune homme…", "Aged 22, he…". */
  frontedAge?: RegExp;
  /** The hypotheticals that open a condition ("si", "if"): they hold up to the condition's comma only. */
  conditionals?: string[];
  /** "ils", "elles", "they": a sentence opened by one goes on about a group just told (its ages, see refine.ts). */
  pluralSubjectPronouns?: string[];
  /**
   * Things an act may be done to ("la porte", "the car"): a passive told of one with no person named ("la porte … a été
   * criblée de balles", "the car was riddled with bullets") counts no victim.
   */
  thingSubjects?: string[];
  /** Small number words for casualty counts ("two officers", "trois blessés"), value by word. */
  countWords: Record<string, number>;
  /**
   * Quantifiers that report people without a number ("several", "dozens of", "plusieurs", "de nombreux"): before a
   * death or injury word they say casualties happened, uncounted.
   */
  vagueCounts: string[];
  /** Articles that make a singular victim ("a man", "un homme"). */
  singularArticles: string[];
  /**
   * Acts counted in the plural ("Deux fusillades … les 23 et 30 septembre", "two shootings, on 3 and 10 May"): with as
   * many days listed in the clause as the count says, one act of the type on each day.
   */
  countedActs?: { type: EventType; nouns: string[] }[];
  /** Singular and plural auxiliaries of a passive ("was killed" → one victim when no number is given). */
  singularPassive: string[];
  /** One more person with no noun, as a passive's subject: "un autre a été blessé", "another was wounded". */
  anotherPerson?: string[];
  pluralPassive: string[];
  /** Words before a trigger that cancel it ("no one was killed", "personne n'a été blessé"). */
  negations: string[];
  /** Words before a verdict trigger that make it a person's record, not a verdict ("qui venait de purger une peine de prison"). */
  pastRecordCues?: string[];
  /**
   * Finite verbs a main clause goes on with after an apposition closed by a comma ("Les obsèques de Fayed, l'enfant tué
   * à Nîmes, ont eu lieu samedi"): an act told inside the apposition does not take that clause's day.
   */
  predicateOpeners?: string[];
  /** An adverb right before a verdict that makes it a record: "déjà condamné", "already sentenced". */
  recordAdverbs?: string[];
  /**
   * Words opening a tally after an act in its own sentence ("…, ce qui porte à 29 le nombre d'homicides depuis
   * janvier, soit autant qu'en 2024", "bringing the toll this year to 12"): the dates after them are the tally's.
   */
  tallyTails?: string[];
  /**
   * Words right before an arrest or detention word that make it a standing state, not an act of the story:
   * "actuellement incarcéré à Metz", "still in custody", "already behind bars".
   */
  stateCues?: string[];
  /**
   * Words that make the act right after them an allegation against someone ("soupçonnés d'avoir", "accused of"): with
   * no day and no victim of its own, the act is the charge of a case, not one the story tells.
   */
  accusationCues?: string[];
  /** Plans, conditionals and fears: "planning to", "could", "si". */
  hypotheticals: string[];
  /** Habitual or trend wording that turns a trigger into a generic statement. */
  generics: string[];
  /** Periods that turn counts into statistics ("last year", "depuis le début de l'année"). */
  aggregators: string[];
  /** Generic count nouns: "110 people were killed" is a statistic, "two officers were killed" an incident. */
  countNouns: string[];
  /**
   * Nouns that count casualties by themselves ("faisant deux morts et quatre blessés", "three dead"): after a small
   * number they are the incident's toll, not a statistic.
   */
  casualtyNouns?: Record<string, 'death' | 'injury'>;
  /** Words that may stand between a toll's count and its noun: "deux autres blessés", "three more dead" (not "15 ans blessé"). */
  countModifiers?: string[];
  /**
   * Words a count before a person noun cannot reach across: "il a tiré cinq fois sur sa victime" counts shots, not
   * victims ("fois", "sur"); "fired five times at the victim".
   */
  countBarriers?: string[];
  /** Relative pronouns whose clause's article points to the person just named: "dont le corps" (FR). */
  relativePronouns?: string[];
  /** Words that count one more person before a casualty noun: "one man was killed and another wounded". */
  oneMore?: string[];
  /** Words that join a second casualty to the first ("and", "et"): "two killed and a third injured" is one more. */
  conjunctions?: string[];
  /** Words of a toll told in a sentence of its own ("Le bilan fait état de cinq blessés", "the toll rose to three"). */
  tollCues?: string[];
  /**
   * Phrases naming who gave one act's toll ("selon le bilan du procureur"): an aggregator's words inside them ("le
   * bilan") do not make the clause a statistic.
   */
  tollSources?: string[];
  /**
   * Words right before a count of people that make them the act's participants, not its victims nor a tally: "une
   * rixe impliquant une vingtaine de personnes", "a brawl involving some thirty people".
   */
  participantCues?: string[];
  /**
   * Words right before the first day of a year that make it a tally's start ("depuis le 1er janvier", "since January
   * 1"): the day is no act's.
   */
  periodStartCues?: string[];
  /**
   * Words placing an act by a town it was near ("près de Nantes", "near Paris", "northeast of Paris"): such a place is
   * a landmark, and a sentence setting the act ("The events occurred in the town of Sevran") names the place instead.
   */
  nearPlaceCues?: string[];
  /**
   * A journey's ends ("du palais de justice de Rouen vers la prison d'Évreux", "from the Rouen court to the jail in
   * Évreux"): the word opening its start ("de", "from") and the words opening its end ("vers", "to"). An act on the way
   * (a van attacked) happened at neither end.
   */
  routeFrom?: string[];
  routeTo?: string[];
  /** Nouns after a town's name that make it a landmark ("a northern Paris suburb"): see nearPlaceCues. */
  nearPlaceHeadsAfter?: string[];
  /** Words before a count that covers every victim told so far ("au total", "in all"): see Candidate.total. */
  totalCues?: string[];
  /** Words that make a count a part of a group already counted ("parmi les blessés, deux…"). */
  subsetCues?: string[];
  /** Non-narco background that produces no event (terror plots, football, elections). */
  offTopic: string[];
  /**
   * The person hit is alive and hurt: "transporté à l'hôpital", "son pronostic vital n'est pas engagé", "taken to
   * hospital". A victim told only as hit ("touché au niveau de la jambe", "struck by gunfire") is then wounded.
   */
  hurtCues?: string[];
  /** The victim survived: the event is an attempted killing (killed 0). */
  survival: string[];
  /** Phrases saying outright that nobody died ("a survécu", "no one was killed"): killed is then 0, not unknown. */
  noDeathCues?: string[];
  /**
   * Phrases saying that nobody at all died ("personne n'a été tué", "ni mort ni blessé", "no one was killed"), not of
   * one person ("il a survécu"): told after an act that counts no dead, its count of dead is 0.
   */
  nobodyKilledCues?: string[];
  /** Phrases saying outright that nobody was hurt ("sans faire de blessé", "no one was injured"): injured is 0. */
  noInjuryCues?: string[];
  /** Negations that, a few words before a wound word, say nobody was hurt ("aucun … n'a été blessé", "ni de blessés"). */
  woundNegations?: string[];
  woundWords?: string[];
  /** Defendants that make a trial or arrest a corruption case, with `corruptionCues`. */
  officials: string[];
  corruptionCues: string[];
  /** Determiners that mark a trigger as a reference back to an event already told ("the attack"). */
  definites: string[];
  /**
   * New-event cues that are determiners ("un second", "another", "une autre"): a new event only before one of
   * `eventNouns` ("une autre fusillade"); "une autre commune", "another man" are not another act.
   */
  ordinalEventCues?: string[];
  /**
   * Words that add an item to the list just told ("also", "également"): after a tally, the item is part of it; an
   * undated act they add ("Prisons were also hit in Aix and Nanterre"), however far down the story, is more of its news,
   * of the lead's day.
   */
  additiveCues?: string[];
  /** Past infinitives before an act ("avoir tué", "d'avoir abattu", "having killed"): a crime told as done, in a procedure's clause. */
  pastInfinitiveCues?: string[];
  /** Nouns of an act ("fusillade", "shooting", "attaque"). */
  eventNouns?: string[];
  /** Cues that a sentence tells a new event, not more of the previous one ("another", "the following day"). */
  newEventCues: string[];
  /**
   * Words just before a death or injury noun that make it an earlier event the clause refers to ("hours after the
   * death of a teenager", "après la mort d'un adolescent"): not a casualty of the clause's own act.
   */
  priorEventCues?: string[];
  /**
   * Words that set an act in time against another one ("avant", "after"): with a back-reference to that act and a
   * place ("Deux heures avant l'incident à Bobigny, une autre fusillade a eu lieu à Bondy"), the place is the other
   * act's.
   */
  timeRelations?: string[];
  /**
   * Openings of a sentence that take the reader to the scene of the act just told ("Arrivés sur place", "Sur les
   * lieux", "Upon arriving on the scene"): see Candidate.onScene.
   */
  onSceneCues?: string[];
  /**
   * Words just before a place where someone was arrested ("appréhendé à la gare de Marseille", "arrested in Spain"):
   * a shooting or a kidnapping told without a place of its own does not borrow it.
   */
  arrestPlaceCues?: string[];
  /**
   * Head words of a hospital whose name may run before its town ("l'hôpital de la Pitié-Salpêtrière à Paris", "the
   * Pasteur hospital in Nice"): a town closing such a name, with no comma between, is where the victim was treated.
   */
  hospitalHeads?: string[];
  /**
   * A lapse of hours told of one occasion ("quelques heures plus tôt", "hours earlier", "dans la nuit"): like a day, it
   * makes a nominal trigger one act ("C'est là que, quelques heures plus tôt, des coups de feu ont été tirés").
   */
  lapseCues?: string[];
  /**
   * Words after which a clause recalls an earlier act ("…, rappelant un précédent drame en mai 2025", "recalling the
   * killing of 2023"): a day told after them is that act's, not the clause's.
   */
  recallingCues?: string[];
  /**
   * Words that join a procedure (arrest, charge, verdict) to the crime it is about, when the crime follows in the
   * same clause ("arrested over the death of", "condamné pour le meurtre de"): the crime is the procedure's object.
   */
  procedureLinks?: string[];
  /** Words that mark a clause as telling an earlier event (pluperfect, "déjà", "last year"). */
  recallCues?: string[];
  /** Periods a tally counts over ("depuis le début de l'année", "so far this year"): a count told with them is no act's toll. */
  tallyPeriodCues?: string[];
  /** Words before a trigger that make it a victim's state at the time of writing ("toujours", "still"): its day is not the act's. */
  statusCues?: string[];
  /** A death after the attack ("des suites de ses blessures", "died of his wounds"): the act is dated by the attack. */
  laterDeathCues?: string[];
  /**
   * Words after which a sentence about a death goes back to the attack ("décédé dimanche après avoir été blessé lundi",
   * "died on Sunday after being shot on Monday"): a date after them is the attack's, the one before the death's.
   */
  attackAfterDeathCues?: string[];
  /** "l'un d'entre eux", "one of them": a victim picked among those already counted. */
  partitives?: string[];
  /** The recall cues that are pluperfect auxiliaries: they may follow a nominal trigger ("la fusillade avait éclaté"). */
  recallAuxiliaries?: string[];
  /**
   * What an inquiry found, ending on "that" ("ont permis d'établir que", "investigators found that"): a pluperfect
   * auxiliary right after it is the tense of the finding told, not a recall of an earlier act.
   */
  findingCues?: string[];
  /** Words that make a place a part of a town (a district, an arrondissement): it cannot contradict the town itself. */
  localityHeads?: string[];
  /** Relative day shifts against the previous event's date ("the following day" → +1). */
  dayShifts: { phrase: string; days: number }[];
  /** "two days earlier": unit words and direction words for counted shifts. */
  dayUnits: string[];
  /**
   * "moins de 48 heures après": hour units for counted shifts, read as whole days (under a day is no shift: "deux
   * heures plus tard" is the same act's day).
   */
  hourUnits?: string[];
  /** Words that may stand between the unit and its direction: "trois jours seulement après", "two days only after". */
  shiftAdverbs?: string[];
  shiftBack: string[];
  shiftForward: string[];
  /**
   * Units longer than a day for "N units after <act>, …" opening a sentence ("Un an après l'attaque du fourgon, …",
   * "Three months after the killing, …"): the act in the complement happened that long before the day the sentence
   * tells. Weeks count in days, months and years in months.
   */
  coarseUnits?: { words: string[]; days?: number; months?: number }[];
  /** The words of shiftForward that open a complement ("après", "after"), not a later act ("plus tard", "later"). */
  shiftAfter?: string[];
  /**
   * Words that open an act listed after a comma in an enumeration of acts, each with its own place ("…, des tirs … à
   * Luynes, une rafale … à Toulon"): "des", "une", "a", "another".
   */
  listedActOpeners?: string[];
  /** Kinship nouns ("oncle", "brother"): with a possessive or a complement they name a relative, another person. */
  kinNouns?: string[];
  /** Possessive determiners ("son", "sa", "his", "their"). */
  possessives?: string[];
  /**
   * Words opening a relative clause about a person ("qui", "who"): "X, a trafficker who escaped in May during an attack
   * on a prison van, was arrested in Bucharest" tells the attack inside the commas, the arrest outside them.
   */
  relativeOpeners?: string[];
  /** Openers of a cleft sentence ("c'est", "it was"): "c'est un policier qui avait été tué le 5 mai" is no relative clause. */
  cleftOpeners?: string[];
  /** Clause separators inside one sentence that can start a second incident. */
  clauseBreaks: string[];
  /**
   * Joins (", et", ", and") that start a second act when a date opens what follows and another date came before: "en
   * novembre, un homme y a été blessé, et en avril, un adolescent a été tué" tells two acts, each with its own date.
   */
  datedClauseJoins?: string[];
  /** Prepositions that introduce a place ("in", "à", "près de"). */
  placePrepositions: string[];
  /**
   * Words right before a name that tell it as where something happened ("à Goult", "near Incarville"): the geocoder
   * then takes a small commune that is the only one of its name (see resolve/placed.ts).
   */
  placeLeads?: string[];
  /** Prepositions that may introduce a place but often do not ("from", "of", "de"): used when nothing better. */
  weakPlacePrepositions: string[];
  /** Nouns after which "of X" names the place ("the town of Canteleu", "a suburb of Valence"). */
  placeOfHeads: string[];
  /** Officials named with their jurisdiction when they speak ("le préfet de l'Isère"): not where the event happened. */
  jurisdictionTitles?: string[];
  /** Before the town of the court a trial is held in: "devant le tribunal de", "cour d'assises de", "court in". */
  courtSeatTitles?: string[];
  /**
   * Words just before a place that make it not where an incident happened: an origin ("born in", "originaire de"),
   * a hospital, a court or prosecutor's seat, where a getaway car was found. Used when an event borrows a place from
   * elsewhere in its story.
   */
  notEventPlaceCues?: string[];
  /**
   * Words of a sentence that tells the other sites of a wave of attacks ("The others were in Aix, Valence and Nîmes",
   * "Similar attacks were reported at prisons in …"): a list of towns in such a sentence, next to an act on a site and
   * telling no act of its own, gives each town that act (src/resolve/).
   */
  siteListCues?: string[];
  /** The same right after a town ("at Metz hospital", "the Nîmes morgue"): the town names the site, not the act's place. */
  notEventPlaceHeadsAfter?: string[];
  /** Words after which a date dates the telling, not the event ("a-t-on appris", "told Reuters on"). */
  reportingCues?: string[];
  /**
   * A back-reference to the act just told as the subject of a sentence that sets it ("les faits", "la scène", "the
   * incident"), followed within a few words by one of `settingVerbs` ("se sont produits", "took place"): that
   * sentence's day and place are the act's.
   */
  settingSubjects?: string[];
  settingVerbs?: string[];
  /** Words before a birth date or year ("né en", "born in"): not the event's date. */
  birthCues?: string[];
  /** Words before the date of someone's record ("sorti de prison en février", "convicted in 2019"): not the event's. */
  recordDateCues?: string[];
  /** Right before a date, another kind of event it dates ("les attentats du 13 novembre 2015", "the riots of 2005"): not the act's. */
  otherEventDateCues?: string[];
  /**
   * Nouns of a publication or broadcast whose date follows ("le reportage de France 3 Auvergne du 1er novembre", "in
   * its edition of November 1"): a day that dates a telling, not an act.
   */
  publicationNouns?: string[];
  /** The words that join a publication noun to its date: "du", "daté du"; "of", "dated". */
  publicationDateLinks?: string[];
  /**
   * Words that make a date a span reaching the time of writing, not a day or month an act happened in: "a series of
   * fatal shootings over the last month". Matched over the date's first word ("over the last" + "month").
   */
  periodSpanCues?: string[];
  /**
   * A vehicle told found burnt ("découvert calciné", "brûlés ont été découverts", "found charred"): with a vehicle noun
   * before it in its clause (vehicleNouns) and no body, the getaway car of the story's shooting or kidnapping, not an
   * act of its own.
   */
  burntVehicleCues?: string[];
  /** Nouns of vehicles ("voiture", "véhicule", "car", "scooter"). */
  vehicleNouns?: string[];
  /** Nouns of a dead body ("corps", "cadavre", "body"): a burnt body found is a killing, whatever car it lay in. */
  bodyNouns?: string[];
  /** Nouns a capitalised place can qualify ("a Paris street", "a Marseille housing estate"). */
  placeModifiedHeads: string[];
  /**
   * Words of a town in apposition right after its name ("Trévoux, une petite commune de l'Ain", "Pacé, a small town
   * near Rennes"): the name is a place though no preposition comes before it. An adjective may stand between.
   */
  appositiveTownHeads?: string[];
  /** The compass words are adjectives standing right before the name ("northern France"), not nouns ("le nord de"). */
  compassAdjectives?: boolean;
  /** Compass words that make a region ("northern France", "le nord de la France"). */
  compass: string[];
  /** Capitalised words that are never places (months, days, titles after "in"). */
  notPlaces: string[];
  /** Street words: a name after them ("rue de Liège") or before them ("Barcelona Street") names a street, not a town. */
  streetHeads?: string[];
  /** Surface → canonical weapon name. */
  weapons: Record<string, string>;
  /** Surface → canonical drug name. */
  drugs: Record<string, string>;
}
