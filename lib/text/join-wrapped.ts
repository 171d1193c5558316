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
