import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { cliBuildOptions } from './bundle';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'consonant-cli-thread-'));
const bundle = join(dir, 'consonant.js');

beforeAll(async () => {
  // The bin as the package ships it (lib/cli/bundle.ts).
  await build({ ...cliBuildOptions(dir), logLevel: 'silent' });
}, 120_000);

const run = (args: string[], input = '') => {
  const result = spawnSync(process.execPath, [bundle, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

const reply = [
  'Team, I need the board deck by end of day.',
  '',
  '-----Original Message-----',
  'From: Ana Ruiz <ana@example.com>',
  'Sent: Monday, November 23, 2026 9:14 AM',
  'To: Platform leads <leads@example.com>',
  'Subject: Board deck',
  '',
  'Hi all, no rush on the board deck. Next week is fine.',
  '',
].join('\n');

describe('consonant check on a reply with quoted history', { timeout: 120_000 }, () => {
  it('lists the thread finding with the earlier words under its message', () => {
    const path = join(dir, 'reply.txt');
    writeFileSync(path, reply);
    const result = run(['check', '--now', '2026-11-24', path]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^ {2}1:29 +warning +thread-mismatch +Ana Ruiz wrote on Nov 23 that the board deck can wait; your reply says it is urgent\.$/m,
    );
    expect(result.stdout).toContain('↳ Ana Ruiz, Nov 23: “Hi all, no rush on the board deck.”');
  });

  it('--jsonl gives the finding in the same shape plus thread', () => {
    const result = run(
      ['check', '--jsonl', '--now', '2026-11-24'],
      JSON.stringify({ id: 'r1', text: reply }) +
        '\n' +
        JSON.stringify({ id: 'r2', text: 'Team, I need the board deck by end of day.' }) +
        '\n',
    );
    const [first, second] = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; findings: Array<Record<string, unknown>> });
    const thread = first!.findings.filter((f) => f.rule === 'thread-mismatch');
    expect(thread).toEqual([
      {
        rule: 'thread-mismatch',
        severity: 'warning',
        start: 28,
        end: 41,
        text: 'by end of day',
        topic: null,
        message: 'Ana Ruiz wrote on Nov 23 that the board deck can wait; your reply says it is urgent.',
        suggestion:
          'If the board deck changed since then, say what changed and since when; otherwise ask Ana Ruiz before you send.',
        thread: {
          author: 'Ana Ruiz',
          date: 'Monday, November 23, 2026 9:14 AM',
          text: 'Hi all, no rush on the board deck.',
        },
      },
    ]);
    expect(second!.findings.filter((f) => f.rule === 'thread-mismatch')).toEqual([]);
  });
});
