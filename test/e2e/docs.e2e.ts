import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeCounts } from '../../components/severity';
import { checkDraft } from '../../lib/index';
import { exampleProfile } from '../../lib/profile/example';
import { defaultSettings, type Settings } from '../../lib/settings/schema';
import { launchExtension, type Extension, type ServeResponse } from './harness';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/docs');
const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

const DOC_ID = '1e2eConsonantPlanDoc_abcdefghij';
const DOC_URL = `https://docs.google.com/document/d/${DOC_ID}/edit`;
const EXPORT_GLOB = `https://docs.google.com/document/d/${DOC_ID}/export**`;
const TEXT = 'text/plain; charset=utf-8';

/** A 10,000-word document: the plan's conflicts once, then ordinary aligned paragraphs. */
function longDocument(): string {
  let text = fixture('plan.txt');
  const filler = fixture('clean.txt');
  while (text.split(/\s+/).length < 10_000) text += `\n\n${filler}`;
  return text;
}

let ext: Extension;

/** What the background would write after merging policy, team URL and local edits. */
function state(settings: Partial<Settings> = {}) {
  return {
    profile: exampleProfile,
    profileSource: 'example',
    profileSyncedAt: null,
    settings: { ...defaultSettings, ...settings },
    locked: [],
  };
}

beforeAll(async () => {
  // CONSONANT_E2E_EXTENSION_DIR runs against a private copy of the build while others rebuild .output.
  ext = await launchExtension({ extensionDir: process.env.CONSONANT_E2E_EXTENSION_DIR });
  await ext.serve(`https://docs.google.com/document/d/${DOC_ID}/edit**`, { body: fixture('document.html') });
});

afterAll(async () => {
  await ext?.close();
});

/** Every export answer a test sets wins over the earlier ones (routes registered later win). */
async function exportAnswers(response: ServeResponse) {
  await ext.serve(EXPORT_GLOB, { contentType: TEXT, ...response });
}

async function openDoc(): Promise<Page> {
  const page = await ext.context.newPage();
  // Long tasks on the page's main thread, whoever runs them (page, content script or the browser).
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(DOC_URL);
  return page;
}

const overlay = (page: Page) => page.locator('consonant-docs');
const shareButton = (page: Page) => page.locator('#docs-titlebar-share-client-button [role="button"]');
const shareCount = (page: Page) => page.evaluate(() => (window as unknown as { shareOpened: number }).shareOpened);

/**
 * A real click at the centre of Share. As with Send, the warning opens on pointerdown, so the rest
 * of the click lands on it: Playwright's own click would call that "intercepted" and click again.
 */
