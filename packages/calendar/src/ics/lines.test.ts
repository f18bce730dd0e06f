import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContentLine, unfoldLines } from './content-line';
import { foldLine, utf8Length } from './fold';
import { decodeParamValue, encodeParamValue } from './params';
import { escapeText, splitTextList, unescapeText } from './text';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('foldLine (RFC 5545 §3.1: 75 octets, CRLF + space)', () => {
  it('leaves a line of exactly 75 octets alone', () => {
    const line = 'X:' + 'a'.repeat(73);
    expect(bytes(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds the 76th octet onto a continuation line that starts with a space', () => {
    const line = 'X:' + 'a'.repeat(74);
    expect(foldLine(line)).toBe('X:' + 'a'.repeat(73) + '\r\n a');
  });

  it('counts continuation lines as space + 74 octets', () => {
    const line = 'a'.repeat(75 + 74 + 1);
    const parts = foldLine(line).split('\r\n');
    expect(parts.map(bytes)).toEqual([75, 75, 2]);
  });

  it('moves a 2-octet character that would straddle octet 75 to the next line', () => {
    // 'X:' + 72 × 'a' = 74 octets; 'é' is 2 octets (C3 A9) and would end at 76.
    const line = 'X:' + 'a'.repeat(72) + 'é' + 'b';
    expect(foldLine(line).split('\r\n')).toEqual(['X:' + 'a'.repeat(72), ' éb']);
  });

  it('fills to exactly 75 octets when a 3-octet character ends there', () => {
    // 'X:' + 70 × 'a' = 72 octets, '€' (E2 82 AC) ends at 75.
    const line = 'X:' + 'a'.repeat(70) + '€€';
    expect(foldLine(line).split('\r\n')).toEqual(['X:' + 'a'.repeat(70) + '€', ' €']);
  });

  it('never splits an emoji surrogate pair (4 octets)', () => {
    // 'X:' + 71 × 'a' = 73 octets; '😀' (F0 9F 98 80) would end at 77.
    const line = 'X:' + 'a'.repeat(71) + '😀';
    const parts = foldLine(line).split('\r\n');
    expect(parts).toEqual(['X:' + 'a'.repeat(71), ' 😀']);
  });

  it('keeps every physical line within 75 octets and unfolds back to the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const line = 'DESCRIPTION:' + s.replace(/[\r\n]/g, '');
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) {
          expect(bytes(part)).toBeLessThanOrEqual(75);
          expect(part).not.toMatch(/[\ud800-\udbff]$/);
        }
        expect(unfoldLines(folded).map((l) => l.text)).toEqual([line]);
      }),
      { seed: 5545, numRuns: 300 },
    );
  });

  it('measures UTF-8 length like Buffer.byteLength', () => {
    for (const s of ['', 'abc', 'é', '€', '😀', 'a😀é€']) expect(utf8Length(s)).toBe(bytes(s));
  });
});

describe('TEXT escaping (RFC 5545 §3.3.11)', () => {
  it('escapes backslash, semicolon, comma and line breaks but not colon', () => {
    expect(escapeText('a\\b;c,d\ne:f')).toBe('a\\\\b\\;c\\,d\\ne:f');
    expect(escapeText('one\r\ntwo\rthree')).toBe('one\\ntwo\\nthree');
  });

  it('unescapes \\n and \\N as line breaks', () => {
    expect(unescapeText('a\\nb\\Nc\\\\d\\;e\\,f')).toBe('a\nb\nc\\d;e,f');
  });

  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(unescapeText(escapeText(s))).toBe(s.replace(/\r\n|\r/g, '\n'));
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('splits lists on unescaped commas only', () => {
    expect(splitTextList('Lecture,Board\\, oral,x\\\\')).toEqual(['Lecture', 'Board, oral', 'x\\']);
  });
});

describe('RFC 6868 parameter values', () => {
  it('decodes ^n, ^^ and ^\' and keeps other carets', () => {
    expect(decodeParamValue("a^nb^^c^'d^'^x")).toBe('a\nb^c"d"^x');
  });

  it('encodes and quotes when needed', () => {
    expect(encodeParamValue('Pacific Standard Time')).toBe('Pacific Standard Time');
    expect(encodeParamValue('a;b')).toBe('"a;b"');
    expect(encodeParamValue('say "hi"\n^')).toBe("say ^'hi^'^n^^");
  });

  it('round-trips through a content line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (v) => {
        const parsed = parseContentLine({ text: `X-P;X-Q=${encodeParamValue(v)}:val`, line: 1 });
        if (!('name' in parsed)) throw new Error(parsed.message);
        expect(parsed.params[0]?.values.join(',')).toBe(v.replace(/\r\n|\r/g, '\n'));
      }),
      { seed: 6868, numRuns: 300 },
    );
  });
});

describe('unfolding and tokenizing', () => {
  it('unfolds space and TAB continuations and keeps the starting line number', () => {
    const text = 'BEGIN:VCALENDAR\r\nDESCRIPTION:one\r\n  two\r\n\tthree\nSUMMARY:x\rEND:VCALENDAR';
    expect(unfoldLines(text)).toEqual([
      { text: 'BEGIN:VCALENDAR', line: 1 },
      { text: 'DESCRIPTION:one twothree', line: 2 },
      { text: 'SUMMARY:x', line: 5 },
      { text: 'END:VCALENDAR', line: 6 },
    ]);
  });

  it('parses quoted parameter values holding ; : and , and multi-valued parameters', () => {
    const parsed = parseContentLine({ text: 'ATTENDEE;DELEGATED-TO="mailto:a@x.org","mailto:b@x.org";CN="Lee, Sam":mailto:c@x.org', line: 7 });
    expect(parsed).toEqual({
      name: 'ATTENDEE',
      params: [
        { name: 'DELEGATED-TO', values: ['mailto:a@x.org', 'mailto:b@x.org'] },
        { name: 'CN', values: ['Lee, Sam'] },
      ],
      value: 'mailto:c@x.org',
      line: 7,
    });
  });

  it('reports malformed lines with their line number', () => {
    expect(parseContentLine({ text: 'SUMMARY', line: 9 })).toEqual({ line: 9, message: 'line 9: expected ":" after SUMMARY and its parameters' });
    expect(parseContentLine({ text: 'X;Y="open:val', line: 3 })).toMatchObject({ line: 3 });
    expect(parseContentLine({ text: ':value', line: 4 })).toMatchObject({ line: 4 });
  });
});
