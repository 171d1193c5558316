import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { PROFILE_SCHEMA_ID } from './profile-json-schema';

export const PROFILE_FILE = 'team.yaml';
export const WORKFLOW_FILE = '.github/workflows/consonant.yml';

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A starter profile that validates as written, with every field a team needs explained where it is used. */
export function starterProfile(now: Date): string {
  const review = new Date(now.getTime() + 90 * 86_400_000);
  return `# yaml-language-server: $schema=${PROFILE_SCHEMA_ID}
#
# Your team's priorities profile. Consonant warns a writer when a draft's urgency, priority or
# decision language disagrees with what is written here. Edit it together, keep it short, and
# publish it where the extension can fetch it (see the README's "Team profile").
# Check it with: npx consonant validate ${PROFILE_FILE}

schemaVersion: 1
team: Our leadership team
# Change the version on every edit: the extension lists what changed since the last one.
version: "${isoDay(now)}.1"
updatedAt: "${now.toISOString().replace(/\.\d{3}Z$/, 'Z')}"
updatedBy: Your Name
# After this date, checks add a note that the profile may be out of date.
reviewBy: "${isoDay(review)}"

# What the team is working on. rank 1 is the most important; active ranks are unique.
# status: active, paused or dropped. Aliases are the other names people write for the item.
priorities:
  - id: checkout
    name: Checkout reliability
    aliases: [checkout, payments uptime]
    rank: 1
    status: active
    owner: Your Name
    due: "${isoDay(review)}"
  - id: mobile-redesign
    name: Mobile redesign
    aliases: [new app, redesign]
    status: paused
    owner: Your Name
    note: Paused until next quarter to free up checkout work

# Decisions made or still open. status: decided (with its outcome), open or revisiting.
decisions:
  - id: vendor
    topic: Payments vendor
    aliases: [vendor choice]
    status: decided
    outcome: Adyen
    rejected: [Stripe]
    decidedAt: "${isoDay(now)}"
    owner: Your Name

norms:
  # Urgent language about an item ranked below this is a warning.
  urgentMaxRank: 2
  # Phrases the team agreed not to use, and what to say instead.
  avoid:
    - phrase: fire drill
      instead: a dated request with an owner
`;
}

/** A GitHub Actions workflow that validates the profile on every change to it. */
export function starterWorkflow(): string {
  return `# Validates the team's priorities profile on every change, so a broken edit never reaches the team.
# The repository's package.json lists consonant as a devDependency (npm install --save-dev consonant).
name: Consonant profile

on:
  push:
    paths: ['${PROFILE_FILE}', '${WORKFLOW_FILE}', 'package.json', 'package-lock.json']
  pull_request:
    paths: ['${PROFILE_FILE}', '${WORKFLOW_FILE}', 'package.json', 'package-lock.json']

jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npx --no-install consonant validate ${PROFILE_FILE}
`;
}

export class InitError extends Error {}

/** A path as the user would type it: relative below the working directory, absolute elsewhere. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

/** Writes the starter profile and workflow into `dir`; never overwrites a file unless `force`. Returns the paths written. */
export function init(dir: string, options: { force?: boolean; now?: Date } = {}): string[] {
  const files: Array<[string, string]> = [
    [PROFILE_FILE, starterProfile(options.now ?? new Date())],
    [WORKFLOW_FILE, starterWorkflow()],
  ];
  const existing = files.map(([name]) => join(dir, name)).filter((path) => existsSync(path));
  if (existing.length > 0 && !options.force) {
    throw new InitError(
      `${existing.map(shown).join(' and ')} already ${existing.length === 1 ? 'exists' : 'exist'}; pass --force to overwrite`,
    );
  }
  return files.map(([name, content]) => {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    return path;
  });
}

/** `consonant init [DIR] [--force]`: what it wrote and what to do next, for the terminal. */
export function initCommand(args: string[]): string {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false } },
  });
  if (positionals.length > 1) throw new InitError(`init takes at most one DIR, got ${positionals.length}`);
  const dir = positionals[0] ?? '.';
  const written = init(dir, { force: values.force });
  const profile = shown(join(dir, PROFILE_FILE));
  return `Wrote:\n${written.map((p) => `  ${shown(p)}`).join('\n')}\n\nNext: edit ${profile}, then run \`npx consonant validate ${profile}\`. For the workflow, add consonant to this repository's devDependencies so \`npm ci\` installs it.\n`;
}
