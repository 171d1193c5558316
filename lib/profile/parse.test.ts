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
  [
    'a typo in a field name',
    (p) => (p.priorities[0]!.rnak = 1),
    ['priorities[0]: has unknown field "rnak" (did you mean "rank"?)'],
  ],
  [
    'a singular for a plural field',
    (p) => (p.priorities[1]!.alias = ['warehouse']),
    ['priorities[1]: has unknown field "alias" (did you mean "aliases"?)'],
  ],
  [
    'snake_case for camelCase',
    (p) => (p.decisions[0]!.decided_at = '2026-11-10'),
    ['decisions[0]: has unknown field "decided_at" (did you mean "decidedAt"?)'],
  ],
  [
    'a typo in a nested field',
    (p) => (p.norms.avoid[0]!.insted = 'x'),
    ['norms.avoid[0]: has unknown field "insted" (did you mean "instead"?)'],
  ],
  [
    'a field with no near neighbour',
    (p) => (p.priorities[0]!.colour = 'red'),
    ['priorities[0]: has unknown field "colour"'],
  ],
  ['rank as a string', (p) => (p.priorities[0]!.rank = '1'), ['priorities[0].rank: should be a number (got "1")']],
  [
    'a decided decision without its outcome',
    (p) => delete p.decisions[0]!.outcome,
    ['decisions[0].outcome: a decided decision needs its outcome'],
  ],
  [
    'an alias used twice',
    (p) => p.priorities[1]!.aliases.push('Checkout'),
    [
      'priorities[1].aliases[2]: "Checkout" already names priority "checkout"; a name or alias can belong to one item only',
    ],
  ],
  [
    'a date written the European way',
    (p) => (p.priorities[0]!.due = '15/12/2026'),
    ['priorities[0].due: use a date like 2026-12-15 (got "15/12/2026")'],
  ],
  [
    'a date that does not exist',
    (p) => (p.reviewBy = '2026-02-30'),
    ['reviewBy: is not a real calendar date (got "2026-02-30")'],
  ],
  [
    'a misspelt decision status',
    (p) => (p.decisions[0]!.status = 'decidd'),
    ['decisions[0].status: should be one of "decided", "open", "revisiting" (got "decidd")'],
  ],
  [
    'a list where text belongs',
    (p) => (p.priorities[0]!.owner = ['Dev', 'Mei']),
    ['priorities[0].owner: should be a string (got a list)'],
  ],
  ['a rank of zero', (p) => (p.priorities[0]!.rank = 0), ['priorities[0].rank: rank starts at 1 (got 0)']],
  [
    'a status in capitals',
    (p) => (p.priorities[0]!.status = 'Active'),
    ['priorities[0].status: should be one of "active", "paused", "dropped" (got "Active")'],
  ],
];

describe('parseProfileJson on a common mistake', () => {
  it.each(mistakes)('%s gives exactly one readable error', (_name, edit, expected) => {
    const result = parseProfileJson(withMistake(edit));
    expect(result.ok).toBe(false);
    expect(formatErrors(result.errors).split('\n')).toEqual(expected);
  });

  it('points a syntax error at its line and column', () => {
    const result = parseProfileJson('{\n  "schemaVersion": 1,\n  "team": "x",\n  "version": "1",,\n}\n');
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({
      line: 4,
      column: 18,
      message: 'is not valid JSON: line 4, column 18: two commas in a row',
    });
  });

  it('reads a file saved with a UTF-8 byte order mark', () => {
    const result = parseProfileJson(`\uFEFF${JSON.stringify(example)}`);
    expect(result.errors).toEqual([]);
    expect(result.value?.team).toBe('Platform leadership');
  });
});
