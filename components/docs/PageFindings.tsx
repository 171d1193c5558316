import type { Entry, Report } from '../../lib/report';
import { SEVERITY_RANK } from '../../lib/report';
import { SentenceInContext } from './SentenceInContext';

function describeEntry(entry: Entry): string {
  const parts = [entry.label];
  if (entry.status) parts.push(entry.status);
  if (entry.rank !== undefined) parts.push(`rank ${entry.rank}`);
  if (entry.outcome) parts.push(`outcome: ${entry.outcome}`);
  if (entry.owner) parts.push(`owner: ${entry.owner}`);
  parts.push(`profile ${entry.profileVersion}, updated ${entry.updatedAt.slice(0, 10)}${entry.updatedBy ? ` by ${entry.updatedBy}` : ''}`);
  return parts.join(' · ');
}

/** Findings for a text the writer did not type here: each with its sentence, the profile entry and the suggestion. */
export function PageFindings({ text, report }: { text: string; report: Report }) {
  const findings = [...report.findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.start - b.start);
  if (findings.length === 0) return <p role="status">No conflicts with the team profile.</p>;
  return (
    <ol className="consonant-page-findings" aria-label="Findings">
      {findings.map((finding) => (
        <li key={`${finding.rule}:${finding.start}:${finding.end}`} data-severity={finding.severity} data-rule={finding.rule}>
          <p>
            <strong>{finding.severity}</strong> {finding.message}
          </p>
          <SentenceInContext text={text} report={report} finding={finding} />
          {finding.entry ? <p className="consonant-entry">Profile: {describeEntry(finding.entry)}</p> : null}
          {finding.entry?.note ? <p className="consonant-note">{finding.entry.note}</p> : null}
          {finding.suggestion ? <p className="consonant-suggestion">Instead: {finding.suggestion}</p> : null}
        </li>
      ))}
    </ol>
  );
}
