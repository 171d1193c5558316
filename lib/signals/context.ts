import {
  clauseBreakers,
  clauseEnders,
  conditionOpeners,
  negationReach,
  raisedNegationReach as raisedReach,
  negators,
  stateQuestionStarts,
  embeddedQuestionOpeners,
  askingVerbs,
} from './lexicon/context';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const negation = new RegExp(
  String.raw`(?:\b(?:${alternation(negators.filter((w) => w !== "n't"))})|n't)\s+(?:[\w'-]+\s+){0,${negationReach - 1}}$`,
  'i',
);
const condition = new RegExp(String.raw`\b(?:${alternation(conditionOpeners)})\b`, 'gi');
const stateQuestion = new RegExp(String.raw`^\W*(?:${alternation(stateQuestionStarts)})\b`, 'i');

/** The part of `before` that belongs to the same clause as what follows it. */
export function clauseTail(before: string): string {
  let cut = 0;
  const lower = before.toLowerCase();
  for (const breaker of clauseBreakers) {
    const at = lower.lastIndexOf(breaker);
    if (at >= 0) cut = Math.max(cut, at + breaker.length);
  }
  return before.slice(cut);
}

/** "Nothing is more urgent than…" ranks the cue above everything else; it does not deny it. */
const nothingComparative = /\bnothing\s+(?:[\w'-]+\s+){0,2}(?:more|as|so)\s+$/i;

/**
 * A negated verb of opinion reaches into the clause it introduces: "I don't think the migration is
 * urgent" denies the urgency, as "the migration is not urgent" does (negation raising). Only verbs
 * that raise their negation this way; "I don't know whether it is urgent" asks, it does not deny.
 */
const raisedNegation = new RegExp(
  String.raw`\b(?:do|does|did|would)(?:\s+not|n['’]t)\s+(?:really\s+|necessarily\s+|honestly\s+|actually\s+)?` +
    String.raw`(?:think|believe|expect|suppose|imagine|feel|reckon)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,${raisedReach}}$`,
  'i',
);

/** Whether the words just before a cue negate it. */
export function isNegated(before: string): boolean {
  const clause = clauseTail(before);
  const tail = clause.slice(-80);
  if (nothingComparative.test(tail)) return false;
  return negation.test(tail) || raisedNegation.test(clause.slice(-160));
}

/** Whether a cue sits inside an if/unless clause that has not ended yet. */
export function isInCondition(before: string): boolean {
  const tail = clauseTail(before);
  condition.lastIndex = 0;
  return condition.test(tail);
}

const embeddedQuestion = new RegExp(
  String.raw`\b(?:(?:${alternation(embeddedQuestionOpeners)})|(?:${alternation(askingVerbs)})(?:\s+(?:me|us|them|him|her|you))?\s+if)\b`,
  'i',
);

/** Whether a cue sits inside an embedded question that has not ended yet ("I don't know whether it is urgent"). */
export function isInEmbeddedQuestion(before: string): boolean {
  return embeddedQuestion.test(clauseTail(before));
}

/** Whether the sentence asks about a state instead of stating it. */
export function isStateQuestion(sentence: string): boolean {
  return sentence.trimEnd().endsWith('?') && stateQuestion.test(sentence);
}

/** The clause of `sentence` around `start`..`end`, as offsets into the sentence. */
export function clauseAround(sentence: string, start: number, end: number): { start: number; end: number } {
  const lower = sentence.toLowerCase();
  let from = 0;
  let to = sentence.length;
  for (const breaker of clauseBreakers) {
    const before = lower.lastIndexOf(breaker, Math.max(0, start - breaker.length));
    if (before >= 0 && before + breaker.length <= start) from = Math.max(from, before + breaker.length);
    const after = lower.indexOf(breaker, end);
    if (after >= 0) to = Math.min(to, after);
  }
  for (const ender of clauseEnders) {
    const after = lower.indexOf(ender, end);
    if (after >= 0) to = Math.min(to, after);
  }
  return { start: from, end: to };
}
