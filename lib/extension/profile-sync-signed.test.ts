import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exampleProfile, type Profile } from '../profile';
import { generateSigningKeys } from '../profile/signed';
import { defaultSettings } from '../settings/schema';
import { startProfileServer, type ProfileServer } from '../../test/sync/profile-server';
import { sign, tamper, type Keys } from '../../test/sync/signing';
import { readEffectiveState } from './effective';
import { recompute, syncNow } from './profile-sync';
import { localProfileItem, policyReportItem, syncStatusItem, urlProfileItem, userSettingsItem } from './sources';

const named = (team: string, version: string): Profile => ({ ...exampleProfile, team, version });
let team: Keys;
let other: Keys;

/** The signature of `jws` over a payload changed after signing: checkout paused. */
const tamperCheckout = (jws: string) =>
  tamper(jws, (profile) => ({
    ...profile,
    version: 'forged',
    priorities: profile.priorities.map((p) => (p.id === 'checkout' ? { ...p, status: 'paused' } : p)),
  }));

/** What the server answers at /team.jws: a body and its content type, with an ETag per body. */
let body = '';
let server: ProfileServer;
beforeAll(async () => {
  team = await generateSigningKeys('platform-2026');
  other = await generateSigningKeys('someone-else');
  server = await startProfileServer();
  server.route('/team.jws', (req, res) => {
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    const type = body.startsWith('{') ? 'application/json' : 'application/jose';
    res.writeHead(200, { 'content-type': type, etag }).end(body);
  });
});
afterAll(() => server.close());

beforeEach(async () => {
  fakeBrowser.reset();
  await userSettingsItem.set({ ...defaultSettings, profileUrl: server.url('/team.jws') });
});

const pin = (...keys: Keys[]) => fakeBrowser.storage.managed.set({ profilePublicKeys: keys.map((k) => k.publicJwk) });

describe('team URL under pinned keys, against a real server', () => {
  it('uses a profile signed by a pinned key, and keeps it through every refusal', async () => {
    await pin(team);
    body = await sign(named('Signed team', 'v1'), team);
    expect((await syncNow()).status).toMatchObject({ result: 'updated' });
    expect(await readEffectiveState()).toMatchObject({
      profileSource: 'url',
      profile: { version: 'v1' },
      signature: { state: 'verified', kid: 'platform-2026' },
      keysPinned: true,
      refused: [],
    });
    expect(await urlProfileItem.get()).toMatchObject({ version: 'v1', jws: body });

    const refusals: [string, string, RegExp][] = [
      [
        'tampered',
        tamperCheckout(body),
        /its signature does not match key "platform-2026": the profile was changed after it was signed/,
      ],
      [
        'signed by another key',
        await sign(named('Signed team', 'v2'), other),
        /it is signed by key "someone-else", which is not one of the trusted keys \("platform-2026"\)/,
      ],
      ['plain JSON', JSON.stringify(named('Signed team', 'v3')), /it is a plain profile, not a signed one/],
    ];
    for (const [name, served, detail] of refusals) {
      body = served;
      const reply = await syncNow();
      const reason = `the profile at ${server.url('/team.jws')} is not signed by a key your organization trusts`;
      expect(reply.status, name).toMatchObject({ result: 'failed', reason: expect.stringContaining(reason) });
      expect(reply.status?.reason, name).toMatch(detail);
      expect(await syncStatusItem.get(), name).toMatchObject({ result: 'failed' });
      expect(await urlProfileItem.get(), name).toMatchObject({ version: 'v1' });
      expect(await readEffectiveState(), name).toMatchObject({
        profileSource: 'url',
        profile: { version: 'v1', team: 'Signed team' },
        signature: { state: 'verified' },
      });
    }
  });

  it('accepts either key during a rotation', async () => {
    await pin(team, other);
    body = await sign(named('Rotated', 'v9'), other);
    await syncNow();
    expect(await readEffectiveState()).toMatchObject({
      profile: { version: 'v9' },
      signature: { state: 'verified', kid: 'someone-else' },
    });
  });

  it('stops using a plain copy once keys are pinned, says why, and downloads the whole file again', async () => {
    body = JSON.stringify(named('Plain team', 'p1'));
    await syncNow();
    expect(await readEffectiveState()).toMatchObject({
      profileSource: 'url',
      signature: { state: 'unsigned' },
      keysPinned: false,
    });

    await pin(team);
    await recompute();
    const state = await readEffectiveState();
    expect(state).toMatchObject({ profileSource: 'example', keysPinned: true });
    expect(state.refused).toEqual([
      {
        source: 'url',
        reason: expect.stringMatching(
          /^the profile at http:\/\/127\.0\.0\.1:\d+\/team\.jws is not signed by a key your organization trusts: it is a plain profile/,
        ),
      },
    ]);

    body = await sign(named('Signed team', 's1'), team);
    const before = server.requests.length;
    await syncNow();
    expect(server.requests.slice(before)).toEqual([expect.objectContaining({ ifNoneMatch: undefined })]);
    expect(await readEffectiveState()).toMatchObject({
      profileSource: 'url',
      profile: { version: 's1' },
      signature: { state: 'verified' },
      refused: [],
    });
  });

  it('revalidates a signed copy with its ETag as before', async () => {
    await pin(team);
    body = await sign(named('Signed team', 'v1'), team);
    await syncNow();
    expect((await syncNow()).status).toMatchObject({ result: 'not-modified' });
    expect(server.requests.at(-1)?.ifNoneMatch).toBeDefined();
  });
});

