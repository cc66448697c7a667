// `npm run train:relevance`: train the learned relevance model (src/classify/relevance-model.ts) on the dev split of
// the real-article set and write models/relevance.json; report what it changes, by cross-validation on dev.
//
//   --cv K        K-fold cross-validation on dev (default 5): in-scope articles judged off-topic and off-topic
//                 articles kept, lexicon alone vs lexicon + a model trained without the fold
//   --no-write    do not write the model file
//   --test        also print the test split's two summary counts with the written model (never its articles)
//
// Only dev articles train the model: the test split stays a held-out measure. Needs the git-ignored cache
// (npm run eval:real-cache).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyStory } from '../src/classify/index.js';
import { RELEVANCE_MODEL_FILE, scorerOf, trainRelevanceModel, type RelevanceScorer, type TrainingExample } from '../src/classify/relevance-model.js';
import { cleanDocument } from '../src/clean/index.js';
import { readSources, realPaths } from './real.js';

interface Article extends TrainingExample {
  split: string;
  url: string;
  lang: string;
}

let root = dirname(fileURLToPath(import.meta.url));
while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root);
const paths = realPaths(root);
const args = process.argv.slice(2);
const cvAt = args.indexOf('--cv');
const folds = cvAt >= 0 ? Number(args[cvAt + 1]) : 5;
if (!Number.isInteger(folds) || folds < 2) {
  console.error('vigie train:relevance: --cv needs a whole number of folds, at least 2');
  process.exit(2);
}

if (!existsSync(paths.sources) || !existsSync(paths.gold)) {
  console.error(`vigie train:relevance: ${paths.sources} or ${paths.gold} not found`);
  process.exit(2);
}
const gold = JSON.parse(readFileSync(paths.gold, 'utf8')) as { articles: Array<{ id: string; in_scope: boolean }> };
const inScope = new Map(gold.articles.map((a) => [a.id, a.in_scope]));
const articles: Article[] = [];
for (const s of readSources(paths.sources)) {
  const file = join(paths.cache, `${s.id}.txt`);
  const y = inScope.get(s.id);
  if (y === undefined || !existsSync(file)) continue;
  articles.push({ id: s.id, split: s.split, url: s.url, lang: s.language, text: readFileSync(file, 'utf8'), inScope: y });
}
const dev = articles.filter((a) => a.split === 'dev').sort((a, b) => (a.id < b.id ? -1 : 1));
if (dev.length === 0) {
  console.error('vigie train:relevance: no cached dev article; fill the cache first (npm run eval:real-cache)');
  process.exit(2);
}

/** Whether Vigie keeps the article: one of its stories relevant, as the pipeline cleans and classifies it. */
function kept(a: Article, model: RelevanceScorer | null): boolean {
  const doc = cleanDocument({ source: `${a.id}.txt`, format: 'text', content: a.text, encoding: 'utf-8', meta: { url: a.url, outlet: null, published: null, title: null } });
  return doc.stories.some((story) => classifyStory(story, a.lang, model).relevance.relevant);
}

function counts(rows: Article[], model: (a: Article) => RelevanceScorer | null): { off: number; kept: number; inScope: number; offTopic: number } {
  let off = 0;
  let keptOff = 0;
  for (const a of rows) {
    const k = kept(a, model(a));
    if (a.inScope && !k) off++;
    if (!a.inScope && k) keptOff++;
  }
  const pos = rows.filter((a) => a.inScope).length;
  return { off, kept: keptOff, inScope: pos, offTopic: rows.length - pos };
}

const show = (label: string, c: ReturnType<typeof counts>) =>
  console.log(`${label.padEnd(34)} in scope judged off-topic ${c.off}/${c.inScope}, off-topic kept ${c.kept}/${c.offTopic}`);

console.log(`dev: ${dev.length} cached articles (${dev.filter((a) => a.inScope).length} in scope)`);
// Fold of an article: its position in id order modulo K (deterministic, balanced).
const foldOf = new Map(dev.map((a, i) => [a.id, i % folds]));
const foldModels = Array.from({ length: folds }, (_, k) => scorerOf(trainRelevanceModel(dev.filter((a) => foldOf.get(a.id) !== k))));
show('dev, lexicon alone', counts(dev, () => null));
show(`dev, + model (${folds}-fold cross-validated)`, counts(dev, (a) => foldModels[foldOf.get(a.id)!]));

const model = trainRelevanceModel(dev);
if (!args.includes('--no-write')) {
  const file = join(root, RELEVANCE_MODEL_FILE);
  writeFileSync(file, `${JSON.stringify(model)}\n`, 'utf8');
  console.log(`model written to ${file}: ${JSON.stringify(model.trained)}`);
}
if (args.includes('--test')) {
  const test = articles.filter((a) => a.split === 'test');
  const scorer = scorerOf(model);
  show('test, lexicon alone', counts(test, () => null));
  show('test, + model (trained on dev)', counts(test, () => scorer));
}
