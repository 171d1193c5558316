/** Why a part of a draft is not the writer's new words. */
export type ExclusionReason = 'quoted-line' | 'reply-header' | 'original-message' | 'forwarded' | 'signature';

export interface ExcludedRange {
  start: number;
  end: number;
  reason: ExclusionReason;
}

interface Line {
  start: number;
  /** Index of the line break (or the end of the text); the break itself is not part of the line. */
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    // A CRLF line keeps its \r out of the line so patterns anchored at $ still match.
    const visibleEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push({ start, end: visibleEnd, text: text.slice(start, visibleEnd) });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

const QUOTED = /^[ \t]*>/;
// Mail clients wrap a long attribution, so "wrote:" may end the same line or one of the next two.
const ATTRIBUTION_START = /^[ \t]*On\s.{0,300}/i;
const WROTE = /\bwrote:\s*$/i;
const ORIGINAL = /^[ \t]*-{2,}\s*Original Message\s*-{2,}\s*$/i;
const FORWARDED = /^[ \t]*-{2,}\s*Forwarded message\s*-{2,}\s*$/i;
const HEADER_FROM = /^[ \t]*\*?From:\*?\s+\S/i;
const HEADER_NEXT = /^[ \t]*\*?(Sent|Date|To|Subject):\*?\s/i;
const SIGNATURE = /^-- ?$/;

/**
 * Whether the writer answers inline after the attribution that ends at line `wrote`: the quoted
 * message follows it `>`-prefixed, and unquoted lines follow the quote (or a later one), as
 * mailing-list replies are written. Those lines are the writer's, so the quote is not a tail.
 */
function answersInline(lines: Line[], wrote: number): boolean {
  let k = wrote + 1;
  while (k < lines.length && lines[k]!.text.trim() === '') k++;
  if (k >= lines.length || !QUOTED.test(lines[k]!.text)) return false;
  for (; k < lines.length; k++) {
    const text = lines[k]!.text;
    if (text.trim() !== '' && !QUOTED.test(text)) return true;
  }
  return false;
}

/**
 * Where the quoted history, forwarded text or signature begins, if anywhere. The attribution lines
 * of a reply answered inline are not a tail; they are added to `attribution` instead.
 */
function findTail(lines: Line[], attribution: Set<Line>): { index: number; reason: ExclusionReason } | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.text;
    if (SIGNATURE.test(line)) return { index: i, reason: 'signature' };
    if (ORIGINAL.test(line)) return { index: i, reason: 'original-message' };
    if (FORWARDED.test(line)) return { index: i, reason: 'forwarded' };
    if (ATTRIBUTION_START.test(line)) {
      let wrote = -1;
      for (let j = i; j < Math.min(i + 3, lines.length); j++) {
        if (WROTE.test(lines[j]!.text)) {
          wrote = j;
          break;
        }
        if (j > i && lines[j]!.text.trim() === '') break;
      }
      if (wrote >= 0) {
        if (!answersInline(lines, wrote)) return { index: i, reason: 'reply-header' };
        for (let k = i; k <= wrote; k++) attribution.add(lines[k]!);
        i = wrote;
        continue;
      }
    }
    // An Outlook header block: From: followed within a few lines by Sent:/Date:/To:/Subject:.
    if (HEADER_FROM.test(line)) {
      const next = lines.slice(i + 1, i + 4);
      if (next.some((l) => HEADER_NEXT.test(l.text))) return { index: i, reason: 'original-message' };
    }
  }
  return undefined;
}

/**
 * Finds the parts of a plain-text draft that are not the writer's new words: `>`-quoted lines,
 * an "On … wrote:" attribution and everything after it, "-----Original Message-----" or
 * "From: … Sent: …" headers and everything after them, and a "-- " signature and everything
 * after it. Ranges are sorted and do not overlap.
 */
export function findExcludedRanges(text: string): ExcludedRange[] {
  const lines = splitLines(text);
  const attribution = new Set<Line>();
  const tail = findTail(lines, attribution);
  const limit = tail ? lines[tail.index]!.start : text.length;
  const ranges: ExcludedRange[] = [];
  for (const line of lines) {
    if (line.start >= limit) break;
    // The attribution of a reply answered inline is left out with the quote it introduces.
    const reason = attribution.has(line) ? 'reply-header' : QUOTED.test(line.text) ? 'quoted-line' : null;
    if (!reason) continue;
    const last = ranges[ranges.length - 1];
    // Consecutive quoted lines become one range, including the line breaks between them.
    if (last && /^\r?\n$/.test(text.slice(last.end, line.start))) {
      last.end = line.end;
    } else {
      ranges.push({ start: line.start, end: line.end, reason });
    }
  }
  if (tail) ranges.push({ start: limit, end: text.length, reason: tail.reason });
  return ranges;
}

/**
 * Replaces every character of the ranges with a space, keeping line breaks, so that offsets
 * into the result are offsets into the original text.
 */
export function blankRanges(text: string, ranges: readonly { start: number; end: number }[]): string {
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const range of ranges) {
    out += text.slice(at, range.start);
    out += text.slice(range.start, range.end).replace(/[^\r\n]/g, ' ');
    at = range.end;
  }
  return out + text.slice(at);
}
