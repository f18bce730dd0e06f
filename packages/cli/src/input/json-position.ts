// JSON.parse says *what* is wrong but, for some errors and some Node
// versions, not *where*. This scanner walks the JSON grammar (RFC 8259) and
// returns the offset of the first character that cannot belong to a valid
// document, so every syntax error can be reported as file:line:column.

const WS = new Set([' ', '\t', '\n', '\r']);
const MAX_DEPTH = 10_000;

class Stop extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

function scanner(text: string) {
  let i = 0;
  const fail = (at = i): never => {
    throw new Stop(at);
  };
  const ws = (): void => {
    while (i < text.length && WS.has(text.charAt(i))) i++;
  };
  const literal = (word: string): void => {
    for (const ch of word) {
      if (text.charAt(i) !== ch) fail();
      i++;
    }
  };
  const digits = (): void => {
    if (!/[0-9]/.test(text.charAt(i))) fail();
    while (/[0-9]/.test(text.charAt(i))) i++;
  };
  const number = (): void => {
    if (text.charAt(i) === '-') i++;
    if (text.charAt(i) === '0') i++;
    else digits();
    if (text.charAt(i) === '.') {
      i++;
      digits();
    }
    if (text.charAt(i) === 'e' || text.charAt(i) === 'E') {
      i++;
      if (text.charAt(i) === '+' || text.charAt(i) === '-') i++;
      digits();
    }
  };
  const string = (): void => {
    i++;
    for (;;) {
      if (i >= text.length) fail();
      const ch = text.charCodeAt(i);
      if (ch === 0x22) {
        i++;
        return;
      }
      if (ch < 0x20) fail();
      if (ch === 0x5c) {
        const esc = text.charAt(i + 1);
        if ('"\\/bfnrt'.includes(esc) && esc !== '') i += 2;
        else if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else fail(i + 1);
      } else i++;
    }
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) fail();
    ws();
    const ch = text.charAt(i);
    if (ch === '{') {
      i++;
      ws();
      if (text.charAt(i) === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text.charAt(i) !== '"') fail();
        string();
        ws();
        if (text.charAt(i) !== ':') fail();
        i++;
        value(depth + 1);
        ws();
        if (text.charAt(i) === ',') {
          i++;
          continue;
        }
        if (text.charAt(i) === '}') {
          i++;
          return;
        }
        fail();
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text.charAt(i) === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text.charAt(i) === ',') {
          i++;
          continue;
        }
        if (text.charAt(i) === ']') {
          i++;
          return;
        }
        fail();
      }
    }
    if (ch === '"') string();
    else if (ch === '-' || /[0-9]/.test(ch)) number();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else fail();
  };
  return {
    run(): number | undefined {
      try {
        value(0);
        ws();
        if (i < text.length) fail();
        return undefined;
      } catch (e) {
        if (e instanceof Stop) return Math.min(e.offset, text.length);
        throw e;
      }
    },
  };
}

/**
 * Offset of the first JSON syntax error in `text`.
 *
 * @param text - candidate JSON text
 * @returns the UTF-16 offset of the first offending character (the text's
 *   length when input ends too early), or `undefined` when the text is valid
 */
export function jsonErrorOffset(text: string): number | undefined {
  return scanner(text).run();
}

/**
 * 1-based line and column of an offset, counting `\n`, `\r\n` and `\r` as line ends.
 *
 * @param text - the text
 * @param offset - UTF-16 offset into it
 * @returns line and column, both from 1
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\n' || (ch === '\r' && text.charAt(i + 1) !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
