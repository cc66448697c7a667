// Cleaning score on the held-out pages of test/fixtures/pages: read → clean → classify, checked against expected.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyStory } from '../src/classify/index.js';
import { cleanDocument } from '../src/clean/index.js';
import { fold } from '../src/clean/text/fold.js';
import type { ClassifiedStory, RawDocument } from '../src/core/types.js';
import { readSources } from '../src/read/index.js';

/** What a page folder's expected.json states. */
export interface PageExpectation {
  language: string;
  relevant: boolean;
  must_keep: string[];
  must_drop: string[];
  stories_min?: number;
}

export interface PageResult {
  slug: string;
  /** The page read, or null when reading failed. */
  doc: RawDocument | null;
  stories: ClassifiedStory[];
  expected: PageExpectation;
  /** Checks passed / checks made: every phrase, the language, the relevance, the story count. */
  passed: number;
  total: number;
  misses: string[];
}

const SOURCE_NAMES = ['source.html', 'source.txt'];

/**
 * The text a phrase is looked for: the relevant stories for a relevant page (off-topic teasers glued after the
 * article may keep their own text, as in the seeds' gold), every story for an off-topic page. The main story
 * always counts, so boilerplate left in it is caught even when it is judged off-topic.
 */
function keptText(stories: ClassifiedStory[], relevant: boolean): string {
  const kept = stories.filter((s, i) => i === 0 || !relevant || s.relevance.relevant);
  return kept.map((s) => fold(s.text)).join(' \n ');
}

/** Runs one fixture folder through read → clean → classify and checks it. */
export async function runPage(dir: string, slug: string): Promise<PageResult> {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as PageExpectation;
  const source = SOURCE_NAMES.map((n) => join(dir, n)).find((p) => existsSync(p));
  const misses: string[] = [];
  let doc: RawDocument | null = null;
  if (source) for await (const item of readSources([source])) if (item.ok && doc === null) doc = item.doc;
  const stories = doc ? cleanDocument(doc).stories.map((s) => classifyStory(s)) : [];
  if (!doc) misses.push('page could not be read');

  let passed = 0;
  const total = expected.must_keep.length + expected.must_drop.length + 2 + (expected.stories_min ? 1 : 0);
  const text = keptText(stories, expected.relevant);
  for (const phrase of expected.must_keep) {
    if (text.includes(fold(phrase))) passed++;
    else misses.push(`lost: "${phrase}"`);
  }
  for (const phrase of expected.must_drop) {
    if (!text.includes(fold(phrase))) passed++;
    else misses.push(`kept: "${phrase}"`);
  }
  const main = stories[0];
  if (main?.language === expected.language) passed++;
  else misses.push(`language ${main?.language ?? 'none'}, expected ${expected.language}`);
  const relevant = stories.some((s) => s.relevance.relevant);
  if (main && main.relevance.relevant === expected.relevant && relevant === expected.relevant) passed++;
  else misses.push(`relevance ${main?.relevance.score ?? 'none'} (${relevant ? 'some story relevant' : 'no story relevant'}), expected ${expected.relevant ? 'relevant' : 'off-topic'}`);
  if (expected.stories_min) {
    if (stories.length >= expected.stories_min) passed++;
    else misses.push(`${stories.length} stories, expected at least ${expected.stories_min}`);
  }
  return { slug, doc, stories, expected, passed, total, misses };
}

/** Every page folder under `root`, in name order; null when the folder is absent. */
export async function runPageFixtures(root: string): Promise<{ pages: PageResult[]; score: number } | null> {
  if (!existsSync(root)) return null;
  const slugs = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, e.name, 'expected.json')))
    .map((e) => e.name)
    .sort();
  const pages: PageResult[] = [];
  for (const slug of slugs) pages.push(await runPage(join(root, slug), slug));
  const passed = pages.reduce((n, p) => n + p.passed, 0);
  const total = pages.reduce((n, p) => n + p.total, 0);
  return { pages, score: total ? passed / total : 0 };
}
