// The resolve stage: places as written become places on the map (offline French geography and countries).
import type { EntityMention, ExtractedClaim, ExtractedEvent, PlaceMention, ResolvedPlace, StoryExtraction } from '../core/types.js';
import { CAPITALISED_NAME, communeByInsee, departementInfo, fold, geocode, hyphenedDistrict } from './geo/index.js';
import { DISTRICTS } from './geo/lexicon.js';
import { QUARTIERS } from './geo/quartiers.js';
import { foldRetellings } from './retellings.js';
import { placedBy } from './placed.js';
import { FAMILY } from '../extract/incidents/refine.js';
import { districtCompound } from '../extract/incidents/context.js';
import { notEventCueBefore, routeEnd } from '../extract/incidents/fields.js';
import { hasPhrase } from '../extract/incidents/phrase-pattern.js';
import { allLanguagePacks } from '../extract/locales/index.js';
import { CLOCK_BEFORE, PROVENANCE_BEFORE } from '../extract/claims/place.js';
import { isCaptionLine } from '../clean/text/lines.js';

/**
 * Geocodes each event's place mention, using the story's other places as context for ambiguous names.
 * An event with no place of its own is placed, by inference, in the country its story is set in — with a null
 * name and precision 'country', so it is never mistaken for a place the text states.
 */
