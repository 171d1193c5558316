import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleProfile } from '../profile';
import { generateSigningKeys, signProfile } from '../profile/signed';
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

describe('parseManaged: signing keys and signed profiles', () => {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/managed_schema.json'), 'utf8'));

  it('declares every member of a public key and the signed profile in managed_schema.json, so Chrome keeps them', async () => {
    const { publicJwk } = await generateSigningKeys('platform-2026');
    const declared = schema.properties.profilePublicKeys;
    expect(declared.type).toBe('array');
    expect(Object.keys(declared.items.properties).sort()).toEqual(
      expect.arrayContaining(Object.keys(publicJwk).sort()),
    );
    expect(schema.properties.profile.properties.jws).toEqual(expect.objectContaining({ type: 'string' }));
  });

  it('reads pinned keys and a profile given as a JWS', async () => {
    const keys = await generateSigningKeys('platform-2026');
    const signed = await signProfile(exampleProfile, keys.privateJwk);
    const jws = signed.ok ? signed.jws : '';
    const { policy, problems } = parseManaged({
      profilePublicKeys: [{ ...keys.publicJwk, key_ops: ['verify'] }],
      profile: { jws },
    });
    expect(problems).toEqual([]);
    expect(policy).toEqual({ profilePublicKeys: [keys.publicJwk], profile: exampleProfile, profileJws: jws });
  });

  it.each([
    [
      'a private key',
      (k: Awaited<ReturnType<typeof generateSigningKeys>>) => [k.privateJwk],
      'profilePublicKeys[0]',
      /is a private key/,
    ],
    [
      'a key on another curve',
      (k: Awaited<ReturnType<typeof generateSigningKeys>>) => [{ ...k.publicJwk, crv: 'P-384' }],
      'profilePublicKeys[0]',
      /crv must be "P-256"/,
    ],
    [
      'a single key not in a list',
      (k: Awaited<ReturnType<typeof generateSigningKeys>>) => k.publicJwk,
      'profilePublicKeys',
      /must be a list of public keys/,
    ],
  ])(
    'reports %s and still counts keys as pinned (no fallback to unsigned profiles)',
    async (_name, value, key, message) => {
      const keys = await generateSigningKeys();
      const { policy, problems } = parseManaged({ profilePublicKeys: value(keys) });
      expect(policy.profilePublicKeys).toEqual([]);
      expect(problems).toEqual([{ key, message: expect.stringMatching(message) }]);
    },
  );

  it.each([
    [{ jws: 'not a jws' }, /not a compact JWS/],
    [{ jws: 'x.y.z', team: 'Mixed' }, /given as \{ "jws": "<compact JWS>" \} and nothing else/],
  ])('reports an unreadable signed profile %j', (profile, message) => {
    const { policy, problems } = parseManaged({ profile });
    expect(policy.profile).toBeUndefined();
    expect(problems[0]).toMatchObject({ key: 'profile', message: expect.stringMatching(message) });
  });
});
