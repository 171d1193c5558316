import { describe, expect, it } from 'vitest';
import { repairSettings } from './repair';
import { defaultSettings } from './schema';

describe('repairSettings', () => {
  it('keeps every valid choice and resets only the unreadable key', () => {
    const { value, dropped } = repairSettings({
      mode: 'block',
      minSeverity: 'error',
      refreshMinutes: 2,
      sites: { gmail: false, outlook: true, docs: true },
    });
    expect(value).toEqual({
      ...defaultSettings,
      mode: 'block',
      minSeverity: 'error',
      sites: { gmail: false, outlook: true, docs: true },
    });
    expect(dropped.map((d) => d.key)).toEqual(['refreshMinutes']);
  });

  it.each([
    ['nothing stored', undefined, []],
    ['a string', 'warn', ['']],
    ['an array', [], ['']],
  ])('reads %s as the defaults', (_name, raw, keys) => {
    const { value, dropped } = repairSettings(raw);
    expect(value).toEqual(defaultSettings);
    expect(dropped.map((d) => d.key)).toEqual(keys);
  });

  it('fills keys an older build never wrote with their defaults, silently', () => {
    const { value, dropped } = repairSettings({ mode: 'off' });
    expect(value).toEqual({ ...defaultSettings, mode: 'off' });
    expect(dropped).toEqual([]);
  });
});
