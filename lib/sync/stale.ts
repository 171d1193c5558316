import type { Profile } from '../profile';

/** A team URL profile that has not been confirmed for this long is treated as out of date. */
export const STALE_AFTER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Why the profile in force may be out of date, in words; empty when it is current. */
export function staleReasons(profile: Profile, syncedAt: string | null, now: Date): string[] {
  const reasons: string[] = [];
  const today = now.toISOString().slice(0, 10);
  if (profile.reviewBy && profile.reviewBy < today) reasons.push(`the team planned to review it by ${profile.reviewBy}`);
  if (syncedAt) {
    const age = now.getTime() - Date.parse(syncedAt);
    if (age > STALE_AFTER_DAYS * DAY_MS) reasons.push(`it has not synced for ${Math.floor(age / DAY_MS)} days`);
  }
  return reasons;
}
