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

const sends = () =>
  page.evaluate(() => (window as unknown as { __sends: { via: string; text: string | null }[] }).__sends);
const dialog = () =>
  page.getByRole('alertdialog', { name: "Consonant: this draft conflicts with your team's priorities" });
const indicator = () => page.locator('[data-consonant] .cs-indicator');

const OUTLOOK_URL = 'https://outlook.office.com/mail/';
const OUTLOOK_SEND = '[data-testid="ComposeSendButton"]';

async function open(edit?: (html: string) => string, site: 'gmail' | 'outlook' = 'gmail') {
  await page?.close();
  const url = site === 'gmail' ? GMAIL_URL : OUTLOOK_URL;
  await ext.serve(`${url}**`, {
    body: sitePage(site, site === 'gmail' ? 'gmail-reply-thread.html' : 'outlook-reply.html', edit),
  });
  page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url);
}

/** A real click at the centre of Send (the warning opens on pointerdown, under the rest of the click). */
async function clickSend(selector = SEND) {
  const box = (await page.locator(selector).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

beforeAll(async () => {
  ext = await launchExtension();
  await ext.setEffectiveState({
    profile: exampleProfile,
    profileSource: 'example',
    profileSyncedAt: null,
    settings: { ...defaultSettings },
    locked: [],
  });
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
    // The reply's words are shown in their sentence, marked.
    expect(quotes.map((q) => q.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringMatching(/^Ana Ruiz, Nov 23 “No rush on the board deck, next week is fine\.”$/),
      expect.stringMatching(/^YOUR REPLY .*by end of day/i),
    ]);
    expect(await dialog().locator('blockquote').nth(1).locator('mark').innerText()).toBe('by end of day');
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

describe('Outlook reply against its thread', () => {
  it('holds a reply that pauses what the quoted message called the top priority, though the profile agrees with the reply', async () => {
    await open(
      (html) =>
        html.replace(
          'Checkout reliability stays our top priority. Please get the new app out ASAP.',
          "Let's keep the redesign on hold for now.",
        ),
      'outlook',
    );
    await expect.poll(() => indicator().textContent(), { timeout: 10_000 }).toMatch(/1 warning/);
    await clickSend(OUTLOOK_SEND);
    await dialog().waitFor({ timeout: 5000 });
    expect(await dialog().innerText()).toContain(
      'Dev Patel wrote on Nov 23 that Mobile redesign is a top priority; your reply says it is paused.',
    );
    const quotes = (await dialog().locator('blockquote').allInnerTexts()).map((q) => q.replace(/\s+/g, ' ').trim());
    expect(quotes[0]).toBe('Dev Patel, Nov 23 “Everyone drop everything for the redesign, it is our top priority.”');
    expect(quotes[1]).toMatch(/^YOUR REPLY Let's keep the redesign on hold for now\./i);
    expect(await dialog().locator('blockquote').nth(1).locator('mark').innerText()).toBe('on hold');
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    expect(await sends()).toEqual([]);
  });
});
