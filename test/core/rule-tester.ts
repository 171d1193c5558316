import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/check';
import type { Medium } from '../../lib/conflicts/types';
import type { Rule } from '../../lib/conflicts';
import { exampleProfile, type Profile } from '../../lib/profile';
import { findingSchema, type ThreadEvidence } from '../../lib/report';

/** A fixed "today" (a Tuesday) so date cues and review dates never depend on the clock. */
export const TEST_NOW = new Date('2026-11-24T09:00:00Z');

export interface DraftCase {
  text: string;
  /** Why this case is here, shown as the test name. */
  name?: string;
  profile?: Profile;
  now?: Date;
  syncedAt?: string | null;
  /** The page's quote block, when the reply's quoted history is held apart from its text. */
  quoted?: string;
  /** What is checked, when not a mail draft: messages then name it. */
  medium?: Medium;
}

export interface ExpectedFinding {
  /** The draft's words the finding points at. */
  text: string;
  topic?: string | null;
  /** Words the message must contain (e.g. the profile's owner or outcome). */
  message?: string;
  suggestion?: string;
  /** The earlier words a thread finding quotes, and who wrote them when. */
  thread?: Partial<ThreadEvidence>;
}

export interface InvalidCase extends DraftCase {
  findings: ExpectedFinding[];
}

export interface RuleTable {
  valid: (string | DraftCase)[];
  invalid: InvalidCase[];
  /** Known misses, kept visible: each says what is missed and why. */
  todo?: string[];
}

function asCase(c: string | DraftCase): DraftCase {
  return typeof c === 'string' ? { text: c } : c;
}

function findingsOf(rule: Rule, c: DraftCase) {
  const report = checkDraft(c.text, c.profile ?? exampleProfile, {
    now: c.now ?? TEST_NOW,
    syncedAt: c.syncedAt ?? null,
    budgetMs: 60_000,
    medium: c.medium,
    ...(c.quoted !== undefined ? { quoted: c.quoted } : {}),
  });
  expect(report.stats.error).toBeUndefined();
  return report.findings.filter((f) => f.rule === rule.id);
}

/** Runs a rule's tables against whole drafts through checkDraft, like ESLint's RuleTester. */
export function testRule(rule: Rule, table: RuleTable): void {
  describe(rule.id, () => {
    describe('valid', () => {
      it.each(table.valid.map((c) => [asCase(c).name ?? asCase(c).text, asCase(c)] as const))(
        'does not flag: %s',
        (_, c) => {
          expect(findingsOf(rule, c)).toEqual([]);
        },
      );
    });
    describe('invalid', () => {
      it.each(table.invalid.map((c) => [c.name ?? c.text, c] as const))('flags: %s', (_, c) => {
        const found = findingsOf(rule, c);
        expect(found.map((f) => f.text)).toEqual(c.findings.map((f) => f.text));
        c.findings.forEach((expected, i) => {
          const finding = found[i]!;
          expect(findingSchema.parse(finding)).toEqual(finding);
          expect(finding.severity).toBe(rule.severity);
          expect(c.text.slice(finding.start, finding.end)).toBe(finding.text);
          expect(finding.message.length).toBeGreaterThan(0);
          expect(finding.suggestion.length).toBeGreaterThan(0);
          expect(finding.message).not.toMatch(/\{\w+\}|undefined/);
          expect(finding.suggestion).not.toMatch(/\{\w+\}|undefined/);
          if (expected.topic !== undefined) expect(finding.topic).toBe(expected.topic);
          if (expected.message) expect(finding.message).toContain(expected.message);
          if (expected.suggestion) expect(finding.suggestion).toContain(expected.suggestion);
          if (expected.thread) expect(finding.thread).toMatchObject(expected.thread);
          // A thread finding about a subject the profile does not list has the earlier words as its evidence instead.
          if (finding.thread) expect(finding.thread.text.length).toBeGreaterThan(0);
          else expect(finding.entry).toBeDefined();
        });
      });
    });
    for (const reason of table.todo ?? []) it.todo(reason);
  });
}

/** The example profile with some changes, for cases the example does not cover. */
export function variant(change: (p: Profile) => void): Profile {
  const copy = structuredClone(exampleProfile);
  change(copy);
  return copy;
}
