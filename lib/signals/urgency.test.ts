import { describe, expect, it } from 'vitest';
import { valueOf } from './test-helpers';

const flags: Array<[string, 'urgent' | 'relaxed']> = [
  ['Please send the figures ASAP.', 'urgent'],
  ['Let me know as soon as possible.', 'urgent'],
  ['This is urgent.', 'urgent'],
  ['Please call me immediately.', 'urgent'],
  ['If you have any comments, please let me know ASAP.', 'urgent'],
  ['Please get back to me at your earliest convenience.', 'urgent'],
  ['Note to approvers - please approve these expense reports quickly.', 'urgent'],
  ['The deadline for reservations is fast approaching.', 'urgent'],
  ['We are running out of time to finalize the budget.', 'urgent'],
  ['They have until 4PM today to send it.', 'urgent'],
  ['This is not urgent.', 'relaxed'],
  ["It isn't urgent.", 'relaxed'],
  ['No rush on this one.', 'relaxed'],
  ['Call me when you get a chance.', 'relaxed'],
  ['Take your time with the review.', 'relaxed'],
  ['This can wait until next week.', 'relaxed'],
  ["Let's not rush the rollout.", 'relaxed'],
  ['Please hold off on any changes until further notice.', 'relaxed'],
  ['Nothing here is urgent.', 'relaxed'],
  // A negated verb of opinion denies what its clause says; a clause of its own after a comma keeps its value.
  ["I don't think the migration is urgent.", 'relaxed'],
  ['We do not really believe that the vendor review is urgent.', 'relaxed'],
  ["I don't think so, but the migration is urgent.", 'urgent'],
  // A flag in capitals at the head of a line, set off by punctuation, is the writer's label.
  ['URGENT!!! I-6 penalty charges', 'urgent'],
];

const none: string[] = [
  'Is this urgent?',
  // An embedded question asks about the pace; it does not set it.
  "I don't know whether it is urgent.",
  'I am not sure if this is urgent.',
  'She asked if the fix is urgent.',
  'Effective immediately, Dan Leff will assume leadership of the wholesale business.',
  'If you received this message in error, please notify the sender immediately.',
  'We quickly discovered that the powder was flour.',
  'Right now they look like tall bushes.',
  'We learned today that the merger is off.',
  'Work is pretty busy right now.',
  'We must adapt our programs to the immediate needs of the company.',
  'The shuttle will return immediately following the workshop.',
];

describe('urgency', () => {
  it.each(flags)('%s → %s', (sentence, expected) => {
    expect(valueOf(sentence, 'urgency')).toBe(expected);
  });
  it.each(none)('%s → none', (sentence) => {
    expect(valueOf(sentence, 'urgency')).toBeNull();
  });
  it.todo(
    '"Nothing is more urgent than the checkout fix." ranks it above everything (urgent); the lexicon reads it so, but the model gives urgent less than the cue threshold',
  );
  it.todo(
    '"He advises that it should be retrieved promptly" is urgent, because a reported request ("should be") is not read as a request',
  );
});
