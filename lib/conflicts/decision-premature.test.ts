import { testRule, variant } from '../../test/core/rule-tester';
import { decisionPremature } from './decision-premature';

testRule(decisionPremature, {
  valid: [
    'The new pricing is still under discussion.',
    { name: 'a decided decision called decided', text: 'The vendor choice is final.' },
    { name: 'a conditional', text: 'If the new pricing is approved, we launch in January.' },
    { name: 'decided language forbidden', text: 'Nobody should say the new pricing is final.' },
  ],
  invalid: [
    {
      text: 'The new pricing is final.',
      findings: [
        { text: 'is final', topic: 'pricing-2027', message: 'CPO decides by 2026-12-15', suggestion: 'proposal' },
      ],
    },
    {
      name: 'a decision being revisited',
      text: 'The vendor choice is final.',
      profile: variant((p) => {
        p.decisions[0]!.status = 'revisiting';
      }),
      findings: [{ text: 'is final', topic: 'vendor', message: 'being revisited' }],
    },
  ],
});
