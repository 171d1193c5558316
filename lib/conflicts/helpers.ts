import type { DecisionItem, PriorityItem, Profile } from '../profile';
import type { Entry, Finding } from '../report';
import { clauseBefore } from '../text/clauses';
import type { Rule, RuleContext } from './types';

export type Item = { kind: 'priority'; item: PriorityItem } | { kind: 'decision'; item: DecisionItem };

export function findItem(profile: Profile, id: string | null): Item | undefined {
  if (id === null) return undefined;
  const priority = profile.priorities.find((p) => p.id === id);
  if (priority) return { kind: 'priority', item: priority };
  const decision = profile.decisions.find((d) => d.id === id);
  return decision ? { kind: 'decision', item: decision } : undefined;
}

export function findPriority(profile: Profile, id: string | null): PriorityItem | undefined {
  const found = findItem(profile, id);
  return found?.kind === 'priority' ? found.item : undefined;
}

export function findDecision(profile: Profile, id: string | null): DecisionItem | undefined {
  const found = findItem(profile, id);
  return found?.kind === 'decision' ? found.item : undefined;
}

function stamp(profile: Profile): Pick<Entry, 'profileVersion' | 'updatedAt' | 'updatedBy'> {
  return {
    profileVersion: profile.version,
    updatedAt: profile.updatedAt,
    ...(profile.updatedBy ? { updatedBy: profile.updatedBy } : {}),
  };
}

/** The profile entry as the writer sees it beside a finding. */
export function priorityEntry(profile: Profile, p: PriorityItem): Entry {
  return {
    kind: 'priority',
    id: p.id,
    label: p.name,
    status: p.status,
    ...(p.rank !== undefined ? { rank: p.rank } : {}),
    ...(p.owner ? { owner: p.owner } : {}),
    ...(p.due ? { due: p.due } : {}),
    ...(p.note ? { note: p.note } : {}),
    ...stamp(profile),
  };
}

export function decisionEntry(profile: Profile, d: DecisionItem): Entry {
  const due = d.status === 'decided' ? undefined : d.decideBy;
  return {
    kind: 'decision',
    id: d.id,
    label: d.topic,
    status: d.status,
    ...(d.owner ? { owner: d.owner } : {}),
    ...(d.outcome ? { outcome: d.outcome } : {}),
    ...(due ? { due } : {}),
    ...(d.note ? { note: d.note } : {}),
    ...stamp(profile),
  };
}

export function normEntry(profile: Profile, id: string, label: string, note?: string): Entry {
  return { kind: 'norm', id, label, ...(note ? { note } : {}), ...stamp(profile) };
}

export function profileEntry(profile: Profile): Entry {
  return {
    kind: 'profile',
    id: 'profile',
    label: profile.team,
    ...(profile.reviewBy ? { due: profile.reviewBy } : {}),
    ...stamp(profile),
  };
}

/** Who to ask when neither the item nor the profile names anyone. */
const NOBODY_NAMED = 'the profile owner';
const WHOEVER = 'whoever owns ';

/**
 * Who to ask about an entry: its owner. An item with no owner is someone's all the same, and
 * sending the writer to whoever last edited the profile would name the wrong person; about the
 * profile itself (no item), that editor is the one to ask.
 */
export function whoToAsk(profile: Profile, owner: string | undefined, label?: string): string {
  if (owner) return owner;
  if (label !== undefined) return `${WHOEVER}${label}`;
  return profile.updatedBy ?? NOBODY_NAMED;
}

/** "the draft says" → "the document says", for checks of documents, pages and selections. */
function inMedium(text: string, medium: RuleContext['medium']): string {
  if (!medium || medium === 'draft') return text;
  return text.replace(/\b([Tt]he|[Tt]his) draft\b/g, `$1 ${medium}`);
}

/**
 * An option as it reads inside a sentence: "Two office days a week" is a phrase written with a
 * capital because it stood alone in the profile; "Adyen" and "Executive Committee" are names.
 */
export function asPhrase(option: string): string {
  const words = option.trim().split(/\s+/);
  const rest = words.slice(1).filter((w) => /[A-Za-z]/.test(w));
  if (words.length > 1 && rest.length > 0 && rest.every((w) => w === w.toLowerCase()) && /^[A-Z][a-z]/.test(words[0]!))
    return option.trim()[0]!.toLowerCase() + option.trim().slice(1);
  return option.trim();
}

