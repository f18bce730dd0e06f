import { describe, expect, it } from 'vitest';
import { CliError } from '../errors';
import { jsonErrorOffset, lineColumn } from './json-position';
import { parseJsonText } from './json-file';

function message(text: string): string {
  try {
    parseJsonText(text, 'in.json');
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    return (e as CliError).message;
  }
  throw new Error('expected a syntax error');
}

describe('jsonErrorOffset', () => {
  it('accepts valid JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e+3, true, false, null, "x\\u00e9\\n"]} ', '0', '"s"']) {
      expect(jsonErrorOffset(text)).toBeUndefined();
      expect(() => JSON.parse(text) as unknown).not.toThrow();
    }
  });

  it('points at the first character that cannot continue the document', () => {
    // offsets counted by hand on each string
    expect(jsonErrorOffset('{"a": x}')).toBe(6);
    expect(jsonErrorOffset('[1, }')).toBe(4);
    expect(jsonErrorOffset('{"a":1,}')).toBe(7);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('{"a": 01}')).toBe(7);
    expect(jsonErrorOffset('{"a": tru}')).toBe(9);
    expect(jsonErrorOffset('["\\q"]')).toBe(3);
    expect(jsonErrorOffset('{"a":1} x')).toBe(8);
    expect(jsonErrorOffset('{"a":')).toBe(5);
  });
});

describe('lineColumn', () => {
  it('counts lines from 1 and columns from 1 after LF, CRLF and CR', () => {
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\rcd\ne', 6)).toEqual({ line: 3, column: 1 });
  });
});

describe('parseJsonText', () => {
  it('reports file:line:column of a trailing comma', () => {
    // line 3 is "  }" and the brace is its third character
    expect(message('{\n  "a": 1,\n  }')).toMatch(/^in\.json:3:3: Expected [^\n]*property name/);
  });

  it('reports an unexpected token with its position even when V8 gives none', () => {
    // " "a": nope": the "n" could start null, so the first bad character is the "o" in column 8
    expect(message('{\n "a": nope\n}')).toBe("in.json:2:8: Unexpected token 'o'");
  });

  it('reports truncated and empty input at their end', () => {
    expect(message('{"a": [1,\n2')).toMatch(/^in\.json:2:2: /);
    expect(message('{"a": ')).toBe('in.json:1:7: Unexpected end of JSON input');
    expect(message('')).toBe('in.json:1:1: empty file, expected JSON');
  });
});
