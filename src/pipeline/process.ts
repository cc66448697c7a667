// One document through the CPU-bound stages: clean → classify → extract → resolve. Pure: no I/O, no clock.
import { classifyStory } from '../classify/index.js';
import { cleanDocument } from '../clean/index.js';
import type { RawDocument } from '../core/types.js';
import { extractStory } from '../extract/index.js';
import { resolveStory } from '../resolve/index.js';
import { contentHash, formerIdentityOf, identityOf, storedSource } from './identity.js';
import type { ProcessedDocument, ProcessedStory } from './types.js';

export { contentHash, identityOf } from './identity.js';

export interface ProcessOptions {
  /** false: stop after classification (benchmarks measuring the foundation alone). Default true. */
  extract?: boolean;
}

/**
 * Longest story the extractors are run on, in characters. A news story, even a long investigation, is well under
 * 100,000; a page that is 20 MB of one text holds hundreds of thousands of sentences, and the records found in them
 * would outgrow a worker's heap. Such a story is stored, searchable, without records, and ingest says why.
 */
export const MAX_EXTRACTED_STORY_CHARS = 1_000_000;

const millions = (n: number): string => `${(n / 1e6).toFixed(1)} million`;

export function processDocument(doc: RawDocument, hash = contentHash(doc), options: ProcessOptions = {}): ProcessedDocument {
  const extract = options.extract ?? true;
  const cleaned = cleanDocument(doc);
  const notes = [...(cleaned.notes ?? [])];
  const stories: ProcessedStory[] = cleaned.stories.map((draft, i) => {
    const story = classifyStory(draft, doc.languageHint);
    if (!story.relevance.relevant || !extract) return { ...story, extraction: null };
    if (story.text.length > MAX_EXTRACTED_STORY_CHARS) {
      notes.push(
        `story ${i + 1} stored without its records: too long to extract (${millions(story.text.length)} characters, limit ${millions(MAX_EXTRACTED_STORY_CHARS)})`,
      );
      return { ...story, extraction: null };
    }
    const extraction = extractStory({ text: story.text, language: story.language, published: doc.meta.published });
    return { ...story, extraction: resolveStory(story.text, extraction) };
  });
  return {
    source: storedSource(doc.source),
    format: doc.format,
    encoding: doc.encoding,
    url: doc.meta.url,
    outlet: doc.meta.outlet,
    published: doc.meta.published,
    title: cleaned.title,
    language: stories[0]?.language ?? 'und',
    contentHash: hash,
    identity: identityOf(doc),
    formerIdentity: formerIdentityOf(doc),
    text: cleaned.text,
    stories,
    ...(notes.length ? { notes } : {}),
  };
}
