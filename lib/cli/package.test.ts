import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'consonant-pack-'));
const project = join(work, 'team-profile');

/** npm as a team would run it: none of the npm_* settings of an `npm test` that started this run. */
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))),
  npm_config_cache: join(work, 'npm-cache'),
  npm_config_update_notifier: 'false',
};

function run(command: string, args: string[], cwd: string) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

let tarball = '';
let installed: ReturnType<typeof run>;

// `npm pack` builds the bin (prepack), then a fresh project installs the tarball with no registry at all.
beforeAll(() => {
  const packed = run('npm', ['pack', '--json', '--pack-destination', work], root);
  expect(packed.code, packed.stderr).toBe(0);
  tarball = join(work, (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]!.filename);
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'team-profile', private: true }));
  installed = run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--save-dev', tarball], project);
}, 180_000);

const consonant = (...args: string[]) => run('npx', ['--offline', '--no-install', 'consonant', ...args], project);

describe('the checker as an npm package', { timeout: 60_000 }, () => {
  it('installs from the tarball offline, cleanly, pulling in nothing else', () => {
    expect(installed.code, installed.stderr).toBe(0);
    expect(installed.stderr).not.toMatch(/warn|ERR/i);
    expect(readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['consonant']);
  });

  it('ships compiled JavaScript for Node, not TypeScript', () => {
    const bin = join(project, 'node_modules/consonant/dist/cli/consonant.js');
    expect(readFileSync(bin, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    const files = readdirSync(join(project, 'node_modules/consonant'), { recursive: true }).map(String);
    expect(files.filter((f) => /\.tsx?$/.test(f))).toEqual([]);
  });

  it('starts a team repository with init, and validates its YAML profile well under a second', () => {
    const init = consonant('init');
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toMatch(/team\.yaml/);
    // The quickest of three runs: the figure is the CLI's own start-up, not a busy machine's worst moment.
    const runs = [0, 1, 2].map(() =>
      run(process.execPath, [join(project, 'node_modules/.bin/consonant'), 'validate', 'team.yaml'], project),
    );
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^team\.yaml: valid profile "Our leadership team"/);
    }
    expect(Math.min(...runs.map((r) => r.ms))).toBeLessThan(1000);
  });

  it('checks a draft and prints the schema through npx', () => {
    writeFileSync(join(project, 'draft.txt'), 'Please get the mobile redesign done ASAP.\n');
    const check = consonant('check', '--profile', 'team.yaml', 'draft.txt');
    expect(check.stdout).toMatch(/urgency-on-paused/);
    expect(check.code).toBe(1);
    const schema = consonant('schema');
    expect(schema.code).toBe(0);
    expect(JSON.parse(schema.stdout).$id).toBe('https://consonant.dev/profile.schema.json');
  });
});
