import { describe, expect, it } from 'vitest';
import { detectCues } from '../signals';
import { joinWrapped, lineWidth, readingUnits, wrapWidth } from './join-wrapped';

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

  it('keeps a hard-wrapped sentence whole where a wrap moved a capitalised word to the next line', () => {
    const paragraph =
      'Please make sure we get the revised schedule over to John Smith at the ISO by Friday, since the ' +
      'filing is due Monday morning and we cannot miss it. The Houston team has agreed to cover the ' +
      'weekend desk while Sara is out, and I will send the roster to Legal and Finance tonight so that ' +
      'Mark can sign it before Tuesday.';
    const text = wrap(paragraph, 72);
    expect(text).toMatch(/\nISO by Friday/);
    expect(text).toMatch(/\nMark can sign/);
    expect(wrapWidth(text)).toBe(lineWidth(text));
    expect(unitsOf(text).map((unit) => unit.replace(/\n/g, ' '))).toEqual([
      'Please make sure we get the revised schedule over to John Smith at the ISO by Friday, since the filing is due Monday morning and we cannot miss it.',
      'The Houston team has agreed to cover the weekend desk while Sara is out, and I will send the roster to Legal and Finance tonight so that Mark can sign it before Tuesday.',
    ]);
  });

  it('reads short capitalised lines as the writer broke them: only a wrapped text joins them', () => {
    const text =
      'standup\nYesterday finished the billing export and paired with Ana on the flaky CI test\nToday reviewing PRs\nBlocked on nothing';
    expect(wrapWidth(text)).toBe(0);
    expect(unitsOf(text)).toEqual([
      'standup',
      'Yesterday finished the billing export and paired with Ana on the flaky CI test',
      'Today reviewing PRs',
      'Blocked on nothing',
    ]);
    // Lines that end a sentence, or open a list item, stay apart in a wrapped text too.
    const wrapped = `${wrap('We met the vendor today and went through the contract line by line with Legal, who want two changes before they sign anything at all.', 60)}\nNext steps\n- Legal to send the redline`;
    expect(unitsOf(wrapped).slice(-2)).toEqual(['Next steps', 'Legal to send the redline']);
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
