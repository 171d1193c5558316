import type { Report } from '../report';
import { threadLabel } from '../thread/label';

/** 1-based line and column (in UTF-16 units, like editors that count them) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A linter-style listing: `line:col  severity  rule  message`, the suggestion under it, then a summary. */
export function formatText(report: Report, text: string, name: string): string {
  const rows = report.findings.map((f) => {
    const { line, column } = lineColumn(text, f.start);
    const earlier = f.thread ? `${threadLabel(f.thread)}: “${f.thread.text}”` : undefined;
    return {
      // A finding in the subject line is placed there, not in the file.
      where: f.field === 'subject' ? `subject:${f.start + 1}` : `${line}:${column}`,
      severity: f.severity,
      rule: f.rule,
      message: f.message,
      suggestion: f.suggestion,
      earlier,
    };
  });
  const width = (key: 'where' | 'severity' | 'rule') => Math.max(0, ...rows.map((r) => r[key].length));
  const indent = () =>
    `  ${' '.repeat(width('where'))}  ${' '.repeat(width('severity'))}  ${' '.repeat(width('rule'))}  `;
  const lines = rows.flatMap((r) => [
    `  ${r.where.padEnd(width('where'))}  ${r.severity.padEnd(width('severity'))}  ${r.rule.padEnd(width('rule'))}  ${r.message}`,
    ...(r.earlier ? [`${indent()}↳ ${r.earlier}`] : []),
    `${indent()}→ ${r.suggestion}`,
  ]);
  const count = (severity: string) => report.findings.filter((f) => f.severity === severity).length;
  const notes: string[] = [];
  if (report.stats.checkedChars < text.length)
    notes.push(`read the first ${report.stats.checkedChars} of ${text.length} characters`);
  if (report.stats.timedOut) notes.push('the time budget ran out before the end');
  if (report.stats.error) notes.push(`internal error: ${report.stats.error}`);
  const summary =
    report.findings.length === 0
      ? `${name}: no problems (${plural(report.signals.length, 'signal')})`
      : `${name}: ${plural(report.findings.length, 'problem')} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info)`;
  return (
    [
      ...(lines.length > 0 ? [name, ...lines, ''] : []),
      summary + (notes.length > 0 ? `; ${notes.join('; ')}` : ''),
    ].join('\n') + '\n'
  );
}
