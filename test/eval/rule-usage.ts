import { detectSignals } from '../../lib/signals';
import { compiledRules } from '../../lib/signals/rules';
import { corpusDir, loadEmails } from './corpus';
import { corpusNow } from './eval-options';

/**
 * Counts how often each lexicon rule fires on the dev and the unlabelled test email. A rule that
 * fires once in dev and never in test may fit one sentence rather than a way of speaking.
 */
const counts = new Map<string, { dev: number; test: number }>(compiledRules.map((rule) => [rule.id, { dev: 0, test: 0 }]));
for (const split of ['dev', 'test'] as const) {
  for (const email of loadEmails(split, corpusDir()).values()) {
    for (const signal of detectSignals(email.body, { now: corpusNow }).signals) {
      const entry = counts.get(signal.rule) ?? { dev: 0, test: 0 };
      entry[split] += 1;
      counts.set(signal.rule, entry);
    }
  }
}
for (const [rule, { dev, test }] of [...counts].sort((a, b) => a[1].dev + a[1].test - (b[1].dev + b[1].test))) {
  console.log(`${String(dev).padStart(4)} ${String(test).padStart(4)}  ${rule}`);
}
