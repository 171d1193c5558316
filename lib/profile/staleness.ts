import type { Profile } from './schema';

/** A profile synced from a URL that has not been confirmed for this long is out of date. */
export const STALE_AFTER_DAYS = 7;
const DAY_MS = 86_400_000;

export type Staleness = { kind: 'review'; reviewBy: string } | { kind: 'sync'; days: number; syncedAt: string };

/**
 * Why the profile in force may be out of date: past its review date, or not synced for
 * `staleAfterDays`. One definition for the popup's warning and the stale-profile finding.
 */
export function profileStaleness(
  profile: Profile,
  syncedAt: string | null,
  now: Date,
  staleAfterDays = STALE_AFTER_DAYS,
): Staleness[] {
  const found: Staleness[] = [];
  const today = now.toISOString().slice(0, 10);
  if (profile.reviewBy && profile.reviewBy < today) found.push({ kind: 'review', reviewBy: profile.reviewBy });
  const synced = syncedAt ? Date.parse(syncedAt) : NaN;
  if (syncedAt && Number.isFinite(synced) && now.getTime() - synced > staleAfterDays * DAY_MS) {
    found.push({ kind: 'sync', days: Math.floor((now.getTime() - synced) / DAY_MS), syncedAt });
  }
  return found;
}
