import type { Finding, Report, Severity } from '../lib/report';
import { SEVERITY_RANK } from '../lib/severity-rank';

/** Severity in words: colour is never the only cue. */
export const SEVERITY_WORD: Record<Severity, { one: string; many: string }> = {
  error: { one: 'conflict', many: 'conflicts' },
  warning: { one: 'warning', many: 'warnings' },
  info: { one: 'note', many: 'notes' },
};

export const SEVERITY_TITLE: Record<Severity, string> = { error: 'Conflict', warning: 'Warning', info: 'Note' };

const ORDER: Severity[] = ['error', 'warning', 'info'];

export function countBySeverity(findings: readonly Finding[]): { severity: Severity; count: number }[] {
  return ORDER.map((severity) => ({ severity, count: findings.filter((f) => f.severity === severity).length })).filter(
    (c) => c.count > 0,
  );
}

/** "1 conflict, 2 warnings", or null when there is nothing to say. */
export function describeCounts(findings: readonly Finding[]): string | null {
  const parts = countBySeverity(findings).map(
    ({ severity, count }) => `${count} ${count === 1 ? SEVERITY_WORD[severity].one : SEVERITY_WORD[severity].many}`,
  );
  return parts.length > 0 ? parts.join(', ') : null;
}

/** Most severe first, then in the order the words appear in the draft. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.start - b.start);
}

export function findingsOf(report: Report | null): Finding[] {
  return report ? sortFindings(report.findings) : [];
}
