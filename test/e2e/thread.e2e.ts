/**
 * A Gmail reply set against the message it answers, in real Chromium with the built extension:
 * a reply that contradicts the quoted message is held with both quotes on screen, and a reply
 * that agrees with it is sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exampleProfile } from '../../lib/profile/example';
import { defaultSettings } from '../../lib/settings/schema';
import { launchExtension, type Extension } from './harness';
import { sitePage } from './site-pages';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/';
const SEND = '[role="button"][jslog^="32601"]';
const CONTRADICTS = 'I need the Q3 board deck by end of day.';
const AGREES = 'Thanks Ana, no rush then. I will send the board deck next week.';

let ext: Extension;
let page: Page;

const sends = () => page.evaluate(() => (window as unknown as { __sends: { via: string; text: string | null }[] }).__sends);
const dialog = () => page.getByRole('alertdialog', { name: "Consonant: this draft conflicts with your team's priorities" });
const indicator = () => page.locator('[data-consonant] .cs-indicator');

async function open(edit?: (html: string) => string) {
  await page?.close();
  await ext.serve(`${GMAIL_URL}**`, { body: sitePage('gmail', 'gmail-reply-thread.html', edit) });
  page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(GMAIL_URL);
}

/** A real click at the centre of Send (the warning opens on pointerdown, under the rest of the click). */
async function clickSend() {
  const box = (await page.locator(SEND).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

beforeAll(async () => {
  ext = await launchExtension();
  await ext.setEffectiveState({ profile: exampleProfile, profileSource: 'example', profileSyncedAt: null, settings: { ...defaultSettings }, locked: [] });
});

afterAll(async () => {
  await ext?.close();
});

describe('Gmail reply against its thread', () => {
  it('holds a reply that contradicts the quoted message and shows both quotes, labelled', async () => {
    await open();
    await expect.poll(() => indicator().textContent(), { timeout: 10_000 }).toMatch(/1 warning/);
    await clickSend();
    await dialog().waitFor({ timeout: 5000 });
    const text = await dialog().innerText();
    expect(text).toContain('Ana Ruiz wrote on Nov 23 that the board deck can wait; your reply says it is urgent.');
    const quotes = await dialog().locator('blockquote').allInnerTexts();
    expect(quotes.map((q) => q.replace(/\s+/g, ' ').trim())).toEqual([expect.stringMatching(/^Ana Ruiz, Nov 23 “No rush on the board deck, next week is fine\.”$/), expect.stringMatching(/^YOUR REPLY “by end of day”$/i)]);
    await ext.screenshot(page, 'gmail-thread-warning');
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(dialog().count()).resolves.toBe(0);
    expect(await sends()).toEqual([]);
  });

  it('sends a reply that agrees with the quoted message', async () => {
    await open((html) => html.replace(CONTRADICTS, AGREES));
    await expect.poll(() => indicator().textContent(), { timeout: 10_000 }).toMatch(/No conflicts/);
    await clickSend();
    await expect.poll(sends).toHaveLength(1);
    await expect(dialog().count()).resolves.toBe(0);
    expect((await sends())[0]!.text).toContain(AGREES);
  });
});
