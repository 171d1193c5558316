/**
 * The send guard in Firefox: Debian's firefox-esr runs the built add-on (`.output/firefox-mv2`)
 * over WebDriver BiDi. The real Gmail compose markup is served under mail.google.com, so the
 * add-on's own match patterns decide that it runs; the page's send handler logs every send.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxRun } from './firefox-harness';
import { sitePage } from './site-pages';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/';
const BODY = '[g_editable="true"]';
const SEND = '[role="button"][jslog^="32601"]';
const DIALOG = '>>> [role="alertdialog"]';
const CONFLICT = 'Team, please get the new app out ASAP.';
const CLEAN = 'Thanks, the checkout numbers look good. See you Monday.';

let fx: FirefoxRun;

const sends = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sends: { via: string; text: string | null }[] }).__sends);

async function compose(text: string): Promise<Page> {
  const page = await fx.open(GMAIL_URL);
  await page.waitForSelector(BODY);
  await page.click(BODY);
  await page.keyboard.type(text);
  // The live check runs after a typing pause. WebDriver BiDi types slowly enough that a pause can
  // fall mid-sentence and the badge can show a check of part of the text: let the last pause pass
  // (the debounce is 500 ms) so the badge has read the whole draft, as a writer's would.
  await new Promise((resolve) => setTimeout(resolve, 800));
  await page.waitForFunction(
    (expected) => {
      const badge = [...document.querySelectorAll('[data-consonant]')]
        .map((host) => host.shadowRoot?.querySelector('.cs-indicator')?.textContent ?? '')
        .find((text) => text.length > 0);
      return badge !== undefined && new RegExp(expected).test(badge);
    },
    { timeout: 15_000 },
    text === CLEAN ? 'No conflicts' : 'conflict',
  );
  return page;
}

async function clickSend(page: Page) {
  const box = (await (await page.$(SEND))!.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

beforeAll(async () => {
  fx = await launchFirefox();
  fx.serve(GMAIL_URL, { body: sitePage('gmail', 'gmail-compose-new.html') });
}, 120_000);

afterAll(async () => {
  await fx?.close();
});

describe('Firefox send guard (Gmail)', () => {
  it('holds a conflicting draft with the evidence, and Edit sends nothing', async () => {
    const page = await compose(CONFLICT);
    await clickSend(page);
    const dialog = await page.waitForSelector(DIALOG, { timeout: 5000 });
    const text = await dialog!.evaluate((el) => (el as HTMLElement).innerText);
    expect(text).toContain('ASAP');
    expect(text).toMatch(/Mobile redesign/);
    expect(text).toMatch(/paused/i);
    const edit = await page.waitForSelector('>>> ::-p-aria(Edit[role="button"])');
    await edit!.click();
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll('[data-consonant]')].some((h) =>
          h.shadowRoot?.querySelector('[role=alertdialog]'),
        ),
    );
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('Send anyway sends exactly once', async () => {
    const page = await compose(CONFLICT);
    await clickSend(page);
    await page.waitForSelector(DIALOG, { timeout: 5000 });
    const anyway = await page.waitForSelector('>>> ::-p-aria(Send anyway[role="button"])');
    await anyway!.click();
    await page.waitForFunction(() => (window as unknown as { __sends: unknown[] }).__sends.length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(await sends(page)).toEqual([{ via: 'click', text: CONFLICT }]);
    await page.close();
  });

  it('holds Ctrl+Enter', async () => {
    const page = await compose(CONFLICT);
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    await page.waitForSelector(DIALOG, { timeout: 5000 });
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('sends a clean draft with no warning', async () => {
    const page = await compose(CLEAN);
    await clickSend(page);
    await page.waitForFunction(() => (window as unknown as { __sends: unknown[] }).__sends.length > 0);
    expect(await page.$(DIALOG)).toBeNull();
    expect(await sends(page)).toEqual([{ via: 'click', text: CLEAN }]);
    await page.close();
  });

  it('reads the subject the writer typed, and Edit puts the caret there', async () => {
    const page = await fx.open(GMAIL_URL);
    await page.waitForSelector(BODY);
    await page.click('input[name="subjectbox"]');
    await page.keyboard.type('URGENT: new app screens');
    await page.click(BODY);
    await page.keyboard.type(CLEAN);
    // As compose() does: let the last typing pause pass and the badge read the whole draft.
    await new Promise((resolve) => setTimeout(resolve, 800));
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-consonant]')].some((host) =>
          /conflict/.test(host.shadowRoot?.querySelector('.cs-indicator')?.textContent ?? ''),
        ),
      { timeout: 15_000 },
    );
    await clickSend(page);
    const dialog = await page.waitForSelector(DIALOG, { timeout: 5000 });
    const text = await dialog!.evaluate((el) => (el as HTMLElement).innerText);
    expect(text).toMatch(/Your subject\s+URGENT: new app screens/i);
    expect(text).toMatch(/Mobile redesign/);
    const edit = await page.waitForSelector('>>> ::-p-aria(Edit[role="button"])');
    await edit!.click();
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.name === 'subjectbox');
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('judges with the signals model read from the add-on’s own files', async () => {
    const page = await compose(CONFLICT);
    const said: string[] = [];
    page.on('console', (message) => void said.push(message.text()));
    // A check without the model says so on the console as the send is held.
    await page.evaluate(() => console.log('[probe] console reaches the test'));
    await clickSend(page);
    await page.waitForSelector(DIALOG, { timeout: 5000 });
    expect(said).toContain('[probe] console reaches the test');
    expect(said.filter((line) => /model/.test(line))).toEqual([]);
    await page.close();
  });

  it('sends no request carrying the draft', () => {
    const leaks = fx.requests.filter((r) =>
      [r.url, r.postData ?? ''].some((s) =>
        /new app out|new app screens|checkout numbers/i.test(decodeURIComponent(s)),
      ),
    );
    expect(leaks).toEqual([]);
  });
});
