import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import example from './example.json';
import { exampleProfile } from './example';
import { formatErrorsIn, parseProfileText, profileFormat } from './read';

/** The example profile as a team would keep it in YAML: comments, unquoted dates, flow lists. */
const exampleYaml = `# Platform leadership's priorities; edited in review every other Monday.
${stringify(example).replace(/^team: .*$/m, '$& # the name the popup shows')}`;

const profileYaml = (body: string) => `schemaVersion: 1
team: Platform leadership
version: "7"
updatedAt: 2026-11-20T10:00:00Z
${body}`;

describe('parseProfileText', () => {
  it('reads a YAML profile with comments into the same profile as its JSON', () => {
    expect(exampleYaml).toMatch(/^# /);
    const result = parseProfileText(exampleYaml, { name: 'team.yaml' });
    expect(result.errors).toEqual([]);
    expect(result.value).toEqual(exampleProfile);
  });

  it('keeps unquoted YAML dates and timestamps as the text the profile wants', () => {
    const result = parseProfileText(profileYaml('reviewBy: 2027-06-30\n'), { name: 'team.yml' });
    expect(result.value).toMatchObject({ updatedAt: '2026-11-20T10:00:00Z', reviewBy: '2027-06-30' });
  });

  // Each row: a YAML body, and the errors as `validate` prints them, at the field's line and column.
  const located: Array<[string, string, string[]]> = [
    [
      'a rank in words',
      'priorities:\n  - id: checkout\n    name: Checkout\n    rank: one\n',
      ['team.yaml:8:11 priorities[0].rank: should be a number (got "one")'],
    ],
    [
      'a misspelt status',
      'decisions:\n  - id: vendor\n    topic: Vendor\n    status: decidd\n    outcome: Adyen\n',
      ['team.yaml:8:13 decisions[0].status: should be one of "decided", "open", "revisiting" (got "decidd")'],
    ],
    [
      'a field name typo, shown at the name',
      'priorities:\n  - id: checkout\n    name: Checkout\n    rnak: 1\n',
      ['team.yaml:8:5 priorities[0]: has unknown field "rnak" (did you mean "rank"?)'],
    ],
    [
      'a missing field, shown at its item',
      'decisions:\n  - id: vendor\n    topic: Vendor\n',
      ['team.yaml:6:5 decisions[0].status: is required: one of "decided", "open", "revisiting"'],
    ],
  ];
  it.each(located)('points %s at its line and column', (_, body, expected) => {
    const result = parseProfileText(profileYaml(body), { name: 'team.yaml' });
    expect(formatErrorsIn('team.yaml', result.errors).split('\n')).toEqual(expected);
  });

  it('points a JSON profile error at its line and column too', () => {
    const text = JSON.stringify({ ...example, priorities: [{ ...example.priorities[0], rank: 'one' }] }, null, 2);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"rank"')) + 1;
    const column = lines[line - 1]!.indexOf('"one"') + 1;
    const result = parseProfileText(text, { name: 'team.json' });
    expect(formatErrorsIn('team.json', result.errors)).toBe(
      `team.json:${line}:${column} priorities[0].rank: should be a number (got "one")`,
    );
  });

  it('reports a YAML syntax error in words, at its line and column', () => {
    const result = parseProfileText('team: [Platform\nversion: 1\n', { name: 'team.yaml' });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({
      line: 2,
      message: expect.stringMatching(/^is not valid YAML: line 2, column \d+: /),
    });
    expect(formatErrorsIn('team.yaml', result.errors)).toMatch(/^team\.yaml:2:\d+ profile is not valid YAML: [A-Z]/);
  });

  it('refuses a field given twice', () => {
    const result = parseProfileText(profileYaml('team: Other\n'), { name: 'team.yaml' });
    expect(result.errors[0]).toMatchObject({ line: 5, message: expect.stringMatching(/unique/) });
  });

  it('says a YAML file read as JSON is not JSON, in words', () => {
    const result = parseProfileText('# team\nschemaVersion: 1\n', { name: 'team.json' });
    expect(formatErrorsIn('team.json', result.errors)).toBe(
      'team.json:1:1 profile is not valid JSON: JSON does not allow comments; remove them, or write the profile as YAML (.yaml), which does',
    );
  });
});

describe('profileFormat', () => {
  it.each([
    ['a .yaml file', '', { name: 'team.yaml' }, 'yaml'],
    ['a .yml file', '', { name: 'TEAM.YML' }, 'yaml'],
    ['a .json file', 'a: 1', { name: 'team.json' }, 'json'],
    ['a YAML URL with a query', '', { name: 'https://intranet.example.com/team.yaml?v=3' }, 'yaml'],
    [
      'a YAML content type over a .json name',
      '',
      { name: 'team.json', contentType: 'application/yaml; charset=utf-8' },
      'yaml',
    ],
    ['text/yaml', '', { contentType: 'text/yaml' }, 'yaml'],
    ['application/x-yaml', '', { contentType: 'application/x-yaml' }, 'yaml'],
    ['a JSON content type over a .yaml name', '', { name: 'team.yaml', contentType: 'application/json' }, 'json'],
    ['plain text opening with {', '\uFEFF  {"schemaVersion": 1}', { contentType: 'text/plain' }, 'json'],
    ['plain text without {', 'schemaVersion: 1', { name: 'https://x.example/profile' }, 'yaml'],
  ] as const)('%s', (_, text, source, format) => {
    expect(profileFormat(text, source)).toBe(format);
  });
});
