/**
 * Drives Debian's firefox-esr with the built add-on over WebDriver BiDi (puppeteer-core),
 * since geckodriver is not available. Pages are served under their real URLs by request
 * interception, so the add-on's shipped match patterns decide where it runs; every other
 * request is answered 404 locally.
 *
 *   const fx = await launchFirefox();
 *   fx.serve('https://mail.google.com/', { body: html });
 *   const page = await fx.open('https://mail.google.com/mail/u/0/');
 *   ...
 *   await fx.close();
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FixtureResponse {
  body: string;
  contentType?: string;
  status?: number;
}

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  postData: string | undefined;
}

export interface FirefoxRun {
  browser: Browser;
  addonId: string;
  requests: RecordedRequest[];
  serve(urlPrefix: string, response: FixtureResponse): void;
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

/** The request body where BiDi exposes it; Firefox's BiDi does not for every request. */
function postData(request: HTTPRequest): string | undefined {
  try {
    return request.postData();
  } catch {
    return undefined;
  }
}

export async function launchFirefox(): Promise<FirefoxRun> {
  if (!existsSync(FIREFOX_BUILD))
    throw new Error(`no Firefox build at ${FIREFOX_BUILD}: run \`npx wxt build -b firefox\` first`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      // Keep Firefox from calling home: this machine has no network and tests must not need one.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.update.enabled': false,
      'network.captive-portal-service.enabled': false,
    },
  });
  const addonId = await browser.installExtension(FIREFOX_BUILD);
  const routes: { prefix: string; response: FixtureResponse }[] = [];
  const requests: RecordedRequest[] = [];

  const handle = (request: HTTPRequest) => {
    const url = request.url();
    requests.push({ url, method: request.method(), headers: request.headers(), postData: postData(request) });
    if (!/^https?:/.test(url)) return void request.continue();
    const route = routes.find((r) => url.startsWith(r.prefix));
    if (route) {
      return void request.respond({
        status: route.response.status ?? 200,
        contentType: route.response.contentType ?? 'text/html; charset=utf-8',
        body: route.response.body,
      });
    }
    void request.respond({ status: 404, contentType: 'text/plain', body: 'not served in tests' });
  };

  return {
    browser,
    addonId,
    requests,
    serve(prefix, response) {
      routes.unshift({ prefix, response });
    },
    async open(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', handle);
      await page.goto(url);
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}
