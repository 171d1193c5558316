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
  /** performance.now() value after which to stop and return what was found */
  deadline?: number;
  /** Another model than the shipped one (cross-validation runs the product path with each fold's model). */
  model?: Model;
}

/** Characters parsed at a time, so a huge paste can stop at the deadline between chunks. */
const CHUNK_SIZE = 4000;

/** Narrows a cue to its words: no surrounding spaces or trailing punctuation ("by Friday." → "by Friday"). */
function tight(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from += 1;
  while (to > from && /[\s.,;:!?]/.test(text[to - 1] ?? '')) to -= 1;
  return to > from ? { start: from, end: to } : { start, end };
}

interface Found { ruleIndex: number; view: ReturnType<typeof nlp> }

function signalsOfChunk(text: string, base: number, end: number, now: Date, weak: Set<Signal>, far: DeadlineCue[]): { sentences: SentenceSpan[]; signals: Signal[] } {
  const doc = nlp(text.slice(base, end));
  const { spans: sentences, docIndexes } = sentencesOf(doc, text, base);
  const sentenceView = (index: number) => doc.eq(docIndexes[index] ?? -1);
  const signals: Signal[] = [];
  const requests = new Map<number, boolean>();
  const asksForSomething = (index: number): boolean => {
    let asks = requests.get(index);
    if (asks === undefined) {
      const sentence = sentenceView(index);
      asks = requestMatches.some((cue) => sentence.has(cue as never));
      requests.set(index, asks);
    }
    return asks;
  };
  // A same-day word counts only when its own clause asks for something; clauses are parsed on demand.
  const clauseAsks = (sentence: SentenceSpan, start: number, end: number): boolean => {
    const clause = clauseAround(sentence.text, start - sentence.start, end - sentence.start);
    const view = nlp(sentence.text.slice(clause.start, clause.end));
    return clauseRequestMatches.some((cue) => view.has(cue as never));
  };
  const { found } = doc.sweep(ruleNet, { tagger: false }) as unknown as { found: Found[] };
  for (const hit of found) {
    const rule = compiledRules[hit.ruleIndex];
    // Term offsets leave out the punctuation around the words, so the cue is exactly its words.
    const terms = (hit.view.json({ offset: true }) as Array<{ terms?: Array<{ offset?: { start: number; length: number } }> }>)[0]?.terms ?? [];
    const first = terms[0]?.offset;
    const last = terms[terms.length - 1]?.offset;
    if (!rule || !first || !last) continue;
    // A cue opening on a contraction's implied word ("Don't" → do + not) starts with the contraction.
    let opening = base + first.start;
    if (first.length === 0) while (opening > base && /\S/.test(text[opening - 1] ?? '')) opening -= 1;
    const { start, end: stop } = tight(text, opening, base + last.start + last.length);
    const index = indexOfSentence(sentences, start);
    const sentence = sentences[index];
    if (!sentence) continue;
    if (rule.notIfMatches.some((pattern) => sentenceView(index).has(pattern as never))) continue;
    if (!rule.inQuestion && isStateQuestion(sentence.text)) continue;
    const before = text.slice(sentence.start, start);
    if (!rule.inConditional && isInCondition(before)) continue;
    if (rule.requiresRequest && !asksForSomething(index)) continue;
    let value: string | null = rule.value;
    if (isNegated(before)) value = rule.negated ?? null;
    if (value === null) continue;
    const signal: Signal = { kind: rule.kind, value, start, end: stop, text: text.slice(start, stop), topic: null, rule: rule.id, sentence: { start: sentence.start, end: sentence.end } };
    signals.push(signal);
    if (rule.weak) weak.add(signal);
  }
  sentences.forEach((sentence, index) => {
    const cues = findDeadlines(sentence.text, sentence.start, now, far);
    if (cues.length === 0 || !asksForSomething(index)) return;
    for (const cue of cues) {
      if (cue.rule === 'urgency/near-time' && !clauseAsks(sentence, cue.start, cue.end)) continue;
      const { start, end: stop } = tight(text, cue.start, cue.end);
      signals.push({ kind: 'urgency', value: 'urgent', start, end: stop, text: text.slice(start, stop), topic: null, rule: cue.rule, sentence: { start: sentence.start, end: sentence.end } });
    }
  });
  return { sentences, signals };
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
  for (const range of chunkRanges(text, CHUNK_SIZE)) {
    if (options.deadline !== undefined && performance.now() > options.deadline) {
      timedOut = true;
      break;
    }
    try {
      const chunk = signalsOfChunk(text, range.start, range.end, now, weak, farDeadlines);
      sentences.push(...chunk.sentences);
      signals.push(...chunk.signals);
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
