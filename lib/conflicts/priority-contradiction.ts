import {
  cueIsNegated,
  findPriority,
  listNames,
  pausedUntil,
  priorityEntry,
  quote,
  rankedActive,
  report,
  topRanks,
  whoToAsk,
} from './helpers';
import type { Rule } from './types';

/** Cues that claim first place, not just a place near the top. */
const NUMBER_ONE =
  /#\s?1\b|\bnumber[\s-]one\b|\bno\.\s?1\b|\bhighest\b|\bfirst priority\b|\bsingle most\b|\bthe top priority\b/i;

export const priorityContradiction: Rule = {
  id: 'priority-contradiction',
  severity: 'error',
  meta: {
    description:
      'Top-priority language for a paused, dropped or low-ranked item, or low, paused or dropped language for an active top-ranked item.',
    messages: {
      topOnPaused: {
        message: '{label} is paused{until} ({who}), but the draft calls it {cue}.',
        suggestion:
          'Say it is paused{until}, or ask {who} whether it should be restarted before calling it a priority.',
      },
      topOnDropped: {
        message: '{label} was dropped{note}, but the draft calls it {cue}.',
        suggestion: 'Leave it out, or ask {who} to bring {label} back into the profile first.',
      },
      topOnLowRank: {
        message: '{label} is ranked {rank}, below the top {top}{names}, but the draft calls it {cue}.',
        suggestion: 'Say where it really stands (priority {rank}), or ask {who} whether the ranking changed.',
      },
      notNumberOne: {
        message: '{label} is ranked {rank}; the #1 priority is {first}, but the draft calls {label} {cue}.',
        suggestion: 'Call it one of the top priorities, or ask {who} whether it should replace {first} as #1.',
      },
      lowOnTop: {
        message: '{label} is priority {rank} and active ({who}), but the draft ranks it low: {cue}.',
        suggestion: 'Keep {label} in its place (priority {rank}), or ask {who} whether it was deprioritized.',
      },
      statusMismatch: {
        message: '{label} is active{ranked} ({who}), but the draft says {cue}.',
        suggestion: 'Check with {who} before telling people {label} is {value}; the profile still lists it as active.',
      },
    },
  },
  check(ctx) {
    const rule = priorityContradiction;
    const top = topRanks(ctx.profile);
    const ranked = rankedActive(ctx.profile);
    const first = ranked[0];
    // A profile may rank nothing inside the top few; then there are no names to show, not "()".
    const topNames = listNames(ranked.filter((p) => p.rank! <= top).map((p) => p.name));
    return ctx.signals.flatMap((signal) => {
      if (signal.kind !== 'priority' || cueIsNegated(ctx.text, signal)) return [];
      const item = findPriority(ctx.profile, signal.topic);
      if (!item) return [];
      const until = pausedUntil(item.note);
      const values = {
        label: item.name,
        rank: item.rank,
        top,
        names: topNames ? ` (${topNames})` : '',
        first: first?.name,
        until: until ? ` until ${until}` : '',
        note: item.note ? ` (${item.note})` : '',
        ranked: item.rank !== undefined ? `, priority ${item.rank}` : '',
        who: whoToAsk(ctx.profile, item.owner, item.name),
        cue: quote(signal.text),
        value: signal.value,
      };
      const evidence = {
        start: signal.start,
        end: signal.end,
        topic: item.id,
        entry: priorityEntry(ctx.profile, item),
      };
      let messageId: string | undefined;
      if (signal.value === 'top') {
        if (item.status === 'paused') messageId = 'topOnPaused';
        else if (item.status === 'dropped') messageId = 'topOnDropped';
        else if (item.rank !== undefined && item.rank > top) messageId = 'topOnLowRank';
        else if (
          item.rank !== undefined &&
          item.rank > 1 &&
          first &&
          first.id !== item.id &&
          NUMBER_ONE.test(signal.text)
        )
          messageId = 'notNumberOne';
      } else if (item.status === 'active') {
        if (signal.value === 'paused' || signal.value === 'dropped') messageId = 'statusMismatch';
        else if (signal.value === 'low' && item.rank !== undefined && item.rank <= top) messageId = 'lowOnTop';
      }
      return messageId ? [report(rule, ctx, messageId, evidence, values)] : [];
    });
  },
};
