import { describe, expect, it } from 'vitest';
import exampleJson from './example.json';
import { parseProfile } from './parse';

type Json = Record<string, unknown> & typeof exampleJson;
const example = (): Json => structuredClone(exampleJson) as Json;

/** A profile of `count` priorities, as a team that lists every workstream would write it. */
function withPriorities(count: number): Json {
  const profile = example();
  profile.priorities = Array.from({ length: count }, (_, i) => ({
    id: `stream-${i}`,
    name: `Workstream ${i}`,
    aliases: [`ws ${i}`],
    status: 'active',
  })) as never;
  return profile;
}

function errorsOf(input: unknown): string[] {
  const result = parseProfile(input);
  return result.ok ? [] : result.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
}

describe('profile limits', () => {
  it.each([
    [
      'an alias of 16,000 characters',
      (p: Json) => p.priorities[0]!.aliases.push('a'.repeat(16_000)),
      /^priorities\[0\]\.aliases\[2\]: is 16000 characters long; an alias can be at most 200$/,
    ],
    [
      'a name of 16,000 characters',
      (p: Json) => (p.priorities[1]!.name = 'b'.repeat(16_000)),
      /^priorities\[1\]\.name: is 16000 characters long; a name can be at most 200$/,
    ],
    [
      'a decision topic of 5,000 characters',
      (p: Json) => (p.decisions[0]!.topic = 'c'.repeat(5_000)),
      /^decisions\[0\]\.topic: is 5000 characters long; a topic can be at most 200$/,
    ],
    [
      'a rejected option of 1,000 characters',
      (p: Json) => p.decisions[0]!.rejected!.push('d'.repeat(1_000)),
      /^decisions\[0\]\.rejected\[\d\]: is 1000 characters long; a rejected option can be at most 200$/,
    ],
    [
      'an avoided phrase of 300 characters',
      (p: Json) => (p.norms.avoid[0]!.phrase = 'e'.repeat(300)),
      /^norms\.avoid\[0\]\.phrase: is 300 characters long; a phrase can be at most 200$/,
    ],
    [
      'a note of 50,000 characters',
      (p: Json) => (p.priorities[0]!.note = 'f'.repeat(50_000)),
      /^priorities\[0\]\.note: is 50000 characters long; a note can be at most 2000$/,
    ],
    [
      '101 aliases on one item',
      (p: Json) => (p.priorities[0]!.aliases = Array.from({ length: 101 }, (_, i) => `alias ${i}`)),
      /^priorities\[0\]\.aliases: has 101 entries; an item can have at most 100 aliases$/,
    ],
  ])('refuses %s with its path', (_, change, expected) => {
    const profile = example();
    change(profile);
    expect(errorsOf(profile)).toEqual([expect.stringMatching(expected)]);
  });

  it('refuses 20,000 priorities at the list, once, and accepts 5,000', () => {
    expect(errorsOf(withPriorities(20_000))).toEqual([
      'priorities: has 20000 entries; a profile can list at most 5000 priorities',
    ]);
    expect(errorsOf(withPriorities(5_000))).toEqual([]);
  });

  it('keeps the "did you mean" hint and the message short for a huge unknown field', () => {
    const profile: Record<string, unknown> = example();
    profile['x'.repeat(400_000)] = 1;
    profile.rnak = 1;
    const [error] = errorsOf(profile);
    expect(error).toMatch(/^has unknown fields "x{20,40}…" \(400000 characters\), "rnak"$/);
  });

  it('lists at most ten unknown fields and counts the rest', () => {
    const profile: Record<string, unknown> = example();
    for (let i = 0; i < 5_000; i++) profile[`extra${i}`] = i;
    const [error] = errorsOf(profile);
    expect(error).toMatch(/^has unknown fields "extra0", .*"extra9" and 4990 more$/);
  });
});
