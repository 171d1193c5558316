/** Turns labelled examples into feature rows, running the lexicon rules on each document once. */
import { detectCues } from '../lib/signals';
import { FAR } from '../lib/signals/judge';
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
    const inside = (s: { start: number; end: number }) => s.start >= example.start && s.end <= example.end;
    const cues = [
      ...analysis.signals.filter(inside).map((s) => ({
        kind: s.kind,
        value: s.value,
        rule: s.rule,
        start: s.start - example.start,
        end: s.end - example.start,
      })),
      ...(analysis.farDeadlines ?? [])
        .filter(inside)
        .map((d) => ({ ...FAR, start: d.start - example.start, end: d.end - example.start })),
    ];
    return { example, text: example.document.slice(example.start, example.end), cues };
  });
}

export function featuresOf(
  prepared: readonly Prepared[],
  bits: number,
  vectors: WordVectors | null,
): SentenceFeatures[] {
  return prepared.map((p) => extractFeatures(p.text, p.cues, bits, vectors));
}
