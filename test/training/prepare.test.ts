import { describe, expect, it } from 'vitest';
import { detectCues, detectSignals } from '../../lib/signals';
import { SPAN_RULE } from '../../lib/signals/deadline';
import { monday } from '../../lib/signals/test-helpers';
import { cuesWithin } from '../../training/prepare';

describe('what the model reads of a sentence', () => {
  const text = 'Please send the signed copy ASAP, within 24 hours.';
  const analysis = detectCues(text, { now: monday });

  it('finds a span counted from now beside the lexicon cues, displacing none of them', () => {
    const rules = analysis.signals.map((s) => s.rule);
    expect(rules).toContain(SPAN_RULE);
    expect(analysis.signals.filter((s) => s.rule !== SPAN_RULE).map((s) => s.text)).toEqual(['ASAP']);
  });

  it('leaves the span out of the cues the model is trained on, which it never learned', () => {
    const cues = cuesWithin(analysis, { start: 0, end: text.length });
    expect(cues.map((c) => c.rule)).not.toContain(SPAN_RULE);
    expect(cues.length).toBe(analysis.signals.length - 1);
  });

  it('quotes the span as the evidence of an urgent sentence', () => {
    const found = detectSignals('Please get the figures to Dana within 24 hours.', { now: monday }).signals;
    expect(found.filter((s) => s.kind === 'urgency').map((s) => [s.value, s.text])).toEqual([
      ['urgent', 'within 24 hours'],
    ]);
  });
});
