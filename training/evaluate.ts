/**
 * The model's figures, computed afresh (`npm run eval` runs this after the product-path dev score):
 * 5-fold cross-validation on the training labels (folds grouped by email), with and without the
 * written sentences; transfer from Enron alone to the written modern sentences; dev precision,
 * recall and confusion; and a learning curve at 25/50/100% of the labels.
 * `--json FILE` also writes the figures for the README's model card.
 */
import { writeFileSync } from 'node:fs';
import { axisLogits } from '../lib/signals/model/model';
import { AXES, CLASSES, loadDev, loadTraining, type Axis } from './data';
import { microF1 } from './learn';
import { BITS, chooseNoneShift, fit, labelIndex, outOfFold, predictWith, shippedVectors } from './model';
import { featuresOf, prepare, type Prepared } from './prepare';

const f3 = (x: number) => x.toFixed(3);
const vectors = shippedVectors();
const all = prepare(loadTraining());
const dev = prepare(loadDev());
const fx = featuresOf(all, BITS, vectors);
const dx = featuresOf(dev, BITS, vectors);
const isEnron = (p: Prepared) => p.example.source === 'enron' || p.example.source === 'enron-added';
const enronIdx = all.map((_, i) => i).filter((i) => isEnron(all[i]!));
const writtenIdx = all.map((_, i) => i).filter((i) => !isEnron(all[i]!));
const pick = <T>(xs: readonly T[], idx: readonly number[]) => idx.map((i) => xs[i]!);
const figures: Record<string, unknown> = { counts: { enron: enronIdx.length, written: writtenIdx.length, dev: dev.length } };

function confusion(axis: Axis, gold: number[], predicted: number[]): string {
  const classes = CLASSES[axis];
  const rows = classes.map((g, gi) => `    ${g.padEnd(9)}${classes.map((_, pi) => String(gold.filter((x, i) => x === gi && predicted[i] === pi).length).padStart(9)).join('')}`);
  return [`    ${'gold\\pred'.padEnd(9)}${classes.map((c) => c.padStart(9)).join('')}`, ...rows].join('\n');
}

console.log(`Training labels: ${enronIdx.length} Enron (corpus + added), ${writtenIdx.length} written for the project; dev ${dev.length}.`);
for (const axis of AXES) {
  const gold = all.map((p) => labelIndex(p, axis));
  const goldDev = dev.map((p) => labelIndex(p, axis));
  // Everything: the shipped recipe.
  const oof = outOfFold(all, fx, axis, vectors.dims);
  const shift = chooseNoneShift(oof, gold);
  const cvPred = predictWith(oof, shift);
  const cvEnron = microF1(pick(gold, enronIdx), pick(cvPred, enronIdx));
  const cvWritten = microF1(pick(gold, writtenIdx), pick(cvPred, writtenIdx));
  const w = fit(all, fx, axis, vectors.dims);
  const devPred = predictWith(dx.map((f) => axisLogits(w, f)), shift);
  const devScore = microF1(goldDev, devPred);
  // Enron alone: cross-validated on Enron, and its transfer to the written modern sentences.
  const enron = pick(all, enronIdx);
  const ex = pick(fx, enronIdx);
  const oofE = outOfFold(enron, ex, axis, vectors.dims);
  const shiftE = chooseNoneShift(oofE, pick(gold, enronIdx));
  const cvE = microF1(pick(gold, enronIdx), predictWith(oofE, shiftE));
  const wE = fit(enron, ex, axis, vectors.dims);
  const transfer = microF1(pick(gold, writtenIdx), predictWith(pick(fx, writtenIdx).map((f) => axisLogits(wE, f)), shiftE));
  const devE = microF1(goldDev, predictWith(dx.map((f) => axisLogits(wE, f)), shiftE));
  // Learning curve: the same folds, training on a share of each fold's training groups.
  const curve = [0.25, 0.5, 1].map((fraction) => {
    const o = fraction === 1 ? oof : outOfFold(all, fx, axis, vectors.dims, fraction);
    const pred = predictWith(o, shift);
    return { fraction, enron: microF1(pick(gold, enronIdx), pick(pred, enronIdx)).f1, written: microF1(pick(gold, writtenIdx), pick(pred, writtenIdx)).f1 };
  });
  figures[axis] = { shift, cvEnron, cvWritten, dev: devScore, enronOnly: { cv: cvE, transferToWritten: transfer, dev: devE }, curve };
  console.log(`\n${axis}`);
  console.log(`  cross-validated (all labels)   Enron P ${f3(cvEnron.p)} R ${f3(cvEnron.r)} F1 ${f3(cvEnron.f1)} | written F1 ${f3(cvWritten.f1)}`);
  console.log(`  dev (model alone, sentence)    P ${f3(devScore.p)} R ${f3(devScore.r)} F1 ${f3(devScore.f1)}`);
  console.log(confusion(axis, goldDev, devPred));
  console.log(`  without written sentences      cross-validated Enron F1 ${f3(cvE.f1)} | dev F1 ${f3(devE.f1)} | transfer to written F1 ${f3(transfer.f1)}`);
  console.log(`  learning curve (CV F1, Enron / written): ${curve.map((c) => `${c.fraction * 100}% ${f3(c.enron)} / ${f3(c.written)}`).join('  ')}`);
}
const json = process.argv.indexOf('--json');
if (json > 0 && process.argv[json + 1]) writeFileSync(process.argv[json + 1]!, `${JSON.stringify(figures, null, 2)}\n`);
