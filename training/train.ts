/**
 * `npm run train`: rebuilds lib/signals/model/weights.json from the corpus ($CONSONANT_CORPUS,
 * default ../shared/corpora/enron-aeslc) and the repository's label files. Deterministic: the
 * same inputs give the same bytes. Dev labels are never trained on; with cross-validation they
 * choose two settings per axis (the none shift and the cue threshold).
 * `--out FILE` writes elsewhere (the reproducibility test compares it with the committed file);
 * `--seed N` fits from seeds N, N+1, … instead of the shipped ones, to measure how far a retraining
 * moves by chance (`test/eval/seed-spread.ts`).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { axisLogits, type AxisWeights } from '../lib/signals/model/model';
import { AXES, CLASSES, loadDev, loadTraining, type Axis, requireCorpus } from './data';
import { BITS, chooseSettings, fit, outOfFold, SETTINGS, shippedVectors, toArtifact } from './model';
import { featuresOf, prepare } from './prepare';

requireCorpus();

const started = performance.now();
const vectors = shippedVectors();
const examples = loadTraining();
const prepared = prepare(examples);
const features = featuresOf(prepared, BITS, vectors);
const dev = prepare(loadDev());
const devFeatures = featuresOf(dev, BITS, vectors);
const counts = new Map<string, number>();
for (const e of examples) counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
console.log(
  `${examples.length} labelled sentences (${[...counts].map(([s, n]) => `${s} ${n}`).join(', ')}), features ready in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);

const seedAt = process.argv.indexOf('--seed');
const settings = seedAt > 0 ? { ...SETTINGS, seed: Number(process.argv[seedAt + 1]) } : SETTINGS;
if (!Number.isInteger(settings.seed)) throw new Error(`--seed takes a whole number, not ${process.argv[seedAt + 1]}`);
const weights = {} as Record<Axis, AxisWeights>;
for (const axis of AXES) {
  const oof = outOfFold(prepared, features, axis, vectors.dims, 1, settings);
  const w = fit(prepared, features, axis, vectors.dims, settings);
  const choice = chooseSettings(
    oof,
    prepared,
    devFeatures.map((f) => axisLogits(w, f)),
    dev,
    axis,
  );
  w.noneShift = choice.shift;
  w.cueThreshold = choice.cueThreshold;
  weights[axis] = w;
  console.log(
    `${axis}: none shift ${choice.shift.toFixed(1)}, cue threshold ${choice.cueThreshold}: cross-validated F1 ${choice.cv.toFixed(3)}, dev F1 ${choice.dev.toFixed(3)} (sentence by sentence) over ${CLASSES[axis].length} values`,
  );
}
const outAt = process.argv.indexOf('--out');
const out =
  outAt > 0 && process.argv[outAt + 1]
    ? resolve(process.argv[outAt + 1]!)
    : resolve(import.meta.dirname, '../lib/signals/model/weights.json');
writeFileSync(out, `${JSON.stringify(toArtifact(weights, vectors.dims))}\n`);
console.log(`wrote ${out} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
