import { avoidPhrase } from './avoid-phrase';
import { decisionOutcomeMismatch } from './decision-outcome-mismatch';
import { decisionPremature } from './decision-premature';
import { decisionReopened } from './decision-reopened';
import { mixedUrgency } from './mixed-urgency';
import { priorityContradiction } from './priority-contradiction';
import { priorityUnknownTop } from './priority-unknown-top';
import { relaxedOnTop } from './relaxed-on-top';
import { staleProfile } from './stale-profile';
import { threadMismatch } from './thread-mismatch';
import { tooManyUrgent } from './too-many-urgent';
import { urgencyAboveNorm } from './urgency-above-norm';
import { urgencyOnPaused } from './urgency-on-paused';
import type { Rule } from './types';

/** Every conflict rule, in catalogue order. */
export const rules: readonly Rule[] = [
  urgencyOnPaused,
  relaxedOnTop,
  urgencyAboveNorm,
  priorityContradiction,
  priorityUnknownTop,
  decisionReopened,
  decisionPremature,
  decisionOutcomeMismatch,
  mixedUrgency,
  tooManyUrgent,
  avoidPhrase,
  staleProfile,
  threadMismatch,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));

export type { Rule, RuleContext, RuleMessage } from './types';
