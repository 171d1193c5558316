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

/** Reads JSON character by character and stops at the first error, saying it in words. */
class JsonReader {
  i = 0;
  constructor(readonly text: string) {}

  space() {
    while (this.i < this.text.length && /[ \t\n\r]/.test(this.text[this.i]!)) this.i += 1;
  }

  fail(message: string, at = this.i): never {
    throw new Stop(at, message);
  }

  unexpected(expected: string): never {
    const { text, i } = this;
    const char = text[i];
    if (char === undefined) this.fail(`the file ends before the JSON is complete (expected ${expected})`);
    if (char === '#' || (char === '/' && (text[i + 1] === '/' || text[i + 1] === '*')))
      this.fail('JSON does not allow comments; remove them, or write the profile as YAML (.yaml), which does');
    if (char === "'") this.fail('JSON strings and names need double quotes ("), not single quotes');
    return this.fail(`expected ${expected}, found ${shown(char)}`);
  }

  string() {
    const { text } = this;
    const start = this.i;
    this.i += 1;
    while (this.i < text.length) {
      const char = text[this.i]!;
      if (char === '"') {
        this.i += 1;
        return;
      }
      if (char === '\\') {
        const next = text[this.i + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(this.i + 2, this.i + 6))) this.i += 6;
        else if (next !== undefined && '"\\/bfnrt'.includes(next)) this.i += 2;
        else this.fail(`${shown(`\\${next ?? ''}`)} is not an escape JSON knows; write \\\\ for a backslash`);
        continue;
      }
      if (char === '\n' || char === '\r')
        this.fail(
          'a string runs to the end of the line; close it with " (a line break inside a string is written \\n)',
          start,
        );
      if (char < ' ')
        this.fail(`a string holds a control character (${shown(char)}); write it as an escape such as \\t`);
      this.i += 1;
    }
    this.fail('a string is never closed; add the missing "', start);
  }

  value(expected = 'a value'): void {
    this.space();
    const { text, i } = this;
    const char = text[i];
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
    if (literal && !/[\w.]/.test(text[i + literal[0].length] ?? '')) {
      this.i += literal[0].length;
      return;
    }
    const word = /^[A-Za-z_][\w-]*/.exec(text.slice(i));
    if (word) this.fail(`${shown(word[0])} is not a JSON value; put text in double quotes ("${word[0]}")`);
    this.unexpected(expected);
  }

  /** Past an opening bracket: true when the closing one follows at once (an empty object or array). */
  opens(close: string): boolean {
    this.i += 1;
    this.space();
    if (this.text[this.i] !== close) return false;
    this.i += 1;
    return true;
  }

  /** After a member: true at a comma (another follows), false at the closing bracket. */
  next(close: string): boolean {
    this.space();
    const char = this.text[this.i];
    if (char === ',' || char === close) this.i += 1;
    return char === ',';
  }

  object() {
    if (this.opens('}')) return;
    for (;;) {
      this.space();
      const char = this.text[this.i];
      if (char === '}') this.fail('a comma before "}"; JSON allows no comma after the last field');
      if (char === ',') this.fail('two commas in a row');
      if (char !== '"') {
        const word = /^[A-Za-z_$][\w$-]*/.exec(this.text.slice(this.i));
        if (word) this.fail(`the field name ${word[0]} needs double quotes ("${word[0]}")`);
        this.unexpected('a field name in double quotes');
      }
      this.string();
      this.space();
      if (this.text[this.i] !== ':') this.unexpected('":" after the field name');
      this.i += 1;
      this.value();
      this.space();
      if (this.text[this.i] === '"') this.fail('a comma is missing before this field');
      if (this.text[this.i] !== ',' && this.text[this.i] !== '}') this.unexpected('"," or "}" after a field');
      if (!this.next('}')) return;
    }
  }

  array() {
    if (this.opens(']')) return;
    for (;;) {
      this.space();
      if (this.text[this.i] === ']') this.fail('a comma before "]"; JSON allows no comma after the last item');
      if (this.text[this.i] === ',') this.fail('two commas in a row');
      this.value();
      this.space();
      const char = this.text[this.i];
      if (char !== ',' && char !== ']') {
        if (char !== undefined && /["{[\d-]/.test(char)) this.fail('a comma is missing before this item');
        this.unexpected('"," or "]" after an item');
      }
      if (!this.next(']')) return;
    }
  }

  document() {
    this.space();
    if (this.i === this.text.length) this.fail('the file is empty', 0);
    this.value();
    this.space();
    if (this.i < this.text.length)
      this.fail(`there is more after the end of the JSON, starting with ${shown(this.text[this.i])}`);
  }
}

/**
 * Finds the first syntax error in `text` by reading it as JSON, after JSON.parse has already
 * refused it: V8's own messages name a character position or only a snippet, and say nothing of
 * the habits that cause most errors (comments, trailing commas, single quotes, bare names).
 * Returns undefined when the text is valid JSON.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    new JsonReader(text).document();
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...lineAndColumn(text, error.at), message: error.message };
  }
}
