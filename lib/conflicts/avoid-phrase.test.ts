import { testRule, variant } from '../../test/core/rule-tester';
import { avoidPhrase } from './avoid-phrase';

testRule(avoidPhrase, {
  valid: [
    'Thanks for running the drill last week.',
    { name: 'whole phrase only', text: 'The campfire drilling team arrives Monday.' },
    { name: 'in a signature', text: 'See you there.\n-- \nAna Ruiz\nNo fire drills, ever.' },
  ],
  invalid: [
    {
      text: 'This is not a fire drill, but please look at checkout.',
      findings: [
        { text: 'fire drill', topic: null, message: '“fire drill”', suggestion: 'a dated request with an owner' },
      ],
    },
    {
      name: 'any case, plural, spacing',
      text: 'Too many Fire  Drills lately. Please drop everything and help.',
      findings: [{ text: 'Fire  Drills' }, { text: 'drop everything', suggestion: 'the one thing to pause' }],
    },
    {
      name: 'a replacement that is a description reads as one',
      text: 'We need all hands on deck for the launch.',
      profile: variant((p) =>
        p.norms.avoid.push({
          phrase: 'all hands on deck',
          instead: 'the two or three people you need, and for how long',
        }),
      ),
      findings: [
        {
          text: 'all hands on deck',
          suggestion: 'Instead of “all hands on deck”, write the two or three people you need, and for how long.',
        },
      ],
    },
    {
      name: 'hyphenated, as names are matched elsewhere',
      text: 'Sorry for another fire-drill this week.',
      findings: [{ text: 'fire-drill' }],
    },
  ],
});
