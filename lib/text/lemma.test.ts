import { describe, expect, it } from 'vitest';
import { baseForm, isIrregularPast } from './lemma';

describe('baseForm', () => {
  it.each([
    ['built', 'build'],
    ['Sold', 'sell'],
    ['written', 'write'],
    ['cut', 'cut'],
    ['launched', 'launched'],
    ['left', 'left'],
  ])('%s → %s', (word, base) => {
    expect(baseForm(word)).toBe(base);
  });
});

describe('isIrregularPast', () => {
  it('knows irregular pasts and participles, and only them', () => {
    expect(['built', 'sold', 'taken', 'cut'].every(isIrregularPast)).toBe(true);
    expect(['build', 'sell', 'launched', 'left'].some(isIrregularPast)).toBe(false);
  });
});
