// The period of a change told against another period (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { localeKit } from '../locales/index.js';
import { extractClaims } from './index.js';
import { calendar, span, yearOn } from './period.js';

const en = localeKit('en');
const fr = localeKit('fr');
const rows = (kit: typeof en, text: string, published: string) => extractClaims(text, kit, { published }).map((c) => [c.value, c.period]);

describe('changes against a compared period (claims helper)', () => {
  it('dates a change compared with a year by the year after it', () => {
    expect(rows(fr, 'Les saisies de résine de cannabis ont reculé de 12 % par rapport à 2020.', '2022-02-10')).toEqual([[12, '2021']]);
    expect(rows(en, 'Seizures of cannabis resin fell 12% compared with 2020.', '2022-02-10')).toEqual([[12, '2021']]);
  });

  it('moves a period one year on', () => {
    expect(yearOn(calendar('2021')!)).toEqual(calendar('2022'));
    expect(yearOn(calendar('2021-07')!)).toEqual(calendar('2022-07'));
    expect(yearOn(span('2021-01', '2021-07')!)).toEqual(span('2022-01', '2022-07'));
  });
});
