import nlp from 'compromise/two';
import type { SignalKind } from '../report';
import { gateFor, type Net } from './gate';
import { clauseRequestCues, requestCues } from './lexicon/context';
import { decisionRules } from './lexicon/decision';
import { priorityRules } from './lexicon/priority';
import type { LexiconRule } from './lexicon/rule';
import { urgencyRules } from './lexicon/urgency';

export interface CompiledRule extends LexiconRule {
  kind: SignalKind;
  id: string;
  notIfMatches: Array<ReturnType<typeof nlp.parseMatch>>;
}

/** A readable id from the rule's first reading: "(we|i) (have|has)? decided" → "we-have-decided". */
const slug = (match: string) =>
  match
    .replace(/\(([^|)]*)[^)]*\)/g, '$1')
    .toLowerCase()
    .replace(/[^a-z0-9#]+/g, '-')
    .replace(/^-|-$/g, '');

const lexicons: Array<[SignalKind, LexiconRule[]]> = [
  ['urgency', urgencyRules],
  ['priority', priorityRules],
  ['decision', decisionRules],
];

/** Every lexicon rule with its kind and a stable id, compiled once at module load. */
export const compiledRules: CompiledRule[] = lexicons.flatMap(([kind, rules]) =>
  rules.map((rule) => ({
    ...rule,
    kind,
    id: `${kind}/${slug(rule.match)}`,
    notIfMatches: (rule.notIf === undefined ? [] : [rule.notIf].flat()).map((pattern) => nlp.parseMatch(pattern)),
  })),
);

/** One net for all rules, so a document is swept once instead of once per rule. */
export const ruleNet = nlp.buildNet(compiledRules.map((rule, index) => ({ match: rule.match, ruleIndex: index })));

/** The rules a document's words can meet, so the sweep never tries one that cannot match. */
export const ruleGate = gateFor(ruleNet as unknown as Net);

/** Marks of a sentence that asks for or needs something, parsed once. */
export const requestMatches = requestCues.map((cue) => nlp.parseMatch(cue));

/** Stricter marks of a request, tested on the clause around a speed word. */
export const clauseRequestMatches = clauseRequestCues.map((cue) => nlp.parseMatch(cue));
