import { listNames, profileEntry, quote, rankedActive, report, whoToAsk } from './helpers';
import type { Rule } from './types';

export const priorityUnknownTop: Rule = {
  id: 'priority-unknown-top',
  severity: 'warning',
  meta: {
    description: 'Top-priority language about something the profile does not list.',
    messages: {
      unknown: {
        message: 'The draft calls something {cue} that the team profile does not list; its top priorities are {top}.',
        suggestion: 'Name which of {top} this comes before, or ask {who} to add it to the profile if it is a team priority.',
      },
    },
  },
  check(ctx) {
    const rule = priorityUnknownTop;
    const ranked = rankedActive(ctx.profile).slice(0, 3);
    const top = ranked.length > 0 ? listNames(ranked.map((p) => p.name)) : 'not set';
    return ctx.signals.flatMap((signal) => {
      if (signal.kind !== 'priority' || signal.value !== 'top' || signal.topic !== null) return [];
      return [
        report(rule, ctx, 'unknown', { start: signal.start, end: signal.end, topic: null, entry: profileEntry(ctx.profile) }, {
          cue: quote(signal.text),
          top,
          who: whoToAsk(ctx.profile, undefined),
        }),
      ];
    });
  },
};
