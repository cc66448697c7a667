// Classify stage: language and relevance to drug trafficking of each story.

import type { ClassifiedStory, StoryDraft } from '../core/types.js';
import { detectLanguage } from './language.js';
import { fictionStory, scoreRelevance, scoreStoryRelevance } from './relevance.js';
import type { RelevanceScorer } from './relevance-model.js';
import { storySetting } from './setting.js';

export { detectLanguage } from './language.js';
export { DEFAULT_RELEVANCE_THRESHOLD, scoreRelevance, scoreStoryRelevance } from './relevance.js';

/**
 * Adds language and relevance to a story; its title counts as title even when the text does not repeat it. A
 * language hint (the source's) is taken only when the text is too short to tell.
 */
export function classifyStory(story: StoryDraft, languageHint?: string, model?: RelevanceScorer | null): ClassifiedStory {
  const detected = detectLanguage(story.title ? `${story.title}\n${story.text}` : story.text);
  const language = detected === 'und' && languageHint ? languageHint : detected;
  let text = story.text;
  // The main story's text usually opens with its title line: do not count that line twice.
  if (story.title && text.startsWith(story.title)) text = text.slice(story.title.length).replace(/^\n/, '');
  // (`model` undefined: the shipped learned model, see relevance-model.ts.)
  const relevance = story.title ? scoreStoryRelevance(story.title, text, language, model) : scoreRelevance(text, language, model);
  // A series, a film or a novel about the trade, or its review: drug words galore, and no news.
  if (relevance.relevant && fictionStory(story.title ? `${story.title}\n${text}` : text)) {
    return { ...story, language, relevance: { ...relevance, relevant: false, terms: [...relevance.terms, 'fiction or review'] } };
  }
  // Drug violence set abroad only is off Vigie's map (France, overseas included): kept as a story, not relevant.
  if (relevance.relevant && storySetting(story.title ? `${story.title}\n${text}` : text) === 'abroad') {
    return { ...story, language, relevance: { ...relevance, relevant: false, terms: [...relevance.terms, 'set abroad'] } };
  }
  return { ...story, language, relevance };
}