/** Fills `{name}` placeholders; a missing value leaves nothing behind. */
export function fill(template: string, values: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

export function quote(words: string): string {
  return `“${words.replace(/\s+/g, ' ').trim()}”`;
}

/** "until Q2" from a note like "Paused until Q2 to free up checkout work". */
export function pausedUntil(note: string | undefined): string | undefined {
  const match = note?.match(/\buntil\s+(.+?)(?=\s+(?:to|so|because|while|for)\b|[,.;:()]|$)/i);
  return match ? match[1]!.trim() : undefined;
}

export interface Evidence {
  start: number;
  end: number;
  topic: string | null;
  entry?: Entry;
}

/** Builds a finding from one of the rule's messages; the evidence words come from the text itself. */
export function report(
  rule: Rule,
  ctx: RuleContext,
  messageId: string,
  evidence: Evidence,
  values: Record<string, string | number | undefined>,
): Finding {
  const template = rule.meta.messages[messageId];
  if (!template) throw new Error(`rule ${rule.id} has no message "${messageId}"`);
  return {
    rule: rule.id,
    severity: rule.severity,
    start: evidence.start,
    end: evidence.end,
    text: ctx.text.slice(evidence.start, evidence.end),
    topic: evidence.topic,
    // "(the profile owner)" or "(whoever owns …)" after an item's status names no one: the evidence leaves the owner out instead.
    message: inMedium(
      fill(
        values.who === NOBODY_NAMED || String(values.who).startsWith(WHOEVER)
          ? template.message.replace(' ({who})', '')
          : template.message,
        values,
      ),
      ctx.medium,
    ),
    suggestion: inMedium(fill(template.suggestion, values), ctx.medium),
    ...(evidence.entry ? { entry: evidence.entry } : {}),
  };
}

export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Ranks that count as the team's top priorities: the top three, or more if urgentMaxRank allows more. */
export function topRanks(profile: Profile): number {
  return Math.max(3, profile.norms.urgentMaxRank ?? 0);
}

/** Active ranked priorities, best first. */
export function rankedActive(profile: Profile): PriorityItem[] {
  return profile.priorities
    .filter((p) => p.status === 'active' && p.rank !== undefined)
    .sort((a, b) => a.rank! - b.rank!);
}

/** Words that negate or forbid what follows them in their clause. */
const NEGATOR =
  /\b(?:not|never|cannot|nobody|no[\s-]one|none\s+of\s+us|neither|no\s+need\s+to|no\s+reason\s+to|stop\s+\w+ing)\b|n['’]t\b/gi;
/** A negator followed by these does not deny what comes next: "not only", "no later than", "don't forget", "can't stress enough". */
const AFFIRMS_AFTER =
  /^\s*(?:only|just|least|later|earlier|to\s+mention|forget|miss|hesitate|stress|overstate|doubt)\b/i;
/** "if not sooner", "whether or not": an alternative, not a denial. */
const AFFIRMS_BEFORE = /\b(?:if|or)\s*$/i;
/** Plain negators, the ones the detector reads itself when they stand right before a cue. */
const PLAIN_NEGATOR = /^(?:not|never|cannot|n['’]t)$/i;
/** How many words a negation reaches across to the cue ("don't treat any chatbot requests as urgent"). */
const NEGATION_REACH = 8;
/** Within this many words a plain negator belongs to the cue itself ("not really urgent"). */
const OWN_NEGATION_REACH = 2;
/** Values a negation produces: "not urgent" is relaxed, "not a priority" low, "haven't decided" open. */
const NEGATED_VALUES = new Set(['relaxed', 'low', 'open']);

const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;

/**
 * Whether the cue's own clause negates or forbids it: "nobody should revisit Stripe", "please
 * don't treat any chatbot requests as urgent", "no need to reopen", "stop calling it urgent".
 * Such a cue is not the writer's claim, whatever value the detector gave it. A cue whose value a
 * negation produces ("not really urgent" is relaxed) keeps the negator right before it: that
 * negator is what made it, so only one further back or a forbidding word ("nobody") cancels it.
 */
export function cueIsNegated(
  text: string,
  cue: { start: number; value?: string; sentence: { start: number } },
): boolean {
  // Several rules ask about the same signal of the same draft; a long paste holds thousands.
  const known = negatedCues.get(cue);
  if (known?.text === text) return known.negated;
  const negated = readNegation(text, cue);
  negatedCues.set(cue, { text, negated });
  return negated;
}

const negatedCues = new WeakMap<object, { text: string; negated: boolean }>();

function readNegation(text: string, cue: { start: number; value?: string; sentence: { start: number } }): boolean {
  const clause = clauseBefore(text, cue.sentence.start, cue.start);
  const negators = [...clause.matchAll(NEGATOR)].reverse();
  for (const negator of negators) {
    const after = clause.slice(negator.index + negator[0].length);
    const between = wordCount(after);
    if (between > NEGATION_REACH) return false;
    if (AFFIRMS_AFTER.test(after) || AFFIRMS_BEFORE.test(clause.slice(0, negator.index))) continue;
    if (
      cue.value !== undefined &&
      NEGATED_VALUES.has(cue.value) &&
      PLAIN_NEGATOR.test(negator[0]) &&
      between <= OWN_NEGATION_REACH
    )
      continue;
    return true;
  }
  return false;
}
