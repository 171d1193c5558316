/** A span of text, by UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Longer than any real sentence: a wrapped line is not joined past it (a paste of short lines is not one sentence). */
const MAX_JOINED = 600;

/**
 * Joins sentences that a hard line wrap split in two: a piece that does not end a sentence,
 * followed on the next line by one that starts in lower case, is one sentence. Given the width of a
 * text that is hard-wrapped (`wrapWidth`), a next line that opens in upper case ("over to\nJohn
 * Smith at the ISO") joins too when its first word would not have fit on the line: a wrap moved it.
 */
export function joinWrapped(text: string, sentences: readonly Span[], width = 0): Span[] {
  const joined: Span[] = [];
  for (const sentence of [...sentences].sort((a, b) => a.start - b.start)) {
    const last = joined[joined.length - 1];
    const gap = last ? text.slice(last.end, sentence.start) : '';
    // Its first character (two code units, so a letter outside the BMP is read whole).
    const opening = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 2));
    const wrapped =
      last !== undefined &&
      sentence.end - last.start <= MAX_JOINED &&
      /^[ \t]*\r?\n[ \t]*$/.test(gap) &&
      !/[.!?…:;"”)\]]\s*$/.test(text.slice(last.start, last.end)) &&
      (/^[\p{Ll}\d]/u.test(opening) ||
        (width > 0 && /^\p{Lu}/u.test(opening) && movedByWrap(text, last.end, sentence.start, width)));
    if (wrapped) last.end = Math.max(last.end, sentence.end);
    else joined.push({ start: sentence.start, end: sentence.end });
  }
  return joined;
}

/** Whether the word at `next` would not have fit on the line that ends at `end` (`width` columns). */
function movedByWrap(text: string, end: number, next: number, width: number): boolean {
  let lineEnd = end;
  while (lineEnd > 0 && text[lineEnd - 1] !== '\n' && /\s/.test(text[lineEnd - 1]!)) lineEnd -= 1;
  const length = lineEnd - (text.lastIndexOf('\n', lineEnd - 1) + 1);
  const word = /\S+/y;
  word.lastIndex = next;
  return length + 1 + (word.exec(text)?.[0].length ?? 0) > width;
}

/** Lines of a hard-wrapped paragraph that a text must hold before its capitalised next lines are read as wrapped. */
const WRAPPED_LINES = 3;

/**
 * The width a text was hard-wrapped to, or 0 when it does not look wrapped: at least
 * `WRAPPED_LINES` lines of running words are followed by a line whose first word would not have fit
 * on them. A writer's short lines (chat, notes, a list) leave only the longest line or two so.
 */
export function wrapWidth(text: string, width = lineWidth(text)): number {
  if (width === 0) return 0;
  let full = 0;
  const word = /[ \t]*(\S+)/y;
  let from = 0;
  for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', from)) {
    const line = text.slice(from, newline).trimEnd();
    word.lastIndex = newline + 1;
    const next = word.exec(text);
    if (next && line.indexOf(' ') !== line.lastIndexOf(' ') && line.length + 1 + next[1]!.length > width) full += 1;
    if (full >= WRAPPED_LINES) return width;
    from = newline + 1;
  }
  return 0;
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
  for (const unit of joinWrapped(text, sentences, wrapWidth(text, width))) {
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
