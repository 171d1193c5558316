import { testRule } from '../../test/core/rule-tester';
import { mixedUrgency } from './mixed-urgency';

testRule(mixedUrgency, {
  valid: [
    'Checkout needs this ASAP. The dashboards can wait.',
    { name: 'urgent twice', text: 'Checkout needs this ASAP. Checkout fixes should land today.' },
    {
      name: 'the urgent cue is forbidden, so only one pace is left',
      text: "Please don't treat the dashboards as urgent; they can wait.",
    },
  ],
  invalid: [
    {
      name: 'across sentences',
      text: 'The dashboards can wait, no rush. Actually, dashboards are urgent too.',
      findings: [{ text: 'urgent', topic: 'internal-dashboards', message: 'both “can wait” and “urgent”' }],
    },
    {
      name: 'within one sentence',
      text: 'The migration is urgent, but take your time on the migration tests.',
      findings: [{ text: 'take your time', topic: 'data-migration' }],
    },
  ],
});
