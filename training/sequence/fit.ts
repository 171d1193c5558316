/**
 * Fits the sequence reader (`reader.ts`, an experiment): all three heads share one
 * bidirectional GRU and learn together, by Adam on minibatches with the gradient's norm clipped,
 * from a seeded initialisation and order, so the same data and settings give the same weights.
 * The backward pass runs through the forward pass's own trace, so training and the extension
 * compute the same function.
 */
import {
  sequenceForward,
  type GruTrace,
  type GruWeights,
  type SequenceInput,
  type SequenceTrace,
  type SequenceWeights,
} from './reader';
import { softmax } from '../../lib/signals/model/model';
import { rng } from '../random';

export interface SequenceSettings {
  hidden: number;
  embed: number;
  /** log2 of the hashed word buckets */
  bits: number;
  epochs: number;
  rate: number;
  batch: number;
  l2: number;
  clip: number;
  seed: number;
  positiveWeight: number;
}

export const SEQUENCE_SETTINGS: SequenceSettings = {
  hidden: 16,
  embed: 8,
  bits: 12,
  epochs: 8,
  rate: 0.004,
  batch: 16,
  l2: 1e-5,
  clip: 5,
  seed: 11,
  positiveWeight: 2.5,
};

export interface SequenceRow {
  inputs: SequenceInput;
  /** gold class index per head, in the order of `heads` */
  labels: number[];
}

export interface Layout {
  inputs: number;
  hidden: number;
  embed: number;
  buckets: number;
  heads: Array<{ axis: string; classes: readonly string[] }>;
  size: number;
}

export function layout(inputs: number, hidden: number, heads: Layout['heads'], embed = 0, buckets = 0): Layout {
  const gru = 3 * hidden * inputs + 3 * hidden * hidden + 3 * hidden + hidden;
  const headSize = heads.reduce((sum, h) => sum + h.classes.length * (4 * hidden + 1), 0);
  return { inputs, hidden, heads, embed, buckets, size: buckets * embed + 2 * gru + headSize };
}

/** The weights as views into one flat array, so a gradient or an optimiser's moments share its layout. */
export function view(theta: Float64Array, l: Layout): SequenceWeights {
  let at = 0;
  const take = (n: number) => {
    const out = theta.subarray(at, at + n);
    at += n;
    return out;
  };
  const table = take(l.buckets * l.embed);
  const gru = (): GruWeights => ({
    w: take(3 * l.hidden * l.inputs),
    u: take(3 * l.hidden * l.hidden),
    b: take(3 * l.hidden),
    bn: take(l.hidden),
  });
  const forward = gru();
  const backward = gru();
  const heads: SequenceWeights['heads'] = {};
  for (const h of l.heads)
    heads[h.axis] = { classes: h.classes, w: take(h.classes.length * 4 * l.hidden), b: take(h.classes.length) };
  return { inputs: l.inputs, hidden: l.hidden, embed: l.embed, buckets: l.buckets, table, forward, backward, heads };
}

function gruBackward(
  w: SequenceWeights,
  g: GruWeights,
  grad: SequenceWeights,
  gGrad: GruWeights,
  trace: GruTrace,
  input: SequenceInput,
  dOut: readonly Float64Array[],
  offset: number,
  reverse: boolean,
): void {
  const { hidden, embed, table } = w;
  const inputs = input.rows;
  const steps = inputs.length;
  const total = w.inputs;
  const d = total - embed;
  let dh = new Float64Array(hidden);
  const gp = new Float64Array(3 * hidden);
  const da = new Float64Array(hidden);
  for (let s = steps - 1; s >= 0; s -= 1) {
    const t = reverse ? steps - 1 - s : s;
    const x = inputs[t]!;
    const prev = trace.h[s]!;
    const z = trace.z[s]!;
    const r = trace.r[s]!;
    const n = trace.n[s]!;
    const a = trace.a[s]!;
    const out = dOut[t]!;
    const dPrev = new Float64Array(hidden);
    for (let j = 0; j < hidden; j += 1) {
      const dhj = dh[j]! + out[offset + j]!;
      dPrev[j] = dhj * z[j]!;
      const dn = dhj * (1 - z[j]!);
      const dz = dhj * (prev[j]! - n[j]!);
      const dnPre = dn * (1 - n[j]! * n[j]!);
      gp[j] = dz * z[j]! * (1 - z[j]!);
      gp[2 * hidden + j] = dnPre;
      gp[hidden + j] = dnPre * a[j]! * r[j]! * (1 - r[j]!);
      da[j] = dnPre * r[j]!;
    }
    const e0 = input.buckets[t]! * embed;
    for (let j = 0; j < 3 * hidden; j += 1) {
      const gj = gp[j]!;
      gGrad.b[j]! += gj;
      const base = j * total;
      for (let i = 0; i < d; i += 1) {
        const xi = x[i]!;
        if (xi !== 0) gGrad.w[base + i]! += gj * xi;
      }
      for (let e = 0; e < embed; e += 1) {
        gGrad.w[base + d + e]! += gj * table[e0 + e]!;
        grad.table[e0 + e]! += g.w[base + d + e]! * gj;
      }
    }
    for (let j = 0; j < hidden; j += 1) {
      gGrad.bn[j]! += da[j]!;
      const rows: Array<[number, number]> = [
        [j, gp[j]!],
        [hidden + j, gp[hidden + j]!],
        [2 * hidden + j, da[j]!],
      ];
      for (const [row, gj] of rows) {
        const base = row * hidden;
        for (let k = 0; k < hidden; k += 1) {
          gGrad.u[base + k]! += gj * prev[k]!;
          dPrev[k]! += g.u[base + k]! * gj;
        }
      }
    }
    dh = dPrev;
  }
}

