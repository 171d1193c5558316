/**
 * What the model sees of one sentence: hashed word, stem, negation-scope and bigram features,
 * the lexicon rules' cues as evidence features, the shape of the sentence (question, condition,
 * request), and the average of its words' vectors. Shared by training and the extension, so
 * both read a sentence the same way. Only hashes are stored: no feature keeps a word of a corpus.
 */
import { stem } from '../../text/stem';
import { tokenize, type Token } from './tokens';

export interface LexiconCue {
  kind: string;
  value: string;
  rule: string;
  /** offsets inside the sentence */ start: number;
  end: number;
}

export interface WordVectors {
  dims: number;
  /** The vector of a lower-case word, or undefined when it is not in the lexicon. */
  get(word: string): Float32Array | undefined;
}

export interface SentenceFeatures {
  tokens: Token[];
  /** Hashed feature indexes, each with the first and last token it covers (-1 for the sentence). */
  index: Int32Array;
  from: Int32Array;
  to: Int32Array;
  /** Average word vector of the sentence's known words (zeros when none is known). */
  dense: Float32Array;
  /** Each token's own vector, or undefined, for the evidence of the dense part. */
  tokenVectors: Array<Float32Array | undefined>;
}

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nobody',
  'nothing',
  'none',
  'neither',
  'nor',
  'without',
  'hardly',
  'cannot',
]);
const SCOPE_END = new Set([',', ';', ':', '!', '?', 'but', 'and', 'so', 'because', 'although', 'though']);
const COPULA = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "'s",
  'seems',
  'seem',
  'remains',
  'remain',
  'become',
  'becomes',
  'stays',
  'stay',
  'feels',
  'looks',
]);
const INTENSIFIER = new Set([
  'very',
  'really',
  'super',
  'extremely',
  'absolutely',
  'quite',
  'pretty',
  'now',
  'still',
  'also',
  'too',
  'truly',
  'most',
  'more',
  'so',
  'fairly',
  'definitely',
]);
const EMBEDDERS = new Set([
  'whether',
  'if',
  'unless',
  'once',
  'when',
  'whenever',
  'until',
  'before',
  'after',
  'what',
  'how',
  'which',
  'who',
]);
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'to',
  'of',
  'for',
  'and',
  'or',
  'but',
  'as',
  'at',
  'on',
  'in',
  'by',
  'with',
  'too',
  'well',
  'also',
  'now',
  'today',
  'please',
  'this',
  'that',
  'it',
]);
const COMPARATIVE = new Set(['more', 'higher', 'greater', 'bigger']);

/**
 * "Nothing is more urgent than the fix" and "no project matters more than checkout" rank above
 * everything else; they deny nothing, so the negator opens no negation scope.
 */
function opensComparative(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.norm;
  if (word !== 'nothing' && word !== 'none' && word !== 'nobody' && word !== 'no') return false;
  for (let j = i + 1; j <= Math.min(tokens.length - 2, i + 4); j += 1) {
    if (!COMPARATIVE.has(tokens[j]!.norm)) continue;
    for (let k = j + 1; k <= Math.min(tokens.length - 1, j + 3); k += 1) if (tokens[k]!.norm === 'than') return true;
  }
  return false;
}
const CONDITION = new Set(['if', 'unless', 'once', 'when', 'whether', 'should', 'assuming', 'provided']);
const NEGATION_REACH = 5;

/**
 * Where a cue sits in its clause, read from the words around it: the predicate of a copula
 * ("the launch is urgent"), a modifier in front of a noun ("urgent care"), inside an embedded
 * whether/if/when clause, or elsewhere.
 */
function roleOf(tokens: readonly Token[], a: number, b: number): string {
  let p = a - 1;
  while (p >= 0 && INTENSIFIER.has(tokens[p]!.norm)) p -= 1;
  const before = p >= 0 ? tokens[p]!.norm : '^';
  for (let q = a - 1; q >= 0 && q >= a - 8; q -= 1) {
    const w = tokens[q]!.norm;
    if (SCOPE_END.has(w) && w !== 'and') break;
    if (EMBEDDERS.has(w)) return 'embedded';
  }
  if (COPULA.has(before)) return 'predicate';
  const next = tokens[b + 1];
  if (a === b && next && /^[a-z]/.test(next.norm) && !FUNCTION_WORDS.has(next.norm) && !COPULA.has(next.norm))
    return 'modifier';
  if (before === '^') return 'opening';
  return 'other';
}

