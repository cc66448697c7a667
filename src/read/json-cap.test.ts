import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/support/random.js';
import { JsonStringCapper } from './json-cap.js';

/** The value with every string (keys included) cut to its first `max` UTF-16 units, as JSON.parse would return them. */
function capped(value: unknown, max: number): unknown {
  if (typeof value === 'string') return value.slice(0, max);
  if (Array.isArray(value)) return value.map((v) => capped(v, max));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.slice(0, max), capped(v, max)]));
  return value;
}

/** The text fed in pieces of random lengths, as a file's chunks arrive. */
function feedInPieces(text: string, max: number, rnd: () => number): string {
  const capper = new JsonStringCapper(max);
  const out: string[] = [];
  for (let at = 0; at < text.length; ) {
    const next = Math.min(text.length, at + 1 + Math.floor(rnd() * 40));
    out.push(capper.feed(text.slice(at, next)));
    at = next;
  }
  return out.join('');
}

describe('JsonStringCapper', () => {
  it('cuts every string to its first characters, escapes counted as the character they stand for, wherever the pieces end', () => {
    const rnd = seededRandom(7);
    const alphabet = ['a', 'é', '"', '\\', '\n', '\u2028', '😀', '/', '\u0000', '}', '[', ' '];
    const word = () => Array.from({ length: Math.floor(rnd() * 30) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
    for (let round = 0; round < 300; round++) {
      const value = { text: word(), title: word(), list: [word(), 12, null, { [word()]: word() }], n: -1.5e3 };
      const json = JSON.stringify(value);
      // The escapes JSON.stringify does not write (\/ and \u for ordinary letters) are valid too.
      const text = round % 2 ? json.replace(/\//g, '\\/').replace(/a/g, '\\u0061') : json;
      const max = Math.floor(rnd() * 12);
      expect(JSON.parse(feedInPieces(text, max, rnd))).toEqual(capped(value, max));
    }
  });

  it('changes nothing in strings no longer than the cap', () => {
    const text = JSON.stringify({ text: 'Un homme a été tué à "Nîmes".\n', url: 'https://example.org/a' });
    expect(new JsonStringCapper(64).feed(text)).toBe(text);
  });
});
