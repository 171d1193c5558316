import { cueIsNegated, findPriority, pausedUntil, priorityEntry, quote, report, whoToAsk } from './helpers';
import type { Rule } from './types';

export const urgencyOnPaused: Rule = {
  id: 'urgency-on-paused',
  severity: 'error',
  meta: {
    description: 'Urgent language about a priority the team paused or dropped.',
    messages: {
      paused: {
        message: '{label} is paused{until} ({who}), but the draft says {cue}.',
        suggestion: 'Say when it resumes instead of {cue}, or ask {who} whether the pause changed.',
      },
      dropped: {
        message: '{label} was dropped{note}, but the draft says {cue}.',
        suggestion: 'Take the request out, or ask {who} to bring {label} back into the profile first.',
      },
    },
  },
  check(ctx) {
    return ctx.signals.flatMap((signal) => {
      if (signal.kind !== 'urgency' || signal.value !== 'urgent' || cueIsNegated(ctx.text, signal)) return [];
      const item = findPriority(ctx.profile, signal.topic);
      if (!item || item.status === 'active') return [];
      const until = pausedUntil(item.note);
      return [
        report(
          urgencyOnPaused,
          ctx,
          item.status,
          { start: signal.start, end: signal.end, topic: item.id, entry: priorityEntry(ctx.profile, item) },
          {
            label: item.name,
            until: until ? ` until ${until}` : '',
            note: item.status === 'dropped' && item.note ? ` (${item.note})` : '',
            who: whoToAsk(ctx.profile, item.owner, item.name),
            cue: quote(signal.text),
          },
        ),
      ];
    });
  },
};
