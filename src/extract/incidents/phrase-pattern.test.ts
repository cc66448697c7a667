import { describe, expect, it } from 'vitest';
import { findPhrases, hasPhrase, phraseRegex, usesWordIndex } from './phrase-pattern.js';

const LIST = ['shot dead', 'shot', 'shoot*', "enlèvement d'", 'set fire to', 'Molotov cocktail'];
const TEXT = "Two men were shot dead; a poorly-shot video, SHOOTINGS, an enlèvement d'otage and a molotov cocktail. They set\u00a0fire  to cars.";

/** What the plain alternation finds: the reference the word index must reproduce. */
function byRegex(text: string, phrases: string[]): string[] {
  const re = phraseRegex(phrases);
  return [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
}

describe('phrase matching on the first-word index', () => {
  it('finds what the plain regex finds, longest phrase first, whole words only', () => {
    expect(usesWordIndex(LIST)).toBe(true);
    const got = findPhrases(TEXT, LIST).map((h) => `${h.start}:${h.text}`);
    expect(got).toEqual(byRegex(TEXT, LIST));
    expect(got.map((g) => g.split(':')[1])).toEqual(['shot dead', 'SHOOTINGS', "enlèvement d'", 'molotov cocktail', 'set\u00a0fire  to']);
  });
  it('reads a range as its own text', () => {
    const at = TEXT.indexOf('dead');
    expect(hasPhrase(TEXT, ['dead'], at + 1)).toBe(false);
    expect(hasPhrase(TEXT, ['ead'], at + 1)).toBe(true);
    expect(findPhrases(TEXT, ['shot'], 0, TEXT.indexOf('dead')).map((h) => h.text)).toEqual(['shot']);
  });
});
