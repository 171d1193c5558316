import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exampleProfile, type Profile } from '../../lib/profile';
import { generateSigningKeys } from '../../lib/profile/signed';
import { CHROMIUM_ID } from '../../wxt.config';
import { startProfileServer, type ProfileServer } from '../sync/profile-server';
import { sign, tamper, type Keys } from '../sync/signing';
import { launchExtension, type Extension } from './harness';

/**
 * Keys pinned the way an administrator pins them on Linux: a JSON policy file Chromium reads at
 * start. Only what survives Chrome's check against managed_schema.json reaches the extension,
 * so this is also the test that the schema declares every member of a key and of a signed profile.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';
const policyFile = path.join(POLICY_DIR, `consonant-e2e-signed-${process.pid}-${randomUUID()}.json`);

async function withPolicy(policy: Record<string, unknown>): Promise<Extension> {
  await mkdir(POLICY_DIR, { recursive: true });
  await writeFile(policyFile, JSON.stringify({ '3rdparty': { extensions: { [CHROMIUM_ID]: policy } } }));
  return launchExtension();
}

interface State {
  profile: { team: string; version: string };
  profileSource: string;
  signature: { state: string; kid?: string | null };
  keysPinned: boolean;
  refused: { source: string; reason: string }[];
}

async function effective(ext: Extension): Promise<State> {
  return ext.serviceWorker.evaluate(async () => {
    const local = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).chrome.storage.local;
    return (await local.get('effective')).effective as State;
  });
}

async function waitForState(ext: Extension, predicate: (s: State) => boolean): Promise<State> {
  let state: State | undefined;
  await vi.waitFor(
    async () => {
      state = await effective(ext);
      expect(state && predicate(state)).toBe(true);
    },
    { timeout: 15_000, interval: 200 },
  );
  return state!;
}

const named = (team: string, version: string): Profile => ({ ...exampleProfile, team, version });

let team: Keys;
let other: Keys;
beforeAll(async () => {
  team = await generateSigningKeys('platform-2026');
  other = await generateSigningKeys('someone-else');
});

describe('a key pinned by policy and a signed team URL', () => {
  let ext: Extension;
  let server: ProfileServer;
  let body = '';
  beforeAll(async () => {
    body = await sign(named('Signed by CI', 'ci.1'), team);
    server = await startProfileServer();
    server.route(
      '/team.jws',
      (_req, res) =>
        void res
          .writeHead(200, { 'content-type': 'application/jose', etag: `"${body.length}-${body.slice(-8)}"` })
          .end(body),
    );
    ext = await withPolicy({ profilePublicKeys: [team.publicJwk], profileUrl: server.url('/team.jws') });
  });
  afterAll(async () => {
    await ext?.close();
    await rm(policyFile, { force: true });
    await server?.close();
  });

  it('uses the signed profile and the popup says it is verified, and by which key', async () => {
    const state = await waitForState(ext, (s) => s.profileSource === 'url');
    expect(state).toMatchObject({
      profile: { team: 'Signed by CI', version: 'ci.1' },
      signature: { state: 'verified', kid: 'platform-2026' },
      keysPinned: true,
    });
    const popup = await ext.openExtensionPage('popup.html');
    await expect
      .poll(() => popup.locator('main').textContent())
      .toMatch(/SignatureVerified: signed by platform-2026, a key your organization trusts/);
    await popup.close();
  });

  it.each([
    ['tampered', () => tamper(body), /its signature does not match key "platform-2026"/],
    [
      'signed by another key',
      () => sign(named('Signed by CI', 'ci.2'), other),
      /it is signed by key "someone-else", which is not one of the trusted keys/,
    ],
    ['plain JSON', () => JSON.stringify(named('Signed by CI', 'ci.3')), /it is a plain profile, not a signed one/],
  ])('refuses a %s profile on Sync now, keeps the last good one and says why', async (name, next, detail) => {
    const good = body;
    body = await next();
    try {
      const popup = await ext.openExtensionPage('popup.html');
      await popup.setViewportSize({ width: 360, height: 600 });
      await popup.getByRole('button', { name: 'Sync now' }).click();
      const alert = popup.getByRole('alert').filter({ hasText: 'failed' });
      // Polled on the detail: the alert of the previous refusal is on screen until this sync ends.
      const at = server.url('/team.jws').replace(/[.]/g, '\\.');
      await expect
        .poll(() => alert.textContent(), { timeout: 10_000 })
        .toMatch(
          new RegExp(`failed: the profile at ${at} is not signed by a key your organization trusts: ${detail.source}`),
        );
      expect(await alert.textContent()).toMatch(/The last good profile is still in use/);
      expect(await effective(ext)).toMatchObject({ profile: { version: 'ci.1' }, signature: { state: 'verified' } });
      if (name === 'tampered') await ext.screenshot(popup, 'popup-signature-refused');
      await popup.close();
    } finally {
      body = good;
    }
  });

  it('refuses to import a plain file in the options page, in words', async () => {
    const options = await ext.openExtensionPage('options.html');
    await expect.poll(() => options.locator('header').textContent()).toMatch(/Verified: signed by platform-2026/);
    await options.locator('input[type=file]').setInputFiles({
      name: 'team.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(named('Plain', 'p.1'))),
    });
    const alert = options.getByRole('alert').filter({ hasText: 'This file was not imported' });
    await expect
      .poll(() => alert.textContent())
      .toMatch(/The profile is not signed by a key your organization trusts: it is a plain profile/);
    await options.close();
  });
});

describe('a signed profile given inline by policy', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await withPolicy({
      profilePublicKeys: [other.publicJwk, team.publicJwk],
      profile: { jws: await sign(named('Inline and signed', 'inline.1'), team) },
    });
  });
  afterAll(async () => {
    await ext?.close();
    await rm(policyFile, { force: true });
  });

  it('is verified by the second of two pinned keys (a rotation) and used for every check', async () => {
    const state = await waitForState(ext, (s) => s.profileSource === 'managed');
    expect(state).toMatchObject({
      profile: { team: 'Inline and signed' },
      signature: { state: 'verified', kid: 'platform-2026' },
      refused: [],
    });
  });
});
