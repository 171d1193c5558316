/**
 * End-to-end harness: the built extension (`.output/chrome-mv3`, run `npx wxt build` first) in
 * Debian's Chromium, with every page served locally under the real site URLs.
 *
 *   const ext = await launchExtension();
 *   await ext.serve('https://mail.google.com/mail/u/0/**', { body: html });   // or (route, request) => …
 *   await ext.setEffectiveState({ ...state });            // what the background would write
 *   const page = await ext.context.newPage();
 *   await page.goto('https://mail.google.com/mail/u/0/');
 *   await ext.screenshot(page, 'gmail-warning');           // <screenshotDir()>/gmail-warning.png
 *   expect(ext.requestsContaining('ASAP')).toEqual([]);    // nothing carried the draft's words
 *   await ext.close();
 *
 * Nothing leaves the machine: any http(s) request without a `serve` route is answered 404 here,
 * except http://127.0.0.1:* and http://localhost:*, which pass through to real local servers.
 * Routes registered later win over earlier ones (Playwright's order), so a test can override.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Route, type Request, type Worker } from 'playwright-core';
import { CHROMIUM_ID } from '../../wxt.config';
import { screenshotDir } from './screenshot-dir';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(root, '.output/chrome-mv3');
export const SCREENSHOT_DIR = screenshotDir();

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  postData: string | null;
  /** 'page' for documents and frames, 'service-worker' for the extension's background. */
  from: 'page' | 'service-worker';
}

export type ServeResponse = {
  body: string | Buffer;
  contentType?: string;
  status?: number;
  headers?: Record<string, string>;
};
export type ServeHandler = (route: Route, request: Request) => Promise<void> | void;

export interface LaunchOptions {
  /** Defaults to `.output/chrome-mv3`. */
  extensionDir?: string;
  /** Extra Chromium switches. */
  args?: string[];
  /** Run headed for debugging (`CONSONANT_HEADED=1` does the same). */
  headed?: boolean;
}

export interface Extension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every request seen so far, from pages and from the extension's service worker. */
  requests: RecordedRequest[];
  serve(urlGlob: string | RegExp, response: ServeHandler | ServeResponse): Promise<void>;
  /** Requests whose URL, headers or body contain `needle` (case-insensitive). */
  requestsContaining(needle: string): RecordedRequest[];
  /** Writes `chrome.storage.local.effective`, the merged profile + settings every page reads. */
  setEffectiveState(state: unknown): Promise<void>;
  /** Opens an extension page such as `popup.html` or `options.html`. */
  openExtensionPage(file: string): Promise<Page>;
  /** Saves a PNG to <name>.png in screenshotDir() (the README's only on `npm run screenshots`); pass `element` to crop to it. */
  screenshot(page: Page, name: string, element?: string): Promise<string>;
  close(): Promise<void>;
}

/** Debian's Chromium by default; CHROMIUM_PATH points at another Chromium or Chrome. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LOCAL = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//;

export async function launchExtension(options: LaunchOptions = {}): Promise<Extension> {
  const dir = path.resolve(options.extensionDir ?? EXTENSION_DIR);
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `no Chromium at ${CHROMIUM}: install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary`,
    );
  }
  if (!existsSync(path.join(dir, 'manifest.json')))
    throw new Error(`no built extension in ${dir}: run \`npm run build\` first`);
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'consonant-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: !(options.headed || process.env.CONSONANT_HEADED === '1'),
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.args ?? []),
    ],
  });

  const requests: RecordedRequest[] = [];
  context.on('request', (request) => {
    requests.push({
      url: request.url(),
      method: request.method(),
      headers: request.headers(),
      postData: request.postData(),
      from: request.serviceWorker() ? 'service-worker' : 'page',
    });
  });

  // Registered first so that every `serve` route (registered later) takes precedence.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (LOCAL.test(url)) return route.continue();
    if (/^https?:/.test(url))
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not served in tests' });
    return route.continue();
  });

  const isOurs = (w: Worker) => w.url().startsWith(`chrome-extension://${CHROMIUM_ID}/`);
  const serviceWorker =
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }).catch(() => {
      throw new Error(
        `launchExtension: no service worker from chrome-extension://${CHROMIUM_ID}/ — is ${dir} built (npx wxt build)?`,
      );
    }));

  let backgroundSettled = false;
  return {
    context,
    extensionId: CHROMIUM_ID,
    serviceWorker,
    requests,
    async serve(urlGlob, response) {
      const handler: ServeHandler =
        typeof response === 'function'
          ? response
          : (route) =>
              route.fulfill({
                status: response.status ?? 200,
                contentType: response.contentType ?? 'text/html; charset=utf-8',
                headers: response.headers,
                body: response.body,
              });
      await context.route(urlGlob, handler);
    },
    requestsContaining(needle) {
      const n = needle.toLowerCase();
      return requests.filter((r) =>
        [r.url, r.postData ?? '', ...Object.values(r.headers)].some((s) => {
          let text = s.toLowerCase();
          try {
            text += '\n' + decodeURIComponent(s).toLowerCase();
          } catch {
            // Not URI-encoded; the raw text was already searched.
          }
          return text.includes(n);
        }),
      );
    },
    async setEffectiveState(state) {
      // The background writes the state once as it starts; wait for that so it cannot overwrite ours.
      if (!backgroundSettled) {
        backgroundSettled = true;
        await serviceWorker
          .evaluate(async () => {
            const local = (
              globalThis as unknown as {
                chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
              }
            ).chrome.storage.local;
            for (let i = 0; i < 50 && !(await local.get('effective')).effective; i++)
              await new Promise((r) => setTimeout(r, 100));
          })
          .catch(() => undefined);
      }
      await serviceWorker.evaluate(async (value) => {
        await (
          globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
        ).chrome.storage.local.set({ effective: value });
      }, state);
    },
    async openExtensionPage(file) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${CHROMIUM_ID}/${file}`);
      return page;
    },
    async screenshot(page, name, element) {
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      if (element) await page.locator(element).first().screenshot({ path: file, animations: 'disabled' });
      else await page.screenshot({ path: file, animations: 'disabled' });
      return file;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
