import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // The core runs in plain Node; DOM tests opt in per file with `@vitest-environment happy-dom`.
    environment: 'node',
    include: ['{lib,components,entrypoints,test}/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
  },
});
