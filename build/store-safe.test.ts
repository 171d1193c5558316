// @vitest-environment happy-dom
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPatches, EVAL_SINK as EVAL, MARKUP_SINK as MARKUP, STORE_SAFE_PATCHES, storeSafe } from './store-safe';

const root = join(import.meta.dirname, '..');
const modules = [...new Set(STORE_SAFE_PATCHES.map((p) => p.module))];
const source = (module: string) => readFileSync(join(root, 'node_modules', module), 'utf8');

describe('store-safe build patches', () => {
  it.each(modules)(
    '%s: every patch still fits the installed version, and leaves no eval or markup assignment',
    (module) => {
      const before = source(module);
      expect(EVAL.test(before) || MARKUP.test(before)).toBe(true);
      const after = applyPatches(module, before);
      expect(after).not.toMatch(EVAL);
      expect(after).not.toMatch(MARKUP);
    },
  );

  it('refuses to build when a dependency changed under a patch', () => {
    expect(() => applyPatches('zod/v4/core/util.js', 'export const allowsEval = 1;')).toThrow(
      /no longer contains the code to patch/,
    );
  });

  it('patches by module path and leaves other modules alone', () => {
    const transform = storeSafe().transform as (code: string, id: string) => { code: string } | undefined;
    expect(transform('x', '/repo/lib/zod.ts')).toBeUndefined();
    expect(transform(source('zod/v4/core/util.js'), `${root}/node_modules/zod/v4/core/util.js?v=1`)?.code).not.toMatch(
      EVAL,
    );
  });

  it('Readability reads an article the same with its markup restore replaced by clones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'consonant-readability-'));
    const patched = join(dir, 'Readability.js');
    writeFileSync(
      patched,
      applyPatches('@mozilla/readability/Readability.js', source('@mozilla/readability/Readability.js')),
    );
    const require = createRequire(import.meta.url);
    const Original = require(join(root, 'node_modules/@mozilla/readability/Readability.js'));
    const Patched = require(patched);
    const html = readFileSync(join(root, 'test/fixtures/pages/article.html'), 'utf8');
    // A high threshold makes Readability retry, restoring the page from its copy each time.
    const read = (Reader: typeof Original, charThreshold: number) =>
      new Reader(new DOMParser().parseFromString(html, 'text/html'), { charThreshold }).parse()?.textContent;
    for (const threshold of [200, 100_000]) {
      const expected = read(Original, threshold);
      expect(expected).toBeTruthy();
      expect(read(Patched, threshold)).toBe(expected);
    }
  });
});
