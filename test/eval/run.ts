import { corpusAvailable, corpusDir, loadDevLabels, loadEmails } from './corpus';
import { evalOptions } from './eval-options';
import { axes, NONE, predictAll, scoreAxis, type AxisScore } from './score';

const fixed = (n: number) => n.toFixed(3);

function printConfusion(score: AxisScore): void {
  const values = [
    ...new Set([...Object.keys(score.confusion), ...Object.values(score.confusion).flatMap((row) => Object.keys(row))]),
  ].sort((a, b) => (a === NONE ? 1 : b === NONE ? -1 : a.localeCompare(b)));
  const width = Math.max(9, ...values.map((v) => v.length + 1));
  console.log(`  ${'gold \\ predicted'.padEnd(18)}${values.map((v) => v.padStart(width)).join('')}`);
  for (const gold of values) {
    const row = score.confusion[gold] ?? {};
    console.log(`  ${gold.padEnd(18)}${values.map((v) => String(row[v] ?? 0).padStart(width)).join('')}`);
  }
}

const dir = corpusDir();
if (!corpusAvailable(dir)) {
  console.error(`No labelled corpus at ${dir} (set CONSONANT_CORPUS to its directory).`);
  process.exit(1);
}
const started = performance.now();
const predictions = predictAll(loadEmails('dev', dir), loadDevLabels(dir), evalOptions);
const elapsed = performance.now() - started;
const verbose = process.argv.includes('--errors');
let tp = 0;
let fp = 0;
let fn = 0;
for (const axis of axes) {
  const score = scoreAxis(predictions, axis);
  tp += score.truePositives;
  fp += score.falsePositives;
  fn += score.falseNegatives;
  console.log(
    `\n${axis}: P ${fixed(score.precision)}  R ${fixed(score.recall)}  F1 ${fixed(score.f1)}  (tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})`,
  );
  printConfusion(score);
  if (verbose) {
    for (const { label, predicted, evidence } of predictions) {
      if (predicted[axis] === label[axis]) continue;
      console.log(
        `    gold ${label[axis]} / got ${predicted[axis]} ${evidence[axis]} | ${label.text.replace(/\s+/g, ' ').slice(0, 200)}`,
      );
    }
  }
}
const precision = tp / (tp + fp || 1);
const recall = tp / (tp + fn || 1);
console.log(
  `\ntotal: P ${fixed(precision)}  R ${fixed(recall)}  F1 ${fixed((2 * precision * recall) / (precision + recall || 1))}  over ${predictions.length} sentences in ${elapsed.toFixed(0)} ms`,
);
