/**
 * Self-training, measured (development use; the model's plain argmax, as experiment.ts scores):
 * a teacher fitted on the training folds labels the unlabelled Enron train-pool sentences it is
 * sure of, and a student is fitted on the labels plus those guesses, weighted down. The pool of a
 * held-out fold's emails is never used for that fold, so nothing of a test email reaches its model.
 *   npx tsx training/self-train.ts tau=0.9,weight=0.3 tau=0.95,weight=0.5,positive=1
 * `positive=1` keeps only guesses of a value other than none; `cap=N` keeps at most N guesses per
 * value (the surest first). The guesses are never stored and never become labels: labels come from
 * people reading sentences; this only asks whether the model can learn more from the mail around them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectCues } from '../lib/signals';
import { extractFeatures, hash, type LexiconCue, type SentenceFeatures } from '../lib/signals/model/features';
import { axisLogits, softmax, type AxisWeights } from '../lib/signals/model/model';
import { cacheDir, lexiconSource, preparedCached } from './cache';
import { AXES, CLASSES, corpusDir, loadDev, loadTraining, requireCorpus, type Axis } from './data';
import { foldOf } from './folds';
import { f1Where, microF1, type Row } from './learn';
import { argmax, BITS, fitBagged, FOLDS, labelIndex, rowsOf, shippedVectors } from './model';
import { loadBodies, unlabelledPool } from './pool';
import { cuesWithin, ENRON_NOW, featuresOf, type Prepared } from './prepare';

requireCorpus();
const train = preparedCached('train', loadTraining());
const dev = preparedCached('dev', loadDev());
const vectors = shippedVectors();
const fx = featuresOf(train, BITS, vectors);
const dx = featuresOf(dev, BITS, vectors);
const f3 = (x: number) => x.toFixed(3);

/** The unlabelled pool: train-split sentences of 25–320 characters that no label covers, with their cues. */
function poolRows(): Array<{ group: string; features: SentenceFeatures }> {
  const pool = unlabelledPool(corpusDir());
  const file = resolve(
    cacheDir,
    `pool-cues-${hash([...lexiconSource(), pool.length, pool[0]?.key].join('|')).toString(16)}.json`,
  );
  let cues: LexiconCue[][];
  if (existsSync(file)) cues = JSON.parse(readFileSync(file, 'utf8')) as LexiconCue[][];
  else {
    const bodies = loadBodies(corpusDir());
    const analyses = new Map<string, ReturnType<typeof detectCues>>();
    cues = pool.map((s) => {
      let analysis = analyses.get(s.emailId);
      if (!analysis) {
        analysis = detectCues(bodies.get(s.emailId)!, { now: ENRON_NOW });
        analyses.set(s.emailId, analysis);
      }
      return cuesWithin(analysis, s);
    });
    writeFileSync(file, JSON.stringify(cues));
  }
  return pool.map((s, i) => ({ group: s.emailId, features: extractFeatures(s.text, cues[i]!, BITS, vectors) }));
}

const pool = poolRows();
console.log(`${train.length} labelled sentences, ${pool.length} unlabelled pool sentences`);

interface Spec {
  tau: number;
  weight: number;
  positive: boolean;
  cap: number;
}

/** The student of one training set: a teacher's sure guesses on the pool (outside `exclude`) added at `weight`. */
function student(
  labelled: readonly number[],
  axis: Axis,
  spec: Spec,
  exclude: (group: string) => boolean,
): AxisWeights {
  const rows = rowsOf(
    labelled.map((i) => train[i]!),
    labelled.map((i) => fx[i]!),
    axis,
  );
  const teacher = fitBagged(rows, axis, vectors.dims);
  if (spec.weight === 0) return teacher;
  const guesses: Array<{ row: Row; p: number }> = [];
  for (const r of pool) {
    if (exclude(r.group)) continue;
    const p = softmax(axisLogits(teacher, r.features));
    const c = argmax(p);
    if (p[c]! < spec.tau || (spec.positive && c === 0)) continue;
    guesses.push({ row: { features: r.features, label: c, weight: spec.weight }, p: p[c]! });
  }
  const kept = CLASSES[axis].flatMap((_, c) =>
    guesses
      .filter((g) => g.row.label === c)
      .sort((a, b) => b.p - a.p)
      .slice(0, spec.cap)
      .map((g) => g.row),
  );
  return fitBagged([...rows, ...kept], axis, vectors.dims);
}

const specs = process.argv.slice(2);
for (const text of specs.length ? specs : ['weight=0']) {
  const spec: Spec = { tau: 0.9, weight: 0.3, positive: false, cap: Infinity };
  for (const part of text.split(',')) {
    const [key, value] = part.split('=');
    if (key === 'tau') spec.tau = Number(value);
    else if (key === 'weight') spec.weight = Number(value);
    else if (key === 'positive') spec.positive = value === '1';
    else if (key === 'cap') spec.cap = Number(value);
  }
  const line = AXES.map((axis) => {
    const gold = train.map((p) => labelIndex(p, axis));
    const oof: number[] = new Array(train.length);
    for (let fold = 0; fold < FOLDS; fold += 1) {
      const labelled = train.map((_, i) => i).filter((i) => foldOf(train[i]!.example.group) !== fold);
      const w = student(labelled, axis, spec, (g) => foldOf(g) === fold);
      train.forEach((p, i) => {
        if (foldOf(p.example.group) === fold) oof[i] = argmax(axisLogits(w, fx[i]!));
      });
    }
    const part = (keep: (p: Prepared) => boolean) => f1Where(train, gold, oof, keep);
    const w = student(
      train.map((_, i) => i),
      axis,
      spec,
      () => false,
    );
    const d = microF1(
      dev.map((p) => labelIndex(p, axis)),
      dx.map((f) => argmax(axisLogits(w, f))),
    );
    return `${axis} cvC ${f3(part((p) => p.example.source === 'enron'))} cvA ${f3(part((p) => p.example.source === 'enron-added'))} cvM ${f3(part((p) => p.example.source === 'modern-written'))} dev ${f3(d.f1)}`;
  });
  console.log(`${text}: ${line.join(' | ')}`);
}
