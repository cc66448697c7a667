import { readFileSync, readdirSync } from 'node:fs';
import { segmentText } from './src/clean/text/index.js';
import { classifyStory } from './src/classify/index.js';
const shorts = [readFileSync('/tmp/ct/fr-scrape.txt', 'utf8'), readFileSync('/tmp/ct/en-scrape.txt', 'utf8'),
  'Un homme a été tué par balles samedi soir à Marseille, près d\'un point de deal.\nLa police judiciaire a ouvert une enquête pour assassinat.',
  'Police seized 300 kg of cocaine in Le Havre on Monday.\nTwo men were arrested.'];
const seeds = readdirSync('/work/shared/seeds').filter((f) => f.endsWith('.txt')).map((f) => readFileSync('/work/shared/seeds/' + f, 'utf8'));
function bench(name: string, docs: string[], n: number) {
  for (let i = 0; i < 200; i++) for (const s of segmentText(docs[i % docs.length]!)) classifyStory(s);
  const t = performance.now();
  let chars = 0;
  for (let i = 0; i < n; i++) { const d = docs[i % docs.length]!; chars += d.length; for (const s of segmentText(d)) classifyStory(s); }
  const ms = performance.now() - t;
  console.log(`${name}: ${n} docs in ${ms.toFixed(0)} ms = ${(n / ms * 1000).toFixed(0)} docs/s, avg ${(chars / n).toFixed(0)} chars`);
}
bench('short', shorts, 20000);
bench('seeds', seeds, 2000);
