import { beforeAll, describe, expect, it } from 'vitest';
import { exampleProfile } from './example';
import {
  generateSigningKeys,
  openProfileText,
  publicJwkSchema,
  signProfile,
  looksLikeJws,
  type PrivateJwk,
  type PublicJwk,
} from './signed';

let team: { privateJwk: PrivateJwk; publicJwk: PublicJwk; kid: string };
let other: { privateJwk: PrivateJwk; publicJwk: PublicJwk; kid: string };
let jws: string;

/** The same header and signature over a payload someone edited after signing. */
function tamper(compact: string): string {
  const [header, payload, signature] = compact.split('.') as [string, string, string];
  const profile = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  profile.priorities[0].status = 'paused';
  return `${header}.${Buffer.from(JSON.stringify(profile)).toString('base64url')}.${signature}`;
}

beforeAll(async () => {
  team = await generateSigningKeys('platform-2026');
  other = await generateSigningKeys();
  const signed = await signProfile(exampleProfile, team.privateJwk);
  if (!signed.ok) throw new Error('the example profile did not sign');
  jws = signed.jws;
});

describe('signed profiles', () => {
  it('signs a compact ES256 JWS whose header names the key', () => {
    expect(looksLikeJws(jws)).toBe(true);
    const header = JSON.parse(Buffer.from(jws.split('.')[0]!, 'base64url').toString('utf8'));
    expect(header).toEqual({ alg: 'ES256', kid: 'platform-2026' });
  });

  it('names a key by its RFC 7638 thumbprint when no kid is given', () => {
    expect(other.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(other.publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', kid: other.kid, alg: 'ES256', use: 'sig' });
    expect(other.publicJwk).not.toHaveProperty('d');
  });

  it('verifies a profile signed by a pinned key', async () => {
    const opened = await openProfileText(jws, [other.publicJwk, team.publicJwk]);
    expect(opened).toMatchObject({
      ok: true,
      value: { team: exampleProfile.team },
      signature: { state: 'verified', kid: 'platform-2026' },
    });
  });

  it.each([
    [
      'a tampered payload',
      () => tamper(jws),
      'bad-signature',
      /signature does not match key "platform-2026": the profile was changed after it was signed/,
    ],
    ['another key', () => jws, 'untrusted-key', /signed by key "platform-2026", which is not one of the trusted keys/],
    ['plain JSON', () => JSON.stringify(exampleProfile), 'unsigned', /plain profile, not a signed one/],
    ['garbage', () => 'a.b.c', 'malformed', /not a readable JWS/],
  ])('refuses %s under pinned keys', async (name, text, problem, message) => {
    const keys = name === 'another key' ? [other.publicJwk] : [team.publicJwk];
    const opened = await openProfileText(text(), keys);
    expect(opened).toMatchObject({ ok: false, problem });
    expect(!opened.ok && opened.message).toMatch(message);
  });

  it('reads a JWS without pinned keys and reports its signer as unverified', async () => {
    expect(await openProfileText(tamper(jws))).toMatchObject({
      ok: true,
      signature: { state: 'unverified', kid: 'platform-2026' },
    });
    expect(await openProfileText(JSON.stringify(exampleProfile))).toMatchObject({
      ok: true,
      signature: { state: 'unsigned' },
    });
  });

  it('never signs an invalid profile', async () => {
    const signed = await signProfile({ ...exampleProfile, team: '' }, team.privateJwk);
    expect(signed).toMatchObject({ ok: false, errors: [{ path: 'team' }] });
  });

  it('refuses a private key where a public one is pinned', () => {
    const parsed = publicJwkSchema.safeParse(team.privateJwk);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/is a private key/);
  });
});
