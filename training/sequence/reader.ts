/**
 * An experiment, not shipped: a sequence reader, a small bidirectional GRU over a sentence's tokens
 * (each token its word vector, the shape of an unknown token, the lexicon cue it sits in, whether
 * a negation reaches it, and optionally a learned vector per hashed word), max- and mean-pooled,
 * with one softmax head per axis. Where the shipped linear layer sees a bag of words, this reads
 * them in order. Cross-validated alone and added to the linear layer's logits, it did not earn its
 * cost (README, "Tried and dropped"); it stays so the measurement can be repeated on more labels:
 *   training/sequence/fold.ts (one fold), training/sequence/combine.ts (scores the five).
 * Pure and deterministic; `fit.ts` back-propagates through this same forward pass's trace.
 */
import { hash, type LexiconCue, type SentenceFeatures } from '../../lib/signals/model/features';

/** The lexicon cue tags a token can carry, in input order. */
export const SEQUENCE_TAGS: readonly string[] = [
  'urgency=urgent',
  'urgency=relaxed',
  'urgency=far',
  'priority=top',
  'priority=low',
  'priority=paused',
  'priority=dropped',
  'decision=decided',
  'decision=open',
  'decision=reopened',
];
const SHAPES = ['?', '!', ',', ':', ';'];
const NEGATORS = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without', 'cannot']);
const SCOPE_END = new Set([',', ';', ':', '!', '?', 'but', 'so', 'because', 'although', 'though']);
const NEGATION_REACH = 5;

/** Inputs per token beyond the word vector: unknown, five punctuation marks, a number, the cue tags, negator, negated. */
export const EXTRA_INPUTS = 1 + SHAPES.length + 1 + SEQUENCE_TAGS.length + 2;

export interface GruWeights {
  /** 3H × D input weights, gates in the order update, reset, new */
  w: Float64Array;
  /** 3H × H recurrent weights */
  u: Float64Array;
  /** 3H input-side bias */
  b: Float64Array;
  /** H recurrent bias of the new gate (inside the reset product) */
  bn: Float64Array;
}

export interface SequenceHead {
  classes: readonly string[];
  /** k × 4H */
  w: Float64Array;
  b: Float64Array;
}

export interface SequenceWeights {
  inputs: number;
  hidden: number;
  /** a learned vector per hashed word, `buckets` × `embed`: the last `embed` of a token's `inputs` */
  embed: number;
  buckets: number;
  table: Float64Array;
  forward: GruWeights;
  backward: GruWeights;
  heads: Record<string, SequenceHead>;
}

/** One direction's activations, step by step (step s reads token s, or T-1-s going backward). */
export interface GruTrace {
  /** T+1 states, the first all zeros */
  h: Float64Array[];
  z: Float64Array[];
  r: Float64Array[];
  n: Float64Array[];
  /** U_n h + b_n before the reset gate multiplies it */
  a: Float64Array[];
}

/** A sentence's token inputs (all but the learned word vector) and each token's word bucket. */
export interface SequenceInput {
  rows: Float32Array[];
  buckets: Int32Array;
}

export interface SequenceTrace {
  input: SequenceInput;
  forward: GruTrace;
  backward: GruTrace;
  /** 4H: max over tokens of [forward; backward] state, then their mean */
  pooled: Float64Array;
  /** for each of the 2H max-pooled units, the token it came from */
  argmax: Int32Array;
  logits: Record<string, Float64Array>;
}

