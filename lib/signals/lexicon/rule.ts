/**
 * One cue in a lexicon. `match` and `notIf` use compromise match syntax.
 * `notIf` (one pattern or several) is tested against the sentence holding the cue: when any matches, the cue is not a claim
 * (boilerplate, a date that only reports an event, a descriptive use).
 * `negated` says what the cue means under negation ("not urgent"): another value, or null when
 * negation simply cancels it. Without it, a negated cue is cancelled.
 */
export interface LexiconRule<V extends string = string> {
  match: string;
  value: V;
  notIf?: string | string[];
  negated?: V | null;
  /** A sentence the rule fires on, checked by the lexicon tests. */
  example: string;
  /** Whether the cue still counts inside an if/unless clause ("please reply ASAP if you can"). */
  inConditional?: boolean;
  /**
   * The cue only counts in a sentence that asks for or needs something ("please call me
   * immediately", "we need this quickly"), not in narration ("we quickly discovered…").
   */
  requiresRequest?: boolean;
  /** Whether the cue still counts in a yes/no question ("Do we want to revise it?" asks for a decision). */
  inQuestion?: boolean;
  /**
   * Weak evidence ("a draft of", "proposal"): it gives way to any other cue of the same kind in
   * the same sentence ("two proposals were approved" is decided, not open).
   */
  weak?: boolean;
}
