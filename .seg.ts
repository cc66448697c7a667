import { readFileSync, readdirSync } from 'node:fs';
import { segmentText } from './src/clean/text/index.js';
const dir = '/work/shared/seeds/';
for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  const st = segmentText(readFileSync(dir + f, 'utf8'));
  console.log('=====', f, st.length);
  for (const s of st) console.log('--- TITLE:', s.title, '\n' + s.text.split('\n').map((l) => '  | ' + l.slice(0, 110)).join('\n'));
}
