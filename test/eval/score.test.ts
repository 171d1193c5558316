import { describe, expect, it } from 'vitest';
import type { LabelledSentence } from './corpus';
import { pairedDifference } from './compare';
import { bootstrapF1, scoreAxis, type Prediction } from './score';

/** One sentence of message `emailId` with a gold and a predicted urgency. */
function sentence(emailId: string, gold: string, guess: string): Prediction {
  const label = { key: `${emailId}@0-1`, text: 'x', urgency: gold, priority: 'none', decision: 'none' };
  return {
    label: { ...label, pool: 'test', emailId, start: 0, end: 1 } as LabelledSentence,
    predicted: { urgency: guess, priority: 'none', decision: 'none' },
    evidence: { urgency: '', priority: '', decision: '' },
  };
}

describe('bootstrapF1', () => {
  it('gives no width when every message scores the same', () => {
    const predictions = Array.from({ length: 30 }, (_, i) => [
      sentence(`m${i}`, 'urgent', 'urgent'),
      sentence(`m${i}`, 'urgent', 'none'),
    ]).flat();
    const { low, high } = bootstrapF1(predictions, 'urgency');
    expect(scoreAxis(predictions, 'urgency').f1).toBeCloseTo(2 / 3);
    expect(low).toBeCloseTo(2 / 3);
    expect(high).toBeCloseTo(2 / 3);
  });

  it('brackets the figure, and narrows as messages are added', () => {
    const messages = (n: number) =>
      Array.from({ length: n }, (_, i) => sentence(`m${i}`, 'urgent', i % 3 === 0 ? 'none' : 'urgent'));
    const small = messages(30);
    const large = messages(300);
    const f1 = scoreAxis(small, 'urgency').f1;
    const narrow = bootstrapF1(large, 'urgency');
    const wide = bootstrapF1(small, 'urgency');
    expect(wide.low).toBeLessThan(f1);
    expect(wide.high).toBeGreaterThan(f1);
    expect(narrow.high - narrow.low).toBeLessThan((wide.high - wide.low) / 2);
  });

  it('resamples messages, not sentences: a message counts whole', () => {
    // Half the messages are all right, half all wrong: resampling sentences one by one would give a
    // far narrower interval than resampling the ten messages they come from.
    const predictions = Array.from({ length: 10 }, (_, i) =>
      Array.from({ length: 20 }, () => sentence(`m${i}`, 'urgent', i < 5 ? 'urgent' : 'none')),
    ).flat();
    const { low, high } = bootstrapF1(predictions, 'urgency');
    expect(high - low).toBeGreaterThan(0.3);
  });

  it('repeats exactly from its seed', () => {
    const predictions = Array.from({ length: 40 }, (_, i) => sentence(`m${i}`, 'urgent', i % 2 ? 'urgent' : 'relaxed'));
    expect(bootstrapF1(predictions, 'urgency')).toEqual(bootstrapF1(predictions, 'urgency'));
  });
});

describe('pairedDifference', () => {
  const messages = (n: number, right: (i: number) => boolean) =>
    Array.from({ length: n }, (_, i) => [
      sentence(`m${i}`, 'urgent', right(i) ? 'urgent' : 'none'),
      sentence(`m${i}`, 'none', 'none'),
    ]).flat();

  it('is zero, with no width, for the same predictions', () => {
    const a = messages(40, (i) => i % 2 === 0);
    expect(pairedDifference(a, a, 'urgency')).toEqual({ difference: 0, low: 0, high: 0 });
  });

  it('excludes zero when the candidate mends a third of the messages and breaks none', () => {
    const a = messages(60, (i) => i % 3 !== 0 && i % 3 !== 1);
    const b = messages(60, (i) => i % 3 !== 0);
    const d = pairedDifference(a, b, 'urgency');
    expect(d.difference).toBeCloseTo(scoreAxis(b, 'urgency').f1 - scoreAxis(a, 'urgency').f1);
    expect(d.low).toBeGreaterThan(0);
  });

  it('straddles zero when the candidate mends as many messages as it breaks', () => {
    const a = messages(60, (i) => i % 2 === 0);
    const b = messages(60, (i) => i % 2 === 1);
    const d = pairedDifference(a, b, 'urgency');
    expect(d.difference).toBe(0);
    expect(d.low).toBeLessThan(0);
    expect(d.high).toBeGreaterThan(0);
  });

  it('refuses predictions over different messages', () => {
    expect(() =>
      pairedDifference(
        messages(10, () => true),
        messages(11, () => true),
        'urgency',
      ),
    ).toThrow(/same messages/);
  });
});
