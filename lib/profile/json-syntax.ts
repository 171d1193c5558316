/** Where a JSON text first goes wrong, said in words a person editing the file can act on. */
export interface JsonSyntaxError {
  /** 1-based, as editors count. */
  line: number;
  column: number;
  message: string;
}

class Stop extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

/** A character as it should be quoted in a message; invisible ones get their name. */
function shown(char: string | undefined): string {
  if (char === undefined) return 'the end of the file';
  if (char === '\n' || char === '\r') return 'a line break';
  if (char === '\t') return 'a tab';
  return `"${char}"`;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Finds the first syntax error in `text` by reading it as JSON, after JSON.parse has already
 * refused it: V8's own messages name a character position or only a snippet, and say nothing of
 * the habits that cause most errors (comments, trailing commas, single quotes, bare names).
 * Returns undefined when the text is valid JSON.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const space = () => {
    while (i < text.length && /[ \t\n\r]/.test(text[i]!)) i += 1;
  };
  const fail = (message: string, at = i): never => {
    throw new Stop(at, message);
  };
  const unexpected = (expected: string): never => {
    const char = text[i];
    if (char === undefined) fail(`the file ends before the JSON is complete (expected ${expected})`);
    if (char === '#' || (char === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))) fail('JSON does not allow comments; remove them, or write the profile as YAML (.yaml), which does');
    if (char === "'") fail('JSON strings and names need double quotes ("), not single quotes');
    return fail(`expected ${expected}, found ${shown(char)}`);
  };
  const string = () => {
    const start = i;
    i += 1;
    while (i < text.length) {
      const char = text[i]!;
      if (char === '"') {
        i += 1;
        return;
      }
      if (char === '\\') {
        const next = text[i + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail(`${shown(`\\${next ?? ''}`)} is not an escape JSON knows; write \\\\ for a backslash`);
        continue;
      }
      if (char === '\n' || char === '\r') fail('a string runs to the end of the line; close it with " (a line break inside a string is written \\n)', start);
      if (char < ' ') fail(`a string holds a control character (${shown(char)}); write it as an escape such as \\t`);
      i += 1;
    }
    fail('a string is never closed; add the missing "', start);
  };
  const value = (expected = 'a value'): void => {
    space();
    const char = text[i];
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
    if (literal && !/[\w.]/.test(text[i + literal[0].length] ?? '')) {
      i += literal[0].length;
      return;
    }
    const word = /^[A-Za-z_][\w-]*/.exec(text.slice(i));
    if (word) fail(`${shown(word[0])} is not a JSON value; put text in double quotes ("${word[0]}")`);
    unexpected(expected);
  };
  const object = () => {
    i += 1;
    space();
    if (text[i] === '}') {
      i += 1;
      return;
    }
    for (;;) {
      space();
      if (text[i] === '}') fail('a comma before "}"; JSON allows no comma after the last field');
      if (text[i] === ',') fail('two commas in a row');
      if (text[i] !== '"') {
        const word = /^[A-Za-z_$][\w$-]*/.exec(text.slice(i));
        if (word) fail(`the field name ${word[0]} needs double quotes ("${word[0]}")`);
        unexpected('a field name in double quotes');
      }
      string();
      space();
      if (text[i] !== ':') unexpected('":" after the field name');
      i += 1;
      value();
      space();
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (text[i] === '}') {
        i += 1;
        return;
      }
      if (text[i] === '"') fail('a comma is missing before this field');
      unexpected('"," or "}" after a field');
    }
  };
  const array = () => {
    i += 1;
    space();
    if (text[i] === ']') {
      i += 1;
      return;
    }
    for (;;) {
      space();
      if (text[i] === ']') fail('a comma before "]"; JSON allows no comma after the last item');
      if (text[i] === ',') fail('two commas in a row');
      value();
      space();
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (text[i] === ']') {
        i += 1;
        return;
      }
      if (text[i] !== undefined && /["{[\d-]/.test(text[i]!)) fail('a comma is missing before this item');
      unexpected('"," or "]" after an item');
    }
  };
  try {
    space();
    if (i === text.length) fail('the file is empty', 0);
    value();
    space();
    if (i < text.length) fail(`there is more after the end of the JSON, starting with ${shown(text[i])}`);
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...lineAndColumn(text, error.at), message: error.message };
  }
}
