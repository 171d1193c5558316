import { exampleProfile } from '../../lib/profile';
import { warmUp } from '../../lib/signals';
import { countFalseAlarms } from '../core/false-alarms';
import { corpusDir, loadEmails } from './corpus';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * How often the rules fire on real workplace email that has nothing to do with the example
 * team: every email of the dev corpus, checked against the example profile. Error findings on
 * emails that never mention a profile item are false alarms and must stay at 0.
 */
const dir = corpusDir();
if (!existsSync(resolve(dir, 'dev.jsonl'))) {
  console.error(`No corpus at ${dir} (set CONSONANT_CORPUS to its directory).`);
  process.exit(1);
}
warmUp();
const started = performance.now();
const count = countFalseAlarms(loadEmails('dev', dir).values(), exampleProfile, new Date('2026-11-24T09:00:00Z'));
const seconds = (performance.now() - started) / 1000;

console.log(`\nFalse alarms: ${count.emails} dev emails against the example profile (${seconds.toFixed(1)} s)`);
console.log(`  emails that mention no profile item: ${count.unrelatedEmails}`);
const severities = ['error', 'warning', 'info'] as const;
console.log(`\n  ${'rule'.padEnd(28)}${severities.map((s) => s.padStart(9)).join('')}`);
for (const [rule, counts] of Object.entries(count.byRule).sort()) {
  console.log(`  ${rule.padEnd(28)}${severities.map((s) => String(counts[s] ?? 0).padStart(9)).join('')}`);
}
console.log(`  ${'total'.padEnd(28)}${severities.map((s) => String(count.bySeverity[s] ?? 0).padStart(9)).join('')}`);
console.log(
  `\n  error findings on emails that never mention a profile item: ${count.unrelatedErrors.length} (must be 0)`,
);
for (const { id, finding } of count.unrelatedErrors)
  console.log(`    ${id}: ${finding.rule} “${finding.text}” — ${finding.message}`);
if (count.timedOut > 0) console.log(`  timed out: ${count.timedOut}`);
if (count.internalErrors > 0) console.log(`  internal errors: ${count.internalErrors}`);
process.exitCode = count.unrelatedErrors.length === 0 && count.internalErrors === 0 ? 0 : 1;
