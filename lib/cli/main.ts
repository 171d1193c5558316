import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { CheckOptions } from '../check';
import { exampleProfile, type Profile } from '../profile';
import { describeOpenFailure, keygen, openProfileFile, readPublicKeys, sign, signatureSummary } from './keys';
import { InitError, initCommand } from './init';
import { profileJsonSchemaText } from './profile-json-schema';
import { UsageError } from './usage';

const USAGE = `Usage: consonant <command>

  check [--profile FILE [--public-key PUBLIC.jwk]...] [--format text|json] [--now ISO] [--budget MS]
        [--subject TEXT] [FILE|-]
      Check a draft (a file, or stdin with - or no FILE) against a profile, plain JSON or
      signed (the embedded example without --profile), with its subject line if given. Exit 1 when a finding is an error, else 0;
      exit 2 with the reason when the check itself failed inside, since its findings may be missing.
  check [--profile FILE] [--now ISO] [--budget MS] --jsonl
      Read {"id", "text", "subject"?} lines on stdin; write {"id", "signals", "findings"} per line, in order,
      with "error" when that check failed inside (then exit 2 at the end).
  validate [--public-key PUBLIC.jwk]... FILE
      Exit 0 with a summary when FILE (JSON, or YAML: .yaml/.yml) is a valid profile, else 1
      with every error at its line and column. With --public-key (repeatable), FILE must be a
      JWS signed by one of the keys.
  keygen --out DIR [--kid NAME]
      Write a new signing key pair: DIR/consonant-private.jwk (secret) and DIR/consonant-public.jwk.
  sign --key PRIVATE.jwk FILE
      Print the compact JWS (ES256) of the profile in FILE; an invalid profile is never signed.
  schema
      Print the profile JSON Schema.
  init [DIR] [--force]
      Write a commented starter profile (team.yaml) and a GitHub Actions workflow that
      validates it on every change (.github/workflows/consonant.yml) into DIR (default: .).

Exit 2 on usage errors or an unreadable or invalid profile.
`;

/** A batch run is not racing a send button, so it gets a generous budget by default. */
const CLI_BUDGET_MS = 5000;

async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** What a bare errno code means, for a reader who does not know "ENOENT". */
const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

function readText(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === undefined ? (error as Error).message : READ_FAILURES[code] ? `${READ_FAILURES[code]} (${code})` : code;
    throw new UsageError(`cannot read ${file === '-' ? 'stdin' : file}: ${reason}`);
  }
}

