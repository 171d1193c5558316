import { describe, expect, it } from 'vitest';
import { findingContext } from './finding-context';

const text = 'Hello team.\nThe mobile redesign is our top priority. Please ship it ASAP! Thanks.';
const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('findingContext', () => {
  it.each([
    ['top priority', 'The mobile redesign is our ', '.'],
    ['ASAP', 'Please ship it ', '!'],
    ['Hello', '', ' team.'],
    ['Thanks', '', '.'],
  ])('shows "%s" inside its sentence', (words, before, after) => {
    expect(findingContext(text, { signals: [] }, at(words))).toMatchObject({
      before,
      words,
      after,
      cutBefore: false,
      cutAfter: false,
    });
  });

  it("uses the report's sentence when a signal covers the words", () => {
    const { start, end } = at('top priority');
    const sentence = { start: text.indexOf('The mobile'), end: text.indexOf('ASAP!') + 5 };
    const signal = {
      kind: 'priority' as const,
      value: 'top',
      start,
      end,
      text: 'top priority',
      topic: 'mobile-redesign',
      rule: 'x',
      sentence,
    };
    expect(findingContext(text, { signals: [signal] }, { start, end }).after).toBe('. Please ship it ASAP!');
  });

  it('cuts a very long sentence and says so', () => {
    const long = `${'word '.repeat(100)}urgent ${'more '.repeat(100)}end.`;
    const start = long.indexOf('urgent');
    const context = findingContext(long, { signals: [] }, { start, end: start + 6 }, 20);
    expect(context).toMatchObject({ words: 'urgent', cutBefore: true, cutAfter: true });
    expect(context.before.length).toBeLessThanOrEqual(20);
  });

  it('clamps offsets outside the text', () => {
    expect(findingContext('short', { signals: [] }, { start: 3, end: 99 })).toMatchObject({
      before: 'sho',
      words: 'rt',
      after: '',
    });
  });
});
