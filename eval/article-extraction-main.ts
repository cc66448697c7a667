// CLI: `tsx eval/article-extraction-main.ts [vigie-predictions.json] [readability-predictions.json] [--dir DIR]`.
import { writeFileSync } from 'node:fs';
import type { ExtractionScores } from './article-extraction.js';
import { loadBenchmarkPages, readabilityText, runExtractor, vigieText } from './article-extraction.js';

const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 ? args.splice(dirAt, 2)[1] : undefined;
const [vigieOut, readabilityOut] = args;

const pages = loadBenchmarkPages(dir);
if (!pages) {
  process.stderr.write('benchmark folder not found (expected ../shared/benchmarks/article-extraction)\n');
  process.exit(1);
}

function row(name: string, s: ExtractionScores): string {
  return `${name.padEnd(12)} pages ${s.pages}  F1 ${s.f1.toFixed(3)}  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  ${s.pagesPerSecond.toFixed(1)} pages/s`;
}

const vigie = runExtractor(pages, (p) => vigieText(p.html, p.url));
const readability = runExtractor(pages, (p) => readabilityText(p.html));
process.stdout.write(`${row('vigie', vigie.scores)}\n${row('readability', readability.scores)}\n`);
if (vigieOut) writeFileSync(vigieOut, JSON.stringify(vigie.predictions));
if (readabilityOut) writeFileSync(readabilityOut, JSON.stringify(readability.predictions));