function readProfileText(file: string): string {
  // The CLI makes no network requests; a team's published address is a natural thing to try here.
  if (/^https?:\/\//i.test(file))
    throw new UsageError(
      `a profile is read from a file, not an address; download it first (curl -o ${/\.ya?ml([?#]|$)/i.test(file) ? 'profile.yaml' : 'profile.json'} ${file}) and pass the file`,
    );
  return readText(file);
}

async function loadProfile(file: string | undefined, keyFiles: string[] | undefined): Promise<Profile> {
  if (file === undefined) {
    if (keyFiles) throw new UsageError('--public-key checks the signature of --profile; give --profile too');
    return exampleProfile;
  }
  const result = await openProfileFile(readProfileText(file), readPublicKeys(keyFiles, readText), file);
  if (!result.ok) throw new UsageError(describeOpenFailure(file, result));
  return result.value;
}

function checkOptions(values: { now?: string; budget?: string }): CheckOptions {
  const options: CheckOptions = { budgetMs: CLI_BUDGET_MS };
  if (values.now !== undefined) {
    const now = new Date(values.now);
    if (!/^\d{4}-\d{2}-\d{2}/.test(values.now) || Number.isNaN(now.getTime()))
      throw new UsageError(`--now must be an ISO date or timestamp, like 2026-11-24T09:00:00Z (got "${values.now}")`);
    options.now = now;
  }
  if (values.budget !== undefined) {
    const budget = Number(values.budget);
    if (!Number.isFinite(budget) || budget <= 0)
      throw new UsageError(`--budget must be a positive number of milliseconds (got "${values.budget}")`);
    options.budgetMs = budget;
  }
  return options;
}

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      profile: { type: 'string' },
      'public-key': { type: 'string', multiple: true },
      format: { type: 'string', default: 'text' },
      now: { type: 'string' },
      budget: { type: 'string' },
      jsonl: { type: 'boolean', default: false },
      subject: { type: 'string' },
    },
  });
  if (values.jsonl && values.subject !== undefined)
    throw new UsageError('--subject is for one draft; with --jsonl give each line its "subject"');
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(`--format must be text or json (got "${values.format}")`);
  if (positionals.length > 1) throw new UsageError(`check takes one FILE, got ${positionals.length}`);
  const options = checkOptions(values);
  const profile = await loadProfile(values.profile, values['public-key']);
  // The NLP model loads only for checks, so validate and schema stay quick in CI.
  const [{ checkDraft }, { warmUp }, { checkJsonlLine }, { formatText }, { checkExit }] = await Promise.all([
    import('../check'),
    import('../signals'),
    import('./jsonl'),
    import('./format-text'),
    import('./exit-code'),
  ]);
  warmUp();
  if (values.jsonl) {
    if (positionals.length > 0) throw new UsageError('--jsonl reads stdin; leave out FILE');
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let failedInside = 0;
    for await (const line of lines) {
      if (line.trim() === '') continue;
      const { output, report } = checkJsonlLine(line, profile, options);
      if (report?.stats.error) failedInside++;
      await write(`${output}\n`);
    }
    if (failedInside > 0)
      process.stderr.write(
        `consonant: ${failedInside} ${failedInside === 1 ? 'check' : 'checks'} failed inside; see "error" on those lines\n`,
      );
    return failedInside > 0 ? 2 : 0;
  }
  const file = positionals[0] ?? '-';
  // Without this, `consonant check` typed with no FILE just waits in silence for the draft.
  if (file === '-' && process.stdin.isTTY)
    process.stderr.write('consonant: reading the draft from the terminal; end it with Ctrl-D, or pass a FILE\n');
  const text = readText(file);
  const report = checkDraft(text, profile, {
    ...options,
    ...(values.subject !== undefined ? { subject: values.subject } : {}),
  });
  await write(
    values.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : formatText(report, text, file === '-' ? '<stdin>' : file),
  );
  const exit = checkExit(report);
  if (exit.stderr) process.stderr.write(exit.stderr);
  return exit.code;
}

async function validate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'public-key': { type: 'string', multiple: true } },
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError('validate takes exactly one FILE');
  const result = await openProfileFile(readProfileText(file), readPublicKeys(values['public-key'], readText), file);
  if (!result.ok) {
    process.stderr.write(`${describeOpenFailure(file, result)}\n`);
    return 1;
  }
  const p = result.value;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  await write(
    `${file}: valid profile "${p.team}" version ${p.version}: ${count(p.priorities.length, 'priority').replace('prioritys', 'priorities')}, ${count(p.decisions.length, 'decision')}, ${count(p.norms.avoid.length, 'avoided phrase')}${signatureSummary(result)}\n`,
  );
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await check(rest);
      case 'validate':
        return await validate(rest);
      case 'keygen':
        await write(await keygen(rest));
        return 0;
      case 'sign': {
        const signed = await sign(rest, readProfileText);
        if (signed.error !== undefined) process.stderr.write(`${signed.error}\n`);
        else await write(`${signed.jws}\n`);
        return signed.error === undefined ? 0 : 1;
      }
      case 'schema':
        if (rest.length > 0) throw new UsageError('schema takes no arguments');
        await write(profileJsonSchemaText());
        return 0;
      case 'init':
        await write(initCommand(rest));
        return 0;
      case 'help':
      case '--help':
      case '-h':
        await write(USAGE);
        return 0;
      default:
        throw new UsageError(command === undefined ? 'missing command' : `unknown command "${command}"`);
    }
  } catch (error) {
    // parseArgs reports unknown or malformed options with ERR_PARSE_ARGS_* codes.
    const code = (error as NodeJS.ErrnoException).code;
    if (
      error instanceof UsageError ||
      error instanceof InitError ||
      (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))
    ) {
      process.stderr.write(
        `consonant: ${(error as Error).message}\n${error instanceof UsageError && /command/.test((error as Error).message) ? `\n${USAGE}` : ''}`,
      );
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
