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
type Tally = Record<Stage, number>;
const none = (): Tally => ({ 'no mention': 0, 'no signal': 0, 'not on the item': 0 });

/** The stage at which each missed finding was lost: counted in all and per rule. */
export function missStages(sets: readonly CaseSet[]): { all: Tally; byRule: Record<string, Tally> } {
  const all = none();
  const byRule: Record<string, Tally> = {};
  const cases = sets.flatMap((set) => set.cases.map((c) => ({ set, c })));
  // runCases checks the cases in this same order.
  runCases(sets).forEach((result, i) => {
    const missed = [...result.expected].filter((k) => !result.found.has(k));
    if (missed.length === 0) return;
    const { set, c } = cases[i]!;
    const mentions = findMentions(`${c.subject ?? ''}\n\n${c.draft}`, set.profile);
    for (const k of missed) {
      const [rule, item] = k.split('|') as [string, string];
      const named = mentions.filter((m) => m.itemId === item);
      let stage: Stage;
      if (rule === 'decision-outcome-mismatch')
        stage = named.some((m) => m.role === 'rejected') ? 'not on the item' : 'no mention';
      else if (named.length === 0) stage = 'no mention';
      else {
        const need = NEEDS[rule]!;
        const signalled = result.signals.some((s) => s.kind === need.kind && need.values.includes(s.value));
        stage = signalled ? 'not on the item' : 'no signal';
      }
      all[stage] += 1;
      (byRule[rule] ??= none())[stage] += 1;
    }
  });
  return { all, byRule };
}

if (process.argv[1] === import.meta.filename) {
  const counts = (tally: Tally) =>
    Object.entries(tally)
      .filter(([, n]) => n > 0)
      .map(([stage, n]) => `${stage} ${n}`)
      .join(', ');
  const line = (title: string, sets: readonly CaseSet[]) => {
    const { all, byRule } = missStages(sets);
    const total = Object.values(all).reduce((a, b) => a + b, 0);
    console.log(`${title}: ${total} missed — ${counts(all)}`);
    for (const [rule, tally] of Object.entries(byRule)) console.log(`  ${rule.padEnd(26)} ${counts(tally)}`);
  };
  line('written cases', loadCaseSets(casesDir));
  if (corpusAvailable()) {
    line('real Enron emails', loadCaseSets(realCasesDir));
    line('real Enron emails, third set (unread)', loadCaseSets(realCasesDir3));
  } else console.log('real sets skipped: no corpus');
}
