import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSignals } from './index';
import { monday } from './test-helpers';

function expectConsistent(text: string) {
  const analysis = detectSignals(text, { now: monday });
  for (const sentence of analysis.sentences) {
    expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  }
  for (const signal of analysis.signals) {
    expect(text.slice(signal.start, signal.end)).toBe(signal.text);
    expect(signal.sentence.start).toBeLessThanOrEqual(signal.start);
    expect(signal.sentence.end).toBeGreaterThanOrEqual(signal.end);
    expect(signal.topic).toBeNull();
  }
  return analysis;
}

describe('offsets', () => {
  it.each([
    ['leading whitespace and newlines', '   \n\n  Hi team,\n\nPlease send it ASAP.'],
    ['emoji before the cue', '🎉🎉 Great news 👍🏽! This is urgent.'],
    ['a blanked quoted region', `Please reply by noon.${' '.repeat(400)}We decided to go with Adyen.`],
    ['tabs and carriage returns', 'Thanks,\r\n\tThe launch is on hold.\r\n'],
    ['right-to-left text', 'שלום. The vendor choice is still open.'],
  ])('match the text exactly with %s', (_name, text) => {
    const analysis = expectConsistent(text);
    expect(analysis.signals.length).toBeGreaterThan(0);
  });

  it('gives the cue words, without the punctuation around them', () => {
    const text = '  Hi 😀 team.\n\nThis is not urgent!';
    const [signal] = detectSignals(text).signals;
    expect(signal).toMatchObject({ kind: 'urgency', value: 'relaxed', text: 'not urgent', rule: 'urgency/not-urgent' });
    expect(signal?.start).toBe(text.indexOf('not urgent'));
    expect(signal?.sentence).toEqual({ start: text.indexOf('This'), end: text.length });
  });

  it.each([
    ["It isn't urgent.", "isn't urgent"],
    ["Don't rush this.", "Don't rush"],
    ["We haven't decided yet.", "haven't decided"],
  ])('keeps a contraction whole in the cue of %s', (text, cue) => {
    expect(detectSignals(text).signals.map((signal) => signal.text)).toEqual([cue]);
  });

  it("leaves the sentence's closing punctuation out of a deadline cue", () => {
    const [signal] = detectSignals('Please send it by Wed.', { now: monday }).signals;
    expect(signal).toMatchObject({ kind: 'urgency', value: 'urgent', text: 'by Wed' });
  });

  it('keeps offsets across chunks of a long text', () => {
    const filler = 'The weather was mild and the team met as usual. '.repeat(200);
    const text = `${filler}Please send the report ASAP.`;
    const analysis = expectConsistent(text);
    const asap = analysis.signals.find((signal) => signal.text === 'ASAP');
    expect(asap?.start).toBe(text.lastIndexOf('ASAP'));
  });
});

describe('robustness', () => {
  it.each([
    ['empty', ''],
    ['only spaces', ' '.repeat(1000)],
    ['control characters', '\u0000\u0001\u0007\u001b[31m urgent \u0000'],
    ['a lone surrogate', '\ud83d urgent \ude00'],
    ['only punctuation', '?!.,;:'.repeat(50)],
  ])('never throws on %s', (_name, text) => {
    expect(() => expectConsistent(text)).not.toThrow();
  });

  it('never throws and keeps offsets consistent on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expectConsistent(text);
      }),
      { numRuns: 60 },
    );
  });

  it('falls back to the clock when now is an invalid date, instead of reading every deadline as near', () => {
    const farAway = `Please reply by December 31, ${new Date().getUTCFullYear() + 5}.`;
    expect(detectSignals(farAway, { now: new Date('not a date') }).signals).toEqual([]);
  });

  it('stops at the deadline and says so', () => {
    const text = 'Please send the report ASAP. '.repeat(2000);
    const analysis = detectSignals(text, { deadline: performance.now() - 1 });
    expect(analysis.timedOut).toBe(true);
    expect(analysis.signals).toEqual([]);
  });

  it('reads a 1 MB paste chunk by chunk, returning what it found by the deadline', () => {
    const paragraph = 'The weather was mild and the team met as usual. '.repeat(20);
    const text = `${paragraph}\n\nThis is urgent.\n\n`.repeat(1_100).slice(0, 1_000_000);
    const analysis = detectSignals(text, { deadline: performance.now() + 300 });
    expect(analysis.timedOut).toBe(true);
    expect(analysis.signals.length).toBeGreaterThan(0);
    expect(analysis.sentences.at(-1)?.end ?? 0).toBeLessThan(text.length);
  });

  it('reads a long text to the end when there is time', () => {
    const text = 'The weather was mild. This is urgent.\n'.repeat(1_500);
    const analysis = detectSignals(text);
    expect(analysis.timedOut).toBe(false);
    expect(analysis.signals.filter((signal) => signal.value === 'urgent')).toHaveLength(1_500);
  });
});

describe('hard-wrapped lines', () => {
  it.each([
    'That said, finance asked me earlier and the reporting dashboards are now urgent: can you\nget the revenue view done by EOD today?',
    'We have decided that the vendor review will be\npostponed until the audit is over.',
    'Honestly the onboarding revamp is not something we\nneed to rush, it can wait for next quarter.',
  ])('judges a sentence cut by a line wrap as the same sentence on one line: %s', (wrapped) => {
    // The lexicon cannot match across the break ("be / postponed"), so the words may differ; the verdicts may not.
    const oneLine = wrapped.replace('\n', ' ');
    const read = (text: string) =>
      detectSignals(text, { now: monday })
        .signals.map(({ kind, value }) => `${kind}=${value}`)
        .sort();
    expect(read(wrapped)).toEqual(read(oneLine));
  });
});

describe('bulleted lines', () => {
  it.each(['- Next item', '* Next item', 'Next item', ''])(
    'reads a bulleted question as a question whatever follows it (%j)',
    (next) => {
      const first = '- Is this ASAP?\n- Is billing our top priority?\n- Is pricing decided?\n';
      const analysis = expectConsistent(`${first}${next}`);
      // The guidelines make a question about urgency or ranking `none`; on decision they are silent,
      // and the corpus's own labels read about 2 in 5 status questions ("Has that language been
      // finalized?") as open, so only the first two axes are pinned here.
      expect(analysis.signals.filter((s) => s.start < first.length && s.kind !== 'decision')).toEqual([]);
      for (const sentence of analysis.sentences.filter((s) => s.start < first.length))
        expect(sentence.text).toMatch(/\?$/);
    },
  );

  it('ends an item without closing punctuation where its line ends, not inside the next line', () => {
    const text =
      'Status:\n- [x] drop IE11 polyfills\n- docs overhaul: nice to have\n- we punted the loyalty emails to Q3\nThe audit has to land first.';
    const { sentences } = expectConsistent(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Status:',
      'x] drop IE11 polyfills',
      'docs overhaul: nice to have',
      'we punted the loyalty emails to Q3',
      'The audit has to land first.',
    ]);
  });

  it('keeps sentences disjoint where a bullet sits inside a line', () => {
    const { sentences } = expectConsistent('Done. - next thing here. And more.');
    expect(sentences.map((s) => s.text)).toEqual(['Done.', 'next thing here.', 'And more.']);
    for (let i = 1; i < sentences.length; i += 1)
      expect(sentences[i]!.start).toBeGreaterThanOrEqual(sentences[i - 1]!.end);
  });

  it('keeps a short last line that ends its line as part of its sentence', () => {
    const { sentences } = expectConsistent('Could you send the numbers over\nsoon\n\nThanks.');
    expect(sentences.map((s) => s.text).join('|')).toContain('soon');
  });
});
