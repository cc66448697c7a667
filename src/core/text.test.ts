import { describe, it, expect } from 'vitest';
import { foldForMatching, normalizeText } from './text.js';

describe('normalizeText', () => {
  it('turns every Unicode space into a plain space and removes zero-width characters', () => {
    const input = 'Marseille\u00a0: 49\u202fmorts,\u2009dont\u3000un\u200b mineur\u00ad';
    expect(normalizeText(input)).toBe('Marseille : 49 morts, dont un mineur');
  });

  it('unifies line ends and strips control characters but keeps tabs and newlines', () => {
    expect(normalizeText('a\r\nb\rc\u2028d\te\u0007f\u0092g')).toBe('a\nb\nc\nd\tefg');
  });

  it('turns vertical tab and form feed into line breaks instead of gluing the words', () => {
    expect(normalizeText('une\u000bligne\u000cpage')).toBe('une\nligne\npage');
  });

  it('composes to NFC and keeps typographic quotes and dashes', () => {
    const decomposed = 'e\u0301te\u0301 — « règlement de comptes » l’été';
    const out = normalizeText(decomposed);
    expect(out).toBe('été — « règlement de comptes » l’été');
    expect(out.normalize('NFC')).toBe(out);
  });
});

describe('foldForMatching', () => {
  it('lower-cases, strips accents and spells out ligatures', () => {
    expect(foldForMatching('Œuvre  du CŒUR à Évry')).toBe('oeuvre du coeur a evry');
  });

  it('folds typographic quotes and dashes to ASCII and collapses spaces', () => {
    expect(foldForMatching(' l’OFAST\u00a0– «\u202fnarcotrafic\u202f» ')).toBe('l\'ofast - " narcotrafic "');
  });

  it('makes differently typed spellings of a name meet', () => {
    expect(foldForMatching('Gérald Darmanin')).toBe(foldForMatching('GERALD  DARMANIN'));
    expect(foldForMatching('Saint‑Étienne')).toBe(foldForMatching('saint-etienne'));
  });
});
