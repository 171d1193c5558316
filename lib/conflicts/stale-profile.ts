import { profileStaleness } from '../profile/staleness';
import { profileEntry, report, whoToAsk } from './helpers';
import type { Rule } from './types';

export const staleProfile: Rule = {
  id: 'stale-profile',
  severity: 'info',
  meta: {
    description:
      'The profile is past its reviewBy date, or has not synced for staleAfterDays (7 by default); only on drafts that carry a signal or name a profile item.',
    messages: {
      review: {
        message: 'The team profile ({version}) was due for review on {reviewBy}; these warnings may be out of date.',
        suggestion: 'Ask {who} to review the profile, then check the draft again.',
      },
      sync: {
        message: 'The team profile last synced {days} days ago ({syncedAt}); these warnings may be out of date.',
        suggestion: 'Check the profile URL in the options, or ask {who} whether it moved.',
      },
    },
  },
  check(ctx) {
    if (ctx.signals.length === 0 && ctx.mentions.length === 0) return [];
    const { profile } = ctx;
    // Review first: a profile past its review date is out of date however recently it synced.
    const [stale] = profileStaleness(profile, ctx.syncedAt, ctx.now, ctx.staleAfterDays);
    if (!stale) return [];
    const values = { version: profile.version, reviewBy: profile.reviewBy, who: whoToAsk(profile, undefined) };
    const evidence = { start: 0, end: 0, topic: null, entry: profileEntry(profile) };
    if (stale.kind === 'review') return [report(staleProfile, ctx, 'review', evidence, values)];
    return [report(staleProfile, ctx, 'sync', evidence, { ...values, days: stale.days, syncedAt: stale.syncedAt })];
  },
};
