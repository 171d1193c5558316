import { cueIsNegated, listNames, profileEntry, quote, rankedActive, report, whoToAsk } from './helpers';
import type { Rule } from './types';

/**
 * Explicit ranking language ("our top priority", "priority #1", "most important"). Emphasis such
 * as "it is critical that…" or "a priority" is a top cue too, but it ranks nothing a profile
 * would list, so it is not worth a warning about the profile.
 */
export const RANKING_CUE =
  /\b(?:top|highest|first|main|biggest|chief|number[\s-]one|no\.\s?1|#\s?1|our|the)\s+(?:\w+\s+)?priorit(?:y|ies)\b|\bpriority\s+(?:#\s?1|number[\s-]one|one)\b|\bP0\b|\btop of the list\b|\bmost\s+(?:important|critical|pressing)\b|\bmain focus\b/i;

export const priorityUnknownTop: Rule = {
  id: 'priority-unknown-top',
  severity: 'warning',
  meta: {
    description:
      'Explicit top-priority language ("our top priority", "#1", "most important") about something the profile does not list.',
    messages: {
      unknown: {
        message: 'The draft calls something {cue} that the team profile does not list; its top priorities are {top}.',
        suggestion: 'Say how it ranks against {top}, or ask {who} to add it to the profile if it is a team priority.',
      },
      unranked: {
        message:
          'The draft calls something {cue} that the team profile does not list; the profile ranks none of its priorities yet.',
        suggestion:
          'Ask {who} to add it to the profile if it is a team priority, or say what it matters for instead of ranking it.',
      },
    },
  },
  check(ctx) {
    const rule = priorityUnknownTop;
    const ranked = rankedActive(ctx.profile).slice(0, 3);
    // Without ranks there is nothing to compare against, so the message must not read "its top priorities are not set".
    const messageId = ranked.length > 0 ? 'unknown' : 'unranked';
    const top = listNames(ranked.map((p) => p.name));
    return ctx.signals.flatMap((signal) => {
      if (
        signal.kind !== 'priority' ||
        signal.value !== 'top' ||
        signal.topic !== null ||
        !RANKING_CUE.test(signal.text) ||
        cueIsNegated(ctx.text, signal)
      )
        return [];
      return [
        report(
          rule,
          ctx,
          messageId,
          { start: signal.start, end: signal.end, topic: null, entry: profileEntry(ctx.profile) },
          {
            cue: quote(signal.text),
            top,
            who: whoToAsk(ctx.profile, undefined),
          },
        ),
      ];
    });
  },
};