describe('without pinned keys', () => {
  it('keeps plain JSON working', async () => {
    body = JSON.stringify(named('Plain team', 'p1'));
    expect((await syncNow()).status).toMatchObject({ result: 'updated' });
    expect(await readEffectiveState()).toMatchObject({
      profile: { team: 'Plain team' },
      signature: { state: 'unsigned' },
      keysPinned: false,
    });
  });

  it('accepts a JWS and shows its signer as unverified', async () => {
    body = tamperCheckout(await sign(named('Signed team', 'v1'), team));
    expect((await syncNow()).status).toMatchObject({ result: 'updated' });
    expect(await readEffectiveState()).toMatchObject({
      profile: { version: 'forged' },
      signature: { state: 'unverified', kid: 'platform-2026' },
    });
  });
});

describe('policy and local profiles under pinned keys', () => {
  beforeEach(() => userSettingsItem.set(defaultSettings));

  it('uses a policy profile given as a JWS signed by a pinned key', async () => {
    await fakeBrowser.storage.managed.set({
      profilePublicKeys: [team.publicJwk],
      profile: { jws: await sign(named('From policy', 'm1'), team) },
    });
    await recompute();
    expect(await readEffectiveState()).toMatchObject({
      profileSource: 'managed',
      profile: { team: 'From policy' },
      signature: { state: 'verified', kid: 'platform-2026' },
      locked: ['profile'],
    });
    expect((await policyReportItem.get())?.keys.sort()).toEqual(['profile', 'profilePublicKeys']);
  });

  it('refuses a plain or other-key policy profile and falls back to the next source, saying why', async () => {
    await localProfileItem.set({
      profile: named('Imported', 'i1'),
      savedAt: '2026-11-21T10:00:00Z',
      origin: 'import',
      jws: await sign(named('Imported', 'i1'), team),
    });
    for (const profile of [named('From policy', 'm1'), { jws: await sign(named('From policy', 'm2'), other) }]) {
      await fakeBrowser.storage.managed.set({ profilePublicKeys: [team.publicJwk], profile });
      await recompute();
      const state = await readEffectiveState();
      expect(state).toMatchObject({
        profileSource: 'local',
        profile: { team: 'Imported' },
        signature: { state: 'verified' },
      });
      expect(state.refused).toEqual([
        {
          source: 'managed',
          reason: expect.stringMatching(
            /^the profile set by your organization's policy is not signed by a key your organization trusts: it/,
          ),
        },
      ]);
    }
  });

  it('refuses a local edit, which cannot be signed', async () => {
    await fakeBrowser.storage.managed.set({ profilePublicKeys: [team.publicJwk] });
    await localProfileItem.set({ profile: named('Edited', 'e1'), savedAt: '2026-11-21T10:00:00Z', origin: 'edit' });
    await recompute();
    expect(await readEffectiveState()).toMatchObject({
      profileSource: 'example',
      refused: [
        {
          source: 'local',
          reason: expect.stringMatching(
            /^the profile edited on this computer is not signed by a key your organization trusts/,
          ),
        },
      ],
    });
  });

  it('reports unreadable pinned keys and trusts no unsigned profile because of them', async () => {
    await fakeBrowser.storage.managed.set({ profilePublicKeys: [team.privateJwk] });
    await localProfileItem.set({ profile: named('Edited', 'e1'), savedAt: '2026-11-21T10:00:00Z', origin: 'edit' });
    await recompute();
    expect(await readEffectiveState()).toMatchObject({ profileSource: 'example', keysPinned: true });
    expect(await policyReportItem.get()).toMatchObject({
      problems: [{ key: 'profilePublicKeys[0]', message: expect.stringMatching(/is a private key/) }],
    });
  });
});
