import { describe, expect, it } from 'vitest';
import { spread } from './seed-spread';

describe('the spread of figures over seeds', () => {
  it('gives each figure its mean and range over the runs, axis by axis', () => {
    const s = spread([
      { dev: [0.9, 0.8, 0.7], 'fresh mean': [0.7, 0.6, 0.6] },
      { dev: [0.8, 0.8, 0.9], 'fresh mean': [0.8, 0.6, 0.5] },
    ]);
    expect(s.dev!.map((c) => [c.mean, c.low, c.high].map((x) => Number(x.toFixed(3))))).toEqual([
      [0.85, 0.8, 0.9],
      [0.8, 0.8, 0.8],
      [0.8, 0.7, 0.9],
    ]);
    expect(s['fresh mean']![2]).toEqual({ mean: 0.55, low: 0.5, high: 0.6 });
  });
});
