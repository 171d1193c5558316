import { describe, expect, it } from 'vitest';
import type { Report } from '../report';
import { formatText, lineColumn } from './format-text';

describe('lineColumn', () => {
  it.each([
    ['start of text', 'abc', 0, '1:1'],
    ['middle of the first line', 'abc', 2, '1:3'],
    ['start of the second line', 'ab\ncd', 3, '2:1'],
    ['after CRLF', 'ab\r\ncd', 5, '2:2'],
    ['third line', 'a\n\nxyz', 4, '3:2'],
  ])('%s', (_, text, offset, expected) => {
    const { line, column } = lineColumn(text, offset);
    expect(`${line}:${column}`).toBe(expected);
  });
});

const stats = { elapsedMs: 1, timedOut: false, checkedChars: 14 };
const finding = {
  rule: 'avoid-phrase',
  severity: 'warning' as const,
  start: 4,
  end: 14,
  text: 'fire drill',
  topic: null,
  message: 'The team agreed to avoid “fire drill”.',
  suggestion: 'Write a dated request instead.',
};

describe('formatText', () => {
  it('lists findings like a linter, with the suggestion under each, then a summary', () => {
    const report: Report = { signals: [], findings: [finding], excluded: [], stats };
    expect(formatText(report, 'Not fire drill', 'draft.txt')).toBe(
      [
        'draft.txt',
        '  1:5  warning  avoid-phrase  The team agreed to avoid “fire drill”.',
        '                              → Write a dated request instead.',
        '',
        'draft.txt: 1 problem (0 errors, 1 warning, 0 info)',
        '',
      ].join('\n'),
    );
  });

  it('says when only part of the text was read, the budget ran out or the check failed', () => {
    const report: Report = {
      signals: [],
      findings: [],
      excluded: [],
      stats: { ...stats, checkedChars: 4, timedOut: true, error: 'boom' },
    };
    expect(formatText(report, 'Not fire drill', '<stdin>')).toBe(
      '<stdin>: no problems (0 signals); read the first 4 of 14 characters; the time budget ran out before the end; internal error: boom\n',
    );
  });
});
