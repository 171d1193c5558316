import { testRule, variant } from '../../test/core/rule-tester';
import { tooManyUrgent } from './too-many-urgent';

testRule(tooManyUrgent, {
  valid: [
    'Fix checkout ASAP and send me the numbers today.',
    {
      name: 'no norm',
      text: 'Do this ASAP. Do that immediately. Do the rest urgently.',
      profile: variant((p) => delete p.norms.maxUrgentPerMessage),
    },
    {
      name: 'a forbidden urgent cue is not counted',
      text: 'Fix checkout ASAP and send me the numbers today. Nobody should treat the dashboards as urgent.',
    },
  ],
  invalid: [
    {
      text: 'Fix checkout ASAP. Send the contract immediately. The board deck is urgent as well.',
      findings: [{ text: 'urgent', message: '3 urgent cues', suggestion: 'give the others dates' }],
    },
  ],
});
