import { describe, expect, it } from 'vitest';
import { checkDraft } from '../check';
import { exampleProfile } from '../profile';
import { TEST_NOW, testRule, type DraftCase, type InvalidCase } from '../../test/core/rule-tester';
import { QUOTE_FORMS, writeReply, type QuoteForm } from '../../test/core/thread-forms';
import { threadMismatch } from './thread-mismatch';

const ana = { author: 'Ana Ruiz', address: 'ana@example.com', date: 'Mon, Nov 23, 2026 at 9:14 AM' };

/** A reply in one quoting form, as one table case. */
function inForm(form: QuoteForm, name: string, earlier: string, reply: string): DraftCase {
  return { name: `${name} (${form})`, ...writeReply(form, reply, { ...ana, text: earlier }) };
}

/** [why, the earlier words, the reply, the reply's words the finding sits on] — run in every quoting form. */
const contradictions: [string, string, string, string][] = [
  [
    'urgency: "no rush" answered with a same-day demand',
    'Hi all, no rush on the board deck. Next week is fine.',
    'Team, I need the board deck by end of day.',
    'by end of day',
  ],
  [
    'urgency: urgent answered with relaxed',
    'The vendor invoice batch is urgent, please process it today.',
    'No rush on the vendor invoice batch, it can wait until Monday.',
    'No rush',
  ],
  [
    'decision: open answered with decided',
    "We haven't decided on the office move yet.",
    'Great news that the office move is decided!',
    'decided',
  ],
  [
    'decision: decided answered with reopened',
    'We decided on the Q3 roadmap last week, it is final.',
    "Let's revisit the Q3 roadmap at the offsite.",
    'revisit',
  ],
  [
    'priority: paused answered with top',
    'We paused the intern program until spring.',
    'The intern program is our top priority this month.',
    'our top priority',
  ],
  [
    'urgency: across a possessive and a word left out',
    "The team's offsite agenda for Lisbon can wait until January.",
    'I need the team offsite agenda today, please.',
    'today',
  ],
  [
    'priority: top answered with dropped, across plural and case',
    'The Customer Dashboard rewrites are our top priority.',
    'We are cancelling the customer dashboard rewrite.',
    'are cancelling',
  ],
];

/** [why, the earlier words, the reply] — consistent replies, run in every quoting form. */
const consistent: [string, string, string][] = [
  ['the earlier words ask', 'Is the office move decided?', 'The office move is decided, we sign the lease on Friday.'],
  [
    'the earlier words set a condition',
    'Once the office move is approved we will tell everyone.',
    'The office move is still open, so nothing to tell yet.',
  ],
  ['the reply follows the earlier request', 'Please pause the migration for now.', "Got it, I'll pause the migration."],
  ['the reply is about another subject', 'No rush on the board deck.', 'I need the budget memo by end of day.'],
  [
    'the reply names the earlier subject only in an aside',
    'The board deck is urgent, please finish it today.',
    'The budget memo, unlike the board deck, can wait until Monday.',
  ],
  [
    'nothing earlier says anything about the subject',
    'Here are my notes on the board deck.',
    'I need the board deck by end of day.',
  ],
  [
    'the same signal',
    'The vendor invoice batch is urgent.',
    'Agreed, the vendor invoice batch is urgent, I will do it today.',
  ],
  ['another axis on the same subject', 'The Q3 roadmap is our top priority.', 'The Q3 roadmap is decided.'],
  [
    'the same kind of thing, another subject',
    'The hiring plan is our top priority.',
    'The travel plan is on hold until spring.',
  ],
];

const invalid: InvalidCase[] = contradictions.flatMap(([name, earlier, reply, words]) =>
  QUOTE_FORMS.map((form) => ({
    ...inForm(form, name, earlier, reply),
    findings: [
      {
        text: words,
        thread: {
          author: 'Ana Ruiz',
          text:
            earlier.match(new RegExp(`[^.!]*${earlier.split(' ').slice(1, 3).join(' ')}[^.!]*[.!]?`))?.[0]?.trim() ??
            '',
        },
      },
    ],
  })),
);

