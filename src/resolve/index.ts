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
  const events: ExtractedEvent[] = extraction.events.map((e) => {
    const sentence = e.evidence[0]?.text;
    const place = e.place_mention ? geocode(e.place_mention.text, { nearby, sentence }) : null;
    if (place) return { ...e, place };
    storyCountry ??= dominantCountry(nearby, text);
    return { ...e, place: storyCountry ? countryOnly(storyCountry) : null };
  });
  return { ...extraction, events };
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
