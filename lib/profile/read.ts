import { parseProfileJson, type ParseResult, type ProfileError } from './parse';
import { locateErrors, parseProfileYaml } from './yaml';

export type ProfileFormat = 'json' | 'yaml';

/** Where a profile's text came from, as far as it is known: a file name or URL, and a Content-Type. */
export interface ProfileSource {
  name?: string;
  contentType?: string | null;
}

/**
 * How to read a profile: by what the server says it sent, else by the file's extension, else by
 * its first character (JSON profiles are objects, so they open with "{").
 */
export function profileFormat(text: string, source: ProfileSource = {}): ProfileFormat {
  const type = source.contentType?.toLowerCase() ?? '';
  if (/\byaml\b|\byml\b/.test(type)) return 'yaml';
  if (/\bjson\b/.test(type)) return 'json';
  const name = (source.name ?? '').replace(/[?#].*$/, '').toLowerCase();
  if (/\.ya?ml$/.test(name)) return 'yaml';
  if (/\.json$/.test(name)) return 'json';
  return /^\uFEFF?\s*\{/.test(text) ? 'json' : 'yaml';
}

/** Parses a profile from JSON or YAML text; every error names its field and, where it can, its line and column. */
export function parseProfileText(text: string, source: ProfileSource = {}): ParseResult {
  if (profileFormat(text, source) === 'yaml') return parseProfileYaml(text);
  const result = parseProfileJson(text);
  return result.ok ? result : { ...result, errors: locateErrors(text.replace(/^\uFEFF/, ''), result.errors) };
}

/** Errors as a compiler prints them: `team.yaml:12:11 priorities[0].rank: should be a number (got "one")`. */
export function formatErrorsIn(file: string, errors: readonly ProfileError[]): string {
  return errors
    .map((e) => {
      const where = e.line !== undefined ? `${file}:${e.line}:${e.column ?? 1}` : file;
      // The place is said once, up front, where editors and CI annotations look for it.
      const message =
        e.line !== undefined ? e.message.replace(/^(is not valid \w+: )line \d+, column \d+: /, '$1') : e.message;
      return `${where} ${e.path ? `${e.path}: ${message}` : `profile ${message}`}`;
    })
    .join('\n');
}
