import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';

const root = join(import.meta.dirname, '../..');

/**
 * How the `consonant` bin is built: plain JavaScript for Node 20 with every dependency inside, so
 * installing the package needs nothing from a registry and starting it needs no TypeScript.
 * Split into chunks so `validate` and `schema` never load the NLP model, which only `check` needs.
 */
export function cliBuildOptions(outdir: string): BuildOptions {
  return {
    entryPoints: { consonant: join(root, 'lib/cli/main.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    // Some dependencies (yaml) ship CommonJS to Node and require() its built-ins, which an ES module lacks.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __consonantRequire } from 'node:module';\nconst require = __consonantRequire(import.meta.url);",
    },
  };
}

export const CLI_OUTDIR = join(root, 'dist/cli');

if (process.argv[1] === import.meta.filename) {
  rmSync(CLI_OUTDIR, { recursive: true, force: true });
  await build(cliBuildOptions(CLI_OUTDIR));
}
