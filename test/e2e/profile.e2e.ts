import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { exampleProfile } from '../../lib/profile';
import { fixtureHtml } from '../fixtures/dom/load-fixture';
import { json, startProfileServer, type ProfileServer } from '../sync/profile-server';
import { launchExtension, type Extension } from './harness';

let ext: Extension;
let server: ProfileServer;

type Stored = Record<string, unknown>;
const readLocal = (key: string) =>
  ext.serviceWorker.evaluate(
    async (k) =>
      (
        (await (
          globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Stored> } } } }
        ).chrome.storage.local.get(k)) as Stored
      )[k],
    key,
  );

async function effective(): Promise<{
  profile: { team: string; version: string };
  profileSource: string;
  settings: { mode: string };
}> {
  return (await readLocal('effective')) as never;
}

async function waitForEffective(predicate: (state: Awaited<ReturnType<typeof effective>>) => boolean) {
  await vi.waitFor(async () => expect(predicate(await effective())).toBe(true), { timeout: 10_000, interval: 100 });
}

beforeAll(async () => {
  server = await startProfileServer();
  ext = await launchExtension();
  await waitForEffective((s) => s?.profileSource === 'example');
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openOptions(): Promise<Page> {
  const page = await ext.openExtensionPage('options.html');
  await page.getByRole('heading', { name: 'Consonant' }).waitFor();
  return page;
}

const GMAIL_URL = 'https://mail.google.com/mail/u/0/';
const GMAIL_BODY = '[g_editable="true"]';
const GMAIL_SEND = '[role="button"][jslog^="32601"]';

/** Gmail's saved compose DOM under its real URL; Gmail sends on mouseup after a mousedown on Send. */
const gmailPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inbox - Gmail</title></head><body>
${fixtureHtml('gmail-compose-new.html')}
<script>
  window.__sends = 0;
  let pressed = false;
  document.addEventListener('mousedown', (e) => { pressed = !!(e.target.closest && e.target.closest('[jslog^="32601"]')); });
  document.addEventListener('mouseup', (e) => { if (pressed && e.target.closest && e.target.closest('[jslog^="32601"]')) window.__sends++; pressed = false; });
</script></body></html>`;

const indicator = (page: Page) => page.locator('[data-consonant] .cs-indicator');
const warning = (page: Page) =>
  page.getByRole('alertdialog', { name: "Consonant: this draft conflicts with your team's priorities" });

describe('options page → effective state → Gmail and the popup', () => {
  it('an edit saved in the options page is what an open Gmail draft is checked against, without reloading it', async () => {
    await ext.serve(`${GMAIL_URL}**`, { body: gmailPage });
    const gmail = await ext.context.newPage();
    await gmail.goto(GMAIL_URL);
    await gmail.locator(GMAIL_BODY).first().click();
    await gmail.keyboard.type('Team, please get the new app out ASAP.');
    // The example profile has the mobile redesign ("new app") paused: urgency about it conflicts.
    await expect.poll(() => indicator(gmail).textContent(), { timeout: 10_000 }).toMatch(/1 conflict/);

    const page = await openOptions();
    await page.getByLabel('Team name').fill('Growth leadership');
    await page.getByLabel('Version').fill('e2e.1');
    const mobile = page.getByRole('listitem', { name: 'Mobile redesign' });
    await mobile.getByLabel('Status').selectOption('active');
    await mobile.getByLabel('Rank').fill('1');
    await page.getByRole('listitem', { name: 'Checkout reliability' }).getByLabel('Rank').fill('9');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/Saved version e2e\.1/);

    await waitForEffective((s) => s.profile.team === 'Growth leadership' && s.profileSource === 'local');
    const state = (await effective()) as unknown as { profile: typeof exampleProfile };
    expect(state.profile.priorities.find((p) => p.id === 'mobile-redesign')).toMatchObject({
      status: 'active',
      rank: 1,
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    await ext.screenshot(page, 'options-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await ext.screenshot(page, 'options-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Try it: a pasted draft is checked here, against the profile being edited.
    await page
      .getByLabel('Draft to check')
      .fill('Crypto payments are our top priority now, please get them done ASAP.');
    const findings = page.getByRole('list', { name: 'Findings' });
    await expect.poll(() => findings.textContent(), { timeout: 10_000 }).toMatch(/Crypto payments[\s\S]*Your words/);
    await findings.scrollIntoViewIfNeeded();
    await ext.screenshot(page, 'options-try-it', 'section:has(#tryit-heading)');
    await page.close();

    // The same Gmail tab, never reloaded: the next check uses the saved profile.
    await gmail.bringToFront();
    await expect.poll(() => indicator(gmail).textContent(), { timeout: 10_000 }).toMatch(/No conflicts/);
    await gmail.click(GMAIL_SEND);
    await expect.poll(() => gmail.evaluate(() => (window as unknown as { __sends: number }).__sends)).toBe(1);
    expect(await warning(gmail).count()).toBe(0);
    await gmail.close();

    const popup = await ext.openExtensionPage('popup.html');
    await expect
      .poll(() => popup.locator('main').textContent())
      .toMatch(/Growth leadership[\s\S]*e2e\.1[\s\S]*Edited on this computer/);
    await popup.setViewportSize({ width: 360, height: 560 });
    await ext.screenshot(popup, 'popup-light');
    await popup.close();
  });

  it('shows errors at the field and keeps the last good profile when the edit is invalid', async () => {
    const page = await openOptions();
    await page.getByLabel('Team name').fill('');
    const migration = page.getByRole('listitem', { name: 'Data migration' });
    await migration.getByLabel('Rank').fill('1');
    await page.getByText('team cannot be empty').waitFor();
    await expect
      .poll(() => migration.locator('.field__errors').allTextContents())
      .toEqual(['rank 1 is already held by "mobile-redesign"; active ranks must be unique']);
    await expect.poll(() => migration.getByLabel('Rank').getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/Not saved/);
    await migration.scrollIntoViewIfNeeded();
    await ext.screenshot(page, 'options-errors');
    expect((await effective()).profile.team).toBe('Growth leadership');
    await page.close();
  });

  it('a team URL profile wins over the local edit, and a failed sync keeps it', async () => {
    let served: unknown = { ...exampleProfile, team: 'Published team', version: 'url.1' };
    server.route('/team.json', (req, res) => json(served, { etag: `"${JSON.stringify(served).length}"` })(req, res));
    // Subscribing through the page; the server sends CORS headers, so the open permission prompt
    // (which automation cannot answer) does not hold the subscription up.
    const options = await openOptions();
    await options.getByLabel('Address (https)').fill(server.url('/team.json'));
    await options.getByRole('button', { name: 'Subscribe' }).click();
    await waitForEffective((s) => s.profile.team === 'Published team' && s.profileSource === 'url');
    await expect
      .poll(() => options.locator('section').allTextContents())
      .toContainEqual(expect.stringMatching(/Last sync just now: downloaded a new version/));
    await options.close();

    served = {
      ...exampleProfile,
      team: 'Published team',
      version: 'url.2',
      priorities: exampleProfile.priorities.map((p) =>
        p.id === 'partner-api' ? { ...p, status: 'paused', rank: undefined } : p,
      ),
    };
    const popup = await ext.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 360, height: 560 });
    await popup.getByRole('button', { name: 'Sync now' }).click();
    await expect
      .poll(() => popup.locator('main').textContent(), { timeout: 10_000 })
      .toMatch(/What changed \(url\.1 → url\.2\)[\s\S]*Partner API: active → paused/);

    served = {
      ...exampleProfile,
      team: 'Published team',
      version: 'url.3',
      priorities: [{ id: 'Not A Slug', name: 'x' }],
    };
    await popup.getByRole('button', { name: 'Sync now' }).click();
    await expect
      .poll(() => popup.locator('main').textContent(), { timeout: 10_000 })
      .toMatch(/failed: the file is not a valid profile/);
    expect((await effective()).profile.version).toBe('url.2');
    await ext.screenshot(popup, 'popup-sync-failed');
    await popup.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => readLocal('profileChanges')).toBeUndefined();
    await popup.close();
  });
});

describe('the extension never follows a plain-http hop', () => {
  it('its security policy refuses an http hop in a redirect chain, and lets an https or local one through', async () => {
    // A second server on another loopback address: reachable, but plain http to a host that is not this machine's name.
    const { createServer } = await import('node:http');
    const elsewhere = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end('{}'),
    );
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.2', resolve));
    const port = (elsewhere.address() as { port: number }).port;
    try {
      server.route('/to-plain-http', (_req, res) =>
        res.writeHead(302, { location: `http://127.0.0.2:${port}/team.json` }).end(),
      );
      server.route('/to-here', (_req, res) => res.writeHead(302, { location: server.url('/here.json') }).end());
      server.route('/here.json', json({ ok: true }));
      const get = (url: string) =>
        ext.serviceWorker.evaluate(
          (u) =>
            fetch(u, { redirect: 'follow', credentials: 'omit' }).then(
              (r) => `${r.status}`,
              (e: Error) => `refused: ${e.message}`,
            ),
          url,
        );
      // The same address answers when nothing stands in the way (from this test process).
      expect((await fetch(`http://127.0.0.2:${port}/team.json`)).status).toBe(200);
      expect(await get(server.url('/to-plain-http'))).toMatch(/^refused/);
      expect(await get(server.url('/to-here'))).toBe('200');
    } finally {
      await new Promise((resolve) => elsewhere.close(resolve));
    }
  });
});
