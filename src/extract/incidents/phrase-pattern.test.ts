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

describe('phrase matching on a range of a longer text', () => {
  // Written for this test: edges fall inside words, on hyphens and inside multi-word phrases.
  const STORY =
    "Un homme a été abattu samedi soir; un autre, shot dead near the port, was set fire to. Des co-accusés ont vu un enlèvement d'otage, puis shootings et tirs. Shot again with a shotgun, reshot by Untel.";
  const PHRASES = ['shot dead', 'shot', 'shoot*', "enlèvement d'", 'set fire to', 'abattu', 'un homme', 'un', 'accusés', 'tirs', 'again'];

  it('finds in text[from, to) exactly what it finds in the slice, whatever the edges', () => {
    let compared = 0;
    for (let from = 0; from < STORY.length; from += 3) {
      for (let to = from; to <= STORY.length; to += 2) {
        const inRange = findPhrases(STORY, PHRASES, from, to).map((h) => `${h.start - from}:${h.text}`);
        const inSlice = findPhrases(STORY.slice(from, to), PHRASES).map((h) => `${h.start}:${h.text}`);
        expect(inRange).toEqual(inSlice);
        expect(hasPhrase(STORY, PHRASES, from, to)).toBe(inSlice.length > 0);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('cuts a phrase that runs past the range end to what fits', () => {
    const at = STORY.indexOf('shot dead');
    expect(findPhrases(STORY, PHRASES, at, at + 'shot dea'.length).map((h) => h.text)).toEqual(['shot']);
    expect(findPhrases(STORY, PHRASES, at, at + 'shot dead'.length).map((h) => h.text)).toEqual(['shot dead']);
    // "co-accusés": the range starts on the hyphen-glued word, which then opens the range's text.
    const co = STORY.indexOf('accusés');
    expect(findPhrases(STORY, PHRASES, co, co + 'accusés ont vu un'.length).map((h) => h.text)).toEqual(['accusés', 'un']);
    expect(findPhrases(STORY, PHRASES, 0, co + 10).map((h) => h.text)).not.toContain('accusés');
  });
});

describe('phrases written with a hyphen', () => {
  it("match 'attempted murder' in 'an attempted-murder investigation', with a plain or a non-breaking hyphen, and 'murder' in neither", () => {
    for (const text of ['An attempted-murder investigation was opened.', 'An attempted\u2011murder investigation was opened.']) {
      expect(findPhrases(text, ['attempted murder'], 0, text.length).map((h) => h.text)).toHaveLength(1);
      expect(findPhrases(text, ['murder'], 0, text.length)).toEqual([]);
    }
  });
});
