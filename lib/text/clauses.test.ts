import { describe, expect, it } from 'vitest';
import { clauseBefore, contrastBreak, subjectBreak } from './clauses';

const before = (sentence: string, word: string) => clauseBefore(sentence, 0, sentence.indexOf(word));
const breaks = (pattern: RegExp, text: string) => [...text.matchAll(new RegExp(pattern.source, 'gi'))].map((m) => m[0]);

describe('clauseBefore: what can govern a cue', () => {
  it('starts afresh at punctuation, a contrast, a reason or a relative word', () => {
    expect(before('We are not sure, but the fix is urgent', 'urgent')).toBe(' the fix is ');
    expect(before('Nobody asked because the fix is urgent', 'urgent')).toBe(' the fix is ');
    expect(before('The ticket which is urgent', 'urgent')).toBe(' is ');
  });

  it('starts afresh at "and" before a new subject and its verb, not inside a list', () => {
    expect(before("We can't wait and the redesign is urgent", 'urgent')).toBe('the redesign is ');
    expect(before("Don't treat chatbot and support requests as urgent", 'urgent')).toBe(
      "Don't treat chatbot and support requests as ",
    );
  });

  it('never reaches before its sentence or farther back than a negation could', () => {
    const text = 'Not now. The fix is urgent';
    expect(clauseBefore(text, text.indexOf('The'), text.indexOf('urgent'))).toBe('The fix is ');
    const long = `Do not ${'wait '.repeat(40)}urgent`;
    expect(before(long, 'urgent').length).toBeLessThanOrEqual(150);
    expect(before(long, 'urgent')).not.toContain('Do not');
  });
});

describe('the three readings differ where their questions do', () => {
  const relative = 'the migration which Ana owns is urgent';
  it('a relative clause is a new statement for a cue, but the same subject for attribution', () => {
    expect(before(relative, 'urgent')).toBe(' Ana owns is ');
    expect(breaks(contrastBreak, relative)).toEqual([]);
    expect(breaks(contrastBreak, 'the migration is urgent; however the docs can wait')).toEqual([';', 'however']);
  });

  it('a fronted passive subject ends at an aside or at "that", and runs across "and"', () => {
    expect(subjectBreak.test('overflow from Leeds and Hull will be ')).toBe(false);
    expect(subjectBreak.test('overflow, which we keep, will be ')).toBe(true);
    expect(subjectBreak.test('the point that overflow will be ')).toBe(true);
    expect(before('the point that the fix is urgent', 'urgent')).toBe('the point that the fix is ');
  });
});
