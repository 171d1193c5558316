import { describe, expect, it } from 'vitest';
import { axes, scoreAxis } from './score';
import { freshDir2, loadFresh, predictFresh } from './fresh';

/**
 * F1 per axis on the fresh modern messages (never trained on), rounded down a little from what the
 * product reached: a change that reads modern text worse fails here. No rule or weight is tuned on
 * them; they did weigh in on which label rounds to train on (README, accuracy).
 */
const FLOORS = { urgency: 0.84, priority: 0.7, decision: 0.7 } as const;

describe('signal accuracy on fresh modern messages', () => {
  const sets = loadFresh();

  it('holds four genres of 50 messages, every sentence labelled twice', () => {
    expect(sets.map((s) => s.genre)).toEqual(['gh', 'ml', 'notes', 'work']);
    for (const set of sets) {
      expect(set.emails.size).toBe(50);
      expect(set.labels.every((l) => set.second.has(l.key))).toBe(true);
    }
  });

  it(`scores at least ${Object.values(FLOORS).join(' / ')} per axis`, () => {
    const predictions = sets.flatMap((set) => predictFresh(set));
    for (const axis of axes) expect(scoreAxis(predictions, axis).f1, axis).toBeGreaterThanOrEqual(FLOORS[axis]);
  });
});

/** The second set (judged nothing: measured, never chosen by), with floors set from the figures measured on it (0.749 / 0.755 / 0.746). */
const FLOORS_2 = { urgency: 0.72, priority: 0.73, decision: 0.72 } as const;

describe('signal accuracy on the second set of fresh modern messages', () => {
  const sets = loadFresh(freshDir2);

  it('holds four genres of 50 messages, every sentence labelled twice', () => {
    expect(sets.map((s) => s.genre)).toEqual(['gh', 'ml', 'notes', 'work']);
    for (const set of sets) {
      expect(set.emails.size).toBe(50);
      expect(set.labels.every((l) => set.second.has(l.key))).toBe(true);
    }
  });

  it(`scores at least ${Object.values(FLOORS_2).join(' / ')} per axis`, () => {
    const predictions = sets.flatMap((set) => predictFresh(set));
    for (const axis of axes) expect(scoreAxis(predictions, axis).f1, axis).toBeGreaterThanOrEqual(FLOORS_2[axis]);
  });
});
