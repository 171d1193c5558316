import nlp from 'compromise/two';
import type { Signal } from '../report';
import { readingUnits } from '../text/join-wrapped';
import { shiftSignal, shiftSpan, type SentenceReading, type SignalCache } from './cache';
import { chunkRanges } from './chunks';
import { clauseAround, isInCondition, isInEmbeddedQuestion, isNegated, isStateQuestion } from './context';
import { findDeadlines, SPAN_RULE, type DeadlineCue } from './deadline';
import { judgeSentences, judgeUnits } from './judge';
import { loadModel, type Model } from './model/load';
import { withoutOverlaps } from './overlaps';
import { clauseRequestMatches, compiledRules, requestMatches, ruleGate } from './rules';
import { indexOfSentence, sentencesOf, type SentenceSpan } from './sentences';

export type { SentenceSpan } from './sentences';
export { SignalCache, DEFAULT_CACHE_CHARS, type CacheCounts } from './cache';
export interface SignalAnalysis {
  sentences: SentenceSpan[];
  signals: Signal[];
  timedOut: boolean;
  /** Deadlines judged too far off to press (more than two working days): evidence for the model, not signals. */
  farDeadlines?: Array<{ start: number; end: number }>;
  /** Why the model could not judge, when it could not: the signals are then the lexicon's cues alone. */
  modelError?: string;
}
export interface DetectOptions {
  now?: Date;
  /** Clock value after which to stop and return what was found */
  deadline?: number;
  /** The clock `deadline` is on; performance.now() unless a test steps it. */
  clock?: () => number;
  /** Another model than the shipped one (cross-validation runs the product path with each fold's model). */
  model?: Model;
  /**
   * The analysis of sentences already read, kept by the caller between checks of one draft: only
   * new or changed sentences are parsed and judged, and the result is the same as without it.
   */
  cache?: SignalCache;
}

/** Characters parsed at a time, so a huge paste is never parsed whole; the deadline is checked before each sentence. */
const CHUNK_SIZE = 4000;

/** Narrows a cue to its words: no surrounding spaces or trailing punctuation ("by Friday." → "by Friday"). */
function tight(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from += 1;
  while (to > from && /[\s.,;:!?]/.test(text[to - 1] ?? '')) to -= 1;
  return to > from ? { start: from, end: to } : { start, end };
}

interface Found {
  ruleIndex: number;
  view: ReturnType<typeof nlp> & { ptrs?: number[][] };
}

/** `ask` remembered per sentence index: asked once each, on demand. */
function memo(ask: (index: number) => boolean): (index: number) => boolean {
  const answers = new Map<number, boolean>();
  return (index) => {
    let answer = answers.get(index);
    if (answer === undefined) answers.set(index, (answer = ask(index)));
    return answer;
  };
}

/** A same-day word counts only when its own clause asks for something; clauses are parsed on demand. */
function clauseAsks(sentence: SentenceSpan, start: number, end: number): boolean {
  const clause = clauseAround(sentence.text, start - sentence.start, end - sentence.start);
  const view = nlp(sentence.text.slice(clause.start, clause.end));
  return clauseRequestMatches.some((cue) => view.has(cue as never));
}

/** The hits of each of compromise's sentences, in the order the sweep found them. */
function hitsBySentence(found: Found[]): Map<number, Found[]> {
  const hitsOf = new Map<number, Found[]>();
  for (const hit of found) {
    const docIndex = hit.view.ptrs?.[0]?.[0] ?? -1;
    const list = hitsOf.get(docIndex);
    if (list) list.push(hit);
    else hitsOf.set(docIndex, [hit]);
  }
  return hitsOf;
}

/** A chunk's sentences as a cue is read within them. */
interface ChunkSentences {
  text: string;
  base: number;
  sentences: SentenceSpan[];
  sentenceView: (index: number) => Pick<ReturnType<typeof nlp>, 'has'>;
  asksForSomething: (index: number) => boolean;
}

