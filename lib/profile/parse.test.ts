import { describe, expect, it } from 'vitest';
import example from './example.json';
import { formatErrors, parseProfileJson } from './parse';

type Row = Record<string, unknown> & { aliases: string[] };
/** The example loosened so a test can write what a person might type. */
interface Loose {
  reviewBy?: unknown;
  priorities: Row[];
  decisions: Row[];
  norms: { avoid: Row[] };
}
type Edit = (profile: Loose) => void;

/** The example profile with one mistake a team lead is likely to make, as JSON text. */
function withMistake(edit: Edit): string {
  const profile = structuredClone(example) as unknown as Loose;
  edit(profile);
  return JSON.stringify(profile);
}

const mistakes: Array<[string, Edit, string[]]> = [
  ['rank as a string', (p) => (p.priorities[0]!.rank = '1'), ['priorities[0].rank: should be a number']],
  ['a decided decision without its outcome', (p) => delete p.decisions[0]!.outcome, ['decisions[0].outcome: a decided decision needs its outcome']],
  ['an alias used twice', (p) => p.priorities[1]!.aliases.push('Checkout'), ['priorities[1].aliases[2]: "Checkout" already names priority "checkout"; a name or alias can belong to one item only']],
  ['a date written the European way', (p) => (p.priorities[0]!.due = '15/12/2026'), ['priorities[0].due: use a date like 2026-12-15']],
  ['a date that does not exist', (p) => (p.reviewBy = '2026-02-30'), ['reviewBy: is not a real calendar date']],
  ['a status in capitals', (p) => (p.priorities[0]!.status = 'Active'), ['priorities[0].status: should be one of "active", "paused", "dropped"']],
];

describe('parseProfileJson on a common mistake', () => {
  it.each(mistakes)('%s gives exactly one readable error', (_name, edit, expected) => {
    const result = parseProfileJson(withMistake(edit));
    expect(result.ok).toBe(false);
    expect(formatErrors(result.errors).split('\n')).toEqual(expected);
  });
});
