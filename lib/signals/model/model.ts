/**
 * The learned sentence classifier: one softmax layer per axis over the hashed features and the
 * sentence's average word vector. Pure and deterministic; the weights come from `npm run train`.
 */
import { signalKind, type SignalKind } from '../../report';
import { decodeInt8 } from './codec';
import { nameTokens } from './names';
import { extractFeatures, type LexiconCue, type SentenceFeatures, type WordVectors } from './features';

export type Axis = SignalKind;
export const MODEL_AXES: readonly Axis[] = signalKind.options;

export interface AxisArtifact {
  classes: string[];
  sparse: string;
  sparseScale: number;
  dense: string;
  denseScale: number;
  bias: number[];
  /** Added to the none score: the balance of precision and recall (chosen by cross-validation and dev). */
  noneShift: number;
  /** A lexicon cue's value is taken when the model gives it at least this probability (chosen by cross-validation). */
  cueThreshold: number;
}
export interface WeightsArtifact {
  format: 1;
  bits: number;
  dims: number;
  axes: Record<Axis, AxisArtifact>;
}
export interface VectorsArtifact {
  dims: number;
  scale: number;
  words: string;
  data: string;
}

export interface AxisWeights {
  classes: readonly string[];
  sparse: Float32Array;
  dense: Float32Array;
  /** Bias per class, the none shift included once decoded. */
  bias: Float32Array;
  noneShift?: number;
  cueThreshold?: number;
}
export interface ModelWeights {
  bits: number;
  dims: number;
  axes: Record<Axis, AxisWeights>;
}

export interface AxisPrediction {
  value: string;
  probability: number;
  probabilities: Record<string, number>;
  /** The words that carried the prediction, as offsets inside the sentence (null for none). */
  cue: { start: number; end: number } | null;
}
export type SentencePrediction = Record<Axis, AxisPrediction>;

export function decodeVectors(artifact: VectorsArtifact): WordVectors {
  const words = artifact.words.split(' ');
  const data = decodeInt8(artifact.data);
  const index = new Map<string, number>();
  words.forEach((w, i) => index.set(w, i));
  const cache = new Map<number, Float32Array>();
  return {
    dims: artifact.dims,
    get(word) {
      const i = index.get(word);
      if (i === undefined) return undefined;
      let v = cache.get(i);
      if (!v) {
        v = new Float32Array(artifact.dims);
        for (let d = 0; d < artifact.dims; d += 1) v[d] = data[i * artifact.dims + d]! * artifact.scale;
        cache.set(i, v);
      }
      return v;
    },
  };
}

/** A plain loop: `Float32Array.from` with a map callback costs ten times as much over a million weights. */
function scaled(q: Int8Array, scale: number): Float32Array {
  const out = new Float32Array(q.length);
  for (let i = 0; i < q.length; i += 1) out[i] = q[i]! * scale;
  return out;
}

export function decodeWeights(artifact: WeightsArtifact): ModelWeights {
  const axes = {} as Record<Axis, AxisWeights>;
  for (const axis of MODEL_AXES) {
    const a = artifact.axes[axis];
    const sparse = scaled(decodeInt8(a.sparse), a.sparseScale);
    const dense = scaled(decodeInt8(a.dense), a.denseScale);
    const bias = Float32Array.from(a.bias);
    bias[0]! += a.noneShift;
    axes[axis] = { classes: a.classes, sparse, dense, bias, noneShift: a.noneShift, cueThreshold: a.cueThreshold };
  }
  return { bits: artifact.bits, dims: artifact.dims, axes };
}

/** Class scores of one axis: weights are laid out feature-major, `classes` values per feature. */
export function axisLogits(w: AxisWeights, f: SentenceFeatures): Float64Array {
  const k = w.classes.length;
  const logits = Float64Array.from(w.bias);
  for (let i = 0; i < f.index.length; i += 1) {
    const base = f.index[i]! * k;
    for (let c = 0; c < k; c += 1) logits[c]! += w.sparse[base + c]!;
  }
  for (let d = 0; d < f.dense.length; d += 1) {
    const x = f.dense[d]!;
    if (x === 0) continue;
    for (let c = 0; c < k; c += 1) logits[c]! += w.dense[d * k + c]! * x;
  }
  return logits;
}

export function softmax(logits: ArrayLike<number>): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i += 1) max = Math.max(max, logits[i]!);
  const out = new Float64Array(logits.length);
  let sum = 0;
  for (let i = 0; i < logits.length; i += 1) {
    out[i] = Math.exp(logits[i]! - max);
    sum += out[i]!;
  }
  for (let i = 0; i < out.length; i += 1) out[i]! /= sum;
  return out;
}

const MAX_CUE_TOKENS = 4;

/**
 * The words that pushed the sentence toward `c` and away from none: each feature's weight margin
 * is shared by the tokens it covers, and the best run of up to four tokens is the cue.
 */
