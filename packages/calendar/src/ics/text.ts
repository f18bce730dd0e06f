/**
 * RFC 5545 §3.3.11 TEXT escaping. Only backslash, semicolon, comma and line
 * breaks are escaped; a colon is legal inside TEXT and stays as is.
 *
 * @module
 */

const NEEDS_ESCAPE = /[\\;,\r\n]/;

/**
 * Escapes a string for a TEXT property value.
 *
 * @param text - the plain text
 * @returns the escaped value (`\\`, `\;`, `\,`, `\n`)
 * @example
 * escapeText('Tumor board; room 2, floor 3'); // 'Tumor board\\; room 2\\, floor 3'
 */
export function escapeText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) out += '\\\\';
    else if (c === 59) out += '\\;';
    else if (c === 44) out += '\\,';
    else if (c === 13) {
      // CRLF and a bare CR are both one line break.
      if (text.charCodeAt(i + 1) === 10) i++;
      out += '\\n';
    } else if (c === 10) out += '\\n';
    else out += text.charAt(i);
  }
  return out;
}

/**
 * Undoes TEXT escaping. `\n` and `\N` are line breaks; an escape RFC 5545
 * does not define (e.g. `\:` written by some clients) keeps its character and
 * drops the backslash, which is what every major client does.
 *
 * @param value - the escaped property value
 * @returns the plain text
 * @example
 * unescapeText('a\\,b\\nc'); // 'a,b\nc'
 */
export function unescapeText(value: string): string {
  if (!value.includes('\\')) return value;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (c !== '\\' || i + 1 >= value.length) {
      out += c;
      continue;
    }
    const next = value.charAt(++i);
    out += next === 'n' || next === 'N' ? '\n' : next;
  }
  return out;
}

/**
 * Splits a multi-valued TEXT property (CATEGORIES, RESOURCES) on the commas
 * that are not escaped, and unescapes each part.
 *
 * @param value - the escaped property value
 * @returns the plain-text parts
 * @example
 * splitTextList('Lecture,Board\\, oral'); // ['Lecture', 'Board, oral']
 */
export function splitTextList(value: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 44) {
      parts.push(unescapeText(value.slice(start, i)));
      start = i + 1;
    }
  }
  parts.push(unescapeText(value.slice(start)));
  return parts;
}
