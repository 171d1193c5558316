import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../report';
import { toJsonlResult } from './jsonl';
import { checkExit } from './exit-code';

const finding = (severity: Finding['severity']): Finding => ({
  rule: 'r',
  severity,
  start: 0,
  end: 1,
  text: 'x',
  topic: null,
  message: 'm',
  suggestion: 's',
});
const report = (findings: Finding[], error?: string): Report => ({
  signals: [],
  findings,
  excluded: [],
  stats: { elapsedMs: 1, timedOut: false, checkedChars: 1, ...(error ? { error } : {}) },
});

describe('check exit code', () => {
  it.each<[string, Report, number, RegExp | null]>([
    ['clean', report([]), 0, null],
    ['a warning alone', report([finding('warning')]), 0, null],
    ['an error finding', report([finding('error'), finding('info')]), 1, null],
    [
      'a check that failed inside, even with no findings',
      report([], 'profile names: Invalid regular expression'),
      2,
      /^consonant: the check failed inside, so findings may be missing: profile names: Invalid regular expression\n$/,
    ],
    [
      'a failure beside an error finding',
      report([finding('error')], 'urgency-on-paused: boom'),
      2,
      /urgency-on-paused: boom/,
    ],
  ])('%s', (_, given, code, stderr) => {
    const exit = checkExit(given);
    expect(exit.code).toBe(code);
    if (stderr) expect(exit.stderr).toMatch(stderr);
    else expect(exit.stderr).toBe('');
  });

  it('puts the failure on the --jsonl line, after the contract keys', () => {
    expect(Object.keys(toJsonlResult(1, report([])))).toEqual(['id', 'signals', 'findings']);
    expect(toJsonlResult('a', report([], 'boom'))).toEqual({ id: 'a', signals: [], findings: [], error: 'boom' });
  });
});
