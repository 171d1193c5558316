/**
 * The model's figures, computed afresh (`npm run eval` runs this after the product-path dev score):
 * 5-fold cross-validation on the training labels (folds grouped by email), with and without the
 * written sentences; transfer from Enron alone to the written modern sentences; dev precision,
 * recall and confusion; and a learning curve at 25/50/100% of the labels.
 * `--json FILE` also writes the figures for the README's model card.
 */
import { writeFileSync } from 'node:fs';
import { detectSignals } from '../lib/signals';
import { loadModel } from '../lib/signals/model/load';
import { axisLogits, decodeWeights, type AxisWeights } from '../lib/signals/model/model';
import { foldOf } from './folds';
import { AXES, CLASSES, loadDev, loadTraining, type Axis, requireCorpus } from './data';
import { microF1 } from './learn';
import { BITS, decideAll, fit, FOLDS, labelIndex, outOfFold, shippedVectors, toArtifact } from './model';
import { ENRON_NOW, featuresOf, MODERN_NOW, prepare, type Prepared } from './prepare';

requireCorpus();

const f3 = (x: number) => x.toFixed(3);
const SOURCES = ['enron', 'enron-added', 'modern-written', 'written-added', 'written-fresh'] as const;
const vectors = shippedVectors();
const all = prepare(loadTraining());
const dev = prepare(loadDev());
const fx = featuresOf(all, BITS, vectors);
const dx = featuresOf(dev, BITS, vectors);
const isEnron = (p: Prepared) => p.example.source === 'enron' || p.example.source === 'enron-added';
const enronIdx = all.map((_, i) => i).filter((i) => isEnron(all[i]!));
const writtenIdx = all.map((_, i) => i).filter((i) => !isEnron(all[i]!));
const pick = <T>(xs: readonly T[], idx: readonly number[]) => idx.map((i) => xs[i]!);
const figures: Record<string, unknown> = {
  counts: { enron: enronIdx.length, written: writtenIdx.length, dev: dev.length },
};

function confusion(axis: Axis, gold: number[], predicted: number[]): string {
  const classes = CLASSES[axis];
  const rows = classes.map(
    (g, gi) =>
      `    ${g.padEnd(9)}${classes.map((_, pi) => String(gold.filter((x, i) => x === gi && predicted[i] === pi).length).padStart(9)).join('')}`,
  );
  return [`    ${'gold\\pred'.padEnd(9)}${classes.map((c) => c.padStart(9)).join('')}`, ...rows].join('\n');
}

console.log(
  `Training labels: ${enronIdx.length} Enron (corpus + added), ${writtenIdx.length} written for the project; dev ${dev.length}.`,
);
const shipped = loadModel().weights;
for (const axis of AXES) {
  const { noneShift: shift = 0, cueThreshold = 1 } = shipped.axes[axis];
  const gold = all.map((p) => labelIndex(p, axis));
  const goldDev = dev.map((p) => labelIndex(p, axis));
  const decideOn = (logits: readonly Float64Array[], set: readonly Prepared[]) =>
    decideAll(logits, shift, set, axis, cueThreshold);
  // Everything: the shipped recipe, with the shipped none shift and cue threshold.
  const oof = outOfFold(all, fx, axis, vectors.dims);
  const cvPred = decideOn(oof, all);
  const cvEnron = microF1(pick(gold, enronIdx), pick(cvPred, enronIdx));
  const cvWritten = microF1(pick(gold, writtenIdx), pick(cvPred, writtenIdx));
  const w = fit(all, fx, axis, vectors.dims);
  const devPred = decideOn(
    dx.map((f) => axisLogits(w, f)),
    dev,
  );
  const devScore = microF1(goldDev, devPred);
  // Enron alone: cross-validated on Enron, and its transfer to the written modern sentences.
  const enron = pick(all, enronIdx);
  const ex = pick(fx, enronIdx);
  const cvE = microF1(pick(gold, enronIdx), decideOn(outOfFold(enron, ex, axis, vectors.dims), enron));
  const wE = fit(enron, ex, axis, vectors.dims);
  const written = pick(all, writtenIdx);
  const transfer = microF1(
    pick(gold, writtenIdx),
    decideOn(
      pick(fx, writtenIdx).map((f) => axisLogits(wE, f)),
      written,
    ),
  );
  const devE = microF1(
    goldDev,
    decideOn(
      dx.map((f) => axisLogits(wE, f)),
      dev,
    ),
  );
  // Learning curve: the same folds, training on a share of each fold's training groups.
  const curve = [0.25, 0.5, 1].map((fraction) => {
    const pred = fraction === 1 ? cvPred : decideOn(outOfFold(all, fx, axis, vectors.dims, fraction), all);
    return {
      fraction,
      enron: microF1(pick(gold, enronIdx), pick(pred, enronIdx)).f1,
      written: microF1(pick(gold, writtenIdx), pick(pred, writtenIdx)).f1,
    };
  });
  figures[axis] = {
    shift,
    cueThreshold,
    cvEnron,
    cvWritten,
    dev: devScore,
    enronOnly: { cv: cvE, transferToWritten: transfer, dev: devE },
    curve,
  };
  console.log(`\n${axis} (none shift ${shift}, cue threshold ${cueThreshold})`);
  console.log(
    `  cross-validated (all labels)   Enron P ${f3(cvEnron.p)} R ${f3(cvEnron.r)} F1 ${f3(cvEnron.f1)} | written P ${f3(cvWritten.p)} R ${f3(cvWritten.r)} F1 ${f3(cvWritten.f1)}`,
  );
  console.log(`  dev (sentence by sentence)     P ${f3(devScore.p)} R ${f3(devScore.r)} F1 ${f3(devScore.f1)}`);
  console.log(confusion(axis, goldDev, devPred));
  console.log(
    `  without written sentences      cross-validated Enron F1 ${f3(cvE.f1)} | dev F1 ${f3(devE.f1)} | transfer to written F1 ${f3(transfer.f1)}`,
  );
  console.log(
    `  learning curve (CV F1, Enron / written): ${curve.map((c) => `${c.fraction * 100}% ${f3(c.enron)} / ${f3(c.written)}`).join('  ')}`,
  );
}

