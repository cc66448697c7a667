import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { loadBenchmarkPages, pageOverlap, scorePredictions, shingles, storedText } from '../../../eval/article-extraction.js';
import { extractHtml } from './index.js';

const BENCH = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/benchmarks/article-extraction');
const HAVE_BENCH = existsSync(join(BENCH, 'ground-truth.json'));

describe('benchmark metric (same rules as score.py)', () => {
  it('builds 4-token shingles over \\w+ tokens, accents and digits included', () => {
    const s = shingles('Nîmes, 2024: un homme tué.');
    expect([...s.keys()].map((k) => k.split('\u0001').join(' '))).toEqual(['Nîmes 2024 un homme', '2024 un homme tué']);
    expect(shingles('trois mots seulement').size).toBe(1);
    expect(shingles('  ... ').size).toBe(0);
  });

  it('counts shingles as a multiset and normalises tp/fp/fn by their sum', () => {
    expect(pageOverlap('a b c d e', 'a b c d e')).toEqual({ tp: 1, fp: 0, fn: 0 });
    // truth shingles: abcd, bcde; predicted: abcd, bcdx → one of each kind.
    const o = pageOverlap('a b c d e', 'a b c d x');
    expect(o.tp).toBeCloseTo(1 / 3);
    expect(o.fp).toBeCloseTo(1 / 3);
    expect(o.fn).toBeCloseTo(1 / 3);
    // A repeated shingle in the prediction is one true positive and one false positive.
    expect(pageOverlap('a b c d', 'a b c d. a b c d')).toMatchObject({ fn: 0 });
    expect(pageOverlap('a b c d', 'a b c d. a b c d').fp).toBeGreaterThan(0);
  });

  it('averages precision and recall over the pages where each is defined, then takes F1 of the means', () => {
    const s = scorePredictions([
      { truth: 'a b c d e', predicted: 'a b c d e' },
      { truth: 'f g h i j', predicted: '' },
    ]);
    // Empty prediction: no precision (tp+fp = 0), recall 0.
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(2 / 3);
  });
});

// Pages chosen for what they exercise: a body split into same-class chunks between ads, embedded tweets in a
// "social" wrapper, a paywall-classed body, a "More stories" link list after the text.
const PAGES: Array<[string, number]> = [
  ['d48aeb9cf2', 0.95],
  ['3f65af7b6b', 0.9],
  ['f8ff621a0b', 0.9],
  ['2f42ef1d3e', 0.95],
];

describe('benchmark pages', () => {
  it.skipIf(!HAVE_BENCH)('extracts real pages above a per-page F1 floor (needs ../shared/benchmarks)', () => {
    const truth = JSON.parse(readFileSync(join(BENCH, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
    for (const [prefix, floor] of PAGES) {
      const id = Object.keys(truth).find((k) => k.startsWith(prefix));
      expect(id, prefix).toBeDefined();
      const html = gunzipSync(readFileSync(join(BENCH, 'html', `${id}.html.gz`))).toString('utf8');
      const s = scorePredictions([{ truth: truth[id as string].articleBody, predicted: extractHtml(html).text }]);
      expect(s.f1, prefix).toBeGreaterThanOrEqual(floor);
    }
  });
});

describe('stored stories keep what the extractor found', () => {
  it.skipIf(!HAVE_BENCH)('scores at least the extractor alone over the whole benchmark (needs ../shared/benchmarks)', () => {
    const pages = loadBenchmarkPages(BENCH)!;
    const extractor = scorePredictions(pages.map((p) => ({ truth: p.truth, predicted: extractHtml(p.html, { url: p.url }).text })));
    const stored = scorePredictions(pages.map((p) => ({ truth: p.truth, predicted: storedText(p.html, p.url) })));
    expect(stored.f1).toBeGreaterThanOrEqual(extractor.f1);
    // Pages in Russian and Japanese once lost most of their paragraphs to the text pass.
    for (const prefix of ['c4a3637c66', '85439e26c4']) {
      const p = pages.find((x) => x.id.startsWith(prefix))!;
      expect(scorePredictions([{ truth: p.truth, predicted: storedText(p.html, p.url) }]).recall, prefix).toBeGreaterThan(0.9);
    }
  });
});
