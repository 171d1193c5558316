import { describe, expect, it } from 'vitest';
import { softmax } from '../../lib/signals/model/model';
import { sequenceForward } from '../../training/sequence/reader';
import { rng } from '../../training/random';
import { addGradient, fitSequence, layout, view } from '../../training/sequence/fit';

const heads = [
  { axis: 'a', classes: ['none', 'y', 'z'] },
  { axis: 'b', classes: ['none', 'q'] },
];

describe('the sequence reader', () => {
  it('back-propagates the gradient of its loss (checked against finite differences)', () => {
    // Seven inputs per token and a learned word vector of two from four buckets.
    const l = layout(9, 3, heads, 2, 4);
    const random = rng(3);
    const theta = new Float64Array(l.size).map(() => (random() * 2 - 1) * 0.8);
    const inputs = {
      rows: Array.from({ length: 5 }, () =>
        Float32Array.from({ length: 7 }, () => (random() < 0.3 ? 0 : random() * 2 - 1)),
      ),
      buckets: Int32Array.from([0, 3, 1, 3, 2]),
    };
    const labels = [2, 0];
    const lossOf = (th: Float64Array) => {
      const trace = sequenceForward(view(th, l), inputs);
      return heads.reduce((sum, h, i) => {
        const p = softmax(trace.logits[h.axis]!);
        return sum - (labels[i] === 0 ? 1 : 2.5) * Math.log(p[labels[i]!]!);
      }, 0);
    };
    const grad = new Float64Array(l.size);
    const loss = addGradient(view(theta, l), view(grad, l), sequenceForward(view(theta, l), inputs), labels, l, 2.5);
    expect(loss).toBeCloseTo(lossOf(theta), 10);
    let worst = 0;
    for (let i = 0; i < l.size; i += 1) {
      const up = Float64Array.from(theta);
      const down = Float64Array.from(theta);
      up[i]! += 1e-5;
      down[i]! -= 1e-5;
      const numeric = (lossOf(up) - lossOf(down)) / 2e-5;
      worst = Math.max(worst, Math.abs(numeric - grad[i]!) / Math.max(1e-6, Math.abs(numeric) + Math.abs(grad[i]!)));
    }
    expect(worst).toBeLessThan(1e-5);
  });

  it('learns an order-dependent rule that no bag of words can express', () => {
    // Two tokens A and B: the class is y when A comes before B, z when B comes before A.
    const A = Float32Array.from([1, 0]);
    const B = Float32Array.from([0, 1]);
    const filler = Float32Array.from([0, 0]);
    const at = (rows: Float32Array[]) => ({ rows, buckets: new Int32Array(rows.length) });
    const random = rng(5);
    const rows = Array.from({ length: 200 }, () => {
      const seq = [filler, filler, filler];
      const first = Math.floor(random() * 2);
      const ab = random() < 0.5;
      seq.splice(first, 0, ab ? A : B);
      seq.splice(first + 1 + Math.floor(random() * 2), 0, ab ? B : A);
      return { inputs: at(seq), labels: [ab ? 1 : 2, 0] };
    });
    const fitted = fitSequence(rows, heads, 2, {
      hidden: 4,
      embed: 0,
      bits: 0,
      epochs: 30,
      rate: 0.02,
      batch: 8,
      l2: 0,
      clip: 5,
      seed: 1,
      positiveWeight: 1,
    });
    const right = rows.filter((r) => {
      const logits = sequenceForward(fitted.weights, r.inputs).logits.a!;
      return (logits[1]! > logits[2]! ? 1 : 2) === r.labels[0];
    }).length;
    expect(right / rows.length).toBeGreaterThan(0.95);
  });

  it('gives the same weights from the same data and seed', () => {
    const rows = [
      {
        inputs: { rows: [Float32Array.from([1, 0]), Float32Array.from([0, 1])], buckets: Int32Array.from([1, 2]) },
        labels: [1, 1],
      },
      { inputs: { rows: [Float32Array.from([0, 1])], buckets: Int32Array.from([2]) }, labels: [0, 0] },
    ];
    const settings = {
      hidden: 3,
      embed: 2,
      bits: 2,
      epochs: 3,
      rate: 0.01,
      batch: 2,
      l2: 1e-5,
      clip: 5,
      seed: 9,
      positiveWeight: 2,
    };
    expect(fitSequence(rows, heads, 2, settings).theta).toEqual(fitSequence(rows, heads, 2, settings).theta);
  });
});
