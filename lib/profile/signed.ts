import {
  CompactSign,
  base64url,
  calculateJwkThumbprint,
  compactVerify,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
} from 'jose';
import { z } from '../zod';
import { formatErrors, parseProfile, parseProfileJson, type ParseResult, type ProfileError } from './parse';
import type { Profile } from './schema';

/**
 * A signed profile is a compact JWS (RFC 7515), ES256, whose payload is the profile JSON and
 * whose header names the signing key (`kid`). Signatures run on WebCrypto through `jose`, in
 * the browser and in Node alike.
 */
export const SIGNING_ALG = 'ES256';

const coordinate = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be a P-256 coordinate (43 base64url characters)');

/** A pinned public key as a JWK. Other JWK members (`key_ops`, `ext`) are allowed and ignored. */
export const publicJwkSchema = z
  .looseObject({
    kty: z.literal('EC', 'kty must be "EC"'),
    crv: z.literal('P-256', 'crv must be "P-256"'),
    x: coordinate,
    y: coordinate,
    kid: z.string().trim().min(1, 'kid cannot be empty').optional(),
    alg: z.literal(SIGNING_ALG, 'alg must be "ES256"').optional(),
    use: z.literal('sig', 'use must be "sig"').optional(),
  })
  .refine((jwk) => !('d' in jwk), {
    message: 'is a private key (it holds "d"): pin consonant-public.jwk, and keep the private key secret',
  })
  .transform(({ kty, crv, x, y, kid, alg, use }) => ({
    kty,
    crv,
    x,
    y,
    ...(kid ? { kid } : {}),
    ...(alg ? { alg } : {}),
    ...(use ? { use } : {}),
  }));

export type PublicJwk = z.infer<typeof publicJwkSchema>;

/** Who signed the profile in force, as far as can be told. */
export type Signature =
  | { state: 'unsigned' }
  /** Signed by a pinned key, checked. */
  | { state: 'verified'; kid: string }
  /** A JWS read without pinned keys: its header names a signer, but nothing checked it. */
  | { state: 'unverified'; kid: string | null };

/** Why a profile was refused under pinned keys. */
export type SignatureProblem = 'unsigned' | 'malformed' | 'untrusted-key' | 'bad-signature';

export type OpenResult =
  | { ok: true; value: Profile; signature: Signature; jws?: string }
  | { ok: false; errors: ProfileError[]; problem?: SignatureProblem; message: string };

/** A compact JWS: three base64url parts. A JSON profile always starts with `{`, so the two never mix. */
export function looksLikeJws(text: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+$/.test(text.trim());
}

/** The key id a public key is known by: its own `kid`, or its RFC 7638 thumbprint. */
export async function keyId(jwk: PublicJwk): Promise<string> {
  return jwk.kid ?? (await calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }));
}

type Decoded =
  { ok: true; kid: string | null; alg: string | undefined; payload: string } | { ok: false; message: string };

/** Reads a compact JWS without checking its signature: the header and the payload text. */
export function decodeJws(jws: string): Decoded {
  const compact = jws.trim();
  if (!looksLikeJws(compact))
    return { ok: false, message: 'is not a compact JWS (three base64url parts separated by dots)' };
  try {
    const header = decodeProtectedHeader(compact);
    const payload = new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(compact.split('.')[1]!));
    return {
      ok: true,
      kid: typeof header.kid === 'string' && header.kid ? header.kid : null,
      alg: header.alg,
      payload,
    };
  } catch (error) {
    return { ok: false, message: `is not a readable JWS (${(error as Error).message})` };
  }
}

function invalidPayload(errors: ProfileError[]): OpenResult {
  const n = errors.length;
  return {
    ok: false,
    errors,
    message: `its payload is not a valid profile (${n} problem${n === 1 ? '' : 's'}):\n${formatErrors(errors)}`,
  };
}

/**
 * Reads a signed profile without pinned keys: the profile and the signer its header names,
 * unverified. Synchronous, so policy parsing can use it.
 */
export function readUnverified(jws: string): ParseResult & { kid?: string | null } {
  const decoded = decodeJws(jws);
  if (!decoded.ok) return { ok: false, value: undefined, errors: [{ path: '', message: decoded.message }] };
  const parsed = parseProfileJson(decoded.payload);
  return parsed.ok ? { ...parsed, kid: decoded.kid } : parsed;
}

