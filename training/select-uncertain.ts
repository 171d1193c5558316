/**
 * Active learning: draws the unlabelled train-pool sentences the current model is least sure of
 * (smallest margin between its two likeliest values on any axis, one sentence per email) for
 * annotators to label. With `--rare`, draws instead the sentences the model finds likeliest to
 * hold a rare value (relaxed, low, paused, dropped, reopened), so annotators see more of them.
 * With `--cued`, draws at random (seeded) among the sentences where a lexicon rule finds a cue,
 * the way the corpus's own `cue-*` pools were drawn (a likely cue word, most carrying no signal):
 * labels from the distribution the held-out test was drawn from, not only from the model's doubts.
 * Selection only; labels come from people reading the sentences.
 *   npx tsx training/select-uncertain.ts OUT.jsonl [COUNT] [--quota axis=n,...] [--rare | --cued]
 */
import { writeFileSync } from 'node:fs';
import { extractFeatures } from '../lib/signals/model/features';
import { loadModel } from '../lib/signals/model/load';
import { axisLogits, softmax } from '../lib/signals/model/model';
import { detectCues } from '../lib/signals';
import { forModel } from '../lib/signals/judge';
import { AXES, corpusDir, requireCorpus } from './data';
import { ENRON_NOW } from './prepare';
import { loadBodies, unlabelledPool } from './pool';
import { rng } from './random';

requireCorpus();

const out = process.argv[2] ?? '/tmp/annot/batch2.jsonl';
const count = Number(process.argv[3] ?? 500);
/** Shares of the batch per axis: `--quota urgency=100,priority=200,decision=200` (default: by margin alone). */
const quotaArg = process.argv.indexOf('--quota');
const rare = process.argv.includes('--rare');
const cued = process.argv.includes('--cued');
const draw = rng(20261130);
const RARE_VALUES: Record<string, readonly string[]> = {
  urgency: ['relaxed'],
  priority: ['low', 'paused', 'dropped'],
  decision: ['reopened'],
};
const quota =
  quotaArg > 0
    ? Object.fromEntries(
        process.argv[quotaArg + 1]!.split(',').map((kv) => [kv.split('=')[0]!, Number(kv.split('=')[1])]),
      )
    : null;
const { weights, vectors } = loadModel();
const bits = weights.bits;
const models = AXES.map((axis) => weights.axes[axis]);
const bodies = loadBodies(corpusDir());
const pool = unlabelledPool(corpusDir());
const cueCache = new Map<string, ReturnType<typeof detectCues>>();
const scored = pool.flatMap((s) => {
  let analysis = cueCache.get(s.emailId);
  if (!analysis) {
    analysis = detectCues(bodies.get(s.emailId)!, { now: ENRON_NOW });
    cueCache.set(s.emailId, analysis);
  }
  const cues = analysis.signals
    .filter((c) => c.start >= s.start && c.end <= s.end && forModel(c))
    .map((c) => ({ kind: c.kind, value: c.value, rule: c.rule, start: c.start - s.start, end: c.end - s.start }));
  if (cued) {
    // A random rank among the cued sentences; a sentence without a cue is not drawn at all. (The one
    // draw also picks which of its axes the quota counts it under, as round 12 was drawn.)
    const kinds = [...new Set(cues.map((c) => c.kind))];
    const r = draw();
    return kinds.length ? [{ s, margin: r, axisOf: kinds[Math.floor(r * kinds.length)]! }] : [];
  }
  const f = extractFeatures(s.text, cues, bits, vectors);
  let margin = 1;
  let axisOf = '';
  models.forEach((w, a) => {
    const probabilities = softmax(axisLogits(w, f));
    if (rare) {
      // "margin" is then 1 − the likeliest rare value's probability: smallest first, as below.
      for (const value of RARE_VALUES[AXES[a]!] ?? []) {
        const m = 1 - probabilities[w.classes.indexOf(value)]!;
        if (m < margin) {
          margin = m;
          axisOf = value;
        }
      }
      return;
    }
    const p = [...probabilities].sort((x, y) => y - x);
    const m = p[0]! - p[1]!;
    if (m < margin) {
      margin = m;
      axisOf = AXES[a]!;
    }
  });
  return [{ s, margin, axisOf }];
});
scored.sort((a, b) => a.margin - b.margin || (a.s.key < b.s.key ? -1 : 1));
const perEmail = new Set<string>();
const chosen: typeof scored = [];
const seenText = new Set<string>();
const perAxis = new Map<string, number>();
for (const x of scored) {
  if (chosen.length >= count) break;
  if (quota && (perAxis.get(x.axisOf) ?? 0) >= (quota[x.axisOf] ?? 0)) continue;
  const norm = x.s.text.replace(/\s+/g, ' ').toLowerCase();
  if (perEmail.has(x.s.emailId) || seenText.has(norm)) continue;
  perEmail.add(x.s.emailId);
  seenText.add(norm);
  perAxis.set(x.axisOf, (perAxis.get(x.axisOf) ?? 0) + 1);
  chosen.push(x);
}
writeFileSync(
  out,
  chosen
    .map((x) =>
      JSON.stringify({
        key: x.s.key,
        prev: x.s.prev,
        text: x.s.text,
        next: x.s.next,
        drawn: `${rare ? 'likely' : cued ? 'cued' : 'uncertain'}-${x.axisOf}`,
      }),
    )
    .join('\n') + '\n',
);
console.log(
  `${chosen.length} sentences (margins ${chosen[0]?.margin.toFixed(3)}–${chosen[chosen.length - 1]?.margin.toFixed(3)}) from ${pool.length} → ${out}`,
);
