/**
 * `npm run train`: rebuilds lib/signals/model/weights.json from the corpus ($CONSONANT_CORPUS,
 * default ../shared/corpora/enron-aeslc) and the repository's label files. Deterministic: the
 * same inputs give the same bytes. Dev labels are never trained on: they stay for validation.
 * `--out FILE` writes elsewhere (the reproducibility test compares it with the committed file).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AxisWeights } from '../lib/signals/model/model';
import { AXES, CLASSES, loadTraining, type Axis } from './data';
import { microF1 } from './learn';
import { BITS, chooseCueThreshold, chooseNoneShift, decideAll, fit, labelIndex, outOfFold, shippedVectors, toArtifact } from './model';
import { featuresOf, prepare } from './prepare';

const started = performance.now();
const vectors = shippedVectors();
const examples = loadTraining();
const prepared = prepare(examples);
const features = featuresOf(prepared, BITS, vectors);
const counts = new Map<string, number>();
for (const e of examples) counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
console.log(`${examples.length} labelled sentences (${[...counts].map(([s, n]) => `${s} ${n}`).join(', ')}), features ready in ${((performance.now() - started) / 1000).toFixed(0)} s`);

const weights = {} as Record<Axis, AxisWeights>;
for (const axis of AXES) {
  const gold = prepared.map((p) => labelIndex(p, axis));
  const oof = outOfFold(prepared, features, axis, vectors.dims);
  const shift = chooseNoneShift(oof, gold);
  const cueThreshold = chooseCueThreshold(oof, shift, prepared, axis, gold);
  const cv = microF1(gold, decideAll(oof, shift, prepared, axis, cueThreshold));
  const w = fit(prepared, features, axis, vectors.dims);
  w.bias[0]! += shift;
  w.cueThreshold = cueThreshold;
  weights[axis] = w;
  console.log(`${axis}: none shift ${shift.toFixed(1)}, cue threshold ${cueThreshold}, cross-validated F1 ${cv.f1.toFixed(3)} (P ${cv.p.toFixed(3)} R ${cv.r.toFixed(3)}) over ${CLASSES[axis].length} values`);
}
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 && process.argv[outAt + 1] ? resolve(process.argv[outAt + 1]!) : resolve(import.meta.dirname, '../lib/signals/model/weights.json');
writeFileSync(out, `${JSON.stringify(toArtifact(weights, vectors.dims))}\n`);
console.log(`wrote ${out} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
