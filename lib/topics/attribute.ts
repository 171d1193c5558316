import type { Signal } from '../report';
import type { Mention } from './mentions';

export interface Span {
  start: number;
  end: number;
}

/**
 * Words that point back to what the previous sentence was about: "it", "this project", "that
 * decision", or a bare "this" / "these" used as the subject ("This is urgent"). A demonstrative
 * before another noun ("this week", "this group") points elsewhere, and a bare "that" only counts
 * at the start of a sentence, since elsewhere it is usually a conjunction ("I think that …").
 */
const REFERS_BACK = new RegExp(
  [
    String.raw`\b(?:it|its|it's|it’s)\b`,
    String.raw`\b(?:this|that|these|those|the)\s+(?:project|decision|work|one|initiative|item|topic|plan|effort|choice|call)\b`,
    String.raw`\b(?:this|these|those)\b(?=\s*(?:[.,;:!?)]|$|(?:is|was|are|were|needs?|has|have|should|must|will|would|can|could|may|might|seems?|looks?|means?|remains?|stays?|requires?|deserves?|gets?|got)\b|['’]s\b))`,
    String.raw`^\W*(?:(?:and|but|so)\s+)?that\b`,
  ].join('|'),
  'i',
);

/** Where a sentence's clauses break, so a cue prefers a name in its own clause. */
const CLAUSE_BREAK = /[,;:–—(]|\b(?:but|while|whereas|however|although|though)\b/gi;

export function refersBack(sentence: string): boolean {
  return REFERS_BACK.test(sentence);
}

function clauseIndex(sentence: string, offset: number): number {
  let count = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    if (match.index >= offset) break;
    count++;
  }
  return count;
}

function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** The mention a cue is about: in its own clause if one is, else the nearest; ties go to the earlier one. */
export function nearestMention(cue: Span, mentions: readonly Mention[], text: string, sentence: Span): Mention | undefined {
  if (mentions.length === 0) return undefined;
  const sentenceText = text.slice(sentence.start, sentence.end);
  const cueClause = clauseIndex(sentenceText, cue.start - sentence.start);
  let best: Mention | undefined;
  let bestScore = Infinity;
  for (const m of mentions) {
    const sameClause = clauseIndex(sentenceText, m.start - sentence.start) === cueClause;
    const score = distance(cue, m) + (sameClause ? 0 : 1e6);
    if (score < bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Joins sentences that a hard line wrap split in two: a piece that does not end a sentence,
 * followed on the next line by one that starts in lower case, is one sentence.
 */
export function joinWrapped(text: string, sentences: readonly Span[]): Span[] {
  const joined: Span[] = [];
  for (const sentence of [...sentences].sort((a, b) => a.start - b.start)) {
    const last = joined[joined.length - 1];
    const gap = last ? text.slice(last.end, sentence.start) : '';
    const wrapped =
      last !== undefined &&
      /^[ \t]*\r?\n[ \t]*$/.test(gap) &&
      !/[.!?…:;"”)\]]\s*$/.test(text.slice(last.start, last.end)) &&
      /^[\p{Ll}\d]/u.test(text.slice(sentence.start, sentence.end));
    if (wrapped) last.end = Math.max(last.end, sentence.end);
    else joined.push({ start: sentence.start, end: sentence.end });
  }
  return joined;
}

function containing(sentences: readonly Span[], at: number): Span | undefined {
  return sentences.find((s) => s.start <= at && at < Math.max(s.end, s.start + 1));
}

function inside(span: Span, mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => m.start >= span.start && m.end <= span.end);
}

/** Item names first; a decision's options ("Stripe") only when the sentence names no item. */
function candidates(mentions: readonly Mention[]): Mention[] {
  const names = mentions.filter((m) => m.role === 'name');
  return names.length > 0 ? names : [...mentions];
}

/**
 * What each sentence is about: the last item it names, or, when it names none and refers back
 * ("it", "this project", "that decision"), what the previous sentence was about.
 */
export function sentenceTopics(text: string, sentences: readonly Span[], mentions: readonly Mention[]): (string | null)[] {
  const topics: (string | null)[] = [];
  let previous: string | null = null;
  for (const sentence of sentences) {
    const own = candidates(inside(sentence, mentions));
    const last = own[own.length - 1];
    const topic: string | null = last ? last.itemId : refersBack(text.slice(sentence.start, sentence.end)) ? previous : null;
    topics.push(topic);
    previous = topic;
  }
  return topics;
}

/**
 * Attributes each signal to a profile item: the nearest name in its sentence, else what the
 * sentence refers back to. Signals come back as copies; the input is not changed.
 */
export function attributeTopics(text: string, signals: readonly Signal[], sentences: readonly Span[], mentions: readonly Mention[]): Signal[] {
  const ordered = joinWrapped(text, sentences);
  const topics = sentenceTopics(text, ordered, mentions);
  return signals.map((signal) => {
    const index = ordered.indexOf(containing(ordered, signal.start)!);
    const sentence = ordered[index] ?? signal.sentence;
    const nearest = nearestMention(signal, candidates(inside(sentence, mentions)), text, sentence);
    if (nearest) return { ...signal, topic: nearest.itemId };
    const carried = index > 0 && refersBack(text.slice(sentence.start, sentence.end)) ? topics[index - 1]! : null;
    return { ...signal, topic: carried };
  });
}