/** Ranges inside double quotes or typographic quotes: a quoted word is named, not meant. */
function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /"([^"]{1,80})"|“([^”]{1,80})”/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** FNV-1a, 32 bit: stable across runtimes, so a feature hashes to the same slot everywhere. */
export function hash(text: string): number {
  return fold(0x811c9dc5, text);
}

/** Continues an FNV-1a hash over more text: fold(hash(a), b) === hash(a + b), with no string built. */
function fold(start: number, text: string): number {
  let h = start;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const W = hash('w|');
const S = hash('s|');
const N = hash('n|');
const B = hash('b|');
const FIRST = hash('first|');

export function extractFeatures(
  sentence: string,
  cues: readonly LexiconCue[],
  bits: number,
  vectors: WordVectors | null,
): SentenceFeatures {
  const tokens = tokenize(sentence);
  const mask = (1 << bits) - 1;
  const index: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const addHash = (h: number, a: number, b: number) => {
    index.push(h & mask);
    from.push(a);
    to.push(b);
  };
  const add = (name: string, a: number, b: number) => addHash(hash(name), a, b);
  const stems = tokens.map((t) => stem(t.norm));
  let negatedUntil = -1;
  // The hot loop hashes `w|word`, `s|stem`, `n|stem` and `b|stem|next` by folding, never building the strings.
  tokens.forEach((token, i) => {
    const s = stems[i]!;
    addHash(fold(W, token.norm), i, i);
    if (s !== token.norm) addHash(fold(S, s), i, i);
    if (SCOPE_END.has(token.norm)) negatedUntil = -1;
    if (i <= negatedUntil) addHash(fold(N, s), i, i);
    if (NEGATORS.has(token.norm) && !opensComparative(tokens, i)) negatedUntil = i + NEGATION_REACH;
    if (i + 1 < tokens.length) addHash(fold(fold(fold(B, s), '|'), stems[i + 1]!), i, i + 1);
  });
  if (tokens.length > 0) addHash(fold(FIRST, stems[0]!), 0, 0);
  const last = tokens[tokens.length - 1];
  if (last?.norm === '?') add('shape|question', -1, -1);
  if (tokens[0] && CONDITION.has(tokens[0].norm)) add('shape|condition', -1, -1);
  add(`shape|len${Math.min(6, Math.floor(tokens.length / 6))}`, -1, -1);
  const letters = sentence.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 12 && letters === letters.toUpperCase()) add('shape|caps', -1, -1);
  const quoted = quotedRanges(sentence);
  for (const cue of cues) {
    const a = tokens.findIndex((t) => t.end > cue.start);
    let b = a;
    while (b + 1 < tokens.length && tokens[b + 1]!.start < cue.end) b += 1;
    const span: [number, number] = a < 0 ? [-1, -1] : [a, b];
    const tag = `${cue.kind}=${cue.value}`;
    add(`L|${tag}`, ...span);
    add(`R|${cue.rule}`, ...span);
    // The cue in its context: the words around it, where it sits, and whether it is only quoted.
    if (a >= 0) {
      add(`Lp|${tag}|${a > 0 ? stems[a - 1] : '^'}`, ...span);
      add(`Ln|${tag}|${b + 1 < tokens.length ? stems[b + 1] : '$'}`, ...span);
      add(`Lf|${tag}|${stems[0]}`, ...span);
      add(`Ll|${tag}|${Math.min(3, Math.floor(tokens.length / 8))}`, ...span);
      for (let t = Math.max(0, a - 3); t <= Math.min(tokens.length - 1, b + 3); t += 1)
        if (t < a || t > b) add(`Lw|${tag}|${stems[t]}`, ...span);
      if (quoted.some(([qa, qb]) => cue.start >= qa && cue.end <= qb)) add(`Lq|${tag}`, ...span);
      if (last?.norm === '?') add(`L?|${tag}`, ...span);
      add(`Lr|${tag}|${roleOf(tokens, a, b)}`, ...span);
    }
  }
  const dims = vectors?.dims ?? 0;
  const dense = new Float32Array(dims);
  const tokenVectors: Array<Float32Array | undefined> = [];
  let known = 0;
  for (const token of tokens) {
    const v = vectors?.get(token.norm);
    tokenVectors.push(v);
    if (!v) continue;
    known += 1;
    for (let d = 0; d < dims; d += 1) dense[d]! += v[d]!;
  }
  if (known > 0) for (let d = 0; d < dims; d += 1) dense[d]! /= known;
  return {
    tokens,
    index: Int32Array.from(index),
    from: Int32Array.from(from),
    to: Int32Array.from(to),
    dense,
    tokenVectors,
  };
}
