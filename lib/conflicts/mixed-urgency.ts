import type { Signal } from '../report';
import { cueIsNegated, decisionEntry, findItem, priorityEntry, quote, report } from './helpers';
import type { Rule } from './types';

export const mixedUrgency: Rule = {
  id: 'mixed-urgency',
  severity: 'warning',
  meta: {
    description: 'Urgent and relaxed language about the same topic in one draft, in one sentence or across sentences.',
    messages: {
      mixed: {
        message: 'This draft calls {label} both {first} and {second}.',
        suggestion: 'Pick one pace for {label}: give one date, or say which part can wait.',
      },
    },
  },
  check(ctx) {
    const byTopic = new Map<string, Signal[]>();
    for (const signal of ctx.signals) {
      if (signal.kind !== 'urgency' || signal.topic === null || cueIsNegated(ctx.text, signal)) continue;
      byTopic.set(signal.topic, [...(byTopic.get(signal.topic) ?? []), signal]);
    }
    return [...byTopic].flatMap(([topic, signals]) => {
      const sorted = [...signals].sort((a, b) => a.start - b.start);
      const first = sorted[0]!;
      // The finding sits on the first cue that disagrees with the one before it.
      const second = sorted.find((s) => s.value !== first.value);
      const found = findItem(ctx.profile, topic);
      if (!second || !found) return [];
      const entry =
        found.kind === 'priority' ? priorityEntry(ctx.profile, found.item) : decisionEntry(ctx.profile, found.item);
      return [
        report(
          mixedUrgency,
          ctx,
          'mixed',
          { start: second.start, end: second.end, topic, entry },
          {
            label: entry.label,
            first: quote(first.text),
            second: quote(second.text),
          },
        ),
      ];
    });
  },
};
