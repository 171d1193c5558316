import type nlp from 'compromise/two';

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** compromise's own types only list term-level options; `terms: false` skips the per-term work. */
const offsetsOnly = { offset: true, terms: false, text: false } as unknown as { offset: boolean };

/**
 * How many characters compromise counts in a sentence's length but not in its start: the
 * punctuation it opens on ("- ", "* ", "- [", "**", "- (", a quote). Its span runs that far past its
 * words, into the next line ("nice to have\n-", "…to Q3\nT") or the next sentence ("next thing
 * here. A"). Read from the characters before the sentence back to its line's start, the end of the
 * word before it, or `base` (where a text read on its own starts), so a sentence parsed alone gets
 * the count it gets within its text.
 */
function openingPunctuation(text: string, base: number, start: number): number {
  let from = start;
  while (from > base && text[from - 1] !== '\n' && !/[\p{L}\p{N}]/u.test(text[from - 1]!)) from -= 1;
  // Stopped at a word: the punctuation touching it is that word's ("Done. - next").
  if (from > base && text[from - 1] !== '\n') while (from < start && !/\s/.test(text[from]!)) from += 1;
  while (from < start && /\s/.test(text[from]!)) from += 1;
  return start - from;
}

/** The end of a sentence's words: the overcount cut off where it runs past them, and the space before it. */
function wordsEnd(text: string, base: number, start: number, end: number): number {
  const over = openingPunctuation(text, base, start);
  if (over === 0 || end - over <= start) return end;
  if (end - over < text.length && !/\s/.test(text[end - over]!)) return end;
  let cut = end - over;
  while (cut > start && /\s/.test(text[cut - 1]!)) cut -= 1;
  return cut;
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
    const end = wordsEnd(text, base, start, start + entry.offset.length);
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
