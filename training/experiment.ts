/** Quick comparison of settings by grouped 5-fold cross-validation and dev (development use). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeVectors, axisLogits, type VectorsArtifact } from '../lib/signals/model/model';
import { AXES, CLASSES, loadDev, loadTraining } from './data';
import { fitAxis, microF1, DEFAULT_SETTINGS, type FitSettings } from './learn';
import { featuresOf } from './prepare';
import { preparedCached } from './cache';
import { foldOf } from './folds';

const t0 = performance.now();
const train = preparedCached('train', loadTraining());
const dev = preparedCached('dev', loadDev());
console.log(`prepared ${train.length} + ${dev.length} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const vectors = decodeVectors(JSON.parse(readFileSync(resolve(import.meta.dirname, '../lib/signals/model/vectors.json'), 'utf8')) as VectorsArtifact);

function run(name: string, bits: number, useVectors: boolean, settings: FitSettings) {
  const fx = featuresOf(train, bits, useVectors ? vectors : null);
  const dx = featuresOf(dev, bits, useVectors ? vectors : null);
  const dims = useVectors ? vectors.dims : 0;
  const line: string[] = [];
  for (const axis of AXES) {
    const classes = CLASSES[axis];
    const label = (i: number, set = train) => classes.indexOf(set[i]!.example.labels[axis]);
    const oof = new Array<number>(train.length).fill(0);
    for (let fold = 0; fold < 5; fold += 1) {
      const rows = train.flatMap((p, i) => (foldOf(p.example.group) === fold ? [] : [{ features: fx[i]!, label: label(i) }]));
      const w = fitAxis(rows, classes, bits, dims, settings);
      train.forEach((p, i) => { if (foldOf(p.example.group) === fold) { const l = axisLogits(w, fx[i]!); oof[i] = l.indexOf(Math.max(...l)); } });
    }
    const enron = train.map((p, i) => i).filter((i) => train[i]!.example.source.startsWith('enron'));
    const written = train.map((p, i) => i).filter((i) => !train[i]!.example.source.startsWith('enron'));
    const cvE = microF1(enron.map((i) => label(i)), enron.map((i) => oof[i]!));
    const cvW = microF1(written.map((i) => label(i)), written.map((i) => oof[i]!));
    const w = fitAxis(train.map((p, i) => ({ features: fx[i]!, label: label(i) })), classes, bits, dims, settings);
    const dp = dx.map((f) => { const l = axisLogits(w, f); return l.indexOf(Math.max(...l)); });
    const dv = microF1(dev.map((_, i) => label(i, dev)), dp);
    line.push(`${axis} cvE ${cvE.f1.toFixed(3)} cvW ${cvW.f1.toFixed(3)} dev ${dv.f1.toFixed(3)} (P ${dv.p.toFixed(2)} R ${dv.r.toFixed(2)})`);
  }
  console.log(`${name}: ${line.join(' | ')}`);
}

const grid = process.argv.slice(2);
for (const spec of grid.length ? grid : ['base']) {
  const s: FitSettings = { ...DEFAULT_SETTINGS };
  let bits = 18;
  let vec = true;
  for (const part of spec.split(',')) {
    const [k, v] = part.split('=');
    if (k === 'bits') bits = Number(v);
    else if (k === 'novec') vec = false;
    else if (k && k in s) (s as unknown as Record<string, number>)[k] = Number(v);
  }
  run(spec, bits, vec, s);
}

// The lexicon rules alone, scored the same way (they were tuned on dev, never on train).
{
  const line: string[] = [];
  for (const axis of AXES) {
    const classes = CLASSES[axis];
    const rule = (set: typeof train) => set.map((p) => classes.indexOf(p.cues.find((c) => c.kind === axis && c.value !== 'far')?.value ?? 'none'));
    const gold = (set: typeof train) => set.map((p) => classes.indexOf(p.example.labels[axis]));
    const e = train.filter((p) => p.example.source.startsWith('enron'));
    const w = train.filter((p) => !p.example.source.startsWith('enron'));
    line.push(`${axis} trainE ${microF1(gold(e), rule(e)).f1.toFixed(3)} trainW ${microF1(gold(w), rule(w)).f1.toFixed(3)} dev ${microF1(gold(dev), rule(dev)).f1.toFixed(3)}`);
  }
  console.log(`rules: ${line.join(' | ')}`);
}
