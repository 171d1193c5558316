export { checkDraft, DEFAULT_BUDGET_MS, DEFAULT_MAX_CHARS, DEFAULT_STALE_AFTER_DAYS, type CheckOptions } from './check';
export { parseProfile, parseProfileJson, formatErrors, exampleProfile, profileSchema } from './profile';
export type { Profile, ProfileInput, PriorityItem, DecisionItem, Norms, ParseResult, ProfileError } from './profile';
export { reportSchema, findingSchema, signalSchema, SEVERITY_RANK } from './report';
export type { Report, Finding, Signal, Entry, Severity, SignalKind } from './report';
export { rules, rulesById, type Rule, type RuleContext } from './conflicts';
export { warmUp } from './signals';
