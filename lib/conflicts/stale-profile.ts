import { profileEntry, report, whoToAsk } from './helpers';
import type { Rule } from './types';

const DAY_MS = 86_400_000;

export const staleProfile: Rule = {
  id: 'stale-profile',
  severity: 'info',
  meta: {
    description: 'The profile is past its reviewBy date, or has not synced for staleAfterDays (7 by default); only on drafts that carry a signal or name a profile item.',
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
    const { profile, now } = ctx;
    const today = now.toISOString().slice(0, 10);
    const values = { version: profile.version, reviewBy: profile.reviewBy, who: whoToAsk(profile, undefined) };
    const evidence = { start: 0, end: 0, topic: null, entry: profileEntry(profile) };
    if (profile.reviewBy && today > profile.reviewBy) return [report(staleProfile, ctx, 'review', evidence, values)];
    const synced = ctx.syncedAt ? Date.parse(ctx.syncedAt) : NaN;
    if (Number.isFinite(synced) && now.getTime() - synced > ctx.staleAfterDays * DAY_MS) {
      const days = Math.floor((now.getTime() - synced) / DAY_MS);
      return [report(staleProfile, ctx, 'sync', evidence, { ...values, days, syncedAt: ctx.syncedAt ?? '' })];
    }
    return [];
  },
};