async function clickShare(page: Page) {
  const box = (await shareButton(page).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe('Google Docs', () => {
  it('shows the findings by severity and lists each with its evidence', async () => {
    await exportAnswers({ body: `\uFEFF${fixture('plan.txt').replace(/\n/g, '\r\n')}` });
    const page = await openDoc();
    const indicator = overlay(page).getByRole('button', { name: /^Consonant: \d+ conflicts?[^.]*\. Show findings$/ });
    await expect(indicator.waitFor({ timeout: 15_000 })).resolves.toBeUndefined();
    await indicator.click();
    const panel = overlay(page).getByRole('region', { name: 'Consonant findings' });
    await expect(panel.textContent()).resolves.toMatch(/Mobile redesign is paused until Q2 \(Ravi Shah\).*“urgent”/);
    const text = await panel.textContent();
    expect(text).toContain('“ASAP”');
    expect(text).toContain('Profile says');
    expect(text).toContain('Suggestion');
    await ext.screenshot(page, 'docs-findings');
    // The document's words went nowhere but the same-origin export request.
    expect(ext.requestsContaining('first screens')).toEqual([]);
    await page.close();
  });

  it('reads the document again after typing pauses (visibility and max-wait re-reads: scheduler unit tests)', async () => {
    await exportAnswers({ body: fixture('plan.txt') });
    const page = await openDoc();
    await overlay(page)
      .getByRole('button', { name: /\d+ conflicts?/ })
      .waitFor({ timeout: 15_000 });
    // The writer fixes the document: typing goes to Docs' offscreen text-event frame.
    await exportAnswers({ body: fixture('clean.txt') });
    await page.frameLocator('iframe.docs-texteventtarget-iframe').locator('body').press('Backspace');
    await overlay(page)
      .getByRole('button', { name: /No conflicts/i })
      .waitFor({ timeout: 15_000 });
    await page.close();
  });

  it('holds Share while there are findings: Edit goes back, Share anyway opens the real dialog once', async () => {
    await exportAnswers({ body: fixture('plan.txt') });
    const page = await openDoc();
    await overlay(page)
      .getByRole('button', { name: /\d+ conflicts?/ })
      .waitFor({ timeout: 15_000 });

    await clickShare(page);
    const dialog = overlay(page).getByRole('alertdialog');
    await dialog.waitFor();
    expect(await shareCount(page)).toBe(0);
    await ext.screenshot(page, 'docs-share-warning');
    await dialog.getByRole('button', { name: 'Edit' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await shareCount(page)).toBe(0);

    await clickShare(page);
    await dialog.getByRole('button', { name: 'Share anyway' }).click();
    await page.locator('#share-dialog').waitFor();
    expect(await shareCount(page)).toBe(1);
    expect(await dialog.count()).toBe(0);
    await page.close();
  });

  it('lets Share through when the document has no findings', async () => {
    await exportAnswers({ body: fixture('clean.txt') });
    const page = await openDoc();
    await overlay(page)
      .getByRole('button', { name: /No conflicts/i })
      .waitFor({ timeout: 15_000 });
    await clickShare(page);
    await page.locator('#share-dialog').waitFor();
    expect(await shareCount(page)).toBe(1);
    expect(await overlay(page).getByRole('alertdialog').count()).toBe(0);
    await page.close();
  });

  it('fails open: a share before the first report goes through', async () => {
    await ext.serve(EXPORT_GLOB, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 4000));
      await route.fulfill({ status: 200, contentType: TEXT, body: fixture('plan.txt') }).catch(() => undefined);
    });
    const page = await openDoc();
    await overlay(page)
      .getByRole('button', { name: /checking/i })
      .waitFor({ timeout: 15_000 });
    await clickShare(page);
    await page.locator('#share-dialog').waitFor();
    expect(await shareCount(page)).toBe(1);
    await page.close();
  });

  it('follows the settings in force: block mode offers Edit only, and Docs switched off leaves the page alone', async () => {
    await exportAnswers({ body: fixture('plan.txt') });
    await ext.setEffectiveState(state({ mode: 'block' }));
    const page = await openDoc();
    await overlay(page)
      .getByRole('button', { name: /\d+ conflicts?/ })
      .waitFor({ timeout: 15_000 });
    await clickShare(page);
    const dialog = overlay(page).getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('button', { name: 'Share anyway' }).count()).toBe(0);
    await expect(dialog.textContent()).resolves.toContain('edit the document before sharing it');
    await dialog.getByRole('button', { name: 'Edit' }).click();
    expect(await shareCount(page)).toBe(0);

    await ext.setEffectiveState(state({ sites: { gmail: true, outlook: true, docs: false } }));
    await overlay(page).locator('.cs-indicator').waitFor({ state: 'detached', timeout: 5000 });
    await clickShare(page);
    await page.locator('#share-dialog').waitFor();
    expect(await shareCount(page)).toBe(1);
    await ext.setEffectiveState(state());
    await page.close();
  });

  it.each<[string, ServeResponse, RegExp]>([
    [
      'a 403',
      { status: 403, contentType: 'text/html', body: '<html>Forbidden</html>' },
      /your account may not export it/,
    ],
    ['a 404', { status: 404, contentType: 'text/html', body: 'Not found' }, /could not find it/],
    ['a 500', { status: 500, contentType: 'text/html', body: 'Error' }, /server error/],
    [
      'a sign-in page',
      {
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!DOCTYPE html><html><title>Sign in - Google Accounts</title></html>',
      },
      /signed out/,
    ],
  ])('says in words when the export returns %s, and nothing breaks', async (_name, response, message) => {
    await exportAnswers(response);
    const page = await openDoc();
    const status = overlay(page).getByRole('status');
    await status.waitFor({ timeout: 15_000 });
    await expect(status.textContent()).resolves.toMatch(/^C?Consonant can't read this document: /);
    await expect(status.textContent()).resolves.toMatch(message);
    // Sharing is not held when nothing could be read.
    await clickShare(page);
    await page.locator('#share-dialog').waitFor();
    if (response.status === 403) await ext.screenshot(page, 'docs-unreadable');
    await page.close();
  });

  // How fast is `npm run bench`'s question (its 10,000-word document row); this test keeps to what happens.
  it('checks a 10,000-word document in the background and shows every finding', async () => {
    const text = longDocument();
    const words = text.split(/\s+/).length;
    let servedAt = 0;
    await ext.serve(EXPORT_GLOB, async (route) => {
      // Answer after start-up has settled, so the tasks the check causes can be told apart from loading the script.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      servedAt = performance.now();
      await route.fulfill({ status: 200, contentType: TEXT, body: text });
    });
    const page = await openDoc();
    await overlay(page)
      .getByRole('button', { name: /checking/i })
      .waitFor({ timeout: 15_000 });
    const startedUp = await page.evaluate(() => performance.now());
    // A slow, tiny poll: Playwright's own locator polling runs in the page and would show up as page work.
    await page.waitForFunction(
      () =>
        /\d+ conflicts?/.test(
          document
            .querySelector('consonant-docs')
            ?.shadowRoot?.querySelector('.cs-indicator')
            ?.getAttribute('aria-label') ?? '',
        ),
      undefined,
      { polling: 250, timeout: 20_000 },
    );
    const shownAt = performance.now();
    const indicator = overlay(page).getByRole('button', { name: /\d+ conflicts?/ });
    const longTasks = await page.evaluate(
      () => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks,
    );
    await indicator.click();
    const stats = await overlay(page).locator('.cs-docs-stats').textContent();
    const checkMs = Number(/in (\d+) ms/.exec(stats ?? '')?.[1]);
    const startup = longTasks.filter((t) => t.start < startedUp);
    const duringCheck = longTasks.filter((t) => t.start >= startedUp);
    const list = (tasks: typeof longTasks) =>
      tasks.length ? tasks.map((t) => `${Math.round(t.duration)} ms`).join(', ') : 'none';
    // The machine running the suite may be shared; the load average says how much the figures can be trusted.
    const load = os.loadavg()[0]! / os.cpus().length;
    console.log(
      `[docs perf] ${words} words: checked in ${checkMs} ms in the background service worker; export served → findings shown ${Math.round(shownAt - servedAt)} ms; ` +
        `long tasks on the page during the check: ${list(duringCheck)}; at script start-up: ${list(startup)}; load per core ${load.toFixed(1)}`,
    );
    expect(words).toBeGreaterThanOrEqual(10_000);
    // The page shows what the core finds in the whole document, checked once, in the background.
    const expected = checkDraft(text, exampleProfile, { budgetMs: 10_000 }).findings;
    expect(expected.length).toBeGreaterThan(0);
    await expect(overlay(page).getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      `${describeCounts(expected)} in this document`,
    );
    expect(stats).toMatch(/^Checked [\d,]+ words in \d+ ms, on this computer\.$/);
    await page.close();
  });
});
