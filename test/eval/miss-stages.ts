/**
 * Where the check loses the conflicts it misses, counted by stage and never printed one by one, so
 * a set whose misses are kept unread (`conflict-cases-real-3/`) stays unread:
 *   - no mention: the draft (subject and body) never names the item, its aliases or its options;
 *   - no signal: it names the item, but no signal of the value the rule needs is found anywhere in it;
 *   - not on the item: both are there, but the signal is not said of the item (attribution) or a
 *     guard (negation, a question, a condition, another clause) set it aside.
 * A missed `decision-outcome-mismatch` needs a rejected option, not a signal: it counts as "no
 * mention" when no rejected option is named.
 *   npx tsx test/eval/miss-stages.ts
 */
import { findMentions } from '../../lib/topics';
import { casesDir, loadCaseSets, realCasesDir, realCasesDir3, runCases, type CaseSet } from './conflicts';
import { corpusAvailable } from './corpus';
import { checkDraft } from '../../lib/check';

/** The signal each rule needs (kind and values), said of the item. */
const NEEDS: Record<string, { kind: string; values: string[] }> = {
  'urgency-on-paused': { kind: 'urgency', values: ['urgent'] },
  'relaxed-on-top': { kind: 'urgency', values: ['relaxed'] },
  'priority-contradiction': { kind: 'priority', values: ['top', 'low', 'paused', 'dropped'] },
  'decision-reopened': { kind: 'decision', values: ['open', 'reopened'] },
  'decision-premature': { kind: 'decision', values: ['decided'] },
  'mixed-urgency': { kind: 'urgency', values: ['urgent', 'relaxed'] },
};

export type Stage = 'no mention' | 'no signal' | 'not on the item';

/** The stage at which each missed finding was lost, counted per stage. */
export function missStages(sets: readonly CaseSet[]): Record<Stage, number> & { byRule: Record<string, string[]> } {
  const counts: Record<Stage, number> = { 'no mention': 0, 'no signal': 0, 'not on the item': 0 };
  const byRule: Record<string, string[]> = {};
  const add = (rule: string, stage: Stage) => {
    counts[stage] += 1;
    (byRule[rule] ??= []).push(stage);
  };
  const results = runCases(sets);
  for (const set of sets) {
    const now = new Date(new Date(set.profile.updatedAt).getTime() + 86_400_000);
    for (const c of set.cases) {
      const result = results.find((r) => r.set === set.name && r.id === c.id)!;
      const missed = [...result.expected].filter((k) => !result.found.has(k));
      if (missed.length === 0) continue;
      const text = `${c.subject ?? ''}\n\n${c.draft}`;
      const mentions = findMentions(text, set.profile);
      const { signals } = checkDraft(c.draft, set.profile, {
        now,
        budgetMs: 10_000,
        ...(c.subject !== undefined ? { subject: c.subject } : {}),
      });
      for (const k of missed) {
        const [rule, item] = k.split('|') as [string, string];
        const named = mentions.filter((m) => m.itemId === item);
        if (rule === 'decision-outcome-mismatch') {
          add(rule, named.some((m) => m.role === 'rejected') ? 'not on the item' : 'no mention');
          continue;
        }
        const need = NEEDS[rule]!;
        if (named.length === 0) add(rule, 'no mention');
        else if (!signals.some((s) => s.kind === need.kind && need.values.includes(s.value))) add(rule, 'no signal');
        else add(rule, 'not on the item');
      }
    }
  }
  return { ...counts, byRule };
}

if (process.argv[1] === import.meta.filename) {
  const line = (title: string, sets: readonly CaseSet[]) => {
    const { byRule, ...counts } = missStages(sets);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(
      `${title}: ${total} missed — ${Object.entries(counts)
        .map(([stage, n]) => `${stage} ${n}`)
        .join(', ')}`,
    );
    for (const [rule, stages] of Object.entries(byRule)) {
      const tally = new Map<string, number>();
      for (const s of stages) tally.set(s, (tally.get(s) ?? 0) + 1);
      console.log(`  ${rule.padEnd(26)} ${[...tally].map(([s, n]) => `${s} ${n}`).join(', ')}`);
    }
  };
  line('written cases', loadCaseSets(casesDir));
  if (corpusAvailable()) {
    line('real Enron emails', loadCaseSets(realCasesDir));
    line('real Enron emails, third set (unread)', loadCaseSets(realCasesDir3));
  } else console.log('real sets skipped: no corpus');
}
