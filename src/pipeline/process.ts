// One document through the CPU-bound stages: clean → classify → extract → resolve. Pure: no I/O, no clock.
import { createHash } from 'node:crypto';
import { classifyStory } from '../classify/index.js';
import { cleanDocument } from '../clean/index.js';
import type { RawDocument } from '../core/types.js';
import { extractStory } from '../extract/index.js';
import { resolveStory } from '../resolve/index.js';
import type { ProcessedDocument, ProcessedStory } from './types.js';

/** sha256 of the normalised content: two reads of the same document hash the same. */
export function contentHash(doc: RawDocument): string {
  return createHash('sha256').update(doc.format).update('\0').update(doc.content).digest('hex');
}

export function identityOf(doc: RawDocument): string {
  return doc.meta.url ?? doc.source;
}

export function processDocument(doc: RawDocument, hash = contentHash(doc)): ProcessedDocument {
  const cleaned = cleanDocument(doc);
  const stories: ProcessedStory[] = cleaned.stories.map((draft) => {
    const story = classifyStory(draft);
    if (!story.relevance.relevant) return { ...story, extraction: null };
    const extraction = extractStory({ text: story.text, language: story.language, published: doc.meta.published });
    return { ...story, extraction: resolveStory(story.text, extraction) };
  });
  return {
    source: doc.source,
    format: doc.format,
    encoding: doc.encoding,
    url: doc.meta.url,
    outlet: doc.meta.outlet,
    published: doc.meta.published,
    title: cleaned.title,
    language: stories[0]?.language ?? 'und',
    contentHash: hash,
    identity: identityOf(doc),
    text: cleaned.text,
    stories,
  };
}
