import { testRule, variant } from '../../test/core/rule-tester';
import { priorityContradiction } from './priority-contradiction';

testRule(priorityContradiction, {
  valid: [
    'Checkout is our top priority this quarter.',
    'The mobile redesign is on hold until Q2.',
    { name: 'a top-3 item called a top priority', text: 'The partner API is a top priority for the sales team.' },
    { name: 'crypto stays dropped', text: 'Crypto payments were cancelled, as you know.' },
    { name: 'top language forbidden', text: "Don't call the redesign our top priority." },
    { name: 'a denied cancellation', text: 'Nobody is cancelling checkout.' },
  ],
  invalid: [
    {
      text: 'The redesign is our top priority this quarter.',
      findings: [{ text: 'our top priority', topic: 'mobile-redesign', message: 'paused until Q2' }],
    },
    {
      text: 'Checkout is on the back burner for now.',
      findings: [{ text: 'back burner', topic: 'checkout', message: 'priority 1' }],
    },
    {
      // Low cues are often verbs, which "calls it “deprioritizing”" would garble.
      name: 'a low cue that is a verb',
      text: 'We are deprioritizing checkout this month.',
      findings: [
        {
          text: 'deprioritizing',
          message:
            'Checkout reliability is priority 1 and active (Dev Patel), but the draft ranks it low: “deprioritizing”.',
        },
      ],
    },
    {
      name: 'an active item called paused',
      text: 'The migration is on hold.',
      findings: [{ text: 'on hold', topic: 'data-migration', suggestion: 'Mei Chen' }],
    },
    {
      name: 'a rank-3 item called #1',
      text: 'Partner API is our number one priority.',
      findings: [
        { text: 'number one priority', topic: 'partner-api', message: 'the #1 priority is Checkout reliability' },
      ],
    },
    {
      name: 'a rank-4 item called top priority',
      text: 'Internal dashboards are our top priority now.',
      findings: [
        {
          text: 'our top priority',
          topic: 'internal-dashboards',
          message: 'ranked 4, below the top 3 (Checkout reliability, Data migration and Partner API), but',
        },
      ],
    },
    {
      name: 'a rank-4 item called #1',
      text: "Let's make the dashboards our #1 priority.",
      findings: [{ text: '#1 priority', topic: 'internal-dashboards', message: 'ranked 4' }],
    },
    {
      name: 'nothing ranked inside the top: no empty list in the message',
      text: 'Internal dashboards are our top priority now.',
      profile: variant((p) => p.priorities.forEach((item) => item.rank !== 4 && delete item.rank)),
      findings: [
        {
          text: 'our top priority',
          message: 'Internal dashboards is ranked 4, below the top 3, but the draft calls it “our top priority”.',
        },
      ],
    },
  ],
});
