import { describe, expect, it } from 'vitest';
import { actionStem, baseForm, isIrregularPast } from './lemma';
import { stem } from './stem';

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

describe('actionStem: an act and its noun meet', () => {
  it.each([
    ['sell', 'sells', 'sold', 'selling', 'sale'],
    ['settle', 'settled', 'settlement', 'settlements'],
    ['adopt', 'adopted', 'adoption'],
    ['terminate', 'terminated', 'terminating', 'termination'],
    ['consolidate', 'consolidation'],
    ['cancel', 'cancelled', 'canceled', 'cancellation'],
    ['acquire', 'acquired', 'acquisition'],
    ['withdraw', 'withdrew', 'withdrawal'],
    ['complete', 'completed', 'completion'],
    ['create', 'creation'],
    ['migrate', 'migration'],
    ['pay', 'paid', 'payment'],
    ['renew', 'renewal'],
    ['postpone', 'postponement'],
  ])('%s and its family', (...words) => {
    expect(new Set(words.map(actionStem)).size).toBe(1);
  });

  it.each([
    ['sell', 'sales'],
    ['sell', 'seal'],
    ['settle', 'set'],
    ['pay', 'page'],
    ['merge', 'emerge'],
    ['adopt', 'adapt'],
    ['terminate', 'term'],
    ['approve', 'prove'],
    ['extend', 'extent'],
  ])('keeps %s apart from %s', (a, b) => {
    expect(actionStem(a)).not.toBe(actionStem(b));
  });

  it('reads the names of object properties as plain words', () => {
    const words = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];
    expect(words.map(actionStem)).toEqual(words.map(stem));
  });
});
