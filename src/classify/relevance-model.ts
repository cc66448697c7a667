// A small learned second opinion on relevance: logistic regression over a story's words and word pairs, trained by
// the project on its own annotated real articles (eval/relevance-train.ts), shipped as data (models/relevance.json).
//
// Why: the weighted lexicon (relevance.ts) knows the trade's words. Real reports of a shooting in a quartier, an
// abduction or a corrupt officer often use few of them ("blessé par balle", "un homme de 26 ans", "la procureure"),
// and score just under the bar, where off-topic stories that share words with the topic (a health study on cocaine,
// a film about dealers) also sit. The lexicon cannot tell the two apart there; a model of how the project's in-scope
// reports are written can. It is consulted only in that band (see relevance.ts), so what the lexicon passes or
// rejects outright does not depend on it.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from '../clean/text/fold.js';
import { seededRandom } from '../core/random.js';
import { projectRoot } from './language-model.js';

export const RELEVANCE_MODEL_FILE = join('models', 'relevance.json');
/** Bump when the features or the file's layout change: a file of another version is not read. */
export const RELEVANCE_MODEL_VERSION = 1;

export interface RelevanceModel {
  version: number;
  /** What it was trained on, for the record (counts, split, options). */
  trained: Record<string, unknown>;
  bias: number;
  /** Feature → weight; features absent here weigh 0 and do not count in the normalisation either. */
  weights: Record<string, number>;
}

const TOKEN_RE = /[a-z0-9]+/g;

/** The distinct words and adjacent word pairs of a text, folded (no case, no accents): "tué par" → tue, par, tue_par. */
export function relevanceFeatures(text: string): Set<string> {
  const words = fold(text).match(TOKEN_RE) ?? [];
  const out = new Set<string>(words);
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]}_${words[i]}`);
  return out;
}

/** The model's score z of a set of features: bias + sum of known weights / sqrt(number of known features). */
function linear(weights: ReadonlyMap<string, number> | Record<string, number>, bias: number, features: Iterable<string>): number {
  let sum = 0;
  let n = 0;
  const get = weights instanceof Map ? (f: string) => weights.get(f) : (f: string) => (weights as Record<string, number>)[f];
  for (const f of features) {
    const w = get(f);
    if (w === undefined) continue;
    sum += w;
    n++;
  }
  return bias + sum / Math.sqrt(Math.max(1, n));
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

/** A loaded model: the probability that a text is an in-scope report. */
export interface RelevanceScorer {
  probability(text: string): number;
  readonly trained: Record<string, unknown>;
}

export function scorerOf(model: RelevanceModel): RelevanceScorer {
  const weights = new Map(Object.entries(model.weights));
  return { probability: (text) => sigmoid(linear(weights, model.bias, relevanceFeatures(text))), trained: model.trained };
}

export interface TrainingExample {
  id: string;
  text: string;
  inScope: boolean;
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  /** A feature is kept when at least this many training texts have it (rarer ones are names and noise). */
  minDocs?: number;
  seed?: number;
}

/**
 * Logistic regression by stochastic gradient descent, classes weighted to count equally (in-scope reports far
 * outnumber the off-topic ones in the set), L2-regularised. Examples are taken in id order, then shuffled with a fixed
 * seed, so training is reproducible.
 */
export function trainRelevanceModel(examples: readonly TrainingExample[], options: TrainOptions = {}): RelevanceModel {
  const { epochs = 30, learningRate = 0.1, l2 = 1e-4, minDocs = 3, seed = 1 } = options;
  const rows = [...examples].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const pos = rows.filter((r) => r.inScope).length;
  const neg = rows.length - pos;
  if (pos === 0 || neg === 0) throw new Error(`training needs in-scope and off-topic examples (got ${pos} and ${neg})`);
  const feats = rows.map((r) => relevanceFeatures(r.text));
  const df = new Map<string, number>();
  for (const fs of feats) for (const f of fs) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df].filter(([, c]) => c >= minDocs).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const encoded = feats.map((fs) => Int32Array.from([...fs].map((f) => index.get(f) ?? -1).filter((i) => i >= 0)));
  const w = new Float64Array(vocab.length);
  let bias = 0;
  const classWeight = (y: boolean) => rows.length / (2 * (y ? pos : neg));
  const rand = seededRandom(seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const x = encoded[i];
      const norm = 1 / Math.sqrt(Math.max(1, x.length));
      let z = bias;
      for (const k of x) z += w[k] * norm;
      const y = rows[i].inScope;
      const g = (sigmoid(z) - (y ? 1 : 0)) * classWeight(y);
      for (const k of x) w[k] -= learningRate * (g * norm + l2 * w[k]);
      bias -= learningRate * g;
    }
  }
  const weights: Record<string, number> = {};
  // Three decimals are plenty for a score compared with a bar; near-zero weights are dropped (they would still
  // count in the normalisation, which the rounding of the rest already blurs as much).
  vocab.forEach((f, k) => {
    const v = Math.round(w[k] * 1000) / 1000;
    if (v !== 0) weights[f] = v;
  });
  return {
    version: RELEVANCE_MODEL_VERSION,
    trained: { examples: rows.length, in_scope: pos, off_topic: neg, features: Object.keys(weights).length, epochs, learningRate, l2, minDocs, seed },
    bias: Math.round(bias * 1000) / 1000,
    weights,
  };
}

let loaded: RelevanceScorer | null | undefined;

/**
 * The shipped model, read once; null when the file is missing or of another version (relevance is then the
 * lexicon's alone, as it was before the model existed).
 */
export function shippedRelevanceModel(): RelevanceScorer | null {
  if (loaded !== undefined) return loaded;
  const root = projectRoot();
  const file = root ? join(root, RELEVANCE_MODEL_FILE) : null;
  loaded = null;
  if (file && existsSync(file)) {
    const model = JSON.parse(readFileSync(file, 'utf8')) as RelevanceModel;
    if (model.version === RELEVANCE_MODEL_VERSION) loaded = scorerOf(model);
  }
  return loaded;
}
