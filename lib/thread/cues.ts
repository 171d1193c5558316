import type { Signal } from '../report';
import { isInCondition, clauseTail } from '../signals/context';
import type { Span } from '../text/join-wrapped';
import { asides, clauseBreaks } from '../topics';
import { subjectsIn, termsOf, type Subject, type Term } from './subjects';

/** A signal with what it is about, read the same way in the reply and in the messages it quotes. */
export interface ThreadCue {
  signal: Signal;
  sentence: Span;
  /** The profile item the signal is about, if any. */
  topic: string | null;
  /**
   * The noun phrases it is about: its own clause's, else its sentence's, else the sentence
   * before's. Read on first use: the text is parsed for them only when a comparison needs them.
   */
  subjects(): Subject[];
  /** False when the words ask or set a condition instead of saying how things stand. */
  claim: boolean;
}

/**
 * A request put as a question ("Could you send it by Friday?") still asks for something; a question
 * about how things stand ("Is the move decided?", "Should this be urgent?") claims nothing.
 */
const REQUEST_QUESTION = /^\W*(?:(?:can|could|would|will)\s+(?:you|we|someone|somebody)\b|please\b)/i;
/** Time conditions the signal detector reads as claims: "once it is approved", "as soon as it is final". */
const TIME_CONDITION = /\b(?:once|as soon as|when|until|unless|after|before)\b/i;

/** Where one sentence ends and the next begins inside a span the parser read as one: after [.!?], or at a new list item. */
const BOUNDARY = /[.!?]["”’)\]]*(?=\s)|\n[ \t]*(?:[-*•]|\d+[.)])[ \t]+|\n[ \t]*\n/g;

/**
 * The sentence around `at` within a parsed sentence span: the parser can run a sentence into the
 * next list item ("…two weeks.\n- Is it urgent? M"), which would hide a question mark.
 */
export function ownSentence(text: string, sentence: Span, at: number): Span {
  let start = sentence.start;
  let end = sentence.end;
  const words = text.slice(sentence.start, sentence.end);
  for (const boundary of words.matchAll(BOUNDARY)) {
    const cut = sentence.start + boundary.index + boundary[0].length;
    const punctuation = /^[.!?]/.test(boundary[0]);
    if (cut <= at) start = cut;
    else {
      end = punctuation ? cut : sentence.start + boundary.index;
      break;
    }
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function containing(sentences: readonly Span[], at: number): number {
  return sentences.findIndex((s) => s.start <= at && at < Math.max(s.end, s.start + 1));
}

/** Whether the signal states how things stand (not a question, not a condition). */
export function isClaim(text: string, signal: Signal, sentence: Span): boolean {
  const words = text.slice(sentence.start, sentence.end).trim();
  if (words.endsWith('?') && !REQUEST_QUESTION.test(words)) return false;
  const before = text.slice(sentence.start, signal.start);
  return !isInCondition(before) && !TIME_CONDITION.test(clauseTail(before));
}

/** Reads every signal of `text` with its subjects. `signals` carry their topics; `sentences` are joined across wrapped lines. */
export function threadCues(text: string, signals: readonly Signal[], sentences: readonly Span[]): ThreadCue[] {
  const cache = new Map<number, Subject[]>();
  let terms: Term[] | undefined;
  const spansIn = (s: Span) => signals.filter((g) => g.start >= s.start && g.end <= s.end);
  const sentenceSubjects = (index: number): Subject[] => {
    let found = cache.get(index);
    if (!found)
      cache.set(
        index,
        (found = subjectsIn(text, (terms ??= termsOf(text)), sentences[index]!, spansIn(sentences[index]!))),
      );
    return found;
  };
  return signals.flatMap((signal) => {
    const index = containing(sentences, signal.start);
    if (index < 0) return [];
    const sentence = ownSentence(text, sentences[index]!, signal.start);
    let subjects: Subject[] | undefined;
    const read = (): Subject[] => {
      const all = sentenceSubjects(index);
      const breaks = clauseBreaks(text, sentence);
      const from = Math.max(sentence.start, ...breaks.filter((b) => b <= signal.start));
      const to = Math.min(sentence.end, ...breaks.filter((b) => b >= signal.end));
      const own = all.filter((s) => s.start >= from && s.end <= to);
      // Outside its clause, what the sentence says is said of its subject, not of what an aside names.
      const aside = asides(text, sentence);
      const main = all.filter((s) => !aside.some((a) => s.start >= a.start && s.end <= a.end));
      const named = main.length > 0 ? main : all;
      // A fragment that names nothing ("Not urgent.") speaks of what the sentence before it named.
      return own.length > 0 ? own : named.length > 0 ? named : index > 0 ? sentenceSubjects(index - 1) : [];
    };
    return [
      {
        signal,
        sentence,
        topic: signal.topic,
        subjects: () => (subjects ??= read()),
        claim: isClaim(text, signal, sentence),
      },
    ];
  });
}
