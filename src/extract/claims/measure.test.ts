import { describe, expect, it } from 'vitest';
import { measurePhrase } from './measure.js';
import { EN_MEASURE } from '../locales/en/measure-lexicon.js';
import { FR_MEASURE } from '../locales/fr/measure-lexicon.js';

// Phrases as they follow a figure, written for this test.
describe('measurePhrase (en)', () => {
  it('stops before the next figure and its conjunction', () => {
    expect(measurePhrase(EN_MEASURE, 'residents wounded and 12 deaths')).toBe('residents wounded');
    expect(measurePhrase(EN_MEASURE, 'deaths, the ministry said')).toBe('deaths');
  });
  it('stops before the words that say when ("late April", "on Tuesday")', () => {
    expect(measurePhrase(EN_MEASURE, 'kilos of cocaine late April at the port')).toBe('kilos of cocaine');
    expect(measurePhrase(FR_MEASURE, 'kilos de cocaïne fin avril au port')).toBe('kilos de cocaïne');
    expect(measurePhrase(FR_MEASURE, 'kilos de résine mardi soir')).toBe('kilos de résine');
  });
  it('drops auxiliaries before a participle', () => {
    expect(measurePhrase(EN_MEASURE, 'teenagers were shot dead last summer')).toBe('teenagers shot');
    expect(measurePhrase(EN_MEASURE, 'dealers have been arrested for trafficking heroin')).toBe('dealers arrested for trafficking heroin');
  });
  it('keeps an of-complement and a short relative clause', () => {
    expect(measurePhrase(EN_MEASURE, 'kilos of heroin seized at the port')).toBe('kilos of heroin seized');
    expect(measurePhrase(EN_MEASURE, 'adults who smoked cannabis at least once')).toBe('adults who smoked cannabis');
    // A generic head measures its predicate, past a place: what the people did is what is counted.
    expect(measurePhrase(EN_MEASURE, 'people in Spain tried the pills at least once')).toBe('people tried the pills');
    expect(measurePhrase(EN_MEASURE, 'people took heroin last year')).toBe('people took heroin');
    expect(measurePhrase(FR_MEASURE, "personnes en France ont consommé de la cocaïne")).toBe('personnes');
  });
  it('continues an elliptic figure with the previous head', () => {
    expect(measurePhrase(EN_MEASURE, 'were injured', 'people')).toBe('people injured');
    expect(measurePhrase(EN_MEASURE, 'in the region')).toBeNull();
  });
});

describe('measurePhrase (fr)', () => {
  it('reads a de-complement and a participle with its complement', () => {
    expect(measurePhrase(FR_MEASURE, 'points de vente en Isère')).toBe('points de vente');
    expect(measurePhrase(FR_MEASURE, 'assassinats liés aux trafics de drogue')).toBe('assassinats liés aux trafics');
    expect(measurePhrase(FR_MEASURE, 'jeunes ont été blessés et 4 tués')).toBe('jeunes blessés');
  });
  it('splits elided articles', () => {
    expect(measurePhrase(FR_MEASURE, "kilos d'héroïne saisis")).toBe("kilos d'héroïne saisis");
  });
});

describe('measurePhrase: never a dangling verb or function word', () => {
  it('leaves the auxiliary out of a complement and ends on a content word', () => {
    expect(measurePhrase(FR_MEASURE, "tonnes d'héroïne ont été saisies par les services des douanes")).toBe("tonnes d'héroïne saisies par les services");
    expect(measurePhrase(EN_MEASURE, 'tons of cannabis were seized by the')).toBe('tons of cannabis seized');
  });
});
