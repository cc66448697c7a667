// Windows ending at the time of writing told as "en moins de …", "in under …" (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { localeKit } from '../locales/index.js';
import { extractClaims } from './index.js';

const en = localeKit('en');
const fr = localeKit('fr');
const rows = (kit: typeof en, text: string, published: string) => extractClaims(text, kit, { published }).map((c) => [c.value, c.period, c.timeframe?.kind ?? null]);

describe('windows told "en moins de", "in under" (claims helper)', () => {
  it('reads "en moins de 48 heures" and "in under 48 hours" as a window', () => {
    expect(rows(fr, 'À Nîmes, quatre personnes ont été blessées par balles en moins de 48 heures.', '2022-10-12')).toEqual([[4, '2022-10', 'rolling']]);
    expect(rows(en, 'In Nîmes, four people were wounded by gunfire in under 48 hours.', '2022-10-12')).toEqual([[4, '2022-10', 'rolling']]);
  });

  it('reads "en moins de trois mois" across a new year as a window with no label', () => {
    expect(rows(fr, 'Le quartier a connu neuf fusillades liées au trafic de drogue en moins de trois mois.', '2022-02-03')).toEqual([[9, null, 'rolling']]);
    expect(rows(en, 'The estate has seen nine drug-related shootings in the space of three months.', '2022-02-03')).toEqual([[9, null, 'rolling']]);
  });

  it('reads "over the past decade" and "au cours de la dernière décennie" as a window', () => {
    expect(rows(en, 'Over the past decade, 310 people have been shot dead in drug feuds in Grenoble.', '2021-04-02')).toEqual([[310, null, 'rolling']]);
    expect(rows(fr, 'Au cours de la dernière décennie, 310 personnes ont été abattues dans des règlements de comptes à Grenoble.', '2021-04-02')).toEqual([[310, null, 'rolling']]);
  });

  it('reads a rank before a hyphenated noun phrase ("the 9th drug-related killing")', () => {
    expect(rows(en, 'It was the 9th drug-related killing in Valence since January.', '2021-04-02')).toEqual([[9, '2021', 'to_date']]);
    expect(rows(fr, "C'est le 9e narco-homicide à Valence depuis janvier.", '2021-04-02')).toEqual([[9, '2021', 'to_date']]);
  });

  it('reads "le mois dernier" and "depuis le début du mois" from the month of writing, not the year', () => {
    expect(rows(fr, 'Le mois dernier, sept personnes ont été blessées par balles dans des fusillades à Nîmes.', '2022-03-15')).toEqual([[7, '2022-02', 'calendar']]);
    expect(rows(fr, 'Depuis le début du mois, sept personnes ont été blessées par balles dans des fusillades à Nîmes.', '2022-03-15')).toEqual([[7, '2022-03', 'to_date']]);
    expect(rows(en, 'Since the start of the month, seven people have been wounded in shootings in Nîmes.', '2022-03-15')).toEqual([[7, '2022-03', 'to_date']]);
  });
});
