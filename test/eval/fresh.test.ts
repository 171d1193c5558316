import { describe, expect, it } from 'vitest';
import { axes, scoreAxis } from './score';
import { FRESH_SETS, loadFresh, predictFresh } from './fresh';

/**
 * F1 per axis on the fresh modern messages (never trained on), rounded down a little from what the
 * product reached: a change that reads modern text worse fails here. No rule or weight is tuned on
 * them. What each set has been used for is in `FRESH_SETS` and the README (accuracy): the first
 * chose what round w19 wrote about, the second's text chose round w20's subject, the third to fifth
 * have judged candidates, and the sixth (0.871 / 0.840 / 0.723) and seventh (0.824 / 0.770 / 0.700) have
 * judged one candidate (dropped), the seventh's list misses since read; the eighth (0.769 / 0.717 / 0.648,
 * signals at the rate such messages carry them) has judged one change (inline replies) and chosen nothing,
 * and the ninth (0.729 / 0.708 / 0.681, the same kind of set, written after every change) has judged
 * candidate words, two ways (dropped), and chosen nothing; the tenth (0.771 / 0.605 / 0.623, written
 * the same way in settings no set before used) has judged spans counted from now ("within 24 hours"); the eleventh (0.766 / 0.650 / 0.626),
 * written after that, has judged a bare "in" before a counted span (kept) and decision-rule slack (dropped);
 * the twelfth (0.764 / 0.758 / 0.681 after them), written before this session's changes were measured,
 * has judged list items' spans and the writer's line breaks (kept) and a number's shape (dropped); the
 * thirteenth (0.811 / 0.633 / 0.669), written in settings no set before used, nobody has read.
 */
const FLOORS: Record<(typeof FRESH_SETS)[number]['name'], Record<'urgency' | 'priority' | 'decision', number>> = {
  'first set': { urgency: 0.84, priority: 0.7, decision: 0.7 },
  'second set': { urgency: 0.72, priority: 0.73, decision: 0.72 },
  'third set': { urgency: 0.79, priority: 0.64, decision: 0.67 },
  'fourth set': { urgency: 0.76, priority: 0.68, decision: 0.72 },
  'fifth set': { urgency: 0.74, priority: 0.72, decision: 0.73 },
  'sixth set': { urgency: 0.84, priority: 0.81, decision: 0.7 },
  'seventh set': { urgency: 0.8, priority: 0.75, decision: 0.68 },
  'eighth set': { urgency: 0.74, priority: 0.69, decision: 0.62 },
  'ninth set': { urgency: 0.7, priority: 0.68, decision: 0.65 },
  'tenth set': { urgency: 0.74, priority: 0.58, decision: 0.6 },
  'eleventh set': { urgency: 0.74, priority: 0.62, decision: 0.6 },
  'twelfth set': { urgency: 0.72, priority: 0.73, decision: 0.66 },
  'thirteenth set': { urgency: 0.77, priority: 0.59, decision: 0.63 },
};

for (const { name, dir } of FRESH_SETS)
  describe(`signal accuracy on the ${name} of fresh modern messages`, () => {
    const floors = FLOORS[name];
    const sets = loadFresh(dir);

    it('holds four genres of 50 messages, every sentence labelled twice', () => {
      expect(sets.map((s) => s.genre)).toEqual(['gh', 'ml', 'notes', 'work']);
      for (const set of sets) {
        expect(set.emails.size).toBe(50);
        expect(set.labels.every((l) => set.second.has(l.key))).toBe(true);
      }
    });

    it(`scores at least ${Object.values(floors).join(' / ')} per axis`, () => {
      const predictions = sets.flatMap((set) => predictFresh(set));
      for (const axis of axes) expect(scoreAxis(predictions, axis).f1, axis).toBeGreaterThanOrEqual(floors[axis]);
    });
  });
