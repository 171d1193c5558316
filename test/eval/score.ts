import type { SignalKind } from '../../lib/report';
import { detectSignals, type DetectOptions, type SignalAnalysis } from '../../lib/signals';
import { rng } from '../../training/random';
import type { Email, LabelledSentence } from './corpus';

export const axes: SignalKind[] = ['urgency', 'priority', 'decision'];
export const NONE = 'none';

export interface AxisScore {
  axis: SignalKind;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** confusion[gold][predicted] = count */
  confusion: Record<string, Record<string, number>>;
}

export interface Prediction {
  label: LabelledSentence;
  predicted: Record<SignalKind, string>;
  /** The cue words behind each prediction, for reading errors. */
  evidence: Record<SignalKind, string>;
}

/** The value of the first signal of `axis` inside the sentence's range, else none. */
export function predictSentence(analysis: SignalAnalysis, label: LabelledSentence): Prediction {
  const predicted = { urgency: NONE, priority: NONE, decision: NONE };
  const evidence = { urgency: '', priority: '', decision: '' };
  for (const axis of axes) {
    const signal = analysis.signals.find((s) => s.kind === axis && s.start >= label.start && s.end <= label.end);
    if (signal) {
      predicted[axis] = signal.value;
      evidence[axis] = `${signal.text} [${signal.rule}]`;
    }
  }
  return { label, predicted, evidence };
}

/** Runs detection once per email body (realistic context) and predicts every labelled sentence. */
export function predictAll(
  emails: Map<string, Email>,
  labels: LabelledSentence[],
  options: (email: Email) => DetectOptions = () => ({}),
): Prediction[] {
  const analyses = new Map<string, SignalAnalysis>();
  return labels.map((label) => {
    const email = emails.get(label.emailId);
    if (!email) throw new Error(`Label ${label.key} names an email that is not in the corpus`);
    let analysis = analyses.get(email.id);
    if (!analysis) {
      analysis = detectSignals(email.body, options(email));
      analyses.set(email.id, analysis);
    }
    return predictSentence(analysis, label);
  });
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** True positives, false positives and false negatives of one axis. */
export type Counts = [number, number, number];

/** Adds one sentence's outcome to `c`: a right value, a wrong or invented one, a missed one. */
function count(c: Counts, gold: string, guess: string): void {
  if (guess !== NONE && guess === gold) c[0] += 1;
  else {
    if (guess !== NONE) c[1] += 1;
    if (gold !== NONE) c[2] += 1;
  }
}

/** The sum of several messages' counts. */
export function sumCounts(counts: Iterable<Counts>): Counts {
  const sum: Counts = [0, 0, 0];
  for (const c of counts) {
    sum[0] += c[0];
    sum[1] += c[1];
    sum[2] += c[2];
  }
  return sum;
}

/** Micro precision/recall/F1 over the non-none values of one axis, with its confusion table. */
export function scoreAxis(predictions: Prediction[], axis: SignalKind): AxisScore {
  const c: Counts = [0, 0, 0];
  const confusion: Record<string, Record<string, number>> = {};
  for (const { label, predicted } of predictions) {
    const gold = label[axis];
    const guess = predicted[axis];
    const row = (confusion[gold] ??= {});
    row[guess] = (row[guess] ?? 0) + 1;
    count(c, gold, guess);
  }
  const [truePositives, falsePositives, falseNegatives] = c;
  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, truePositives + falseNegatives);
  const f1 = ratio(2 * precision * recall, precision + recall);
  return { axis, truePositives, falsePositives, falseNegatives, precision, recall, f1, confusion };
}

/** The counts of one axis, message by message. */
export function countsByMessage(predictions: Prediction[], axis: SignalKind): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  for (const { label, predicted } of predictions) {
    const c = counts.get(label.emailId) ?? [0, 0, 0];
    count(c, label[axis], predicted[axis]);
    counts.set(label.emailId, c);
  }
  return counts;
}

/** Micro F1 from summed counts (the same as 2PR / (P + R)). */
export const f1Of = ([tp, fp, fn]: Counts): number => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

/**
 * A 95% interval for an axis's F1, by resampling whole messages with replacement (a message's
 * sentences share a writer and a topic, so they are not independent): `reps` resamples from a
 * seeded generator, so the interval repeats exactly. Two figures whose intervals overlap widely
 * differ by no more than which messages happened to be written.
 */
export function bootstrapF1(
  predictions: Prediction[],
  axis: SignalKind,
  reps = 1000,
  seed = 1,
): { low: number; high: number } {
  const groups = [...countsByMessage(predictions, axis).values()];
  if (groups.length === 0) return { low: 0, high: 0 };
  return resampledInterval(groups.length, (picks) => f1Of(sumCounts(picks.map((i) => groups[i]!))), reps, seed);
}

/**
 * The 95% interval of `statistic` over `reps` resamples, with replacement, of `n` messages (given
 * to it by index), from a seeded generator so that it repeats.
 */
export function resampledInterval(
  n: number,
  statistic: (picks: readonly number[]) => number,
  reps = 1000,
  seed = 1,
): { low: number; high: number } {
  const random = rng(seed);
  const values: number[] = [];
  for (let r = 0; r < reps; r += 1) values.push(statistic(Array.from({ length: n }, () => Math.floor(random() * n))));
  values.sort((a, b) => a - b);
  return { low: values[Math.floor(0.025 * reps)]!, high: values[Math.ceil(0.975 * reps) - 1]! };
}
