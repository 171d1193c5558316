import { cueIsNegated, decisionEntry, findDecision, quote, report, whoToAsk } from './helpers';
import type { Rule } from './types';

export const decisionReopened: Rule = {
  id: 'decision-reopened',
  severity: 'error',
  meta: {
    description: 'A decided decision described as open or being revisited.',
    messages: {
      open: {
        message: '{label} was decided{when}: {outcome} ({who}), but the draft treats it as open: {cue}.',
        suggestion:
          'State the decision ({outcome}) instead of calling it open, or ask {who} to reopen it in the profile first.',
      },
      reopened: {
        message: '{label} was decided{when}: {outcome} ({who}), but the draft says {cue}.',
        suggestion: 'Raise it with {who} first; until the profile reopens it, the decision stands: {outcome}.',
      },
    },
  },
  check(ctx) {
    return ctx.signals.flatMap((signal) => {
      if (
        signal.kind !== 'decision' ||
        (signal.value !== 'open' && signal.value !== 'reopened') ||
        cueIsNegated(ctx.text, signal)
      )
        return [];
      const item = findDecision(ctx.profile, signal.topic);
      if (!item || item.status !== 'decided') return [];
      return [
        report(
          decisionReopened,
          ctx,
          signal.value,
          { start: signal.start, end: signal.end, topic: item.id, entry: decisionEntry(ctx.profile, item) },
          {
            label: item.topic,
            when: item.decidedAt ? ` on ${item.decidedAt}` : '',
            outcome: item.outcome,
            who: whoToAsk(ctx.profile, item.owner, item.topic),
            cue: quote(signal.text),
          },
        ),
      ];
    });
  },
};
