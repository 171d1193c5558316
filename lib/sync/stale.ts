import type { Profile } from '../profile';
import { profileStaleness } from '../profile/staleness';

/** Why the profile in force may be out of date, in words; empty when it is current. */
export function staleReasons(profile: Profile, syncedAt: string | null, now: Date): string[] {
  return profileStaleness(profile, syncedAt, now).map((s) =>
    s.kind === 'review' ? `the team planned to review it by ${s.reviewBy}` : `it has not synced for ${s.days} days`,
  );
}
