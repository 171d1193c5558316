import type { Report } from '../lib/report';

/**
 * Says that part of the check failed, in words, where a clean result would otherwise be shown:
 * a report with stats.error may be empty only because nothing could be read.
 */
export function CheckFailedNote({ report, className }: { report: Report; className?: string }) {
  if (!report.stats.error) return null;
  return (
    <p role="alert" className={className}>
      Part of the check failed, so conflicts may be missing: {report.stats.error}
    </p>
  );
}
