import type { ContextTerms } from './types.js';
// English relevance lexicon: drug trafficking, organised crime and the violence that goes with them.

import { drug, t, type WeightedTerm } from './types.js';

export const EN_RELEVANCE_TERMS: readonly WeightedTerm[] = [
  // The trade itself
  t('drug traffick*', 3), t('drug trade', 3), t('drug dealer*', 3), t('drug dealing', 3), t('drug deal*', 2.5),
  t('drug gang*', 3), t('drug lord*', 3), t('drug cartel*', 3), t('drug war*', 3), t('war on drugs', 3),
  t('drug smuggl*', 3), t('drug ring*', 3), t('drug network*', 3), t('drug market*', 2.5), t('drug related', 3),
  t('drug money', 3), t('drug mule*', 3), t('drug haul*', 3), t('drug bust*', 3), t('drug seizure*', 3),
  t('drugs trade', 3), t('narco*', 3), t('narchomicide*', 3), t('narcomicide*', 3), t('cartel*', 2.5),
  t('trafficker*', 2.5), t('trafficking', 2), t('dealer*', 1.5), t('dealing point*', 3), t('deal point*', 3),
  t('point de deal', 3), t('points de deal', 3), drug('drug*', 1.2), t('kingpin*', 2), t('stash house*', 2.5),
  t('lookout*', 0.7), t('go fast', 2),
  // Substances
  drug('cocaine', 2.5), drug('crack cocaine', 2.5), drug('heroin', 2.5), drug('cannabis', 2.5), drug('cannabis resin', 2.5),
  drug('hashish', 2.5), drug('marijuana', 2.5), drug('fentanyl', 2.5), drug('methamphetamine', 2.5), drug('crystal meth', 2.5),
  drug('ecstasy', 1.5), drug('mdma', 1.5), drug('ketamine', 1.5), drug('synthetic drugs', 2.5),
  // Organised crime
  t('organised crime', 3), t('organized crime', 3), t('crime syndicate*', 3), t('criminal network*', 2.5),
  t('criminal organisation*', 2.5), t('criminal organization*', 2.5), t('mafia*', 2), t('mob boss*', 2),
  t('dz mafia', 3), t('mocro maffia', 3), t('yoda gang', 3), t('gangland', 2.5), t('gang war*', 2.5),
  t('turf war*', 2.5), t('drug feud*', 3), t('gang feud*', 2.5), t('gang violence', 2.5), t('rival gang*', 2.5), t('gang*', 1.5), t('clan', 0.8), t('clans', 0.8),
  t('organised gang*', 2.5), t('organized gang*', 2.5), t('criminal gang*', 2.5), t('criminal conspiracy', 1.5),
  t('criminal milieu', 2.5), t('criminal underworld', 2.5), t('underworld', 2), t('money laundering', 2), t('laundering', 1.5), t('settling of scores', 2.5), t('score settling', 2.5),
  t('ofast', 2.5), t('hitman', 2), t('hitmen', 2), t('hit man', 2), t('hit squad*', 2), t('contract killing*', 2.5),
  // Violence typical of the trade
  t('shootout*', 1.5), t('shooting*', 1), t('shot dead', 1), t('gunned down', 1.2), t('gunfire', 0.8),
  // Killings and their trials weigh only beside a word of the trade (FR: the same).
  t('murder*', 1), t('homicide*', 1), t('assize court', 0.8), t('assizes', 0.8),
  t('gunman', 0.8), t('gunmen', 1), t('kalashnikov*', 2), t('ak 47*', 1.5), t('drive by', 1),
  t('burned alive', 1), t('smuggl*', 1), t('dismantl*', 0.8), t('raid*', 0.5), t('seized', 0.6), t('seizure*', 0.6), t('customs', 0.6), t('intercepted', 0.4),
  t('confiscated', 0.6), t('shipment*', 0.5), t('consignment*', 0.5), t('arrested', 0.4),
  t('assault rifle*', 1.5), t('automatic weapon*', 1.2), t('known to police', 1), t('anti drug', 3), t('antidrug', 3),
  // Officials bought by the trade: police who steal seized drugs, corrupt guards and customs officers.
  t('corrupt police*', 2.5), t('corrupt officer*', 2), t('corrupt prison guard*', 2.5), t('corrupt customs', 2.5), t('stealing drugs', 3), t('stole drugs', 3),
  // Attacks on prisons, kidnappings, extortion: in scope even without a drug word (prison words only count beside
  // a violence word, see CO_OCCURRING in relevance.ts)
  t('prison van', 2), t('ransom*', 2), t('kidnap*', 1.2), t('abduct*', 1.2), t('extortion', 1.5),
];

