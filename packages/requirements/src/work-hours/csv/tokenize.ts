/** One record of a CSV file. */
export interface CsvRecord {
  /** 1-based line the record starts on. */
  readonly line: number;
  /** Field values, unquoted. */
  readonly fields: readonly string[];
}

/** A record the tokenizer could not read. */
export interface CsvRecordError {
  /** 1-based line the record starts on. */
  readonly line: number;
  /** What is wrong. */
  readonly message: string;
}

/** Records and unreadable records of a CSV text. */
export interface CsvRecords {
  /** Records in file order (blank lines skipped). */
  readonly rows: readonly CsvRecord[];
  /** Records that could not be read; tokenizing carries on after each. */
  readonly errors: readonly CsvRecordError[];
}

/**
 * Splits CSV into records as RFC 4180 writes it: comma-separated fields, fields in double
 * quotes may hold commas, line breaks and doubled quotes (`""`); records end
 * with CRLF, LF or CR. A malformed record (a quote inside an unquoted field,
 * text after a closing quote, an unterminated quote) is reported with its
 * line and skipped, so the rest of the file is still read.
 *
 * @param text - the CSV text
 * @returns the records and the errors
 * @example
 * tokenizeCsv('a,b\r\n"x, y",2\r\n').rows; // [{ line: 1, fields: ['a','b'] }, { line: 2, fields: ['x, y','2'] }]
 */
export function tokenizeCsv(text: string): CsvRecords {
  const rows: CsvRecord[] = [];
  const errors: CsvRecordError[] = [];
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  let line = 1;
  const n = text.length;

  const atLineEnd = (): boolean => i >= n || text[i] === '\n' || text[i] === '\r';
  const eatLineEnd = (): void => {
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else if (i < n) i += 1;
    line++;
  };
  const skipRestOfLine = (): void => {
    while (!atLineEnd()) i++;
    eatLineEnd();
  };

  while (i < n) {
    const start = line;
    if (atLineEnd()) {
      eatLineEnd();
      continue;
    }
    const fields: string[] = [];
    let error: string | undefined;
    for (;;) {
      if (text[i] === '"') {
        i++;
        let value = '';
        let closed = false;
        while (i < n) {
          const ch = text[i];
          if (ch === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (ch === '\r' || ch === '\n') {
            if (ch === '\r' && text[i + 1] === '\n') {
              value += '\r\n';
              i += 2;
            } else {
              value += ch;
              i++;
            }
            line++;
            continue;
          }
          value += ch ?? '';
          i++;
        }
        if (!closed) {
          error = 'unterminated quoted field';
          break;
        }
        if (!atLineEnd() && text[i] !== ',') {
          error = 'unexpected text after a closing quote';
          break;
        }
        fields.push(value);
      } else {
        let end = i;
        while (end < n && text[end] !== ',' && text[end] !== '\n' && text[end] !== '\r') end++;
        const value = text.slice(i, end);
        i = end;
        if (value.includes('"')) {
          error = 'a quote inside an unquoted field (quote the whole field and double inner quotes)';
          break;
        }
        fields.push(value);
      }
      if (text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    if (error !== undefined) {
      errors.push({ line: start, message: error });
      if (i >= n) break;
      skipRestOfLine();
      continue;
    }
    rows.push({ line: start, fields });
    if (i < n) eatLineEnd();
  }
  return { rows, errors };
}
