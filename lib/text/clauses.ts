/**
 * Where one clause of a sentence ends and another begins, read for three questions. The three
 * differ on purpose, and they live side by side so that each difference is a choice one can see:
 *
 * - `clauseStart` (with `clauseBefore`): what governs a cue. Negation, a condition or a request
 *   reaches a cue only from inside its own clause, so any new statement starts afresh: punctuation,
 *   a contrast, a reason or time, a relative word ("which is urgent" is its own claim), or "and"
 *   before a new subject and its verb ("and the redesign is urgent"; "chatbot and support requests"
 *   stays one clause).
 * - `contrastBreak`: who a cue is about. A cue prefers a name in its own clause, and only
 *   punctuation or a contrast moves the reader to another subject; a relative clause ("the
 *   migration, which Ana owns, is urgent") is still about the same thing.
 * - `subjectBreak`: whether words fronted before a passive verb are its subject ("overflow from
 *   Leeds will be outsourced"). Any aside or subordinate clause between them ends the subject, and
 *   "that" does too; sentence ends are already apart, so ";" is not needed.
 */

/** Conjunctions that open a contrasting statement. */
const CONTRAST = ['but', 'while', 'whereas', 'however', 'although', 'though'];
/** Words that open a clause of reason or consequence. */
const REASON = ['because', 'since', 'so'];
/** Words that open a clause of time or place. */
const WHEN = ['when', 'where'];
/** Relative pronouns. */
const RELATIVE = ['which', 'who', 'whom'];

const words = (list: readonly string[]) => `\\b(?:${list.join('|')})\\b`;

/** A subject and its verb after "and": a new statement rather than a list. */
const AND_NEW_STATEMENT =
  "\\band\\s+(?=(?:we|i|you|they|he|she|it|this|that|there)\\b|(?:[\\p{L}'’-]+\\s+){1,3}(?:is|are|was|were|will|would|has|have|had|needs?|must|should|can|could)\\b)";

export const clauseStart = new RegExp(
  `[,;:–—()]|\\s-\\s|${words([...CONTRAST, ...REASON, 'then', ...RELATIVE, 'until', ...WHEN])}|${AND_NEW_STATEMENT}`,
  'giu',
);

export const contrastBreak = new RegExp(`[,;:–—(]|${words(CONTRAST)}`, 'gi');

export const subjectBreak = new RegExp(
  `[,:()\\u2013\\u2014]|${words(['but', 'that', ...RELATIVE, 'whose', 'while', 'whereas', ...REASON, 'if', ...WHEN])}`,
  'i',
);

/** Farther back than any negation or condition reaches; a pasted "sentence" can run for pages. */
const CLAUSE_LOOKBACK = 150;

/** The words of a cue's clause before it, from the clause's start (never before its sentence) up to `at`. */
export function clauseBefore(text: string, sentenceStart: number, at: number): string {
  const before = text.slice(Math.max(sentenceStart, at - CLAUSE_LOOKBACK), at);
  let from = 0;
  for (const match of before.matchAll(clauseStart)) from = match.index + match[0].length;
  return before.slice(from);
}
