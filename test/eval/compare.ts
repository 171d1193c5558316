/**
 * A candidate model against the shipped one on the fresh modern messages, paired: both read the
 * same messages, and the difference in F1 is resampled by whole message, so what the two share
 * (the same hard sentences, the same writers) cancels out. Differences between independent
 * figures (each ±0.06 on a set) say little; a paired interval that excludes zero says more.
 *   npx tsx test/eval/compare.ts path/to/candidate/weights.json
 * Only the weights differ (a label round, a setting); a change to the lexicon changes the cues
 * as well, and is measured by checking out both and running fresh.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadModel, type Model } from '../../lib/signals/model/load';
import { decodeWeights, type WeightsArtifact } from '../../lib/signals/model/model';
import { HELD_OUT_SETS, loadFresh, predictFresh } from './fresh';
import { axes, countsByMessage, f1Of, resampledInterval, sumCounts, type Prediction } from './score';
import type { SignalKind } from '../../lib/report';

/**
 * The difference in F1 (b − a) over the same sentences, with a 95% interval from resampling
 * whole messages `reps` times (seeded, so it repeats).
 */
export function pairedDifference(
  a: Prediction[],
  b: Prediction[],
  axis: SignalKind,
  reps = 1000,
  seed = 1,
): { difference: number; low: number; high: number } {
  const ca = countsByMessage(a, axis);
  const cb = countsByMessage(b, axis);
  const ids = [...ca.keys()];
  if (ids.length !== cb.size || ids.some((id) => !cb.has(id)))
    throw new Error('the two sets of predictions are not over the same messages');
  const score = (pick: readonly string[]) =>
    f1Of(sumCounts(pick.map((id) => cb.get(id)!))) - f1Of(sumCounts(pick.map((id) => ca.get(id)!)));
  const interval = resampledInterval(ids.length, (picks) => score(picks.map((i) => ids[i]!)), reps, seed);
  return { difference: score(ids), ...interval };
}

if (process.argv[1] === import.meta.filename) {
  const file = process.argv[2];
  if (!file || !existsSync(file)) {
    console.error('usage: npx tsx test/eval/compare.ts path/to/candidate/weights.json');
    process.exit(2);
  }
  const shipped = loadModel();
  const candidate: Model = {
    weights: decodeWeights(JSON.parse(readFileSync(file, 'utf8')) as WeightsArtifact),
    vectors: shipped.vectors,
  };
  const f = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;
  for (const { name, dir } of HELD_OUT_SETS) {
    if (!existsSync(dir)) continue;
    const sets = loadFresh(dir);
    const run = (model: Model) => sets.flatMap((set) => predictFresh(set, model));
    const a = run(shipped);
    const b = run(candidate);
    const line = axes.map((axis) => {
      const d = pairedDifference(a, b, axis);
      return `${axis} ${f(d.difference)} [95% ${f(d.low)} to ${f(d.high)}]`;
    });
    console.log(`fresh messages, ${name}: candidate − shipped F1: ${line.join(', ')}`);
  }
}
