import { testRule } from '../../test/core/rule-tester';
import { avoidPhrase } from './avoid-phrase';

testRule(avoidPhrase, {
  valid: ['Thanks for running the drill last week.', { name: 'whole phrase only', text: 'The campfire drilling team arrives Monday.' }, { name: 'in a signature', text: 'See you there.\n-- \nAna Ruiz\nNo fire drills, ever.' }],
  invalid: [
    { text: 'This is not a fire drill, but please look at checkout.', findings: [{ text: 'fire drill', topic: null, message: '“fire drill”', suggestion: 'a dated request with an owner' }] },
    { name: 'any case, plural, spacing', text: 'Too many Fire  Drills lately. Please drop everything and help.', findings: [{ text: 'Fire  Drills' }, { text: 'drop everything', suggestion: 'the one thing to pause' }] },
    { name: 'hyphenated, as names are matched elsewhere', text: 'Sorry for another fire-drill this week.', findings: [{ text: 'fire-drill' }] },
  ],
});
