// Every span Vigie stores points at the text it quotes: evidence sentences, place mentions borrowed from elsewhere
// in the story, claims. Checked on the seeds (when ../shared is there) and on our own articles and pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/pipeline/process.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seeds = resolve(root, '..', 'shared', 'seeds');

function inputs(): Array<{ name: string; format: 'text' | 'html'; content: string }> {
  const out: Array<{ name: string; format: 'text' | 'html'; content: string }> = [];
  const articles = join(root, 'test', 'fixtures', 'articles');
  for (const d of readdirSync(articles)) {
    const f = join(articles, d, 'source.txt');
    if (existsSync(f)) out.push({ name: d, format: 'text', content: readFileSync(f, 'utf8') });
  }
  if (existsSync(seeds)) {
    for (const f of readdirSync(seeds).filter((x) => x.endsWith('.txt') && x !== 'README.md')) {
      out.push({ name: f, format: 'text', content: readFileSync(join(seeds, f), 'utf8') });
    }
  }
  return out;
}

describe('evidence offsets', () => {
  it('quote exactly the stored story text, for events, their places and claims', () => {
    let spans = 0;
    for (const input of inputs()) {
      const doc = processDocument({
        source: input.name,
        format: input.format,
        content: input.content,
        encoding: 'utf-8',
        meta: { url: null, outlet: null, published: '2025-03-10', title: null },
      });
      for (const s of doc.stories) {
        const x = s.extraction;
        if (!x) continue;
        for (const e of x.events) {
          for (const ev of e.evidence) {
            expect(s.text.slice(ev.start, ev.end), input.name).toBe(ev.text);
            spans++;
          }
          if (e.place_mention) expect(s.text.slice(e.place_mention.start, e.place_mention.end), input.name).toBe(e.place_mention.text);
          expect(e).not.toHaveProperty('place_context');
        }
        for (const c of x.claims) for (const ev of c.evidence) expect(s.text.slice(ev.start, ev.end), input.name).toBe(ev.text);
      }
    }
    expect(spans).toBeGreaterThan(50);
  });
});
