/**
 * Development: fits the sequence reader on four folds (the grouped folds of `npm run eval`) and
 * writes its logits for the fifth and for dev; two folds at a time use both cores:
 *   seq 0 4 | xargs -P2 -I{} npx tsx training/sequence/fold.ts {} /tmp/gru-{}.json hidden=16,epochs=8
 *   npx tsx training/sequence/combine.ts /tmp/gru
 */
import { writeFileSync } from 'node:fs';
import { sequenceForward, sequenceInputs, EXTRA_INPUTS } from './reader';
import { preparedCached } from '../cache';
import { AXES, CLASSES, loadDev, loadTraining, requireCorpus } from '../data';
import { foldOf } from '../folds';
import { BITS, labelIndex, shippedVectors } from '../model';
import { featuresOf, type Prepared } from '../prepare';
import { fitSequence, SEQUENCE_SETTINGS, type SequenceSettings } from './fit';

requireCorpus();
const fold = Number(process.argv[2]);
const out = process.argv[3]!;
const settings: SequenceSettings = { ...SEQUENCE_SETTINGS };
for (const part of (process.argv[4] ?? '').split(',').filter(Boolean)) {
  const [k, v] = part.split('=');
  if (k && k in settings) settings[k as keyof SequenceSettings] = Number(v);
}
const train = preparedCached('train', loadTraining());
const dev = preparedCached('dev', loadDev());
const vectors = shippedVectors();
const rowsOf = (set: Prepared[]) =>
  featuresOf(set, BITS, vectors).map((f, i) => ({
    inputs: sequenceInputs(f, set[i]!.cues, vectors.dims, settings.embed > 0 ? 1 << settings.bits : 0),
    labels: AXES.map((axis) => labelIndex(set[i]!, axis)),
  }));
const rows = rowsOf(train);
const devRows = rowsOf(dev);
const heads = AXES.map((axis) => ({ axis, classes: CLASSES[axis] }));
const inFold = train.map((p) => foldOf(p.example.group) === fold);
const started = performance.now();
const fitted = fitSequence(
  rows.filter((_, i) => !inFold[i]),
  heads,
  vectors.dims + EXTRA_INPUTS,
  settings,
  (line) => console.log(`fold ${fold} ${line} (${((performance.now() - started) / 1000).toFixed(0)} s)`),
);
const logitsOf = (r: (typeof rows)[number]) => {
  const t = sequenceForward(fitted.weights, r.inputs);
  return AXES.map((axis) => [...t.logits[axis]!].map((x) => Number(x.toFixed(5))));
};
const oof: Record<number, number[][]> = {};
rows.forEach((r, i) => {
  if (inFold[i]) oof[i] = logitsOf(r);
});
writeFileSync(out, JSON.stringify({ oof, dev: devRows.map(logitsOf) }));
