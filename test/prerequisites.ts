/**
 * `npm test` starts here (pretest): the end-to-end tests need Chromium and Firefox, and without
 * them the suite used to fail after 13 minutes with puppeteer's "Browser was not found". This says
 * what to install in the first seconds instead.
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Browser {
  name: string;
  env: string;
  fallback: string;
  debian: string;
}

export const BROWSERS: readonly Browser[] = [
  { name: 'Chromium', env: 'CHROMIUM_PATH', fallback: '/usr/bin/chromium', debian: 'chromium' },
  { name: 'Firefox', env: 'FIREFOX_PATH', fallback: '/usr/bin/firefox-esr', debian: 'firefox-esr' },
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `20.19` ≤ `v20.20.2`? Compares major.minor.patch numerically. */
function atLeast(version: string, minimum: string): boolean {
  const [a, b] = [version, minimum].map((v) => v.replace(/^v/, '').split('.').map(Number));
  for (let i = 0; i < 3; i++) if ((a![i] ?? 0) !== (b![i] ?? 0)) return (a![i] ?? 0) > (b![i] ?? 0);
  return true;
}

/** What is missing, each with what to do about it; empty when the suite can run. */
export function missingPrerequisites(
  env: NodeJS.ProcessEnv,
  nodeVersion: string,
  minimumNode: string,
  isExecutable = executable,
): string[] {
  const problems: string[] = [];
  if (!atLeast(nodeVersion, minimumNode))
    problems.push(`Node ${minimumNode} or later (this is ${nodeVersion}); see https://nodejs.org`);
  const missing = BROWSERS.filter((b) => !isExecutable(env[b.env] || b.fallback));
  for (const b of missing) {
    const where = env[b.env] ? `${b.env}=${env[b.env]} is not an executable` : `no ${b.fallback}`;
    problems.push(`${b.name} for the end-to-end tests (${where}); or set ${b.env} to a ${b.name} binary`);
  }
  if (missing.length > 0)
    problems.push(`On Debian or Ubuntu: sudo apt-get install ${missing.map((b) => b.debian).join(' ')}`);
  return problems;
}

if (process.argv[1] === import.meta.filename) {
  const minimum = (
    JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8')) as { engines: { node: string } }
  ).engines.node.replace(/^>=\s*/, '');
  const problems = missingPrerequisites(process.env, process.version, minimum);
  if (problems.length > 0) {
    process.stderr.write(
      `npm test cannot run on this machine yet. It needs:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
    );
    process.exit(1);
  }
}
