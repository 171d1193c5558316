import { testRule, variant } from '../../test/core/rule-tester';
import { decisionOutcomeMismatch } from './decision-outcome-mismatch';

/** Decisions whose options are actions, matched by meaning: "matched in cash" is "Match in cash". */
const actions = variant((p) => {
  p.decisions.push(
    {
      id: 'stock-match',
      topic: 'Employee stock match',
      aliases: [],
      status: 'decided',
      outcome: 'Match in stock',
      rejected: ['Match in cash'],
      owner: 'HR committee',
    },
    {
      id: 'exec-committee',
      topic: 'Executive Committee structure',
      aliases: [],
      status: 'decided',
      outcome: 'Keep the Executive Committee',
      rejected: ['Discontinue the Executive Committee'],
      decidedAt: '2026-09-01',
    },
  );
});

/** Options whose verbs are irregular: "built", "sold" are "Build", "Sell". */
const irregular = variant((p) => {
  p.decisions.push(
    {
      id: 'risk-engine',
      topic: 'Risk engine',
      aliases: [],
      status: 'decided',
      outcome: 'License Kestrel',
      rejected: ['Build it in-house'],
    },
    {
      id: 'houston-plant',
      topic: 'Houston plant',
      aliases: [],
      status: 'decided',
      outcome: 'Keep running the plant',
      rejected: ['Sell the plant'],
    },
  );
});

