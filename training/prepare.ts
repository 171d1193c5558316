/** Turns labelled examples into feature rows, running the lexicon rules on each document once. */
import { detectCues } from '../lib/signals';
import { FAR, forModel } from '../lib/signals/judge';
import {
  extractFeatures,
  type LexiconCue,
  type SentenceFeatures,
  type WordVectors,
} from '../lib/signals/model/features';
import type { Example } from './data';

/** The corpus has no send dates; deadlines are judged from fixed moments, one per period. */
export const ENRON_NOW = new Date('2001-10-01T09:00:00Z');
export const MODERN_NOW = new Date('2026-06-01T09:00:00Z');

export interface Prepared {
  example: Example;
  text: string;
  cues: LexiconCue[];
}

export function prepare(examples: readonly Example[]): Prepared[] {
  const cache = new Map<string, ReturnType<typeof detectCues>>();
  return examples.map((example) => {
    const key = example.document;
    let analysis = cache.get(key);
    if (!analysis) {
      analysis = detectCues(example.document, {
        now:
          example.source === 'enron' || example.source === 'enron-added' || example.source === 'dev'
            ? ENRON_NOW
            : MODERN_NOW,
      });
      cache.set(key, analysis);
    }
    return { example, text: example.document.slice(example.start, example.end), cues: cuesWithin(analysis, example) };
  });
}

/**
 * The lexicon cues (and far deadlines) of a document's analysis that fall inside a span, as offsets
 * into it: those the model reads (not a span counted from now, which it never learned).
 */
export function cuesWithin(
  analysis: ReturnType<typeof detectCues>,
  span: { start: number; end: number },
): LexiconCue[] {
  const inside = (s: { start: number; end: number }) => s.start >= span.start && s.end <= span.end;
  return [
    ...analysis.signals
      .filter((s) => inside(s) && forModel(s))
      .map((s) => ({
        kind: s.kind,
        value: s.value,
        rule: s.rule,
        start: s.start - span.start,
        end: s.end - span.start,
      })),
    ...(analysis.farDeadlines ?? [])
      .filter(inside)
      .map((d) => ({ ...FAR, start: d.start - span.start, end: d.end - span.start })),
  ];
}

export function featuresOf(
  prepared: readonly Prepared[],
  bits: number,
  vectors: WordVectors | null,
): SentenceFeatures[] {
  return prepared.map((p) => extractFeatures(p.text, p.cues, bits, vectors));
}
