import { testRule, variant } from '../../test/core/rule-tester';
import { urgencyAboveNorm } from './urgency-above-norm';

testRule(urgencyAboveNorm, {
  valid: [
    'Checkout reliability needs attention ASAP.',
    { name: 'rank 2 is within the norm', text: 'The warehouse migration has to finish by EOD.' },
    'The dashboards can wait until January.',
    { name: 'forbidden in its own clause', text: 'Nobody should call the dashboards urgent.' },
    {
      name: 'no norm, no warning',
      text: 'Internal dashboards need to be fixed urgently.',
      profile: variant((p) => delete p.norms.urgentMaxRank),
    },
  ],
  invalid: [
    {
      text: 'Internal dashboards need to be fixed urgently.',
      findings: [{ text: 'urgently', topic: 'internal-dashboards', message: 'ranked 4', suggestion: 'Lena Weiss' }],
    },
    {
      name: 'the nearest name in a sentence that names several',
      text: 'Fix checkout ASAP, and the partner API immediately.',
      findings: [
        {
          text: 'immediately',
          topic: 'partner-api',
          message: 'the team keeps urgent requests for the top 2 priorities (Checkout reliability and Data migration).',
        },
      ],
    },
    {
      name: 'a norm of one names the #1 priority, not "the top 1"',
      text: 'Fix the partner API immediately.',
      profile: variant((p) => (p.norms.urgentMaxRank = 1)),
      findings: [
        {
          text: 'immediately',
          message:
            'Partner API is ranked 3; the team keeps urgent requests for its #1 priority (Checkout reliability).',
        },
      ],
    },
    {
      // The cue is often a date already, so "give a date instead of “by tomorrow”" would say nothing.
      name: 'a near deadline gets a suggestion that still makes sense',
      text: 'Please get the partner API answer to me by tomorrow.',
      findings: [
        {
          text: 'by tomorrow',
          topic: 'partner-api',
          suggestion: 'Give a date that fits priority 3 instead of “by tomorrow”',
        },
      ],
    },
  ],
});
