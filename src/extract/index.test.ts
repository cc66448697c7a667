import { describe, expect, it } from 'vitest';
import { extractStory } from './index.js';

describe('extractStory', () => {
  it('runs incidents, claims and entities on a French story', () => {
    const text =
      "Un homme de 31 ans a été tué par balle mardi à Nîmes, a indiqué le parquet de Nîmes. Le trafiquant présumé Yanis Rahmani a été interpellé jeudi à Lyon.";
    const x = extractStory({ text, language: 'fr', published: '2024-03-18' });
    expect(x.events.map((e) => e.type)).toEqual(['shooting_homicide', 'police_operation']);
    expect(x.events[0]!.killed).toBe(1);
    expect(x.events[1]!.actors).toContain('Yanis Rahmani');
    expect(x.entities).toContainEqual(expect.objectContaining({ type: 'organisation', name: 'parquet de Nîmes' }));
    expect(Array.isArray(x.claims)).toBe(true);
  });

  it('never throws on odd input', () => {
    const odd = extractStory({ text: '\u0000\n\n«»', language: 'und', published: 'not a date' });
    expect(odd.events).toEqual([]);
    expect(extractStory({ text: undefined as unknown as string, language: 'en', published: null })).toEqual({ events: [], claims: [], entities: [] });
  });
});

describe('extractStory on a page repeating one act thousands of times in one run-on sentence', () => {
  it('reads it (in bounded pieces) and every record quotes the text it came from', () => {
    const text =
      'Police in Grenoble seized 38 kilograms of cannabis resin on Tuesday. "This network supplie' +
      'tué par balles à Marseille, '.repeat(6000) + 'the prosecutor said.';
    const x = extractStory({ text, language: 'en', published: '2024-03-18' });
    expect(x.events.length).toBeGreaterThan(0);
    for (const e of x.events) for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(x.entities.filter((e) => e.name === 'Marseille').length).toBeGreaterThan(1000);
    for (const e of x.entities) expect(text.slice(e.start, e.end).replace(/\s+/g, ' ')).toContain(e.name.split(' ')[0]);
  });
});

describe('extractStory on a page repeating one act on thousands of lines', () => {
  it('reads the first 1,000 trigger hits of the story only', () => {
    const line = 'Un homme a été tué par balles à Nîmes près d\'un point de deal.\n';
    const text = 'Fusillades à Nîmes\n\n' + line.repeat(1500);
    const x = extractStory({ text, language: 'fr', published: '2024-03-18' });
    const ends = x.events.flatMap((e) => e.evidence.map((v) => v.end));
    expect(ends.length).toBeGreaterThan(0);
    // Hit 1,000 is on line 1,000 (one trigger a line): nothing after it is read.
    expect(Math.max(...ends)).toBeLessThanOrEqual('Fusillades à Nîmes\n\n'.length + 1000 * line.length);
  });
});
