import { testRule } from '../../test/core/rule-tester';
import { decisionReopened } from './decision-reopened';

testRule(decisionReopened, {
  valid: [
    'We went with Adyen as our payment provider.',
    { name: 'an open decision described as open', text: 'The new pricing is still open.' },
    { name: 'a conditional', text: 'If we reopen the vendor choice, I want to be in the room.' },
    {
      name: 'forbidden in its own clause: "nobody should revisit"',
      text: 'We are not reopening the vendor decision, and nobody should revisit Stripe.',
    },
    { name: 'no need to', text: 'There is no need to reconsider the PSP decision.' },
  ],
  invalid: [
    {
      name: 'a negation in another clause does not reach the cue',
      text: "I haven't read the RTO memo, but we should reconsider that decision.",
      findings: [{ text: 'reconsider', topic: 'office-return' }],
    },
    {
      text: 'We have not decided on the payments vendor yet.',
      // An open cue is often a verb phrase, so the message must not read "calls it “have not decided”".
      findings: [
        {
          text: 'have not decided',
          topic: 'vendor',
          message: 'Adyen (CFO), but the draft treats it as open: “have not decided”.',
          suggestion: 'State the decision (Adyen)',
        },
      ],
    },
    { text: 'We need to revisit the PSP decision.', findings: [{ text: 'revisit', topic: 'vendor' }] },
    {
      name: 'the RTO decision carried by "that decision"',
      text: 'I read the RTO memo. We should reconsider that decision.',
      findings: [{ text: 'reconsider', topic: 'office-return' }],
    },
  ],
});
