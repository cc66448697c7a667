import { readFileSync } from 'node:fs';
import { segmentText } from './src/clean/text/index.js';
import { classifyStory } from './src/classify/index.js';
for (const s of segmentText(readFileSync(process.argv[2]!, 'utf8'))) {
  const c = classifyStory(s);
  console.log('---', c.language, c.relevance, 'TITLE:', s.title);
  console.log(s.text);
}
