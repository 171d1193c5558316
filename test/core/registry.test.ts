import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../lib/conflicts';
import { SEVERITY_RANK } from '../../lib/report';

const root = join(import.meta.dirname, '../..');
const dir = join(root, 'lib/conflicts');
const support = new Set(['index.ts', 'types.ts', 'helpers.ts']);
const ruleFiles = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !support.has(f));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('rule registry', () => {
  it('has one file per registered rule and no unregistered rule file', () => {
    expect(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it.each(rules.map((r) => [r.id, r] as const))(
    '%s is exported by its file, tested with both tables and documented',
    async (id, rule) => {
      const module = (await import(join(dir, `${id}.ts`))) as Record<string, unknown>;
      expect(Object.values(module)).toContain(rule);
      expect(rule.severity in SEVERITY_RANK).toBe(true);
      expect(rule.meta.description).toMatch(/\w/);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);

      const test = readFileSync(join(dir, `${id}.test.ts`), 'utf8');
      expect(test).toMatch(/testRule\(/);
      expect(test).toMatch(/\bvalid:\s*\[\s*[^\]\s]/);
      expect(test).toMatch(/\binvalid:\s*\[\s*\{/);

      expect(readme).toMatch(new RegExp(`^\\| \`${id}\` \\| ${rule.severity} \\|`, 'm'));
    },
  );
});
