import { describe, expect, it } from 'vitest';
import {
  agreement,
  f1,
  loadCaseSets,
  realCasesDir,
  realCasesDir2,
  realCasesDir3,
  runCases,
  tally,
  type CaseSet,
} from './conflicts';
import { corpusAvailable } from './corpus';

/**
 * Conflict accuracy on the 180 written cases (four teams, four writers), rounded down a little
 * from what the product reached: a change to detection, mentions or rules that loses conflicts,
 * or raises them on drafts that have none, fails here.
 */
const FLOORS = { f1: 0.88, precision: 0.92 };
const MAX_CLEAN_DRAFTS_FLAGGED = 6;

describe('conflicts on written cases', () => {
  const sets = loadCaseSets();
  const results = runCases(sets);

  it('holds every set with its profile, cases and a blind second annotation of each case', () => {
    expect(sets.map((s) => s.name)).toEqual(['energy', 'hosp', 'oss', 'retail']);
    for (const set of sets) {
      expect(set.cases.length).toBeGreaterThanOrEqual(40);
      expect(set.cases.every((c) => set.second.has(c.id))).toBe(true);
    }
    expect(agreement(sets).pairs).toBe(results.length);
  });

  it(`finds the expected conflicts with F1 ≥ ${FLOORS.f1} and precision ≥ ${FLOORS.precision}`, () => {
    const score = f1(tally(results).all);
    expect(score.f1).toBeGreaterThanOrEqual(FLOORS.f1);
    expect(score.p).toBeGreaterThanOrEqual(FLOORS.precision);
  });

  it(`raises a scored finding on at most ${MAX_CLEAN_DRAFTS_FLAGGED} of the drafts that have no conflict`, () => {
    const clean = results.filter((r) => r.expected.size === 0);
    expect(clean.length).toBeGreaterThan(60);
    expect(clean.filter((r) => r.found.size > 0).length).toBeLessThanOrEqual(MAX_CLEAN_DRAFTS_FLAGGED);
  });
});

/** A real-email collection: the named sets of 45 keyed emails, each labelled again blind, the two annotators agreeing at F1 ≥ 0.8. */
function holdsRealSets(sets: readonly CaseSet[], names: readonly string[]): void {
  it('holds four sets of 45 real emails, each labelled again blind, with the writers agreeing at F1 ≥ 0.8', () => {
    expect(sets.map((s) => s.name)).toEqual(names);
    for (const set of sets) {
      expect(set.cases).toHaveLength(45);
      expect(set.cases.every((c) => c.key !== undefined && set.second.has(c.id))).toBe(true);
    }
    expect(f1(agreement(sets).tally).f1).toBeGreaterThanOrEqual(0.8);
  });
}

/**
 * Conflicts in real email: 180 Enron emails (keys into the corpus, which holds their text) from four
 * groups' mailboxes, each set with a profile written for that group. Real email rarely contradicts a
 * profile, so these sets mostly measure what matters most there: no error on the emails that are
 * about profile items without contradicting them. Recall on the 26 findings is low and stays visible.
 */
describe.runIf(corpusAvailable())('conflicts on real Enron emails', () => {
  const sets = loadCaseSets(realCasesDir);
  const results = runCases(sets);

  holdsRealSets(sets, ['exec', 'govt', 'legal', 'ops']);

  // 2 with the body alone; 3 since the subject line is read (a regulator's headline in a subject); 4 since round w19; 3 again since negation is raised.
  it('raises a scored finding on at most 4 of the real emails that have no conflict', () => {
    const clean = results.filter((r) => r.expected.size === 0);
    expect(clean.length).toBeGreaterThan(140);
    expect(clean.filter((r) => r.found.size > 0).length).toBeLessThanOrEqual(4);
  });

  // 26 findings: one email moves with each retrain; 5 found from the body alone, 7 with the subject line, 9 since round w19.
  it('finds at least 7 of the conflicts real emails carry', () => {
    expect(tally(results).all.tp).toBeGreaterThanOrEqual(7);
  });
  it.todo(
    'finds most conflicts in real email: recall is 9 of 26; most missed ones need the whole email read to see what a sentence is about, or a rejected option recognised in other words',
  );
});

/**
 * A third real set, written after everything the rules and the model were tuned on (four other
 * mailbox groups; 36 findings two annotators gave, the second blind). Its floors sit just under
 * what the shipped check reaches: 10 found, 2 false, 1 of the 145 clean emails flagged (11 before a
 * retraining moved one decision call); one email moves with each retrain.
 */
describe.runIf(corpusAvailable())('conflicts on real Enron emails, third set', () => {
  const sets = loadCaseSets(realCasesDir3);
  const results = runCases(sets);

  holdsRealSets(sets, ['contracts', 'corporate', 'gas', 'power']);

  it('finds at least 9 of the 36 conflicts with at most 3 false findings, and flags at most 2 clean emails', () => {
    const t = tally(results).all;
    expect(t.tp).toBeGreaterThanOrEqual(9);
    expect(t.fp).toBeLessThanOrEqual(3);
    const clean = results.filter((r) => r.expected.size === 0);
    expect(clean.length).toBeGreaterThan(140);
    expect(clean.filter((r) => r.found.size > 0).length).toBeLessThanOrEqual(2);
  });
});

/**
 * Real email against profiles written without looking for conflicts (four more mailbox groups, the
 * first 45 emails of each pool taken as they came): two annotators, the second blind, found none,
 * so whatever the check raises here is a false alarm a team would see.
 */
describe.runIf(corpusAvailable())('real Enron emails against profiles not written for conflicts', () => {
  const sets = loadCaseSets(realCasesDir2);
  const results = runCases(sets);

  it('holds four sets of 45 real emails, labelled twice, with no conflict found by either annotator', () => {
    expect(sets.map((s) => s.name)).toEqual(['gas', 'netco', 'pipeline', 'power']);
    for (const set of sets) {
      expect(set.cases).toHaveLength(45);
      expect(set.cases.every((c) => c.expected.length === 0 && set.second.get(c.id)?.length === 0)).toBe(true);
    }
  });

  // Two today: a decision-premature error (power) and a decision-reopened error (netco).
  it('raises a scored finding on at most 2 of the 180 emails', () => {
    expect(results.filter((r) => r.found.size > 0).length).toBeLessThanOrEqual(2);
  });
});
