import { detectSignals } from '../../lib/signals';

/** Prints the sentences and signals found in each argument, for reading a rule's behaviour. */
for (const text of process.argv.slice(2)) {
  const analysis = detectSignals(text, { now: new Date('2001-10-01T09:00:00Z') });
  console.log(analysis.sentences.map((s) => `  [${s.text}]`).join('\n'));
  for (const s of analysis.signals) console.log(`    ${s.kind} ${s.value} "${s.text}" ${s.rule}`);
}
