import type { Signal } from '../report';
import { cueIsNegated, findPriority, priorityEntry, quote, report, topRanks, whoToAsk } from './helpers';
import type { Rule } from './types';

/** Priority values priority-contradiction already reports, as an error, for an active top item. */
const RANKED_DOWN = new Set(['low', 'paused', 'dropped']);

function overlaps(a: Signal, b: Signal): boolean {
  return a.start < b.end && b.start < a.end;
}

export const relaxedOnTop: Rule = {
  id: 'relaxed-on-top',
  severity: 'warning',
  meta: {
    description:
      'Relaxed urgency language ("no rush", "can wait", "whenever") about an active priority among the top ranks; one finding per item, on its first relaxed cue.',
    messages: {
      relaxed: {
        message: "{label} is the team's #{rank} priority ({who}), but the draft says {cue}.",
        suggestion: 'Give it a date that fits its rank, or ask {who} whether the ranking changed.',
      },
    },
  },
  check(ctx) {
    const top = topRanks(ctx.profile);
    const reported = new Set<string>();
    return ctx.signals.flatMap((signal) => {
      if (signal.kind !== 'urgency' || signal.value !== 'relaxed' || cueIsNegated(ctx.text, signal)) return [];
      const item = findPriority(ctx.profile, signal.topic);
      if (!item || item.status !== 'active' || item.rank === undefined || item.rank > top || reported.has(item.id))
        return [];
      // "Hold off on checkout" also pauses it, and priority-contradiction says so as an error.
      if (
        ctx.signals.some(
          (s) => s.kind === 'priority' && RANKED_DOWN.has(s.value) && s.topic === item.id && overlaps(s, signal),
        )
      )
        return [];
      reported.add(item.id);
      return [
        report(
          relaxedOnTop,
          ctx,
          'relaxed',
          { start: signal.start, end: signal.end, topic: item.id, entry: priorityEntry(ctx.profile, item) },
          {
            label: item.name,
            rank: item.rank,
            who: whoToAsk(ctx.profile, item.owner, item.name),
            cue: quote(signal.text),
          },
        ),
      ];
    });
  },
};
