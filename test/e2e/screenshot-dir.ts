import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Where end-to-end screenshots go. The README shows the ones in test/e2e/screenshots, so they
 * are rewritten only when asked (`npm run screenshots`); an ordinary test run writes its
 * screenshots under .output, leaving the working tree as it was.
 */
export function screenshotDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CONSONANT_SCREENSHOTS === '1'
    ? path.join(root, 'test/e2e/screenshots')
    : path.join(root, '.output/screenshots');
}
