import { describe, expect, it } from 'vitest';
import { COMMON_ABBREVIATIONS, MAX_SENTENCE_CHARS, splitSentences } from './sentences.js';

const abbr = new Set(COMMON_ABBREVIATIONS);

describe('splitSentences', () => {
  it('splits at stops, keeps abbreviations and initials inside, and gives exact offsets', () => {
    const text = 'M. Dupont a été blessé vendredi. Le Dr Martin l’a soigné à Lyon.\nUne enquête est ouverte…';
    const got = splitSentences(text, abbr);
    expect(got.map((s) => s.text)).toEqual([
      'M. Dupont a été blessé vendredi.',
      'Le Dr Martin l’a soigné à Lyon.',
      'Une enquête est ouverte…',
    ]);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('cuts a run-on "sentence" of a scraped page at commas, no piece longer than the bound, nothing lost', () => {
    const text = 'Un homme a été tué par balles à Marseille, ' + 'tué par balles à Marseille, '.repeat(400) + 'a dit la police.';
    const got = splitSentences(text, abbr);
    expect(got.length).toBeGreaterThan(4);
    for (const s of got) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      // Each piece ends after a comma (or at the text's end), never inside a word.
      expect(s.text.endsWith(',') || s.end === text.length).toBe(true);
    }
    expect(got.map((s) => s.text).join(' ')).toBe(text.trim());
  });

  it('cuts a run-on text with no comma at a space, and one with no space at the bound', () => {
    const words = 'mot '.repeat(1500).trim();
    for (const s of splitSentences(words, abbr)) {
      expect(s.text.startsWith('mot') && s.text.endsWith('mot')).toBe(true);
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    }
    const blob = 'x'.repeat(5000);
    expect(splitSentences(blob, abbr).map((s) => s.text.length)).toEqual([2000, 2000, 1000]);
  });
});
