import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusDir, loadDevLabels, loadEmails } from './corpus';
import { evalOptions } from './eval-options';
import { predictAll, scoreAxis } from './score';

/**
 * The F1 each axis reached on the dev labels, rounded down a little: a change to the lexicons or
 * the detectors that loses accuracy fails here. Decision was 0.81 until the model trained on 4,200
 * realistic modern sentences (round w14): dev decision fell from 0.816 to 0.788 while every held-out
 * proxy rose (the corpus's own Enron sentences +0.012, fresh modern messages +0.041); dev flatters
 * the lexicon it was tuned on (README, accuracy).
 */
const floors = { urgency: 0.87, priority: 0.82, decision: 0.78 } as const;

const dir = corpusDir();
const available = corpusAvailable(dir);

describe('signal accuracy on the labelled dev corpus', () => {
  if (!available && process.env.CI) {
    it('finds the corpus', () => {
      throw new Error(
        `The labelled corpus is missing: looked in ${dir} (set CONSONANT_CORPUS or check out shared/ beside the repo).`,
      );
    });
    return;
  }
  it.skipIf(!available)(
    `scores at least the recorded F1 per axis (corpus: ${available ? dir : `not found at ${dir}, skipped`})`,
    () => {
      const predictions = predictAll(loadEmails('dev', dir), loadDevLabels(dir), evalOptions);
      const reached = Object.fromEntries(
        Object.keys(floors).map((axis) => [axis, scoreAxis(predictions, axis as keyof typeof floors).f1]),
      );
      for (const [axis, floor] of Object.entries(floors)) {
        expect(reached[axis], `${axis} F1`).toBeGreaterThanOrEqual(floor);
      }
    },
    60_000,
  );
});
