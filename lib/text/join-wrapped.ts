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
 * (`joinWrapped`), and each split where the writer broke the line. The wrap join takes any line
 * that opens in lower case for the rest of a sentence, and chat lines and notes open so ("notes from
 * the sync\nwe settled on the hosted runners\nlatency is at 55ms"); a break is the writer's, not a
 * wrap's, when the next line's first word would have fit on the line (the line ends short of the
 * text's width). The longest line's break cannot be told from a wrap's, and is read as `joinWrapped`
 * reads it. Linear in the text: each line is looked at once.
 */
export function readingUnits(text: string, sentences: readonly Span[], width = lineWidth(text)): Span[] {
  const units: Span[] = [];
  const firstWord = /[ \t]*(\S+)/y;
  for (const unit of joinWrapped(text, sentences)) {
    let start = unit.start;
    let words = false; // whether the piece from `start` holds any word yet
    let lineStart = start;
    for (let newline = text.indexOf('\n', start); newline >= 0 && newline < unit.end;) {
      let lineEnd = newline;
      while (lineEnd > lineStart && /\s/.test(text[lineEnd - 1]!)) lineEnd -= 1;
      words ||= lineEnd > lineStart;
      firstWord.lastIndex = newline + 1;
      const next = firstWord.exec(text);
      const physical = lineEnd - (text.lastIndexOf('\n', lineStart - 1) + 1);
      if (next && firstWord.lastIndex <= unit.end && words && physical + 1 + next[1]!.length <= width) {
        let end = newline;
        while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
        units.push({ start, end });
        start = firstWord.lastIndex - next[1]!.length;
        words = false;
      }
      lineStart = newline + 1;
      newline = text.indexOf('\n', newline + 1);
    }
    units.push({ start, end: unit.end });
  }
  return units;
}
