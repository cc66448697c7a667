// Article-body extraction benchmark: Vigie's extractor vs Readability.js, scored with the benchmark's shingle metric.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../src/clean/html/index.js';
import { cleanDocument } from '../src/clean/index.js';
import type { SourceMeta } from '../src/core/types.js';

export interface ExtractionScores {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  pagesPerSecond: number;
}

export interface BenchmarkPage {
  id: string;
  url: string | null;
  html: string;
  truth: string;
}

/** Per-page overlap fractions, as score.py's page(): tp, fp, fn divided by their sum. */
export interface PageOverlap {
  tp: number;
  fp: number;
  fn: number;
}

const SHINGLE_SIZE = 4;
// Python's `\w` with re.UNICODE: letters, numbers and underscore (combining marks are not word characters).
const TOKEN = /[\p{L}\p{N}_]+/gu;
const DEFAULT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/benchmarks/article-extraction');

/** Multiset of 4-token shingles; a text of 1–3 tokens yields one short shingle, an empty text none (as score.py). */
export function shingles(text: string, n = SHINGLE_SIZE): Map<string, number> {
  const toks = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const last = Math.max(1, toks.length - n + 1);
  for (let i = 0; i < last && i < toks.length; i++) {
    // \u0001 cannot occur inside a token, so joined keys are unambiguous.
    const key = toks.slice(i, i + n).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function pageOverlap(truth: string, predicted: string): PageOverlap {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, pc] of p) {
    const tc = t.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [k, tc] of t) fn += Math.max(0, tc - (p.get(k) ?? 0));
  const sum = tp + fp + fn;
  return sum ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

function pagePrecision({ tp, fp, fn }: PageOverlap): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
}

function pageRecall({ tp, fp, fn }: PageOverlap): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
}

/** Precision and recall averaged over pages (only pages where each is defined), F1 of the means — score.py's rule. */
export function scorePredictions(pairs: Array<{ truth: string; predicted: string }>): Omit<ExtractionScores, 'pagesPerSecond'> {
  const rows = pairs.map((p) => pageOverlap(p.truth, p.predicted));
  const ps = rows.filter((r) => r.tp + r.fp > 0).map(pagePrecision);
  const rs = rows.filter((r) => r.tp + r.fn > 0).map(pageRecall);
  const precision = ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : 0;
  const recall = rs.length ? rs.reduce((a, b) => a + b, 0) / rs.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { pages: pairs.length, precision, recall, f1 };
}

/** Loads every page of the benchmark folder, or null when it is absent. */
export function loadBenchmarkPages(dir: string = DEFAULT_DIR): BenchmarkPage[] | null {
  const truthPath = join(dir, 'ground-truth.json');
  if (!existsSync(truthPath)) return null;
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const htmlDir = join(dir, 'html');
  const files = new Set(readdirSync(htmlDir));
  const pages: BenchmarkPage[] = [];
  for (const [id, entry] of Object.entries(truth)) {
    const file = `${id}.html.gz`;
    const html = files.has(file) ? gunzipSync(readFileSync(join(htmlDir, file))).toString('utf8') : '';
    pages.push({ id, url: entry.url ?? null, html, truth: entry.articleBody ?? '' });
  }
  return pages;
}

export function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  // Readability's typings want a DOM Document; linkedom's is structurally close enough for its use.
  const article = new Readability(document as unknown as Document).parse();
  return article?.textContent ?? '';
}

export function vigieText(html: string, url: string | null): string {
  return extractHtml(html, { url }).text;
}

/** What `ingest` stores for the page: the HTML extractor, then the text boilerplate pass and story segmentation. */
export function storedText(html: string, url: string | null): string {
  const doc = cleanDocument({ source: url ?? 'page.html', format: 'html', content: html, encoding: 'utf-8', meta: { url, outlet: null, published: null, title: null } as SourceMeta });
  return doc.stories.map((s) => s.text).join('\n');
}

export interface ExtractorRun {
  scores: ExtractionScores;
  predictions: Record<string, { articleBody: string }>;
}

export function runExtractor(pages: BenchmarkPage[], extract: (page: BenchmarkPage) => string): ExtractorRun {
  const predictions: Record<string, { articleBody: string }> = {};
  const started = process.hrtime.bigint();
  for (const page of pages) predictions[page.id] = { articleBody: extract(page) };
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const scored = scorePredictions(pages.map((p) => ({ truth: p.truth, predicted: predictions[p.id].articleBody })));
  return { scores: { ...scored, pagesPerSecond: seconds > 0 ? pages.length / seconds : 0 }, predictions };
}

export function runArticleExtractionBenchmark(
  dir: string = DEFAULT_DIR,
): { vigie: ExtractionScores; stored: ExtractionScores; readability: ExtractionScores } | null {
  const pages = loadBenchmarkPages(dir);
  if (!pages) return null;
  const vigie = runExtractor(pages, (p) => vigieText(p.html, p.url)).scores;
  const stored = runExtractor(pages, (p) => storedText(p.html, p.url)).scores;
  const readability = runExtractor(pages, (p) => readabilityText(p.html)).scores;
  return { vigie, stored, readability };
}
