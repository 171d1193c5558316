/** A span of text, by UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Longer than any real sentence: a wrapped line is not joined past it (a paste of short lines is not one sentence). */
const MAX_JOINED = 600;

/**
 * Joins sentences that a hard line wrap split in two: a piece that does not end a sentence,
 * followed on the next line by one that starts in lower case, is one sentence.
 */
export function joinWrapped(text: string, sentences: readonly Span[]): Span[] {
  const joined: Span[] = [];
  for (const sentence of [...sentences].sort((a, b) => a.start - b.start)) {
    const last = joined[joined.length - 1];
    const gap = last ? text.slice(last.end, sentence.start) : '';
    const wrapped =
      last !== undefined &&
      sentence.end - last.start <= MAX_JOINED &&
      /^[ \t]*\r?\n[ \t]*$/.test(gap) &&
      !/[.!?…:;"”)\]]\s*$/.test(text.slice(last.start, last.end)) &&
      /^[\p{Ll}\d]/u.test(text.slice(sentence.start, sentence.end));
    if (wrapped) last.end = Math.max(last.end, sentence.end);
    else joined.push({ start: sentence.start, end: sentence.end });
  }
  return joined;
}

/**
 * The width a hard wrap filled the text's lines to, if it was wrapped: its longest line of running
 * words (two spaces or more). A long URL or token is no wrap width: wrapped text keeps one when it
 * cannot be cut.
 */
export function lineWidth(text: string): number {
  let widest = 0;
  let from = 0;
  for (;;) {
    const newline = text.indexOf('\n', from);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(from, end).trimEnd();
    if (line.length > widest && line.indexOf(' ') !== line.lastIndexOf(' ')) widest = line.length;
    if (newline < 0) return widest;
    from = newline + 1;
  }
}

/**
 * The units a draft is read in: its sentences, with those a hard wrap cut in two joined
 * (`joinWrapped`), and each split where the writer broke the line. compromise runs a line that ends
 * with no closing punctuation into the next one ("Hi everyone,\nPlease review…", "Pages: 14 (2
 * real)\nDisk alert tuning: no ETA needed"); a break is the writer's, not a wrap's, when the next
 * line's first word would have fit on the line (the line ends short of the text's width). The
 * longest line's break cannot be told from a wrap's, and is read as `joinWrapped` reads it.
 */
export function readingUnits(text: string, sentences: readonly Span[], width = lineWidth(text)): Span[] {
  const units: Span[] = [];
  for (const unit of joinWrapped(text, sentences)) {
    let start = unit.start;
    for (let newline = text.indexOf('\n', start); newline >= 0 && newline < unit.end;) {
      const line = text.slice(text.lastIndexOf('\n', newline - 1) + 1, newline).trimEnd();
      const next = /^[ \t]*(\S+)/.exec(text.slice(newline + 1, unit.end));
      if (next && line.length + 1 + next[1]!.length <= width && /\S/.test(text.slice(start, newline))) {
        units.push({ start, end: start + text.slice(start, newline).trimEnd().length });
        start = newline + 1 + next.index + (next[0].length - next[1]!.length);
      }
      newline = text.indexOf('\n', newline + 1);
    }
    units.push({ start, end: unit.end });
  }
  return units;
}
