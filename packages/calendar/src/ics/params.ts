/**
 * Property parameters: RFC 6868 caret encoding and the quoting rules of
 * RFC 5545 §3.2, shared by the reader and the writer.
 *
 * @module
 */

/** One property parameter as read from or written to a content line. */
export interface IcsParameter {
  /** Parameter name, upper-cased (e.g. `TZID`, `X-APPLE-RADIUS`). */
  readonly name: string;
  /** Decoded values (a parameter may list several, comma-separated). */
  readonly values: readonly string[];
}

/**
 * Decodes RFC 6868 caret escapes in a parameter value: `^n` is a line break,
 * `^^` a caret and `^'` a double quote; any other caret is kept literally.
 *
 * @param value - the raw parameter value (quotes already removed)
 * @returns the decoded value
 * @example
 * decodeParamValue("Dr. ^'Sam^' Lee^nRoom 4"); // 'Dr. "Sam" Lee\nRoom 4'
 */
export function decodeParamValue(value: string): string {
  if (!value.includes('^')) return value;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    const next = value.charAt(i + 1);
    if (c === '^' && (next === 'n' || next === '^' || next === "'")) {
      out += next === 'n' ? '\n' : next === '^' ? '^' : '"';
      i++;
    } else out += c;
  }
  return out;
}

const NEEDS_CARET = /[\^\r\n"]/;
const NEEDS_QUOTES = /[;:,]/;

/**
 * Encodes one parameter value for writing: RFC 6868 carets for `^`, line
 * breaks and `"`, then double quotes when the value holds `;`, `:` or `,`.
 *
 * @param value - the plain value
 * @returns the value as it goes on the content line
 * @example
 * encodeParamValue('Room "A"; east'); // "\"Room ^'A^'; east\""
 */
export function encodeParamValue(value: string): string {
  let out = value;
  if (NEEDS_CARET.test(out)) {
    out = out.replace(/\^/g, '^^').replace(/\r\n|\r|\n/g, '^n').replace(/"/g, "^'");
  }
  return NEEDS_QUOTES.test(out) ? `"${out}"` : out;
}

/**
 * Formats a parameter list as `;NAME=v1,v2...` for a content line.
 *
 * @param params - the parameters
 * @returns the encoded text (empty for no parameters)
 */
export function formatParams(params: readonly IcsParameter[]): string {
  let out = '';
  for (const p of params) out += `;${p.name}=${p.values.map(encodeParamValue).join(',')}`;
  return out;
}
