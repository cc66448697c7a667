import { readFileSync } from 'node:fs';
import { readLines } from './src/clean/text/lines.js';
const f = process.argv[2]!;
for (const [i, l] of readLines(readFileSync(f, 'utf8')).entries()) if (l.kind !== 'blank') console.log(i + 1, l.kind, l.section ?? '', l.titleLike ? 'T' : '', l.substantive ? 'S' : '', l.terminal ? '.' : '', '|', l.text.slice(0, 80));
