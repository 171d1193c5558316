import { describe, expect, it } from 'vitest';
import { blankRanges, findExcludedRanges } from './excluded-ranges';

/** Marks the excluded text with [reason: …] so expectations read like the draft. */
function show(text: string): string[] {
  return findExcludedRanges(text).map((r) => `${r.reason}: ${text.slice(r.start, r.end)}`);
}

describe('findExcludedRanges', () => {
  it.each([
    ['plain text has nothing excluded', 'Checkout is urgent.\nThanks, Ana', []],
    [
      '> quoted lines, merged when adjacent',
      'Agreed.\n> line one\n> line two\nMore from me.\n  > later',
      ['quoted-line: > line one\n> line two', 'quoted-line:   > later'],
    ],
    [
      'Gmail attribution and everything after',
      'Yes.\n\nOn Mon, Nov 23, 2026 at 10:00 AM Ana Ruiz <ana@example.com> wrote:\n> ASAP please',
      ['reply-header: On Mon, Nov 23, 2026 at 10:00 AM Ana Ruiz <ana@example.com> wrote:\n> ASAP please'],
    ],
    [
      'a wrapped attribution',
      'Yes.\nOn Mon, Nov 23, 2026 at 10:00 AM Ana Ruiz <\nana@example.com> wrote:\n\nold',
      ['reply-header: On Mon, Nov 23, 2026 at 10:00 AM Ana Ruiz <\nana@example.com> wrote:\n\nold'],
    ],
    [
      'Outlook original message',
      'See below.\n-----Original Message-----\nFrom: Ravi\nurgent',
      ['original-message: -----Original Message-----\nFrom: Ravi\nurgent'],
    ],
    [
      'Outlook From/Sent header block',
      'See below.\n\nFrom: Ravi Shah\nSent: Monday, November 23, 2026 10:00 AM\nTo: Ana\nASAP',
      ['original-message: From: Ravi Shah\nSent: Monday, November 23, 2026 10:00 AM\nTo: Ana\nASAP'],
    ],
    [
      'a forwarded message',
      'FYI\n---------- Forwarded message ---------\nurgent',
      ['forwarded: ---------- Forwarded message ---------\nurgent'],
    ],
    ['"-- " signature', 'Thanks.\n-- \nAna Ruiz\nVP Platform', ['signature: -- \nAna Ruiz\nVP Platform']],
    [
      'quoted lines before a signature stay separate',
      '> old\nnew\n-- \nsig',
      ['quoted-line: > old', 'signature: -- \nsig'],
    ],
    [
      'CRLF line endings',
      'Yes.\r\n> quoted\r\nOn Mon, Ana wrote:\r\n> more',
      ['quoted-line: > quoted', 'reply-header: On Mon, Ana wrote:\r\n> more'],
    ],
    [
      "a reply answered inline: the writer's lines between the quotes are read",
      'On Mon, Nov 23, 2026 at 10:00 AM Ana Ruiz <ana@example.com> wrote:\n> Can we ship Friday?\n\nNo, the freeze starts Thursday.\n\n> And the docs?\nThey can wait.',
      [
        'reply-header: On Mon, Nov 23, 2026 at 10:00 AM Ana Ruiz <ana@example.com> wrote:\n> Can we ship Friday?',
        'quoted-line: > And the docs?',
      ],
    ],
    [
      'an inline reply still ends at its signature',
      'On Mon, Ana wrote:\n> Ship it?\nYes, today.\n-- \nRavi',
      ['reply-header: On Mon, Ana wrote:\n> Ship it?', 'signature: -- \nRavi'],
    ],
    [
      'a quote with nothing after it is still the tail',
      'Yes.\n\nOn Mon, Ana wrote:\n> ASAP please\n>\n> thanks\n\n',
      ['reply-header: On Mon, Ana wrote:\n> ASAP please\n>\n> thanks\n\n'],
    ],
    ['"On" in the writer\'s own words is not an attribution', 'On Monday we ship.\nShe wrote a memo.', []],
    ['a From: line without a header block', 'From: the team, thanks.\nCheckout first.', []],
  ])('%s', (_, text, expected) => {
    expect(show(text)).toEqual(expected);
  });
});

describe('blankRanges', () => {
  it('keeps offsets and line breaks', () => {
    const text = 'Hi\n> ASAP\r\nok';
    const blanked = blankRanges(text, findExcludedRanges(text));
    expect(blanked).toBe('Hi\n      \r\nok');
    expect(blanked).toHaveLength(text.length);
  });
});
