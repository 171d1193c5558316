import { describe, expect, it } from 'vitest';
import { cueIsNegated } from './helpers';

/** The cue is the last occurrence of `words` in the one-sentence text. */
function negated(text: string, words: string, value?: string): boolean {
  return cueIsNegated(text, { start: text.lastIndexOf(words), sentence: { start: 0 }, ...(value ? { value } : {}) });
}

describe('cueIsNegated', () => {
  it.each([
    ['nobody should', 'We are not reopening the vendor decision, and nobody should revisit Stripe.', 'revisit'],
    ["don't treat … as", "Please don't treat any chatbot requests as urgent.", 'urgent'],
    ['do not', 'Do not mark the redesign urgent.', 'urgent'],
    ['never', 'Never call the dashboards our top priority.', 'our top priority'],
    ['no one', 'No one is reconsidering the PSP.', 'reconsidering'],
    ['no need to', 'There is no need to revisit the PSP.', 'revisit'],
    ['stop …ing', 'Stop calling the redesign urgent.', 'urgent'],
    ['a curly apostrophe', 'Please don’t treat it as urgent.', 'urgent'],
    ['"and" between two nouns keeps one clause', "Don't treat chatbot and support requests as urgent.", 'urgent'],
    [
      'a forbidding word before a relaxed cue',
      'No one should treat checkout as something that can wait.',
      'can wait',
      'relaxed',
    ],
  ])('negated: %s', (_, text, words, value?: string) => {
    expect(negated(text, words, value)).toBe(true);
  });

  it.each([
    ['no negation', 'The redesign is urgent.', 'urgent'],
    [
      'a negation in an earlier clause (comma)',
      'We are not reopening the vendor decision, but we should revisit Stripe.',
      'revisit',
    ],
    ['a negation before "and" and a new subject', "I haven't heard from Ravi and the redesign is urgent.", 'urgent'],
    ['a negation before a relative clause', "We haven't touched the redesign, which is urgent.", 'urgent'],
    [
      'too far back',
      "I don't know who wrote the long memo about the vendor last week but we must revisit it.",
      'revisit',
    ],
    ['"not only"', 'This is not only important but urgent.', 'urgent'],
    ['"no later than"', 'Send it no later than today.', 'today'],
    ["don't forget", "Don't forget the redesign is urgent.", 'urgent'],
    ['if not sooner', 'Fix it today if not sooner.', 'sooner'],
    ['"nothing is more urgent" ranks, it does not deny', 'Nothing is more urgent than the redesign.', 'urgent'],
    ['the negator that made a relaxed cue is its own', 'Checkout is not really urgent.', 'urgent', 'relaxed'],
    ['the negator that made a low cue is its own', 'Checkout is not really a priority.', 'a priority', 'low'],
  ])('not negated: %s', (_, text, words, value?: string) => {
    expect(negated(text, words, value)).toBe(false);
  });
});
