// The resolve stage: places as written become places on the map (offline French geography and countries).
import type { EntityMention, ExtractedEvent, ResolvedPlace, StoryExtraction } from '../core/types.js';
import { geocode } from './geo/index.js';

/**
 * Geocodes each event's place mention, using the story's other places as context for ambiguous names.
 * An event with no place of its own is placed, by inference, in the country its story is set in — with a null
 * name and precision 'country', so it is never mistaken for a place the text states.
 */
export function resolveStory(text: string, extraction: StoryExtraction): StoryExtraction {
  const nearby = placeNames(extraction.entities, text);
  let storyCountry: string | null | undefined;
  const events: ExtractedEvent[] = extraction.events.map(({ place_context, ...e }) => {
    const sentence = e.evidence[0]?.text;
    const place = e.place_mention ? geocode(e.place_mention.text, { nearby, sentence }) : null;
    if (place) return { ...e, place: sharpen(place, e, text, extraction.entities, nearby) };
    // No place of its own: the nearest place of the story that is one (its mention becomes the evidence).
    for (const m of place_context ?? []) {
      const p = geocode(m.text, { nearby, sentence: text.slice(Math.max(0, m.start - 80), m.end + 80) });
      if (p && p.precision !== 'country' && p.precision !== 'area') return { ...e, place_mention: m, place: sharpen(p, e, text, extraction.entities, nearby) };
    }
    storyCountry ??= dominantCountry(nearby, text);
    return { ...e, place: storyCountry ? countryOnly(storyCountry) : null };
  });
  return { ...extraction, events };
}

/** How far after an event's evidence a sharper place may still be named ("The attack took place at the X toll gate…"). */
const DEFAULT_SHARPEN_WINDOW = 400;
/** "at/in/near/à/près de" + capitalised words: places the entity extractor may not have typed as such. */
const PLACE_AFTER_PREPOSITION = /\b(?:at|in|near|outside|à|au|près de|aux abords de)\s+(?:the\s+|la\s+|le\s+|l['’])?((?:\p{Lu}[\p{L}'’-]+)(?:[\s-]+(?:\p{Lu}[\p{L}'’-]+|toll gate|prison|péage))*)/gu;

/**
 * A report often places an event vaguely in its first sentence ("in Normandy") and precisely in the next ("at the
 * Incarville toll gate in the Eure"). A commune named just after the evidence, inside the région or département
 * the event was placed in, sharpens the place; anything outside it, or a vague 'area', is left alone.
 */
function sharpen(place: ResolvedPlace, e: ExtractedEvent, text: string, entities: EntityMention[], nearby: string[]): ResolvedPlace {
  if (place.precision !== 'region' && place.precision !== 'departement') return place;
  // The evidence itself (a merged event holds the precise sentence too) and what follows it.
  // From the sentence that names the vague place to a short way past it: further on, a town may be anything (the
  // prison a fugitive came from, a suspect's home).
  const named = e.place_mention ? e.evidence.find((ev) => ev.start <= e.place_mention!.start && e.place_mention!.end <= ev.end) : undefined;
  const from = named?.start ?? Math.min(...e.evidence.map((ev) => ev.start));
  const to = (named?.end ?? Math.max(...e.evidence.map((ev) => ev.end))) + DEFAULT_SHARPEN_WINDOW;
  const window = text.slice(from, to);
  // In reading order: the first commune named after the vague one is where the text goes on to place the event.
  const candidates = [
    ...entities.filter((m) => m.type === 'place' && m.start >= from && m.start < to).map((m) => ({ at: m.start, name: text.slice(m.start, m.end) })),
    ...[...window.matchAll(PLACE_AFTER_PREPOSITION)].map((m) => ({ at: from + m.index! + m[0].length - m[1].length, name: m[1] })),
  ].sort((a, b) => a.at - b.at);
  for (const { name } of candidates) {
    const p = geocode(name, { nearby, sentence: window });
    if (!p || (p.precision !== 'commune' && p.precision !== 'arrondissement') || p.country !== place.country) continue;
    const inside = place.precision === 'region' ? p.region === place.region : p.departement === place.departement;
    if (inside) return p;
  }
  return place;
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
