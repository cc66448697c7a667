// Classify stage: language and relevance to drug trafficking of each story.

import type { ClassifiedStory, StoryDraft } from '../core/types.js';
import { detectLanguage } from './language.js';
import { fictionStory, scoreRelevance, scoreStoryRelevance } from './relevance.js';
import { storySetting } from './setting.js';

export { detectLanguage } from './language.js';
export { DEFAULT_RELEVANCE_THRESHOLD, scoreRelevance, scoreStoryRelevance } from './relevance.js';

/** Adds language and relevance to a story; its title counts as title even when the text does not repeat it. */
export function classifyStory(story: StoryDraft): ClassifiedStory {
  const language = detectLanguage(story.title ? `${story.title}\n${story.text}` : story.text);
  let text = story.text;
  // The main story's text usually opens with its title line: do not count that line twice.
  if (story.title && text.startsWith(story.title)) text = text.slice(story.title.length).replace(/^\n/, '');
  const relevance = story.title ? scoreStoryRelevance(story.title, text, language) : scoreRelevance(text, language);
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
