import { describe, expect, it } from 'vitest';
import { exampleProfile, type Profile } from '../profile';
import { defaultSettings } from '../settings/schema';
import { isLocked, merge, type Sources } from './merge';

const named = (team: string): Profile => ({ ...exampleProfile, team });
const URL_A = 'https://intranet.example.com/team.json';
const urlRecord = {
  url: URL_A,
  profile: named('From URL'),
  fetchedAt: '2026-11-20T10:00:00Z',
  syncedAt: '2026-11-22T10:00:00Z',
  version: 'u1',
};
const local = { profile: named('From local edit'), savedAt: '2026-11-21T10:00:00Z', origin: 'edit' as const };
const subscribed = { ...defaultSettings, profileUrl: URL_A };

const base: Sources = { policy: {}, urlRecord: null, local: null, userSettings: defaultSettings };

describe('merge: which profile is in force', () => {
  it.each<[string, Partial<Sources>, string, string, string | null]>([
    ['nothing configured', {}, 'example', exampleProfile.team, null],
    ['a local edit', { local }, 'local', 'From local edit', null],
    [
      'a URL copy beats a local edit',
      { local, urlRecord, userSettings: subscribed },
      'url',
      'From URL',
      '2026-11-22T10:00:00Z',
    ],
    ['a URL copy without a configured URL is not used', { local, urlRecord }, 'local', 'From local edit', null],
    [
      'a URL copy of another address is not used',
      { local, urlRecord, userSettings: { ...subscribed, profileUrl: 'https://other.example/p.json' } },
      'local',
      'From local edit',
      null,
    ],
    [
      'a URL never fetched falls back to the local edit',
      { local, userSettings: subscribed },
      'local',
      'From local edit',
      null,
    ],
    [
      'policy beats the URL and the local edit',
      { policy: { profile: named('From policy') }, local, urlRecord, userSettings: subscribed },
      'managed',
      'From policy',
      null,
    ],
    [
      'a policy URL selects the URL copy over a local edit',
      { policy: { profileUrl: URL_A }, local, urlRecord },
      'url',
      'From URL',
      '2026-11-22T10:00:00Z',
    ],
    [
      'a policy URL replaces the user URL',
      { policy: { profileUrl: 'https://policy.example/p.json' }, urlRecord, userSettings: subscribed, local },
      'local',
      'From local edit',
      null,
    ],
  ])('%s', (_name, patch, source, team, syncedAt) => {
    const merged = merge({ ...base, ...patch });
    expect(merged.profileSource).toBe(source);
    expect(merged.profile.team).toBe(team);
    expect(merged.profileSyncedAt).toBe(syncedAt);
  });
});

describe('merge: settings', () => {
  it('keeps the user settings and locks nothing without policy', () => {
    const user = { ...defaultSettings, mode: 'block' as const, minSeverity: 'error' as const };
    expect(merge({ ...base, userSettings: user })).toMatchObject({ settings: user, locked: [] });
  });

  it('lets every policy key win over the user value and locks it', () => {
    const user = {
      ...defaultSettings,
      mode: 'off' as const,
      refreshMinutes: 15,
      allowSendAnyway: true,
      profileUrl: 'https://mine.example/p.json',
    };
    const merged = merge({
      ...base,
      userSettings: user,
      policy: {
        mode: 'block',
        minSeverity: 'error',
        refreshMinutes: 30,
        allowSendAnyway: false,
        profileUrl: URL_A,
        sites: { gmail: false },
      },
    });
    expect(merged.settings).toEqual({
      mode: 'block',
      minSeverity: 'error',
      refreshMinutes: 30,
      allowSendAnyway: false,
      profileUrl: URL_A,
      sites: { gmail: false, outlook: true, docs: true },
    });
    expect(merged.locked.sort()).toEqual([
      'allowSendAnyway',
      'minSeverity',
      'mode',
      'profileUrl',
      'refreshMinutes',
      'sites.gmail',
    ]);
  });

  it('locks the profile when policy sets it', () => {
    expect(merge({ ...base, policy: { profile: exampleProfile } }).locked).toEqual(['profile']);
  });

  it.each([
    [['mode'], 'mode', true],
    [['sites.gmail'], 'sites', true],
    [['sites.gmail'], 'sites.gmail', true],
    [['sites.gmail'], 'sites.docs', false],
    [['modeX'], 'mode', false],
  ])('isLocked(%j, %s) is %s', (locked, key, expected) => {
    expect(isLocked(locked, key)).toBe(expected);
  });
});

describe('merge: signatures', () => {
  const refuse = (reason: string) => ({ ok: false as const, reason });
  const verified = { ok: true as const, signature: { state: 'verified' as const, kid: 'platform-2026' } };

  it('passes a refused source over for the next one in order, and says why', () => {
    const merged = merge(
      { ...base, policy: { profile: named('From policy') }, urlRecord, local, userSettings: subscribed },
      { pinned: true, managed: refuse('policy: not signed'), url: refuse('url: bad signature'), local: verified },
    );
    expect(merged).toMatchObject({
      profileSource: 'local',
      profile: { team: 'From local edit' },
      signature: { state: 'verified', kid: 'platform-2026' },
      keysPinned: true,
    });
    expect(merged.refused).toEqual([
      { source: 'managed', reason: 'policy: not signed' },
      { source: 'url', reason: 'url: bad signature' },
    ]);
    expect(merged.locked).toContain('profile');
  });

  it('falls back to the embedded example when every source is refused', () => {
    const merged = merge({ ...base, local }, { pinned: true, local: refuse('not signed') });
    expect(merged).toMatchObject({
      profileSource: 'example',
      signature: { state: 'unsigned' },
      refused: [{ source: 'local' }],
    });
  });

  it('counts an unjudged profile as unsigned, as before signing existed', () => {
    expect(merge({ ...base, local })).toMatchObject({
      profileSource: 'local',
      signature: { state: 'unsigned' },
      keysPinned: false,
      refused: [],
    });
  });
});
