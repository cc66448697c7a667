// Periods of windows ending at the time of writing (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { periodLabel, rolling } from './period.js';
import { localeKit } from '../locales/index.js';
import { extractClaims } from './index.js';

describe('window labels (claims helper)', () => {
  it('dates a window of up to a month by the month it ends in', () => {
    // "in under a month", told on 25 August: August.
    expect(periodLabel(rolling(1, 'month', '2021-08-25'))).toBe('2021-08');
  });

  it('writes no label for a window of months straddling two years, "past year" for a rolling year', () => {
    // "en huit mois": no calendar period.
    expect(periodLabel(rolling(8, 'month', '2016-07-10'))).toBeNull();
    expect(periodLabel(rolling(1, 'year', '2019-10-02'))).toBe('past year');
    // Inside one year it is part of that year.
    expect(periodLabel(rolling(3, 'month', '2022-11-15'))).toBe('2022');
  });

  it('counts a window back from the first day of a publication known only by its month', () => {
    // "en un mois", told some day of May 2022: it may have begun in April.
    expect(rolling(1, 'month', '2022-05')).toEqual({ kind: 'rolling', start: '2022-04-01', end: '2022-05-31' });
    expect(periodLabel(rolling(1, 'month', '2022-05'))).toBe('2022');
  });
});

describe('running counts told with no period', () => {
  const periods = (text: string, published: string) => extractClaims(text, localeKit('en'), { published }).map((c) => [c.value, c.unit, c.period]);
  it("count the year they are told in, not the year the story's lead recalls", () => {
    const text =
      'The year 2022 had been particularly deadly in Marseille.\n\nA teenager was shot dead over the weekend in Marseille. He is the 18th victim of settling scores in the city.';
    expect(periods(text, '2023-05-09')).toContainEqual([18, 'rank', '2023']);
  });

  it("leave a rank that counts no acts undated ('France ranks 7th in Europe')", () => {
    const text = 'France ranks 7th in Europe for cocaine consumption, according to the report.';
    expect(periods(text, '2023-05-09').filter((r) => r[0] === 7).map((r) => r[2])).toEqual([null]);
  });
});
