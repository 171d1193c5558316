/** Agreement between two annotators' labels of the same items. */

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

/** F1 over the non-none values, `a` as the reference. */
export function f1(a: string[], b: string[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  a.forEach((x, i) => {
    const y = b[i]!;
    if (y !== 'none' && x === y) tp += 1;
    else {
      if (y !== 'none') fp += 1;
      if (x !== 'none') fn += 1;
    }
  });
  return tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn);
}
