/**
 * The signals model ships as two files beside the code, not inside every bundle, and mail checks
 * (run in the extension's background) still judge with it: a check that fell back to lexicon cues
 * says so in its report, which the tab's guard lists, and this test fails on that.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleProfile } from '../../lib/profile/example';
import { defaultSettings } from '../../lib/settings/schema';
import { EXTENSION_DIR, launchExtension, type Extension } from './harness';
import { sitePage } from './site-pages';

const FIREFOX_DIR = path.join(EXTENSION_DIR, '../firefox-mv2');

function scripts(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join(dir, f));
}

describe('the built extension', () => {
  it.each([
    ['Chromium', EXTENSION_DIR],
    ['Firefox', FIREFOX_DIR],
  ])('%s: the model is two files, and no script carries a copy of it', (_, dir) => {
    for (const file of ['model/weights.json', 'model/vectors.json'])
      expect(statSync(path.join(dir, file)).size).toBeGreaterThan(1_000_000);
    // The word vectors' vocabulary is one long string; a bundled model would carry it.
    const vocabulary = (
      JSON.parse(readFileSync(path.join(dir, 'model/vectors.json'), 'utf8')) as { words: string }
    ).words.slice(0, 200);
    for (const script of scripts(dir)) {
      expect(statSync(script).size, script).toBeLessThan(1_000_000);
      expect(readFileSync(script, 'utf8').includes(vocabulary), script).toBe(false);
    }
  });

  it('lets no web page load the model files (or tell from them that Consonant is installed)', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});

describe('a mail check in Chromium', () => {
  let ext: Extension;
  let page: Page;
  const said: string[] = [];

  beforeAll(async () => {
    ext = await launchExtension();
    await ext.setEffectiveState({
      profile: exampleProfile,
      profileSource: 'example',
      profileSyncedAt: null,
      settings: defaultSettings,
      locked: [],
    });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('judges with the model the background read from the extension’s files', async () => {
    await ext.serve('https://mail.google.com/mail/u/0/**', { body: sitePage('gmail', 'gmail-compose-new.html') });
    page = await ext.context.newPage();
    page.on('console', (message) => {
      if (message.text().startsWith('[consonant]')) said.push(message.text());
    });
    await page.goto('https://mail.google.com/mail/u/0/');
    await page.locator('[g_editable="true"]').first().click();
    await page.keyboard.type('Team, please get the new app out ASAP.');
    await expect
      .poll(() => page.locator('[data-consonant] .cs-indicator').textContent(), { timeout: 5000 })
      .toMatch(/\d+ conflicts?\b/);
    const send = (await page.locator('[role="button"][jslog^="32601"]').boundingBox())!;
    await page.mouse.click(send.x + send.width / 2, send.y + send.height / 2);
    await page.getByRole('alertdialog').waitFor({ timeout: 5000 });
    expect(said.filter((line) => /model/.test(line))).toEqual([]);
    // The tab's guard lists any check that failed in part ("signals model: … lexicon cues only").
    const status = await ext.serviceWorker.evaluate(async () => {
      const chrome = (
        globalThis as unknown as {
          chrome: {
            tabs: {
              query(q: object): Promise<{ id: number }[]>;
              sendMessage(id: number, m: object, o: object): Promise<unknown>;
            };
          };
        }
      ).chrome;
      const [tab] = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
      return chrome.tabs.sendMessage(tab!.id, { type: 'consonant:tab-status' }, { frameId: 0 });
    });
    expect(status).toEqual({ checked: 1, problems: [] });
  });
});
