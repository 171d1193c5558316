/**
 * The send-latency trials in Debian's Chromium with the built extension (`.output/chrome-mv3`),
 * the saved Gmail compose served under its real URL as the end-to-end tests do.
 */
import type { CDPSession, Page } from 'playwright-core';
import { exampleProfile } from '../../lib/profile/example';
import { LIMITS, type Profile } from '../../lib/profile/schema';
import { defaultSettings } from '../../lib/settings/schema';
import { launchExtension, type Extension } from '../e2e/harness';
import { sitePage } from '../e2e/site-pages';
import { PROBE } from './send-latency-probe';
import {
  CLEAN,
  CONFLICT,
  clickAndMeasure,
  typedThenSent,
  unchanged,
  type Driver,
  type Trial,
} from './send-latency-trials';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/';
/** Not a site Consonant runs on: the same page without the extension, for the baseline. */
const ELSEWHERE_URL = 'https://compose.example.com/';
/** How long after the worker is stopped the writer types a word and clicks Send. */
export const PAUSE_MS = Number(process.env.PAUSE_MS ?? 1000);
/** An idle pause longer than the 30 s after which Chrome stops an idle extension worker. */
export const IDLE_MS = Number(process.env.IDLE_MS ?? 40_000);
/** How long the mail page sits without a compose before the worker is stopped: past the 30 s lease a page load takes. */
export const LEASE_IDLE_MS = Number(process.env.LEASE_IDLE_MS ?? 31_500);
/** Trials of the row that waits LEASE_IDLE_MS each. */
const COLD_OPEN_TRIALS = process.env.COLD_OPEN_TRIALS ? Number(process.env.COLD_OPEN_TRIALS) : undefined;
/** How long the writer uses the mail page without a compose (past the 30 s idle limit) before clicking Compose. */
export const IN_USE_MS = Number(process.env.IN_USE_MS ?? 45_000);
/** How often the writer presses on the page meanwhile (reading, choosing a thread). */
export const IN_USE_PRESS_MS = Number(process.env.IN_USE_PRESS_MS ?? 10_000);
/** Trials of the row that uses the page IN_USE_MS each. */
const IN_USE_TRIALS = process.env.IN_USE_TRIALS ? Number(process.env.IN_USE_TRIALS) : undefined;
const BODY = '[g_editable="true"]';
const SEND = '[role="button"][jslog^="32601"]';

function driverFor(page: Page): Driver {
  return {
    evaluate: (expression) => page.evaluate(expression),
    async clickSend() {
      const box = (await page.locator(SEND).boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    },
    async focusEnd() {
      await page.focus(BODY);
      await page.keyboard.press('Control+End');
    },
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    moveAway: () => page.mouse.move(5, 5),
  };
}

/** Stops the extension's service worker through CDP (ServiceWorker.stopAllWorkers from one of its own pages) and waits until it is stopped. */
export async function workerControl(ext: Extension) {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
  const cdp: CDPSession = await ext.context.newCDPSession(page);
  let status = 'unknown';
  let starts = 0;
  let stops = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.endsWith('/background.js')) continue;
      if (v.runningStatus === 'starting' && status !== 'starting') starts++;
      if (v.runningStatus === 'stopped' && status !== 'stopped') stops++;
      status = v.runningStatus;
      if (process.env.DEBUG_SW) console.log('sw', performance.now().toFixed(0), v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    starts: () => starts,
    async stop() {
      // A worker still starting (woken by the last trial) is let finish first, or the stop is lost.
      for (let i = 0; i < 500 && status !== 'running' && status !== 'stopped'; i++)
        await new Promise((r) => setTimeout(r, 10));
      // Left idle, Chrome may have stopped it already.
      if (status === 'stopped') return;
      const before = stops;
      await cdp.send('ServiceWorker.stopAllWorkers');
      for (let i = 0; i < 200 && stops === before; i++) await new Promise((r) => setTimeout(r, 10));
      if (stops === before) throw new Error(`the service worker did not stop (it is ${status})`);
    },
  };
}

/** The largest profile the schema accepts in priorities (as `npm run bench` builds it). */
function largeProfile(): Profile {
  const streams = Array.from({ length: LIMITS.priorities - exampleProfile.priorities.length }, (_, i) => ({
    id: `stream-${i}`,
    name: `Workstream number ${i}`,
    aliases: [`ws ${i}`, `stream ${i} beta`],
    status: i % 3 === 0 ? ('paused' as const) : ('active' as const),
  }));
  return { ...exampleProfile, priorities: [...exampleProfile.priorities, ...streams] };
}

const stateWith = (profile: Profile) => ({
  profile,
  profileSource: 'example',
  profileSyncedAt: null,
  settings: defaultSettings,
  locked: [],
});

async function openCompose(ext: Extension, url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.addInitScript(PROBE);
  if (process.env.DEBUG_SW) page.on('console', (m) => console.log('page', performance.now().toFixed(0), m.text()));
  await page.goto(url);
  await page.waitForSelector(BODY);
  return page;
}

