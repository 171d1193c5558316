import { readFileSync } from 'node:fs';
import nlp from 'compromise/two';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledRules, ruleGate, ruleNet } from './rules';

type Found = Array<{ ruleIndex: number; view: { ptrs?: number[][] } }>;
const hits = (doc: ReturnType<typeof nlp>, net: unknown) =>
  (doc.sweep(net as never, { tagger: false }) as unknown as { found: Found }).found.map(
    (f) => `${f.ruleIndex}@${JSON.stringify(f.view.ptrs)}`,
  );

/** Every word the rules are written with, and some that none is: sentences made of them hit rules often. */
const ruleWords = [...new Set(compiledRules.flatMap((rule) => rule.match.toLowerCase().match(/[a-z']+/g) ?? []))];
const fillers = [
  'the',
  'launch',
  'meeting',
  'billing',
  'we',
  'you',
  'it',
  'is',
  'not',
  'today',
  'Friday',
  'please',
  'and',
  'but',
  'if',
  '?',
  '.',
  ',',
];

describe('the gate in front of the sweep', () => {
  it('finds exactly the hits of the whole net on sentences made of the rules own words', () => {
    const word = fc.constantFrom(...ruleWords, ...fillers);
    let found = 0;
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 2, maxLength: 14 }), { minLength: 1, maxLength: 4 }),
        (sentences) => {
          const doc = nlp(sentences.map((s) => `${s.join(' ')}.`).join(' '));
          const all = hits(doc, ruleNet);
          found += all.length;
          expect(hits(doc, ruleGate.netFor(doc))).toEqual(all);
        },
      ),
      { numRuns: 400, seed: 17 },
    );
    // The sentences must hit rules for the comparison to mean anything.
    expect(found).toBeGreaterThan(200);
  });

  it('finds exactly the hits of the whole net on a real draft', () => {
    const draft = readFileSync(new URL('../../test/fixtures/drafts/mixed-signals.txt', import.meta.url), 'utf8');
    const doc = nlp(draft);
    expect(hits(doc, ruleNet).length).toBeGreaterThan(3);
    expect(hits(doc, ruleGate.netFor(doc))).toEqual(hits(doc, ruleNet));
  });

  it('leaves out a rule whose required words are missing, and keeps it once they are there', () => {
    const index = compiledRules.findIndex((rule) => rule.id === 'priority/will-#adverb-cancel');
    expect(index).toBeGreaterThanOrEqual(0);
    const rulesIn = (text: string) => {
      const net = ruleGate.netFor(nlp(text));
      return new Set(
        Object.values(net.hooks)
          .flat()
          .map((m) => m.ruleIndex),
      );
    };
    // "will" and "to" would let compromise try it; no cancel-like verb means it cannot match.
    expect(rulesIn('We will talk to the vendor tomorrow.').has(index)).toBe(false);
    expect(rulesIn('We will cancel the vendor review.').has(index)).toBe(true);
    expect(rulesIn('We are going to discontinue the pilot.').has(index)).toBe(true);
  });
});
