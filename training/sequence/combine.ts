/**
 * Development: adds the sequence reader's out-of-fold logits (files from fold.ts) to the shipped
 * linear layer's, times each of a few factors (100: the reader alone), and prints per axis the
 * cross-validated and dev F1 of the argmax and of the product's decision with its two settings
 * chosen as `npm run train` chooses them. Dev logits of the reader are its five fold models' mean.
 *   npx tsx training/sequence/combine.ts PREFIX   (reads PREFIX-0.json … PREFIX-4.json)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { axisLogits } from '../../lib/signals/model/model';
import { preparedCached } from '../cache';
import { AXES, loadDev, loadTraining, requireCorpus } from '../data';
import { DEFAULT_SETTINGS, f1Where, microF1 } from '../learn';
import { argmax, BITS, chooseSettings, fit, labelIndex, outOfFold, shippedVectors } from '../model';
import { featuresOf, type Prepared } from '../prepare';
import { hash } from '../../lib/signals/model/features';

requireCorpus();
const prefix = process.argv[2]!;
const train = preparedCached('train', loadTraining());
const dev = preparedCached('dev', loadDev());
const key = hash(JSON.stringify(DEFAULT_SETTINGS) + train.map((p) => p.example.id).join('|')).toString(16);
const cacheFile = resolve(import.meta.dirname, `../../.cache/linear-${key}.json`);
let linear: { oof: number[][][]; dev: number[][][] };
if (existsSync(cacheFile)) linear = JSON.parse(readFileSync(cacheFile, 'utf8'));
else {
  const vectors = shippedVectors();
  const fx = featuresOf(train, BITS, vectors);
  const dx = featuresOf(dev, BITS, vectors);
  linear = { oof: [], dev: [] };
  for (const axis of AXES) {
    linear.oof.push(outOfFold(train, fx, axis, vectors.dims).map((l) => [...l]));
    const w = fit(train, fx, axis, vectors.dims);
    linear.dev.push(dx.map((f) => [...axisLogits(w, f)]));
  }
  writeFileSync(cacheFile, JSON.stringify(linear));
}
const seqOof: number[][][] = new Array(train.length);
const seqDev: number[][][] = dev.map(() => AXES.map(() => [] as number[]));
for (let fold = 0; fold < 5; fold += 1) {
  const part = JSON.parse(readFileSync(`${prefix}-${fold}.json`, 'utf8')) as {
    oof: Record<string, number[][]>;
    dev: number[][][];
  };
  for (const [i, l] of Object.entries(part.oof)) seqOof[Number(i)] = l;
  part.dev.forEach((l, i) =>
    l.forEach((xs, a) => {
      const acc = seqDev[i]![a]!;
      xs.forEach((x, c) => (acc[c] = (acc[c] ?? 0) + x / 5));
    }),
  );
}
const isEnron = (p: Prepared) => p.example.source.startsWith('enron');
const f3 = (x: number) => x.toFixed(3);
for (const alpha of [0, 0.25, 0.5, 0.75, 1, 1.5, 100]) {
  const line = AXES.map((axis, a) => {
    const mix = (lin: number[], seq: number[]) =>
      Float64Array.from(lin, (x, c) => (alpha >= 100 ? seq[c]! : x + alpha * seq[c]!));
    const oof = train.map((_, i) => mix(linear.oof[a]![i]!, seqOof[i]![a]!));
    const devL = dev.map((_, i) => mix(linear.dev[a]![i]!, seqDev[i]![a]!));
    const gold = train.map((p) => labelIndex(p, axis));
    const pred = oof.map(argmax);
    const part = (keep: (p: Prepared) => boolean) => f1Where(train, gold, pred, keep);
    const d = microF1(
      dev.map((p) => labelIndex(p, axis)),
      devL.map(argmax),
    ).f1;
    const choice = chooseSettings(oof, train, devL, dev, axis);
    return `${axis} cvC ${f3(part((p) => p.example.source === 'enron'))} cvE ${f3(part(isEnron))} cvM ${f3(part((p) => p.example.source === 'modern-written'))} cvW ${f3(part((p) => !isEnron(p)))} dev ${f3(d)} | tuned cv ${f3(choice.cv)} dev ${f3(choice.dev)}`;
  });
  console.log(`alpha ${alpha}:\n  ${line.join('\n  ')}`);
}