/** The signal a rule's hit stands for, or null when its sentence rules it out (negated, a question, a condition, no request). */
function cueOfHit(
  hit: Found,
  { text, base, sentences, sentenceView, asksForSomething }: ChunkSentences,
): { signal: Signal; weak: boolean } | null {
  const rule = compiledRules[hit.ruleIndex];
  // Term offsets leave out the punctuation around the words, so the cue is exactly its words.
  const terms =
    (hit.view.json({ offset: true }) as Array<{ terms?: Array<{ offset?: { start: number; length: number } }> }>)[0]
      ?.terms ?? [];
  const first = terms[0]?.offset;
  const last = terms[terms.length - 1]?.offset;
  if (!rule || !first || !last) return null;
  // A cue opening on a contraction's implied word ("Don't" → do + not) starts with the contraction.
  let opening = base + first.start;
  if (first.length === 0) while (opening > base && /\S/.test(text[opening - 1] ?? '')) opening -= 1;
  const { start, end: stop } = tight(text, opening, base + last.start + last.length);
  const index = indexOfSentence(sentences, start);
  const sentence = sentences[index];
  if (!sentence) return null;
  if (rule.notIfMatches.some((pattern) => sentenceView(index).has(pattern as never))) return null;
  const before = text.slice(sentence.start, start);
  if (
    !rule.inQuestion &&
    (isStateQuestion(sentence.text) || (rule.kind !== 'decision' && isInEmbeddedQuestion(before)))
  )
    return null;
  if (!rule.inConditional && isInCondition(before)) return null;
  if (rule.requiresRequest && !asksForSomething(index)) return null;
  let value: string | null = rule.value;
  if (isNegated(before)) value = rule.negated ?? null;
  if (value === null) return null;
  const signal: Signal = {
    kind: rule.kind,
    value,
    start,
    end: stop,
    text: text.slice(start, stop),
    topic: null,
    rule: rule.id,
    sentence: { start: sentence.start, end: sentence.end },
  };
  return { signal, weak: rule.weak === true };
}

/**
 * The cues of one chunk, read sentence by sentence: when `late()` says the time is up, the
 * sentences not yet read are left out, with their cues, and `timedOut` says so. A dense chunk
 * (hundreds of cues, each asking about its clause) must not overrun the budget on its own.
 */
function signalsOfChunk(
  text: string,
  base: number,
  end: number,
  now: Date,
  weak: Set<Signal>,
  far: DeadlineCue[],
  late: () => boolean,
): { sentences: SentenceSpan[]; signals: Signal[]; timedOut: boolean } {
  const doc = nlp(text.slice(base, end));
  const { spans: sentences, docIndexes } = sentencesOf(doc, text, base);
  const sentenceView = (index: number) => doc.eq(docIndexes[index] ?? -1);
  const asksForSomething = memo((index: number) => requestMatches.some((cue) => sentenceView(index).has(cue as never)));
  const hitsOf = hitsBySentence(
    (doc.sweep(ruleGate.netFor(doc) as never, { tagger: false }) as unknown as { found: Found[] }).found,
  );
  const cueSignals: Signal[] = [];
  const dateSignals: Signal[] = [];
  const at: ChunkSentences = { text, base, sentences, sentenceView, asksForSomething };
  const readHit = (hit: Found) => {
    const cue = cueOfHit(hit, at);
    if (!cue) return;
    cueSignals.push(cue.signal);
    if (cue.weak) weak.add(cue.signal);
  };
  /** Reads the sentence's deadlines; false when the time ran out before the last one. */
  const readDeadlines = (sentence: SentenceSpan, index: number): boolean => {
    const cues = findDeadlines(sentence.text, sentence.start, now, far);
    if (cues.length === 0 || !asksForSomething(index)) return true;
    for (const cue of cues) {
      if (late()) return false;
      if (cue.rule === 'urgency/near-time' && !clauseAsks(sentence, cue.start, cue.end)) continue;
      const { start, end: stop } = tight(text, cue.start, cue.end);
      dateSignals.push({
        kind: 'urgency',
        value: 'urgent',
        start,
        end: stop,
        text: text.slice(start, stop),
        topic: null,
        rule: cue.rule,
        sentence: { start: sentence.start, end: sentence.end },
      });
    }
    return true;
  };
  /** Reads one sentence whole, or not at all: the model judges a sentence by all of its cues. */
  const readSentence = (index: number): boolean => {
    const cuesBefore = cueSignals.length;
    const datesBefore = dateSignals.length;
    let whole = true;
    // One long sentence can hold hundreds of cues, so the clock is read before each.
    for (const hit of hitsOf.get(docIndexes[index]!) ?? []) {
      if (late()) {
        whole = false;
        break;
      }
      readHit(hit);
    }
    whole &&= readDeadlines(sentences[index]!, index);
    if (!whole) {
      cueSignals.length = cuesBefore;
      dateSignals.length = datesBefore;
    }
    return whole;
  };
  let read = 0;
  while (read < sentences.length && !late() && readSentence(read)) read++;
  return {
    sentences: sentences.slice(0, read),
    signals: [...cueSignals, ...dateSignals],
    timedOut: read < sentences.length,
  };
}

interface ChunkReading {
  sentences: SentenceSpan[];
  signals: Signal[];
  timedOut: boolean;
}

interface Tokenizer {
  one: { tokenize: { splitSentences: (text: string, world: object) => string[] } };
}

/** compromise's own sentence split, the first thing nlp() does with a text: cheap, no tagging. */
function splitSentences(text: string): string[] {
  return (nlp.methods() as unknown as Tokenizer).one.tokenize.splitSentences(text, nlp.world());
}