/** Adds the gradient of one example's loss to `grad`; returns the loss. */
export function addGradient(
  w: SequenceWeights,
  grad: SequenceWeights,
  trace: SequenceTrace,
  labels: readonly number[],
  l: Layout,
  positiveWeight: number,
): number {
  const hidden = l.hidden;
  const dPooled = new Float64Array(4 * hidden);
  let loss = 0;
  l.heads.forEach((h, i) => {
    const head = w.heads[h.axis]!;
    const gHead = grad.heads[h.axis]!;
    const p = softmax(trace.logits[h.axis]!);
    const label = labels[i]!;
    const weight = label === 0 ? 1 : positiveWeight;
    loss -= weight * Math.log(Math.max(1e-12, p[label]!));
    for (let c = 0; c < h.classes.length; c += 1) {
      const dl = weight * (p[c]! - (c === label ? 1 : 0));
      gHead.b[c]! += dl;
      const base = c * 4 * hidden;
      for (let j = 0; j < 4 * hidden; j += 1) {
        gHead.w[base + j]! += dl * trace.pooled[j]!;
        dPooled[j]! += dl * head.w[base + j]!;
      }
    }
  });
  const steps = trace.input.rows.length;
  if (steps === 0) return loss;
  const dOut = trace.input.rows.map(() => new Float64Array(2 * hidden));
  for (let j = 0; j < 2 * hidden; j += 1) {
    dOut[trace.argmax[j]!]![j]! += dPooled[j]!;
    const mean = dPooled[2 * hidden + j]! / steps;
    for (let t = 0; t < steps; t += 1) dOut[t]![j]! += mean;
  }
  gruBackward(w, w.forward, grad, grad.forward, trace.forward, trace.input, dOut, 0, false);
  gruBackward(w, w.backward, grad, grad.backward, trace.backward, trace.input, dOut, hidden, true);
  return loss;
}

export interface FittedSequence {
  layout: Layout;
  theta: Float64Array;
  weights: SequenceWeights;
}

export function fitSequence(
  rows: readonly SequenceRow[],
  heads: Layout['heads'],
  inputs: number,
  settings: SequenceSettings = SEQUENCE_SETTINGS,
  log?: (line: string) => void,
): FittedSequence {
  const l = layout(
    inputs + settings.embed,
    settings.hidden,
    heads,
    settings.embed,
    settings.embed > 0 ? 1 << settings.bits : 0,
  );
  const theta = new Float64Array(l.size);
  const random = rng(settings.seed);
  const w = view(theta, l);
  const init = (xs: Float64Array, scale: number) => {
    for (let i = 0; i < xs.length; i += 1) xs[i] = (random() * 2 - 1) * scale;
  };
  for (const g of [w.forward, w.backward]) {
    init(g.w, 1 / Math.sqrt(settings.hidden));
    init(g.u, 1 / Math.sqrt(settings.hidden));
  }
  for (const h of Object.values(w.heads)) init(h.w, 1 / Math.sqrt(4 * settings.hidden));
  init(w.table, 0.1);
  const gradTheta = new Float64Array(l.size);
  const grad = view(gradTheta, l);
  const m = new Float64Array(l.size);
  const v = new Float64Array(l.size);
  const beta1 = 0.9;
  const beta2 = 0.999;
  let step = 0;
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < settings.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let total = 0;
    // The rate falls linearly to a tenth over the run.
    for (let start = 0; start < order.length; start += settings.batch) {
      gradTheta.fill(0);
      const batch = order.slice(start, start + settings.batch);
      for (const r of batch) {
        const row = rows[r]!;
        const trace = sequenceForward(w, row.inputs);
        total += addGradient(w, grad, trace, row.labels, l, settings.positiveWeight);
      }
      let norm = 0;
      for (let i = 0; i < l.size; i += 1) {
        gradTheta[i] = gradTheta[i]! / batch.length + settings.l2 * theta[i]!;
        norm += gradTheta[i]! * gradTheta[i]!;
      }
      norm = Math.sqrt(norm);
      const clip = norm > settings.clip ? settings.clip / norm : 1;
      step += 1;
      const progress = (epoch * order.length + start) / (settings.epochs * order.length);
      const rate = settings.rate * (1 - 0.9 * progress);
      const c1 = 1 - beta1 ** step;
      const c2 = 1 - beta2 ** step;
      for (let i = 0; i < l.size; i += 1) {
        const g = gradTheta[i]! * clip;
        m[i] = beta1 * m[i]! + (1 - beta1) * g;
        v[i] = beta2 * v[i]! + (1 - beta2) * g * g;
        theta[i]! -= (rate * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + 1e-8);
      }
    }
    log?.(`epoch ${epoch + 1}: loss ${(total / rows.length).toFixed(4)}`);
  }
  return { layout: l, theta, weights: w };
}
