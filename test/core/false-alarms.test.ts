import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleProfile } from '../../lib/profile';
import { corpusDir, loadEmails } from '../eval/corpus';
import { countFalseAlarms } from './false-alarms';

const dir = corpusDir();
const available = existsSync(resolve(dir, 'dev.jsonl'));
const missing = `no corpus at ${dir}; set CONSONANT_CORPUS to the enron-aeslc directory`;

describe('false alarms on real workplace email', () => {
  if (!available && process.env.CI) {
    it('needs the dev corpus in CI', () => {
      expect.fail(missing);
    });
    return;
  }

  it.skipIf(!available)(
    available ? 'no error finding on any dev email that never mentions a profile item' : `skipped: ${missing}`,
    () => {
      const count = countFalseAlarms(loadEmails('dev', dir).values(), exampleProfile, new Date('2026-11-24T09:00:00Z'));
      expect(count.emails).toBe(1960);
      expect(count.internalErrors).toBe(0);
      expect(count.unrelatedErrors.map(({ id, finding }) => `${id}: ${finding.rule} “${finding.text}”`)).toEqual([]);
    },
    300_000,
  );
});
