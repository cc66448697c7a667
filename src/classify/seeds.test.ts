// Clean + classify on the five seed scrapes, checked against the gold cleaning phrases (shared/gold).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fold } from '../clean/text/fold.js';
import { segmentText } from '../clean/text/index.js';
import { classifyStory } from './index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seeds = resolve(root, '../shared/seeds');
const goldFile = resolve(root, '../shared/gold/seeds.gold.json');
const absent = !existsSync(seeds) || !existsSync(goldFile);
const why = 'shared/seeds or shared/gold is absent: seed tests skipped';

interface GoldDoc {
  language: string;
  must_keep: string[];
  must_drop: string[];
}

function run(file: string) {
  const stories = segmentText(readFileSync(resolve(seeds, file), 'utf8')).map((s) => classifyStory(s));
  const relevantText = stories
    .filter((s) => s.relevance.relevant)
    .map((s) => fold(s.text))
    .join(' \n ');
  return { stories, relevantText };
}

describe.skipIf(absent)(`seed articles (${why})`, () => {
  const gold = absent ? { documents: {} } : (JSON.parse(readFileSync(goldFile, 'utf8')) as { documents: Record<string, GoldDoc> });
  const files = Object.keys(gold.documents);

  it('covers the five seeds', () => {
    expect(files).toHaveLength(5);
  });

  for (const file of files) {
    const g = gold.documents[file]!;
    it(`${file}: keeps every must_keep phrase in a relevant story, drops every must_drop phrase`, () => {
      const { relevantText } = run(file);
      for (const phrase of g.must_keep) expect(relevantText, phrase).toContain(fold(phrase));
      for (const phrase of g.must_drop) expect(relevantText, phrase).not.toContain(fold(phrase));
    });
    it(`${file}: the main story is relevant and in the gold language`, () => {
      const main = run(file).stories[0]!;
      expect(main.relevance.relevant).toBe(true);
      expect(main.relevance.score).toBeGreaterThan(0.8);
      expect(main.language).toBe(g.language);
    });
  }

  it('002: the three glued items after "Related Articles" are separate, off-topic stories', () => {
    const { stories } = run('002_13f9b5c32ac40acb.txt');
    expect(stories).toHaveLength(4);
    const titles = stories.slice(1).map((s) => fold(s.title ?? ''));
    expect(titles[0]).toContain('russia launches');
    expect(titles[1]).toContain('rwanda');
    expect(titles[2]).toContain('respected teacher');
    for (const s of stories.slice(1)) expect(s.relevance.relevant).toBe(false);
    // Bylines ("an hour ago", outlet names) belong to no story.
    for (const s of stories) expect(s.text).not.toMatch(/hours? ago|^- /m);
  });

  it('002: the main story keeps its own off-topic end (football) rather than splitting it', () => {
    const main = run('002_13f9b5c32ac40acb.txt').stories[0]!;
    expect(fold(main.text)).toContain('liverpool');
    expect(fold(main.text)).not.toContain('hashtags');
  });

  it('003: the two teasers after the article are separate, off-topic stories', () => {
    const { stories } = run('003_cf9f6878366280fb.txt');
    expect(stories).toHaveLength(3);
    expect(fold(stories[1]!.text)).toContain('sanchez wins again');
    expect(fold(stories[2]!.text)).toContain('the art of recovery in bruges');
    for (const s of stories.slice(1)) expect(s.relevance.relevant).toBe(false);
    expect(stories[0]!.title).toBe('France is losing the war on drugs');
  });

  it('titles: recovered from a doubled image alt text (000) and a doubled headline (001)', () => {
    const s0 = run('000_fe1440bdf6fc6167.txt').stories[0]!;
    expect(s0.title).toMatch(/^France aims at drug traffickers .*cocaine wave.$/);
    expect(s0.text).not.toContain('](http');
    const s1 = run('001_43990aae7329c1d1.txt').stories[0]!;
    expect(s1.title).toMatch(/^Excess cocaine in France/);
    expect(s1.text.split('\n').filter((l) => l.startsWith('Excess cocaine'))).toHaveLength(1);
  });

  it('004: navigation, widgets and the footer are gone; the dateline stays', () => {
    const { stories } = run('004_5a5f3d5284cecf84.txt');
    expect(stories).toHaveLength(1);
    const lines = stories[0]!.text.split('\n');
    expect(lines[0]).toMatch(/^.Mexicanisation/);
    expect(lines).toContain('20 May 2025 18:38');
    for (const junk of ['twitter', 'ANALYTICS', 'A+', 'Views: 168', 'print', 'loading']) expect(lines).not.toContain(junk);
  });
});
