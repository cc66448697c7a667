// The dashboard of a server that reads only to people logged in (bound to a network address without --public-read,
// issue #12): a reader without a session gets the login form in place of any page, and no data; the login brings them
// back to the page they asked for; a viewer reads but is offered no review; logging out closes the data again.
// The server is built as one bound to 0.0.0.0 (the rule follows the bind) and listens on 127.0.0.1 for the test.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { addUser } from '../../src/review/accounts.js';
import { buildServer } from '../../src/serve/server.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { incidentsByFile, ingestCorpus, writeReviewCorpus } from '../support/review-corpus.js';
import { ensureDashboardBuilt, HAS_CHROMIUM, launch, ready, watch } from './harness.js';

const PASSWORD = 'reading needs a login';

describe.skipIf(!HAS_CHROMIUM)('the dashboard of a server that needs a login to read (Chromium)', () => {
  let store: Store;
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let page: Page;
  let seen: ReturnType<typeof watch>;

  beforeAll(async () => {
    store = await openStore(join(mkdtempSync(join(tmpdir(), 'vigie-login-web-')), 'v.db'));
    await ingestCorpus(writeReviewCorpus(), store);
    await addUser(store, 'reader', 'viewer', PASSWORD);
    app = await buildServer({ store, webRoot: ensureDashboardBuilt(), bindHost: '0.0.0.0' });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    seen = watch(page, url);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  it('shows the login form in place of every page until a reader logs in, then the page asked for', async () => {
    const shooting = (await incidentsByFile(store)).find((i) => i.files.includes('shooting-a.txt'))!;
    await page.goto(`${url}/#/incident/${shooting.id}`);
    await ready(page);
    expect(await page.textContent('main h1')).toBe('Log in');
    expect(await page.textContent('main')).toMatch(/log in to read it/);
    expect(await page.locator('dl.fields').count()).toBe(0);
    expect(await page.textContent('main')).not.toContain('Marseille');
    expect(await page.evaluate(async () => (await fetch('/api/incidents')).status)).toBe(401);

    await page.fill('#login-name', 'reader');
    await page.fill('#login-password', 'not the password');
    await page.click('form.login-form button[type=submit]');
    await page.waitForSelector('form.login-form p.error:not([hidden])');
    expect(await page.textContent('form.login-form p.error')).toMatch(/wrong name or password/);

    await page.fill('#login-password', PASSWORD);
    await page.click('form.login-form button[type=submit]');
    await page.waitForSelector('dl.fields');
    await ready(page);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/incident/${shooting.id}`);
    expect(await page.textContent('dl.fields')).toContain('Marseille');
    expect(await page.textContent('#account')).toContain('reader (viewer)');
    // A viewer reads; the review panel is for editors.
    expect(await page.locator('section.review-panel').count()).toBe(0);
    await page.goto(`${url}/#/`);
    await ready(page);
    expect(await page.textContent('main h1')).not.toBe('Log in');
    await page.goto(`${url}/#/review`);
    await ready(page);
    expect(await page.textContent('main')).toMatch(/reader is a viewer: reviewing needs the editor role/);

    // Logging out closes the data again.
    await page.click('#logout');
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Log in');
    expect(await page.evaluate(async () => (await fetch('/api/incidents')).status)).toBe(401);
    expect(seen.errors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    expect(seen.foreign).toEqual([]);
  });
});
