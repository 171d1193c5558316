import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { prepare } from 'wxt';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// tsconfig.json extends WXT's generated one. Nothing runs at install time (so the packed checker
// installs cleanly anywhere), so on a fresh clone the first test run writes it.
if (!existsSync(new URL('.wxt/tsconfig.json', import.meta.url))) await prepare({});

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // The core runs in plain Node; DOM tests opt in per file with `@vitest-environment happy-dom`.
    environment: 'node',
    include: ['{lib,components,entrypoints,test,build}/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
  },
});
