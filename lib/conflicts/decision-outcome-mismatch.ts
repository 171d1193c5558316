import type { Span } from '../topics';
import { decisionEntry, findDecision, report, whoToAsk } from './helpers';
import type { Rule } from './types';

/** Words just before an option that set it aside: "not Stripe", "rather than Stripe", "over Stripe". */
const SET_ASIDE_BEFORE =
  /\b(?:not|never|no|nor|against|instead of|rather than|over|than|unlike|versus|vs\.?|rejected|ruled out|dropped|dropping|declined|passed on|away from|replac(?:e|ed|es|ing))\b[^,;.!?]{0,20}$/i;
/** Words just after an option that set it aside: "Stripe was rejected", "Stripe is off the table". */
const SET_ASIDE_AFTER =
  /^[^,;.!?]{0,25}?\b(?:was|were|got|has been|have been|is|are)\s+(?:not\s+(?:chosen|selected|picked)|rejected|ruled out|dropped|declined|off the table|out)\b/i;

/** Words just before an option that announce it as the choice, whatever the detectors make of them. */
const CHOSEN_BEFORE =
  /\b(?:go(?:ing)? with|went with|chose|choose|choosing|picked|pick|selected|select|switch(?:ing)? to|mov(?:e|ing) to|sign(?:ed|ing)? with|settled on|decided on|agreed on|standardi[sz](?:e|ed|ing) on)\s+(?:\S+\s+){0,2}$/i;

function sentenceOf(sentences: readonly Span[], at: number): Span | undefined {
  return sentences.find((s) => s.start <= at && at < s.end);
}

export const decisionOutcomeMismatch: Rule = {
  id: 'decision-outcome-mismatch',
  severity: 'error',
  meta: {
    description: 'A decided decision described with an outcome the profile lists as rejected: decided language or a choice verb ("going with", "switching to") before a rejected option, or the decision named beside it.',
    messages: {
      rejected: {
        message: '{label} was decided{when}: {outcome} ({who}); {option} was rejected, but the draft presents {option} as the choice.',
        suggestion: 'Write {outcome} instead of {option}, or if {option} is back in play ask {who} to reopen {label} in the profile first.',
      },
    },
  },
  check(ctx) {
    return ctx.mentions.flatMap((mention) => {
      if (mention.role !== 'rejected') return [];
      const item = findDecision(ctx.profile, mention.itemId);
      const sentence = sentenceOf(ctx.sentences, mention.start);
      if (!item || item.status !== 'decided' || !sentence) return [];
      const inSentence = (s: { start: number; end: number }) => s.start >= sentence.start && s.end <= sentence.end;
      const sentenceMentions = ctx.mentions.filter(inSentence);
      // Naming the real outcome beside the rejected option is a contrast, not a claim.
      if (sentenceMentions.some((m) => m.itemId === item.id && m.role === 'outcome')) return [];
      const claimsDecision = ctx.signals.some((s) => inSentence(s) && s.kind === 'decision' && s.value === 'decided');
      const namesDecision = sentenceMentions.some((m) => m.itemId === item.id && m.role === 'name');
      const before = ctx.text.slice(Math.max(sentence.start, mention.start - 40), mention.start);
      if (!claimsDecision && !namesDecision && !CHOSEN_BEFORE.test(before)) return [];
      const after = ctx.text.slice(mention.end, Math.min(sentence.end, mention.end + 60));
      if (SET_ASIDE_BEFORE.test(before) || SET_ASIDE_AFTER.test(after)) return [];
      return [
        report(decisionOutcomeMismatch, ctx, 'rejected', { start: mention.start, end: mention.end, topic: item.id, entry: decisionEntry(ctx.profile, item) }, {
          label: item.topic,
          when: item.decidedAt ? ` on ${item.decidedAt}` : '',
          outcome: item.outcome,
          option: mention.term,
          who: whoToAsk(ctx.profile, item.owner),
        }),
      ];
    });
  },
};