async function importKey(jwk: PublicJwk): Promise<CryptoKey | null> {
  try {
    return (await importJWK({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, SIGNING_ALG)) as CryptoKey;
  } catch {
    // A key that is not a point on the curve cannot verify anything; the others still may.
    return null;
  }
}

type Verified = { ok: true; kid: string; payload: string } | { ok: false; problem: SignatureProblem; message: string };

/** Checks a compact JWS against the pinned keys: the key its `kid` names, or every key when it names none. */
export async function verifyJws(jws: string, keys: readonly PublicJwk[]): Promise<Verified> {
  const decoded = decodeJws(jws);
  if (!decoded.ok) return { ok: false, problem: 'malformed', message: `it ${decoded.message}` };
  if (decoded.alg !== SIGNING_ALG)
    return {
      ok: false,
      problem: 'malformed',
      message: `it is signed with ${decoded.alg ?? 'no algorithm'}, not ${SIGNING_ALG}`,
    };
  const ids = await Promise.all(keys.map(keyId));
  const candidates =
    decoded.kid === null
      ? keys.map((key, i) => ({ key, kid: ids[i]! }))
      : keys.flatMap((key, i) => (ids[i] === decoded.kid ? [{ key, kid: ids[i] }] : []));
  if (candidates.length === 0) {
    return {
      ok: false,
      problem: 'untrusted-key',
      message: `it is signed by key "${decoded.kid}", which is not one of the trusted keys (${ids.map((id) => `"${id}"`).join(', ')})`,
    };
  }
  for (const { key, kid } of candidates) {
    const cryptoKey = await importKey(key);
    if (!cryptoKey) continue;
    try {
      const { payload } = await compactVerify(jws.trim(), cryptoKey, { algorithms: [SIGNING_ALG] });
      return { ok: true, kid, payload: new TextDecoder().decode(payload) };
    } catch {
      // A failed check under one key says nothing about the next.
    }
  }
  return {
    ok: false,
    problem: 'bad-signature',
    message:
      decoded.kid === null
        ? 'its signature does not match any of the trusted keys'
        : `its signature does not match key "${decoded.kid}": the profile was changed after it was signed, or signed by another key under the same name`,
  };
}

/**
 * Opens profile text, plain JSON or a compact JWS. With pinned keys (`keys` given, even empty)
 * only a JWS signed by one of them is accepted; without them a JWS is read and its signer
 * reported as unverified; `parsePlain` reads a profile that is not signed. Never throws.
 */
export async function openProfileText(
  text: string,
  keys?: readonly PublicJwk[],
  parsePlain: (text: string) => ParseResult = parseProfileJson,
): Promise<OpenResult> {
  const signed = looksLikeJws(text);
  if (keys !== undefined) {
    if (!signed) {
      const plain = parsePlain(text);
      const what = plain.ok
        ? 'it is a plain profile, not a signed one (a compact JWS)'
        : 'it is not a signed profile (a compact JWS)';
      return { ok: false, errors: [], problem: 'unsigned', message: what };
    }
    const verified = await verifyJws(text, keys);
    if (!verified.ok) return { ok: false, errors: [], problem: verified.problem, message: verified.message };
    const parsed = parseProfileJson(verified.payload);
    if (!parsed.ok) return invalidPayload(parsed.errors);
    return { ok: true, value: parsed.value, signature: { state: 'verified', kid: verified.kid }, jws: text.trim() };
  }
  if (!signed) {
    const parsed = parsePlain(text);
    if (!parsed.ok) return { ok: false, errors: parsed.errors, message: formatErrors(parsed.errors) };
    return { ok: true, value: parsed.value, signature: { state: 'unsigned' } };
  }
  const decoded = decodeJws(text);
  if (!decoded.ok) return { ok: false, errors: [], problem: 'malformed', message: `it ${decoded.message}` };
  const parsed = parseProfileJson(decoded.payload);
  if (!parsed.ok) return invalidPayload(parsed.errors);
  return { ok: true, value: parsed.value, signature: { state: 'unverified', kid: decoded.kid }, jws: text.trim() };
}

/** The sentence the popup and the options page show for a refused profile. */
export function refusalReason(what: string, message: string): string {
  return `${what} is not signed by a key your organization trusts: ${message}`;
}

/** How the signer of the profile in force is shown: "signed by <kid>", verified or not. */
export function describeSignature(signature: Signature): string {
  switch (signature.state) {
    case 'verified':
      return `signed by ${signature.kid}, verified`;
    case 'unverified':
      return `signed by ${signature.kid ?? 'a key with no id'} (unverified: no keys are pinned)`;
    case 'unsigned':
      return 'not signed';
  }
}

export const privateJwkSchema = z.looseObject({
  kty: z.literal('EC', 'kty must be "EC"'),
  crv: z.literal('P-256', 'crv must be "P-256"'),
  x: coordinate,
  y: coordinate,
  d: z
    .string({ message: 'has no "d": this is a public key; signing needs the private key (consonant-private.jwk)' })
    .regex(/^[A-Za-z0-9_-]{43}$/, 'd must be a P-256 private scalar'),
  kid: z.string().trim().min(1).optional(),
});

export type PrivateJwk = z.infer<typeof privateJwkSchema>;

/** A new ES256 key pair; the key id is the public key's RFC 7638 thumbprint unless one is given. */
export async function generateSigningKeys(
  kid?: string,
): Promise<{ privateJwk: PrivateJwk; publicJwk: PublicJwk; kid: string }> {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const pub = await exportJWK(publicKey);
  const id = kid ?? (await calculateJwkThumbprint(pub));
  const publicJwk = publicJwkSchema.parse({ ...pub, kid: id, alg: SIGNING_ALG, use: 'sig' });
  const privateJwk = privateJwkSchema.parse({
    ...(await exportJWK(privateKey)),
    kid: id,
    alg: SIGNING_ALG,
    use: 'sig',
  });
  return { privateJwk, publicJwk, kid: id };
}

/** Signs a profile: validated first, so an invalid profile is never signed. The payload is the profile as the extension reads it. */
export async function signProfile(
  input: unknown,
  privateJwk: PrivateJwk,
): Promise<{ ok: true; jws: string; kid: string } | { ok: false; errors: ProfileError[] }> {
  const parsed = parseProfile(input);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const kid =
    privateJwk.kid ??
    (await calculateJwkThumbprint({ kty: privateJwk.kty, crv: privateJwk.crv, x: privateJwk.x, y: privateJwk.y }));
  const key = await importJWK(
    { kty: privateJwk.kty, crv: privateJwk.crv, x: privateJwk.x, y: privateJwk.y, d: privateJwk.d },
    SIGNING_ALG,
  );
  const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(parsed.value)))
    .setProtectedHeader({ alg: SIGNING_ALG, kid })
    .sign(key);
  return { ok: true, jws, kid };
}
