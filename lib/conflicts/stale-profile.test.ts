import { testRule } from '../../test/core/rule-tester';
import { staleProfile } from './stale-profile';

testRule(staleProfile, {
  valid: [
    'Checkout is our top priority.',
    { name: 'synced yesterday', text: 'Checkout is our top priority.', syncedAt: '2026-11-23T08:00:00Z' },
    {
      name: 'nothing in the draft depends on the profile',
      text: 'Lunch is at noon.',
      now: new Date('2027-08-01T09:00:00Z'),
    },
  ],
  invalid: [
    {
      name: 'past reviewBy',
      text: 'Checkout is our top priority.',
      now: new Date('2027-07-01T09:00:00Z'),
      findings: [{ text: '', message: 'due for review on 2027-06-30', suggestion: 'Ana Ruiz' }],
    },
    {
      name: 'not synced for 10 days',
      text: 'Checkout is our top priority.',
      syncedAt: '2026-11-14T09:00:00Z',
      findings: [{ text: '', message: 'last synced 10 days ago' }],
    },
  ],
});
