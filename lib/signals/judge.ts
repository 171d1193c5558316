import type { Signal } from '../report';
import { loadModel } from './model/load';
import { MODEL_AXES, predictSentence } from './model/model';
import type { SentenceSpan } from './sentences';

/** How a deadline too far off to press reaches the model: as evidence against urgency. */
export const FAR = { kind: 'urgency', value: 'far', rule: 'urgency/far-deadline' } as const;

/**
 * The model's verdict per sentence and axis, turned into signals: lexicon cues of the value the
 * model chose keep their exact words and rule; cues of another value are dropped; a value with no
 * lexicon cue gets the model's own evidence words (rule `model/<axis>`).
 */
export function judgeSentences(text: string, sentences: readonly SentenceSpan[], cues: readonly Signal[], farDeadlines: ReadonlyArray<{ start: number; end: number }>): Signal[] {
  const model = loadModel();
  const bySentence = new Map<number, Signal[]>();
  for (const cue of cues) bySentence.set(cue.sentence.start, [...(bySentence.get(cue.sentence.start) ?? []), cue]);
  const out: Signal[] = [];
  for (const sentence of sentences) {
    const inSentence = bySentence.get(sentence.start) ?? [];
    const local = [
      ...inSentence.map((c) => ({ kind: c.kind, value: c.value, rule: c.rule, start: c.start - sentence.start, end: c.end - sentence.start })),
      ...farDeadlines.filter((d) => d.start >= sentence.start && d.end <= sentence.end).map((d) => ({ ...FAR, start: d.start - sentence.start, end: d.end - sentence.start })),
    ];
    const verdict = predictSentence(model.weights, model.vectors, sentence.text, local);
    for (const axis of MODEL_AXES) {
      const { value, cue } = verdict[axis];
      if (value === 'none') continue;
      const agreeing = inSentence.filter((c) => c.kind === axis && c.value === value);
      if (agreeing.length > 0) {
        out.push(...agreeing);
        continue;
      }
      if (!cue) continue;
      // The date arithmetic knows when the draft is sent; the model does not. A deadline the
      // calendar puts more than two working days away is not pressed into urgency by wording alone.
      if (value === 'urgent' && local.some((c) => c.rule === FAR.rule)) continue;
      const start = sentence.start + cue.start;
      const end = sentence.start + cue.end;
      out.push({ kind: axis, value, start, end, text: text.slice(start, end), topic: null, rule: `model/${axis}`, sentence: { start: sentence.start, end: sentence.end } });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
