import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseProfileText } from '../profile/read';
import { init, InitError, initCommand, PROFILE_FILE, WORKFLOW_FILE } from './init';

const fresh = () => mkdtempSync(join(tmpdir(), 'consonant-init-'));
const now = new Date('2026-11-30T12:00:00.000Z');

describe('consonant init', () => {
  it('writes a commented starter profile that validates as written', () => {
    const dir = fresh();
    init(dir, { now });
    const text = readFileSync(join(dir, PROFILE_FILE), 'utf8');
    expect(text.split('\n').filter((line) => /^\s*#/.test(line)).length).toBeGreaterThan(8);
    const result = parseProfileText(text, { name: PROFILE_FILE });
    expect(result.errors).toEqual([]);
    expect(result.value).toMatchObject({
      version: '2026-11-30.1',
      updatedAt: '2026-11-30T12:00:00Z',
      reviewBy: '2027-02-28',
    });
  });

  it('writes a GitHub Actions workflow that validates the profile whenever it changes', () => {
    const dir = fresh();
    init(dir, { now });
    const workflow = parse(readFileSync(join(dir, WORKFLOW_FILE), 'utf8'));
    expect(workflow.on.push.paths).toContain(PROFILE_FILE);
    expect(workflow.on.pull_request.paths).toContain(PROFILE_FILE);
    const runs = workflow.jobs.validate.steps.map((step: { run?: string }) => step.run).filter(Boolean);
    expect(runs).toEqual(['npm ci', `npx --no-install consonant validate ${PROFILE_FILE}`]);
  });

  it('never overwrites a file unless asked to', () => {
    const dir = fresh();
    writeFileSync(join(dir, PROFILE_FILE), 'ours\n');
    expect(() => init(dir, { now })).toThrow(InitError);
    expect(() => init(dir, { now })).toThrow(/team\.yaml already exists; pass --force to overwrite/);
    expect(readFileSync(join(dir, PROFILE_FILE), 'utf8')).toBe('ours\n');
    init(dir, { now, force: true });
    expect(readFileSync(join(dir, PROFILE_FILE), 'utf8')).toMatch(/schemaVersion: 1/);
  });

  it('says what it wrote and what to do next', () => {
    const dir = fresh();
    const said = initCommand([dir]);
    expect(said).toContain(join(dir, PROFILE_FILE));
    expect(said).toContain(join(dir, WORKFLOW_FILE));
    expect(said).toMatch(/npx consonant validate .*team\.yaml/);
    expect(() => initCommand([dir, 'other'])).toThrow(/at most one DIR/);
  });
});
