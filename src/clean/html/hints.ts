// Class/id hint matching: compiles the lexicon's word lists once into regexes.
import {
  ALWAYS_DROP_HINTS,
  CALL_TO_ACTION_HINTS,
  EMBED_HINTS,
  MAYBE_CONTENT_HINTS,
  NEGATIVE_HINTS,
  NEGATIVE_TOKENS,
  POSITIVE_HINTS,
  UNLIKELY_HINTS,
} from './lexicon.js';

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function substrings(words: readonly string[]): RegExp {
  return new RegExp(words.map(escape).join('|'));
}

function tokens(words: readonly string[]): RegExp {
  return new RegExp(`(?:^|[\\s_-])(?:${words.map(escape).join('|')})(?:$|[\\s_-])`);
}

const UNLIKELY = substrings(UNLIKELY_HINTS);
const MAYBE = substrings(MAYBE_CONTENT_HINTS);
const POSITIVE = substrings(POSITIVE_HINTS);
const NEGATIVE = substrings(NEGATIVE_HINTS);
const NEGATIVE_TOKEN = tokens(NEGATIVE_TOKENS);
const ALWAYS_DROP = substrings(ALWAYS_DROP_HINTS);
const EMBED = substrings(EMBED_HINTS);
const CALL_TO_ACTION = substrings(CALL_TO_ACTION_HINTS);
const CLASS_WEIGHT = 25;

/** Readability's class weight: +25 for content-like class/id, −25 for furniture-like (hint is lower-cased class + id). */
export function classWeight(hint: string): number {
  if (hint.length < 2) return 0;
  let w = 0;
  if ((NEGATIVE.test(hint) || NEGATIVE_TOKEN.test(hint)) && !EMBED.test(hint)) w -= CLASS_WEIGHT;
  if (POSITIVE.test(hint)) w += CLASS_WEIGHT;
  return w;
}

// Embedded posts often sit in "social-embed" wrappers: the embed wins over the social hint.
export function isUnlikely(hint: string): boolean {
  return hint.length > 1 && (UNLIKELY.test(hint) || NEGATIVE_TOKEN.test(hint)) && !MAYBE.test(hint) && !EMBED.test(hint);
}

export function isAlwaysDrop(hint: string): boolean {
  if (hint.length < 2) return false;
  if (CALL_TO_ACTION.test(hint)) return true;
  return (ALWAYS_DROP.test(hint) || NEGATIVE_TOKEN.test(hint)) && !EMBED.test(hint);
}

export function isEmbed(hint: string): boolean {
  return hint.length > 1 && EMBED.test(hint);
}
