import { cueIsNegated, decisionEntry, findDecision, quote, report, whoToAsk } from './helpers';
import type { Rule } from './types';

export const decisionPremature: Rule = {
  id: 'decision-premature',
  severity: 'error',
  meta: {
    description: 'An open (or revisited) decision described as decided.',
    messages: {
      open: {
        message: '{label} is still open{by}, but the draft says {cue}.',
        suggestion:
          'Call it a proposal until {who} decides{byDate}, or ask {who} to record the decision in the profile.',
      },
      revisiting: {
        message: '{label} is being revisited ({who}), but the draft says {cue}.',
        suggestion: 'Say the decision is under review{byDate}, or ask {who} to record the new decision in the profile.',
      },
    },
  },
  check(ctx) {
    return ctx.signals.flatMap((signal) => {
      if (signal.kind !== 'decision' || signal.value !== 'decided' || cueIsNegated(ctx.text, signal)) return [];
      const item = findDecision(ctx.profile, signal.topic);
      if (!item || item.status === 'decided') return [];
      const who = whoToAsk(ctx.profile, item.owner, item.topic);
      return [
        report(
          decisionPremature,
          ctx,
          item.status,
          { start: signal.start, end: signal.end, topic: item.id, entry: decisionEntry(ctx.profile, item) },
          {
            label: item.topic,
            by: item.decideBy ? ` (${item.owner ? `${item.owner} decides ` : 'due '}by ${item.decideBy})` : '',
            byDate: item.decideBy ? ` by ${item.decideBy}` : '',
            who,
            cue: quote(signal.text),
          },
        ),
      ];
    });
  },
};