testRule(decisionOutcomeMismatch, {
  valid: [
    'We chose Adyen over Stripe.',
    'Stripe sent over their new contract terms yesterday.',
    { name: 'the outcome named beside the rejected option', text: 'We went with Adyen; Stripe was too expensive.' },
    { name: 'set aside after', text: 'For the payment provider, Braintree was ruled out in October.' },
    { name: 'using is not choosing', text: 'Our old billing system is using Stripe webhooks until March.' },
    {
      name: 'the outcome by meaning, the rejected option set aside',
      text: 'Contributions will be matched in stock rather than cash.',
      profile: actions,
    },
    {
      name: 'the outcome first, the rejected option after "not"',
      text: 'We match in stock, not cash.',
      profile: actions,
    },
    { name: 'a rejected action negated', text: 'We are not discontinuing the Executive Committee.', profile: actions },
    {
      name: 'a rejected act named as a noun and set aside',
      text: 'The sale of the plant was ruled out.',
      profile: irregular,
    },
    {
      name: 'a rejected act named as a noun in a question',
      text: 'Is the sale of the plant still possible?',
      profile: irregular,
    },
    { name: 'a look-alike plural', text: 'Sales at the plant are going ahead of plan.', profile: irregular },
    {
      name: 'a rejected action negated inside the mention',
      text: 'The Executive Committee will not be discontinued.',
      profile: actions,
    },
    {
      name: 'a rejected action as the subject of an opinion',
      text: 'Discontinuing the Executive Committee would be a mistake.',
      profile: actions,
    },
    {
      name: 'a rejected action proposed, not done',
      text: 'Some of us think we should discontinue the Executive Committee.',
      profile: actions,
    },
    { name: 'a question', text: 'Should we discontinue the Executive Committee?', profile: actions },
    { name: 'a question about a choice verb', text: 'Are we really switching to Braintree?' },
    {
      name: 'a condition',
      text: 'If we discontinue the Executive Committee, who signs off on budgets?',
      profile: actions,
    },
    { name: 'nobody wants it', text: 'Nobody wants to switch to Stripe.' },
    { name: 'an irregular verb negated', text: 'The risk engine will not be built in-house.', profile: irregular },
    { name: 'a comparison is not a choice', text: 'Stripe is cheaper than Adyen for small merchants.' },
    { name: 'an edge over the outcome is not a choice', text: 'Stripe has an edge over Adyen on payouts.' },
    {
      name: 'a preference in place of the outcome is argued, not done',
      text: 'Some argued for Stripe rather than Adyen.',
    },
    { name: 'a wish in place of the outcome', text: 'Finance would have liked Braintree instead of Adyen.' },
    {
      name: "another option stands in the outcome's place",
      text: 'Stripe stays for the old EU merchants while the US ones move to Adyen rather than Braintree.',
    },
    {
      name: 'an irregular past that only reports',
      text: 'The plant sold more power in May than ever.',
      profile: irregular,
    },
  ],
  invalid: [
    {
      text: "We're going with Braintree for payments.",
      findings: [
        {
          text: 'Braintree',
          topic: 'vendor',
          message: 'Braintree was rejected',
          suggestion: 'Write “Adyen” instead of “Braintree”',
        },
      ],
    },
    {
      name: 'a choice verb',
      text: 'We are switching to Braintree next month.',
      findings: [{ text: 'Braintree', topic: 'vendor' }],
    },
    {
      name: 'the decision named in the sentence',
      text: 'Our payment provider is Stripe, so plan the integration.',
      findings: [{ text: 'Stripe', topic: 'vendor' }],
    },
    {
      name: 'a multi-word option',
      text: 'We agreed on five office days a week starting in January.',
      findings: [{ text: 'five office days a week', topic: 'office-return', message: 'Two office days a week' }],
    },
    {
      name: 'the outcome is the one set aside',
      text: 'We chose Stripe over Adyen.',
      findings: [{ text: 'Stripe', topic: 'vendor' }],
    },
    {
      name: "a rejected option in the outcome's place, no choice verb",
      text: 'From March, card payments will be processed by Stripe rather than Adyen.',
      findings: [{ text: 'Stripe', topic: 'vendor' }],
    },
    {
      name: 'a rejected option with the outcome set aside by a comma and "not"',
      text: 'Braintree, not Adyen, handles the EU checkout from Monday.',
      findings: [{ text: 'Braintree', topic: 'vendor' }],
    },
    {
      name: 'a rejected action by meaning, the outcome set aside by "rather than"',
      text: 'Contributions will be matched in cash rather than Enron stock.',
      profile: actions,
      findings: [
        {
          text: 'matched in cash',
          topic: 'stock-match',
          message: 'Employee stock match was decided: Match in stock (HR committee); Match in cash was rejected',
          suggestion: 'Write “match in stock” instead of “match in cash”',
        },
      ],
    },
    {
      name: 'the words of a real plan notice, the agent between verb and option',
      text: 'Savings Plan contributions deducted from your November 30 paycheck will be matched by Enron in cash rather than Enron stock.',
      profile: actions,
      findings: [{ text: 'matched by Enron in cash', topic: 'stock-match' }],
    },
    {
      name: 'the set-aside outcome written out',
      text: 'From January we will match in cash, not stock.',
      profile: actions,
      findings: [{ text: 'match in cash', topic: 'stock-match' }],
    },
    {
      name: 'a rejected action in an irregular past, its pronoun left out',
      text: 'The risk system is being built in-house now, so move the license line into IT.',
      profile: irregular,
      findings: [{ text: 'built in-house', topic: 'risk-engine', message: 'Build it in-house was rejected' }],
    },
    {
      name: 'a rejected action in an irregular participle',
      text: 'The plant was sold to Calpine last week.',
      profile: irregular,
      findings: [{ text: 'plant was sold', topic: 'houston-plant' }],
    },
    {
      name: 'a rejected act named as a noun and chosen',
      text: 'We are going ahead with the sale of the plant.',
      profile: irregular,
      findings: [{ text: 'sale of the plant', topic: 'houston-plant' }],
    },
    {
      name: 'a rejected action in another form of its verb',
      text: 'We are discontinuing the Executive Committee.',
      profile: actions,
      findings: [
        {
          text: 'discontinuing the Executive Committee',
          topic: 'exec-committee',
          message: 'Executive Committee structure was decided on 2026-09-01: Keep the Executive Committee',
        },
      ],
    },
    {
      name: 'a rejected action, words in another order',
      text: 'The Executive Committee will be discontinued at year end.',
      profile: actions,
      findings: [{ text: 'Executive Committee will be discontinued', topic: 'exec-committee' }],
    },
  ],
});
