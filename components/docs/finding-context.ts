import type { Finding, Report } from '../../lib/report';

export interface FindingContext {
  before: string;
  words: string;
  after: string;
  /** True when the sentence was cut to `maxChars` on either side. */
  cutBefore: boolean;
  cutAfter: boolean;
}

const SENTENCE_END = /[.!?…](?=\s)|\n/g;

/** Where the sentence holding [start, end) begins and ends, from the report's own signals when it has them. */
export function sentenceAround(
  text: string,
  report: Pick<Report, 'signals'>,
  start: number,
  end: number,
): { start: number; end: number } {
  const signal =
    report.signals.find((s) => s.start <= start && s.end >= end) ??
    report.signals.find((s) => s.sentence.start <= start && s.sentence.end >= end);
  if (signal) return signal.sentence;
  let from = 0;
  for (const match of text.slice(0, start).matchAll(SENTENCE_END)) from = match.index + match[0].length;
  const rest = text.slice(end).search(/[.!?…](?=\s|$)|\n/);
  const to = rest === -1 ? text.length : end + rest + (text[end + rest] === '\n' ? 0 : 1);
  return { start: from, end: to };
}

/** The finding's words with the rest of their sentence around them, for highlighting as text. */
export function findingContext(
  text: string,
  report: Pick<Report, 'signals'>,
  finding: Pick<Finding, 'start' | 'end'>,
  maxChars = 160,
): FindingContext {
  const start = Math.max(0, Math.min(finding.start, text.length));
  const end = Math.max(start, Math.min(finding.end, text.length));
  const sentence = sentenceAround(text, report, start, end);
  const from = Math.max(sentence.start, start - maxChars);
  const to = Math.min(sentence.end, end + maxChars);
  return {
    before: text.slice(from, start).trimStart(),
    words: text.slice(start, end),
    after: text.slice(end, to).trimEnd(),
    cutBefore: from > sentence.start,
    cutAfter: to < sentence.end,
  };
}
