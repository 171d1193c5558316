import { cueIsNegated, findPriority, listNames, priorityEntry, quote, rankedActive, report, whoToAsk } from './helpers';
import type { Rule } from './types';

export const urgencyAboveNorm: Rule = {
  id: 'urgency-above-norm',
  severity: 'warning',
  meta: {
    description: "Urgent language about an active priority ranked below the profile's norms.urgentMaxRank.",
    messages: {
      belowNorm: {
        message: '{label} is ranked {rank}; the team keeps urgent requests for {topRanks} ({top}).',
        suggestion:
          'Give a date that fits priority {rank} instead of {cue}, or ask {who} whether {label} should move ahead of {top}.',
      },
    },
  },
  check(ctx) {
    const max = ctx.profile.norms.urgentMaxRank;
    if (max === undefined) return [];
    const top = listNames(
      rankedActive(ctx.profile)
        .filter((p) => p.rank! <= max)
        .map((p) => p.name),
    );
    return ctx.signals.flatMap((signal) => {
      if (signal.kind !== 'urgency' || signal.value !== 'urgent' || cueIsNegated(ctx.text, signal)) return [];
      const item = findPriority(ctx.profile, signal.topic);
      if (!item || item.status !== 'active' || item.rank === undefined || item.rank <= max) return [];
      return [
        report(
          urgencyAboveNorm,
          ctx,
          'belowNorm',
          { start: signal.start, end: signal.end, topic: item.id, entry: priorityEntry(ctx.profile, item) },
          {
            label: item.name,
            rank: item.rank,
            topRanks: max === 1 ? 'its #1 priority' : `the top ${max} priorities`,
            top: top || 'the items ranked above it',
            who: whoToAsk(ctx.profile, item.owner, item.name),
            cue: quote(signal.text),
          },
        ),
      ];
    });
  },
};
