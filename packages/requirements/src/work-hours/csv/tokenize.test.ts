import { describe, expect, it } from 'vitest';
import { tokenizeCsv } from './tokenize';

describe('tokenizeCsv', () => {
  it('reads RFC 4180 records with CRLF, quotes, doubled quotes and embedded line breaks', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""",3\r\n"two\r\nlines",,end\r\n';
    const { rows, errors } = tokenizeCsv(text);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', '3'] },
      { line: 3, fields: ['two\r\nlines', '', 'end'] },
    ]);
  });

  it('accepts LF and CR line ends, a BOM, a missing final line end and skips blank lines', () => {
    expect(tokenizeCsv('\uFEFFa,b\n\n1,2\r3,4').rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', '2'] },
      { line: 4, fields: ['3', '4'] },
    ]);
  });

  it('keeps empty trailing fields', () => {
    expect(tokenizeCsv('a,\n').rows).toEqual([{ line: 1, fields: ['a', ''] }]);
  });

  it('reports malformed records with their line and reads the rest', () => {
    const text = 'h1,h2\nok,1\nbad"quote,2\n"closed"tail,3\nfine,4\n"never closed,5\nlost,6\n';
    const { rows, errors } = tokenizeCsv(text);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 6]);
    expect(errors[0]?.message).toMatch(/quote inside an unquoted field/);
    expect(errors[1]?.message).toMatch(/after a closing quote/);
    expect(errors[2]?.message).toMatch(/unterminated/);
  });

  it('counts lines inside quoted fields for the records after them', () => {
    const { rows } = tokenizeCsv('"a\nb\nc",1\nnext,2\n');
    expect(rows[1]).toEqual({ line: 4, fields: ['next', '2'] });
  });

  it('reads RFC 4180 section 2 vectors: empty quoted fields, a lone doubled quote, quoted line breaks', () => {
    // 2.5/2.6/2.7: "" is an empty field, """" is one quote, a quoted field spans CRLF.
    expect(tokenizeCsv('"",""""\r\n"a,b","c\r\nd"\r\n').rows).toEqual([
      { line: 1, fields: ['', '"'] },
      { line: 2, fields: ['a,b', 'c\r\nd'] },
    ]);
  });

  it('strips a BOM only at the start of the text', () => {
    expect(tokenizeCsv('\uFEFF"a"\n\uFEFFb\n').rows).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: ['\uFEFFb'] },
    ]);
  });

  it('reads a final record without a line end, and an unterminated quote at the end as an error', () => {
    expect(tokenizeCsv('a,b\r\n1,"2"')).toEqual({ rows: [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }], errors: [] });
    const { rows, errors } = tokenizeCsv('a\r\n"b\r\nc');
    expect(rows).toEqual([{ line: 1, fields: ['a'] }]);
    expect(errors).toEqual([{ line: 2, message: 'unterminated quoted field' }]);
  });
});
