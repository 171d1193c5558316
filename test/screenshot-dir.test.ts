import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenshotDir } from './e2e/screenshot-dir';

const root = path.resolve(import.meta.dirname, '..');

describe('end-to-end screenshots', () => {
  it('go outside the tracked tree on an ordinary run', () => {
    expect(screenshotDir({})).toBe(path.join(root, '.output/screenshots'));
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8')).toMatch(/^\.output\/$/m);
  });

  it('replace the README’s only on npm run screenshots', () => {
    expect(screenshotDir({ CONSONANT_SCREENSHOTS: '1' })).toBe(path.join(root, 'test/e2e/screenshots'));
    const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts;
    expect(scripts.screenshots).toMatch(/CONSONANT_SCREENSHOTS=1 vitest run --config vitest\.e2e\.config\.ts/);
    expect(scripts.test).not.toMatch(/CONSONANT_SCREENSHOTS/);
  });
});
