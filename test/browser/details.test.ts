// The dashboard's details a new user trips over (issue #10, "Dashboard"), driven in Chromium on a hand-written database:
// where the incident page opens, what the map's markers and overseas tiles say, the replay's colour scale, a single
// month's timeline, vague counts and victims, source boxes, the entities layout, page titles, the way back from a
// missing page, and text that must not be cut off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../src/store/store.js';
import { openStore } from '../../src/store/open.js';
import { writeDashboardDetailsDatabase, type DetailsIds } from '../../bench/support/fixtures.js';
import { HAS_CHROMIUM, launch, ready, screenshot, startServer, watch } from './harness.js';

const SKIP = !HAS_CHROMIUM;
if (SKIP) console.warn('browser tests skipped: /usr/bin/chromium is missing (apt-get install -y chromium)');

const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** The incident page's fields as { label: text }. */
async function fields(page: Page): Promise<Record<string, string>> {
  return page.locator('dl.fields').evaluate((dl) =>
    Object.fromEntries([...dl.querySelectorAll('dt')].map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? ''])),
  );
}

/** Whether an element's box lies wholly inside the visible part of the window. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth && r.height > 0;
  });
}

/**
 * Text fields whose placeholder, and drop-downs whose chosen option, is wider than the room the control gives it
 * (measured with the control's own font); each select is first set to its longest option.
 */
async function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const width = (el: Element, text: string) => {
      const cs = getComputedStyle(el);
      ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      return ctx.measureText(text).width;
    };
    const room = (el: HTMLElement) => {
      const cs = getComputedStyle(el);
      return el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLInputElement>('main input[placeholder]')) {
      if (el.offsetParent === null) continue; // folded away
      const need = width(el, el.placeholder);
      if (need > room(el)) out.push(`#${el.id} placeholder "${el.placeholder}" needs ${need.toFixed(0)} px, has ${room(el).toFixed(0)}`);
    }
    for (const el of document.querySelectorAll<HTMLSelectElement>('main select')) {
      if (el.offsetParent === null) continue;
      let longest = 0;
      for (let i = 1; i < el.options.length; i++) if (width(el, el.options[i].text) > width(el, el.options[longest].text)) longest = i;
      el.selectedIndex = longest;
      // Chromium draws the drop-down arrow inside the padding box: about 20 px of it are not for text.
      const need = width(el, el.options[longest].text) + 20;
      if (need > room(el)) out.push(`#${el.id} option "${el.options[longest].text}" needs ${need.toFixed(0)} px, has ${room(el).toFixed(0)}`);
    }
    return out;
  });
}

