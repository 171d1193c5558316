/**
 * Agreement between the first and the blind second annotator on each added batch: Cohen's κ and
 * F1 (non-none values, one annotator as reference) per axis; and, on `corpus-check-*.jsonl`, of
 * this project's annotators, labelling blind, against the corpus's own labels of the same
 * sentences (a random 300 of train-labels.jsonl): whether the added labels follow the corpus's
 * reading of the guidelines. `npx tsx training/agreement.ts`
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AXES, corpusDir, corpusProblem, labelsDir } from './data';
import { f1, kappa } from './kappa';

type Row = Record<string, string>;
const read = (f: string, dir = labelsDir): Row[] =>
  readFileSync(resolve(dir, f), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row);

const files = readdirSync(labelsDir);
const kinds = ['enron', 'written'] as const;
for (const kind of kinds) {
  const firsts = files.filter((f) => f.startsWith(`${kind}-`) && !f.includes('second')).flatMap((f) => read(f));
  const byId = new Map(firsts.map((r) => [r.key ?? r.id!, r]));
  const seconds = files.filter((f) => f.startsWith(`${kind}-`) && f.includes('second')).sort();
  const pooled: Array<readonly [Row, Row]> = [];
  const report = (name: string, pairs: ReadonlyArray<readonly [Row, Row]>) => {
    const parts = AXES.map((axis) => {
      const a = pairs.map(([x]) => x[axis]!);
      const b = pairs.map(([, y]) => y[axis]!);
      return `${axis} κ ${kappa(a, b).toFixed(2)} (F1 ${f1(a, b).toFixed(2)}, agree ${a.filter((x, i) => x === b[i]).length}/${a.length})`;
    });
    console.log(`${name} (${pairs.length} sentences): ${parts.join('  ')}`);
  };
  for (const file of seconds) {
    const pairs = read(file)
      .map((r) => [byId.get(r.key ?? r.id!), r] as const)
      .filter((p): p is readonly [Row, Row] => p[0] !== undefined);
    pooled.push(...pairs);
    report(file, pairs);
  }
  if (seconds.length > 1) report(`${kind}, all batches`, pooled);
}

// The corpus checks need the corpus's own labels; the batches above need only this repository.
const problem = corpusProblem();
if (problem) console.log(`corpus checks skipped: ${problem}`);
const corpus = new Map(problem ? [] : read('train-labels.jsonl', corpusDir()).map((r) => [r.key!, r]));
const checks = problem ? [] : files.filter((f) => f.startsWith('corpus-check-')).sort();
for (const file of checks) {
  const pairs = read(file).map((r) => [corpus.get(r.key!)!, r] as const);
  const parts = AXES.map((axis) => {
    const a = pairs.map(([x]) => x[axis]!);
    const b = pairs.map(([, y]) => y[axis]!);
    return `${axis} κ ${kappa(a, b).toFixed(2)} (F1 ${f1(a, b).toFixed(2)})`;
  });
  console.log(`${file} against the corpus's labels (${pairs.length} sentences): ${parts.join('  ')}`);
}
