import { describe, expect, it } from 'vitest';
import { languagePack } from '../locales/index.js';
import { placeHits, storyPlace } from './place.js';

const fr = languagePack('fr').claims;
const en = languagePack('en').claims;
const story = (text: string, lex = fr) => storyPlace(text, placeHits(text, lex), lex);

describe('the place a story is about (stories written for these tests)', () => {
  it('is the town its lead names once, with its département as a qualifier, not a rival', () => {
    expect(story("Un homme a été tué par balles jeudi soir à Grigny (Essonne), près d'un point de deal.\nL'Essonne compte plusieurs quartiers touchés.")).toBe('Grigny');
    expect(story('Des tirs ont éclaté samedi à Toulon, sur le parking d\'un centre commercial.')).toBe('Toulon');
  });

  it("leaves out an office's seat, a wire dateline and a district named like a town", () => {
    expect(story("NANTES (AFP) — Trois hommes ont été blessés à Rezé dans la nuit, a indiqué le parquet de Nantes.")).toBe('Rezé');
    const moulins = "Une fusillade a éclaté vendredi aux Moulins, un quartier sensible de Nice, faisant un mort.\nÀ Nice, les habitants du quartier sont inquiets.";
    expect(story(moulins)).toBe('Nice');
    expect(placeHits(moulins, fr).map((h) => h.label)).not.toContain('Moulins');
  });

  it('is France for a story touring many towns, and does not count adjectives as the country', () => {
    expect(story('Les opérations se sont déroulées à Lille, à Lyon, à Nantes, à Rennes et à Metz, selon le ministère.')).toBe('France');
    const local = 'A teenager was shot dead in the southern French city of Marseille on Friday. It was the third killing in Marseille this month, French police said.';
    expect(story(local, en)).toBe('Marseille');
  });
});
