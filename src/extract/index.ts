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
  const errors: string[] = [];
  // One extractor failing on odd text leaves the others' records; the failure is reported, never swallowed.
  const safe = <T>(stage: string, run: () => T[]): T[] => {
    try {
      return run();
    } catch (err) {
      errors.push(`${stage}: ${(err as Error)?.message ?? String(err)}`);
      return [];
    }
  };
  const entities = safe<EntityMention>('entities', () => extractEntities(text, kit));
  const events = safe<ExtractedEvent>('incidents', () => extractEvents(text, kit, { published: input.published, sentences, entities }));
  const incidents = events.flatMap((e) => e.evidence);
  const claims = safe<ExtractedClaim>('figures', () => extractClaims(text, kit, { published: input.published, sentences, incidents }));
  return errors.length ? { events, claims, entities, errors } : { events, claims, entities };
}
