import { detectCues } from '../../lib/signals';
import { compiledRules } from '../../lib/signals/rules';
import { loadDevLabels, loadEmails, corpusDir } from './corpus';
import { corpusNow } from './eval-options';

/**
 * Counts how often each lexicon rule's cue fires on the dev and the train email, and how often a
 * cue inside a labelled dev sentence carries the label's value. A rule that fires once in dev and
 * never in train may fit one sentence rather than a way of speaking.
 */
const counts = new Map<string, { dev: number; train: number; labelled: number; right: number }>(
  compiledRules.map((rule) => [rule.id, { dev: 0, train: 0, labelled: 0, right: 0 }]),
);
const labels = loadDevLabels(corpusDir());
for (const split of ['dev', 'train'] as const) {
  for (const email of loadEmails(split, corpusDir()).values()) {
    const cues = detectCues(email.body, { now: corpusNow }).signals;
    for (const signal of cues) {
      const entry = counts.get(signal.rule) ?? { dev: 0, train: 0, labelled: 0, right: 0 };
      entry[split] += 1;
      counts.set(signal.rule, entry);
      if (split !== 'dev') continue;
      const label = labels.find((l) => l.emailId === email.id && signal.start >= l.start && signal.end <= l.end);
      if (!label) continue;
      entry.labelled += 1;
      if (label[signal.kind] === signal.value) entry.right += 1;
    }
  }
}
console.log('  dev train  right/labelled  rule');
for (const [rule, c] of [...counts].sort((a, b) => a[1].dev + a[1].train - (b[1].dev + b[1].train))) {
  console.log(
    `${String(c.dev).padStart(5)} ${String(c.train).padStart(5)}  ${`${c.right}/${c.labelled}`.padStart(14)}  ${rule}`,
  );
}
