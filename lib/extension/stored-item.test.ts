import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../settings/schema';
import { readUserSettings, syncStatusItem, updateUserSettings, userSettingsItem } from './sources';

beforeEach(() => fakeBrowser.reset());

describe('stored items', () => {
  it('reads back what was written, through the schema', async () => {
    await syncStatusItem.set({
      url: 'https://a.example/p.json',
      at: '2026-11-24T10:00:00Z',
      result: 'not-modified',
      errors: [],
    });
    expect(await syncStatusItem.get()).toMatchObject({ result: 'not-modified' });
  });

  it('treats a value that no longer matches its schema as absent instead of crashing', async () => {
    await fakeBrowser.storage.local.set({ syncStatus: { url: 1, result: 'exploded' } });
    expect(await syncStatusItem.get()).toBeNull();
    await fakeBrowser.storage.local.set({ settings: { mode: 'loud' } });
    expect(await readUserSettings()).toEqual(defaultSettings);
  });

  it("keeps the user's other settings when one stored setting is unreadable", async () => {
    await fakeBrowser.storage.local.set({
      settings: { mode: 'loud', minSeverity: 'error', sites: { gmail: false, outlook: true, docs: true } },
    });
    expect(await readUserSettings()).toEqual({
      ...defaultSettings,
      minSeverity: 'error',
      sites: { gmail: false, outlook: true, docs: true },
    });
  });

  it('records its version so a later shape change can migrate it', async () => {
    await userSettingsItem.set(defaultSettings);
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 1 } });
  });

  it('updates one user setting and clears the profile URL on unsubscribe', async () => {
    await updateUserSettings({ profileUrl: 'https://a.example/p.json', mode: 'block' });
    await updateUserSettings({ profileUrl: undefined });
    expect(await readUserSettings()).toEqual({ ...defaultSettings, mode: 'block' });
  });
});