/** The token inputs of one sentence, from its features (tokens and word vectors) and its lexicon cues. */
export function sequenceInputs(
  f: SentenceFeatures,
  cues: readonly LexiconCue[],
  dims: number,
  buckets: number,
): SequenceInput {
  const n = f.tokens.length;
  const size = dims + EXTRA_INPUTS;
  const rows = f.tokens.map(() => new Float32Array(size));
  const unknown = dims;
  const shape = dims + 1;
  const number = shape + SHAPES.length;
  const tag = number + 1;
  const negator = tag + SEQUENCE_TAGS.length;
  const negated = negator + 1;
  let negatedUntil = -1;
  for (let t = 0; t < n; t += 1) {
    const row = rows[t]!;
    const v = f.tokenVectors[t];
    const norm = f.tokens[t]!.norm;
    if (v) for (let d = 0; d < dims; d += 1) row[d] = v[d]!;
    else {
      row[unknown] = 1;
      const s = SHAPES.indexOf(norm);
      if (s >= 0) row[shape + s] = 1;
      else if (/^\d/.test(norm)) row[number] = 1;
    }
    if (SCOPE_END.has(norm)) negatedUntil = -1;
    if (t <= negatedUntil) row[negated] = 1;
    if (NEGATORS.has(norm)) {
      row[negator] = 1;
      negatedUntil = t + NEGATION_REACH;
    }
  }
  for (const cue of cues) {
    const i = SEQUENCE_TAGS.indexOf(`${cue.kind}=${cue.value}`);
    if (i < 0) continue;
    for (let t = 0; t < n; t += 1) {
      const token = f.tokens[t]!;
      if (token.end > cue.start && token.start < cue.end) rows[t]![tag + i] = 1;
    }
  }
  return { rows, buckets: Int32Array.from(f.tokens, (t) => (buckets > 0 ? hash(`e|${t.norm}`) % buckets : 0)) };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function runGru(w: SequenceWeights, g: GruWeights, input: SequenceInput, reverse: boolean): GruTrace {
  const { hidden, embed, table } = w;
  const inputs = input.rows;
  const steps = inputs.length;
  const d = w.inputs - embed;
  const total = w.inputs;
  const trace: GruTrace = { h: [new Float64Array(hidden)], z: [], r: [], n: [], a: [] };
  const pre = new Float64Array(3 * hidden);
  for (let s = 0; s < steps; s += 1) {
    const t = reverse ? steps - 1 - s : s;
    const x = inputs[t]!;
    const e0 = input.buckets[t]! * embed;
    const prev = trace.h[s]!;
    for (let j = 0; j < 3 * hidden; j += 1) {
      let sum = g.b[j]!;
      const base = j * total;
      for (let i = 0; i < d; i += 1) {
        const xi = x[i]!;
        if (xi !== 0) sum += g.w[base + i]! * xi;
      }
      for (let e = 0; e < embed; e += 1) sum += g.w[base + d + e]! * table[e0 + e]!;
      pre[j] = sum;
    }
    const z = new Float64Array(hidden);
    const r = new Float64Array(hidden);
    const n = new Float64Array(hidden);
    const a = new Float64Array(hidden);
    const h = new Float64Array(hidden);
    for (let j = 0; j < hidden; j += 1) {
      let uz = 0;
      let ur = 0;
      let un = g.bn[j]!;
      const bz = j * hidden;
      const br = (hidden + j) * hidden;
      const bn = (2 * hidden + j) * hidden;
      for (let k = 0; k < hidden; k += 1) {
        const p = prev[k]!;
        uz += g.u[bz + k]! * p;
        ur += g.u[br + k]! * p;
        un += g.u[bn + k]! * p;
      }
      z[j] = sigmoid(pre[j]! + uz);
      r[j] = sigmoid(pre[hidden + j]! + ur);
      a[j] = un;
    }
    for (let j = 0; j < hidden; j += 1) {
      n[j] = Math.tanh(pre[2 * hidden + j]! + r[j]! * a[j]!);
      h[j] = (1 - z[j]!) * n[j]! + z[j]! * prev[j]!;
    }
    trace.h.push(h);
    trace.z.push(z);
    trace.r.push(r);
    trace.n.push(n);
    trace.a.push(a);
  }
  return trace;
}

/** The state of token t from one direction's trace. */
const stateAt = (trace: GruTrace, t: number, reverse: boolean): Float64Array =>
  trace.h[reverse ? trace.h.length - 1 - t : t + 1]!;

export function sequenceForward(w: SequenceWeights, input: SequenceInput): SequenceTrace {
  const hidden = w.hidden;
  const inputs = input.rows;
  const forward = runGru(w, w.forward, input, false);
  const backward = runGru(w, w.backward, input, true);
  const steps = inputs.length;
  const pooled = new Float64Array(4 * hidden);
  const argmax = new Int32Array(2 * hidden).fill(-1);
  for (let t = 0; t < steps; t += 1) {
    const hf = stateAt(forward, t, false);
    const hb = stateAt(backward, t, true);
    for (let j = 0; j < 2 * hidden; j += 1) {
      const v = j < hidden ? hf[j]! : hb[j - hidden]!;
      if (argmax[j]! < 0 || v > pooled[j]!) {
        pooled[j] = v;
        argmax[j] = t;
      }
      pooled[2 * hidden + j]! += v / steps;
    }
  }
  const logits: Record<string, Float64Array> = {};
  for (const [axis, head] of Object.entries(w.heads)) {
    const k = head.classes.length;
    const out = Float64Array.from(head.b);
    for (let c = 0; c < k; c += 1) {
      let sum = 0;
      for (let j = 0; j < 4 * hidden; j += 1) sum += head.w[c * 4 * hidden + j]! * pooled[j]!;
      out[c]! += sum;
    }
    logits[axis] = out;
  }
  return { input, forward, backward, pooled, argmax, logits };
}