// The product path, cross-validated: each fold's model runs inside detectSignals on the fold's own
// emails and written sentences (sentence by sentence as the extension does, with the clause rule),
// using the shipped none shift and cue threshold; a sentence takes the first signal of each kind.
{
  const predicted = new Map<number, Record<Axis, string>>();
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const trainIdx = all.map((_, i) => i).filter((i) => foldOf(all[i]!.example.group) !== fold);
    const axes = {} as Record<Axis, AxisWeights>;
    for (const axis of AXES) {
      const w = fit(pick(all, trainIdx), pick(fx, trainIdx), axis, vectors.dims);
      w.noneShift = shipped.axes[axis].noneShift;
      w.cueThreshold = shipped.axes[axis].cueThreshold;
      axes[axis] = w;
    }
    // Through the artifact, so a fold's model is quantised exactly as the shipped one.
    const model = { weights: decodeWeights(toArtifact(axes, vectors.dims)), vectors };
    const analyses = new Map<string, ReturnType<typeof detectSignals>>();
    all.forEach((p, i) => {
      if (foldOf(p.example.group) !== fold) return;
      let analysis = analyses.get(p.example.document);
      if (!analysis) {
        analysis = detectSignals(p.example.document, { now: isEnron(p) ? ENRON_NOW : MODERN_NOW, model });
        analyses.set(p.example.document, analysis);
      }
      const row = {} as Record<Axis, string>;
      for (const axis of AXES)
        row[axis] =
          analysis.signals.find((s) => s.kind === axis && s.start >= p.example.start && s.end <= p.example.end)
            ?.value ?? 'none';
      predicted.set(i, row);
    });
  }
  const product: Record<string, unknown> = {};
  console.log("\nproduct path (detectSignals with each fold's model), cross-validated");
  for (const axis of AXES) {
    const score = (idx: number[]) =>
      microF1(
        idx.map((i) => labelIndex(all[i]!, axis)),
        idx.map((i) => CLASSES[axis].indexOf(predicted.get(i)![axis])),
      );
    const e = score(enronIdx);
    const w = score(writtenIdx);
    product[axis] = { enron: e, written: w };
    console.log(
      `  ${axis.padEnd(9)} Enron P ${f3(e.p)} R ${f3(e.r)} F1 ${f3(e.f1)} | written P ${f3(w.p)} R ${f3(w.r)} F1 ${f3(w.f1)}`,
    );
    // By where the labels come from: the corpus's own sentences are drawn as its held-out test was;
    // the added Enron ones where the model was least sure, so they are harder by design.
    const bySource = Object.fromEntries(
      SOURCES.map((source) => [source, score(all.map((_, i) => i).filter((i) => all[i]!.example.source === source))]),
    );
    (product[axis] as Record<string, unknown>).bySource = bySource;
    console.log(
      `  ${''.padEnd(9)} by source F1: ${SOURCES.map((source) => `${source} ${f3(bySource[source]!.f1)}`).join(' | ')}`,
    );
  }
  figures.productPath = product;
}

const json = process.argv.indexOf('--json');
if (json > 0 && process.argv[json + 1]) writeFileSync(process.argv[json + 1]!, `${JSON.stringify(figures, null, 2)}\n`);
