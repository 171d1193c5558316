import { cueIsNegated, normEntry, quote, report } from './helpers';
import type { Rule } from './types';

export const tooManyUrgent: Rule = {
  id: 'too-many-urgent',
  severity: 'warning',
  meta: {
    description: "More urgent cues in one draft than the profile's norms.maxUrgentPerMessage allows.",
    messages: {
      tooMany: {
        message: 'This draft has {count} urgent cues ({cues}); the team keeps it to {max} per message.',
        suggestion: 'Keep the urgency for the request that needs it most and give the others dates.',
      },
    },
  },
  check(ctx) {
    const max = ctx.profile.norms.maxUrgentPerMessage;
    if (max === undefined) return [];
    const urgent = ctx.signals
      .filter((s) => s.kind === 'urgency' && s.value === 'urgent' && !cueIsNegated(ctx.text, s))
      .sort((a, b) => a.start - b.start);
    const over = urgent[max];
    if (!over) return [];
    return [
      report(
        tooManyUrgent,
        ctx,
        'tooMany',
        {
          start: over.start,
          end: over.end,
          topic: over.topic,
          entry: normEntry(
            ctx.profile,
            'maxUrgentPerMessage',
            `At most ${max} urgent ${max === 1 ? 'cue' : 'cues'} per message`,
          ),
        },
        {
          count: urgent.length,
          cues: urgent.map((s) => quote(s.text)).join(', '),
          max,
        },
      ),
    ];
  },
};
