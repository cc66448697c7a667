import { readFileSync, readdirSync } from 'node:fs';
import { segmentText } from './src/clean/text/index.js';
import { classifyStory } from './src/classify/index.js';
const dir = '/work/shared/seeds/';
for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  for (const s of segmentText(readFileSync(dir + f, 'utf8'))) {
    const c = classifyStory(s);
    console.log(f.slice(0, 3), c.language, c.relevance.score, c.relevance.relevant, (s.title ?? '').slice(0, 50), '|', c.relevance.terms.join(', '));
  }
}
