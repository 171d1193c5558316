import { describe, expect, it } from 'vitest';
import { FRESH_AXES, FRESH_WEIGHT, freshSentences, TRAINED_FRESH_SETS, type Example } from '../../training/data';
import { fit, SETTINGS } from '../../training/model';
import { featuresOf, prepare } from '../../training/prepare';
import { HELD_OUT_SETS } from '../eval/fresh';

describe('the fresh sets trained on', () => {
  const examples = freshSentences();

  it("reads every sentence of the first twelve sets, with its writer's labels, at the fresh weight", () => {
    expect(TRAINED_FRESH_SETS).toHaveLength(12);
    expect(examples).toHaveLength(14_596);
    expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
    expect(examples.every((e) => e.source === 'written-fresh' && e.weight === FRESH_WEIGHT)).toBe(true);
    expect(FRESH_WEIGHT).toBeLessThan(1);
    // Decision is not trained on them: it cost the corpus's own modern sentences (README, accuracy).
    expect(examples.every((e) => e.axes === FRESH_AXES)).toBe(true);
    expect(FRESH_AXES).toEqual(['urgency', 'priority']);
  });

  it("keeps a message's sentences in one fold group, and never reads a held-out set", () => {
    const first = examples.filter((e) => e.group === 'fresh-modern/gh-01');
    expect(first.length).toBeGreaterThan(1);
    expect(first.map((e) => e.id)).toEqual(first.map((_, i) => `fresh-modern/gh-01#${i + 1}`));
    const held = HELD_OUT_SETS.map(({ dir }) => dir.split('/').pop()!);
    expect(held).toEqual(['fresh-modern-13', 'fresh-modern-14', 'fresh-modern-15']);
    expect(examples.some((e) => held.some((set) => e.group.startsWith(`${set}/`)))).toBe(false);
  });
});

describe('an example trained on some axes only', () => {
  const example = (id: string, text: string, decision: string): Example => ({
    id,
    group: id,
    source: 'written-fresh',
    document: text,
    start: 0,
    end: text.length,
    labels: { urgency: 'none', priority: 'none', decision },
  });
  const base = [
    example('a', 'We have decided to ship the new importer.', 'decided'),
    example('b', 'The importer is still under review.', 'open'),
    example('c', 'Lunch is at noon.', 'none'),
  ];
  const extra = { ...example('d', 'Consensus is to keep the old parser.', 'decided'), axes: ['urgency'] as const };
  const weightsOf = (examples: Example[], axis: 'urgency' | 'decision') => {
    const prepared = prepare(examples);
    const settings = { ...SETTINGS, bag: 1, epochs: 2 };
    const w = fit(prepared, featuresOf(prepared, 12, null), axis, 0, settings, 12);
    return [...w.sparse, ...w.bias];
  };

  it('leaves the fit of every other axis as if it were not there, and counts on its own', () => {
    expect(weightsOf([...base, extra], 'decision')).toEqual(weightsOf(base, 'decision'));
    expect(weightsOf([...base, extra], 'urgency')).not.toEqual(weightsOf(base, 'urgency'));
  });
});
