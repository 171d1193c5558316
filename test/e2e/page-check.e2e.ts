/**
 * "Check this page" and "Check selection with Consonant" end to end.
 *
 * What is and isn't covered: in use, the toolbar click (or the context-menu click) grants
 * activeTab for the front tab, and that grant is what lets scripting.executeScript inject
 * page-extract.js without any host permission. Playwright cannot click the browser's toolbar or
 * context menu, so no activeTab grant happens here. Instead the test pages are served under
 * https://docs.google.com/consonant-e2e/…, a host the shipped manifest already holds for Google
 * Docs (no permission is added for the test, and the Docs content script matches only
 * /document/*), and the popup is opened as a tab with `?tab=<id>` naming the page. Everything
 * after the grant — injection, extraction in the page, validation, the check in the extension
 * page and the rendering — is the shipped code path. Whether a real toolbar click grants access on
 * an arbitrary site is Chromium's behaviour and is not tested here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Extension } from './harness';

const pages = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');
const BASE = 'https://docs.google.com/consonant-e2e';

let ext: Extension;

beforeAll(async () => {
  // CONSONANT_E2E_EXTENSION_DIR runs against a private copy of the build while others rebuild .output.
  ext = await launchExtension({ extensionDir: process.env.CONSONANT_E2E_EXTENSION_DIR });
  for (const name of ['article', 'textarea', 'contenteditable', 'iframe-editor']) {
    await ext.serve(`${BASE}/${name}.html`, { body: readFileSync(path.join(pages, `${name}.html`), 'utf8') });
  }
  const paragraph =
    '<p>Checkout reliability stays our top priority through the holidays, and the team keeps the on-call rotation as it is.</p>';
  await ext.serve(`${BASE}/huge.html`, {
    body: `<!doctype html><title>Archive</title><article><h1>Archive</h1><p>The mobile redesign is urgent.</p>${paragraph.repeat(800)}</article>`,
  });
});

afterAll(async () => {
  await ext?.close();
});

async function tabIdOf(url: string): Promise<number> {
  return ext.serviceWorker.evaluate(async (target) => {
    const chrome = (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }
    ).chrome;
    const tabs = await chrome.tabs.query({});
    // Without the tabs permission a page's URL is visible only on hosts the extension holds
    // (chrome:// pages show none); the newest tab is then the page the test just opened.
    const tab =
      tabs.find((t) => t.url === target) ?? tabs.filter((t) => t.url === undefined).sort((a, b) => b.id - a.id)[0];
    if (!tab) throw new Error(`no tab at ${target}`);
    return tab.id;
  }, url);
}

/** Opens the popup for the tab showing `page`, the way the toolbar does, and presses Check this page. */
async function checkFromPopup(page: Page): Promise<Page> {
  const popup = await ext.openExtensionPage(`popup.html?tab=${await tabIdOf(page.url())}`);
  await popup.getByRole('button', { name: 'Check this page' }).click();
  await popup.locator('.consonant-page-result, [role="alert"]').first().waitFor({ timeout: 20_000 });
  return popup;
}

const marked = (popup: Page) => popup.locator('.cs-page-findings mark').allTextContents();

describe('Check this page', () => {
  it("checks an article's main text and shows each finding in its sentence with the words marked", async () => {
    const page = await ext.context.newPage();
    await page.goto(`${BASE}/article.html`);
    const popup = await checkFromPopup(page);
    const result = popup.locator('.consonant-page-result');
    await expect(result.textContent()).resolves.toMatch(/Checked the page's main text of “Q4 platform update/);
    const words = await marked(popup);
    expect(words).toEqual(expect.arrayContaining(['our top priority', 'ASAP']));
    const findings = popup.locator('.cs-page-findings .cs-finding');
    const sentence = await findings
      .filter({ hasText: 'our top priority' })
      .first()
      .locator('.cs-sentence')
      .textContent();
    expect(sentence).toBe('The mobile redesign is our top priority for December and the team needs to ship it ASAP.');
    // The promo in the page header is not the article: its "drop everything" is not read.
    expect(await result.textContent()).not.toContain('drop everything');
    await ext.screenshot(popup, 'page-check-article');
    // The page's words went nowhere.
    expect(ext.requestsContaining('top priority')).toEqual([]);
    await popup.close();
    await page.close();
  });

  it.each([
    ['textarea', '#body', /the text in the editor you were typing in \(textarea\)/, 'urgent'],
    ['contenteditable', '#editor', /the text in the editor you were typing in \(ProseMirror\)/, 'is final'],
  ])('checks the focused %s instead of the page around it', async (name, selector, source, words) => {
    const page = await ext.context.newPage();
    await page.goto(`${BASE}/${name}.html`);
    await page.focus(selector);
    const popup = await checkFromPopup(page);
    await expect(popup.locator('.consonant-page-result').textContent()).resolves.toMatch(source);
    expect(await marked(popup)).toContain(words);
    await popup.close();
    await page.close();
  });

  it('checks a TinyMCE body inside a same-origin iframe when it has focus', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${BASE}/iframe-editor.html`);
    await page.frameLocator('#editor_ifr').locator('body').click();
    const popup = await checkFromPopup(page);
    await expect(popup.locator('.consonant-page-result').textContent()).resolves.toMatch(
      /the text in the editor you were typing in \(TinyMCE\)/,
    );
    expect(await marked(popup)).toEqual(expect.arrayContaining([expect.stringMatching(/Stripe|going with/)]));
    await popup.close();
    await page.close();
  });

  it('checks only the selection when there is one', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${BASE}/article.html`);
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((e) => e.textContent!.includes('payment provider'))!;
      getSelection()!.selectAllChildren(p);
    });
    const popup = await checkFromPopup(page);
    await expect(popup.locator('.consonant-page-result').textContent()).resolves.toMatch(/Checked the selected text/);
    expect(await marked(popup)).not.toContain('our top priority');
    await popup.close();
    await page.close();
  });

  it('caps a huge page and says so', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${BASE}/huge.html`);
    const popup = await checkFromPopup(page);
    await expect(popup.locator('.consonant-capped').first().textContent()).resolves.toMatch(
      /This page is long: Consonant read the first [5-6]\d,\d{3} of 9\d,\d{3} characters/,
    );
    expect(await marked(popup)).toContain('urgent');
    await popup.close();
    await page.close();
  });

  it("says in words when the browser won't let it read the page", async () => {
    const page = await ext.context.newPage();
    await page.goto('chrome://version/');
    const popup = await checkFromPopup(page);
    await expect(popup.getByRole('alert').textContent()).resolves.toMatch(
      /^Consonant can't read this page: the browser does not let extensions read its own pages/,
    );
    await popup.close();
    await page.close();
  });
});

describe('Check selection with Consonant', () => {
  it('shows the findings for the selection kept in session storage', async () => {
    // The context-menu click itself cannot be driven; this is what its handler stores before opening the window.
    await ext.serviceWorker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } })
        .chrome;
      await chrome.storage.session.set({
        selectionCheck: {
          text: 'Quick one: we need the new app ASAP.',
          title: 'Roadmap thread',
          capturedAt: new Date().toISOString(),
        },
      });
    });
    const results = await ext.openExtensionPage('results.html');
    await results.locator('.cs-page-findings').waitFor({ timeout: 20_000 });
    await expect(results.locator('main').textContent()).resolves.toMatch(/Checked the selection from “Roadmap thread”/);
    expect(await marked(results)).toContain('ASAP');
    expect(results.url()).toBe(`chrome-extension://${ext.extensionId}/results.html`);
    await results.close();
  });
});
