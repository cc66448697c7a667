import { describe, expect, it } from 'vitest';
import { EntityIndex, resolveEntities } from './entities.js';
import { mention, seededRandom, shuffled } from '../../bench/support/events.js';
import type { Entity, EntityMentionRecord } from './types.js';

const org = { type: 'organisation' as const };

const corpus: EntityMentionRecord[] = [
  // An English report: full name, then surname, then the nickname tied to him by the extractor.
  mention('en-1', 'Mohamed Amra', { start: 10 }),
  mention('en-1', 'Amra', { start: 80 }),
  mention('en-1', 'Mohamed Amra', { start: 120, text: 'the Fly' }),
  mention('en-1', 'French Observatory on Drugs and Drug Addiction', { ...org, start: 300 }),
  mention('en-1', 'OFDT', { ...org, start: 348 }),
  // A French report.
  mention('fr-2', 'Mohamed Amra', { start: 5, text: 'La Mouche' }),
  mention('fr-2', 'Observatoire français des drogues et des tendances addictives', { ...org, start: 50 }),
  mention('fr-2', 'Gérald Darmanin', { start: 200, title: 'ministre de la Justice' }),
  mention('fr-2', 'Office de surveillance côtière', { ...org, start: 400 }),
  mention('fr-2', 'OSC', { ...org, start: 432 }),
  // Surname only, and the nickname on its own.
  mention('en-3', 'Amra', { start: 12 }),
  mention('en-3', 'The Fly', { start: 40 }),
  mention('en-3', 'Darmanin', { start: 90 }),
  mention('en-3', 'French Monitoring Centre for Drugs and Drug Addiction', { ...org, start: 150 }),
  mention('en-3', 'Direction interrégionale de la police judiciaire', { ...org, start: 300 }),
  // Two Le Pens in one document: the bare surname elsewhere stays unresolved.
  mention('en-4', 'Marine Le Pen', { start: 0 }),
  mention('en-4', 'Jean-Marie Le Pen', { start: 40 }),
  mention('en-5', 'Le Pen', { start: 3 }),
  mention('en-5', 'DIPJ', { ...org, start: 60 }),
];

function entityWith(entities: Entity[], alias: string): Entity | undefined {
  return entities.find((e) => e.aliases.includes(alias));
}

describe('resolveEntities', () => {
  const entities = resolveEntities(corpus);

  it('ties surnames and nicknames (en and fr) to the person across documents', () => {
    const amra = entityWith(entities, 'Mohamed Amra');
    expect(amra?.name).toBe('Mohamed Amra');
    expect(amra?.type).toBe('person');
    expect(amra?.aliases).toEqual(expect.arrayContaining(['Amra', 'the Fly', 'The Fly', 'La Mouche']));
    expect(new Set(amra?.mentions.map((m) => m.document))).toEqual(new Set(['en-1', 'fr-2', 'en-3']));
    expect(entityWith(entities, 'Darmanin')?.name).toBe('Gérald Darmanin');
  });

  it('joins an acronym with its expansions in either language', () => {
    const ofdt = entityWith(entities, 'OFDT');
    expect(ofdt?.name).toBe('OFDT');
    expect(ofdt?.aliases).toEqual(expect.arrayContaining([
      'French Observatory on Drugs and Drug Addiction',
      'French Monitoring Centre for Drugs and Drug Addiction',
      'Observatoire français des drogues et des tendances addictives',
    ]));
    // Not in the known-bodies table: joined by the parentheses, then by initials.
    expect(entityWith(entities, 'OSC')?.aliases).toContain('Office de surveillance côtière');
    expect(entityWith(entities, 'DIPJ')?.aliases).toContain('Direction interrégionale de la police judiciaire');
  });

  it('leaves an ambiguous surname alone', () => {
    const lePen = entityWith(entities, 'Le Pen');
    expect(lePen?.aliases).toEqual(['Le Pen']);
    expect(entityWith(entities, 'Marine Le Pen')?.aliases).toEqual(['Marine Le Pen']);
  });

  it('does not depend on the order mentions arrive in, and updates on add/remove', () => {
    const random = seededRandom(11);
    for (let i = 0; i < 4; i++) expect(resolveEntities(shuffled(corpus, random))).toEqual(entities);
    const index = EntityIndex.fromMentions(corpus.filter((m) => m.document !== 'fr-2'));
    expect(index.entityOf({ document: 'en-3', start: 90, end: 98 })).toBe('ent:person:darmanin');
    index.add(corpus.find((m) => m.name === 'Gérald Darmanin') as EntityMentionRecord);
    expect(index.entityOf({ document: 'en-3', start: 90, end: 98 })).toBe('ent:person:gerald-darmanin');
  });
});

describe('resolveEntities: roles and short acronyms (mentions written for these tests)', () => {
  it('keeps the titles its mentions state, once each', () => {
    const e = resolveEntities([
      mention('a', 'Claire Vautrin', { start: 0, title: 'procureure de la République de Nantes' }),
      mention('b', 'Claire Vautrin', { start: 10, title: 'Nantes prosecutor' }),
      mention('b', 'Vautrin', { start: 90, title: 'Nantes prosecutor' }),
      mention('c', 'Claire Vautrin', { start: 4 }),
    ]);
    expect(e).toHaveLength(1);
    expect(e[0]!.titles).toEqual(['Nantes prosecutor', 'procureure de la République de Nantes']);
  });

  it('links a two-letter acronym to a name with its initials only in the same document', () => {
    const e = resolveEntities([
      mention('a', 'Sud Radio', { ...org, start: 0 }),
      mention('b', 'SR', { ...org, start: 40 }),
      mention('c', 'Brigade Territoriale Autonome', { ...org, start: 0 }),
      mention('d', 'BTA', { ...org, start: 30 }),
    ]);
    expect(entityWith(e, 'SR')?.aliases).toEqual(['SR']);
    expect(entityWith(e, 'BTA')?.aliases).toContain('Brigade Territoriale Autonome');
  });
});

describe('resolveEntities: criminal groups (mentions written for these tests)', () => {
  it('joins a gang named with and without its word for a gang, and keeps "Mafia" in a name', () => {
    const grp = { type: 'criminal_group' as const };
    const e = resolveEntities([
      mention('a', 'clan Rascas', { ...grp, start: 0 }),
      mention('b', 'Rascas', { ...grp, start: 5 }),
      mention('c', 'the Rascas clan', { ...grp, start: 9 }),
      mention('c', 'Brise Mafia', { ...grp, start: 40 }),
      mention('d', 'Brise', { ...grp, start: 3 }),
    ]);
    expect(entityWith(e, 'Rascas')?.aliases).toEqual(['Rascas', 'clan Rascas', 'the Rascas clan']);
    expect(entityWith(e, 'Brise Mafia')?.aliases).toEqual(['Brise Mafia']);
  });
});

describe('resolveEntities: one name read as two kinds (mentions written for these tests)', () => {
  it('joins them into one entity of the kind most mentions have', () => {
    const e = resolveEntities([
      mention('a', 'BAC Sud', { type: 'organisation', start: 0 }),
      mention('b', 'BAC Sud', { type: 'organisation', start: 0 }),
      mention('c', 'Bac Sud', { type: 'place', start: 7 }),
    ]);
    expect(e).toHaveLength(1);
    expect(e[0]!.type).toBe('organisation');
    expect(e[0]!.mentions).toHaveLength(3);
  });
});
