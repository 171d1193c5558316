import { detectSignals } from '../../lib/signals';
import { corpusDir, loadEmails } from './corpus';
import { corpusNow } from './eval-options';

/**
 * Lists the signals found in a corpus split (`--split train`, the default, or `dev`), grouped by
 * rule (`model/<axis>` for values the model found without a lexicon cue), for reading false
 * positives by eye; `--rule <id>` shows one rule's hits in full. Never used for tuning figures.
 */
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const only = arg('--rule');
const split = arg('--split') === 'dev' ? 'dev' : 'train';
const perRule = new Map<string, string[]>();
for (const email of loadEmails(split, corpusDir()).values()) {
  const analysis = detectSignals(email.body, { now: corpusNow });
  for (const signal of analysis.signals) {
    const sentence = email.body.slice(signal.sentence.start, signal.sentence.end).replace(/\s+/g, ' ');
    const line = `${signal.value} "${signal.text}" | ${sentence.slice(0, 180)}`;
    perRule.set(signal.rule, [...(perRule.get(signal.rule) ?? []), line]);
  }
}
for (const [rule, lines] of [...perRule].sort((a, b) => b[1].length - a[1].length)) {
  if (only && rule !== only) continue;
  console.log(`${rule}: ${lines.length}`);
  for (const line of only ? lines : lines.slice(0, 4)) console.log(`    ${line}`);
}
