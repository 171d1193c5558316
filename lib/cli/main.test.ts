import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import exampleJson from '../profile/example.json';
import { cliBuildOptions } from './bundle';
import { profileJsonSchemaText } from './profile-json-schema';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'consonant-cli-'));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/**
 * The CLI bundled once, as `npm run build:cli` does, so each case spawns plain node instead of
 * transpiling again; one case runs the real `tsx lib/cli/main.ts` entry as well.
 */
const bundle = join(dir, 'dist/consonant.js');
beforeAll(async () => {
  await build({ ...cliBuildOptions(join(dir, 'dist')), logLevel: 'silent' });
}, 120_000);

function spawn(command: string, args: string[], input: string) {
  const result = spawnSync(command, args, { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const run = (args: string[], input = '') => spawn(process.execPath, [bundle, ...args], input);

const paused = file('paused.txt', 'Hi Ravi,\n\nPlease get the mobile redesign done ASAP.\n');
const clean = file('clean.txt', 'Thanks for the notes from Tuesday.\n');
const warning = file('warning.txt', 'No fire drills this week, please.\n');
const badProfile = file(
  'bad.json',
  JSON.stringify({ ...exampleJson, team: '', priorities: [{ id: 'Checkout', name: 'x', rank: 0 }] }),
);
const brokenJson = file('broken.json', '{ "team": ');
const yamlProfile = file(
  'team.yaml',
  `# Our team, kept in YAML so it can carry comments\n${stringify({ ...exampleJson, team: 'YAML team' })}`,
);
const badYaml = file(
  'bad.yaml',
  'schemaVersion: 1 # ours\nteam: Platform\nversion: "1"\nupdatedAt: 2026-11-20T10:00:00Z\npriorities:\n  - id: checkout\n    name: Checkout\n    rank: first\ndecisions:\n  - id: vendor\n    topic: Vendor\n    status: decidd\n    outcome: Adyen\n',
);
const pausedCheckout = file(
  'checkout-paused.json',
  JSON.stringify({
    ...exampleJson,
    priorities: exampleJson.priorities.map((p) =>
      p.id === 'mobile-redesign' ? { ...p, status: 'active', rank: 9 } : p,
    ),
  }),
);

// Spawning processes on a busy CI machine can take seconds each.
describe('consonant CLI', { timeout: 120_000 }, () => {
  it.each([
    [
      'an error finding exits 1, linter style',
      ['check', paused],
      '',
      1,
      /^ {2}3:37 +error +urgency-on-paused +Mobile redesign is paused until Q2 \(Ravi Shah\), but the draft says “ASAP”\.$/m,
    ],
    ['the summary line', ['check', paused], '', 1, /paused\.txt: 1 problem \(1 error, 0 warnings, 0 info\)/],
    ['a warning alone exits 0', ['check', warning], '', 0, /avoid-phrase/],
    ['a clean draft exits 0', ['check', clean], '', 0, /no problems/],
    ['stdin with -', ['check', '-'], 'The redesign is urgent.', 1, /<stdin>: 1 problem/],
    ['stdin without FILE', ['check'], 'The redesign is urgent.', 1, /urgency-on-paused/],
    ['--profile changes the verdict', ['check', '--profile', pausedCheckout, paused], '', 0, /urgency-above-norm/],
    ['--now past reviewBy adds stale-profile', ['check', '--now', '2027-07-01', paused], '', 1, /stale-profile/],
    [
      'validate a good profile',
      ['validate', 'lib/profile/example.json'],
      '',
      0,
      /valid profile "Platform leadership" version 2026-11-20\.3: 6 priorities, 3 decisions, 2 avoided phrases/,
    ],
    ['validate a YAML profile', ['validate', yamlProfile], '', 0, /team\.yaml: valid profile "YAML team"/],
    ['check against a YAML profile', ['check', '--profile', yamlProfile, paused], '', 1, /urgency-on-paused/],
    ['schema prints JSON Schema', ['schema'], '', 0, /"\$id": "https:\/\/consonant\.dev\/profile\.schema\.json"/],
    ['help', ['--help'], '', 0, /Usage: consonant/],
  ])('%s', (_, args, input, code, stdout) => {
    const result = run(args, input);
    expect(result.stdout).toMatch(stdout);
    expect(result.code).toBe(code);
  });

  it.each([
    [
      'validate a bad profile exits 1 with every path',
      ['validate', badProfile],
      1,
      [/team: team cannot be empty/, /priorities\[0\]\.id: use lowercase/, /priorities\[0\]\.rank: rank starts at 1/],
    ],
    [
      'validate broken JSON',
      ['validate', brokenJson],
      1,
      [/broken\.json:1:11 profile is not valid JSON: the file ends before the JSON is complete \(expected a value\)/],
    ],
    [
      'validate a bad YAML profile: every error at file:line:col with its path and what was found',
      ['validate', badYaml],
      1,
      [
        /bad\.yaml is not a valid profile \(2 errors\)/,
        /^ {2}\S*bad\.yaml:8:11 priorities\[0\]\.rank: should be a number \(got "first"\)$/m,
        /^ {2}\S*bad\.yaml:12:13 decisions\[0\]\.status: should be one of "decided", "open", "revisiting" \(got "decidd"\)$/m,
      ],
    ],
    [
      'check with a bad YAML profile exits 2 at its line',
      ['check', '--profile', badYaml, paused],
      2,
      [/bad\.yaml:8:11 priorities\[0\]\.rank/],
    ],
    [
      'check with a bad profile exits 2 with every path',
      ['check', '--profile', badProfile, paused],
      2,
      [/team: team cannot be empty/, /priorities\[0\]\.rank/],
    ],
    ['a missing draft file', ['check', join(dir, 'nope.txt')], 2, [/cannot read .*nope\.txt: no such file \(ENOENT\)/]],
    [
      'a directory given as the profile',
      ['validate', dir],
      2,
      [/cannot read .*: it is a directory, not a file \(EISDIR\)/],
    ],
    ['a missing profile file', ['check', '--profile', join(dir, 'nope.json'), paused], 2, [/cannot read/]],
    [
      'a profile address instead of a file',
      ['check', '--profile', 'https://intranet.example.com/team.json', paused],
      2,
      [
        /a profile is read from a file, not an address; download it first \(curl -o profile\.json https:\/\/intranet\.example\.com\/team\.json\)/,
      ],
    ],
    [
      'validate given an address',
      ['validate', 'https://intranet.example.com/team.json'],
      2,
      [/a profile is read from a file, not an address/],
    ],
    ['an unknown command', ['frobnicate'], 2, [/unknown command "frobnicate"/, /Usage/]],
    ['no command', [], 2, [/missing command/]],
    ['an unknown option', ['check', '--bogus'], 2, [/Unknown option '--bogus'/]],
    ['a bad --format', ['check', '--format', 'xml', paused], 2, [/--format must be text or json/]],
    ['a bad --now', ['check', '--now', 'tomorrow', paused], 2, [/--now must be an ISO date/]],
    ['validate without a file', ['validate'], 2, [/exactly one FILE/]],
  ])('%s', (_, args, code, stderr) => {
    const result = run(args as string[]);
    for (const pattern of stderr) expect(result.stderr).toMatch(pattern);
    expect(result.code).toBe(code);
  });

  it('runs from source through tsx, as `npm run consonant` does', () => {
    const result = spawn(tsx, ['lib/cli/main.ts', 'check', paused], '');
    expect(result.stdout).toMatch(/urgency-on-paused/);
    expect(result.code).toBe(1);
  });

  // `script` gives the CLI a terminal for stdin, as when someone types `consonant check` with no FILE.
  it.skipIf(spawnSync('script', ['--version']).status !== 0)(
    'says it is waiting for the draft when stdin is a terminal, and only then',
    () => {
      const typed = spawn(
        'script',
        ['-qec', `${process.execPath} ${bundle} check`, '/dev/null'],
        'The redesign is urgent.\n\u0004',
      );
      expect(typed.stdout).toMatch(/reading the draft from the terminal; end it with Ctrl-D, or pass a FILE/);
      expect(typed.stdout).toMatch(/urgency-on-paused/);
      expect(run(['check'], 'The redesign is urgent.').stderr).toBe('');
    },
  );

  it('prints the whole report with --format json', () => {
    const result = run(['check', '--format', 'json', paused]);
    const report = JSON.parse(result.stdout);
    expect(report.findings[0]).toMatchObject({
      rule: 'urgency-on-paused',
      text: 'ASAP',
      entry: { id: 'mobile-redesign', owner: 'Ravi Shah' },
    });
    expect(report.stats.checkedChars).toBe(readFileSync(paused, 'utf8').length);
    expect(result.code).toBe(1);
  });

  it('reads a subject line: --subject for one draft, "subject" on a --jsonl line', () => {
    const one = run(['check', '--now', '2026-11-24', '--subject', 'URGENT: mobile redesign', '-'], 'Notes attached.\n');
    expect(one.code).toBe(1);
    expect(one.stdout).toMatch(/subject:1\s+error\s+urgency-on-paused/);
    const line = JSON.stringify({ id: 'a', text: 'Notes attached.', subject: 'URGENT: mobile redesign' });
    const batch = run(['check', '--jsonl', '--now', '2026-11-24'], `${line}\n`);
    expect(JSON.parse(batch.stdout).findings).toMatchObject([
      { rule: 'urgency-on-paused', field: 'subject', start: 0, end: 6, text: 'URGENT' },
    ]);
    const both = run(['check', '--jsonl', '--subject', 'URGENT']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--subject is for one draft/);
  });

  it('streams --jsonl: one line per input, in order, with exactly the contract keys, bad lines reported', () => {
    const texts = [
      'Please get the mobile redesign done ASAP.',
      'Thanks for the notes.',
      'The new pricing is final.',
      'Checkout is our top priority.',
    ];
    const lines = Array.from({ length: 400 }, (_, i) =>
      JSON.stringify({ id: `m${i}`, text: `${texts[i % texts.length]} (${i})` }),
    );
    lines.splice(100, 0, 'not json');
    lines.splice(200, 0, JSON.stringify({ id: 'no-text' }));
    lines.splice(300, 0, '');
    const result = run(['check', '--jsonl', '--now', '2026-11-24'], lines.join('\n') + '\n');
    expect(result.code).toBe(0);
    const out = result.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(402);
    expect(out[100]).toEqual({ id: null, error: expect.stringMatching(/not valid JSON/) });
    expect(out[200]).toEqual({ id: 'no-text', error: expect.stringMatching(/text/) });
    const ok = out.filter((o) => o.error === undefined);
    expect(ok.map((o) => o.id)).toEqual(Array.from({ length: 400 }, (_, i) => `m${i}`));
    expect(Object.keys(ok[0])).toEqual(['id', 'signals', 'findings']);
    expect(Object.keys(ok[0].signals[0])).toEqual(['kind', 'value', 'start', 'end', 'text', 'topic']);
    expect(Object.keys(ok[0].findings[0])).toEqual([
      'rule',
      'severity',
      'start',
      'end',
      'text',
      'topic',
      'message',
      'suggestion',
    ]);
    expect(ok[0].findings[0]).toMatchObject({ rule: 'urgency-on-paused', text: 'ASAP', topic: 'mobile-redesign' });
    expect(ok[2].findings.map((f: { rule: string }) => f.rule)).toEqual(['decision-premature']);
    expect(ok[1].findings).toEqual([]);
  });

  it('keeps public/profile.schema.json equal to `consonant schema` (regenerate: npm run --silent consonant -- schema > public/profile.schema.json)', () => {
    expect(readFileSync(join(root, 'public/profile.schema.json'), 'utf8')).toBe(profileJsonSchemaText());
  });
});
