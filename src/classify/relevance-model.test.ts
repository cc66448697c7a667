import { describe, expect, it } from 'vitest';
import { MODEL_TERM, scoreRelevance } from './relevance.js';
import { relevanceFeatures, scorerOf, shippedRelevanceModel, trainRelevanceModel, type TrainingExample } from './relevance-model.js';

// Stories written for these tests.
const SHOT_IN_VALENCE =
  "Un homme de 31 ans a été tué par balle lundi soir à Valence. La victime, touchée au thorax, est décédée sur place malgré l'intervention des secours. Le procureur de la République a ouvert une enquête pour assassinat, confiée à la police judiciaire de Lyon. Aucune interpellation n'a eu lieu pour l'instant.";
const HEALTH_STUDY =
  "Une étude publiée jeudi par l'Inserm montre que la consommation de cocaïne progresse chez les jeunes adultes. Les chercheurs ont interrogé 12 000 personnes. Les addictologues alertent sur les risques cardiaques et appellent à renforcer la prévention dans les lycées et les universités.";
const ARRESTS_AFTER_SHOTS =
  "Deux hommes de 19 et 22 ans ont été interpellés mardi à Besançon après une course-poursuite. Ils sont soupçonnés d'avoir participé à des tirs la semaine dernière. Ils ont été placés en garde à vue, a indiqué le parquet.";

describe('relevance features', () => {
  it('are folded words and adjacent pairs', () => {
    const f = relevanceFeatures('Tué par BALLE à Nîmes');
    for (const x of ['tue', 'par', 'balle', 'a', 'nimes', 'tue_par', 'par_balle', 'balle_a', 'a_nimes']) expect(f.has(x)).toBe(true);
    expect(f.has('tué')).toBe(false);
    expect(f.has('tue_balle')).toBe(false);
  });
});

describe('training', () => {
  const examples: TrainingExample[] = [
    ...['tirs dans la nuit, un blessé par balle', 'un homme abattu par balle dans sa voiture', 'fusillade près du point de deal, deux blessés', 'saisie de cocaïne au port, trois interpellés'].map(
      (text, i) => ({ id: `in${i}`, text, inScope: true }),
    ),
    ...['recette de la tarte aux pommes', 'le conseil municipal vote le budget', 'la saison de ski commence samedi', 'un concert gratuit au parc samedi'].map(
      (text, i) => ({ id: `off${i}`, text, inScope: false }),
    ),
  ];

  it('is reproducible: the same examples in any order give the same model', () => {
    const a = trainRelevanceModel(examples, { minDocs: 1 });
    const b = trainRelevanceModel([...examples].reverse(), { minDocs: 1 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('learns the words of each side', () => {
    const scorer = scorerOf(trainRelevanceModel(examples, { minDocs: 1 }));
    expect(scorer.probability('un blessé par balle dans la nuit')).toBeGreaterThan(0.6);
    expect(scorer.probability('le budget du conseil municipal')).toBeLessThan(0.4);
  });

  it('refuses examples of one class only', () => {
    expect(() => trainRelevanceModel(examples.filter((e) => e.inScope))).toThrow(/in-scope and off-topic/);
  });
});

describe('the shipped model', () => {
  const model = shippedRelevanceModel();

  it('is present and trained on both classes', () => {
    expect(model).not.toBeNull();
    expect(Number(model!.trained.off_topic)).toBeGreaterThan(0);
    expect(Number(model!.trained.in_scope)).toBeGreaterThan(0);
  });

  it('passes a killing told without any word of the trade, which the lexicon alone leaves just under the bar', () => {
    const alone = scoreRelevance(SHOT_IN_VALENCE, 'fr', null);
    expect(alone.relevant).toBe(false);
    expect(alone.score).toBeGreaterThanOrEqual(0.2);
    const r = scoreRelevance(SHOT_IN_VALENCE, 'fr');
    expect(r.relevant).toBe(true);
    expect(r.terms).toContain(MODEL_TERM);
  });

  it('leaves a health study on cocaine off-topic, in the same band', () => {
    expect(scoreRelevance(HEALTH_STUDY, 'fr', null).score).toBeGreaterThanOrEqual(0.2);
    expect(scoreRelevance(HEALTH_STUDY, 'fr').relevant).toBe(false);
  });

  it('has no say below the band: a story naming almost nothing of the topic stays off-topic', () => {
    expect(model!.probability(ARRESTS_AFTER_SHOTS)).toBeGreaterThan(0.8);
    expect(scoreRelevance(ARRESTS_AFTER_SHOTS, 'fr', null).score).toBeLessThan(0.2);
    expect(scoreRelevance(ARRESTS_AFTER_SHOTS, 'fr').relevant).toBe(false);
  });
});