/** Types `text` into the empty editor and waits for the live check's badge to say `expected`. */
async function typeChecked(page: Page, text: string, expected: RegExp) {
  await page.focus(BODY);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  const badge = page.locator('[data-consonant] .cs-indicator');
  for (let i = 0; i < 300; i++) {
    if (expected.test((await badge.textContent({ timeout: 5000 }).catch(() => '')) ?? '')) return;
    await page.waitForTimeout(20);
  }
  throw new Error(`the badge never said ${expected}`);
}

/** The worker is stopped, then a compose opens (its warm-up wakes the worker); the draft is typed, and sent `pauseMs` later. */
async function newComposeAfterStop(
  page: Page,
  worker: { stop(): Promise<void> },
  trials: number,
  pauseMs: number,
): Promise<Trial[]> {
  const out: Trial[] = [];
  for (let i = 0; i < trials; i++) {
    await worker.stop();
    await page.reload();
    await page.waitForSelector(BODY);
    await page.focus(BODY);
    await page.keyboard.type(CONFLICT);
    if (pauseMs > 0) await page.waitForTimeout(pauseMs);
    // Sent before the typing pause's live check (500 ms), the send needs a check of its own.
    if (pauseMs > 0) await page.keyboard.type(' !');
    out.push(await clickAndMeasure(driverFor(page)));
  }
  return out;
}

/**
 * The page's compose taken away, and a Compose button that puts it back on a click, as the writer
 * opens one: the page's own script, so the click is the only thing that tells the guard.
 */
const COMPOSE_BUTTON = `(() => {
  let root = document.querySelector('${BODY}');
  while (root.parentElement !== document.body) root = root.parentElement;
  const log = document.getElementById('sent-log');
  root.remove();
  const button = document.createElement('div');
  button.id = 'open-compose';
  button.setAttribute('role', 'button');
  button.textContent = 'Compose';
  button.style.cssText = 'position:fixed;left:32px;top:80px;padding:12px 20px;background:#c2e7ff;border-radius:16px;cursor:pointer';
  button.addEventListener('click', () => document.body.insertBefore(root, log));
  document.body.appendChild(button);
})()`;

/**
 * The real flow after a pause: the mail page has sat without a compose past any lease it took, the
 * worker is stopped, and the writer clicks Compose, types and sends at once.
 */
async function composeOpenedByClickAfterStop(
  page: Page,
  worker: { stop(): Promise<void> },
  trials: number,
): Promise<Trial[]> {
  const out: Trial[] = [];
  for (let i = 0; i < trials; i++) {
    await page.reload();
    await page.waitForSelector(BODY);
    await page.evaluate(COMPOSE_BUTTON);
    await page.waitForTimeout(LEASE_IDLE_MS);
    await worker.stop();
    await page.click('#open-compose');
    await page.waitForSelector(BODY);
    await page.focus(BODY);
    await page.keyboard.type(CONFLICT);
    out.push(await clickAndMeasure(driverFor(page)));
  }
  return out;
}

/** Chrome's idle limit: an extension's worker that received no event for this long is stopped. */
const CHROME_IDLE_MS = 30_000;
/**
 * Notes in the worker when it last received an event as Chrome counts them (a port connected, a
 * message on a port or by sendMessage). Ports connected before this ran are not heard.
 */
const HEAR_EVENTS = `(() => {
  if (globalThis.__heardAt === undefined) {
    globalThis.__heardAt = Date.now();
    const heard = () => { globalThis.__heardAt = Date.now(); };
    chrome.runtime.onConnect.addListener((port) => { heard(); port.onMessage.addListener(heard); });
    chrome.runtime.onMessage.addListener(heard);
  }
  return Date.now() - globalThis.__heardAt;
})()`;

/**
 * Chrome does not stop a worker for idleness while DevTools is attached to it, as Playwright is:
 * this stops it through CDP, as Chrome would, once it has received no event for CHROME_IDLE_MS
 * (looked at every second). Returns the undo.
 */
