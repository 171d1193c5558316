import type { Finding, Severity } from '../report';
import { SEVERITY_RANK } from '../severity-rank';

/**
 * The one rule for which findings hold a send (mail Send, Docs Share): those at or above the
 * minimum severity the writer or their organization set. Lower ones still show in the badge.
 */
export function holdingFindings(findings: readonly Finding[], minSeverity: Severity): Finding[] {
  const min = SEVERITY_RANK[minSeverity];
  return findings.filter((f) => SEVERITY_RANK[f.severity] >= min);
}
