/** Agreement between two annotators' labels of the same items. */
import { microF1 } from './learn';

/** Cohen's κ. */
export function kappa(a: string[], b: string[]): number {
  const n = a.length;
  const values = [...new Set([...a, ...b])];
  const observed = a.filter((x, i) => x === b[i]).length / n;
  const expected = values.reduce(
    (s, v) => s + (a.filter((x) => x === v).length / n) * (b.filter((x) => x === v).length / n),
    0,
  );
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

/** F1 over the non-none values, `a` as the reference: counted by `microF1`, the values as classes (none first); 1 when neither gives a value. */
export function f1(a: string[], b: string[]): number {
  const values = ['none', ...new Set([...a, ...b].filter((v) => v !== 'none'))];
  const score = microF1(
    a.map((v) => values.indexOf(v)),
    b.map((v) => values.indexOf(v)),
  );
  const { tp, fp, fn } = score;
  return tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
}
