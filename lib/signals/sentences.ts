import type nlp from 'compromise/two';

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** compromise's own types only list term-level options; `terms: false` skips the per-term work. */
const offsetsOnly = { offset: true, terms: false, text: false } as unknown as { offset: boolean };

/**
 * compromise counts the bullet in front of a sentence ("- ", "* ") in its length but not in its
 * start, so a bulleted sentence's span runs a few characters into the next line ("…urgent?\n-").
 * Such a tail after the sentence's closing punctuation is cut off: the sentence ends where its words do.
 */
function withoutNextLine(text: string, start: number, end: number): number {
  const newline = text.lastIndexOf('\n', end - 1);
  if (newline < start || end - newline - 1 > 3) return end;
  return /[.?!]["')\]]*\s*$/.test(text.slice(start, newline)) ? newline : end;
}

/** Sentence spans in `text`, each with the index of its sentence in compromise's parse. */
export function sentencesOf(
  doc: ReturnType<typeof nlp>,
  text: string,
  base: number,
): { spans: SentenceSpan[]; docIndexes: number[] } {
  const spans: SentenceSpan[] = [];
  const docIndexes: number[] = [];
  (doc.json(offsetsOnly) as Array<{ offset?: { start: number; length: number } }>).forEach((entry, docIndex) => {
    if (!entry.offset || entry.offset.length <= 0) return;
    const start = base + entry.offset.start;
    const end = withoutNextLine(text, start, start + entry.offset.length);
    spans.push({ start, end, text: text.slice(start, end) });
    docIndexes.push(docIndex);
  });
  return { spans, docIndexes };
}

/** The index of the sentence holding `position`, or -1 (sentences are sorted and disjoint). */
export function indexOfSentence(sentences: SentenceSpan[], position: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid]!;
    if (position < sentence.start) high = mid - 1;
    else if (position >= sentence.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
