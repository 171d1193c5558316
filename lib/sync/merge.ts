import { exampleProfile } from '../profile';
import type { Settings } from '../settings/schema';
import type { Profile } from '../profile';
import type { ManagedPolicy } from './managed';
import type { LocalProfileRecord, UrlProfileRecord } from './records';
import type { Signature } from '../profile/signed';
import type { Trust } from './trust';
import { SITE_IDS } from '../sites';

export type ProfileSourceName = 'managed' | 'url' | 'local' | 'example';

export interface Sources {
  policy: ManagedPolicy;
  urlRecord: UrlProfileRecord | null;
  local: LocalProfileRecord | null;
  userSettings: Settings;
}

export interface Merged {
  profile: Profile;
  profileSource: ProfileSourceName;
  profileSyncedAt: string | null;
  settings: Settings;
  locked: string[];
  /** Who signed the profile in force, and whether that was checked against a pinned key. */
  signature: Signature;
  /** Whether the organization pinned signing keys. */
  keysPinned: boolean;
  /** Profiles that were set but refused, with why in words; the next source in order is used instead. */
  refused: { source: Exclude<ProfileSourceName, 'example'>; reason: string }[];
}

const SITE_KEYS = SITE_IDS;

/** Settings: every key the policy sets replaces the user's value and is locked. */
export function mergeSettings(user: Settings, policy: ManagedPolicy): { settings: Settings; locked: string[] } {
  const settings: Settings = { ...user, sites: { ...user.sites } };
  const locked: string[] = [];
  if (policy.profileUrl !== undefined) {
    settings.profileUrl = policy.profileUrl;
    locked.push('profileUrl');
  }
  if (policy.mode !== undefined) {
    settings.mode = policy.mode;
    locked.push('mode');
  }
  if (policy.sites) {
    for (const site of SITE_KEYS) {
      const value = policy.sites[site];
      if (value === undefined) continue;
      settings.sites[site] = value;
      locked.push(`sites.${site}`);
    }
  }
  if (policy.minSeverity !== undefined) {
    settings.minSeverity = policy.minSeverity;
    locked.push('minSeverity');
  }
  if (policy.refreshMinutes !== undefined) {
    settings.refreshMinutes = policy.refreshMinutes;
    locked.push('refreshMinutes');
  }
  if (policy.allowSendAnyway !== undefined) {
    settings.allowSendAnyway = policy.allowSendAnyway;
    locked.push('allowSendAnyway');
  }
  return { settings, locked };
}

/**
 * The one place precedence lives: managed policy > team URL > local edits or import > embedded
 * example. A URL copy counts only while it belongs to the address currently configured, so
 * unsubscribing or switching addresses never leaves an old team's profile in force.
 */
export function merge(sources: Sources, trust: Trust = { pinned: false }): Merged {
  const { settings, locked: settingsLocked } = mergeSettings(sources.userSettings, sources.policy);
  const locked = sources.policy.profile ? ['profile', ...settingsLocked] : settingsLocked;
  const url = settings.profileUrl?.trim();
  const candidates: { source: Exclude<ProfileSourceName, 'example'>; profile: Profile; syncedAt: string | null }[] = [];
  if (sources.policy.profile) candidates.push({ source: 'managed', profile: sources.policy.profile, syncedAt: null });
  if (url && sources.urlRecord && sources.urlRecord.url === url)
    candidates.push({ source: 'url', profile: sources.urlRecord.profile, syncedAt: sources.urlRecord.syncedAt });
  if (sources.local) candidates.push({ source: 'local', profile: sources.local.profile, syncedAt: null });
  const refused: Merged['refused'] = [];
  const common = { settings, locked, keysPinned: trust.pinned, refused };
  for (const candidate of candidates) {
    // Without a verdict (no keys pinned, or not judged) a profile counts as unsigned, as it always did.
    const verdict = trust[candidate.source] ?? { ok: true, signature: { state: 'unsigned' } };
    if (!verdict.ok) {
      refused.push({ source: candidate.source, reason: verdict.reason });
      continue;
    }
    return {
      profile: candidate.profile,
      profileSource: candidate.source,
      profileSyncedAt: candidate.syncedAt,
      signature: verdict.signature,
      ...common,
    };
  }
  return {
    profile: exampleProfile,
    profileSource: 'example',
    profileSyncedAt: null,
    signature: { state: 'unsigned' },
    ...common,
  };
}

/** Whether a settings key (or one of its parts, like `sites.gmail`) is set by policy. */
export function isLocked(locked: readonly string[], key: string): boolean {
  return locked.some((k) => k === key || k.startsWith(`${key}.`));
}
