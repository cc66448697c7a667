import { describe, expect, it } from 'vitest';
import { localeKit } from '../locales/index.js';
import { extractEntities } from './index.js';

const en = localeKit('en');
const fr = localeKit('fr');

describe('extractEntities', () => {
  const text = [
    'Interior Minister Bruno Retailleau met investigators in Marseille on Monday.',
    'The French Monitoring Centre for Drugs and Drug Addiction (OFDT) published new figures.',
    'Karim Benali, known as "the Ghost", is said to lead the Benali clan. Retailleau called him dangerous.',
  ].join('\n');
  const ents = extractEntities(text, en);
  const by = (name: string) => ents.filter((e) => e.name === name);

  it('reads people with their titles, and gives surname mentions the full name', () => {
    const r = by('Bruno Retailleau');
    expect(r.length).toBe(2);
    expect(r[0]!.title).toBe('Interior Minister');
    expect(text.slice(r[1]!.start, r[1]!.end)).toBe('Retailleau');
  });

  it('reads organisations, acronyms, groups and places', () => {
    expect(ents).toContainEqual(expect.objectContaining({ type: 'organisation', name: 'French Monitoring Centre for Drugs and Drug Addiction' }));
    expect(ents).toContainEqual(expect.objectContaining({ type: 'organisation', name: 'OFDT' }));
    expect(ents).toContainEqual(expect.objectContaining({ type: 'criminal_group', name: 'Benali clan' }));
    expect(ents).toContainEqual(expect.objectContaining({ type: 'place', name: 'Marseille' }));
    expect(ents.some((e) => e.name === 'Monday' || e.name === 'The')).toBe(false);
  });

  it('turns a nickname into a mention of the person', () => {
    const nick = ents.find((e) => text.slice(e.start, e.end) === 'the Ghost');
    expect(nick).toMatchObject({ type: 'person', name: 'Karim Benali' });
  });

  it('reads French titles, prosecutors, groups and nicknames', () => {
    const t =
      "Selon le ministre de l'Intérieur Gérald Darmanin, le parquet de Marseille a ouvert une enquête visant le clan Yoda. " +
      'Le détenu Mohamed Amra, surnommé « La Mouche », reste introuvable.';
    const e = extractEntities(t, fr);
    expect(e).toContainEqual(expect.objectContaining({ type: 'person', name: 'Gérald Darmanin', title: "ministre de l'Intérieur" }));
    expect(e).toContainEqual(expect.objectContaining({ type: 'organisation', name: 'parquet de Marseille' }));
    expect(e).toContainEqual(expect.objectContaining({ type: 'criminal_group', name: 'clan Yoda' }));
    const nick = e.find((x) => t.slice(x.start, x.end) === 'La Mouche');
    expect(nick?.name).toBe('Mohamed Amra');
  });

  it('returns nothing for empty text', () => {
    expect(extractEntities('', en)).toEqual([]);
  });
});

describe('extractEntities: French names and places', () => {
  it('types long French organisation names, hyphenated acronyms and title-of places', () => {
    const t = "L'Association des maires de France et un délégué de FO-Justice ont reçu le maire de Vaulx-en-Velin près de la Grande Borne.";
    const e = extractEntities(t, fr).map((x) => [x.name, x.type]);
    expect(e).toContainEqual(['Association des maires de France', 'organisation']);
    expect(e).toContainEqual(['FO-Justice', 'organisation']);
    expect(e).toContainEqual(['Vaulx-en-Velin', 'place']);
    expect(e).toContainEqual(['Grande Borne', 'place']);
    expect(e.filter((x) => x[1] === 'person')).toEqual([]);
  });
});
