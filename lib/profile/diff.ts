import type { DecisionItem, Norms, PriorityItem, Profile } from './schema';

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function rankText(rank: number | undefined): string {
  return rank === undefined ? 'unranked' : `rank ${rank}`;
}

function priorityLines(before: readonly PriorityItem[], after: readonly PriorityItem[]): string[] {
  const lines: string[] = [];
  const old = byId(before);
  const next = byId(after);
  for (const item of after) {
    const was = old.get(item.id);
    if (!was) {
      lines.push(
        `New priority: ${item.name} (${item.rank === undefined ? item.status : `${rankText(item.rank)}, ${item.status}`})`,
      );
      continue;
    }
    if (was.status !== item.status) lines.push(`${item.name}: ${was.status} → ${item.status}`);
    // A paused or dropped item losing its rank is part of the status change, not news of its own.
    const rankDroppedWithStatus = was.status !== item.status && item.rank === undefined;
    if (was.rank !== item.rank && !rankDroppedWithStatus)
      lines.push(`${item.name}: ${rankText(was.rank)} → ${rankText(item.rank)}`);
  }
  for (const item of before) if (!next.has(item.id)) lines.push(`Priority removed: ${item.name}`);
  return lines;
}

function decisionLines(before: readonly DecisionItem[], after: readonly DecisionItem[]): string[] {
  const lines: string[] = [];
  const old = byId(before);
  const next = byId(after);
  for (const item of after) {
    const was = old.get(item.id);
    const outcome = item.outcome ? `: ${item.outcome}` : '';
    if (!was) {
      lines.push(
        item.status === 'decided' ? `Decided: ${item.topic}${outcome}` : `New ${item.status} decision: ${item.topic}`,
      );
      continue;
    }
    if (was.status !== 'decided' && item.status === 'decided') lines.push(`Decided: ${item.topic}${outcome}`);
    else if (was.status === 'decided' && item.status !== 'decided')
      lines.push(`Reopened: ${item.topic} (decided → ${item.status})`);
    else if (was.status !== item.status) lines.push(`${item.topic}: ${was.status} → ${item.status}`);
    else if (item.status === 'decided' && was.outcome !== item.outcome) {
      lines.push(`${item.topic}: outcome ${was.outcome ?? 'none'} → ${item.outcome ?? 'none'}`);
    }
  }
  for (const item of before) if (!next.has(item.id)) lines.push(`Decision removed: ${item.topic}`);
  return lines;
}

function limitText(value: number | undefined): string {
  return value === undefined ? 'no limit' : String(value);
}

function normLines(before: Norms, after: Norms): string[] {
  const lines: string[] = [];
  if (before.urgentMaxRank !== after.urgentMaxRank) {
    lines.push(
      `Urgent language allowed up to rank: ${limitText(before.urgentMaxRank)} → ${limitText(after.urgentMaxRank)}`,
    );
  }
  if (before.maxUrgentPerMessage !== after.maxUrgentPerMessage) {
    lines.push(
      `Urgent requests per message: ${limitText(before.maxUrgentPerMessage)} → ${limitText(after.maxUrgentPerMessage)}`,
    );
  }
  const key = (phrase: string) => phrase.trim().toLowerCase();
  const old = new Map(before.avoid.map((a) => [key(a.phrase), a]));
  const next = new Map(after.avoid.map((a) => [key(a.phrase), a]));
  for (const a of after.avoid) {
    const was = old.get(key(a.phrase));
    if (!was) lines.push(`Phrase to avoid: "${a.phrase}" (say ${a.instead} instead)`);
    else if (was.instead !== a.instead) lines.push(`Instead of "${a.phrase}": ${was.instead} → ${a.instead}`);
  }
  for (const a of before.avoid) if (!next.has(key(a.phrase))) lines.push(`No longer avoided: "${a.phrase}"`);
  return lines;
}

/**
 * What a person needs to know when a new version of the team's profile arrives, as short lines
 * like "Mobile redesign: active → paused". Items are matched by id, so a rename is not a change
 * of priority; wording-only edits (aliases, notes) are left out on purpose.
 */
export function diffProfiles(before: Profile, after: Profile): string[] {
  return [
    ...priorityLines(before.priorities, after.priorities),
    ...decisionLines(before.decisions, after.decisions),
    ...normLines(before.norms, after.norms),
  ];
}
