import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { cliBuildOptions } from './bundle';
import { beforeAll, describe, expect, it } from 'vitest';
import exampleJson from '../profile/example.json';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'consonant-keys-'));
const bundle = join(dir, 'consonant.js');

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bundle, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The signed profile with one priority's status changed after signing, signature kept. */
function tamper(jws: string): string {
  const [header, payload, signature] = jws.trim().split('.') as [string, string, string];
  const profile = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  profile.priorities.find((p: { id: string }) => p.id === 'mobile-redesign').status = 'active';
  return `${header}.${Buffer.from(JSON.stringify(profile)).toString('base64url')}.${signature}\n`;
}

const team = join(dir, 'team-keys');
const other = join(dir, 'other-keys');
const profile = file('team.json', JSON.stringify(exampleJson, null, 2));
const badProfile = file('bad.json', JSON.stringify({ ...exampleJson, team: '' }));
const draft = file('draft.txt', 'Please get the mobile redesign done ASAP.\n');
let keygenOut: ReturnType<typeof run>;
let signed: string;
let tampered: string;
let otherSigned: string;

beforeAll(async () => {
  // The bin as the package ships it (lib/cli/bundle.ts).
  await build({ ...cliBuildOptions(dir), logLevel: 'silent' });
  keygenOut = run(['keygen', '--out', team, '--kid', 'platform-2026']);
  run(['keygen', '--out', other]);
  const jws = run(['sign', '--key', join(team, 'consonant-private.jwk'), profile]).stdout;
  signed = file('team.jws', jws);
  tampered = file('tampered.jws', tamper(jws));
  otherSigned = file('other.jws', run(['sign', '--key', join(other, 'consonant-private.jwk'), profile]).stdout);
}, 120_000);

const pub = () => join(team, 'consonant-public.jwk');
const otherPub = () => join(other, 'consonant-public.jwk');

describe('consonant keygen, sign and validate --public-key', { timeout: 120_000 }, () => {
  it('keygen writes a private key only its owner can read and a public key with its kid, and says which is secret', () => {
    expect(keygenOut.code).toBe(0);
    expect(keygenOut.stdout).toMatch(/consonant-private\.jwk +PRIVATE: keep it secret/);
    expect(keygenOut.stdout).toMatch(
      /consonant-public\.jwk +public: give it to your administrators to pin as profilePublicKeys/,
    );
    expect(statSync(join(team, 'consonant-private.jwk')).mode & 0o777).toBe(0o600);
    const publicJwk = JSON.parse(readFileSync(pub(), 'utf8'));
    expect(publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', kid: 'platform-2026', alg: 'ES256', use: 'sig' });
    expect(publicJwk).not.toHaveProperty('d');
    expect(JSON.parse(readFileSync(otherPub(), 'utf8')).kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('keygen never overwrites a key', () => {
    const again = run(['keygen', '--out', team]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/consonant-private\.jwk already exists/);
  });

  it('sign prints a compact JWS naming the key', () => {
    const jws = readFileSync(signed, 'utf8').trim();
    expect(jws).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(JSON.parse(Buffer.from(jws.split('.')[0]!, 'base64url').toString('utf8'))).toEqual({
      alg: 'ES256',
      kid: 'platform-2026',
    });
  });

  it.each([
    [
      'an invalid profile is never signed',
      ['sign', '--key', 'PRIVATE', badProfile],
      1,
      /bad\.json is not a valid profile \(1 error\):\n {2}\S*bad\.json:\d+:\d+ team: team cannot be empty/,
    ],
    ['signing with the public key', ['sign', '--key', 'PUBLIC', profile], 2, /is not an ES256 private key: has no "d"/],
    ['sign without --key', ['sign', profile], 2, /sign needs --key PRIVATE\.jwk/],
    ['keygen without --out', ['keygen'], 2, /keygen needs --out DIR/],
  ])('%s', (_name, args, code, stderr) => {
    const result = run(
      args.map((a) => (a === 'PRIVATE' ? join(team, 'consonant-private.jwk') : a === 'PUBLIC' ? pub() : a)),
    );
    expect(result.stderr).toMatch(stderr);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(code);
  });

  it.each([
    [
      'a profile signed by the key',
      () => ['validate', '--public-key', pub(), signed],
      /team\.jws: valid profile "Platform leadership" version 2026-11-20\.3: .*, signed by platform-2026$/m,
    ],
    [
      'either of two keys during a rotation',
      () => ['validate', '--public-key', otherPub(), '--public-key', pub(), signed],
      /signed by platform-2026$/m,
    ],
    [
      'a signed profile without --public-key, its signer unverified',
      () => ['validate', signed],
      /signed by platform-2026 \(unverified: pass --public-key to check the signature\)/,
    ],
    [
      'a plain profile without --public-key, as before',
      () => ['validate', profile],
      /valid profile "Platform leadership" version 2026-11-20\.3: 6 priorities, 3 decisions, 2 avoided phrases$/m,
    ],
  ])('validate accepts %s', (_name, args, stdout) => {
    const result = run(args());
    expect(result.stdout).toMatch(stdout);
    expect(result.code).toBe(0);
  });

  it.each([
    [
      'a tampered profile',
      () => ['validate', '--public-key', pub(), tampered],
      /tampered\.jws is not signed by one of the given public keys: its signature does not match key "platform-2026": the profile was changed after it was signed/,
    ],
    [
      'a profile signed by another key',
      () => ['validate', '--public-key', pub(), otherSigned],
      /other\.jws is not signed by one of the given public keys: it is signed by key "[\w-]{43}", which is not one of the trusted keys \("platform-2026"\)/,
    ],
    [
      'an unsigned profile under --public-key',
      () => ['validate', '--public-key', pub(), profile],
      /team\.json is not signed by one of the given public keys: it is a plain profile, not a signed one/,
    ],
  ])('validate refuses %s with exit 1', (_name, args, stderr) => {
    const result = run(args());
    expect(result.stderr).toMatch(stderr);
    expect(result.code).toBe(1);
  });

  it('check reads a signed --profile, and verifies it with --public-key', () => {
    expect(run(['check', '--profile', signed, draft])).toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/urgency-on-paused/),
    });
    expect(run(['check', '--profile', signed, '--public-key', pub(), draft])).toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/urgency-on-paused/),
    });
    // Tampered: the redesign reads as active, and the check refuses to run on it at all.
    const refused = run(['check', '--profile', tampered, '--public-key', pub(), draft]);
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toMatch(
      /tampered\.jws is not signed by one of the given public keys: its signature does not match/,
    );
    expect(run(['check', '--profile', otherSigned, '--public-key', pub(), draft])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/not one of the trusted keys/),
    });
  });
});
