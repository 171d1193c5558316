/**
 * Compares settings by the same grouped 5-fold cross-validation as `npm run eval` and by dev
 * (development use; the model's plain argmax, without the shipped none shift and cue threshold):
 *   npx tsx training/experiment.ts bits=16 novec rate=0.2,positiveWeight=1 bag=1,epochs=12
 * and prints the lexicon rules alone on the same sentences for reference. `--all-labels` adds the
 * label rounds kept but not trained on (`NOT_TRAINED` in data.ts). cvC and cvM are the
 * corpus's own Enron and modern sentences (drawn as ordinary text is: the figures to choose by),
 * cvE and cvW all Enron and all written sentences.
 */
import { axisLogits } from '../lib/signals/model/model';
import { preparedCached } from './cache';
import { AXES, CLASSES, loadDev, loadTraining, requireCorpus } from './data';
import { DEFAULT_SETTINGS, f1Where, microF1, type FitSettings } from './learn';
import { argmax, BITS, fit, labelIndex, outOfFold, shippedVectors } from './model';
import { featuresOf, type Prepared } from './prepare';

requireCorpus();
const allLabels = process.argv.includes('--all-labels');
const train = preparedCached('train', loadTraining({ all: allLabels }));
const dev = preparedCached('dev', loadDev());
const vectors = shippedVectors();
const isEnron = (p: Prepared) => p.example.source.startsWith('enron');
const f3 = (x: number) => x.toFixed(3);

const specs = process.argv.slice(2).filter((a) => a !== '--all-labels');
for (const spec of specs.length ? specs : ['shipped']) {
  const settings: FitSettings = { ...DEFAULT_SETTINGS };
  let bits = BITS;
  let useVectors = true;
  for (const part of spec.split(',')) {
    const [key, value] = part.split('=');
    if (key === 'bits') bits = Number(value);
    else if (key === 'novec') useVectors = false;
    else if (key && key in settings) settings[key as keyof FitSettings] = Number(value);
  }
  const fx = featuresOf(train, bits, useVectors ? vectors : null);
  const dx = featuresOf(dev, bits, useVectors ? vectors : null);
  const dims = useVectors ? vectors.dims : 0;
  const line = AXES.map((axis) => {
    const gold = train.map((p) => labelIndex(p, axis));
    const oof = outOfFold(train, fx, axis, dims, 1, settings, bits).map(argmax);
    const part = (keep: (p: Prepared) => boolean) => f1Where(train, gold, oof, keep);
    const w = fit(train, fx, axis, dims, settings, bits);
    const devScore = microF1(
      dev.map((p) => labelIndex(p, axis)),
      dx.map((f) => argmax(axisLogits(w, f))),
    );
    return `${axis} cvC ${f3(part((p) => p.example.source === 'enron'))} cvE ${f3(part(isEnron))} cvM ${f3(part((p) => p.example.source === 'modern-written'))} cvW ${f3(part((p) => !isEnron(p)))} dev ${f3(devScore.f1)} (P ${devScore.p.toFixed(2)} R ${devScore.r.toFixed(2)})`;
  });
  console.log(`${spec}: ${line.join(' | ')}`);
}

// The lexicon rules alone, scored the same way (they were tuned on dev, never on train).
const rules = AXES.map((axis) => {
  const classes = CLASSES[axis];
  const score = (set: readonly Prepared[]) =>
    microF1(
      set.map((p) => labelIndex(p, axis)),
      set.map((p) => classes.indexOf(p.cues.find((c) => c.kind === axis && c.value !== 'far')?.value ?? 'none')),
    ).f1;
  return `${axis} trainE ${f3(score(train.filter(isEnron)))} trainW ${f3(score(train.filter((p) => !isEnron(p))))} dev ${f3(score(dev))}`;
});
console.log(`rules: ${rules.join(' | ')}`);
