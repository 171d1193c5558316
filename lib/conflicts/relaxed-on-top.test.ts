import { describe, expect, it } from 'vitest';
import { checkDraft } from '../check';
import { exampleProfile } from '../profile';
import { TEST_NOW, testRule, variant } from '../../test/core/rule-tester';
import { relaxedOnTop } from './relaxed-on-top';

testRule(relaxedOnTop, {
  valid: [
    'Checkout reliability needs attention ASAP.',
    { name: 'a priority below the top ranks', text: 'The dashboards can wait, no rush.' },
    { name: 'names no item', text: 'No rush on this, reply when you can.' },
    { name: 'the relaxed cue is about another item', text: 'Checkout is urgent, the dashboards can wait.' },
    { name: 'a paused item may wait', text: 'The mobile redesign stays paused until Q2; no rush on the mockups.' },
    { name: 'a question', text: 'Can checkout wait until January?' },
    { name: 'a question about the state', text: 'Is checkout something that can wait until January?' },
    { name: 'a condition', text: 'If checkout can wait, let us do the dashboards first.' },
    { name: 'forbidden in its own clause', text: 'No one should treat checkout as something that can wait.' },
    {
      name: 'no ranks in the profile',
      text: 'Checkout reliability: no rush.',
      profile: variant((p) => p.priorities.forEach((item) => delete item.rank)),
    },
  ],
  invalid: [
    {
      text: 'Checkout reliability: no rush.',
      findings: [
        {
          text: 'no rush',
          topic: 'checkout',
          message: "Checkout reliability is the team's #1 priority (Dev Patel), but the draft says “no rush”.",
          suggestion: 'Give it a date that fits its rank, or ask Dev Patel whether the ranking changed.',
        },
      ],
    },
    {
      name: 'one finding per item, on its first relaxed cue',
      text: 'No rush on checkout, and no rush on payments uptime either.',
      findings: [{ text: 'No rush', topic: 'checkout' }],
    },
    {
      name: 'within the top ranks, not only #1',
      text: 'No rush on the partner API.',
      findings: [{ text: 'No rush', topic: 'partner-api', message: '#3 priority (Sam Okafor)' }],
    },
    {
      name: 'an alias',
      text: 'There is no hurry on the warehouse migration.',
      findings: [{ text: 'no hurry', topic: 'data-migration', message: '#2 priority' }],
    },
    {
      name: 'whenever',
      text: 'Checkout reliability: whenever you get a chance.',
      findings: [{ text: 'whenever you get', topic: 'checkout' }],
    },
    {
      name: 'the negation that makes a cue relaxed does not cancel it',
      text: 'Checkout is not really urgent.',
      findings: [{ text: 'urgent', topic: 'checkout' }],
    },
    {
      name: 'carried by "it"',
      text: 'I looked at checkout again. It is no rush.',
      findings: [{ text: 'no rush', topic: 'checkout' }],
    },
    {
      name: '"can wait until after the holidays" and "no rush" in one sentence: one finding',
      text: 'Checkout reliability can wait until after the holidays, no rush.',
      findings: [{ text: 'can wait', topic: 'checkout' }],
    },
    {
      name: 'nobody named in the profile: no "(the profile owner)" in the evidence',
      text: 'Checkout reliability: no rush.',
      profile: variant((p) => {
        delete p.updatedBy;
        p.priorities.forEach((item) => delete item.owner);
      }),
      findings: [
        {
          text: 'no rush',
          message: "Checkout reliability is the team's #1 priority, but the draft says “no rush”.",
          suggestion: 'ask whoever owns Checkout reliability whether the ranking changed',
        },
      ],
    },
  ],
});

describe('relaxed-on-top beside priority-contradiction', () => {
  // Whether "hold off" also reads as pausing the item is the detector's call; either way the writer gets one finding for it.
  it('"Hold off on checkout" draws one finding, not an error and a warning on the same words', () => {
    const { findings } = checkDraft('Hold off on checkout.', exampleProfile, { now: TEST_NOW, budgetMs: 60_000 });
    expect(findings.filter((f) => f.rule === 'relaxed-on-top' || f.rule === 'priority-contradiction')).toHaveLength(1);
  });
});
