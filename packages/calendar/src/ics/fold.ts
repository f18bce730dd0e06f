/**
 * Line folding (RFC 5545 §3.1): content lines longer than 75 octets are split
 * with CRLF followed by one space. Octets are UTF-8 bytes, not UTF-16 units,
 * and a break never falls inside a UTF-8 sequence or a surrogate pair.
 *
 * @module
 */

/** The longest content line RFC 5545 allows, in octets, excluding CRLF. */
export const MAX_LINE_OCTETS = 75;

const NON_ASCII = /[^ -~\t]/;

/**
 * Folds one unfolded content line into physical lines of at most 75 octets
 * joined by CRLF + space. ASCII lines take a fast path (one octet per char),
 * which is what keeps the writer fast: most calendars are almost all ASCII.
 *
 * @param line - the logical content line (no line break inside)
 * @returns the folded line, without a trailing CRLF
 * @example
 * foldLine('DESCRIPTION:' + 'x'.repeat(100)).split('\r\n ').length; // 2
 */
export function foldLine(line: string): string {
  if (line.length <= MAX_LINE_OCTETS && !NON_ASCII.test(line)) return line;
  if (!NON_ASCII.test(line)) return foldAscii(line);
  return foldUtf8(line);
}

function foldAscii(line: string): string {
  const parts = [line.slice(0, MAX_LINE_OCTETS)];
  // Continuation lines start with the space, which counts towards the 75.
  for (let i = MAX_LINE_OCTETS; i < line.length; i += MAX_LINE_OCTETS - 1) {
    parts.push(line.slice(i, i + MAX_LINE_OCTETS - 1));
  }
  return parts.join('\r\n ');
}

function foldUtf8(line: string): string {
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    let units = 1;
    let size: number;
    if (c < 0x80) size = 1;
    else if (c < 0x800) size = 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      const low = line.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        units = 2;
        size = 4;
      } else size = 3;
    } else size = 3;
    if (octets + size > limit) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    octets += size;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/**
 * Counts the UTF-8 octets of a string (a lone surrogate counts as the three
 * octets of U+FFFD, as `TextEncoder` would write it).
 *
 * @param text - any string
 * @returns its UTF-8 length in bytes
 * @example
 * utf8Length('é'); // 2
 */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
