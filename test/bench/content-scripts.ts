/**
 * `npm run bench` (second part, after `npm run build`): what a guarded page pays for Consonant.
 * Each content script's size in both builds (gzip -9), the long tasks (over 50 ms) on the page's
 * main thread while a Gmail, Outlook and Docs fixture opens, and how long a held send takes to show
 * its warning: once the badge is up, and on a send made right after typing on a fresh page. The
 * pages run in Debian's Chromium with the built extension, as the end-to-end tests do.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { exampleProfile } from '../../lib/profile/example';
import { defaultSettings } from '../../lib/settings/schema';
import { launchExtension, type Extension } from '../e2e/harness';
import { sitePage } from '../e2e/site-pages';

const root = fileURLToPath(new URL('../../', import.meta.url));
// CONSONANT_E2E_EXTENSION_DIR measures a copy of a build (another branch's, to compare) instead of .output/chrome-mv3.
const chromeBuild = path.resolve(process.env.CONSONANT_E2E_EXTENSION_DIR ?? path.join(root, '.output/chrome-mv3'));
const RUNS = Number(process.env.CONSONANT_BENCH_RUNS ?? 5);
const progress = (what: string) => process.stderr.write(`  … ${what}\n`);
const CONFLICT = 'Team, please get the new app out ASAP.';
const DOC_ID = '1e2eConsonantPlanDoc_abcdefghij';

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function table(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ')}`;
  console.log(line(head));
  console.log(`  ${widths.map((w) => '-'.repeat(w)).join('   ')}`);
  for (const row of rows) console.log(line(row));
}

function sizes(): void {
  const rows: string[][] = [];
  for (const build of ['chrome-mv3', 'firefox-mv2']) {
    const dir = path.join(path.dirname(chromeBuild), build);
    if (!existsSync(dir)) throw new Error(`no ${dir}: run \`npm run build\` first`);
    const scripts = readdirSync(path.join(dir, 'content-scripts'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `content-scripts/${f}`);
    const loaded = readdirSync(dir).filter((f) => /-ui\.js$/.test(f));
    for (const file of [...scripts, ...loaded]) {
      const code = readFileSync(path.join(dir, file));
      rows.push([`${build}/${file}`, kb(code.length), kb(gzipSync(code, { level: 9 }).length)]);
    }
  }
  console.log(
    '\nScripts a guarded page runs (content scripts with the page; *-ui.js only when a badge or warning is first needed)\n',
  );
  table(['script', 'minified', 'gzip -9'], rows);
}

interface LongTask {
  start: number;
  duration: number;
}

/** Records every long task on the page's main thread, whoever runs it (page, content script or browser). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: LongTask[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { longTasks: LongTask[] }).longTasks);

/**
 * Clicks Send and measures, in the page, from the press to the first frame in which the warning
 * is in the document (requestAnimationFrame runs just before that frame is painted). The guard
 * swallows the press itself, so the clock starts at the pointer's move onto Send, which the click
 * makes just before pressing.
 */
async function timeToWarning(page: Page, send: string): Promise<number> {
  // A string, not a function: the bench runs through tsx, whose helper names do not exist in the page.
  await page.evaluate(`
    window.warnedAfter = new Promise((resolve) => {
      const shown = () => [...document.querySelectorAll('[data-consonant]')].some((host) => host.shadowRoot?.querySelector('[role="alertdialog"]'));
      addEventListener('pointermove', () => {
        const pressed = performance.now();
        const look = () => (shown() ? resolve(performance.now() - pressed) : requestAnimationFrame(look));
        look();
      }, { capture: true, once: true });
    });
    undefined;
  `);
  const box = (await page.locator(send).first().boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return page.evaluate(() =>
    Promise.race([
      (window as unknown as { warnedAfter: Promise<number> }).warnedAfter,
      new Promise<number>((r) => setTimeout(() => r(NaN), 5000)),
    ]),
  );
}

const SITES = {
  gmail: {
    url: 'https://mail.google.com/mail/u/0/',
    fixture: 'gmail-compose-new.html',
    body: '[g_editable="true"]',
    send: '[role="button"][jslog^="32601"]',
  },
  outlook: {
    url: 'https://outlook.office.com/mail/',
    fixture: 'outlook-compose-new.html',
    body: '#editorParent_1 .elementToProof',
    send: '[data-testid=ComposeSendButton]',
  },
} as const;

/** The same Gmail page where no content script matches: what the page and the browser cost by themselves. */
const CONTROL_URL = 'https://example.com/mail/u/0/';

async function openMail(ext: Extension, site: keyof typeof SITES, url: string = SITES[site].url): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await watchLongTasks(page);
  await page.goto(url);
  return page;
}

async function openDoc(ext: Extension): Promise<Page> {
  const page = await ext.context.newPage();
  await watchLongTasks(page);
  await page.goto(`https://docs.google.com/document/d/${DOC_ID}/edit`);
  return page;
}

