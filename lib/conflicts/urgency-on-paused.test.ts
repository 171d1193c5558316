import { testRule, variant } from '../../test/core/rule-tester';
import { urgencyOnPaused } from './urgency-on-paused';

const chatbotPaused = variant((p) => {
  p.priorities.push({
    id: 'chatbot',
    name: 'Support chatbot',
    aliases: ['chatbot'],
    status: 'paused',
    owner: 'Ravi Shah',
    note: 'Paused until Q3',
  });
});

testRule(urgencyOnPaused, {
  valid: [
    'Please get the checkout fixes out ASAP.',
    'The mobile redesign stays paused until Q2; no rush on the mockups.',
    { name: 'a question is not a request', text: 'Is the redesign urgent?' },
    { name: 'negated urgency', text: "The mobile redesign isn't urgent." },
    {
      name: 'a quoted reply is not the writer',
      text: 'Sounds good.\n\nOn Mon, Nov 23, 2026 at 10:00 AM Ravi Shah <ravi@example.com> wrote:\n> We need the redesign ASAP.',
    },
    { name: '"app" inside "happy"', text: "I'm happy with the app, please send the notes today." },
    {
      name: 'forbidden: "don\'t treat … as urgent"',
      text: "Please don't treat any chatbot requests as urgent.",
      profile: chatbotPaused,
    },
    {
      name: 'a request that names nothing, in a draft that names two items',
      text: 'The mobile redesign and checkout both came up. Please let me know ASAP.',
    },
    { name: 'forbidden: "stop …ing"', text: 'Stop calling the redesign urgent.' },
    { name: 'forbidden: "nobody should"', text: 'Nobody should treat the new app as urgent this quarter.' },
  ],
  invalid: [
    {
      text: 'Please get the mobile redesign done ASAP.',
      findings: [
        {
          text: 'ASAP',
          topic: 'mobile-redesign',
          message: 'paused until Q2 (Ravi Shah)',
          suggestion: 'ask Ravi Shah whether the pause changed',
        },
      ],
    },
    {
      name: 'a dropped item',
      text: 'Crypto payments need to ship today.',
      findings: [{ text: 'today', topic: 'crypto-payments', message: 'was dropped' }],
    },
    {
      name: 'carried by "it" from the previous sentence',
      text: 'I looked at the new app again. It needs to be ready immediately.',
      findings: [{ text: 'immediately', topic: 'mobile-redesign' }],
    },
    {
      name: 'a request that names nothing, in a draft about the one paused item',
      text: 'We are still mapping the data model for the mobile redesign. Please let me know ASAP.',
      findings: [{ text: 'ASAP', topic: 'mobile-redesign' }],
    },
    {
      name: 'possessive name',
      text: "The redesign's launch is urgent.",
      findings: [{ text: 'urgent', topic: 'mobile-redesign' }],
    },
    {
      name: 'a negation in an earlier clause does not reach the cue',
      text: "I haven't heard from Ravi and the redesign is urgent.",
      findings: [{ text: 'urgent', topic: 'mobile-redesign' }],
    },
    {
      name: '"don\'t forget" does not deny',
      text: "Don't forget the redesign is urgent.",
      findings: [{ text: 'urgent', topic: 'mobile-redesign' }],
    },
    {
      name: '"if not sooner" does not deny',
      text: 'Fix the redesign today if not sooner.',
      findings: [{ text: 'today', topic: 'mobile-redesign' }],
    },
    {
      name: 'an item with no owner: whoever owns it, not whoever last edited the profile',
      text: 'Please get the mobile redesign done ASAP.',
      profile: variant((p) => p.priorities.forEach((item) => delete item.owner)),
      findings: [
        {
          text: 'ASAP',
          message: 'Mobile redesign is paused until Q2, but the draft says “ASAP”.',
          suggestion:
            'Say when it resumes instead of “ASAP”, or ask whoever owns Mobile redesign whether the pause changed.',
        },
      ],
    },
    {
      name: 'in a document, the message says "the document"',
      text: 'Please get the mobile redesign done ASAP.',
      medium: 'document',
      findings: [
        { text: 'ASAP', message: 'Mobile redesign is paused until Q2 (Ravi Shah), but the document says “ASAP”.' },
      ],
    },
    {
      name: 'nobody named in the profile: no "(the profile owner)" in the evidence',
      text: 'Please get the mobile redesign done ASAP.',
      profile: variant((p) => {
        delete p.updatedBy;
        p.priorities.forEach((item) => delete item.owner);
      }),
      findings: [
        {
          text: 'ASAP',
          message: 'Mobile redesign is paused until Q2, but the draft says “ASAP”.',
          suggestion: 'ask whoever owns Mobile redesign whether the pause changed',
        },
      ],
    },
  ],
});
