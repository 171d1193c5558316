import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { parseProfile, type ParseResult, type ProfileError } from './parse';

/** `priorities[0].rank` → ['priorities', 0, 'rank']: the steps from the file's top to a field. */
export function pathSteps(path: string): Array<string | number> {
  return [...path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]!));
}

function parse(text: string): { doc: Document.Parsed; lines: LineCounter } {
  const lines = new LineCounter();
  // YAML 1.2's core schema keeps "2026-11-20" and "2026-11-20T10:00:00Z" as the strings the profile wants.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, schema: 'core', uniqueKeys: true });
  return { doc, lines };
}

/** The offset in the source where the error's field is, or its nearest enclosing part that exists. */
function offsetOf(doc: Document.Parsed, error: ProfileError): number | undefined {
  const steps = pathSteps(error.path);
  let node: unknown = doc.contents;
  let offset = (doc.contents as { range?: [number, number, number] } | null)?.range?.[0];
  for (const step of steps) {
    const next = (node as { get?: (key: unknown, keepScalar: boolean) => unknown } | null)?.get?.(step, true);
    if (next === undefined || next === null) break;
    node = next;
    offset = (next as { range?: [number, number, number] }).range?.[0] ?? offset;
  }
  // An unknown field is best shown at its own name, not at the start of the item holding it.
  const unknown = /^has unknown fields? "([^"]+)"/.exec(error.message);
  if (unknown && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === unknown[1]);
    const key = pair?.key as { range?: [number, number, number] } | undefined;
    if (key?.range) offset = key.range[0];
  }
  return offset;
}

/**
 * Adds the line and column in the file to each error that names a field. Works on JSON text too:
 * JSON is YAML's flow style, so one reading finds fields in both.
 */
export function locateErrors(text: string, errors: readonly ProfileError[]): ProfileError[] {
  const { doc, lines } = parse(text);
  return errors.map((error) => {
    if (error.line !== undefined) return error;
    const offset = doc.errors.length === 0 ? offsetOf(doc, error) : undefined;
    if (offset === undefined) return error;
    const { line, col } = lines.linePos(offset);
    return { ...error, line, column: col };
  });
}

/** Parses profile YAML text (comments allowed); a syntax error comes back at its line and column. */
export function parseProfileYaml(text: string): ParseResult {
  const { doc, lines } = parse(text.replace(/^\uFEFF/, ''));
  const syntax = doc.errors[0];
  if (syntax) {
    const { line, col } = lines.linePos(syntax.pos[0]);
    return {
      ok: false,
      value: undefined,
      errors: [
        { path: '', message: `is not valid YAML: line ${line}, column ${col}: ${syntax.message}`, line, column: col },
      ],
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return {
      ok: false,
      value: undefined,
      errors: [{ path: '', message: `could not be read: ${(error as Error).message}` }],
    };
  }
  const result = parseProfile(data);
  return result.ok ? result : { ...result, errors: locateErrors(text.replace(/^\uFEFF/, ''), result.errors) };
}