function stopWhenIdle(ext: Extension, worker: { stop(): Promise<void> }): () => Promise<void> {
  let on = true;
  const ours = () => ext.context.serviceWorkers().find((w) => w.url().endsWith('/background.js'));
  const watching = (async () => {
    while (on) {
      // A stopped worker may never answer: asked again a second later.
      const asked = ours()?.evaluate<number>(HEAR_EVENTS);
      const idle = await Promise.race([
        asked?.catch(() => 0),
        new Promise<number>((r) => setTimeout(() => r(0), 1000)),
      ]);
      if (on && idle !== undefined && idle > CHROME_IDLE_MS) await worker.stop();
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  return async () => {
    on = false;
    await watching;
  };
}

/**
 * The writer uses the mail page without a compose (a press every IN_USE_PRESS_MS, on nothing in
 * particular) for IN_USE_MS, then clicks Compose, types and sends at once; the worker is stopped
 * only as Chrome would for idleness (stopWhenIdle). Counts its starts during the use of the page
 * (0: it stayed up).
 */
async function composeOpenedWhileInUse(
  ext: Extension,
  page: Page,
  worker: { starts(): number; stop(): Promise<void> },
  trials: number,
): Promise<{ trials: Trial[]; starts: number }> {
  const out: Trial[] = [];
  let starts = 0;
  for (let i = 0; i < trials; i++) {
    const idleStops = stopWhenIdle(ext, worker);
    await page.reload();
    await page.waitForSelector(BODY);
    await page.evaluate(COMPOSE_BUTTON);
    const before = worker.starts();
    let used = 0;
    while (used + IN_USE_PRESS_MS < IN_USE_MS) {
      await page.waitForTimeout(IN_USE_PRESS_MS);
      used += IN_USE_PRESS_MS;
      await page.mouse.click(900, 600);
    }
    await page.waitForTimeout(IN_USE_MS - used);
    await idleStops();
    starts += worker.starts() - before;
    await page.click('#open-compose');
    await page.waitForSelector(BODY);
    await page.focus(BODY);
    await page.keyboard.type(CONFLICT);
    out.push(await clickAndMeasure(driverFor(page)));
  }
  return { trials: out, starts };
}

export interface ChromiumResults {
  typed: Trial[];
  unchanged: Trial[];
  /** (a) with a 5,000-priority profile. */
  typedLarge: Trial[];
  afterStop: Trial[];
  afterStopNewCompose: Trial[];
  afterStopNewComposePause: Trial[];
  /** The page idle without a compose, the worker stopped; the compose opened by a click, typed and sent at once. */
  afterStopClickedOpen: Trial[];
  /** The page in use without a compose (a press now and then), then the compose opened by a click, typed and sent at once. */
  inUseClickedOpen: Trial[];
  /** Service worker starts while the page was in use before those trials (0: it stayed up). */
  inUseStarts: number;
  cleanUnchanged: Trial[];
  cleanTyped: Trial[];
  baseline: Trial[];
  /** Service worker starts while the page sat idle for IDLE_MS with the compose open (0: it stayed up). */
  idleStarts: number;
  /** Service worker starts seen while the trials after a stop ran (one per trial when each stop took). */
  restarts: number;
}

export async function runChromium(trials: number): Promise<ChromiumResults> {
  // EXTENSION_DIR: another build to compare, e.g. an earlier commit's.
  const ext = await launchExtension({ extensionDir: process.env.EXTENSION_DIR });
  try {
    await ext.setEffectiveState(stateWith(exampleProfile));
    await ext.serve(`${GMAIL_URL}**`, { body: sitePage('gmail', 'gmail-compose-new.html') });
    await ext.serve(`${ELSEWHERE_URL}**`, { body: sitePage('gmail', 'gmail-compose-new.html') });
    const worker = await workerControl(ext);
    const page = await openCompose(ext, GMAIL_URL);
    const driver = driverFor(page);
    await typeChecked(page, CONFLICT, /\d+ conflicts?\b/);
    // A few sends first, so the first figures do not include the page's own first-use costs.
    await unchanged(driver, 3);
    const r = {} as ChromiumResults;
    r.unchanged = await unchanged(driver, trials);
    r.typed = await typedThenSent(driver, trials);
    // The same with a profile at the schema's limit of priorities, whose name index is costly to build.
    await ext.setEffectiveState(stateWith(largeProfile()));
    await page.waitForTimeout(1000);
    r.typedLarge = await typedThenSent(driver, trials);
    await ext.setEffectiveState(stateWith(exampleProfile));
    await page.waitForTimeout(1000);
    const startsBefore = worker.starts();
    r.afterStop = await typedThenSent(driver, trials, async () => {
      await worker.stop();
      // A writer's pause between the worker stopping and the next word and Send.
      await page.waitForTimeout(PAUSE_MS);
    });
    r.afterStopNewCompose = await newComposeAfterStop(page, worker, trials, 0);
    r.afterStopNewComposePause = await newComposeAfterStop(page, worker, trials, PAUSE_MS);
    r.afterStopClickedOpen = await composeOpenedByClickAfterStop(page, worker, COLD_OPEN_TRIALS ?? trials);
    r.restarts = worker.starts() - startsBefore;
    const inUse = await composeOpenedWhileInUse(ext, page, worker, IN_USE_TRIALS ?? trials);
    r.inUseClickedOpen = inUse.trials;
    r.inUseStarts = inUse.starts;
    // Left alone past Chrome's 30 s idle limit with the compose open, the worker should not be stopped.
    const startsIdle = worker.starts();
    await page.waitForTimeout(IDLE_MS);
    r.idleStarts = worker.starts() - startsIdle;
    await typeChecked(page, CLEAN, /No conflicts/);
    r.cleanUnchanged = await unchanged(driver, trials);
    r.cleanTyped = await typedThenSent(driver, trials);
    const elsewhere = await openCompose(ext, ELSEWHERE_URL);
    await elsewhere.focus(BODY);
    await elsewhere.keyboard.type(CLEAN);
    r.baseline = await unchanged(driverFor(elsewhere), trials);
    return r;
  } finally {
    await ext.close();
  }
}
