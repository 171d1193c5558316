// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingsList } from './FindingsList';
import { avoid, paused, thread } from './sample-findings';

afterEach(cleanup);

describe('FindingsList', () => {
  it('lists one cue about two paused items as two findings, and updates each on its own', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const portal = {
      ...paused,
      topic: 'partner-portal',
      message: 'Partner portal is paused, but the draft says “ASAP”.',
    };
    const { rerender } = render(<FindingsList findings={[paused, portal]} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    rerender(<FindingsList findings={[portal]} />);
    expect(screen.getByRole('listitem').textContent).toContain('Partner portal is paused');
    expect(error.mock.calls.flat().join(' ')).not.toMatch(/same key/);
    error.mockRestore();
  });

  it('shows no “Your words” for a finding about the profile itself, which quotes nothing', () => {
    const stale = {
      ...paused,
      rule: 'stale-profile',
      severity: 'info' as const,
      start: 0,
      end: 0,
      text: '',
      message: 'The team profile was due for review on 2026-12-04.',
    };
    render(<FindingsList findings={[stale]} words={() => 'Team, get the new app out ASAP.'} />);
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain('due for review');
    expect(item.textContent).not.toContain('Your words');
    expect(item.textContent).not.toContain('get the new app out');
  });

  it('shows the evidence: the draft’s words, the profile entry with its provenance, and the suggestion', () => {
    render(<FindingsList findings={[paused]} />);
    const item = screen.getByRole('listitem');
    const text = item.textContent ?? '';
    expect(text).toContain('“ASAP”');
    expect(text).toContain('Mobile redesign');
    expect(within(item).getByText('paused')).toBeTruthy();
    expect(within(item).getByText('Ravi Shah')).toBeTruthy();
    expect(text).toContain('Paused until Q2 to free up checkout work');
    expect(text).toMatch(/Profile version 2026-11-20\.3, updated .*2026 by Ana Ruiz/);
    expect(text).toContain('Say when it resumes instead of “ASAP”.');
  });

  it('names a finding in the subject line as the subject, and offers no “Show in draft” for it', () => {
    const onShow = vi.fn();
    const inSubject = { ...paused, field: 'subject' as const, start: 0, end: 6, text: 'URGENT', context: undefined };
    render(<FindingsList findings={[inSubject, paused]} onShow={onShow} />);
    const [subjectItem, bodyItem] = screen.getAllByRole('listitem');
    expect(subjectItem!.textContent).toContain('Your subject “URGENT”');
    expect(within(subjectItem!).queryByRole('button', { name: 'Show in draft' })).toBeNull();
    expect(bodyItem!.textContent).toContain('Your words');
    expect(within(bodyItem!).getByRole('button', { name: 'Show in draft' })).toBeTruthy();
  });

  it('names the severity in words, most severe first', () => {
    render(<FindingsList findings={[avoid, paused]} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((i) => i.querySelector('.cs-badge')?.textContent)).toEqual(['Conflict', 'Warning']);
  });

  it('shows a finding without a profile entry (a norm phrase) without inventing one', () => {
    render(<FindingsList findings={[avoid]} />);
    expect(screen.queryByText(/Profile says/)).toBeNull();
    expect(screen.getByRole('listitem').textContent).toContain('“fire drill”');
  });

  it('shows both quotes of a thread finding, each labelled: who wrote the earlier one and when, and your reply', () => {
    render(<FindingsList findings={[thread]} />);
    const quotes = [...screen.getByRole('listitem').querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes).toEqual([
      'Ana Ruiz, Nov 23 “No rush on the board deck, next week is fine.”',
      'Your reply “by end of day”',
    ]);
    expect(screen.queryByText(/Profile says/)).toBeNull();
  });

  it('labels earlier words whose writer and date the quote did not give', () => {
    render(
      <FindingsList
        findings={[{ ...thread, thread: { author: null, date: null, text: 'The board deck can wait.' } }]}
      />,
    );
    expect(screen.getByRole('listitem').querySelector('blockquote')?.textContent).toBe(
      'Earlier message “The board deck can wait.”',
    );
  });

  it('shows the words marked in their sentence, and how the sentence named the item through an alias', () => {
    const inSentence = {
      ...paused,
      context: { before: 'Team, please get the new app out ', after: ', the board is asking.' },
      via: { words: 'new app', alias: 'new app' },
    };
    render(<FindingsList findings={[inSentence]} />);
    const quote = screen.getByRole('listitem').querySelector('.cs-quote')!;
    expect(quote.querySelector('q')?.textContent).toBe('Team, please get the new app out ASAP, the board is asking.');
    expect(quote.querySelector('mark')?.textContent).toBe('ASAP');
    expect(quote.textContent).toContain('(“new app” → Mobile redesign, an alias in the profile)');
  });

  it('says nothing of aliases when the item was named by its own name', () => {
    render(<FindingsList findings={[{ ...paused, context: { before: 'The mobile redesign, ', after: '.' } }]} />);
    expect(screen.getByRole('listitem').textContent).not.toMatch(/alias/);
  });

  it('renders the draft’s words as text, never as markup', () => {
    render(<FindingsList findings={[{ ...avoid, text: '<img src=x onerror=alert(1)>' }]} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('listitem').textContent).toContain('“<img src=x onerror=alert(1)>”');
  });
});
