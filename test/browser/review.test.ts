// The review workflow end to end in Chromium (issue #12): log in, fix a date by selecting its evidence in a source
// text, fix a place by selecting the words naming it and choosing among the places they may name, confirm from the
// queue with the keyboard, merge two incidents, undo, rename an entity and merge another into a third from their
// pages, and a re-run of the whole pipeline afterwards (a new version of an article, a full reconciliation) that
// keeps every edit. Markup in a reason or a name is shown as text. Real pipeline on articles written for the test,
// real server, SQLite file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { reconcileStore } from '../../src/pipeline/reconcile-store.js';
import { addUser } from '../../src/review/accounts.js';
import { editIncident } from '../../src/review/actions.js';
import { loadCorrections } from '../../src/review/corrections.js';
import type { Entity } from '../../src/reconcile/types.js';
import { incidentsByFile, ingestCorpus, REVIEW_ARTICLES, rewriteArticle, writeReviewCorpus, type ReviewCorpus } from '../support/review-corpus.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { HAS_CHROMIUM, launch, ready, screenshot, startServer, watch } from './harness.js';

const SKIP = !HAS_CHROMIUM;
const PASSWORD = 'review in the browser';
const XSS = '<img src=x onerror=alert(1)>';

describe.skipIf(SKIP)('review in the dashboard (Chromium)', () => {
  let store: Store;
  let corpus: ReviewCorpus;
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let page: Page;
  let seen: ReturnType<typeof watch>;
  const byFiles = async (...files: string[]) => (await incidentsByFile(store)).find((i) => files.every((f) => i.files.includes(f)) && i.files.length === files.length);

  beforeAll(async () => {
    store = await openStore(join(mkdtempSync(join(tmpdir(), 'vigie-review-web-')), 'v.db'));
    corpus = writeReviewCorpus();
    await ingestCorpus(corpus, store);
    await addUser(store, 'ed', 'editor', PASSWORD);
    ({ app, url } = await startServer(store));
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    seen = watch(page, url);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  async function open(hash: string): Promise<void> {
    await page.goto(`${url}/${hash}`);
    await ready(page);
  }

  /** Selects some words in the first source text holding them, as a person dragging over them would. */
  function selectWords(words: string): Promise<string | null> {
    return page.evaluate((words) => {
      for (const box of document.querySelectorAll('section.source .story-text')) {
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = (n.textContent ?? '').indexOf(words);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + words.length);
          const sel = document.getSelection()!;
          sel.removeAllRanges();
          sel.addRange(range);
          return sel.toString();
        }
      }
      return null;
    }, words);
  }
  const entities = () => store.derived<Entity>('entities');

  it('logs in, fixes a date and a place by selecting their evidence, confirms from the queue, merges, undoes, renames and merges entities, and a pipeline re-run keeps every edit', async () => {
    await open('#/login');
    await page.fill('#login-name', 'ed');
    await page.fill('#login-password', PASSWORD);
    await page.click('form.login-form button[type=submit]');
    await page.waitForSelector('ol.queue');
    await ready(page);
    expect(await page.textContent('#account')).toContain('ed (editor)');
    const waiting = Number(await page.textContent('#count-waiting'));
    expect(waiting).toBe((await incidentsByFile(store)).length);

    // Fix the shooting's date: select "on 7 April 2025" in the first report's text, use it as evidence.
    const shooting = (await byFiles('shooting-a.txt', 'shooting-b.txt'))!;
    await open(`#/incident/${shooting.id}`);
    await page.waitForSelector('section.review-panel');
    expect(await selectWords('on 7 April 2025')).toBe('on 7 April 2025');
    await page.click('#review-use-selection');
    expect(await page.textContent('#review-evidence')).toBe('“on 7 April 2025”');
    await page.selectOption('#review-field', 'date');
    await page.fill('#review-value', '2025-04-06');
    await page.fill('#review-reason', `late on the 6th ${XSS}`);
    await page.click('#review-save');
    await page.waitForFunction(() => document.querySelector('dl.fields')?.textContent?.includes('2025-04-06 (day)'));
    await ready(page);
    const [edit] = await loadCorrections(store);
    expect(edit).toMatchObject({ action: 'edit', user: 'ed', payload: { field: 'date', before: '2025-04-07', after: '2025-04-06' } });
    const ev = edit.action === 'edit' ? edit.payload.evidence! : null;
    expect(ev?.text).toBe('on 7 April 2025');
    // The offsets are the story's own: the words are where they say in the stored text.
    const storyText = (await store.db.selectFrom('stories as s').innerJoin('documents as d', 'd.id', 's.document_id').select('s.text').where('d.identity', '=', ev!.doc).where('d.superseded_by', 'is', null).executeTakeFirstOrThrow()).text;
    expect(storyText.slice(ev!.start, ev!.end)).toBe('on 7 April 2025');

    // Fix its place: the machine read the 13th arrondissement, the reviewer keeps the city only. Selecting the words
    // "Marseille" as evidence looks them up; the reviewer chooses the commune among the places they may name.
    expect(shooting.place?.commune_insee).toBe('13213');
    await page.selectOption('#review-field', 'place');
    expect(await page.isVisible('#review-value')).toBe(false);
    expect(await selectWords('Marseille')).toBe('Marseille');
    await page.click('#review-use-selection');
    expect(await page.textContent('#review-evidence')).toBe('“Marseille”');
    await page.waitForSelector('#review-place-choices input[name="review-place"]');
    expect(await page.inputValue('#review-place-q')).toBe('Marseille');
    await page.locator('#review-place-choices label.place-choice', { hasText: 'INSEE 13055' }).locator('input').check();
    await page.fill('#review-reason', 'only the city is certain');
    await screenshot(page, 'review-place');
    await page.click('#review-save');
    await page.waitForFunction(() => document.querySelector('dl.fields')?.textContent?.includes('INSEE 13055'));
    await ready(page);
    const placeEdit = (await loadCorrections(store)).find((c) => c.action === 'edit' && c.payload.field === 'place')!;
    expect(placeEdit.payload).toMatchObject({ before: { commune_insee: '13213' }, after: { name: 'Marseille', commune_insee: '13055', departement: '13', precision: 'commune' }, evidence: { text: 'Marseille' } });
    expect((await byFiles('shooting-a.txt', 'shooting-b.txt'))!.place).toMatchObject({ commune_insee: '13055', region: "Provence-Alpes-Côte d'Azur" });
    await screenshot(page, 'review-incident');

    // The queue: c confirms the selected (first) incident, j moves on.
    await open('#/review');
    const first = await page.getAttribute('li.queue-item.selected', 'data-id');
    await page.keyboard.press('c');
    await page.waitForSelector('li.queue-item.done-confirmed');
    expect(await page.getAttribute('li.queue-item.selected', 'data-id')).not.toBe(first);
    expect((await byFiles(...(await incidentsByFile(store)).find((i) => i.id === first)!.files))!.review?.status).toBe('confirmed');

    // Merge the seizure into the arson, from the arson's page: nothing else in its département and month, so the
    // seizure is found by words of its story and chosen in the list (its id is filled in).
    const arson = (await byFiles('arson.txt'))!;
    const seizure = (await byFiles('seizure.txt'))!;
    await open(`#/incident/${arson.id}`);
    await page.waitForSelector('section.review-panel');
    await page.click('#review-merge-find');
    await page.waitForSelector('#review-merge-choices p.muted');
    expect(await page.textContent('#review-merge-choices')).toMatch(/No other incident in that département and month/);
    await page.fill('#review-merge-q', 'cocaine container');
    await page.press('#review-merge-q', 'Enter');
    await page.waitForSelector('#review-merge-choices input[name="review-merge-other"]');
    expect(await page.locator('#review-merge-choices label').count()).toBe(1);
    await page.locator('#review-merge-choices label', { hasText: seizure.id }).locator('input').check();
    expect(await page.inputValue('#review-other')).toBe(seizure.id);
    await page.fill('#review-reason', 'one operation');
    await page.click('#review-merge');
    await page.waitForFunction(() => document.querySelectorAll('section.source').length === 2);
    expect(await byFiles('arson.txt', 'seizure.txt')).toBeDefined();

    // Undo the merge from the audit log; the reason with markup is shown as text.
    await open('#/review/log');
    expect(await page.locator('tr[data-action="edit"] td.reason').allTextContents()).toContain(`late on the 6th ${XSS}`);
    expect(await page.locator('main img').count()).toBe(0);
    await page.click('tr[data-action="merge"] button.undo');
    await page.waitForSelector('tr[data-action="merge"].undone');
    expect(await byFiles('arson.txt', 'seizure.txt')).toBeUndefined();
    await screenshot(page, 'review-log');

    // Entities from their pages: one renamed to markup (the name is data, shown as text), one merged into another
    // found by name.
    const customs = (await entities()).find((e) => e.type === 'organisation')!;
    await open(`#/entity/${encodeURIComponent(customs.id)}`);
    await page.fill('#entity-name', XSS);
    await page.fill('#entity-reason', `a test ${XSS}`);
    await page.click('#entity-rename');
    await page.waitForFunction((name) => document.querySelector('main h1')?.textContent === name, XSS);
    expect(await page.locator('main img').count()).toBe(0);
    const grenoble = (await entities()).find((e) => e.name === 'Grenoble')!;
    const havre = (await entities()).find((e) => e.name === 'Le Havre')!;
    await open(`#/entity/${encodeURIComponent(grenoble.id)}`);
    await page.fill('#entity-into-q', 'havre');
    await page.click('#entity-find');
    await page.waitForSelector('#entity-targets input[name="entity-into"]');
    expect(await page.textContent('#entity-targets')).toContain('Le Havre');
    await page.fill('#entity-reason', 'one place for the test');
    await screenshot(page, 'review-entity');
    await page.click('#entity-merge');
    await page.waitForFunction((id) => decodeURIComponent(location.hash) === `#/entity/${id}`, havre.id);
    await ready(page);
    expect(await page.locator('main h1').textContent()).toBe('Le Havre');
    expect(await page.locator('main').textContent()).toContain('Grenoble');
    expect((await entities()).some((e) => e.name === 'Grenoble')).toBe(false);
    await open('#/review/log');
    expect(await page.locator('tr[data-action="entity_rename"] td').nth(4).textContent()).toBe(`"Customs" → ${JSON.stringify(XSS)}`);
    expect(await page.locator('tr[data-action="entity_merge"] td').nth(4).textContent()).toBe('Grenoble → Le Havre');
    expect(await page.locator('main img').count()).toBe(0);

    // The whole pipeline again: a new version of the report the date's evidence came from (same words), and a full
    // reconciliation. Every edit stays: the date, the confirmation, the undone merge stays undone.
    rewriteArticle(corpus, 'shooting-a.txt', REVIEW_ARTICLES[0].text + 'Flowers were left at the scene on Wednesday.\n');
    await ingestCorpus(corpus, store);
    await reconcileStore(store, { full: true });
    const after = (await byFiles('shooting-a.txt', 'shooting-b.txt'))!;
    expect(after.date).toBe('2025-04-06');
    expect(after.place?.commune_insee).toBe('13055');
    expect(after.review!.flags).toEqual([]);
    expect((await incidentsByFile(store)).filter((i) => i.review?.status === 'confirmed').length).toBe(1);
    expect(await byFiles('arson.txt', 'seizure.txt')).toBeUndefined();
    await open(`#/incident/${after.id}`);
    expect(await page.textContent('dl.fields')).toContain('2025-04-06 (day)');

    expect((await entities()).some((e) => e.name === 'Grenoble')).toBe(false);
    expect((await entities()).find((e) => e.name === 'Le Havre')?.aliases).toContain('Grenoble');
    // The name given is shown as text on the entities page and the entity's own, after the re-run too.
    await open('#/entities');
    expect(await page.locator('main').textContent()).toContain(XSS);
    expect(await page.locator('main img').count()).toBe(0);
    const renamed = (await entities()).find((e) => e.name === XSS)!;
    await open(`#/entity/${encodeURIComponent(renamed.id)}`);
    expect(await page.locator('main h1').textContent()).toContain(XSS);
    expect(await page.locator('main img').count()).toBe(0);
    expect(seen.errors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    expect(seen.foreign).toEqual([]);
  });

  // Runs after the test above, logged in as the same editor, on what it left.
  it('edits ages, actors and type from the panel (starting from the current values), rejects with the queue keys, splits an entity, undoes an edit from the log, moves a report out, and a re-run keeps it all', async () => {
    const field = async (label: string) => (await page.locator('dl.fields dt', { hasText: label }).locator('xpath=following-sibling::dd[1]').textContent()) ?? '';
    const shooting = (await byFiles('shooting-a.txt', 'shooting-b.txt'))!;
    const machineActors = shooting.review!.machine.actors;
    await open(`#/incident/${shooting.id}`);
    await page.waitForSelector('section.review-panel');

    // Ages: the box starts from the ages the sources give; one more victim, a minor, with the words as evidence.
    await page.selectOption('#review-field', 'ages');
    expect(await page.inputValue('#review-value')).toBe('24');
    expect(await page.textContent('#review-hint')).toMatch(/ages, comma-separated/);
    expect(await selectWords('24-year-old')).toBe('24-year-old');
    await page.click('#review-use-selection');
    await page.fill('#review-value', '24, 16');
    await page.fill('#review-reason', 'his cousin, 16, was shot too');
    await page.click('#review-save');
    await page.waitForFunction(() => document.querySelector('dl.fields')?.textContent?.includes('16 and 24'));
    await ready(page);
    expect(await field('Victims')).toContain('16 and 24');

    // Actors: the box starts from the machine's; a name written as markup is shown as text.
    await page.selectOption('#review-field', 'actors');
    expect(await page.inputValue('#review-value')).toBe(machineActors.join(', '));
    await page.fill('#review-value', `DZ Mafia, ${XSS}`);
    await page.fill('#review-reason', 'named by the prosecutor');
    await page.click('#review-save');
    await page.waitForFunction(() => document.querySelector('dl.fields')?.textContent?.includes('DZ Mafia'));
    await ready(page);
    expect(await field('Actors')).toBe(`DZ Mafia, ${XSS}`);
    expect(await page.locator('main img').count()).toBe(0);
    const edited = (await byFiles('shooting-a.txt', 'shooting-b.txt'))!;
    expect(edited.victims.map((v) => [v.age, v.minor])).toEqual([[24, false], [16, true]]);
    expect(edited.actors).toEqual(['DZ Mafia', XSS]);
    const agesEdit = (await loadCorrections(store)).find((c) => c.action === 'edit' && c.payload.field === 'ages')!;
    expect(agesEdit.payload).toMatchObject({ before: [24], after: [24, 16], evidence: { text: '24-year-old' } });

    // Type: chosen among the machine's types, the current one selected first.
    const seizure = (await byFiles('seizure.txt'))!;
    await open(`#/incident/${seizure.id}`);
    await page.waitForSelector('section.review-panel');
    await page.selectOption('#review-field', 'type');
    expect(await page.isVisible('#review-value')).toBe(false);
    expect(await page.inputValue('#review-type')).toBe('seizure');
    await page.selectOption('#review-type', 'police_operation');
    await page.fill('#review-reason', 'an operation with arrests');
    await page.click('#review-save');
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent?.startsWith('police operation'));
    await ready(page);
    expect(await field('Type')).toBe('police operation');
    expect((await byFiles('seizure.txt'))!.type).toBe('police_operation');

    // The queue's keys: x needs a reason first, then rejects the selected incident; the counts follow.
    const arson = (await byFiles('arson.txt'))!;
    await open('#/review');
    const reviewedBefore = Number(await page.textContent('#count-reviewed'));
    const ids = await page.locator('li.queue-item').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
    const k = ids.indexOf(arson.id);
    expect(k).toBeGreaterThanOrEqual(0);
    for (let n = 0; n < k; n++) await page.keyboard.press('j');
    expect(await page.getAttribute('li.queue-item.selected', 'data-id')).toBe(arson.id);
    await page.keyboard.press('x');
    expect(await page.textContent('p.review-status')).toMatch(/needs a reason/);
    expect((await byFiles('arson.txt'))!.review).toBeUndefined();
    await page.fill('#queue-reason', 'a neighbours quarrel, no drugs');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('x');
    await page.waitForSelector(`li.queue-item.done-rejected[data-id="${arson.id}"]`);
    expect((await byFiles('arson.txt'))!.review?.status).toBe('rejected');
    await page.reload(); // the same hash: a reload draws the queue again
    await ready(page);
    expect(Number(await page.textContent('#count-reviewed'))).toBe(reviewedBefore + 1);
    expect(await page.locator(`li.queue-item[data-id="${arson.id}"]`).count()).toBe(0);

    // Split the alias merged in by the test above back out of Le Havre, from its page.
    const havre = (await entities()).find((e) => e.name === 'Le Havre')!;
    expect(havre.aliases).toContain('Grenoble');
    await open(`#/entity/${encodeURIComponent(havre.id)}`);
    await page.selectOption('#entity-alias', 'Grenoble');
    await page.fill('#entity-reason', 'two cities');
    await page.click('#entity-split');
    await page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('also: Grenoble'));
    expect((await entities()).some((e) => e.name === 'Grenoble')).toBe(true);

    // Undo the actors edit from the audit log: the machine's actors again, the ages edit stays.
    await open('#/review/log');
    const actorsRow = page.locator('tr[data-action="edit"]', { hasText: 'actors:' });
    await actorsRow.locator('button.undo').click();
    await page.waitForSelector('tr[data-action="edit"].undone');
    expect(await page.locator('tr.undone', { hasText: 'actors:' }).count()).toBe(1);
    expect(await page.locator('tr[data-action="entity_split"] td').nth(4).textContent()).toBe('“Grenoble” out of Le Havre');
    const undone = (await byFiles('shooting-a.txt', 'shooting-b.txt'))!;
    expect(undone.actors).toEqual(machineActors);
    expect(undone.victims.map((v) => v.age)).toEqual([24, 16]);

    // The whole pipeline again: a new version of the other report, a full reconciliation. Every edit stays.
    rewriteArticle(corpus, 'shooting-b.txt', REVIEW_ARTICLES[1].text + 'His family called for calm.\n');
    await ingestCorpus(corpus, store);
    await reconcileStore(store, { full: true });
    const kept = (await byFiles('shooting-a.txt', 'shooting-b.txt'))!;
    expect(kept.victims.map((v) => v.age)).toEqual([24, 16]);
    expect(kept.actors).toEqual(machineActors);
    expect(kept.date).toBe('2025-04-06');
    expect((await byFiles('seizure.txt'))!.type).toBe('police_operation');
    expect((await byFiles('arson.txt'))!.review?.status).toBe('rejected');
    expect((await entities()).some((e) => e.name === 'Grenoble')).toBe(true);

    // A place named with markup (through the API: the dashboard offers only the gazetteer's places) is text on the
    // map's list, the incident's page and the audit log.
    const seized = (await byFiles('seizure.txt'))!;
    await editIncident(store, 'ed', seized.id, { field: 'place', value: { ...seized.place, name: XSS }, reason: `dock ${XSS}` });
    for (const hash of ['#/', `#/incident/${seized.id}`, '#/review/log']) {
      await open(hash);
      expect(await page.locator('main').textContent(), hash).toContain(XSS);
      expect(await page.locator('main img').count(), hash).toBe(0);
    }

    // Move one report out of the shooting from its page: two incidents, and they stay two after a full reconciliation.
    await open(`#/incident/${kept.id}`);
    await page.waitForSelector('button.move-out');
    expect(await page.locator('button.move-out').count()).toBe(2);
    await page.fill('#review-reason', 'two shootings that day');
    await page.locator('button.move-out').last().click();
    await page.waitForSelector('ol.queue');
    expect(await byFiles('shooting-a.txt', 'shooting-b.txt')).toBeUndefined();
    expect(await byFiles('shooting-a.txt')).toBeDefined();
    expect(await byFiles('shooting-b.txt')).toBeDefined();
    await reconcileStore(store, { full: true });
    expect(await byFiles('shooting-a.txt', 'shooting-b.txt')).toBeUndefined();
    // From one half, the merge finder offers the other by default: same département, same month.
    const half = (await byFiles('shooting-a.txt'))!;
    await open(`#/incident/${half.id}`);
    await page.click('#review-merge-find');
    await page.waitForSelector('#review-merge-choices input[name="review-merge-other"]');
    expect(await page.textContent('#review-merge-choices')).toContain((await byFiles('shooting-b.txt'))!.id);
    expect(await page.textContent('#review-merge-choices')).not.toContain(half.id);
    expect(seen.errors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
  });
});
