import nlp from 'compromise/two';
import type { Signal } from '../report';
import { chunkRanges } from './chunks';
import { clauseAround, isInCondition, isNegated, isStateQuestion } from './context';
import { findDeadlines, type DeadlineCue } from './deadline';
import { judgeSentences } from './judge';
import type { Model } from './model/load';
import { withoutOverlaps } from './overlaps';
import { clauseRequestMatches, compiledRules, requestMatches, ruleNet } from './rules';
import { indexOfSentence, sentencesOf, type SentenceSpan } from './sentences';

export type { SentenceSpan } from './sentences';
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

interface Found { ruleIndex: number; view: ReturnType<typeof nlp> & { ptrs?: number[][] } }

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
  const hitsOf = hitsBySentence((doc.sweep(ruleNet, { tagger: false }) as unknown as { found: Found[] }).found);
  const cueSignals: Signal[] = [];
  const dateSignals: Signal[] = [];
  const readHit = (hit: Found) => {
    const rule = compiledRules[hit.ruleIndex];
    // Term offsets leave out the punctuation around the words, so the cue is exactly its words.
    const terms = (hit.view.json({ offset: true }) as Array<{ terms?: Array<{ offset?: { start: number; length: number } }> }>)[0]?.terms ?? [];
    const first = terms[0]?.offset;
    const last = terms[terms.length - 1]?.offset;
    if (!rule || !first || !last) return;
    // A cue opening on a contraction's implied word ("Don't" → do + not) starts with the contraction.
    let opening = base + first.start;
    if (first.length === 0) while (opening > base && /\S/.test(text[opening - 1] ?? '')) opening -= 1;
    const { start, end: stop } = tight(text, opening, base + last.start + last.length);
    const index = indexOfSentence(sentences, start);
    const sentence = sentences[index];
    if (!sentence) return;
    if (rule.notIfMatches.some((pattern) => sentenceView(index).has(pattern as never))) return;
    if (!rule.inQuestion && isStateQuestion(sentence.text)) return;
    const before = text.slice(sentence.start, start);
    if (!rule.inConditional && isInCondition(before)) return;
    if (rule.requiresRequest && !asksForSomething(index)) return;
    let value: string | null = rule.value;
    if (isNegated(before)) value = rule.negated ?? null;
    if (value === null) return;
    const signal: Signal = { kind: rule.kind, value, start, end: stop, text: text.slice(start, stop), topic: null, rule: rule.id, sentence: { start: sentence.start, end: sentence.end } };
    cueSignals.push(signal);
    if (rule.weak) weak.add(signal);
  };
  /** Reads the sentence's deadlines; false when the time ran out before the last one. */
  const readDeadlines = (sentence: SentenceSpan, index: number): boolean => {
    const cues = findDeadlines(sentence.text, sentence.start, now, far);
    if (cues.length === 0 || !asksForSomething(index)) return true;
    for (const cue of cues) {
      if (late()) return false;
      if (cue.rule === 'urgency/near-time' && !clauseAsks(sentence, cue.start, cue.end)) continue;
      const { start, end: stop } = tight(text, cue.start, cue.end);
      dateSignals.push({ kind: 'urgency', value: 'urgent', start, end: stop, text: text.slice(start, stop), topic: null, rule: cue.rule, sentence: { start: sentence.start, end: sentence.end } });
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
  return { sentences: sentences.slice(0, read), signals: [...cueSignals, ...dateSignals], timedOut: read < sentences.length };
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
      const chunk = signalsOfChunk(text, range.start, range.end, now, weak, farDeadlines, late);
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
  return { sentences, signals: withoutOverlaps(signals, weak), timedOut, farDeadlines };
}

/**
 * Finds urgency, priority and decision signals in `text`: the learned model judges each sentence
 * on every axis, reading the lexicon cues as evidence; a cue it agrees with keeps its exact words,
 * and a value it finds without one carries the words that weighed most. Never throws; stops at `deadline`.
 */
export function detectSignals(text: string, options: DetectOptions = {}): SignalAnalysis {
  const cues = detectCues(text, options);
  try {
    return { ...cues, signals: judgeSentences(text, cues.sentences, cues.signals, cues.farDeadlines ?? [], options.model) };
  } catch (error) {
    // A model failure falls back to the lexicon's own cues, and says so.
    return { ...cues, modelError: error instanceof Error ? error.message : String(error) };
  }
}

/** Parses a short sentence so the first real check is not slower than later ones. */
export function warmUp(): void {
  detectSignals('Please reply by noon tomorrow; the launch is not urgent.');
}
