import { describe, expect, it } from 'vitest';
import { exampleProfile } from '../profile';
import { parseManaged } from './managed';

describe('parseManaged', () => {
  it('takes every valid key', () => {
    const raw = {
      profile: exampleProfile,
      profileUrl: 'https://intranet.example.com/team.json',
      mode: 'block',
      sites: { gmail: true, docs: false },
      minSeverity: 'error',
      refreshMinutes: 30,
      allowSendAnyway: false,
    };
    const { policy, problems } = parseManaged(raw);
    expect(problems).toEqual([]);
    expect(policy).toEqual({ ...raw, profile: exampleProfile });
  });

  it.each([
    [{}, {}],
    [null, {}],
    [undefined, {}],
  ])('treats %j as no policy', (raw, expected) => {
    expect(parseManaged(raw)).toEqual({ policy: expected, problems: [] });
  });

  it.each([
    ['mode', 'loud', /should be one of|Invalid option/],
    ['profileUrl', 'http://intranet.example.com/team.json', /https/],
    ['refreshMinutes', 2, /at least 5/],
    ['refreshMinutes', 7.5, /whole number/],
    ['sites', { gmail: 'yes' }, /gmail/],
    ['allowSendAnyway', 'no', /boolean/],
    ['minSeverity', 'fatal', /fatal/],
    ['colour', 'blue', /not a setting Consonant knows/],
    ['profile', { ...exampleProfile, schemaVersion: 2 }, /not a valid profile[\s\S]*schemaVersion/],
  ])('ignores a bad %s and says why, keeping the other keys', (key, value, message) => {
    const { policy, problems } = parseManaged({ mode: 'warn', [key]: value });
    if (key !== 'mode') expect(policy).toEqual({ mode: 'warn' });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.key).toBe(key);
    expect(problems[0]!.message).toMatch(message);
  });

  it('reports a policy that is not an object', () => {
    expect(parseManaged('block').problems[0]!.message).toMatch(/not an object/);
  });
});