/** Terms of a place of the trade's violence (a prison) that count as core only beside a violence term. */
export const EN_CONTEXT_TERMS: ContextTerms[] = [{ label: 'attack on a prison or its staff', cue: ['prison*', 'jail*', 'penitentiar*', 'prison guard*', 'prison officer*', 'inmate*'], violence: ['shot', 'shots', 'gunfire', 'fired', 'arson', 'torched', 'set on fire', 'attack*', 'threat*', 'molotov', 'firebomb*', 'intimidat*', 'ambush*', 'gunmen', 'commando*'] },
  // Shots fired in a neighbourhood or estate ("gunfire in the Dervallières district"): the violence of the deal points, as
  // in French reports of shots in a cité or quartier (FR: the same), even when no drug word is written.
  { label: 'shots in a neighbourhood', cue: ['district', 'districts', 'neighbourhood*', 'neighborhood*', 'housing estate*', 'estate', 'estates', 'cité*', 'quartier*'], violence: ['shots fired', 'shots rang out', 'shots resounded', 'gunfire', 'gunshot*', 'shot dead', 'kalashnikov*', 'automatic weapon*'] },
  // A killing done the way the trade's killings are done (FR: the same).
  { label: 'execution-style killing', cue: ['kalashnikov*', 'assault rifle*', 'submachine gun*', 'machine gun*', 'execution style', 'riddled with bullets', 'hooded', 'masked gunm*n', 'finished off', 'shot in the head'], violence: ['shot dead', 'gunned down', 'shot and killed', 'killed by gunfire', 'executed'] },
  // People shot in a town by assailants (FR: the same), unless the story tells another kind of shooting.
  { label: 'people shot by assailants', cue: ['gunm*n', 'assailant*', 'attacker*', 'shooter*', 'hooded', 'masked', 'fled', 'on the run', 'car park', 'parking lot', 'night', 'overnight', 'drug dealing spot*', 'drug dealing point*', 'dealing spot*', 'deal point*'], violence: ['shot dead', 'bullet wound*', 'hit by three bullets', 'hit by two bullets', 'hit by several bullets', 'gunned down', 'shot and killed', 'shot and wounded', 'shot and injured', 'wounded by gunfire', 'injured by gunfire', 'hit by bullets', 'opened fire', 'shots fired', 'shots rang out', 'gunshot wound*', 'shot in the head'],
    unless: ['hunting', 'hunter*', 'wife', 'girlfriend', 'partner', 'domestic', 'femicide*', 'police shooting', 'shot by police', 'police officer shot', 'self defence', 'self defense', 'terror*', 'jihad*', 'accident*', 'suicid*', 'mass shooting', 'school shooting', 'shooting range', 'rampage', 'shooting spree'], inFrance: true },
  // Parcels flown or thrown into a prison (see the French list).
  { label: 'smuggling into a prison', cue: ['drone*', 'thrown over', 'parcel*', 'package*'], violence: ['prison', 'prisons', 'jail', 'inmate*', 'penitentiar*', 'prison wall*', 'exercise yard'], inFrance: true },
  // Someone held and tortured, or at gunpoint with a weapon of war, or for a ransom (see the French list).
  { label: 'kidnapping with torture or weapons of war', cue: ['kidnap*', 'abduct*', 'hostage*', 'sequestered', 'held captive', 'captor*', 'held against'], violence: ['tortur*', 'tied up', 'bound and', 'kalashnikov*', 'assault rifle*', 'ak 47', 'weapon* of war', 'ransom*'],
    unless: ['robbery', 'robber*', 'heist', 'jewel*', 'wife', 'girlfriend', 'partner', 'domestic', 'parental', 'custody battle', 'terror*', 'jihad*', 'crypto*', 'bitcoin*', 'migrant*', 'smuggler*'], inFrance: true },
];

/** Words of screen and page fiction and of its reviews (see FR_FICTION_CUES). */
/**
 * Other trades of organised crime: goods smuggled (tobacco, counterfeits, fireworks, glass eels) and robberies (a
 * jeweller's held up, a gang of burglars). A story whose trafficking or gang words are about these, with no drug
 * named, is not about the drug trade.
 */
export const EN_OTHER_TRADES = ['cigarette*', 'tobacco', 'counterfeit*', 'fake goods', 'firework*', 'glass eel*', 'ivory', 'protected species', 'robbery', 'robberies', 'jewel*', 'heist*', 'burglar*',
  // Extortion by computer: a ransom asked by hackers is no kidnapping.
  'ransomware', 'hacker*', 'cyberattack*', 'cyber attack*', 'cybercrim*', 'data leak*'];

/**
 * Other subjects a story of shots or drugs may be about: a hunting accident, a road crash (a driver on drugs). Told
 * often enough, the story is about them, even with a drug named (see OTHER_SUBJECT_MENTIONS in relevance.ts).
 */
export const EN_OTHER_SUBJECTS = ['hunting', 'hunter*', 'hunting party', 'wild boar', 'road accident*', 'car crash*', 'traffic accident*', 'road safety', 'reckless driver*', 'drink-driving', 'drunk driving'];

export const EN_FICTION_CUES = ['netflix', 'episode*', 'spoiler*', 'actor*', 'actress*', 'screenplay', 'screenwriter*', 'showrunner*',
  'box office', 'prime video', 'disney', 'tv series', 'the plot', 'the characters', 'the cast', 'season 1', 'season 2', 'season 3',
  'novelist*', 'filmmaker*', 'film director'];
