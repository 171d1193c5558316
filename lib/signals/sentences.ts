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

/**
 * The same miscount where the sentence has no closing punctuation (a list item, a heading): the span
 * ends a few characters into the next line ("nice to have\n-", "…to Q3\nT"), in the middle of a line
 * that goes on. A sentence can end inside a line only at its closing punctuation, so such a tail is
 * cut off. A short last line that ends its line ("…please send\nthem") is the sentence's own.
 */
function withoutLineFragment(text: string, start: number, end: number): number {
  const newline = text.lastIndexOf('\n', end - 1);
  if (newline <= start || end - newline - 1 > 6) return end;
  if (/[.?!]["')\]]*\s*$/.test(text.slice(newline + 1, end))) return end;
  const lineEnd = text.indexOf('\n', end);
  if (!/\S/.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd))) return end;
  let cut = newline;
  while (cut > start && /\s/.test(text[cut - 1]!)) cut -= 1;
  return cut > start ? cut : end;
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
    const end = withoutLineFragment(text, start, withoutNextLine(text, start, start + entry.offset.length));
    spans.push({ start, end, text: text.slice(start, end) });
    docIndexes.push(docIndex);
  });
  // The miscount inside a line ("Done. - next thing here. And more."): a span never runs into the next.
  for (let i = 0; i + 1 < spans.length; i += 1) {
    const span = spans[i]!;
    const next = spans[i + 1]!.start;
    if (span.end <= next) continue;
    let end = next;
    while (end > span.start && /\s/.test(text[end - 1]!)) end -= 1;
    if (end > span.start) spans[i] = { start: span.start, end, text: text.slice(span.start, end) };
  }
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