/**
 * The sentence at `from`..`to` of `text`, parsed on its own, with offsets from its start; null when
 * the time ran out before it was read whole. compromise counts a sentence that opens on punctuation
 * ("- item", "(see") that much longer than its words, so its span can run into the text after it:
 * the reading keeps those characters, and is reused only where they follow it again.
 */
function readAlone(text: string, from: number, to: number, now: Date, late: () => boolean): SentenceReading | null {
  const weak = new Set<Signal>();
  const far: DeadlineCue[] = [];
  const read = signalsOfChunk(text, from, to, now, weak, far, late);
  if (read.timedOut) return null;
  const reach = Math.max(to, ...read.sentences.map((sentence) => sentence.end));
  return {
    spans: read.sentences.map(({ start, end }) => ({ start: start - from, end: end - from })),
    cues: read.signals.map((signal) => ({ signal: shiftSignal(signal, -from), weak: weak.has(signal) })),
    far: far.map((d) => shiftSpan(d, -from)),
    after: { length: reach - to, text: text.slice(to, reach) },
  };
}

/**
 * A chunk read sentence by sentence through the cache. compromise splits a text into sentences
 * before anything else, then tokenizes and tags each sentence by itself, so a sentence parsed
 * alone reads as it does within its chunk; only new sentences are parsed. Null when the chunk
 * cannot be read that way exactly (a sentence that would split again on its own): the caller
 * parses it whole.
 */
function readChunkFromCache(
  text: string,
  base: number,
  end: number,
  now: Date,
  weak: Set<Signal>,
  late: () => boolean,
  cache: SignalCache,
): (ChunkReading & { far: DeadlineCue[] }) | null {
  const chunk = text.slice(base, end);
  const pieces = splitSentences(chunk);
  if (pieces.join('') !== chunk) return null;
  const out: ChunkReading & { far: DeadlineCue[] } = { sentences: [], signals: [], far: [], timedOut: false };
  let at = base;
  for (const piece of pieces) {
    const from = at;
    at += piece.length;
    if (late()) {
      out.timedOut = true;
      break;
    }
    let reading = cache.reading(piece, (length) => text.slice(at, at + length));
    if (!reading) {
      if (splitSentences(piece).length > 1) return null;
      reading = readAlone(text, from, at, now, late) ?? undefined;
      // A sentence not read whole is not kept: the next check reads it again.
      if (!reading) {
        out.timedOut = true;
        break;
      }
      cache.keepReading(piece, reading);
    }
    for (const { start, end: stop } of reading.spans)
      out.sentences.push({ start: from + start, end: from + stop, text: text.slice(from + start, from + stop) });
    for (const cue of reading.cues) {
      const signal = shiftSignal(cue.signal, from);
      out.signals.push(signal);
      if (cue.weak) weak.add(signal);
    }
    out.far.push(...reading.far.map((d) => shiftSpan(d, from)));
  }
  return out;
}

/** A chunk's cues, through the cache when there is one; a chunk the cache cannot read exactly is parsed whole. */
function readChunk(
  text: string,
  range: { start: number; end: number },
  now: Date,
  weak: Set<Signal>,
  far: DeadlineCue[],
  late: () => boolean,
  cache?: SignalCache,
): ChunkReading {
  let cached: ReturnType<typeof readChunkFromCache> = null;
  try {
    if (cache) cached = readChunkFromCache(text, range.start, range.end, now, weak, late, cache);
  } catch (error) {
    // A sentence that fails alone is read again within its chunk, as a check without the cache reads it.
    cache?.noteFault(error);
    cached = null;
  }
  if (!cached) return signalsOfChunk(text, range.start, range.end, now, weak, far, late);
  far.push(...cached.far);
  return cached;
}

/**
 * The lexicon rules' cues in `text`: exact phrases with negation, questions, conditions and
 * requests taken into account. The learned model reads them as evidence. Never throws; stops at `deadline`.
 */
export function detectCues(text: string, options: DetectOptions = {}): SignalAnalysis {
  const now = options.now && Number.isFinite(options.now.getTime()) ? options.now : new Date();
  const sentences: SentenceSpan[] = [];
  const signals: Signal[] = [];
  const weak = new Set<Signal>();
  const farDeadlines: DeadlineCue[] = [];
  let timedOut = false;
  // The dates a cue names are placed from the day of `now` (UTC), never its time.
  options.cache?.begin(now.toISOString().slice(0, 10));
  if (typeof text !== 'string' || text.length === 0) return { sentences, signals, timedOut, farDeadlines };
  const clock = options.clock ?? (() => performance.now());
  const { deadline } = options;
  const late = deadline === undefined ? () => false : () => clock() > deadline;
  for (const range of chunkRanges(text, CHUNK_SIZE)) {
    if (late()) {
      timedOut = true;
      break;
    }
    try {
      const chunk = readChunk(text, range, now, weak, farDeadlines, late, options.cache);
      sentences.push(...chunk.sentences);
      signals.push(...chunk.signals);
      if (chunk.timedOut) {
        timedOut = true;
        break;
      }
    } catch {
      // A parser failure on odd input loses this chunk's cues, never the caller's send.
    }
  }
  return { sentences, signals: withSpans(signals, weak), timedOut, farDeadlines };
}

