import type { Report } from '../report';

/**
 * How `consonant check` ends: 1 when a finding is an error, else 0; 2 when the check itself failed
 * inside (stats.error), because then a clean result may only mean that nothing was read, and a CI
 * job must not pass a draft nobody checked.
 */
export function checkExit(report: Report): { code: 0 | 1 | 2; stderr: string } {
  if (report.stats.error)
    return {
      code: 2,
      stderr: `consonant: the check failed inside, so findings may be missing: ${report.stats.error}\n`,
    };
  return { code: report.findings.some((f) => f.severity === 'error') ? 1 : 0, stderr: '' };
}
