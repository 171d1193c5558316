import { exampleProfile } from '../profile';
import type { Settings } from '../settings/schema';
import type { Profile } from '../profile';
import type { ManagedPolicy } from './managed';
import type { LocalProfileRecord, UrlProfileRecord } from './records';

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
}

const SITE_KEYS = ['gmail', 'outlook', 'docs'] as const;

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
export function merge(sources: Sources): Merged {
  const { settings, locked } = mergeSettings(sources.userSettings, sources.policy);
  if (sources.policy.profile) {
    return { profile: sources.policy.profile, profileSource: 'managed', profileSyncedAt: null, settings, locked: ['profile', ...locked] };
  }
  const url = settings.profileUrl?.trim();
  if (url && sources.urlRecord && sources.urlRecord.url === url) {
    return { profile: sources.urlRecord.profile, profileSource: 'url', profileSyncedAt: sources.urlRecord.syncedAt, settings, locked };
  }
  if (sources.local) {
    return { profile: sources.local.profile, profileSource: 'local', profileSyncedAt: null, settings, locked };
  }
  return { profile: exampleProfile, profileSource: 'example', profileSyncedAt: null, settings, locked };
}

/** Whether a settings key (or one of its parts, like `sites.gmail`) is set by policy. */
export function isLocked(locked: readonly string[], key: string): boolean {
  return locked.some((k) => k === key || k.startsWith(`${key}.`));
}
