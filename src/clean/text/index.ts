// Text cleaning entry point: drops boilerplate lines of a scrape and splits what remains into stories.

import type { StoryDraft } from '../../core/types.js';
import { readLines } from './lines.js';
import { segmentLines } from './segment.js';

export { fold, squashSpaces } from './fold.js';

/**
 * Drops boilerplate lines/blocks and splits what remains into stories (first story = the main article).
 * Works on raw text scrapes and on the HTML extractor's output (one block per line). Returns [] when no text is left.
 */
export function segmentText(text: string, opts: { title?: string | null; fromHtml?: boolean } = {}): StoryDraft[] {
  const fromHtml = opts.fromHtml ?? false;
  return segmentLines(readLines(text, fromHtml), opts.title ?? null, fromHtml);
}
