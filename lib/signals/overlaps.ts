import type { Signal } from '../report';

/**
 * Drops a cue that overlaps a longer cue of the same kind ("not urgent" wins over "urgent"), and
 * weak cues in a sentence that holds a stronger one of the same kind. Cues are only compared
 * within their sentence, so a huge paste stays linear in the number of sentences.
 */
export function withoutOverlaps(signals: Signal[], weak: Set<Signal>): Signal[] {
  const groups = new Map<string, Signal[]>();
  for (const signal of signals) {
    const key = `${signal.kind}@${signal.sentence.start}`;
    groups.set(key, [...(groups.get(key) ?? []), signal]);
  }
  const kept: Signal[] = [];
  for (const group of groups.values()) {
    const longestFirst = [...group].sort((a, b) => b.end - b.start - (a.end - a.start));
    const chosen: Signal[] = [];
    for (const signal of longestFirst) {
      if (!chosen.some((other) => other.start < signal.end && signal.start < other.end)) chosen.push(signal);
    }
    const hasStrong = chosen.some((signal) => !weak.has(signal));
    kept.push(...chosen.filter((signal) => !hasStrong || !weak.has(signal)));
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
