// Places told by an area noun: "dans le pays", "dans le département", "in the region" (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { localeKit } from '../locales/index.js';
import { extractClaims } from './index.js';

const en = localeKit('en');
const fr = localeKit('fr');
const places = (kit: typeof en, text: string) => extractClaims(text, kit, { published: '2023-11-20' }).map((c) => [c.value, c.place]);

describe('area nouns (claims helper)', () => {
  it('reads "dans le pays", "in the country" as France in a local story', () => {
    expect(places(fr, 'Un homme a été abattu samedi à Valence. Dans le pays, 418 homicides ou tentatives liés au narcotrafic ont été recensés en 2022.')).toEqual([[418, 'France']]);
    expect(places(en, 'A man was shot dead on Saturday in Valence. In the country as a whole, 418 drug-related homicides or attempts were recorded in 2022.')).toEqual([[418, 'France']]);
  });

  it('reads "dans le département", "in the department" as the département named last', () => {
    expect(places(fr, 'Un homme a été abattu samedi à Valence, dans la Drôme. Dans le département, 12 personnes ont été tuées depuis janvier dans des règlements de comptes.')).toEqual([[12, 'Drôme']]);
    expect(places(en, 'A man was shot dead on Saturday in Valence, in the Drôme. In the department, 12 people have been killed in drug feuds since January.')).toEqual([[12, 'Drôme']]);
  });

  it('names areas no geography lists ("l\'arc Antilles-Guyane", "the French West Indies")', () => {
    expect(places(fr, "Plus de 300 tentatives d'homicide ont été recensées en 2022 dans l'arc Antilles-Guyane, selon la police.")).toEqual([[300, 'Antilles-Guyane']]);
    expect(places(en, 'More than 300 attempted murders were recorded in 2022 in the French West Indies, police said.')).toEqual([[300, 'Antilles']]);
  });
});
