import { testRule, variant } from '../../test/core/rule-tester';
import { priorityUnknownTop } from './priority-unknown-top';

testRule(priorityUnknownTop, {
  valid: [
    'Checkout is our top priority this quarter.',
    'Thanks for the notes from Tuesday.',
    { name: 'a question', text: 'Is the offsite a top priority?' },
    { name: 'emphasis that ranks nothing', text: 'It is critical that we get the signatures right.' },
    { name: 'ranking language forbidden', text: "Don't call the offsite our top priority." },
  ],
  invalid: [
    {
      text: 'Our top priority is the holiday party.',
      findings: [
        {
          text: 'Our top priority',
          topic: null,
          message: 'Checkout reliability, Data migration and Partner API',
          suggestion: 'Say how it ranks against Checkout reliability, Data migration and Partner API, or ask Ana Ruiz',
        },
      ],
    },
    { name: 'priority #1', text: 'Hiring is priority #1 for the next month.', findings: [{ text: 'priority #1' }] },
    {
      name: 'a profile that ranks nothing',
      text: 'Our top priority is the holiday party.',
      profile: variant((p) => p.priorities.forEach((item) => delete item.rank)),
      findings: [
        {
          text: 'Our top priority',
          message: 'the profile ranks none of its priorities yet',
          suggestion: 'Ask Ana Ruiz to add it',
        },
      ],
    },
  ],
});
