import { isIrregularPast } from '../text/lemma';
import type { Mention, Span } from '../topics';
import { clauseBefore } from '../text/clauses';
import { asPhrase, cueIsNegated, decisionEntry, findDecision, quote, report, whoToAsk } from './helpers';
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

/**
 * Words just before an option's first word that make the option what is being done, when the
 * option is an action ("Match in cash", "Discontinue the Executive Committee"): a helping verb
 * before its -ed or -ing form ("will be matched", "we are discontinuing"), or a subject, "will" or
 * "going to" before its plain form ("we match", "we'll discontinue"). A gerund on its own
 * ("Discontinuing it would be a mistake") or "should" ("we should discontinue") is not done yet.
 */
const DONE_BEFORE_INFLECTED =
  /(?:\b(?:am|is|are|was|were|be|been|being|has|have|had|got|gets|getting)|['’](?:re|s|ve|ll))\s+(?:\w+ly\s+)?$/i;
const DONE_BEFORE_PLAIN = /(?:\b(?:we|they|i|will|shall|going to|gonna)|['’]ll)\s+(?:\w+ly\s+)?$/i;

/**
 * Words just before the decided outcome that put the rejected option in its place: "Stripe rather
 * than Adyen", "Stripe instead of Adyen", "Stripe, not Adyen". Looser contrasts ("cheaper than
 * Adyen", "an edge over Adyen", "does not beat Adyen") compare the two without choosing.
 */
const IN_PLACE_OF = /(?:\brather than|\binstead of|\bin place of|,\s*not)\s+(?:the\s+)?$/i;

/** How far apart the option and the outcome it replaces may stand: "Stripe for EU cards rather than Adyen". */
const IN_PLACE_REACH = 30;

/** Words before an option that only want, weigh or propose it: "some argued for Stripe rather than Adyen". */
const WEIGHED =
  /\b(?:should|could|would|might|may|prefer\w*|suggest\w*|propos\w*|argu\w*|want\w*|wish\w*|consider\w*|think|thought|lobb\w*|push\w* for)\b|['’]d\b/i;

/** A question asks about an option and a condition supposes it ("if we switch to Stripe…"); neither presents it. */
const CONDITION = /\b(?:if|unless|whether|in case|assuming|provided|suppose|supposing)\b/i;

function sentenceOf(sentences: readonly Span[], at: number): Span | undefined {
  return sentences.find((s) => s.start <= at && at < s.end);
}

function setAside(text: string, sentence: Span, mention: Mention): boolean {
  const before = text.slice(Math.max(sentence.start, mention.start - 40), mention.start);
  const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 60));
  return SET_ASIDE_BEFORE.test(before) || SET_ASIDE_AFTER.test(after);
}

/**
 * Whether the option's first word is the verb of its sentence ("will be matched in cash", "is being
 * built in-house"): the option is being done.
 */
function done(text: string, sentence: Span, mention: Mention): boolean {
  if (!mention.lead) return false;
  const before = text.slice(Math.max(sentence.start, mention.lead.start - 40), mention.lead.start);
  const lead = text.slice(mention.lead.start, mention.lead.end);
  const inflected = /(?:ed|ing)$/i.test(lead) || isIrregularPast(lead);
  return inflected ? DONE_BEFORE_INFLECTED.test(before) : DONE_BEFORE_PLAIN.test(before);
}

export const decisionOutcomeMismatch: Rule = {
  id: 'decision-outcome-mismatch',
  severity: 'error',
  meta: {
    description:
      'A decided decision described with an outcome the profile lists as rejected: decided language, a choice verb ("going with", "switching to") or the decision\'s name beside a rejected option, a rejected option put in the outcome\'s place ("Stripe rather than Adyen"), or a rejected action written as being done ("we are discontinuing…").',
    messages: {
      rejected: {
        message:
          '{label} was decided{when}: {outcome} ({who}); {option} was rejected, but the draft presents {option} as the choice.',
        suggestion:
          'Write {outcomeWords} instead of {optionWords}, or if {option} is back in play ask {who} to reopen {label} in the profile first.',
      },
    },
  },
  check(ctx) {
    return ctx.mentions.flatMap((mention) => {
      if (mention.role !== 'rejected') return [];
      const item = findDecision(ctx.profile, mention.itemId);
      const sentence = sentenceOf(ctx.sentences, mention.start);
      if (!item || item.status !== 'decided' || !sentence) return [];
      if (
        ctx.text.slice(sentence.start, sentence.end).trimEnd().endsWith('?') ||
        CONDITION.test(clauseBefore(ctx.text, sentence.start, mention.start))
      )
        return [];
      const inSentence = (s: { start: number; end: number }) => s.start >= sentence.start && s.end <= sentence.end;
      const sentenceMentions = ctx.mentions.filter(inSentence);
      // Naming the real outcome beside the rejected option is a contrast, not a claim, unless the
      // outcome is the one set aside ("matched in cash rather than in stock").
      if (
        sentenceMentions.some((m) => m.itemId === item.id && m.role === 'outcome' && !setAside(ctx.text, sentence, m))
      )
        return [];
      const claimsDecision = ctx.signals.some((s) => inSentence(s) && s.kind === 'decision' && s.value === 'decided');
      const namesDecision = sentenceMentions.some((m) => m.itemId === item.id && m.role === 'name');
      const before = ctx.text.slice(Math.max(sentence.start, mention.start - 40), mention.start);
      // "Payments will be processed by Stripe rather than Adyen": the option takes the outcome's place.
      const replacesOutcome = () =>
        sentenceMentions.some(
          (m) =>
            m.itemId === item.id &&
            m.role === 'outcome' &&
            m.start > mention.end &&
            m.start - mention.end <= IN_PLACE_REACH &&
            IN_PLACE_OF.test(ctx.text.slice(mention.end, m.start)),
        ) && !WEIGHED.test(clauseBefore(ctx.text, sentence.start, mention.start));
      const presented =
        claimsDecision ||
        namesDecision ||
        CHOSEN_BEFORE.test(before) ||
        done(ctx.text, sentence, mention) ||
        replacesOutcome();
      if (!presented) return [];
      // "We are not discontinuing…", "nobody wants to switch to Stripe"; in "the committee will not
      // be discontinued" the negation sits inside the mention, before its verb.
      const negatedAt = Math.max(mention.start, mention.lead?.start ?? mention.start);
      if (setAside(ctx.text, sentence, mention) || cueIsNegated(ctx.text, { start: negatedAt, sentence })) return [];
      return [
        report(
          decisionOutcomeMismatch,
          ctx,
          'rejected',
          { start: mention.start, end: mention.end, topic: item.id, entry: decisionEntry(ctx.profile, item) },
          {
            label: item.topic,
            when: item.decidedAt ? ` on ${item.decidedAt}` : '',
            outcome: item.outcome,
            option: mention.term,
            outcomeWords: item.outcome ? quote(asPhrase(item.outcome)) : undefined,
            optionWords: quote(asPhrase(mention.term)),
            who: whoToAsk(ctx.profile, item.owner, item.topic),
          },
        ),
      ];
    });
  },
};
