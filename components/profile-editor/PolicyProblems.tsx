import type { PolicyReport } from '../../lib/sync/records';

/** Policy values that were refused: shown so nobody wonders why an admin's setting did not apply. */
export function PolicyProblems({ report }: { report: PolicyReport | null | undefined }) {
  if (!report || report.problems.length === 0) return null;
  return (
    <div className="notice notice--error" role="alert">
      <strong>Some of your organization's settings were ignored because they are invalid:</strong>
      <ul>
        {report.problems.map((p) => (
          <li key={p.key}>
            <code>{p.key || 'policy'}</code> <span className="pre">{p.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