describe.skipIf(SKIP)('dashboard details', () => {
  let browser: Browser;
  let app: FastifyInstance;
  let store: Store;
  let url: string;
  let ids: DetailsIds;

  beforeAll(async () => {
    store = await openStore(':memory:');
    ids = await writeDashboardDetailsDatabase(store);
    ({ app, url } = await startServer(store));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  const incidentUrl = () => `${url}/#/incident/${encodeURIComponent(ids.prisonVan)}`;

  it('opens an incident at the top, with its first evidence shown inside its own source box', async () => {
    const page = await browser.newPage({ viewport: WIDE });
    const seen = watch(page, url);
    await page.goto(incidentUrl());
    await ready(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    for (const sel of ['h1', 'dl.fields dt:text-is("Type")', 'dl.fields dt:text-is("Date")', 'dl.fields dt:text-is("Place")', 'dl.fields dt:text-is("Killed")', 'dl.fields dt:text-is("Injured")']) {
      expect(await inViewport(page, sel), sel).toBe(true);
    }
    // The long story's evidence lies far down its text: the box, not the page, is scrolled to it.
    const box = page.locator('section.source').first().locator('.story-text');
    expect(await box.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    const markInBox = await box.evaluate((el) => {
      const m = el.querySelector('mark')!.getBoundingClientRect();
      const b = el.getBoundingClientRect();
      return m.top >= b.top && m.bottom <= b.bottom;
    });
    expect(markInBox).toBe(true);
    await screenshot(page, 'details-incident-top');

    // Reached from the bottom of the list, it opens at the top too.
    await page.goto(url + '/');
    await ready(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.locator(`table.incidents a[href="#/incident/${encodeURIComponent(ids.prisonVan)}"]`).click();
    await ready(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await inViewport(page, 'h1')).toBe(true);
    expect(seen.errors).toEqual([]);
  });

  it('lists victims as people, and tells a count given without a number from a disagreement, leaving silence out', async () => {
    const page = await browser.newPage({ viewport: WIDE });
    await page.goto(incidentUrl());
    await ready(page);
    expect((await fields(page)).Victims).toBe('2 officers, 1 prison officer');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toContain('not stated');
    // 3, 3 and "several": no source contradicts another, so nothing is listed as a disagreement.
    expect(await page.locator('section.conflicts').count()).toBe(0);
    const precision = (await page.locator('section.imprecise').textContent()) ?? '';
    expect(precision).toMatch(/injured: 3 \(Example Herald, Example Weekly\); no number given \(Example Review\)/);
    // The outlet that says nothing of the injured takes no part.
    expect(precision).not.toContain('Le Quotidien Exemple');
    await screenshot(page, 'details-imprecise');
  });

  it('lets a map marker be hovered for what it is and clicked through to its incident', async () => {
    const page = await browser.newPage({ viewport: WIDE });
    await page.goto(url + '/');
    await ready(page);
    const markers = page.locator('svg.map circle.pt');
    expect(await markers.count()).toBe(7);
    const marker = page.locator('svg.map .pt-link', { has: page.locator('title', { hasText: 'prison attack' }) }).locator('circle.pt');
    expect(await marker.evaluate((el) => getComputedStyle(el).pointerEvents)).not.toBe('none');
    expect(await marker.evaluate((el) => el.closest('a')?.querySelector('title')?.textContent ?? '')).toMatch(/^2024-05-14 · prison attack · Eure \(27\) · 2 killed$/);
    // The marker itself is what the pointer finds at its centre.
    const onTop = await marker.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
    });
    expect(onTop).toBe(true);
    await marker.click();
    await ready(page);
    expect(decodeURIComponent(page.url())).toContain(`#/incident/${ids.prisonVan}`);
    expect(await page.locator('h1').textContent()).toMatch(/prison attack/i);
  });

  it('names each overseas département on the map with its count, instead of blank grey tiles', async () => {
    const page = await browser.newPage({ viewport: WIDE });
    await page.goto(url + '/');
    await ready(page);
    const tile = (code: string) => page.locator(`svg.map g.inset[data-code="${code}"]`);
    expect(await tile('974').textContent()).toMatch(/La Réunion.*1 incident\b/);
    expect(await tile('976').textContent()).toMatch(/Mayotte.*no incident/);
    expect(await tile('971').textContent()).toMatch(/Guadeloupe/);
    // The Réunion incident is drawn inside its tile, as a marker like any other.
    expect(await tile('974').locator('circle.pt').count()).toBe(1);
  });

  it('keeps the colour classes of the whole period while the replay moves through the months', async () => {
    const page = await browser.newPage({ viewport: WIDE });
    await page.goto(url + '/');
    await ready(page);
    const fill = (code: string) => page.locator(`svg.map path.dep[data-code="${code}"]`).getAttribute('fill');
    const legend = () => page.locator('.legend').textContent();
    const full = { legend: await legend(), marseille: await fill('13'), nimes: await fill('30') };
    // Up to January 2024: Marseille (4 incidents in all) and Nîmes (1) have one each.
    await page.locator('#slider').evaluate((el: HTMLInputElement) => {
      el.value = '0';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => fill('13')).not.toBe(full.marseille);
    expect(await page.locator('.slider-label').textContent()).toBe('up to 2024-01');
    expect(await legend()).toBe(full.legend);
    // One incident has the colour of one incident over the whole period, however few the month has.
    expect(await fill('13')).toBe(full.nimes);
    expect(await fill('30')).toBe(full.nimes);
  });

  it('draws a single month as a bar one month wide with its deaths marked, and counts "1 incident"', async () => {
    const page = await browser.newPage({ viewport: WIDE });
    await page.goto(url + '/#/?from=2024-05&to=2024-05');
    await ready(page);
    const chart = await page.locator('svg.chart').evaluate((svg) => {
      const width = (svg as SVGSVGElement).viewBox.baseVal.width;
      const bars = [...svg.querySelectorAll<SVGGraphicsElement>('.bar')].map((b) => b.getBBox().width);
      const deaths = [...svg.querySelectorAll<SVGGraphicsElement>('[class*="deaths"]')].map((d) => {
        const b = d.getBBox();
        return Math.max(b.width, b.height);
      });
      return { width, bars, deaths };
    });
    expect(chart.bars).toHaveLength(1);
    expect(chart.bars[0] / chart.width).toBeLessThan(0.2);
    expect(Math.max(0, ...chart.deaths)).toBeGreaterThan(0);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/\b1 incidents\b/);
    expect(text).toMatch(/\b1 incident\b/);
    await screenshot(page, 'details-single-month');
  });

  it('marks a cut source box and shows its whole text on demand', async () => {
    const page = await browser.newPage({ viewport: WIDE });
    await page.goto(incidentUrl());
    await ready(page);
    const section = page.locator('section.source').first();
    const box = section.locator('.story-text');
    expect(await box.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    const more = section.getByRole('button', { name: /whole text/i });
    expect(await more.isVisible()).toBe(true);
    await more.click();
    expect(await box.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    expect(await section.getByRole('button', { name: /shorter/i }).isVisible()).toBe(true);
    // A short story needs no cue.
    const short = page.locator('section.source').nth(1);
    expect(await short.getByRole('button', { name: /whole text/i }).count()).toBe(0);
  });

  it('lays entities out by kind, in columns over the width, with their counts', async () => {
    const page = await browser.newPage({ viewport: WIDE });
    await page.goto(url + '/#/entities');
    await ready(page);
    const headings = await page.locator('section.entity-kind h2').allTextContents();
    expect(headings).toEqual(['People (1)', 'Criminal groups (1)', 'Organisations (1)', 'Places (2)']);
    const row = page.locator('section.entity-kind tr', { has: page.locator('a', { hasText: 'Mohamed Amra' }) });
    expect(await row.locator('td.num').allTextContents()).toEqual(['3', '3']);
    const widths = await page.evaluate(() => ({
      main: document.querySelector('main')!.clientWidth,
      grid: document.querySelector('.entity-kinds')!.getBoundingClientRect().width,
      columns: new Set([...document.querySelectorAll('section.entity-kind')].map((s) => Math.round(s.getBoundingClientRect().left))).size,
    }));
    expect(widths.grid / widths.main).toBeGreaterThan(0.9);
    expect(widths.columns).toBeGreaterThan(1);
    await screenshot(page, 'details-entities');

    const phone = await browser.newPage({ viewport: PHONE });
    await phone.goto(url + '/#/entities');
    await ready(phone);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
  });

  it('gives every view its own page title', async () => {
    const page = await browser.newPage({ viewport: WIDE });
    const routes = ['#/', '#/figures', '#/entities', '#/search', '#/search?q=Amra', `#/incident/${encodeURIComponent(ids.prisonVan)}`, `#/entity/${encodeURIComponent(ids.entity)}`, `#/document/${ids.firstDocument}`, '#/nowhere'];
    const titles: string[] = [];
    for (const r of routes) {
      await page.goto(`${url}/${r}`);
      await ready(page);
      titles.push(await page.title());
    }
    expect(new Set(titles).size, titles.join(' | ')).toBe(routes.length);
    for (const t of titles) expect(t).toMatch(/ · Vigie$/);
    expect(titles[4]).toContain('Amra');
    expect(titles[5]).toMatch(/prison attack.*Incarville/i);
    expect(titles[6]).toContain('Mohamed Amra');
    expect(titles[8]).toMatch(/^Not found/);
  });

  it('offers a way back from a page that is not found', async () => {
    const page = await browser.newPage({ viewport: WIDE });
    for (const r of ['#/incident/inc:e999', '#/entity/ent:nobody', '#/document/d999', '#/nowhere']) {
      await page.goto(`${url}/${r}`);
      await ready(page);
      expect(await page.locator('h1').textContent(), r).toBe('Not found');
      const back = page.locator('main a[href="#/"]');
      expect(await back.count(), r).toBeGreaterThan(0);
    }
    await page.locator('main a[href="#/"]').first().click();
    await ready(page);
    expect(await page.locator('table.incidents').count()).toBe(1);
  });

  it('shows every placeholder and every chosen option whole, on a wide screen and on a phone', async () => {
    for (const viewport of [WIDE, PHONE]) {
      const page = await browser.newPage({ viewport });
      for (const r of ['#/', '#/figures', '#/entities', '#/search']) {
        await page.goto(`${url}/${r}`);
        await ready(page);
        if (r === '#/' && viewport === PHONE) await page.click('details.filters summary');
        expect(await cutOff(page), `${r} at ${viewport.width} px`).toEqual([]);
      }
      await page.close();
    }
  });
});
