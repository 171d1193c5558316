import { decodeJws, refusalReason, verifyJws, type PublicJwk, type Signature } from '../profile/signed';
import type { ManagedPolicy } from './managed';
import type { LocalProfileRecord, UrlProfileRecord } from './records';

/** Whether a stored profile may be used under the organization's pinned keys, and who signed it. */
export type Verdict = { ok: true; signature: Signature } | { ok: false; reason: string };

export interface Trust {
  /** Whether the organization pinned keys (`profilePublicKeys`): then only profiles signed by one of them count. */
  pinned: boolean;
  managed?: Verdict;
  url?: Verdict;
  local?: Verdict;
}

async function judge(jws: string | undefined, keys: readonly PublicJwk[] | undefined, what: string): Promise<Verdict> {
  if (keys === undefined) {
    if (jws === undefined) return { ok: true, signature: { state: 'unsigned' } };
    const decoded = decodeJws(jws);
    return { ok: true, signature: { state: 'unverified', kid: decoded.ok ? decoded.kid : null } };
  }
  if (jws === undefined)
    return { ok: false, reason: refusalReason(what, 'it is a plain profile, not a signed one (a compact JWS)') };
  const verified = await verifyJws(jws, keys);
  return verified.ok
    ? { ok: true, signature: { state: 'verified', kid: verified.kid } }
    : { ok: false, reason: refusalReason(what, verified.message) };
}

/**
 * Judges every stored profile against the keys pinned now, not those pinned when it arrived:
 * a key an administrator removes stops vouching for the profiles it signed at once.
 */
export async function judgeSources(
  policy: ManagedPolicy,
  urlRecord: UrlProfileRecord | null,
  local: LocalProfileRecord | null,
): Promise<Trust> {
  const keys = policy.profilePublicKeys;
  const trust: Trust = { pinned: keys !== undefined };
  if (policy.profile)
    trust.managed = await judge(policy.profileJws, keys, "the profile set by your organization's policy");
  if (urlRecord) trust.url = await judge(urlRecord.jws, keys, `the profile at ${urlRecord.url}`);
  if (local)
    trust.local = await judge(
      local.jws,
      keys,
      local.origin === 'import' ? 'the profile imported on this computer' : 'the profile edited on this computer',
    );
  return trust;
}
