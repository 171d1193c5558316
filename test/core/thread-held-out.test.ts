import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/check';
import { exampleProfile } from '../../lib/profile';
import { heldOut } from '../fixtures/threads/held-out';
import { TEST_NOW } from './rule-tester';
import { writeReply } from './thread-forms';

/**
 * thread-mismatch on replies it was not developed against (test/fixtures/threads/held-out.ts,
 * frozen before the rule was written). A case counts as found when the rule raises any finding on
 * the reply; the floors sit at the figures measured, so a change that loses ground fails here.
 */
const PRECISION_FLOOR = 0.85;
const RECALL_FLOOR = 0.85;

function fires(c: (typeof heldOut)[number]): boolean {
  const { text, quoted } = writeReply(c.form, c.reply, {
    author: c.author,
    address: c.address,
    date: c.date,
    text: c.earlier,
  });
  const report = checkDraft(text, exampleProfile, {
    now: TEST_NOW,
    budgetMs: 60_000,
    ...(quoted !== undefined ? { quoted } : {}),
  });
  return report.findings.some((f) => f.rule === 'thread-mismatch');
}

describe('thread-mismatch on held-out replies', () => {
  it(`keeps precision ≥ ${PRECISION_FLOOR} and recall ≥ ${RECALL_FLOOR}`, () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const c of heldOut) {
      const got = fires(c);
      if (got && c.fires) tp++;
      else if (got) {
        fp++;
        misses.push(`false alarm (${c.form}, ${c.axis}): ${c.earlier} → ${c.reply}`);
      } else if (c.fires) {
        fn++;
        misses.push(`missed (${c.form}, ${c.axis}): ${c.earlier} → ${c.reply}`);
      }
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    console.log(
      `thread-mismatch held-out: ${heldOut.length} replies (${heldOut.filter((c) => c.fires).length} contradict), precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}\n  ${misses.join('\n  ')}`,
    );
    expect(precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
    expect(recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });
});
