import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingPrerequisites } from './prerequisites';

const has =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);
const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8'));

describe('the prerequisites npm test checks first', () => {
  it('is satisfied by Debian’s browsers', () => {
    expect(missingPrerequisites({}, 'v20.20.2', '20.19', has('/usr/bin/chromium', '/usr/bin/firefox-esr'))).toEqual([]);
  });

  it('says exactly what to install when both browsers are missing', () => {
    expect(missingPrerequisites({}, 'v20.20.2', '20.19', has())).toEqual([
      'Chromium for the end-to-end tests (no /usr/bin/chromium); or set CHROMIUM_PATH to a Chromium binary',
      'Firefox for the end-to-end tests (no /usr/bin/firefox-esr); or set FIREFOX_PATH to a Firefox binary',
      'On Debian or Ubuntu: sudo apt-get install chromium firefox-esr',
    ]);
  });

  it('uses CHROMIUM_PATH and FIREFOX_PATH, and names a wrong one', () => {
    const env = { CHROMIUM_PATH: '/opt/chrome/chrome', FIREFOX_PATH: '/opt/ff/firefox' };
    expect(missingPrerequisites(env, 'v20.20.2', '20.19', has('/opt/chrome/chrome', '/opt/ff/firefox'))).toEqual([]);
    expect(missingPrerequisites(env, 'v20.20.2', '20.19', has('/opt/chrome/chrome', '/usr/bin/firefox-esr'))).toEqual([
      'Firefox for the end-to-end tests (FIREFOX_PATH=/opt/ff/firefox is not an executable); or set FIREFOX_PATH to a Firefox binary',
      'On Debian or Ubuntu: sudo apt-get install firefox-esr',
    ]);
  });

  it('names a Node older than the engines field', () => {
    expect(missingPrerequisites({}, 'v20.11.0', '20.19', has('/usr/bin/chromium', '/usr/bin/firefox-esr'))).toEqual([
      'Node 20.19 or later (this is v20.11.0); see https://nodejs.org',
    ]);
  });

  it('runs before the rest of npm test', () => {
    expect(pkg.scripts.pretest).toBe('tsx test/prerequisites.ts');
  });
});

describe('the Node version', () => {
  it('the README’s, the engines field’s and the one running the tests agree', () => {
    const minimum = pkg.engines.node.replace(/^>=\s*/, '');
    const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');
    expect(readme).toContain(`Node ${minimum}+`);
    expect(missingPrerequisites({}, process.version, minimum, () => true)).toEqual([]);
  });
});
