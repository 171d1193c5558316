import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_CONFLICTS } from './badge';

describe('what the demo waits for', () => {
  it.each(['C4 conflicts', '1 conflict2 warnings', 'Consonant: 12 conflicts. Show findings'])(
    'a badge with conflicts: %s',
    (text) => {
      expect(text).toMatch(HAS_CONFLICTS);
    },
  );

  it.each(['CNo conflicts', 'Checking…', '2 warnings', '0 conflicts'])('not yet: %s', (text) => {
    expect(text).not.toMatch(HAS_CONFLICTS);
  });

  it('is what the demo waits for before it sends', () => {
    const demo = readFileSync(join(import.meta.dirname, 'run.ts'), 'utf8');
    expect(demo).toMatch(/filter\(\{ hasText: HAS_CONFLICTS \}\)/);
  });
});
