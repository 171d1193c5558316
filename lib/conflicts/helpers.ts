import type { DecisionItem, PriorityItem, Profile } from '../profile';
import type { Entry, Finding } from '../report';
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
  return { profileVersion: profile.version, updatedAt: profile.updatedAt, ...(profile.updatedBy ? { updatedBy: profile.updatedBy } : {}) };
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
  return { kind: 'profile', id: 'profile', label: profile.team, ...(profile.reviewBy ? { due: profile.reviewBy } : {}), ...stamp(profile) };
}

/** Who to ask about an entry: its owner, else whoever last updated the profile. */
/** Who to ask when neither the item nor the profile names anyone. */
const NOBODY_NAMED = 'the profile owner';

export function whoToAsk(profile: Profile, owner: string | undefined): string {
  return owner ?? profile.updatedBy ?? NOBODY_NAMED;
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
export function report(rule: Rule, ctx: RuleContext, messageId: string, evidence: Evidence, values: Record<string, string | number | undefined>): Finding {
  const template = rule.meta.messages[messageId];
  if (!template) throw new Error(`rule ${rule.id} has no message "${messageId}"`);
  return {
    rule: rule.id,
    severity: rule.severity,
    start: evidence.start,
    end: evidence.end,
    text: ctx.text.slice(evidence.start, evidence.end),
    topic: evidence.topic,
    // "(the profile owner)" after an item's status names no one: the evidence leaves the owner out instead.
    message: fill(values.who === NOBODY_NAMED ? template.message.replace(' ({who})', '') : template.message, values),
    suggestion: fill(template.suggestion, values),
    ...(evidence.entry ? { entry: evidence.entry } : {}),
  };
}

export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Active ranked priorities, best first. */
export function rankedActive(profile: Profile): PriorityItem[] {
  return profile.priorities.filter((p) => p.status === 'active' && p.rank !== undefined).sort((a, b) => a.rank! - b.rank!);
}
