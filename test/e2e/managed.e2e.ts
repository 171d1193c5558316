import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exampleProfile } from '../../lib/profile';
import { CHROMIUM_ID } from '../../wxt.config';
import { fixtureHtml } from '../fixtures/dom/load-fixture';
import { json, startProfileServer, type ProfileServer } from '../sync/profile-server';
import { launchExtension, type Extension } from './harness';

/**
 * Enterprise policy as Chromium on Linux reads it. The file is machine-wide, so it carries a
 * unique name, lives only while this file's browser runs, and is removed even when a test fails.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';
const policyFile = path.join(POLICY_DIR, `consonant-e2e-${process.pid}-${randomUUID()}.json`);

async function withPolicy(policy: Record<string, unknown>): Promise<Extension> {
  await mkdir(POLICY_DIR, { recursive: true });
  await writeFile(policyFile, JSON.stringify({ '3rdparty': { extensions: { [CHROMIUM_ID]: policy } } }));
  return launchExtension();
}

async function removePolicy() {
  await rm(policyFile, { force: true });
}

type Stored = Record<string, unknown>;
const readLocal = (ext: Extension, key: string) =>
  ext.serviceWorker.evaluate(
    async (k) =>
      (
        (await (
          globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Stored> } } } }
        ).chrome.storage.local.get(k)) as Stored
      )[k],
    key,
  );

interface State {
  profile: { team: string; version: string };
  profileSource: string;
  settings: { mode: string; refreshMinutes: number };
  locked: string[];
}

async function waitForState(ext: Extension, predicate: (s: State) => boolean): Promise<State> {
  let state: State | undefined;
  await vi.waitFor(
    async () => {
      state = (await readLocal(ext, 'effective')) as State;
      expect(state && predicate(state)).toBe(true);
    },
    { timeout: 15_000, interval: 200 },
  );
  return state!;
}

const GMAIL_URL = 'https://mail.google.com/mail/u/0/';
const gmailPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inbox - Gmail</title></head><body>
${fixtureHtml('gmail-compose-new.html')}</body></html>`;

/** The example profile with checkout paused: "fix the checkout ASAP" is fine under the example, not under this. */
const policyProfile = {
  ...exampleProfile,
  team: 'Policy team',
  version: 'policy.1',
  priorities: exampleProfile.priorities.map(({ rank: _rank, ...p }) =>
    p.id === 'checkout' ? { ...p, status: 'paused' } : { ...p, rank: _rank },
  ),
};

describe('a policy profile, a locked mode and a malformed value', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await withPolicy({
      profile: policyProfile,
      mode: 'block',
      refreshMinutes: 2,
    });
  });
  afterAll(async () => {
    await ext?.close();
    await removePolicy();
  });

  it('uses the policy profile for every check', async () => {
    const state = await waitForState(ext, (s) => s.profileSource === 'managed');
    expect(state.profile).toMatchObject({ team: 'Policy team', version: 'policy.1' });
    expect(state.locked).toEqual(expect.arrayContaining(['profile', 'mode']));

    // A Gmail draft that is fine under the example profile conflicts under the policy's, and the
    // policy's block mode leaves no Send anyway.
    await ext.serve(`${GMAIL_URL}**`, { body: gmailPage });
    const gmail = await ext.context.newPage();
    await gmail.goto(GMAIL_URL);
    await gmail.locator('[g_editable="true"]').first().click();
    await gmail.keyboard.type('Team, please fix the checkout ASAP.');
    await expect
      .poll(() => gmail.locator('[data-consonant] .cs-indicator').textContent(), { timeout: 10_000 })
      .toMatch(/1 conflict/);
    await gmail.keyboard.press('Control+Enter');
    const warning = gmail.getByRole('alertdialog', {
      name: "Consonant: this draft conflicts with your team's priorities",
    });
    await warning.waitFor();
    expect(await warning.innerText()).toMatch(/Checkout reliability/);
    expect(await gmail.getByRole('button', { name: 'Send anyway' }).count()).toBe(0);
    await gmail.close();
  });

  it('shows the locked mode in the options page and does not let it change', async () => {
    const page = await ext.openExtensionPage('options.html');
    const block = page.getByRole('radio', { name: /Block/ });
    await block.waitFor();
    expect(await block.isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /Warn/ }).isDisabled()).toBe(true);
    expect(await page.getByText('Set by your organization').count()).toBeGreaterThan(0);
    await page.getByRole('radio', { name: /Warn/ }).click({ force: true });
    expect((await waitForState(ext, () => true)).settings.mode).toBe('block');
    await ext.screenshot(page, 'options-managed');
    await page.close();
  });

  it('ignores the malformed value and reports it in words', async () => {
    const state = await waitForState(ext, (s) => s.profileSource === 'managed');
    expect(state.settings.refreshMinutes).toBe(60);
    expect(state.locked).not.toContain('refreshMinutes');
    const popup = await ext.openExtensionPage('popup.html');
    await expect
      .poll(() => popup.getByRole('alert').first().textContent())
      .toMatch(/refreshMinutes\s*must be at least 5 minutes/);
    expect(await popup.getByText('Managed').count()).toBe(1);
    await popup.close();
  });
});

describe('a policy profile URL', () => {
  let ext: Extension;
  let server: ProfileServer;
  beforeAll(async () => {
    server = await startProfileServer();
    server.route(
      '/policy-team.json',
      json({ ...exampleProfile, team: 'Published by IT', version: 'it.7' }, { etag: '"it7"' }),
    );
    ext = await withPolicy({ profileUrl: server.url('/policy-team.json') });
  });
  afterAll(async () => {
    await ext?.close();
    await removePolicy();
    await server?.close();
  });

  it('is fetched and its profile is the one checks use', async () => {
    const state = await waitForState(ext, (s) => s.profileSource === 'url');
    expect(state.profile).toMatchObject({ team: 'Published by IT', version: 'it.7' });
    expect(state.locked).toContain('profileUrl');
    expect(server.requests.some((r) => r.path === '/policy-team.json')).toBe(true);
    const page = await ext.openExtensionPage('options.html');
    const url = page.getByLabel('Address (https)');
    await url.waitFor();
    expect(await url.isDisabled()).toBe(true);
    await page.close();
  });
});