export function cueFor(
  w: AxisWeights,
  f: SentenceFeatures,
  c: number,
  names: readonly boolean[] = [],
): { start: number; end: number } | null {
  const k = w.classes.length;
  const n = f.tokens.length;
  if (n === 0) return null;
  const score = new Float64Array(n);
  for (let i = 0; i < f.index.length; i += 1) {
    const a = f.from[i]!;
    const b = f.to[i]!;
    if (a < 0) continue;
    const base = f.index[i]! * k;
    const margin = (w.sparse[base + c]! - w.sparse[base]!) / (b - a + 1);
    for (let t = a; t <= b; t += 1) score[t]! += margin;
  }
  let known = 0;
  for (const v of f.tokenVectors) if (v) known += 1;
  f.tokenVectors.forEach((v, t) => {
    if (!v) return;
    let s = 0;
    for (let d = 0; d < v.length; d += 1) s += (w.dense[d * k + c]! - w.dense[d * k]!) * v[d]!;
    score[t]! += s / known;
  });
  // A name is never the evidence (see names.ts); when the sentence holds nothing else, its words are all there is.
  const named = names.length === n && names.some((x) => !x) ? names : [];
  let best = -Infinity;
  let span: [number, number] = [0, 0];
  for (let a = 0; a < n; a += 1) {
    if (named[a]) continue;
    let sum = 0;
    for (let b = a; b < Math.min(n, a + MAX_CUE_TOKENS); b += 1) {
      if (named[b]) break;
      sum += score[b]!;
      if (sum > best + 1e-9) {
        best = sum;
        span = [a, b];
      }
    }
  }
  let [a, b] = span;
  // A cue never runs across a comma or a semicolon: keep the side that weighs more.
  for (let t = a; t <= b; t += 1) {
    if (!PAUSE.test(f.tokens[t]!.norm)) continue;
    let left = 0;
    let right = 0;
    for (let x = a; x < t; x += 1) left += score[x]!;
    for (let x = t + 1; x <= b; x += 1) right += score[x]!;
    if (t === a || (t < b && right > left)) a = t + 1;
    else b = t - 1;
    t = a - 1;
  }
  // Trim words at either edge that pull the other way, punctuation, and words that carry no cue
  // of their own at an edge ("we", "the", a trailing "until").
  const weak = (t: number, edge: ReadonlySet<string>) =>
    score[t]! <= 0 || !/[a-z0-9]/i.test(f.tokens[t]!.norm) || edge.has(f.tokens[t]!.norm);
  while (a < b && weak(a, FILLER)) a += 1;
  while (b > a && (weak(b, FILLER) || weak(b, TRAILING))) b -= 1;
  return { start: f.tokens[a]!.start, end: f.tokens[b]!.end };
}

const PAUSE = /^[,;:]$/;
/** Words that frame a cue but are never its evidence at either end of it. */
const FILLER: ReadonlySet<string> = new Set([
  'i',
  'we',
  'you',
  'he',
  'she',
  'they',
  'it',
  'me',
  'us',
  'them',
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'so',
  'this',
  'that',
  'these',
  'those',
  "'s",
]);
/** Words that only lead into what follows, so they never end a cue. */
const TRAILING: ReadonlySet<string> = new Set([
  'until',
  'to',
  'of',
  'for',
  'on',
  'in',
  'at',
  'by',
  'with',
  'as',
  'than',
  'is',
  'are',
  'was',
  'be',
  'will',
  'can',
  'if',
]);

/**
 * The value of one axis: the model's likeliest, unless a lexicon cue names a value the model
 * still gives at least `threshold`, in which case the cue's value stands: the rules' handling of
 * negation and polarity ("no decision has been made" is open) as a prior the model overrules only
 * when it is sure.
 */
export function decide(
  p: ArrayLike<number>,
  classes: readonly string[],
  cueValues: readonly string[],
  threshold: number,
): number {
  let c = 0;
  for (let i = 1; i < p.length; i += 1) if (p[i]! > p[c]!) c = i;
  let best = -1;
  for (const value of cueValues) {
    const i = classes.indexOf(value);
    if (i > 0 && p[i]! >= threshold && (best < 0 || p[i]! > p[best]!)) best = i;
  }
  return best > 0 ? best : c;
}

export function predictSentence(
  weights: ModelWeights,
  vectors: WordVectors | null,
  sentence: string,
  cues: readonly LexiconCue[],
): SentencePrediction {
  const features = extractFeatures(sentence, cues, weights.bits, vectors);
  const out = {} as SentencePrediction;
  let names: boolean[] | undefined;
  for (const axis of MODEL_AXES) {
    const w = weights.axes[axis];
    const p = softmax(axisLogits(w, features));
    const c = decide(
      p,
      w.classes,
      cues.filter((cue) => cue.kind === axis).map((cue) => cue.value),
      w.cueThreshold ?? 1,
    );
    const probabilities: Record<string, number> = {};
    w.classes.forEach((name, i) => {
      probabilities[name] = p[i]!;
    });
    out[axis] = {
      value: w.classes[c]!,
      probability: p[c]!,
      probabilities,
      cue: c === 0 ? null : cueFor(w, features, c, (names ??= nameTokens(sentence, features.tokens))),
    };
  }
  return out;
}
