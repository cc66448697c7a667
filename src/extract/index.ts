// The extract stage entry point: sentences once, then incidents, claims and entities, each isolated so odd text never throws.

import type { EntityMention, ExtractedClaim, ExtractedEvent, StoryExtraction } from '../core/types.js';
import { extractClaims } from './claims/index.js';
import type { Sentence } from './common/types.js';
import { extractEntities } from './entities/index.js';
import { extractEvents } from './incidents/index.js';
import { localeKit } from './locales/index.js';

export function extractStory(input: { text: string; language: string; published: string | null }): StoryExtraction {
  const text = typeof input.text === 'string' ? input.text : '';
  const kit = localeKit(input.language ?? 'en');
  let sentences: Sentence[] = [];
  try {
    sentences = kit.sentences(text);
  } catch {
    sentences = [];
  }
  const entities = safe<EntityMention>(() => extractEntities(text, kit));
  const events = safe<ExtractedEvent>(() => extractEvents(text, kit, { published: input.published, sentences, entities }));
  const claims = safe<ExtractedClaim>(() => extractClaims(text, kit, { published: input.published, sentences }));
  return { events, claims, entities };
}

function safe<T>(run: () => T[]): T[] {
  try {
    return run();
  } catch {
    return [];
  }
}
