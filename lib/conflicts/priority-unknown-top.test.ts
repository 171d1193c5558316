import { testRule } from '../../test/core/rule-tester';
import { priorityUnknownTop } from './priority-unknown-top';

testRule(priorityUnknownTop, {
  valid: ['Checkout is our top priority this quarter.', 'Thanks for the notes from Tuesday.', { name: 'a question', text: 'Is the offsite a top priority?' }],
  invalid: [
    {
      text: 'Our top priority is the holiday party.',
      findings: [{ text: 'Our top priority', topic: null, message: 'Checkout reliability, Data migration and Partner API', suggestion: 'Ana Ruiz' }],
    },
  ],
});
