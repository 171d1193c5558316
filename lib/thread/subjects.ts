import nlp from 'compromise/two';
import { stem } from '../text/stem';
import type { Span } from '../text/join-wrapped';

/**
 * A subject two messages can share: a noun phrase with a content noun ("the office move", "the Q3
 * board deck"), read by its words' stems so plural, possessive, case and small wording
 * differences meet ("the board deck" and "the Q3 board decks", "the team's agenda" and "the team agenda").
 */
export interface Subject {
  start: number;
  end: number;
  /** The phrase as written, with its determiner ("the office move"). */
  text: string;
  /** The stem of its last noun. */
  head: string;
  /** The stems of the words before the head. */
  modifiers: string[];
}

/**
 * Nouns that name no subject of their own: time, people in general, and the nouns signal phrases
 * are made of ("top priority", "on hold", "no rush", "back burner").
 */
const NOT_A_SUBJECT = new Set(
  [
    'day',
    'week',
    'month',
    'quarter',
    'year',
    'today',
    'tomorrow',
    'tonight',
    'morning',
    'afternoon',
    'evening',
    'night',
    'eod',
    'end',
    'time',
    'moment',
    'chance',
    'hour',
    'minute',
    'now',
    'sprint',
    'asap',
    'deadline',
    'date',
    'priority',
    'priorities',
    'rush',
    'hurry',
    'hold',
    'backlog',
    'burner',
    'focus',
    'decision',
    'discussion',
    'table',
    'option',
    'thing',
    'stuff',
    'lot',
    'news',
    'update',
    'everyone',
    'everything',
    'anything',
    'something',
    'nothing',
    'team',
    'folks',
    'people',
    'all',
    'question',
    'point',
    'way',
    'number',
    'one',
    'idea',
    'help',
    'thanks',
    'note',
    'email',
    'message',
    'reply',
    'else',
    'need',
    'item',
    'part',
    'meantime',
    'rest',
  ].map(stem),
);

/** Possessive and personal pronouns compromise tags as nouns. */
const PRONOUN =
  /^(?:i|me|my|mine|we|us|our|ours|you|your|yours|he|him|his|she|her|hers|it|its|they|them|their|theirs|this|that|these|those|who|what|which|i'll|we'll|you'll|i'm|we're|let's)$/i;

const DETERMINER = /^(?:the|a|an|our|my|your|their|this|that|these|those|its)$/i;

export interface Term {
  start: number;
  end: number;
  text: string;
  tags: Set<string>;
}

/** Every word of `text` with its part-of-speech tags, parsed once for all the subjects read from it. */
export function termsOf(text: string): Term[] {
  const json = nlp(text).json({ offset: true }) as Array<{
    terms?: Array<{ text: string; tags: string[]; offset?: { start: number; length: number } }>;
  }>;
  return json
    .flatMap((s) => s.terms ?? [])
    .flatMap((t) =>
      t.offset && t.text
        ? [{ start: t.offset.start, end: t.offset.start + t.offset.length, text: t.text, tags: new Set(t.tags) }]
        : [],
    );
}

const wordStem = (t: Term) => stem(t.text.replace(/['’]s?$/, ''));
/** Time words and the nouns of signal phrases end a phrase: "the Q3 roadmap last week" names the roadmap. */
const isGeneric = (t: Term) => NOT_A_SUBJECT.has(wordStem(t)) || (t.tags.has('Date') && !/\d/.test(t.text));
const isNoun = (t: Term) => t.tags.has('Noun') && !t.tags.has('Pronoun') && !PRONOUN.test(t.text);
const isModifier = (t: Term) =>
  !isGeneric(t) &&
  (isNoun(t) ||
    t.tags.has('Adjective') ||
    t.tags.has('Value') ||
    t.tags.has('Acronym') ||
    (t.tags.has('Date') && /\d/.test(t.text)));

/**
 * The subjects named in `span` of `text`, outside the `skip` spans (the signal words themselves:
 * "priority" in "our top priority" names no subject). `all` is termsOf(text).
 */
export function subjectsIn(text: string, all: readonly Term[], span: Span, skip: readonly Span[] = []): Subject[] {
  const terms = all.filter(
    (t) => t.start >= span.start && t.end <= span.end && !skip.some((s) => t.start < s.end && t.end > s.start),
  );
  const subjects: Subject[] = [];
  let run: Term[] = [];
  const close = () => {
    // A run ends on its last noun; adjectives after it ("the office move is final") are not part of it.
    let last = run.length - 1;
    while (last >= 0 && !isNoun(run[last]!)) last--;
    const words = run.slice(0, last + 1);
    run = [];
    const head = words[words.length - 1];
    if (!head) return;
    const headStem = wordStem(head);
    if (headStem.length < 2) return;
    const determiner = terms[terms.indexOf(words[0]!) - 1];
    const start = determiner && DETERMINER.test(determiner.text) ? determiner.start : words[0]!.start;
    subjects.push({
      start,
      end: head.end,
      text: text.slice(start, head.end),
      head: headStem,
      modifiers: words.slice(0, -1).map(wordStem),
    });
  };
  for (const term of terms) {
    // A hyphen or gap between two terms that sit apart ("self-serve") still joins them.
    const previous = run[run.length - 1];
    const adjacent = !previous || /^[\s-]*$/.test(text.slice(previous.end, term.start));
    if (isModifier(term) && adjacent) run.push(term);
    else {
      close();
      if (isModifier(term)) run.push(term);
    }
  }
  close();
  return subjects;
}

/**
 * Whether two phrases name the same subject: the same head noun with modifiers that agree where
 * both give them ("the migration" and "the data warehouse migration" do; "the hiring plan" and
 * "the travel plan" do not), or the words of one all within the other ("the office" in "the office
 * move", where the tagger read "move" as a verb), or two content words in common.
 */
export function sameSubject(a: Subject, b: Subject): boolean {
  const inA = new Set([...a.modifiers, a.head]);
  const inB = new Set([...b.modifiers, b.head]);
  if (a.head === b.head)
    return a.modifiers.length === 0 || b.modifiers.length === 0 || b.modifiers.some((m) => inA.has(m));
  const common = [...inA].filter((w) => inB.has(w)).length;
  return common === inA.size || common === inB.size || common >= 2;
}
