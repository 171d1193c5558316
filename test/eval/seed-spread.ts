/**
 * How far a retraining moves by chance. Fits the model from several seeds (`train.ts --seed`, the
 * same data, lexicon and search for settings) and scores each fit through the product path on dev
 * and on every held-out fresh set of modern messages (not those trained on), then prints each
 * figure's mean and range over the seeds. A change that needs the model retrained is told from its seed only by a difference larger
 * than that range: run this on a checkout of main with `--json BASE.json`, then on the candidate
 * with `--against BASE.json`, which prints the difference of the means beside the two ranges.
 *   npx tsx test/eval/seed-spread.ts [--seeds 7,107,207] [--json OUT.json] [--against BASE.json]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadModel, type Model } from '../../lib/signals/model/load';
import { decodeWeights, type WeightsArtifact } from '../../lib/signals/model/model';
import { corpusAvailable, corpusDir, loadDevLabels, loadEmails } from './corpus';
import { evalOptions } from './eval-options';
import { HELD_OUT_SETS, loadFresh, predictFresh } from './fresh';
import { axes, predictAll, scoreAxis } from './score';

/** F1 per axis, by what it was measured on ("dev", "first set", …, "fresh mean"). */
export type Scores = Record<string, number[]>;

/** The F1 of one model on dev and on each held-out fresh set, with their mean. */
export function scoresOf(model: Model): Scores {
  const out: Scores = {};
  if (corpusAvailable()) {
    const dev = predictAll(loadEmails('dev', corpusDir()), loadDevLabels(corpusDir()), (email) => ({
      ...evalOptions(email),
      model,
    }));
    out.dev = axes.map((axis) => scoreAxis(dev, axis).f1);
  }
  const fresh: number[][] = [];
  for (const { name, dir } of HELD_OUT_SETS) {
    if (!existsSync(dir)) continue;
    const predictions = loadFresh(dir).flatMap((set) => predictFresh(set, model));
    out[name] = axes.map((axis) => scoreAxis(predictions, axis).f1);
    fresh.push(out[name]);
  }
  out['fresh mean'] = axes.map((_, a) => fresh.reduce((sum, f) => sum + f[a]!, 0) / fresh.length);
  return out;
}

/** Each figure's mean and range over the seeds. */
export function spread(runs: readonly Scores[]): Record<string, Array<{ mean: number; low: number; high: number }>> {
  const out: Record<string, Array<{ mean: number; low: number; high: number }>> = {};
  for (const key of Object.keys(runs[0] ?? {}))
    out[key] = axes.map((_, a) => {
      const values = runs.map((r) => r[key]![a]!);
      return {
        mean: values.reduce((s, v) => s + v, 0) / values.length,
        low: Math.min(...values),
        high: Math.max(...values),
      };
    });
  return out;
}

if (process.argv[1] === import.meta.filename) {
  const arg = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const seeds = (arg('--seeds') ?? '7,107,207').split(',').map(Number);
  const repo = resolve(import.meta.dirname, '../..');
  const work = mkdtempSync(join(tmpdir(), 'consonant-seeds-'));
  const vectors = loadModel().vectors;
  const runs: Scores[] = seeds.map((seed) => {
    const out = join(work, `weights-${seed}.json`);
    const trained = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'training/train.ts', '--seed', String(seed), '--out', out],
      {
        cwd: repo,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    if (trained.status !== 0) throw new Error(`training from seed ${seed} failed`);
    const weights = decodeWeights(JSON.parse(readFileSync(out, 'utf8')) as WeightsArtifact);
    console.error(`seed ${seed}: trained, scoring`);
    return scoresOf({ weights, vectors });
  });
  const json = arg('--json');
  if (json) writeFileSync(json, `${JSON.stringify({ seeds, runs }, null, 2)}\n`);
  const mine = spread(runs);
  const against = arg('--against');
  const base = against ? spread((JSON.parse(readFileSync(against, 'utf8')) as { runs: Scores[] }).runs) : undefined;
  const f = (x: number) => x.toFixed(3);
  const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;
  console.log(
    `F1 over seeds ${seeds.join(', ')}: mean [range]${base ? ', then the difference from the base means' : ''}`,
  );
  for (const [key, cells] of Object.entries(mine))
    console.log(
      `  ${key.padEnd(14)} ${cells
        .map((c, a) => {
          const b = base?.[key]?.[a];
          return `${axes[a]} ${f(c.mean)} [${f(c.low)}–${f(c.high)}]${b ? ` ${signed(c.mean - b.mean)} (base ${f(b.low)}–${f(b.high)})` : ''}`;
        })
        .join(' | ')}`,
    );
}