/**
 * The cues without overlaps, then the spans counted from now that overlap none of them: a span
 * never displaces a lexicon cue, so the cues the model reads are those it was trained on.
 */
function withSpans(signals: Signal[], weak: Set<Signal>): Signal[] {
  const kept = withoutOverlaps(
    signals.filter((s) => s.rule !== SPAN_RULE),
    weak,
  );
  const spans = signals.filter(
    (s) => s.rule === SPAN_RULE && !kept.some((k) => k.kind === s.kind && k.start < s.end && s.start < k.end),
  );
  return spans.length === 0 ? kept : [...kept, ...spans].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The model's verdicts unit by unit (`readingUnits`: a sentence, two a hard line wrap cut apart, or a line the writer broke off), each kept
 * under its text and cues: a unit and its cues seen before get the same verdict again, moved to
 * where the unit now sits. A unit is judged by its own words and cues only, so judging it alone
 * is judging it within the draft.
 */
function judgeFromCache(text: string, cues: SignalAnalysis, model: Model, cache: SignalCache): Signal[] {
  cache.judgedBy(model);
  const ordered = [...cues.signals].sort((x, y) => x.start - y.start);
  const far = [...(cues.farDeadlines ?? [])].sort((x, y) => x.start - y.start);
  const out: Signal[] = [];
  let nextCue = 0;
  let nextFar = 0;
  for (const unit of readingUnits(text, cues.sentences)) {
    const unitCues: Signal[] = [];
    const unitFar: Array<{ start: number; end: number }> = [];
    while (nextCue < ordered.length && ordered[nextCue]!.start < unit.start) nextCue += 1;
    for (; nextCue < ordered.length && ordered[nextCue]!.start < unit.end; nextCue += 1)
      unitCues.push(shiftSignal(ordered[nextCue]!, -unit.start));
    // As judgeSentences reads them: a far deadline is its unit's when it starts and ends within it.
    while (nextFar < far.length && far[nextFar]!.start < unit.start) nextFar += 1;
    for (let i = nextFar; i < far.length && far[i]!.start < unit.end; i += 1)
      if (far[i]!.end <= unit.end) unitFar.push({ start: far[i]!.start - unit.start, end: far[i]!.end - unit.start });
    // A unit can end past the text (compromise can count a sentence longer than its words): judged as the draft judges it.
    const words = text.slice(unit.start, unit.end);
    const key = `${unit.end - unit.start}\u0000${words}\u0000${JSON.stringify(unitCues)}\u0000${JSON.stringify(unitFar)}`;
    let verdict = cache.verdict(key);
    if (!verdict)
      cache.keepVerdict(
        key,
        (verdict = judgeUnits(words, [{ start: 0, end: unit.end - unit.start }], unitCues, unitFar, model)),
      );
    // Units are disjoint and in order, each verdict sorted: together they are in order.
    for (const signal of verdict) out.push(shiftSignal(signal, unit.start));
  }
  return out;
}

/** The model's verdicts on the cues, through the cache when there is one; a fault in the cache costs time, never a verdict. */
function judge(text: string, cues: SignalAnalysis, options: DetectOptions): Signal[] {
  if (!options.cache) return judgeSentences(text, cues.sentences, cues.signals, cues.farDeadlines ?? [], options.model);
  const model = options.model ?? loadModel();
  try {
    return judgeFromCache(text, cues, model, options.cache);
  } catch (error) {
    options.cache.noteFault(error);
    return judgeSentences(text, cues.sentences, cues.signals, cues.farDeadlines ?? [], model);
  }
}

/**
 * Finds urgency, priority and decision signals in `text`: the learned model judges each sentence
 * on every axis, reading the lexicon cues as evidence; a cue it agrees with keeps its exact words,
 * and a value it finds without one carries the words that weighed most. Never throws; stops at `deadline`.
 */
export function detectSignals(text: string, options: DetectOptions = {}): SignalAnalysis {
  const cues = detectCues(text, options);
  try {
    return { ...cues, signals: judge(text, cues, options) };
  } catch (error) {
    // A model failure falls back to the lexicon's own cues, and says so.
    return { ...cues, modelError: error instanceof Error ? error.message : String(error) };
  }
}

/** Parses a short sentence so the first real check is not slower than later ones. */
export function warmUp(): void {
  detectSignals('Please reply by noon tomorrow; the launch is not urgent.');
}
