import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/check';
import { exampleProfile, parseProfile } from '../../lib/profile';
import exampleJson from '../../lib/profile/example.json';
import { reportSchema, type Report } from '../../lib/report';
import { blankRanges, findExcludedRanges } from '../../lib/text';
import { findMentions } from '../../lib/topics';

const now = new Date('2026-11-24T09:00:00Z');

/** Pieces that reach every branch: cues, names, quote and signature markers, and hostile characters. */
const pieces = [
  'ASAP',
  'no rush',
  'top priority',
  'on hold',
  'still open',
  'we decided',
  'going with',
  'fire drill',
  'by EOD',
  'the redesign',
  'Checkout',
  "dashboards'",
  'PSP',
  'Stripe',
  'new pricing',
  'it',
  'this decision',
  '. ',
  '? ',
  '!',
  ', ',
  '\n',
  '\r\n',
  '> ',
  '\n-- \n',
  '\nOn Mon, Ana wrote:\n',
  '-----Original Message-----',
  '😀',
  '👩🏽‍💻',
  'שלום',
  'مرحبا',
  '\u202e',
  '\u0000',
  '\u0007',
  '\t',
  '\ud800',
  '\udfff',
  '\u200b',
  ' ',
];
const draft = fc.oneof(
  fc.string({ unit: fc.constantFrom(...pieces), maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 100 }),
);

function expectSound(text: string, report: Report): void {
  expect(reportSchema.safeParse(report).success).toBe(true);
  expect(report.stats.error).toBeUndefined();
  for (const span of [...report.signals, ...report.findings]) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThanOrEqual(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(span.text).toBe(text.slice(span.start, span.end));
  }
  for (const range of report.excluded) {
    expect(0 <= range.start && range.start <= range.end && range.end <= text.length).toBe(true);
  }
}

describe('checkDraft on any string', () => {
  it('returns a valid report whose evidence is the draft itself', () => {
    fc.assert(
      fc.property(draft, (text) => {
        expectSound(text, checkDraft(text, exampleProfile, { now, budgetMs: 60_000 }));
      }),
      { numRuns: 80 },
    );
  });

  it.each([
    ['empty', ''],
    ['only spaces and breaks', ' \n\r\n\t '],
    ['emoji next to cues', '😀ASAP😀 the redesign👩🏽‍💻 is urgent!'],
    ['right-to-left text', 'שלום, the redesign is urgent. مرحبا'],
    ['control characters', '\u0000the redesign\u0007 is\u001b urgent\u007f'],
    ['lone surrogates', '\ud800the redesign is urgent\udfff'],
  ])('handles %s', (_, text) => {
    expectSound(text, checkDraft(text, exampleProfile, { now, budgetMs: 60_000 }));
  });

  it('handles a 1 MB paste within the cap', () => {
    const text = 'The redesign is urgent and checkout is our top priority. '.repeat(18_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const report = checkDraft(text, exampleProfile, { now });
    expectSound(text, report);
    expect(report.stats.checkedChars).toBeLessThan(text.length);
  });
});

describe('the parts of checkDraft on any string', () => {
  it('excluded ranges are sorted, disjoint and inside the text; blanking keeps every offset and line break', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const ranges = findExcludedRanges(text);
        let at = 0;
        for (const r of ranges) {
          expect(r.start).toBeGreaterThanOrEqual(at);
          expect(r.end).toBeGreaterThanOrEqual(r.start);
          at = r.end;
        }
        expect(at).toBeLessThanOrEqual(text.length);
        const blanked = blankRanges(text, ranges);
        expect(blanked).toHaveLength(text.length);
        expect(blanked.replace(/[^\r\n]/g, '')).toBe(text.replace(/[^\r\n]/g, ''));
      }),
      { numRuns: 200 },
    );
  });

  it('mentions are in text order and are the words of the text', () => {
    fc.assert(
      fc.property(draft, (text) => {
        let at = 0;
        for (const m of findMentions(text, exampleProfile)) {
          expect(m.start).toBeGreaterThanOrEqual(at);
          expect(m.text).toBe(text.slice(m.start, m.end));
          at = m.end;
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseProfile on any JSON value', () => {
  function expectResult(value: unknown): void {
    const result = parseProfile(value);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(typeof error.path).toBe('string');
      expect(error.message).toMatch(/\w/);
    }
  }

  it('returns a profile or path-specific errors, never throws', () => {
    fc.assert(fc.property(fc.jsonValue(), expectResult), { numRuns: 150 });
  });

  it('names the path of what is wrong when one field of a valid profile changes', () => {
    const fields = [
      'team',
      'version',
      'updatedAt',
      'reviewBy',
      'priorities',
      'decisions',
      'norms',
      'schemaVersion',
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.jsonValue(), (field, value) => {
        const profile = { ...structuredClone(exampleJson), [field]: value };
        const result = parseProfile(profile);
        expectResult(profile);
        if (!result.ok) expect(result.errors.some((e) => e.path.startsWith(field) || e.path === '')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
