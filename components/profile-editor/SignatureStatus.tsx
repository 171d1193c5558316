import type { EffectiveState } from '../../lib/extension/effective';

/** Who signed the profile in force, in words; null when nothing is signed and no keys are pinned. */
export function signatureText(state: Pick<EffectiveState, 'signature' | 'keysPinned'>): string | null {
  const { signature, keysPinned } = state;
  if (signature.state === 'verified') return `Verified: signed by ${signature.kid}, a key your organization trusts`;
  if (signature.state === 'unverified')
    return `Signed by ${signature.kid ?? 'a key with no id'} (unverified: your organization pins no keys)`;
  return keysPinned ? 'Not signed: your organization accepts only signed profiles' : null;
}

/** Profiles that were set but refused for their signature, each with why, and what is used instead. */
export function RefusedProfiles({ state }: { state: Pick<EffectiveState, 'refused' | 'profileSource'> }) {
  if (state.refused.length === 0) return null;
  const instead =
    state.profileSource === 'example'
      ? 'Until a signed profile arrives, the built-in example is in use.'
      : 'The last good profile is still in use.';
  return (
    <div className="notice notice--error" role="alert">
      <strong>Refused:</strong>
      <ul>
        {state.refused.map((r) => (
          <li key={r.source} className="pre">
            {r.reason}.
          </li>
        ))}
      </ul>
      {instead}
    </div>
  );
}
