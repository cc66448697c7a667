// The resolve stage: places as written become places on the map (offline French geography and countries).
import type { EntityMention, ExtractedEvent, StoryExtraction } from '../core/types.js';
import { geocode } from './geo/index.js';

/** Geocodes each event's place mention, using the story's other places as context for ambiguous names. */
export function resolveStory(text: string, extraction: StoryExtraction): StoryExtraction {
  const nearby = placeNames(extraction.entities, text);
  const events: ExtractedEvent[] = extraction.events.map((e) => {
    if (!e.place_mention) return e;
    const sentence = e.evidence[0]?.text;
    const place = geocode(e.place_mention.text, { nearby, sentence });
    return { ...e, place };
  });
  return { ...extraction, events };
}

function placeNames(entities: EntityMention[], text: string): string[] {
  const names = new Set<string>();
  for (const m of entities) if (m.type === 'place') names.add(text.slice(m.start, m.end));
  return [...names];
}
