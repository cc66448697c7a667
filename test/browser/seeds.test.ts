// The dashboard on a database built from the five seed articles by the real pipeline (read → … → reconcile → store),
// driven in Chromium: a filter, the Amra prison-van incident with its evidence from each source, the 110-vs-10 figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { ingest } from '../../src/pipeline/ingest.js';
import type { Store } from '../../src/store/store.js';
import { openStore } from '../../src/store/open.js';
import { HAS_CHROMIUM, ROOT, launch, ready, screenshot, startServer, watch } from './harness.js';

const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const MANIFEST = join(SEEDS, 'manifest.csv');
const HAS_SEEDS = existsSync(MANIFEST);
if (!HAS_SEEDS) console.warn(`seeds browser test skipped: ${MANIFEST} is missing (the shared folder beside the project)`);
if (!HAS_CHROMIUM) console.warn('seeds browser test skipped: /usr/bin/chromium is missing (apt-get install -y chromium)');

/** Each source section's highlighted passages, in page order. */
async function marksBySource(page: Page): Promise<string[][]> {
  return page.locator('section.source').evaluateAll((sections) =>
    sections.map((s) => [...s.querySelectorAll('.story-text mark')].map((m) => m.textContent ?? '')),
  );
}

describe.skipIf(!HAS_SEEDS || !HAS_CHROMIUM)('dashboard on the database built from the seeds', () => {
  let browser: Browser;
  let app: FastifyInstance;
  let store: Store;
  let url: string;

  beforeAll(async () => {
    store = await openStore(':memory:');
    const summary = await ingest([SEEDS], store, { workers: 0, read: { manifest: MANIFEST } });
    expect(summary.failed).toBe(0);
    ({ app, url } = await startServer(store));
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  it('filters on prison attacks and opens the Amra prison-van incident with evidence from each of its three sources', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const seen = watch(page, url);
    await page.goto(url + '/');
    await ready(page);
    const all = await page.locator('table.incidents tbody tr').count();
    expect(all).toBeGreaterThan(3);
    await screenshot(page, 'seeds-overview');

    await page.check('form.filter-form input[name="type"][value="prison_attack"]');
    await page.click('form.filter-form button[type=submit]');
    await ready(page);
    expect(page.url()).toContain('type=prison_attack');
    await expect.poll(() => page.locator('table.incidents tbody tr').count()).toBeLessThan(all);
    const types = await page.locator('table.incidents tbody td:nth-child(2)').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['prison attack']));
    await screenshot(page, 'seeds-filtered');

    // The prison-van attack: three outlets, two officers killed; the sources disagree on its date, and on the injured
    // only in precision (3, 3 and "several other guards").
    const row = page.locator('table.incidents tbody tr', { has: page.locator('td.num', { hasText: /^3$/ }) }).first();
    await row.locator('a').first().click();
    await ready(page);
    expect(await page.locator('h1').textContent()).toMatch(/prison attack/i);
    const fields = await page.locator('dl.fields').evaluate((dl) =>
      Object.fromEntries([...dl.querySelectorAll('dt')].map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? ''])),
    );
    expect(fields.Killed).toBe('2');
    expect(fields.Sources).toMatch(/^3 \(/);
    const conflicts = (await page.locator('section.conflicts li').allTextContents()).map((t) => t.split(':')[0].trim());
    expect(conflicts).toEqual(['date']);
    // "Several other guards were wounded" is a count without a number, never shown as "not stated".
    expect(await page.locator('section.imprecise li').allTextContents()).toEqual([expect.stringMatching(/^injured: 3 \(.+, .+\); no number given \(.+\)$/)]);
    expect(await page.locator('main').textContent()).not.toContain('not stated');
    expect(fields.Victims).toMatch(/^\d+ (prison )?officers?(, \d+ (prison )?officers?)*$/);
    // Every conflicting value is attributed to a named source, never to an internal event id.
    expect(await page.locator('section.conflicts').textContent()).not.toMatch(/\(e\d+\)/);

    const marks = await marksBySource(page);
    expect(marks).toHaveLength(3);
    for (const m of marks) {
      expect(m.length).toBeGreaterThan(0);
      // Each source's highlighted passage tells of the attack itself: officers killed or shot in the prison-van ambush.
      expect(m.join(' ')).toMatch(/officers? .*(killed|shot)/i);
    }
    await screenshot(page, 'seeds-incident');
    expect(seen.foreign).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  it('shows the killed-in-2024 figures, 110 against 10, as conflicting with both sentences', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const seen = watch(page, url);
    await page.goto(url + '/#/figures');
    await ready(page);
    const groups = page.locator('section.group.conflicting');
    const texts = await groups.evaluateAll((gs) => gs.map((g) => [...g.querySelectorAll('td.value')].map((v) => v.textContent ?? '')));
    const killed = texts.findIndex((values) => values.includes('110') && values.includes('10'));
    expect(killed, `conflicting groups' values: ${JSON.stringify(texts)}`).toBeGreaterThanOrEqual(0);
    const group = groups.nth(killed);
    expect(await group.locator('.badge').first().textContent()).toBe('conflicting');
    expect(await group.locator('h2').textContent()).toMatch(/kill|fatalit|death/i);
    expect(await group.textContent()).toContain('period: 2024');
    const sentences = await group.locator('td.sentence').allTextContents();
    expect(sentences).toHaveLength(2);
    expect(sentences.some((s) => s.includes('110'))).toBe(true);
    await group.scrollIntoViewIfNeeded();
    await screenshot(page, 'seeds-figures');
    expect(seen.errors).toEqual([]);
  });

  it('fits a phone screen: filters folded away, the map and the list reachable', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(url + '/');
    await ready(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    // The filters start folded on a phone, so the map shows on the first screen.
    expect(await page.locator('details.filters').getAttribute('open')).toBeNull();
    const mapTop = await page.locator('svg.map').evaluate((el) => el.getBoundingClientRect().top);
    expect(mapTop).toBeLessThan(844);
    await page.click('details.filters summary');
    expect(await page.locator('#f-dep').isVisible()).toBe(true);
    await screenshot(page, 'seeds-phone');
  });
});
