import type { z } from 'zod';
import { profileSchema, type Profile } from './schema';

export interface ProfileError {
  /** Where the problem is, like `priorities[2].aliases[0]`; empty for the whole profile. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; value: Profile; errors: [] } | { ok: false; value: undefined; errors: ProfileError[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod leaves the input out of issues; its default message names what it received.
      if (!issue.message.startsWith('Invalid input')) return issue.message;
      return /received undefined/.test(issue.message) ? `is required (${issue.expected})` : `should be ${article(issue.expected)}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return issue.message.startsWith('Invalid') ? `should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` : issue.message;
    default:
      return issue.message;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** Parses anything into a profile. Never throws: a bad profile comes back as every error with its path. */
export function parseProfile(input: unknown): ParseResult {
  let result;
  try {
    result = profileSchema.safeParse(input);
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

/** Parses profile JSON text; a syntax error is reported like any other error. */
export function parseProfileJson(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, value: undefined, errors: [{ path: '', message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  return parseProfile(data);
}

export function formatErrors(errors: readonly ProfileError[]): string {
  return errors.map((e) => (e.path ? `${e.path}: ${e.message}` : `profile ${e.message}`)).join('\n');
}