testRule(threadMismatch, {
  valid: [
    { name: 'a new message quotes nothing', text: 'I need the board deck by end of day.' },
    {
      name: 'the most recent earlier message agrees, an older one said otherwise',
      text: 'I need the board deck by end of day.\n\nOn Mon, Nov 23, 2026 at 9:14 AM Ana Ruiz <ana@example.com> wrote:\n> Change of plan: the board deck is urgent now, the CEO wants it today.\n>\n> On Fri, Nov 20, 2026 at 4:02 PM Dev Patel <dev@example.com> wrote:\n>> No rush on the board deck.\n',
    },
    {
      name: 'the reply asks',
      text: 'Is the office move decided now?\n\nOn Mon, Nov 23, 2026 at 9:14 AM Ana Ruiz <ana@example.com> wrote:\n> We have not decided on the office move.\n',
    },
    ...consistent.flatMap(([name, earlier, reply]) => QUOTE_FORMS.map((form) => inForm(form, name, earlier, reply))),
  ],
  invalid: [
    {
      name: 'the issue example: who said what and when, in words',
      ...writeReply('on-wrote', 'Great news that the office move is decided!', {
        ...ana,
        text: "We haven't decided on the office move yet.",
      }),
      findings: [
        {
          text: 'decided',
          topic: null,
          message: 'Ana Ruiz wrote on Nov 23 that the office move is not decided yet; your reply says it is decided.',
          suggestion: 'say what changed and since when',
          thread: {
            author: 'Ana Ruiz',
            date: 'Mon, Nov 23, 2026 at 9:14 AM',
            text: "We haven't decided on the office move yet.",
          },
        },
      ],
    },
    {
      name: 'a profile item: the thread finding carries the profile entry too',
      text: "Let's put the data migration on hold until January.\n\nOn Mon, Nov 23, 2026 at 9:14 AM Ana Ruiz <ana@example.com> wrote:\n> The warehouse migration is our top priority this quarter.\n",
      findings: [
        {
          text: 'on hold',
          topic: 'data-migration',
          message: 'Ana Ruiz wrote on Nov 23 that Data migration is a top priority',
        },
      ],
    },
    {
      name: 'quoted inline without a header: the writer is unknown',
      text: '> The holiday rota is not decided yet.\n\nGreat that the holiday rota is decided, thanks.',
      findings: [
        {
          text: 'decided',
          message: 'An earlier message in this thread says that the holiday rota is not decided yet',
          thread: { author: null, date: null },
        },
      ],
    },
    ...invalid,
  ],
  todo: [
    'a reply that names its subject only by a pronoun ("it is decided now") after a sentence about something else is not matched to what the earlier message named',
    'words written below the quote (bottom-posting) are left out of every check, this one included, since everything after an attribution reads as quoted history',
    'a contradiction the signal detector does not see on one side (a value only the context carries: "that ship has sailed") is not seen at all',
  ],
});

describe('thread-mismatch in the report', () => {
  it('adds the earlier words beside the profile rules, which stand as they are', () => {
    const text =
      "Let's put the data migration on hold until January.\n\nOn Mon, Nov 23, 2026 at 9:14 AM Ana Ruiz <ana@example.com> wrote:\n> The warehouse migration is our top priority this quarter.\n";
    const withThread = checkDraft(text, exampleProfile, { now: TEST_NOW, budgetMs: 60_000 });
    const alone = checkDraft(text.slice(0, text.indexOf('\n\nOn Mon')), exampleProfile, {
      now: TEST_NOW,
      budgetMs: 60_000,
    });
    expect(withThread.findings.filter((f) => f.rule !== 'thread-mismatch')).toEqual(alone.findings);
    expect(alone.findings.map((f) => f.rule)).toContain('priority-contradiction');
    expect(withThread.findings.filter((f) => f.rule === 'thread-mismatch').map((f) => f.thread?.text)).toEqual([
      'The warehouse migration is our top priority this quarter.',
    ]);
  });

  it('places the finding on the new words and the evidence in the quoted ones', () => {
    const { text } = writeReply('on-wrote', 'Team, I need the board deck by end of day.', {
      ...ana,
      text: 'No rush on the board deck.',
    });
    const report = checkDraft(text, exampleProfile, { now: TEST_NOW, budgetMs: 60_000 });
    const [finding] = report.findings.filter((f) => f.rule === 'thread-mismatch');
    const quoteStart = text.indexOf('On Mon');
    expect(finding!.end).toBeLessThanOrEqual(quoteStart);
    expect(finding!.thread).toEqual({
      author: 'Ana Ruiz',
      date: 'Mon, Nov 23, 2026 at 9:14 AM',
      text: 'No rush on the board deck.',
    });
  });
});
