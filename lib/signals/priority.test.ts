import { describe, expect, it } from 'vitest';
import { valueOf } from './test-helpers';

const flags: Array<[string, 'top' | 'low' | 'paused' | 'dropped']> = [
  ['Checkout is our top priority.', 'top'],
  ['Documentation is priority #1.', 'top'],
  ['Checkout is our #1 priority.', 'top'],
  ['Getting the new app out is not our #1 priority.', 'low'],
  ['It is critical that we finish the migration first.', 'top'],
  // the same with "it is" left out
  ['Crucial to get the filing right the first time.', 'top'],
  // a negated comparative ranks the work above everything else
  ['Nothing is more important than the checkout fix.', 'top'],
  ['No project matters more than checkout this quarter.', 'top'],
  ['This must be our priority.', 'top'],
  ['Our focus remains on credit quality.', 'top'],
  ['The EDI implementation is now a lower priority.', 'low'],
  ['The redesign is no longer a priority.', 'low'],
  ['Dark mode is a nice to have.', 'low'],
  ["I know this isn't exactly at the top of your list.", 'low'],
  ['The project is on hold.', 'paused'],
  ['Enron has suspended the ClickAtHome program.', 'paused'],
  ['We have decided to postpone the floor build out for a few weeks.', 'paused'],
  ['The maintenance contract has been cancelled.', 'dropped'],
  ['Enron will discontinue subsidized Internet service.', 'dropped'],
  ['We will no longer support these address formats.', 'dropped'],
  ['Further to our meeting today, attached are the contracts that were terminated.', 'dropped'],
];

const none: string[] = [
  'The meeting has been cancelled.',
  'We postponed the call to Thursday.',
  "We plan to cancel tomorrow's California call.",
  'Message delivery may be delayed for a few minutes.',
  'A critical path diagram is attached.',
  'Important information about the new phones.',
  'What are the arguments for DPC to terminate the contracts?',
  'Set your phone to notify you of high priority messages only.',
  'The seminar will focus on public records.',
  'Is the project on hold?',
  'We have 1 priority call left this month.',
];

describe('priority', () => {
  it.each(flags)('%s → %s', (sentence, expected) => {
    expect(valueOf(sentence, 'priority')).toBe(expected);
  });
  it.each(none)('%s → none', (sentence) => {
    expect(valueOf(sentence, 'priority')).toBeNull();
  });
  it.todo(
    '"He understands that if they do not terminate today ENA will terminate Navajo" is dropped, because a condition without a comma is taken to run to the end of the sentence',
  );
});
