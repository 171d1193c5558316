/** Signing helpers shared by the signed-profile tests (unit and end-to-end). */
import type { Profile } from '../../lib/profile';
import { signProfile, type PrivateJwk, type PublicJwk } from '../../lib/profile/signed';

export type Keys = { privateJwk: PrivateJwk; publicJwk: PublicJwk; kid: string };

export async function sign(profile: Profile, keys: Keys): Promise<string> {
  const signed = await signProfile(profile, keys.privateJwk);
  if (!signed.ok) throw new Error('the test profile did not sign');
  return signed.jws;
}

/** `jws` with its payload changed after signing (`change` edits the profile), its signature kept. */
export function tamper(
  jws: string,
  change: (profile: Profile) => Profile = (p) => ({ ...p, version: 'forged' }),
): string {
  const [header, payload, signature] = jws.split('.') as [string, string, string];
  const profile = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Profile;
  return `${header}.${Buffer.from(JSON.stringify(change(profile))).toString('base64url')}.${signature}`;
}
