import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/check';
import { exampleProfile } from '../../lib/profile';

const dir = join(import.meta.dirname, '../fixtures/drafts');
const drafts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

interface Expected {
  excluded: string[];
  findings: { rule: string; severity: string; text: string; topic: string | null }[];
}

describe('whole drafts against the example profile', () => {
  it('has fixtures, each with its expectations', () => {
    expect(drafts.length).toBeGreaterThan(0);
    for (const f of drafts) expect(readdirSync(dir)).toContain(f.replace(/\.txt$/, '.json'));
  });

  it.each(drafts)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.json')), 'utf8')) as Expected;
    const report = checkDraft(text, exampleProfile, { now: new Date('2026-11-24T09:00:00Z'), budgetMs: 60_000 });
    expect(report.excluded.map((e) => e.reason)).toEqual(expected.excluded);
    // The cue's exact span may grow or shrink as the lexicons are tuned ("open" / "is still open"),
    // so a finding matches when its words contain the expected ones.
    const actual = report.findings.map(({ rule, severity, text, topic }) => ({ rule, severity, text, topic }));
    expect(actual).toEqual(expected.findings.map((f) => ({ ...f, text: expect.stringContaining(f.text) })));
  });
});
