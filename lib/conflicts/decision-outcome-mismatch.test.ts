import { testRule } from '../../test/core/rule-tester';
import { decisionOutcomeMismatch } from './decision-outcome-mismatch';

testRule(decisionOutcomeMismatch, {
  valid: [
    'We chose Adyen over Stripe.',
    'Stripe sent over their new contract terms yesterday.',
    { name: 'the outcome named beside the rejected option', text: 'We went with Adyen; Stripe was too expensive.' },
    { name: 'set aside after', text: 'For the payment provider, Braintree was ruled out in October.' },
    { name: 'using is not choosing', text: 'Our old billing system is using Stripe webhooks until March.' },
  ],
  invalid: [
    { text: "We're going with Braintree for payments.", findings: [{ text: 'Braintree', topic: 'vendor', message: 'Braintree was rejected', suggestion: 'Write Adyen instead of Braintree' }] },
    { name: 'a choice verb', text: 'We are switching to Braintree next month.', findings: [{ text: 'Braintree', topic: 'vendor' }] },
    { name: 'the decision named in the sentence', text: 'Our payment provider is Stripe, so plan the integration.', findings: [{ text: 'Stripe', topic: 'vendor' }] },
    { name: 'a multi-word option', text: 'We agreed on five office days a week starting in January.', findings: [{ text: 'five office days a week', topic: 'office-return', message: 'Two office days a week' }] },
  ],
});
