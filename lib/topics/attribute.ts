import type { Signal } from '../report';
import type { Mention } from './mentions';
import { contrastBreak } from '../text/clauses';
import { joinWrapped, readingUnits, type Span } from '../text/join-wrapped';

export { joinWrapped, readingUnits, type Span };

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

/**
 * A request to the reader ("Please let me know ASAP", "Could you send it today?"). When it names
 * nothing, the pace it asks for is the pace of the draft's business: the one item the draft names,
 * if it names only one. Narrower than the lexicon's request cues (`lib/signals/lexicon/context.ts`,
 * which also count "need", "must" and deadlines, and need a parse): only words that ask the reader.
 */
const REQUEST = /\b(?:please|pls|let (?:me|us) know|can you|could you|would you|will you)\b/i;

/** The one profile item a draft names, or null when it names none or several. */
function soleItem(mentions: readonly Mention[]): string | null {
  const items = new Set(mentions.map((m) => m.itemId));
  return items.size === 1 ? [...items][0]! : null;
}

export function refersBack(sentence: string): boolean {
  return REFERS_BACK.test(sentence);
}

/** Offsets (into the text) where the sentence's clauses break. */
export function clauseBreaks(text: string, sentence: Span): number[] {
  return [...text.slice(sentence.start, sentence.end).matchAll(contrastBreak)].map((m) => sentence.start + m.index);
}

/** How many breaks come before an offset: the clause it sits in. */
function clauseIndex(breaks: readonly number[], offset: number): number {
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (breaks[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/**
 * An aside set off by commas that names something for contrast or as an example: "The dashboards,
 * unlike checkout, can wait", "Billing, not checkout, is on hold", "Infra work, such as the
 * migration, can slide". What the sentence says is said of its subject, not of what the aside names.
 */
const ASIDE =
  /,\s*(?:unlike|like|as with|except(?:\s+for)?|besides|apart from|other than|rather than|instead of|not|including|along with|together with|as well as|such as|compared (?:with|to)|as opposed to)\b[^,;:.!?]*,/gi;

/** Offsets (into the text) of the sentence's asides. */
export function asides(text: string, sentence: Span): Span[] {
  return [...text.slice(sentence.start, sentence.end).matchAll(ASIDE)].map((m) => ({
    start: sentence.start + m.index,
    end: sentence.start + m.index + m[0].length,
  }));
}

/**
 * The mention a cue is about: in its own clause if one is, else the nearest outside an aside
 * (the nearest in one when there is no other); ties go to the earlier one.
 */
export function nearestMention(
  cue: Span,
  mentions: readonly Mention[],
  breaks: readonly number[],
  aside: readonly Span[] = [],
): Mention | undefined {
  const cueClause = clauseIndex(breaks, cue.start);
  const inAside = (m: Mention) => aside.some((a) => m.start >= a.start && m.end <= a.end);
  let best: Mention | undefined;
  let bestScore = Infinity;
  for (const m of mentions) {
    const sameClause = clauseIndex(breaks, m.start) === cueClause;
    const score = distance(cue, m) + (sameClause ? 0 : inAside(m) ? 2e9 : 1e9);
    if (score < bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
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
 * What each sentence is about: the last item it names outside an aside, or, when it names none and refers back
 * ("it", "this project", "that decision"), what the previous sentence was about.
 */
export function sentenceTopics(
  text: string,
  sentences: readonly Span[],
  mentions: readonly Mention[],
): (string | null)[] {
  const topics: (string | null)[] = [];
  let previous: string | null = null;
  for (const sentence of sentences) {
    const own = candidates(inside(sentence, mentions));
    const aside = asides(text, sentence);
    const main = own.filter((m) => !aside.some((a) => m.start >= a.start && m.end <= a.end));
    const last = main.length > 0 ? main[main.length - 1] : own[own.length - 1];
    const topic: string | null = last
      ? last.itemId
      : refersBack(text.slice(sentence.start, sentence.end))
        ? previous
        : null;
    topics.push(topic);
    previous = topic;
  }
  return topics;
}

/** Whether a sentence is nothing but the signal's words and punctuation: "URGENT!!!", "ON HOLD:". */
function isLoneFlag(text: string, sentence: Span, signal: Span): boolean {
  return /^[\W_]*$/.test(text.slice(sentence.start, signal.start) + text.slice(signal.end, sentence.end));
}

/**
 * Attributes each signal to a profile item: the nearest name in its sentence, else what the
 * sentence refers back to. `sentences` are the draft's reading units (`readingUnits`: hard-wrapped
 * lines joined, lines the writer broke apart), the same ones the model and the rules read. Signals come back as copies.
 */
export function attributeTopics(
  text: string,
  signals: readonly Signal[],
  sentences: readonly Span[],
  mentions: readonly Mention[],
): Signal[] {
  const topics = sentenceTopics(text, sentences, mentions);
  const sole = soleItem(mentions);
  const breaksOf = new Map<Span, { breaks: number[]; aside: Span[] }>();
  return signals.map((signal) => {
    const found = containing(sentences, signal.start);
    const sentence = found ?? signal.sentence;
    const own = candidates(inside(sentence, mentions));
    if (own.length > 0) {
      let shape = breaksOf.get(sentence);
      if (!shape)
        breaksOf.set(sentence, (shape = { breaks: clauseBreaks(text, sentence), aside: asides(text, sentence) }));
      const nearest = nearestMention(signal, own, shape.breaks, shape.aside);
      if (nearest) return { ...signal, topic: nearest.itemId };
    }
    const index = found ? sentences.indexOf(found) : -1;
    const words = text.slice(sentence.start, sentence.end);
    // A line's lone flag ("URGENT!!! I-6 penalty charges") labels the words after it on its line.
    const next = sentences[index + 1];
    if (
      index >= 0 &&
      next &&
      isLoneFlag(text, sentence, signal) &&
      !text.slice(sentence.end, next.start).includes('\n')
    )
      return { ...signal, topic: topics[index + 1]! };
    const carried = index > 0 && refersBack(words) ? topics[index - 1]! : null;
    if (carried === null && signal.kind === 'urgency' && REQUEST.test(words)) return { ...signal, topic: sole };
    return { ...signal, topic: carried };
  });
}
