import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exampleProfile, type Profile } from '../profile';
import { defaultSettings } from '../settings/schema';
import { json, startProfileServer, type ProfileServer } from '../../test/sync/profile-server';
import { readEffectiveState } from './effective';
import { SYNC_ALARM, recompute, startProfileSync, syncNow } from './profile-sync';
import {
  localProfileItem,
  policyReportItem,
  profileChangesItem,
  syncStatusItem,
  urlProfileItem,
  userSettingsItem,
} from './sources';

const named = (team: string, version = '1'): Profile => ({ ...exampleProfile, team, version });
const URL_A = 'https://intranet.example.com/team.json';
const urlRecord = {
  url: URL_A,
  profile: named('From URL'),
  fetchedAt: '2026-11-20T10:00:00Z',
  syncedAt: '2026-11-22T10:00:00Z',
  version: '1',
};
const local = { profile: named('From local edit'), savedAt: '2026-11-21T10:00:00Z', origin: 'edit' as const };

let server: ProfileServer;
let served: unknown = named('Served', 'v1');
type Failure = 'ok' | '404' | '500' | 'slow' | 'huge' | 'not-json' | 'to-http';
let behave: Failure = 'ok';
beforeAll(async () => {
  server = await startProfileServer();
  server.route('/team.json', (req, res) => {
    switch (behave) {
      case 'ok':
        return json(served, { etag: `"${(served as Profile).version}"` })(req, res);
      case '404':
      case '500':
        return void res.writeHead(Number(behave)).end();
      case 'slow':
        return void setTimeout(() => json(served)(req, res), 1_500);
      case 'huge':
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(`"${'x'.repeat(600 * 1024)}"`);
      case 'not-json':
        return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>sign in</html>');
      case 'to-http':
        return void res.writeHead(302, { location: 'http://example.invalid/team.json' }).end();
    }
  });
});
afterAll(() => server.close());

beforeEach(() => {
  fakeBrowser.reset();
  served = named('Served', 'v1');
  behave = 'ok';
});

describe('background merge with storage (every precedence case)', () => {
  it.each<[string, () => Promise<unknown>, string, string]>([
    ['nothing stored: the embedded example', async () => undefined, 'example', exampleProfile.team],
    ['a local edit', () => localProfileItem.set(local), 'local', 'From local edit'],
    [
      'team URL over local edit',
      async () => {
        await localProfileItem.set(local);
        await urlProfileItem.set(urlRecord);
        await userSettingsItem.set({ ...defaultSettings, profileUrl: URL_A });
      },
      'url',
      'From URL',
    ],
    [
      'managed profile over team URL and local edit',
      async () => {
        await localProfileItem.set(local);
        await urlProfileItem.set(urlRecord);
        await userSettingsItem.set({ ...defaultSettings, profileUrl: URL_A });
        await fakeBrowser.storage.managed.set({ profile: named('From policy') });
      },
      'managed',
      'From policy',
    ],
    [
      'managed URL over local edit',
      async () => {
        await localProfileItem.set(local);
        await urlProfileItem.set(urlRecord);
        await fakeBrowser.storage.managed.set({ profileUrl: URL_A });
      },
      'url',
      'From URL',
    ],
  ])('%s', async (_name, arrange, source, team) => {
    await arrange();
    await recompute();
    const state = await readEffectiveState();
    expect(state.profileSource).toBe(source);
    expect(state.profile.team).toBe(team);
  });

  it('lets a managed setting win over the user value and lists it as locked', async () => {
    await userSettingsItem.set({ ...defaultSettings, mode: 'off' });
    await fakeBrowser.storage.managed.set({ mode: 'block' });
    await recompute();
    expect(await readEffectiveState()).toMatchObject({ settings: { mode: 'block' }, locked: ['mode'] });
  });

  it('treats a managed area that rejects (no policy) as empty', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    await localProfileItem.set(local);
    await recompute();
    expect(await readEffectiveState()).toMatchObject({ profileSource: 'local', locked: [] });
  });

  it('ignores a bad policy value, reports it and applies the good ones', async () => {
    await fakeBrowser.storage.managed.set({ mode: 'loud', minSeverity: 'error' });
    await recompute();
    expect(await readEffectiveState()).toMatchObject({
      settings: { mode: 'warn', minSeverity: 'error' },
      locked: ['minSeverity'],
    });
    expect(await policyReportItem.get()).toMatchObject({ problems: [{ key: 'mode' }], keys: ['minSeverity'] });
  });

  it('schedules the sync alarm from the refresh interval, policy first', async () => {
    await recompute();
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 60 });
    await fakeBrowser.storage.managed.set({ refreshMinutes: 15 });
    await recompute();
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 15 });
  });
});

