import { z } from '../zod';
import type { Profile } from '../profile';
import type { Report } from '../report';
import { checkDraft, type CheckOptions } from '../check';

const lineId = z.union([z.string(), z.number()]);
const inputLine = z.object({ id: lineId, text: z.string(), subject: z.string().optional() });

/**
 * The compact per-draft result of `check --jsonl`: exactly these keys, in this order, and `error`
 * after them when the check failed inside (its findings may then be missing).
 */
export function toJsonlResult(id: string | number, report: Report) {
  return {
    id,
    signals: report.signals.map(({ kind, value, start, end, text, topic, field }) => ({
      kind,
      value,
      start,
      end,
      text,
      topic,
      ...(field ? { field } : {}),
    })),
    // A thread finding also carries the earlier words it sets the draft against.
    // A finding in the subject line says so; its offsets are then into the subject.
    findings: report.findings.map(
      ({ rule, severity, start, end, text, topic, message, suggestion, thread, field }) => ({
        rule,
        severity,
        start,
        end,
        text,
        topic,
        message,
        suggestion,
        ...(thread ? { thread } : {}),
        ...(field ? { field } : {}),
      }),
    ),
    ...(report.stats.error ? { error: report.stats.error } : {}),
  };
}

/** Checks one input line; a line that is not `{"id", "text"}` gives an error line instead, and no report. */
export function checkJsonlLine(
  line: string,
  profile: Profile,
  options: CheckOptions,
): { output: string; report?: Report } {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return { output: JSON.stringify({ id: null, error: `not valid JSON: ${(error as Error).message}` }) };
  }
  const parsed = inputLine.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
    // Keep the id when it is readable, so a batch can tell which of its drafts was refused.
    const id = lineId.safeParse((data as { id?: unknown } | null)?.id);
    return {
      output: JSON.stringify({
        id: id.success ? id.data : null,
        error: `expected {"id": string or number, "text": string}: ${problems}`,
      }),
    };
  }
  const { subject } = parsed.data;
  const report = checkDraft(parsed.data.text, profile, { ...options, ...(subject !== undefined ? { subject } : {}) });
  return { output: JSON.stringify(toJsonlResult(parsed.data.id, report)), report };
}
