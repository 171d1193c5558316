import type { z } from 'zod';
import { findJsonSyntaxError } from './json-syntax';
import { avoidPhrase, decisionItem, norms, priorityItem, profileSchema, type Profile } from './schema';

export interface ProfileError {
  /** Where the problem is, like `priorities[2].aliases[0]`; empty for the whole profile. */
  path: string;
  message: string;
  /** Where in the file, 1-based, when the profile was read from text. */
  line?: number;
  column?: number;
}

export type ParseResult =
  { ok: true; value: Profile; errors: [] } | { ok: false; value: undefined; errors: ProfileError[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

/** What a value was, for "(got …)": short enough for one line, and never a whole nested object. */
function found(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a group of fields';
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 39)}…` : input);
  return String(input);
}

/** The expectation, then what was found, so a reader sees the mistake without opening the file. */
function describe(issue: z.core.$ZodIssue): string {
  const expected = expectation(issue);
  if (
    issue.code === 'invalid_value' &&
    'input' in issue &&
    issue.input === undefined &&
    expected.startsWith('should be one of')
  )
    return expected.replace('should be', 'is required:');
  // A cross-entry check's input is the whole profile: its message already names what it found.
  const input = 'input' in issue ? issue.input : undefined;
  // A size limit's message already says how long the value was; quoting 16,000 characters of it says nothing more.
  const telling =
    input !== undefined &&
    input !== '' &&
    issue.code !== 'unrecognized_keys' &&
    issue.code !== 'too_big' &&
    (issue.code !== 'custom' || typeof input !== 'object');
  const shown = telling ? ` (got ${found(input)})` : '';
  return `${expected}${shown}`;
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod leaves the input out of issues; its default message names what it received.
      if (!issue.message.startsWith('Invalid input')) return issue.message;
      return /received undefined/.test(issue.message)
        ? `is required (${issue.expected})`
        : `should be ${article(issue.expected)}`;
    case 'unrecognized_keys':
      return unknownFields(issue.keys, issue.path);
    case 'invalid_value':
      return issue.message.startsWith('Invalid')
        ? `should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
        : issue.message;
    default:
      return issue.message;
  }
}

/** The fields an object at this path may have, keyed by its path without list indexes. */
const FIELDS: Record<string, readonly string[]> = {
  '': Object.keys(profileSchema.shape),
  priorities: Object.keys(priorityItem.shape),
  decisions: Object.keys(decisionItem.shape),
  norms: Object.keys(norms.shape),
  'norms.avoid': Object.keys(avoidPhrase.shape),
};

/** Edit distance counting a swap of two neighbours as one edit ("rnak"), for spotting a typo'd field name. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** A field name longer than this is shown cut short, and is no typo of a real one. */
const SHOWN_KEY_CHARS = 30;
/** Unknown fields named one by one; the rest are counted. */
const SHOWN_KEYS = 10;

/** A hint for the field a typo meant ("rnak", "alias", "decided_at"), so nobody hunts through the schema. */
function didYouMean(key: string, path: readonly PropertyKey[]): string {
  // A typo is within two edits of a real field name, so a long key needs no edit distance worked out.
  if (key.length > SHOWN_KEY_CHARS) return '';
  const fields = FIELDS[path.filter((part) => typeof part === 'string').join('.')] ?? [];
  const plain = (name: string) => name.toLowerCase().replace(/[_\s-]/g, '');
  let best: { field: string; score: number } | undefined;
  for (const field of fields) {
    if (Math.abs(plain(key).length - plain(field).length) > 2) continue;
    const score = distance(plain(key), plain(field));
    if (score <= 2 && score < plain(field).length / 2 && (!best || score < best.score)) best = { field, score };
  }
  return best ? ` (did you mean "${best.field}"?)` : '';
}

function shownKey(key: string): string {
  return key.length > SHOWN_KEY_CHARS ? `"${key.slice(0, SHOWN_KEY_CHARS)}…" (${key.length} characters)` : `"${key}"`;
}

/** Names the unknown fields, each with a hint when it looks like a typo; a flood of them is counted, not listed. */
function unknownFields(keys: readonly string[], path: readonly PropertyKey[]): string {
  const shown = keys.slice(0, SHOWN_KEYS).map((k) => `${shownKey(k)}${didYouMean(k, path)}`);
  const rest = keys.length > SHOWN_KEYS ? ` and ${keys.length - SHOWN_KEYS} more` : '';
  return `has unknown field${keys.length > 1 ? 's' : ''} ${shown.join(', ')}${rest}`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** Parses anything into a profile. Never throws: a bad profile comes back as every error with its path. */
export function parseProfile(input: unknown): ParseResult {
  let result;
  try {
    // reportInput puts the offending value on each issue, for "(got …)".
    result = profileSchema.safeParse(input, { reportInput: true });
  } catch (error) {
    return { ok: false, value: undefined, errors: [{ path: '', message: `could not be read: ${String(error)}` }] };
  }
  if (result.success) return { ok: true, value: result.data, errors: [] };
  return {
    ok: false,
    value: undefined,
    errors: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describe(issue) })),
  };
}

/** Parses profile JSON text; a syntax error is reported like any other error, in words, at its line and column. */
export function parseProfileJson(text: string): ParseResult {
  let data: unknown;
  // Editors on Windows often save UTF-8 with a byte order mark, which JSON.parse rejects.
  const json = text.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(json);
  } catch (error) {
    const syntax = findJsonSyntaxError(json);
    const where = syntax ? { line: syntax.line, column: syntax.column } : {};
    const words = syntax ? `line ${syntax.line}, column ${syntax.column}: ${syntax.message}` : (error as Error).message;
    return { ok: false, value: undefined, errors: [{ path: '', message: `is not valid JSON: ${words}`, ...where }] };
  }
  return parseProfile(data);
}

export function formatErrors(errors: readonly ProfileError[]): string {
  return errors.map((e) => (e.path ? `${e.path}: ${e.message}` : `profile ${e.message}`)).join('\n');
}
