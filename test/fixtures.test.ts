// Held-out articles (test/fixtures/articles): extraction + resolution checked against each expected.json.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadFixtures, scoreFixture, totalsOf, type FixtureReport } from '../eval/fixtures.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'articles');
const fixtures = loadFixtures(DIR);
const reports: FixtureReport[] = [];

describe('held-out fixture articles', () => {
  it('has English and French fixtures, each with a source and a publication date', () => {
    expect(fixtures.filter((f) => f.expected.language === 'en').length).toBeGreaterThanOrEqual(6);
    expect(fixtures.filter((f) => f.expected.language === 'fr').length).toBeGreaterThanOrEqual(8);
    for (const f of fixtures) expect(f.expected.published, f.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  for (const f of fixtures) {
    it(`${f.slug}: events, fields, claims and entities as expected`, () => {
      const report = scoreFixture(f);
      reports.push(report);
      // Known weaknesses are listed by the eval, not failed here; everything else is a regression.
      expect(report.misses, `${f.slug}:\n  ${report.misses.join('\n  ')}`).toEqual([]);
      if (f.expected.background) expect(report.extraction.events).toEqual([]);
    });
  }

  it('scores well enough over all fixtures', () => {
    const t = totalsOf(reports.length === fixtures.length ? reports : fixtures.map((f) => scoreFixture(f)));
    expect(t.backgroundViolations).toBe(0);
    expect(t.eventsRecall ?? 0).toBeGreaterThanOrEqual(0.8);
    expect(t.claimsRecall ?? 0).toBeGreaterThanOrEqual(0.8);
  });
});

describe('fixture scorer', () => {
  it('fails an event whose evidence sentence is wrong and reports the fixture', () => {
    const f = fixtures.find((x) => x.slug === 'fr-fleury-corruption');
    if (!f) return;
    const report = scoreFixture(f, { events: [], claims: [], entities: [] });
    expect(report.events.matched).toBe(0);
    expect(report.misses.some((m) => m.includes('corruption_case not found'))).toBe(true);
  });

  it('skips cleanly when the fixtures folder is absent', () => {
    expect(loadFixtures(join(DIR, 'no-such-folder'))).toEqual([]);
    expect(existsSync(DIR)).toBe(true);
  });
});