export function resolveStory(text: string, extraction: StoryExtraction): StoryExtraction {
  const nearby = placeNames(extraction.entities, text);
  let storyCountry: string | null | undefined;
  let districts: Map<string, ResolvedPlace> | undefined;
  const events: ExtractedEvent[] = [];
  // Acts given to the other towns of a list the act's sentence names (see enumeratedTowns, listedSites).
  const listed = new Set<ExtractedEvent>();
  for (const { place_context, ...told } of extraction.events) {
    const sentence = told.evidence[0]?.text;
    const e = told.place_mention ? { ...told, place_mention: joinedName(text, told.place_mention) } : told;
    let own = e.place_mention && !homonymDistrict(text, e.place_mention) ? geocode(bracketed(text, e.place_mention), { nearby, sentence, placed: placedBy(text, e.place_mention) }) : null;
    let relocated = false;
    if (own?.country && own.country !== 'FR') {
      storyCountry ??= dominantCountry(nearby, text);
      // Vigie maps France. In a story set in France, an act placed abroad (a shooting in Spain, a cargo seized in
      // Colombia) is off the map; proceedings are French even when the facts they judge touch Dubai or Spain, so a
      // trial or a corruption case looks for its French place instead.
      if (storyCountry === 'FR') {
        // A place abroad named only in a later passage of the act ("the head of the network was apprehended in
        // Malaga", after the seizure of the truck the story is about) places that passage, not the act.
        const first = e.evidence[0];
        const later = first !== undefined && e.place_mention !== null && e.evidence.length > 1 && e.place_mention.start >= first.end;
        if (!ABROAD_FACTS_JUDGED_HERE.has(e.type) && !later) continue;
        own = null;
        relocated = true;
      }
    }
    // A relocated event drops the foreign mention: its place's evidence is whatever names the French place.
    const located = locate(relocated ? { ...e, place_mention: null } : e, own, place_context);
    if (located) events.push(located);
    // "À Villepinte, Nanterre, Melun et Valence, les surveillants ont découvert leurs voitures détruites": one attack
    // told of several towns at once is one incident in each. (An operation is not: the cars of one go-fast stopped
    // "à Givors et Lorette" are one interception, the raids of one network in several towns one operation.)
    if (located && own && !relocated && e.place_mention && FAMILY[e.type] === 'violence') {
      const towns = enumeratedTowns(text, e.place_mention, nearby, own);
      // "gunmen fired at the entrance of Toulon prison, while vehicles were set ablaze outside facilities in
      // Villepinte, Nanterre, Aix-Luynes, and Valence": a wave of attacks on sites lists its other towns apart.
      if (!towns.length && SITE_TYPES.has(e.type)) towns.push(...listedSites(text, e, nearby, own, extraction.events));
      for (const m of towns) {
        const place = geocode(m.text, { nearby, sentence });
        if (!place) continue;
        // The toll a list's sentence tells is the whole wave's or its first town's, not each town's: unknown there.
        const listedEvent = { ...located, place_mention: m, place, killed: null, injured: null, victims: [] };
        listed.add(listedEvent);
        events.push(listedEvent);
      }
    }
  }
  // A town a list gave an act to that another act of the story already stands for (its own trigger, or another
  // reading of the same list) is that act.
  const key = (e: ExtractedEvent) => `${e.type}|${e.place?.commune_insee ?? ''}|${e.date ?? ''}`;
  const own = new Set(events.filter((e) => !listed.has(e)).map(key));
  const kept = events.filter((e) => {
    if (!listed.has(e)) return true;
    if (own.has(key(e))) return false;
    own.add(key(e));
    return true;
  });
  return { ...extraction, events: foldRetellings(kept, (e) => placedNear(text, e)), claims: resolveClaimPlaces(text, extraction, nearby) };

  function locate(e: Omit<ExtractedEvent, 'place_context'>, own: ResolvedPlace | null, place_context: ExtractedEvent['place_context']): ExtractedEvent {
    const out = placeOf(e, own, place_context);
    return out.place ? { ...out, place: withDistrict(out.place, out, text) } : out;
  }

  function placeOf(e: Omit<ExtractedEvent, 'place_context'>, own: ResolvedPlace | null, place_context: ExtractedEvent['place_context']): ExtractedEvent {
    let place = own && e.place_mention ? nearTown(text, e.place_mention, own, nearby) : own;
    // "le double meurtre de Maurepas" where the story says "le quartier de Maurepas, à Rennes": that town's district,
    // not the commune of that name elsewhere.
    if (place && e.place_mention && place.precision === 'commune') {
      const town = (districts ??= storyDistricts(text, nearby)).get(fold(e.place_mention.text));
      if (town && town.commune_insee !== place.commune_insee && town.departement !== place.departement) place = { ...town, district: e.place_mention.text };
    }
    if (place) return { ...e, place: inArrondissement(sharpen(place, e, text, extraction.entities, nearby), e, text, extraction.events) };
    // No place of its own, but a district the story has already placed ("le quartier des Izards, au nord de
    // Toulouse" … "une pizzeria du quartier des Izards"): that district's town, whatever town was named last.
    const district = districtPlace(text, e, districts ??= storyDistricts(text, nearby));
    if (district) return { ...e, place_mention: district.mention, place: inArrondissement(district.place, e, text, extraction.events) };
    // Then the nearest place of the story that is one (its mention becomes the evidence).
    // ("le quartier de la Devèze": a district's name in the story, not the commune of that name elsewhere.)
    const context = (place_context ?? []).map((m) => ({ m, p: homonymDistrict(text, m) ? null : geocode(bracketed(text, m), { nearby, sentence: text.slice(Math.max(0, m.start - 80), m.end + 80) }) }));
    for (const { m, p } of context) {
      // ("in the heart of Les Moulins" after "the Nice district of Moulins": that town's district.)
      const of = (districts ??= storyDistricts(text, nearby)).get(fold(m.text.replace(/^(?:les|le|la|l['’])\s*/iu, '')));
      if (of && (!p || p.commune_insee !== of.commune_insee)) return { ...e, place_mention: m, place: inArrondissement({ ...of, district: m.text }, e, text, extraction.events) };
      if (!p || p.precision === 'country' || p.precision === 'area') continue;
      // (A story set in France does not lend its unplaced acts a town abroad it names: "arrêté dans la région de Cali".)
      if (p.country !== null && p.country !== 'FR' && (storyCountry ??= dominantCountry(nearby, text)) === 'FR') continue;
      // "Trévoux, une petite commune de l'Ain": the département is named nearest, the town in it a little before.
      const town = wide(p) ? context.find((c) => c.p && !wide(c.p) && c.p.precision !== 'country' && c.p.precision !== 'area' && inside(c.p, p)) : undefined;
      if (town) return { ...e, place_mention: town.m, place: inArrondissement(town.p!, e, text, extraction.events) };
      return { ...e, place_mention: m, place: inArrondissement(sharpen(p, e, text, extraction.entities, nearby), e, text, extraction.events) };
    }
    // Last, a town or district the passage names without a place preposition ("les quartiers Nord de Marseille",
    // "la cité phocéenne", a dateline).
    const named = passagePlace(text, e);
    if (named) return { ...e, place_mention: named.mention, place: inArrondissement(named.place, e, text, extraction.events) };
    storyCountry ??= dominantCountry(nearby, text);
    return { ...e, place: storyCountry ? countryOnly(storyCountry) : null };
  }
}

/** A town name of an enumeration: capitalised words, hyphenated parts in any case ("Aix-en-Provence"). */
const TOWN_ITEM = String.raw`\p{Lu}[\p{L}'’]+(?:-[\p{L}'’]+)*(?:\s\p{Lu}[\p{L}'’]+(?:-[\p{L}'’]+)*)?`;
/** Separators of an enumeration: a comma, or "et" / "and" (with or without a comma before it). */
const ITEM_SEPARATOR = String.raw`(?:\s*,\s*(?:(?:et|and)\s+)?|\s+(?:et|and)\s+)`;
const ENUMERATION = new RegExp(String.raw`${TOWN_ITEM}(?:${ITEM_SEPARATOR}${TOWN_ITEM})+`, 'gu');

/**
 * The other towns of an enumeration the place mention is part of ("à Villepinte, Nanterre, Melun et Valence",
 * "in Aix-en-Provence and Villepinte"), each as its own mention. Only a true enumeration counts: its last item comes
 * after "et" / "and" (a comma alone is an apposition: "Cavaillon, Vaucluse"), and every item is a French commune
 * other than the mention's own.
 */
function enumeratedTowns(text: string, mention: PlaceMention, nearby: string[], own: ResolvedPlace): PlaceMention[] {
  if (own.precision !== 'commune' && own.precision !== 'arrondissement') return [];
  const from = Math.max(0, mention.start - 200);
  const zone = text.slice(from, Math.min(text.length, mention.end + 200));
  for (const m of zone.matchAll(ENUMERATION)) {
    const start = from + m.index!;
    if (start > mention.start || start + m[0].length < mention.end) continue;
    if (!/(?:^|\s)(?:et|and)\s+\S+(?:\s\S+)?$/u.test(m[0])) return [];
    return listedCommunes(m[0], start, nearby, own, { except: mention.start, unknown: 'refuse' }) ?? [];
  }
  return [];
}

/**
 * The French communes of a list of town names starting at `start` ("Villepinte, Nanterre et Valence"), each once and
 * none of them `own`'s; null when an item is a place of another kind (a country, a région) or, with `unknown:
 * 'refuse'`, a name the gazetteer does not know. `except` skips the item at that position (the act's own mention).
 */
function listedCommunes(list: string, start: number, nearby: string[], own: ResolvedPlace, opts: { except?: number; unknown: 'refuse' | 'skip' }): PlaceMention[] | null {
  const seen = new Set([own.commune_insee]);
  const out: PlaceMention[] = [];
  // (A town name starts with a capital: the lower-case "et" / "and" between them are never items.)
  for (const it of list.matchAll(new RegExp(TOWN_ITEM, 'gu'))) {
    const at = start + it.index!;
    if (at === opts.except) continue;
    const p = geocode(it[0], { nearby });
    if (!p) {
      if (opts.unknown === 'refuse') return null;
      continue;
    }
    if (p.country !== 'FR' || (p.precision !== 'commune' && p.precision !== 'arrondissement')) return null;
    if (seen.has(p.commune_insee)) continue;
    seen.add(p.commune_insee);
    out.push({ text: it[0], start: at, end: at + it[0].length });
  }
  return out;
}

/** Acts on a site (a prison, its staff's cars, a town hall): a wave of them is told as one list of towns. */
const SITE_TYPES = new Set(['prison_attack', 'arson_intimidation']);
/** A locative right before a list of towns: "in", "at", "à", "de", "d'". */
const LOCATIVE_BEFORE = /(?:^|\s)(?:in|at|à|de|d['’]|en)\s*$/iu;

/**
 * The towns of a list told after a locative in the act's own sentences ("outside facilities in Villepinte, Nanterre
 * and Valence"), or in a sentence right before or after one of them that tells no act of its own and speaks of the
 * wave's other sites ("The others were in Aix-en-Provence, Valence, Nîmes, Villepinte and Nanterre", after "five more
 * prisons were hit"), when the act stands for a town outside the list: every listed French commune other than the
 * act's own, or none when an item is not one (a list of people or countries is no list of sites).
 */
function listedSites(text: string, e: Omit<ExtractedEvent, 'place_context'>, nearby: string[], own: ResolvedPlace, all: readonly ExtractedEvent[]): PlaceMention[] {
  if (own.precision !== 'commune' && own.precision !== 'arrondissement') return [];
  const zones: Array<{ start: number; end: number }> = [...e.evidence];
  // (A sentence holding any act's evidence tells that act: its list is that act's, read when that act is.)
  const told = all.flatMap((x) => x.evidence);
  const free = (z: { start: number; end: number }) => !told.some((t) => t.start < z.end && z.start < t.end);
  for (const ev of e.evidence) {
    // The sentence before, and the two after ("… five more prisons were hit. It described the Toulon attack as
    // particularly violent. The others were in …"), up to one telling an act of its own.
    const before = sentenceBefore(text, ev.start);
    const after = sentenceAfter(text, ev.end);
    const next = after && free(after) ? sentenceAfter(text, after.end) : null;
    for (const z of [before, after, next]) {
      if (z && free(z) && hasPhrase(text, SITE_LIST_CUES, z.start, z.end)) zones.push(z);
    }
  }
  for (const ev of zones) {
    const zone = text.slice(ev.start, ev.end);
    for (const m of zone.matchAll(ENUMERATION)) {
      const start = ev.start + m.index!;
      if (!LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
      if (!/(?:^|\s)(?:et|and)\s+\S+(?:\s\S+)?$/u.test(m[0])) continue;
      // (A prison's own name, "Aix-Luynes", is no town to map: skipped; a country or a région ends the reading.)
      const out = listedCommunes(m[0], start, nearby, own, { unknown: 'skip' });
      if (out && out.length >= 2) return out;
    }
  }
  return [];
}

const SITE_LIST_CUES = [...new Set(allLanguagePacks().flatMap((p) => p.incidents.siteListCues ?? []))];
/** Where a sentence ends: a full stop, "!" or "?" before a space, or a line break. */
const SENTENCE_END = /[.!?](?=\s)|\n/gu;

/** The sentence that ends where `at` starts (spaces between them skipped), or null at the start of the text. */
function sentenceBefore(text: string, at: number): { start: number; end: number } | null {
  let end = at;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  if (end === 0) return null;
  // (A sentence is looked for in the 600 characters before: a longer one is read from there.)
  const from = Math.max(0, end - 600);
  let start = from;
  for (const m of text.slice(from, end - 1).matchAll(SENTENCE_END)) start = from + m.index! + 1;
  while (start < end && /\s/u.test(text[start]!)) start++;
  return start < end ? { start, end } : null;
}

/** The sentence that starts after `at` (spaces skipped), or null at the end of the text. */
function sentenceAfter(text: string, at: number): { start: number; end: number } | null {
  let start = at;
  while (start < text.length && /\s/u.test(text[start]!)) start++;
  if (start >= text.length) return null;
  SENTENCE_END.lastIndex = start;
  const m = SENTENCE_END.exec(text);
  const end = m ? m.index + (m[0] === '\n' ? 0 : 1) : text.length;
  return end > start ? { start, end } : null;
}

const DISTRICT_NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,3})`;
const DISTRICT_HEAD = String.raw`(?:quartier|cité|résidence|district|estate|neighbou?rhood)\s+(?:des\s+|du\s+|de\s+la\s+|de\s+l['’]|d['’]|de\s+|of\s+(?:the\s+)?)?`;
/** "le quartier des Izards, au nord de Toulouse", "la cité des Lauriers à Marseille", "the X estate in Y". */
const DISTRICT_IN_TOWN = new RegExp(
  String.raw`${DISTRICT_HEAD}${DISTRICT_NAME}\s*,?\s+(?:(?:situé[es]*\s+)?(?:au|dans\s+le)\s+(?:nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest|centre)(?:\s+de|\s+d['’])\s*|à\s+|de\s+|d['’]|in\s+|of\s+|(?:north|south|east|west)\s+of\s+)${DISTRICT_NAME}`,
  'gu',
);

/** "the Malakoff district of Nantes", "the Minguettes estate in Vénissieux": the English order, name before its head. */
const NAMED_DISTRICT_IN_TOWN = new RegExp(String.raw`\bthe\s+${DISTRICT_NAME}\s+(?:district|estate|housing estate|neighbou?rhood|quarter)\s+(?:of|in)\s+${DISTRICT_NAME}`, 'gu');

/** Districts the story places in a town: folded district name → the town. */
function storyDistricts(text: string, nearby: string[]): Map<string, ResolvedPlace> {
  const out = new Map<string, ResolvedPlace>();
  for (const m of text.matchAll(DISTRICT_IN_TOWN)) {
    const town = geocode(m[2]!, { nearby });
    if (town && (town.precision === 'commune' || town.precision === 'arrondissement') && !out.has(fold(m[1]!))) out.set(fold(m[1]!), town);
  }
  // "the Malakoff district of Nantes", "the Nice district of Moulins": English names the district before or after the
  // town; the town is the bigger of the two (a district's name that is also a commune's is a small one's).
  for (const m of text.matchAll(NAMED_DISTRICT_IN_TOWN)) {
    const a = geocode(m[1]!, { nearby });
    const b = geocode(m[2]!, { nearby });
    const town = (x: ResolvedPlace | null): x is ResolvedPlace => x !== null && (x.precision === 'commune' || x.precision === 'arrondissement');
    const firstIsTown = town(a) && (!town(b) || (a.population ?? 0) > (b.population ?? 0));
    const [name, place] = firstIsTown ? [m[2]!, a] : [m[1]!, b];
    if (town(place) && !out.has(fold(name))) out.set(fold(name), place);
  }
  return out;
}

/**
 * A district's name on one line: capitalised words joined by spaces or hyphens, with the small words inside names
 * ("Fontaine d'Ouche", "Croix-des-Oiseaux", "Le Clos de la Fontaine").
 */
const SUB_PLACE_NAME = String.raw`(\p{Lu}[\p{L}'’]+(?:[ -](?:d['’]|l['’]|(?:de la|de|des|du|la|le|les)[ -])?\p{Lu}[\p{L}'’]+){0,3})`;
const DISTRICT_AFTER_HEAD = new RegExp(`${DISTRICT_HEAD}${SUB_PLACE_NAME}`, 'gu');
/** "the Beaudottes district", "the Minguettes estate": an English district named before its head word. */
const DISTRICT_BEFORE_HEAD = new RegExp(String.raw`\bthe ${SUB_PLACE_NAME} (?:district|estate|housing estate|neighbou?rhood|quarter)\b`, 'gu');
/** "Planoise de Besançon", "Pissevin de Nîmes": the district's name without the town it is of. */
function ownPart(name: string, place: ResolvedPlace): string {
  const m = /^(.+?)\s+(?:de|d['’]|à)\s*(\p{Lu}.*)$/u.exec(name);
  if (!m) return name;
  const town = geocode(m[2]!, {});
  return (town !== null && town.commune_insee !== null && (town.commune_insee === place.commune_insee || fold(m[2]!) === fold(place.name ?? ''))) ? m[1]! : name;
}

/** Inhabitants above which a commune's name read as a district is that town ("la cité de Marseille"). */
const DISTRICT_NAMESAKE_MAX = 100_000;
/** Names a district pattern catches that are no district's ("la résidence de Madame"). */
const NOT_A_DISTRICT = /^(?:Madame|Monsieur|France|Europe)$/u;

/**
 * The named place inside the commune that the event's sentences give (issue #8: "cité des Lauriers", "quartier de
 * la Villeneuve" are kept as named sub-places): a quartier of the city's table (Marseille, Lyon, Paris), else a name
 * after a district word ("quartier des Izards", "cité Félix-Pyat") or before one ("the Beaudottes district").
 */
function withDistrict(place: ResolvedPlace, e: ExtractedEvent, text: string): ResolvedPlace {
  if ((place.precision !== 'commune' && place.precision !== 'arrondissement') || !place.commune_insee || !e.evidence.length) return place;
  const span = text.slice(e.evidence[0]!.start, e.evidence[e.evidence.length - 1]!.end);
  const city = Object.keys(ARRONDISSEMENT_BASE).find((c) => place.commune_insee === c || (ARRONDISSEMENT_BASE[c] !== undefined && place.precision === 'arrondissement' && place.commune_insee!.slice(0, 2) === c.slice(0, 2)));
  if (city) {
    const folded = ` ${fold(span)} `;
    const hit = quartiersOf(city).find((q) => folded.includes(` ${q.key} `));
    const name = hit ? QUARTIER_NAMES.get(`${city}|${hit.key}`) : undefined;
    if (name) return { ...place, district: name };
  }
  for (const re of [DISTRICT_AFTER_HEAD, DISTRICT_BEFORE_HEAD]) {
    for (const m of span.matchAll(re)) {
      const name = ownPart(m[1]!.trim(), place);
      // (A city's name is a town, not a part of this one: "la cité de Marseille". Small communes share their names
      // with districts elsewhere: "Maurepas", "Villeneuve".)
      const town = geocode(name, {});
      const city = town !== null && town.precision === 'commune' && town.commune_insee !== place.commune_insee && (town.population ?? 0) > DISTRICT_NAMESAKE_MAX;
      if (NOT_A_DISTRICT.test(name) || fold(name) === fold(place.name ?? '') || city) continue;
      return { ...place, district: name };
    }
  }
  return place;
}

/** A district of `districts` named in the event's own sentences, with its mention there. */
function districtPlace(text: string, e: Omit<ExtractedEvent, 'place_context'>, districts: Map<string, ResolvedPlace>): { mention: PlaceMention; place: ResolvedPlace } | null {
  if (!districts.size) return null;
  const head = new RegExp(`${DISTRICT_HEAD}${DISTRICT_NAME}`, 'gu');
  for (const ev of e.evidence) {
    for (const m of text.slice(ev.start, ev.end).matchAll(head)) {
      const place = districts.get(fold(m[1]!));
      if (!place) continue;
      const start = ev.start + m.index! + m[0].length - m[1]!.length;
      return { mention: { text: m[1]!, start, end: start + m[1]!.length }, place };
    }
  }
  return null;
}

/** Event types whose proceedings happen in France whatever country the facts they judge touch. */
const ABROAD_FACTS_JUDGED_HERE = new Set<ExtractedEvent['type']>(['trial_verdict', 'corruption_case']);

/** A place told as what the act was near ("enlevés près de Nantes", "near Marseille"): the town is a landmark. */
const NEAR_BEFORE = /(?:près|non loin|à proximité|aux abords|aux portes|dans la banlieue|dans les environs|dans la région)\s+(?:de\s+|d['’]|du\s+|des\s+)?$|\b(?:near|outside|not far from|on the outskirts of|in the suburbs of)\s+$/iu;

function placedNear(text: string, e: ExtractedEvent): boolean {
  const m = e.place_mention;
  return m !== null && NEAR_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/** "X près de Y", "X, near Y", "X aux portes de Y": the text places X by the town beside it. */
const NEAR_AFTER = /^\s*,?\s*(?:près\s+de|non\s+loin\s+de|à\s+côté\s+de|aux\s+portes\s+de|dans\s+la\s+banlieue\s+de|en\s+périphérie\s+de|near|outside|close\s+to|on\s+the\s+outskirts\s+of|in\s+the\s+suburbs\s+of)\s+/iu;

/**
 * A name read as a commune far from the town the text sets it beside ("à Maurepas près de Rennes": Maurepas of the
 * Yvelines, not Rennes' Maurepas district) is a district or hamlet of that town's area with a homonym elsewhere: the
 * event is placed in the town named. A neighbouring commune of the same département stays itself ("Pacé, près de
 * Rennes").
 */
function nearTown(text: string, m: PlaceMention, place: ResolvedPlace, nearby: string[]): ResolvedPlace {
  // "aux Moulins, un quartier sensible de Nice": the apposition says the name is a part of the town it names.
  const part = DISTRICT_OF_AFTER.exec(text.slice(m.end, m.end + 60));
  if (part) {
    const town = townAt(text, m.end + part[0].length, nearby);
    if (town) return town;
  }
  if (place.precision !== 'commune' || place.departement === null) return place;
  const lead = NEAR_AFTER.exec(text.slice(m.end, m.end + 40));
  if (!lead) return place;
  CAPITALISED_NAME.lastIndex = 0;
  const name = new RegExp(CAPITALISED_NAME.source, CAPITALISED_NAME.flags.replace('g', '')).exec(text.slice(m.end + lead[0].length, m.end + lead[0].length + 60));
  if (!name || name.index !== 0) return place;
  const town = geocode(name[0], { nearby });
  if (!town || town.precision !== 'commune' || town.departement === null || town.departement === place.departement) return place;
  return town;
}

/** ", un quartier sensible de Nice", ", a district of Lyon": what follows names the town the place is part of. */
const DISTRICT_OF_AFTER = /^\s*,\s*(?:(?:un|une|le|la|l['’]un\s+des|l['’]une\s+des)\s+(?:\p{L}+\s+)?(?:quartiers?|cités?|hameau|lieu-dit|village|secteur)(?:\s+[\p{Ll}-]+){0,2}\s+(?:de\s+la\s+ville\s+de\s+|de\s+|d['’]|du\s+)|(?:a|the|one\s+of\s+the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:district|neighbou?rhoods?|estates?|quarter)\s+(?:of|in)\s+)/u;

/** The commune named at `at` (a capitalised name), or null. */
function townAt(text: string, at: number, nearby: string[]): ResolvedPlace | null {
  const name = new RegExp(CAPITALISED_NAME.source, CAPITALISED_NAME.flags.replace('g', '')).exec(text.slice(at, at + 60));
  if (!name || name.index !== 0) return null;
  const town = geocode(name[0], { nearby });
  return town && town.precision === 'commune' ? town : null;
}

/** A claim's place as written for a reader: the official name of a town, département or région, or the country's. */
function placeLabel(p: ResolvedPlace): string | null {
  return p.name ?? (p.country === 'FR' ? 'France' : p.country);
}

/** How far back (characters) a figure borrows the place of the one before it: the same passage. */
const DEFAULT_CLAIM_PLACE_REACH = 600;

/**
 * Where each figure holds: the place its sentence names; else the place of the figure just before it in the same
 * passage (a list of figures names its place once); else the nearest place named earlier in its paragraph; else the
 * story's country. (The town a story is about is not used: a local story quotes national figures too, and a wrong
 * town splits them from their national twins.) Places are the story's place mentions, geocoded.
 */
function resolveClaimPlaces(text: string, extraction: StoryExtraction, nearby: string[]): ExtractedClaim[] {
  const mentions = extraction.entities.filter((m) => m.type === 'place');
  let story: string | null | undefined;
  let prev: { place: string; end: number } | null = null;
  return extraction.claims.map((c) => {
    const ev = c.evidence[0];
    let place: string | null = null;
    if (c.place) {
      const p = geocode(c.place, { nearby });
      place = p ? placeLabel(p) : c.place;
    }
    if (!place && ev) {
      for (const m of mentions) {
        if (m.start < ev.start || m.end > ev.end || provenance(text, m.start)) continue;
        const p = geocode(text.slice(m.start, m.end), { nearby, sentence: ev.text });
        if (p && (place = placeLabel(p))) break;
      }
    }
    // (Across a line break too: scraped reports often put each sentence on a line of its own. Measured on the
    // real-article set, keeping to the paragraph loses more figures than it saves.)
    if (!place && prev && ev && ev.start - prev.end <= DEFAULT_CLAIM_PLACE_REACH) place = prev.place;
    if (!place && ev) {
      // The nearest place named earlier in the figure's own paragraph.
      const from = text.lastIndexOf('\n', ev.start - 1) + 1;
      for (const m of [...mentions].reverse()) {
        if (m.start < from || m.end > ev.start) continue;
        // "Marseille (Bouches-du-Rhône)": a bracketed qualifier of the place before it.
        if (text[m.start - 1] === '(' || provenance(text, m.start)) continue;
        const p = geocode(text.slice(m.start, m.end), { nearby });
        if (p && (place = placeLabel(p))) break;
      }
    }
    if (!place) {
      story ??= storyPlace(text, nearby);
      place = story;
    }
    if (place && ev) prev = { place, end: ev.end };
    return { ...c, place };
  });
}

/** A national figure's place: the story's country (France for a story set in France). */
/** "À Luynes (Bouches-du-Rhône), …": the name with the bracket after it, which says which Luynes (geocode's qualifiers). */
/** A small word inside a commune's name that the extractor does not read as one ("Pointe à Pitre", "Fontenay aux Roses"). */
const NAME_LINK = /^[ \u00a0]+(à|au|aux|lès|les)[ \u00a0]+(\p{Lu}[\p{L}'’-]*)/u;

/**
 * "Pointe à Pitre", "Fontenay aux Roses": a commune's name written without its hyphens, cut by the extractor at its
 * small word. The whole name, when it is a commune's, is the mention.
 */
function joinedName(text: string, m: PlaceMention): PlaceMention {
  const next = NAME_LINK.exec(text.slice(m.end, m.end + 60));
  if (!next) return m;
  const whole = `${m.text.replace(/[ \u00a0]+/gu, '-')}-${next[1]}-${next[2]}`;
  const p = geocode(whole);
  if (!p || p.precision !== 'commune' || fold(p.name ?? '') !== fold(whole)) return m;
  return { text: text.slice(m.start, m.end + next[0].length), start: m.start, end: m.end + next[0].length };
}

function bracketed(text: string, m: PlaceMention): string {
  const bracket = /^\s*(\([^()\n]{2,40}\))/u.exec(text.slice(m.end, m.end + 44))?.[1];
  if (bracket) return `${m.text} ${bracket}`;
  // "À Luynes, dans les Bouches-du-Rhône, …", "in Valence, in the Drôme, …": the same qualifier set off by commas,
  // read as a bracket when it names a département or région.
  const apposed = APPOSED_AREA.exec(text.slice(m.end, m.end + 60))?.[1];
  if (apposed && /^\p{Lu}/u.test(apposed) && geocode(apposed)?.precision !== 'commune' && geocode(`${m.text} (${apposed})`)) return `${m.text} (${apposed})`;
  return withArticle(text, m);
}

/** ", dans le Var,", ", dans les Bouches-du-Rhône.", ", in the Var,": an area named after a place, set off by commas. */
const APPOSED_AREA = /^\s*,\s*(?:dans\s+(?:les\s+|la\s+|le\s+|l['’]\s*)|en\s+|in\s+(?:the\s+)?)([^,.;:()\n]{3,40}?)\s*(?=[,.;:\n])/u;

/**
 * "au Lamentin", "du Robert", "aux Abymes": French contracts the article of a town named with one ("Le Lamentin", in
 * Martinique), and another town has the bare name ("Lamentin", in Guadeloupe). The article read back names the town.
 */
function withArticle(text: string, m: PlaceMention): string {
  // "dans la Vienne", "de l'Allier", "en Mayenne" is not: an article before a name both a commune's and a
  // département's names the département (the commune's name has none).
  const unit = /(?:^|[\s(])(la|le|les|l['’])\s*$/u.exec(text.slice(Math.max(0, m.start - 5), m.start))?.[1];
  if (unit && !/^(?:le|la|les|l['’])\s/iu.test(m.text)) {
    const p = geocode(`${unit.replace('’', "'")}${unit.endsWith("'") || unit.endsWith('’') ? '' : ' '}${m.text}`);
    if (p && (p.precision === 'departement' || p.precision === 'region')) return `${unit} ${m.text}`;
  }
  const art = /(?:^|[\s'’(])(au|du|aux|des)\s+$/iu.exec(text.slice(Math.max(0, m.start - 5), m.start))?.[1]?.toLowerCase();
  if (!art || /^(?:le|la|les|l['’])\s/iu.test(m.text)) return m.text;
  const named = `${art === 'au' || art === 'du' ? 'Le' : 'Les'} ${m.text}`;
  const p = geocode(named);
  return p && p.precision === 'commune' && fold(p.name ?? '') === fold(named) ? named : m.text;
}

/** Where a traveller or a cargo came from ("une mule … en provenance de Paris"): not where a figure is counted. */
function provenance(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return PROVENANCE_BEFORE.test(before) || CLOCK_BEFORE.test(before);
}

function storyPlace(text: string, nearby: string[]): string | null {
  const country = dominantCountry(nearby, text);
  return country === 'FR' ? 'France' : country;
}

/** How far past an event's sentences (same paragraph) its arrondissement may still be stated. */
const DEFAULT_ARRONDISSEMENT_WINDOW = 400;
// ("le quartier sensible de Maurepas": after a definite article one adjective may stand between; "un quartier populaire
// de Bordeaux" names the town the quartier is in.)
const DISTRICT_BEFORE = /(?:(?:quartier|quartiers|cité|cités|résidence|lotissement|district|estate|neighbou?rhood)|(?:le|du|au)\s+quartier\s+(?:sensible|populaire|prioritaire|défavorisé|difficile|chaud))(?:\s(?:de|des|du|de la|d['’]|of|of the))?\s*$/iu;
/** A town named in passing stands for the event's place only if it is a sizeable one (or a known district). */
const PASSAGE_TOWN_POPULATION = 20_000;
const districtKeys = [...new Set(DISTRICTS.map(([name]) => fold(name)))].sort((a, b) => b.length - a.length);

/**
 * The place an event's passage names without a place preposition: the nearest before the event in its paragraph
 * and the one before, else in the story's first lines; a known district ("la cité phocéenne", "quartiers nord") or a
 * town of some size, never a small commune that shares its name with a word.
 */
/** A town named with its mayor: "Avallon Mayor", "Avallon's mayor", "the mayor of Avallon", "le maire d'Avallon". */
const MAYOR_TOWN = /(\p{Lu}[\p{L}'’]+(?:-\p{L}[\p{L}'’]*)*)(?:['’]s)?\s+(?:[Mm]ayor|[Tt]own\s+[Hh]all)\b|\b(?:maire|mairie|mayor\s+of)\s+(?:de\s+|d['’]\s*)?(\p{Lu}[\p{L}'’]+(?:-\p{L}[\p{L}'’]*)*)/gu;

/** The position stands in a picture caption's line (see isCaptionLine). */
function inCaptionLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return isCaptionLine(text.slice(from, nl < 0 ? text.length : nl));
}

function passagePlace(text: string, e: ExtractedEvent): { mention: PlaceMention; place: ResolvedPlace } | null {
  const first = e.evidence[0];
  if (!first) return null;
  let from = text.lastIndexOf('\n', first.start - 1);
  from = from <= 0 ? 0 : text.lastIndexOf('\n', from - 1) + 1;
  const zones: Array<[number, number]> = [[from, first.end], [0, Math.min(text.length, 400)]];
  let seat: { mention: PlaceMention; place: ResolvedPlace } | null = null;
  // ("Two Lives Lost in Sevran … outside Paris": a town told as what the place was near is the last resort.)
  let landmark: { mention: PlaceMention; place: ResolvedPlace } | null = null;
  for (const [a, b] of zones) {
    const found: Array<{ mention: PlaceMention; place: ResolvedPlace }> = [];
    const zone = text.slice(a, b);
    CAPITALISED_NAME.lastIndex = 0;
    for (let m = CAPITALISED_NAME.exec(zone); m; m = CAPITALISED_NAME.exec(zone)) {
      // "le quartier des Moulins": a district's name, not the town of Moulins.
      if (DISTRICT_BEFORE.test(zone.slice(Math.max(0, m.index - 30), m.index)) || districtCompound(text, a + m.index, LOCALITY_HEADS)) continue;
      const p = geocode(m[0]);
      if (!p || p.country !== 'FR' || (p.precision !== 'commune' && p.precision !== 'arrondissement')) continue;
      const mention = { text: m[0], start: a + m.index, end: a + m.index + m[0].length };
      // "né à Tunis", "un détenu de la prison de Béziers", "transporté à l'hôpital de Nîmes": not where the act was.
      if (notEventCueBefore(text, NOT_EVENT_PLACE_CUES, mention.start)) continue;
      // "le fourgon qui le ramenait du palais de justice de Rouen vers la prison d'Évreux": an end of the journey.
      if (INCIDENT_LEXICONS.some((lex) => routeEnd(text, lex, mention.start, mention.end))) continue;
      // "rue de Paris", "métro porte de Valenciennes": a street or a station named after a town; "(04H15 à Paris)".
      if (STREET_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start)) || provenance(text, mention.start)) continue;
      // (Where a suspect was arrested, "appréhendé à la gare de Marseille", is not where he shot.)
      if (FAMILY[e.type] === 'violence' && hasPhrase(text, ARREST_PLACE_CUES, Math.max(0, mention.start - 30), mention.start)) continue;
      // "le parquet de Meaux": the court's seat is not where the act happened, but a prosecutor's court serves
      // part of one département, so the act happened there.
      if (atJurisdictionSeat(text, mention.start)) {
        const dep: ResolvedPlace | null = p.departement !== null && !seat ? departementPlace(p.departement) : null;
        if (dep) seat = { mention, place: dep };
        continue;
      }
      // (A picture's caption places the picture, often an archive one: "FILE PHOTO: An anti-drug raid in Marseille".)
      if (inCaptionLine(text, mention.start)) continue;
      // (A compound name, "Pointe-à-Pitre", "Bois-d'Arcy", is no word of the language: a small town named so is that town.)
      if ((p.population ?? 0) < PASSAGE_TOWN_POPULATION && !(/[\s-]/u.test(m[0]) && fold(p.name ?? "") === fold(m[0]))) continue;
      if (NEAR_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start))) {
        landmark ??= { mention, place: p };
        continue;
      }
      found.push({ mention, place: p });
    }
    // "Avallon Mayor Jamilah H.", "the mayor of Avallon", "le maire d'Avallon": the town a mayor serves, whatever its size.
    for (const m of zone.matchAll(MAYOR_TOWN)) {
      const name = m[1] ?? m[2]!;
      const start = a + m.index! + m[0].indexOf(name);
      if (found.some((f) => f.mention.start === start) || inCaptionLine(text, start)) continue;
      const p = geocode(name);
      if (p && p.country === 'FR' && (p.precision === 'commune' || p.precision === 'arrondissement')) found.push({ mention: { text: name, start, end: start + name.length }, place: p });
    }
    const { folded, origin } = foldMapped(zone);
    for (const key of districtKeys) {
      const at = folded.indexOf(key);
      if (at < 0 || /[a-z0-9]/.test(folded[at - 1] ?? '') || /[a-z0-9]/.test(folded[at + key.length] ?? '')) continue;
      const p = geocode(key);
      const start = a + origin[at]!;
      const end = a + origin[at + key.length - 1]! + 1;
      if (p) found.push({ mention: { text: text.slice(start, end), start, end }, place: p });
    }
    if (found.length) return found.sort((x, y) => y.mention.start - x.mention.start)[0]!;
  }
  return seat ?? landmark;
}

/** The département with the given code as a place of its own (precision 'departement'), or null. */
function departementPlace(code: string): ResolvedPlace | null {
  const info = departementInfo(code);
  const p = info ? geocode(info.name) : null;
  return p && p.precision === 'departement' && p.departement === code ? p : null;
}

/**
 * The text folded one character at a time (accents off, lower case, separators as spaces) with, for each folded
 * character, the offset of the character it came from: a match in the folded text maps back to the stored text.
 */
function foldMapped(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const f = /[\p{L}\p{N}]/u.test(ch) ? ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : ' ';
    for (const c of f) {
      folded += c;
      origin.push(i);
    }
  }
  return { folded, origin };
}

/**
 * "le quartier de Maurepas (à Rennes)": a district named after a word for one, and not a district the gazetteer knows,
 * is not the commune of that name elsewhere (Maurepas, Yvelines): the event takes its place from its passage instead.
 */
function homonymDistrict(text: string, m: PlaceMention): boolean {
  // ("le quartier de Lille-Moulins": the district named with its city.)
  if (hyphenedDistrict(m.text)) return false;
  if (districtCompound(text, m.start, LOCALITY_HEADS)) return true;
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  if (!DISTRICT_BEFORE.test(before)) return false;
  // "the Malakoff district of Nantes": the district is named before its head word, and the name after is its town.
  if (NAMED_HEAD_OF.test(before)) return false;
  // "certains quartiers de Pau": districts of the town named, not a district's name.
  if (DISTRICTS_OF_TOWN.test(before)) return false;
  // "à Châteaubœuf, un quartier de Fort-de-France", "in Pissevin, a poor district of Nîmes": one district of the town.
  if (A_DISTRICT_OF_TOWN.test(before)) return false;
  const key = fold(m.text);
  const known = DISTRICTS.filter(([name]) => {
    const k = fold(name);
    return k === key || k.endsWith(` ${key}`);
  });
  if (!known.length) return true;
  // "à Lille, dans le quartier de Moulins": a known district's name (Les Moulins, in Nice) under the town just named,
  // another one, is that town's district.
  const town = TOWN_BEFORE_DISTRICT.exec(text.slice(Math.max(0, m.start - 80), m.start));
  return town !== null && !known.some(([, city]) => fold(city) === fold(town[1]!));
}

/** "à Lille, dans le quartier de ", "in Lille, in the district of ": the town named right before a district. */
const TOWN_BEFORE_DISTRICT = /(?<![\p{L}])(?:à|in|at)\s+(\p{Lu}[\p{L}'’]+(?:[\s-]\p{Lu}[\p{L}'’]+)*)\s*(?:\([^()]{1,40}\)\s*)?,[^,.;()]{0,40}$/u;

/** "certains quartiers de ", "the estates of ": a word for districts in the plural, before their town. ("une cité de Maurepas" may be a cité in the Maurepas district.) */
const DISTRICTS_OF_TOWN = /(?:quartiers|cités|districts|estates|neighbou?rhoods)\s+(?:de|d['’]|du|of|in)\s*$/iu;

/** "un quartier de ", "un quartier populaire de ", "ce quartier de ", "a district of ": one district of the town named after it. */
const A_DISTRICT_OF_TOWN = /(?<![\p{L}])(?:un|a|an|ce|this|that)\s+(?:quartier|district|neighbou?rhood)(?:\s+\p{L}+)?\s+(?:de|d['’]|du|of|in)\s*$/iu;

/** "the Malakoff district of ", "the Minguettes estate in ": an English district's name, its head word, then its town. */
const NAMED_HEAD_OF = /\p{Lu}[\p{L}'’-]+\s+(?:district|estate|housing estate|neighbou?rhood|quarter)\s+(?:of|in)\s+(?:the\s+)?$/u;

/** First arrondissement code of each city that has them. */
const ARRONDISSEMENT_BASE: Record<string, number> = { '13055': 13201, '75056': 75101, '69123': 69381 };
const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };
// "15e arrondissement", "XIVe arrondissement", "the 14th district", "13ème arr."
// ("le onzième arrondissement", "the eleventh arrondissement": the ordinal written as a word.)
const ORDINAL_WORDS: Record<string, number> = Object.fromEntries([
  ['premier', 'first'], ['deuxième', 'second'], ['troisième', 'third'], ['quatrième', 'fourth'], ['cinquième', 'fifth'],
  ['sixième', 'sixth'], ['septième', 'seventh'], ['huitième', 'eighth'], ['neuvième', 'ninth'], ['dixième', 'tenth'],
  ['onzième', 'eleventh'], ['douzième', 'twelfth'], ['treizième', 'thirteenth'], ['quatorzième', 'fourteenth'],
  ['quinzième', 'fifteenth'], ['seizième', 'sixteenth'], ['dix-septième', 'seventeenth'], ['dix-huitième', 'eighteenth'],
  ['dix-neuvième', 'nineteenth'], ['vingtième', 'twentieth'],
].flatMap(([fr, en], i) => [[fr!, i + 1], [en!, i + 1]]));
const ARR_MENTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(\d{1,2}|[IVXivx]{1,5})\s?(?:e|ème|eme|er|è|ᵉ|ᵉʳ|th|st|nd|rd)|(${Object.keys(ORDINAL_WORDS).sort((x, y) => y.length - x.length).join('|')}))\s+(?:arrondissement|district|arr\.)`,
  'gu',
);
/** How far before an arrondissement a cue may say it is not the act's ("retrouvé carbonisé dans la soirée dans le 16e"). */
const BURNT_CAR_WINDOW = 60;

function romanOrArabic(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const word = ORDINAL_WORDS[s.toLowerCase()];
  if (word !== undefined) return word;
  let total = 0;
  const l = s.toLowerCase();
  for (let i = 0; i < l.length; i++) {
    const v = ROMAN[l[i]!]!;
    const next = ROMAN[l[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total || null;
}

/** Folded district words and links before a quartier's name without its article. */
const DISTRICT_WORDS = ['cite des', 'cite de la', 'cite du', 'cite de l', 'quartier des', 'quartier de la', 'quartier du', 'quartier de l', 'residence des', 'residence de la', 'residence du'];
const DISTRICT_WORDS_AFTER = ['estate', 'housing estate', 'district', 'neighbourhood', 'neighborhood', 'housing project', 'project'];
const quartierIndex = new Map<string, Array<{ key: string; n: number }>>();

/** The city's quartier names, folded, longest first. */
/** City code and folded key of a quartier (with or without its article, after a district word) → its name as listed. */
const QUARTIER_NAMES = new Map<string, string>();

function quartiersOf(city: string): Array<{ key: string; n: number }> {
  let list = quartierIndex.get(city);
  if (!list) {
    list = [];
    for (const [n, names] of Object.entries(QUARTIERS[city] ?? {})) {
      for (const name of names) {
        const key = fold(name);
        list.push({ key, n: Number(n) });
        QUARTIER_NAMES.set(`${city}|${key}`, name);
        // "la cité des Iris" for "Les Iris", "quartier de la Busserine" for "La Busserine": the name without its
        // article, after a district word.
        const bare = key.replace(/^(?:les|la|le|l) /, '');
        if (bare !== key) {
          for (const head of DISTRICT_WORDS) {
            list.push({ key: `${head} ${bare}`, n: Number(n) });
            QUARTIER_NAMES.set(`${city}|${head} ${bare}`, name);
          }
          // "the Busserine estate", "the Iris district": English drops the article and puts the head word after.
          for (const tail of DISTRICT_WORDS_AFTER) {
            list.push({ key: `${bare} ${tail}`, n: Number(n) });
            QUARTIER_NAMES.set(`${city}|${bare} ${tail}`, name);
          }
        }
      }
    }
    list.sort((a, b) => b.key.length - a.key.length);
    quartierIndex.set(city, list);
  }
  return list;
}

/**
 * An event placed in Marseille, Paris or Lyon at city level is put in its arrondissement when its own sentences
 * state one ("dans le 15e arrondissement", "XIVe", "the 14th district") or name a quartier or cité of a known
 * arrondissement (src/resolve/geo/quartiers.ts). The first stated arrondissement wins; a quartier only when no number
 * is stated.
 */
function inArrondissement(place: ResolvedPlace, e: ExtractedEvent, text: string, story: readonly ExtractedEvent[] = []): ResolvedPlace {
  if (place.precision !== 'commune' || !place.commune_insee) return place;
  const base = ARRONDISSEMENT_BASE[place.commune_insee];
  if (base === undefined) return place;
  const at = (n: number | null): ResolvedPlace | null => {
    if (n === null || n < 1) return null;
    const p = communeByInsee(String(base + n - 1));
    return p && p.commune_insee?.startsWith(place.commune_insee!.slice(0, 2)) ? p : null;
  };
  // The event's sentences, then what follows them in their paragraph (where a report says "les faits se sont
  // déroulés … dans le 10e arrondissement").
  const last = e.evidence[e.evidence.length - 1];
  const lineEnd = last ? text.indexOf('\n', last.end) : -1;
  // (Into the next paragraph too: a report often gives the where in the paragraph after the what.)
  const nextEnd = lineEnd < 0 ? text.length : text.indexOf('\n', lineEnd + 1) < 0 ? text.length : text.indexOf('\n', lineEnd + 1);
  const after = last ? text.slice(last.end, Math.min(nextEnd, last.end + DEFAULT_ARRONDISSEMENT_WINDOW)) : '';
  // Last, what precedes them in their paragraph ("C'est dans la cité X, dans le XIVe, que la fusillade a eu lieu.").
  const first = e.evidence[0];
  const lineStart = first ? text.lastIndexOf('\n', first.start - 1) + 1 : 0;
  const before = first ? text.slice(Math.max(lineStart, first.start - DEFAULT_ARRONDISSEMENT_WINDOW), first.start) : '';
  // The whole span the event's sentences cover (a sentence between them often says where).
  const span = first && last ? text.slice(first.start, last.end) : '';
  const passages = [span, after, before];
  const offsets = [first?.start ?? 0, last?.end ?? 0, first ? Math.max(lineStart, first.start - DEFAULT_ARRONDISSEMENT_WINDOW) : 0];
  // ("Plus loin, cette nuit encore, trois mineurs ont été touchés dans cette rue du deuxième arrondissement": a
  // sentence nearby that tells another act of the story gives that act's arrondissement, not this one's.)
  const inside = (x: ExtractedEvent, at: number) => x.evidence.some((v) => v.start <= at && at < v.end);
  const otherAct = (at: number) => !inside(e, at) && story.some((o) => o !== e && inside(o, at));
  for (const [k, t] of passages.entries()) {
    // (Not where the getaway car was found burnt: "leur véhicule a été retrouvé carbonisé dans le 16e arrondissement".)
    for (const m of t.matchAll(ARR_MENTION)) {
      const clause = Math.max(0, m.index! - BURNT_CAR_WINDOW, t.lastIndexOf('.', m.index!) + 1);
      if (hasPhrase(t, NOT_EVENT_PLACE_CUES, clause, m.index!)) continue;
      if (otherAct(offsets[k]! + m.index!)) continue;
      const p = at(romanOrArabic(m[1] ?? m[2]!));
      if (p) return p;
    }
  }
  const quartiers = quartiersOf(place.commune_insee);
  for (const t of passages) {
    const folded = ` ${fold(t)} `;
    const hit = quartiers.find((q) => folded.includes(` ${q.key} `));
    const p = hit ? at(hit.n) : null;
    if (p) return p;
  }
  return place;
}

/** A région or a département: a commune inside it, named too, says more. */
const wide = (p: ResolvedPlace): boolean => p.precision === 'region' || p.precision === 'departement';
const inside = (town: ResolvedPlace, area: ResolvedPlace): boolean =>
  town.country === area.country && (area.precision === 'region' ? town.region === area.region : town.departement === area.departement);

/** How far after an event's evidence a sharper place may still be named ("The attack took place at the X toll gate…"). */
const DEFAULT_SHARPEN_WINDOW = 400;
/** "at/in/near/à/près de" + capitalised words: places the entity extractor may not have typed as such. */
const PLACE_AFTER_PREPOSITION = /(?<![\p{L}])(?:at|in|near|outside|à|au|près de|aux abords de)\s+(?:the\s+|la\s+|le\s+|l['’])?((?:\p{Lu}[\p{L}'’-]+)(?:[\s-]+(?:\p{Lu}[\p{L}'’-]+|toll gate|prison|péage))*)/gu;

/**
 * "sur le territoire du Lamentin", "sur la commune de Grigny": the administrative way to say in which commune it
 * happened. The article folded into "du"/"des" belongs to the name ("du Lamentin" is Le Lamentin, not Guadeloupe's
 * Lamentin).
 */
const TERRITORY_OF = /\b(?:sur|dans)\s+(?:le\s+territoire|la\s+commune)(?:\s+de\s+la\s+commune)?\s+(de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])(\p{Lu}[\p{L}'’-]+(?:[\s-]+\p{Lu}[\p{L}'’-]+)*)/gu;
const ARTICLE_OF: Record<string, string> = { 'du ': 'Le ', 'des ': 'Les ', 'de la ': 'La ', "de l'": "L'" };

/** "près du pont de Castirla", "at the Incarville junction": a landmark named by the town it stands in. */
const LANDMARK_OF_PLACE = /(?<![\p{L}])(?:près\s+du|près\s+de\s+la|au|à\s+la|sur\s+la|sur\s+le|dans\s+le|near\s+the|at\s+the|on\s+the|in\s+the)\s+(?:pont|col|carrefour|rond-point|hameau|village|lieu-dit|route|sortie|entrée|bridge|hamlet|village|junction|road|exit)\s+(?:de\s+|d['’]|du\s+|of\s+)((?:\p{Lu}[\p{L}'’-]+)(?:[\s-]+\p{Lu}[\p{L}'’-]+)*)/gu;

/**
 * A report often places an event vaguely in its first sentence ("in Normandy") and precisely in the next ("at the
 * Incarville toll gate in the Eure"). A commune named just after the evidence, inside the région or département
 * the event was placed in, sharpens the place; anything outside it, or a vague 'area', is left alone.
 */
function sharpen(place: ResolvedPlace, e: ExtractedEvent, text: string, entities: EntityMention[], nearby: string[]): ResolvedPlace {
  // "In a tragic incident in north-east France, … opened fire at a wedding ceremony in Thionville": a part of the
  // country is sharpened too, by a town its own sentence names (not further on: there it may be anything).
  const countryPart = place.precision === 'area' && place.region === null && place.departement === null && place.country !== null;
  if (place.precision !== 'region' && place.precision !== 'departement' && !countryPart) return place;
  // The evidence itself (a merged event holds the precise sentence too) and what follows it.
  // From the sentence that names the vague place to a short way past it: further on, a town may be anything (the
  // prison a fugitive came from, a suspect's home).
  const named = e.place_mention ? e.evidence.find((ev) => ev.start <= e.place_mention!.start && e.place_mention!.end <= ev.end) : undefined;
  const from = named?.start ?? Math.min(...e.evidence.map((ev) => ev.start));
  const to = (named?.end ?? Math.max(...e.evidence.map((ev) => ev.end))) + (countryPart ? 0 : DEFAULT_SHARPEN_WINDOW);
  const window = text.slice(from, to);
  // In reading order: the first commune named after the vague one is where the text goes on to place the event.
  const candidates = [
    ...entities.filter((m) => m.type === 'place' && m.start >= from && m.start < to).map((m) => ({ at: m.start, name: text.slice(m.start, m.end) })),
    ...[...window.matchAll(PLACE_AFTER_PREPOSITION)].map((m) => ({ at: from + m.index! + m[0].length - m[1].length, name: m[1] })),
    ...[...window.matchAll(LANDMARK_OF_PLACE)].map((m) => ({ at: from + m.index! + m[0].length - m[1]!.length, name: m[1]! })),
    ...[...window.matchAll(TERRITORY_OF)].map((m) => ({ at: from + m.index! + m[0].length - m[2]!.length, name: `${ARTICLE_OF[m[1]!.toLowerCase().replace(/\s+/g, ' ').replace('’', "'")] ?? ''}${m[2]!}` })),
  ].sort((a, b) => a.at - b.at);
  for (const { name, at } of candidates) {
    // "le parquet de Bobigny", "the Marseille prosecutor's office": a court's seat, not where the act happened.
    // ("PARIS (AFP) – A shootout … in western France": a wire's dateline is where the story was filed.)
    if (atJurisdictionSeat(text, at) || atDateline(text, at)) continue;
    // (A part of the country gives way only to a town the act is said to be in: not "taken to hospital in Metz".)
    if (countryPart && (hasPhrase(text, NOT_EVENT_PLACE_CUES, Math.max(from, at - 32), at) || hasPhrase(text, ARREST_PLACE_CUES, Math.max(from, at - 32), at))) continue;
    const p = geocode(name, { nearby, sentence: window });
    if (!p || (p.precision !== 'commune' && p.precision !== 'arrondissement') || p.country !== place.country) continue;
    const inside = countryPart || (place.precision === 'region' ? p.region === place.region : p.departement === place.departement);
    if (inside) return p;
  }
  return place;
}

/**
 * Words of a court, prosecutor or judicial police right before a town's name (French and English), the town
 * possibly the second of two ("la police judiciaire de Meaux et de Melun").
 */
const JURISDICTION_BEFORE = /(?:parquet|tribunal(?:\s+\p{L}+)?|procureure?(?:\s+de\s+la\s+république)?|cour\s+d['’](?:appel|assises)|juridiction|juge|préfecture|police\s+judiciaire|s?r?pj|jirs|court|prosecutors?['’]?s?(?:\s+office)?)\s+(?:de\s+la\s+|de\s+|d['’]|du\s+|of\s+|in\s+)(?:\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*){0,2}\s+(?:et|and)\s+(?:de\s+|d['’])?)?$/iu;

/** The name starting at `at` is a court's or an office's seat. */
/** Every language's cues before a place that is not where an act happened (the extract stage's notEventPlaceCues). */
/** Every language's words for a part of a town (quartier, cité, district, estate). */
const LOCALITY_HEADS = [...new Set(allLanguagePacks().flatMap((p) => p.incidents.localityHeads ?? []))];
const INCIDENT_LEXICONS = allLanguagePacks().map((p) => p.incidents);
const NOT_EVENT_PLACE_CUES = [...new Set(allLanguagePacks().flatMap((p) => p.incidents.notEventPlaceCues ?? []))];
/** Every language's street words right before a name, with their links ("rue de ", "porte d'", "avenue du "). */
const STREET_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${[...new Set(allLanguagePacks().flatMap((p) => p.incidents.streetHeads ?? []))].map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+(?:de\\s+la\\s+|de\\s+|du\\s+|des\\s+|d['’]|of\\s+)?$`,
  'iu',
);
/** Every language's cues before the place of an arrest (the extract stage's arrestPlaceCues). */
const ARREST_PLACE_CUES = [...new Set(allLanguagePacks().flatMap((p) => p.incidents.arrestPlaceCues ?? []))];

/** "PARIS (AFP) –", "MARSEILLE, June 28 (Reuters) -": a place that opens its line as a wire's dateline. */
const DATELINE_TAIL = /^[\p{Lu}'’ -]*\p{Lu}\s*(?:\([^)\n]{1,20}\)|,[^\n()–—-]{1,24}\([^)\n]{1,20}\))\s*[-–—]/u;

function atDateline(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^\s*$/u.test(text.slice(lineStart, at)) && DATELINE_TAIL.test(text.slice(at, at + 80));
}

function atJurisdictionSeat(text: string, at: number): boolean {
  return JURISDICTION_BEFORE.test(text.slice(Math.max(0, at - 70), at));
}

function placeNames(entities: EntityMention[], text: string): string[] {
  const names = new Set<string>();
  for (const m of entities) if (m.type === 'place') names.add(text.slice(m.start, m.end));
  return [...names];
}

/** France's adjectives and name in en/fr: a story written about "French prisons" is set in France. */
const FRANCE_CUE = /\b(?:France|French|français(?:e|es)?|Français(?:e|es)?)\b/;

/** The country most of the story's places are in, or France when the story names it and no other wins. */
function dominantCountry(places: string[], text: string): string | null {
  const votes = new Map<string, number>();
  for (const name of places) {
    const p = geocode(name);
    if (p?.country) votes.set(p.country, (votes.get(p.country) ?? 0) + 1);
  }
  if (FRANCE_CUE.test(text)) votes.set('FR', (votes.get('FR') ?? 0) + 1);
  let best: string | null = null;
  let bestVotes = 0;
  for (const [country, n] of votes) if (n > bestVotes) [best, bestVotes] = [country, n];
  return best;
}

function countryOnly(country: string): ResolvedPlace {
  return {
    name: null,
    commune_insee: null,
    departement: null,
    region: null,
    country,
    lat: null,
    lon: null,
    precision: 'country',
    population: null,
  };
}
