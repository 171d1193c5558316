import { describe, expect, it } from 'vitest';
import { parseAttribution, parseQuotedHistory, personOf, shortDate } from './quoted-history';

describe('parseQuotedHistory', () => {
  it('reads a Gmail attribution and its > lines, and the older message they quote', () => {
    const text = [
      'I need the board deck by end of day.',
      '',
      'On Mon, Nov 23, 2026 at 9:14 AM Ana Ruiz <ana@example.com> wrote:',
      '> Hi all, no rush on the board deck.',
      '>',
      '> On Sun, Nov 22, 2026 at 8:00 PM Dev Patel <dev@example.com> wrote:',
      '>> The board deck is urgent.',
    ].join('\n');
    expect(parseQuotedHistory(text)).toEqual([
      { author: 'Ana Ruiz', date: 'Mon, Nov 23, 2026 at 9:14 AM', text: 'Hi all, no rush on the board deck.' },
      { author: 'Dev Patel', date: 'Sun, Nov 22, 2026 at 8:00 PM', text: 'The board deck is urgent.' },
    ]);
  });

  it('reads an attribution a client wrapped over two lines', () => {
    const text = 'Fine.\n\nOn Mon, Nov 23, 2026 at 9:14 AM Ana Ruiz <\nana@example.com> wrote:\n> We paused it.';
    expect(parseQuotedHistory(text)).toEqual([
      { author: 'Ana Ruiz', date: 'Mon, Nov 23, 2026 at 9:14 AM', text: 'We paused it.' },
    ]);
  });

  it('reads "-----Original Message-----" with an Exchange name, and stops the message at its signature', () => {
    const text =
      'Please get it ASAP.\n\n-----Original Message-----\nFrom: Bellini, Marco <marco@example.com>\nSent: Monday, November 23, 2026 9:14 AM\nTo: Team <team@example.com>\nSubject: RE: questionnaire\n\nThe questionnaire can wait.\n\n-- \nMarco\n';
    expect(parseQuotedHistory(text)).toEqual([
      { author: 'Marco Bellini', date: 'Monday, November 23, 2026 9:14 AM', text: 'The questionnaire can wait.' },
    ]);
  });

  it('reads the "____ / From: / Sent: / To: / Subject:" block, each older message in turn', () => {
    const text = [
      'Urgent now.',
      '',
      '________________________________',
      'From: Priya Nair <priya@example.com>',
      'Sent: Monday, 23 November 2026 09:14',
      'To: Ana Ruiz <ana@example.com>',
      'Subject: Survey',
      '',
      'Take your time with the onboarding survey.',
      '________________________________',
      'From: Dev Patel',
      'Sent: Sunday, 22 November 2026 08:00',
      'To: Priya Nair',
      'Subject: Survey',
      '',
      'Older words.',
    ].join('\n');
    expect(parseQuotedHistory(text)).toEqual([
      {
        author: 'Priya Nair',
        date: 'Monday, 23 November 2026 09:14',
        text: 'Take your time with the onboarding survey.',
      },
      { author: 'Dev Patel', date: 'Sunday, 22 November 2026 08:00', text: 'Older words.' },
    ]);
  });

  it('reads a quote block as a page holds it: the attribution, then the message unprefixed', () => {
    expect(
      parseQuotedHistory('On Nov 23, 2026, at 9:14 AM, "Ruiz, Ana" <ana@example.com> wrote:\nThe office move is open.'),
    ).toEqual([{ author: 'Ana Ruiz', date: 'Nov 23, 2026, at 9:14 AM', text: 'The office move is open.' }]);
  });

  it('reads > lines without a header as a message by an unknown writer', () => {
    expect(parseQuotedHistory('> The office move is not decided.\nGreat news that it is decided.')).toEqual([
      { author: null, date: null, text: 'The office move is not decided.' },
    ]);
  });

  it('finds nothing in a new message, a signature or a sentence that starts with "From:"', () => {
    expect(parseQuotedHistory('The board deck is urgent.\n-- \nAna')).toEqual([]);
    expect(parseQuotedHistory('From: the team, with thanks.\nSee you Monday.')).toEqual([]);
    expect(parseQuotedHistory('')).toEqual([]);
  });
});

describe('the parts of a header', () => {
  it.each([
    ['On Mon, Nov 23, 2026 at 9:14 AM Ana Ruiz <ana@example.com> wrote:', 'Ana Ruiz', 'Mon, Nov 23, 2026 at 9:14 AM'],
    ['On 23/11/2026 09:14, Ana Ruiz wrote:', 'Ana Ruiz', '23/11/2026 09:14'],
    ['On Monday, Ana Ruiz wrote:', 'Ana Ruiz', 'Monday'],
    ['On Mon, Nov 23, 2026 at 9:14 AM <ana@example.com> wrote:', 'ana@example.com', 'Mon, Nov 23, 2026 at 9:14 AM'],
  ])('%s', (line, author, date) => {
    expect(parseAttribution(line)).toEqual({ author, date });
  });

  it.each([
    ['Ana Ruiz <ana@example.com>', 'Ana Ruiz'],
    ['"Ruiz, Ana" <ana@example.com>', 'Ana Ruiz'],
    ['Ana Ruiz [mailto:ana@example.com]', 'Ana Ruiz'],
    ['ana@example.com', 'ana@example.com'],
  ])('%s is %s', (from, name) => {
    expect(personOf(from)).toBe(name);
  });

  it.each([
    ['Mon, Nov 23, 2026 at 9:14 AM', 'Nov 23'],
    ['Monday, 23 November 2026 09:14', 'Nov 23'],
    ['2026-11-23T09:14:00Z', 'Nov 23'],
    ['23/11/2026 09:14', '23/11/2026 09:14'],
  ])('%s reads as %s', (date, short) => {
    expect(shortDate(date)).toBe(short);
  });
});
