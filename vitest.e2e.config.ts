import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in Debian's Chromium; they share one
// machine-wide browser profile directory per file and must not run in parallel.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
