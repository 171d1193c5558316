import { checkDraft } from '../../lib/check';
import type { Profile } from '../../lib/profile';
import type { Finding } from '../../lib/report';
import { blankRanges, findExcludedRanges } from '../../lib/text';
import { typedSubject } from '../../lib/text/subject';
import { findMentions } from '../../lib/topics';

export interface FalseAlarmCount {
  emails: number;
  /** Emails that name no profile item, decision outcome or rejected option. */
  unrelatedEmails: number;
  /** Findings by rule, then severity. */
  byRule: Record<string, Partial<Record<Finding['severity'], number>>>;
  bySeverity: Partial<Record<Finding['severity'], number>>;
  /** Error findings in emails that never mention a profile item: each is a false alarm. */
  unrelatedErrors: { id: string; finding: Finding }[];
  timedOut: number;
  internalErrors: number;
}

export function mentionsProfile(text: string, profile: Profile, subject?: string): boolean {
  const line = typedSubject(subject);
  return (
    findMentions(blankRanges(text, findExcludedRanges(text)), profile).length > 0 ||
    (line !== null && findMentions(line, profile).length > 0)
  );
}

/** Checks every email (body and typed subject) against the profile and counts what fires. */
export function countFalseAlarms(
  emails: Iterable<{ id: string; body: string; subject?: string }>,
  profile: Profile,
  now: Date,
): FalseAlarmCount {
  const count: FalseAlarmCount = {
    emails: 0,
    unrelatedEmails: 0,
    byRule: {},
    bySeverity: {},
    unrelatedErrors: [],
    timedOut: 0,
    internalErrors: 0,
  };
  for (const email of emails) {
    count.emails++;
    // A generous budget: a timeout would hide findings and flatter the count.
    // The subject too, as the extension reads it.
    const subject = email.subject !== undefined ? { subject: email.subject } : {};
    const report = checkDraft(email.body, profile, { now, budgetMs: 10_000, ...subject });
    const unrelated = !mentionsProfile(email.body, profile, email.subject);
    if (unrelated) count.unrelatedEmails++;
    if (report.stats.timedOut) count.timedOut++;
    if (report.stats.error) count.internalErrors++;
    for (const finding of report.findings) {
      const rule = (count.byRule[finding.rule] ??= {});
      rule[finding.severity] = (rule[finding.severity] ?? 0) + 1;
      count.bySeverity[finding.severity] = (count.bySeverity[finding.severity] ?? 0) + 1;
      if (unrelated && finding.severity === 'error') count.unrelatedErrors.push({ id: email.id, finding });
    }
  }
  return count;
}
