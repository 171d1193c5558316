/**
 * The send-latency trials in Debian's firefox-esr with the built add-on (`.output/firefox-mv2`) over
 * WebDriver BiDi, as the Firefox end-to-end tests drive it. There is no worker to stop: the Firefox
 * build's background is a persistent page.
 */
import type { Page } from 'puppeteer-core';
import { launchFirefox } from '../e2e/firefox-harness';
import { sitePage } from '../e2e/site-pages';
import { PROBE } from './send-latency-probe';
import { CLEAN, CONFLICT, typedThenSent, unchanged, type Driver, type Trial } from './send-latency-trials';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/';
const ELSEWHERE_URL = 'https://compose.example.com/';
const BODY = '[g_editable="true"]';
const SEND = '[role="button"][jslog^="32601"]';

function driverFor(page: Page): Driver {
  return {
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    async clickSend() {
      const box = (await (await page.$(SEND))!.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    },
    async focusEnd() {
      await page.focus(BODY);
      await page.keyboard.down('Control');
      await page.keyboard.press('End');
      await page.keyboard.up('Control');
    },
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key as never),
    moveAway: () => page.mouse.move(5, 5),
  };
}

/** Waits until the badge says `expected` (the live check of the whole draft is in). */
async function badgeSays(page: Page, expected: string) {
  // BiDi types slowly enough for a typing pause mid-sentence: let the last one pass first.
  await new Promise((resolve) => setTimeout(resolve, 800));
  await page.waitForFunction(
    (pattern) =>
      [...document.querySelectorAll('[data-consonant]')].some((host) =>
        new RegExp(pattern).test(host.shadowRoot?.querySelector('.cs-indicator')?.textContent ?? ''),
      ),
    { timeout: 15_000 },
    expected,
  );
}

export interface FirefoxResults {
  typed: Trial[];
  unchanged: Trial[];
  cleanUnchanged: Trial[];
  cleanTyped: Trial[];
  baseline: Trial[];
}

export async function runFirefox(trials: number): Promise<FirefoxResults> {
  const fx = await launchFirefox();
  try {
    fx.serve(GMAIL_URL, { body: sitePage('gmail', 'gmail-compose-new.html') });
    fx.serve(ELSEWHERE_URL, { body: sitePage('gmail', 'gmail-compose-new.html') });
    const open = async (url: string) => {
      const page = await fx.open(url);
      await page.evaluateOnNewDocument(PROBE);
      await page.reload();
      await page.waitForSelector(BODY);
      await page.focus(BODY);
      return page;
    };
    const page = await open(GMAIL_URL);
    const driver = driverFor(page);
    await page.keyboard.type(CONFLICT);
    await badgeSays(page, '\\d+ conflicts?\\b');
    await unchanged(driver, 3);
    const r = {} as FirefoxResults;
    r.unchanged = await unchanged(driver, trials);
    r.typed = await typedThenSent(driver, trials);
    await page.close();
    const clean = await open(GMAIL_URL);
    await clean.keyboard.type(CLEAN);
    await badgeSays(clean, 'No conflicts');
    r.cleanUnchanged = await unchanged(driverFor(clean), trials);
    r.cleanTyped = await typedThenSent(driverFor(clean), trials);
    const elsewhere = await open(ELSEWHERE_URL);
    await elsewhere.keyboard.type(CLEAN);
    r.baseline = await unchanged(driverFor(elsewhere), trials);
    return r;
  } finally {
    await fx.close();
  }
}
