/**
 * The bottom layer of the reader: unfolding physical lines into content lines
 * (keeping the line number of each for findings) and tokenizing one content
 * line into name, parameters and value. Work is linear in the input, so no
 * input can make it hang.
 *
 * @module
 */
import { decodeParamValue, type IcsParameter } from './params';

/** A logical (unfolded) content line and where it started in the file. */
export interface UnfoldedLine {
  /** The content line with continuations joined. */
  readonly text: string;
  /** 1-based number of the physical line it started on. */
  readonly line: number;
}

/**
 * Unfolds a file: a physical line starting with a space or a TAB continues the
 * previous one (the one whitespace character is removed). CRLF, LF and bare CR
 * all end a line; a byte-order mark is dropped; empty lines are skipped.
 *
 * @param text - the whole file
 * @returns the content lines with their starting line numbers
 * @example
 * unfoldLines('SUMMARY:Tumor\r\n  board\r\n').map((l) => l.text); // ['SUMMARY:Tumor board']
 */
export function unfoldLines(text: string): UnfoldedLine[] {
  const physical = text.split(/\r\n|\n|\r/);
  const out: UnfoldedLine[] = [];
  let current: string[] | undefined;
  let currentLine = 0;
  for (let i = 0; i < physical.length; i++) {
    let raw = physical[i] ?? '';
    if (i === 0 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
    const first = raw.charCodeAt(0);
    if ((first === 32 || first === 9) && current !== undefined) {
      current.push(raw.slice(1));
      continue;
    }
    if (current !== undefined) out.push({ text: current.join(''), line: currentLine });
    current = undefined;
    if (raw.length === 0) continue;
    current = [raw];
    currentLine = i + 1;
  }
  if (current !== undefined) out.push({ text: current.join(''), line: currentLine });
  return out;
}

/** A tokenized content line. */
export interface ContentLine {
  /** Property or BEGIN/END name, upper-cased. */
  readonly name: string;
  /** Parameters in file order, values RFC 6868-decoded. */
  readonly params: readonly IcsParameter[];
  /** The raw value after the first unquoted colon (still TEXT-escaped). */
  readonly value: string;
  /** 1-based line number the content line started on. */
  readonly line: number;
}

/** Why a content line could not be tokenized. */
export interface ContentLineError {
  /** 1-based line number. */
  readonly line: number;
  /** What is wrong. */
  readonly message: string;
}

/** `[A-Za-z0-9-]`, tested on char codes: this runs for every character of every name. */
function isNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
}

const NO_PARAMS: readonly IcsParameter[] = Object.freeze([]);

/**
 * Tokenizes one content line: `name *(";" param) ":" value`, where a
 * parameter value may be double-quoted (and then may hold `;`, `:` and `,`).
 *
 * @param unfolded - the content line and its line number
 * @returns the tokens, or an error saying what is malformed
 * @example
 * parseContentLine({ text: 'DTSTART;TZID="Pacific Standard Time":20260707T070000', line: 4 });
 */
export function parseContentLine(unfolded: UnfoldedLine): ContentLine | ContentLineError {
  const { text, line } = unfolded;
  let i = 0;
  while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
  if (i === 0) return { line, message: `line ${line}: expected a property name, found ${JSON.stringify(text.slice(0, 20))}` };
  const name = text.slice(0, i).toUpperCase();
  if (text.charCodeAt(i) === 58) return { name, params: NO_PARAMS, value: text.slice(i + 1), line };
  const params: IcsParameter[] = [];
  while (text.charAt(i) === ';') {
    i++;
    const nameStart = i;
    while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
    const paramName = text.slice(nameStart, i).toUpperCase();
    if (paramName === '' || text.charAt(i) !== '=') {
      return { line, message: `line ${line}: malformed parameter in ${name} (expected NAME=value)` };
    }
    i++;
    const values: string[] = [];
    for (;;) {
      if (text.charAt(i) === '"') {
        const close = text.indexOf('"', i + 1);
        if (close < 0) return { line, message: `line ${line}: unterminated quoted value of parameter ${paramName}` };
        values.push(decodeParamValue(text.slice(i + 1, close)));
        i = close + 1;
      } else {
        const start = i;
        while (i < text.length) {
          const c = text.charCodeAt(i);
          if (c === 44 || c === 58 || c === 59 || c === 34) break;
          i++;
        }
        values.push(decodeParamValue(text.slice(start, i)));
      }
      if (text.charAt(i) !== ',') break;
      i++;
    }
    params.push({ name: paramName, values });
  }
  if (text.charAt(i) !== ':') return { line, message: `line ${line}: expected ":" after ${name} and its parameters` };
  return { name, params, value: text.slice(i + 1), line };
}
