import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax';

// Each row: what a person typed, and where and how the error should be told to them.
const invalid: Array<[string, string, number, number, RegExp]> = [
  ['a trailing comma', '{\n  "team": "x",\n}', 3, 1, /a comma before "}"; JSON allows no comma after the last field/],
  ['a trailing comma in a list', '{"aliases": ["a", ]}', 1, 19, /a comma before "]"/],
  ['a // comment', '{\n  "team": "x" // ours\n}', 2, 15, /JSON does not allow comments.*YAML/],
  ['a # comment', '# our team\n{}', 1, 1, /JSON does not allow comments/],
  ['single quotes', "{'team': 'x'}", 1, 2, /double quotes \("\), not single quotes/],
  ['a bare field name', '{team: "x"}', 1, 2, /the field name team needs double quotes \("team"\)/],
  [
    'a bare word as a value',
    '{"status": paused}',
    1,
    12,
    /"paused" is not a JSON value; put text in double quotes \("paused"\)/,
  ],
  ['a missing comma between fields', '{\n "a": 1\n "b": 2\n}', 3, 2, /a comma is missing before this field/],
  ['a missing comma between items', '[1 2]', 1, 4, /a comma is missing before this item/],
  ['a cut-off file', '{"team": "x"', 1, 13, /the file ends before the JSON is complete/],
  ['a string across lines', '{"team": "x\n"}', 1, 10, /a string runs to the end of the line/],
  ['something after the end', '{}\n}', 2, 1, /there is more after the end of the JSON, starting with "}"/],
  ['an empty file', '  \n', 1, 1, /the file is empty/],
  ['a bad escape', '{"a": "C:\\path"}', 1, 10, /is not an escape JSON knows/],
];

describe('findJsonSyntaxError', () => {
  it.each(invalid)('%s', (_, text, line, column, message) => {
    expect(() => JSON.parse(text)).toThrow();
    const error = findJsonSyntaxError(text);
    expect(error).toMatchObject({ line, column });
    expect(error?.message).toMatch(message);
  });

  it.each(['{}', '[]', '{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]}', ' {"a": {"b": {}}} \n'])(
    'finds nothing wrong in %s',
    (text) => {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(findJsonSyntaxError(text)).toBeUndefined();
    },
  );
});