describe('background sync', () => {
  it('downloads the team profile on Sync now and keeps it through later failures', async () => {
    await userSettingsItem.set({ ...defaultSettings, profileUrl: server.url('/team.json') });
    const reply = await syncNow();
    expect(reply.status).toMatchObject({ result: 'updated' });
    expect(await readEffectiveState()).toMatchObject({ profileSource: 'url', profile: { team: 'Served' } });

    served = { ...named('Served', 'v2'), priorities: 'not a list' };
    const failed = await syncNow();
    expect(failed.status).toMatchObject({ result: 'failed', reason: expect.stringMatching(/priorities/) });
    expect(await readEffectiveState()).toMatchObject({
      profileSource: 'url',
      profile: { team: 'Served', version: 'v1' },
    });
    expect(await urlProfileItem.get()).toMatchObject({ version: 'v1' });
    expect(await syncStatusItem.get()).toMatchObject({ result: 'failed' });
  });

  it.each<[Failure | 'invalid', RegExp]>([
    ['404', /answered 404/],
    ['500', /answered 500/],
    ['slow', /no answer within 0\.3 s/],
    ['huge', /larger than the 512 KB limit/],
    ['not-json', /not a profile: the address answered with a web page/],
    ['invalid', /not a valid profile/],
    ['to-http', /redirected to http:\/\/example\.invalid\/team\.json, which is not https/],
  ])('keeps the last good profile when the server fails (%s) and records why', async (failure, reason) => {
    startProfileSync({ fetch: { timeoutMs: 300 } });
    await userSettingsItem.set({ ...defaultSettings, profileUrl: server.url('/team.json') });
    await vi.waitFor(async () => expect(await urlProfileItem.get()).toMatchObject({ version: 'v1', etag: '"v1"' }));

    if (failure === 'invalid') served = { ...named('Served', 'v2'), schemaVersion: 3 };
    else behave = failure;
    const reply = await syncNow();
    expect(reply.status).toMatchObject({ result: 'failed', reason: expect.stringMatching(reason) });
    expect(await syncStatusItem.get()).toMatchObject({ result: 'failed', reason: expect.stringMatching(reason) });
    expect(await urlProfileItem.get()).toMatchObject({ version: 'v1', etag: '"v1"' });
    expect(await readEffectiveState()).toMatchObject({ profileSource: 'url', profile: { version: 'v1' } });
  });

  it('asks again with the saved ETag and counts a 304 as a fresh sync', async () => {
    await userSettingsItem.set({ ...defaultSettings, profileUrl: server.url('/team.json') });
    await syncNow();
    const first = await urlProfileItem.get();
    server.route('/team.json', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      json(served)(req, res);
    });
    try {
      const reply = await syncNow();
      expect(reply.status).toMatchObject({ result: 'not-modified' });
      const after = await urlProfileItem.get();
      expect(after).toMatchObject({ version: 'v1', fetchedAt: first!.fetchedAt });
      expect(Date.parse(after!.syncedAt)).toBeGreaterThanOrEqual(Date.parse(first!.syncedAt));
    } finally {
      server.route('/team.json', (req, res) => json(served, { etag: `"${(served as Profile).version}"` })(req, res));
    }
  });

  it.each([
    ['fails', 500],
    ['succeeds', 200],
  ])(
    'fetches a new team URL at once while a slow sync of the old one runs, and the old answer, when it %s late, changes nothing',
    async (_, oldStatus) => {
      const oldUrl = server.url('/old.json');
      const newUrl = server.url('/new.json');
      let answerOld: () => void = () => undefined;
      server.route('/old.json', (req, res) => {
        answerOld = () =>
          oldStatus === 200 ? json(named('Old team', 'o1'))(req, res) : void res.writeHead(oldStatus).end();
      });
      server.route('/new.json', json(named('New team', 'n1'), { etag: '"n1"' }));
      startProfileSync();
      await userSettingsItem.set({ ...defaultSettings, profileUrl: oldUrl });
      await vi.waitFor(() => expect(server.requests.some((r) => r.path === '/old.json')).toBe(true));

      await userSettingsItem.set({ ...defaultSettings, profileUrl: newUrl });
      await vi.waitFor(async () => expect(await urlProfileItem.get()).toMatchObject({ url: newUrl, version: 'n1' }), {
        timeout: 2_000,
      });
      expect(await syncStatusItem.get()).toMatchObject({ url: newUrl, result: 'updated' });

      const requestsBefore = server.requests.length;
      answerOld();
      await vi.waitFor(() => expect(server.requests.length).toBe(requestsBefore));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await syncStatusItem.get()).toMatchObject({ url: newUrl, result: 'updated' });
      expect(await urlProfileItem.get()).toMatchObject({ url: newUrl, version: 'n1' });
      expect(await readEffectiveState()).toMatchObject({ profileSource: 'url', profile: { team: 'New team' } });
    },
  );

  it('syncs when the alarm fires', async () => {
    startProfileSync();
    await userSettingsItem.set({ ...defaultSettings, profileUrl: server.url('/team.json') });
    await vi.waitFor(async () => expect(await urlProfileItem.get()).toMatchObject({ version: 'v1' }));
    served = named('Served', 'v2');
    await fakeBrowser.alarms.onAlarm.trigger({
      name: SYNC_ALARM,
      scheduledTime: Date.now(),
      periodInMinutes: 60,
      persistAcrossSessions: true,
    });
    await vi.waitFor(async () => expect(await readEffectiveState()).toMatchObject({ profile: { version: 'v2' } }));
  });

  it('records what changed when a new version arrives, and adds up until dismissed', async () => {
    await userSettingsItem.set({ ...defaultSettings, profileUrl: server.url('/team.json') });
    await syncNow();
    expect(await profileChangesItem.get()).toBeNull();

    const paused = (p: Profile, id: string): Profile => ({
      ...p,
      priorities: p.priorities.map((i) => (i.id === id ? { ...i, status: 'paused' as const } : i)),
    });
    served = paused(named('Served', 'v2'), 'data-migration');
    await syncNow();
    served = paused(paused(named('Served', 'v3'), 'data-migration'), 'partner-api');
    await syncNow();
    expect(await profileChangesItem.get()).toMatchObject({
      fromVersion: 'v1',
      toVersion: 'v3',
      lines: ['Data migration: active → paused', 'Partner API: active → paused'],
    });
  });

  it('answers a validated Sync now message and ignores other messages', async () => {
    startProfileSync();
    await userSettingsItem.set({ ...defaultSettings, profileUrl: server.url('/team.json') });
    const reply = await fakeBrowser.runtime.sendMessage({ type: 'consonant:sync-now' });
    expect(reply).toMatchObject({ status: { result: expect.stringMatching(/updated|not-modified/) } });
    await expect(fakeBrowser.runtime.sendMessage({ type: 'consonant:page-check' })).resolves.toBeUndefined();
  });

  it('skips the sync when policy sets the profile itself', async () => {
    await fakeBrowser.storage.managed.set({ profile: named('From policy') });
    await userSettingsItem.set({ ...defaultSettings, profileUrl: server.url('/team.json') });
    expect(await syncNow()).toMatchObject({ status: null, skipped: expect.stringMatching(/organization/) });
  });

  it('recomputes when policy changes while running', async () => {
    startProfileSync();
    await vi.waitFor(async () => expect((await readEffectiveState()).profileSource).toBe('example'));
    await fakeBrowser.storage.managed.set({ profile: named('From policy') });
    await vi.waitFor(async () =>
      expect(await readEffectiveState()).toMatchObject({ profileSource: 'managed', profile: { team: 'From policy' } }),
    );
  });
});