const badge = (page: Page) => page.locator('[data-consonant] .cs-indicator');
const pause = (n: number) => new Promise((r) => setTimeout(r, n));

/** One page open: the long tasks in its first 3 s (the compose is found, checked and badged). */
async function openingTasks(open: () => Promise<Page>): Promise<LongTask[]> {
  const page = await open();
  await pause(3000);
  const tasks = await longTasks(page);
  await page.close();
  return tasks;
}

/** A held send once the badge is up, and a send right after typing on a page just opened. */
async function warnings(
  ext: Extension,
  site: keyof typeof SITES,
): Promise<{ warm: number; fresh: number; sentUnwarned: number }> {
  const { body, send } = SITES[site];
  const warmPage = await openMail(ext, site);
  await warmPage.locator(body).first().click();
  await warmPage.keyboard.type(CONFLICT);
  await badge(warmPage)
    .filter({ hasText: /\d+ conflicts?/ })
    .waitFor({ timeout: 10_000 });
  const warm = await timeToWarning(warmPage, send);
  await warmPage.close();

  const freshPage = await openMail(ext, site);
  await freshPage.locator(body).first().click();
  await freshPage.keyboard.insertText(CONFLICT);
  const fresh = await timeToWarning(freshPage, send);
  const sent = await freshPage.evaluate(() => (window as unknown as { __sends: unknown[] }).__sends.length);
  await freshPage.close();
  return { warm, fresh, sentUnwarned: sent };
}

async function pages(): Promise<void> {
  const ext = await launchExtension({ extensionDir: chromeBuild });
  await ext.setEffectiveState({
    profile: exampleProfile,
    profileSource: 'example',
    profileSyncedAt: null,
    settings: defaultSettings,
    locked: [],
  });
  for (const site of Object.keys(SITES) as (keyof typeof SITES)[])
    await ext.serve(`${SITES[site].url}**`, { body: sitePage(site, SITES[site].fixture) });
  await ext.serve(`${CONTROL_URL}**`, { body: sitePage('gmail', SITES.gmail.fixture) });
  await ext.serve(`https://docs.google.com/document/d/${DOC_ID}/edit**`, {
    body: readFileSync(path.join(root, 'test/fixtures/docs/document.html'), 'utf8'),
  });
  await ext.serve(`https://docs.google.com/document/d/${DOC_ID}/export**`, {
    contentType: 'text/plain; charset=utf-8',
    body: readFileSync(path.join(root, 'test/fixtures/docs/plan.txt'), 'utf8'),
  });

  const opening: string[][] = [];
  const warned: string[][] = [];
  for (const [name, open] of [
    ['gmail', () => openMail(ext, 'gmail')],
    ['outlook', () => openMail(ext, 'outlook')],
    ['docs', () => openDoc(ext)],
    ['gmail page, no content script', () => openMail(ext, 'gmail', CONTROL_URL)],
  ] as const) {
    const runs: LongTask[][] = [];
    progress(`opening ${name}`);
    for (let i = 0; i < RUNS; i++) runs.push(await openingTasks(open));
    const longest = runs.map((tasks) => Math.max(0, ...tasks.map((t) => t.duration)));
    const all = runs.flat().map((t) => ms(t.duration));
    opening.push([
      name,
      String(RUNS),
      `${runs.filter((t) => t.length > 0).length}/${RUNS}`,
      ms(median(longest)),
      ms(Math.max(...longest)),
      all.join(', ') || 'none',
    ]);
  }
  for (const site of Object.keys(SITES) as (keyof typeof SITES)[]) {
    progress(`sending from ${site}`);
    const results = [];
    for (let i = 0; i < RUNS; i++) results.push(await warnings(ext, site));
    warned.push([
      site,
      ms(median(results.map((r) => r.warm))),
      ms(median(results.map((r) => r.fresh))),
      `${results.flatMap((r) => [r.warm, r.fresh]).filter(Number.isNaN).length}/${RUNS * 2}`,
      `${results.filter((r) => r.sentUnwarned > 0).length}/${RUNS}`,
    ]);
  }
  await ext.close();

  console.log(
    `\nLong tasks (> 50 ms) on the page in the first 3 s after it opens, ${RUNS} opens each (headless Chromium)\n`,
  );
  table(['page', 'opens', 'opens with one', 'longest (median)', 'longest (max)', 'every long task'], opening);
  console.log(`\nHeld send → warning on screen (press to the frame that shows it), median of ${RUNS}\n`);
  table(['site', 'badge up, then Send', 'Send right after typing, fresh page', 'no warning', 'sent unwarned'], warned);
  console.log(`\nLoad per core while measuring: ${(os.loadavg()[0]! / os.cpus().length).toFixed(2)}\n`);
}

sizes();
await pages();
