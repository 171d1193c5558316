import { describe, expect, it } from 'vitest';
import { detectCues } from '../signals';
import { joinWrapped, lineWidth, readingUnits } from './join-wrapped';

const unitsOf = (text: string) =>
  readingUnits(text, detectCues(text).sentences).map(({ start, end }) => text.slice(start, end));

/** Greedy hard wrap at `width`, as a plain-text mailer does. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

describe('reading units', () => {
  it('splits chat lines and notes the writer broke apart, which a wrap join would run together', () => {
    const text =
      'notes from the infra sync\nwe settled on the hosted runners, the self-hosted plan is out\nlatency budget is 40ms, we sit at 55ms\n14:05 — rollback done, error rate back under one percent in all three regions';
    expect(unitsOf(text)).toEqual([
      'notes from the infra sync',
      'we settled on the hosted runners, the self-hosted plan is out',
      'latency budget is 40ms, we sit at 55ms',
      '14:05 — rollback done, error rate back under one percent in all three regions',
    ]);
  });

  it('keeps a hard-wrapped paragraph whole, even beside a longer URL line', () => {
    const paragraph =
      'We have decided that the vendor review will be postponed until the audit is over, and the team ' +
      'should treat the billing export as the top priority for the rest of the quarter, since finance ' +
      'cannot close the books without it and the auditors have asked for the figures twice already.';
    const text = `${wrap(paragraph, 72)}\nhttps://example.com/a/very/long/link/that/no/wrapper/can/cut/into/pieces/at/all/because/it/has/no/spaces\n`;
    const sentences = detectCues(text).sentences;
    expect(lineWidth(text)).toBeLessThanOrEqual(72);
    expect(readingUnits(text, sentences)).toEqual(joinWrapped(text, sentences));
  });

  it.todo(
    "splits after a draft's longest line when the writer broke it (its width is the only wrap width there is, so a lower-case next line is read with it)",
  );

  it('splits only where the next line’s first word would have fit on the line', () => {
    const full = 'the team has agreed to move the launch to the second week of';
    const text = `${full}\nnext month, once the audit is over.\nDone for today,\nthanks all`;
    const read = readingUnits(text, detectCues(text).sentences, full.length).map(({ start, end }) =>
      text.slice(start, end),
    );
    expect(read).toEqual([`${full}\nnext month, once the audit is over.`, 'Done for today,', 'thanks all']);
  });
});
