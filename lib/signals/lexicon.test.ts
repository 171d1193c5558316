import { describe, expect, it } from 'vitest';
import { detectCues } from './index';
import { compiledRules } from './rules';
import { monday } from './test-helpers';

describe('every lexicon rule', () => {
  it.each(compiledRules.map((rule) => [rule.id, rule] as const))('%s fires on its own example', (_id, rule) => {
    const { signals } = detectCues(rule.example, { now: monday });
    const own = signals.filter((signal) => signal.kind === rule.kind);
    expect(own.map((signal) => signal.value)).toContain(rule.value);
  });
  it('has a unique id per rule', () => {
    const ids = compiledRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
