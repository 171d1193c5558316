import { describe, expect, it } from 'vitest';
import { exampleProfile } from '../profile';
import { staleReasons } from './stale';

const now = new Date('2026-11-24T12:00:00Z');

describe('staleReasons', () => {
  it.each<[string, string | undefined, string | null, RegExp[]]>([
    ['current and recently synced', '2026-12-01', '2026-11-24T08:00:00Z', []],
    ['review date is today', '2026-11-24', null, []],
    ['review date passed', '2026-11-23', null, [/review it by 2026-11-23/]],
    ['not synced for 8 days', undefined, '2026-11-16T11:00:00Z', [/not synced for 8 days/]],
    ['synced exactly 7 days ago', undefined, '2026-11-17T12:00:00Z', []],
    ['both', '2026-11-01', '2026-11-01T00:00:00Z', [/review/, /23 days/]],
  ])('%s', (_name, reviewBy, syncedAt, expected) => {
    const reasons = staleReasons({ ...exampleProfile, reviewBy }, syncedAt, now);
    expect(reasons).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(reasons[i]).toMatch(pattern));
  });
});
