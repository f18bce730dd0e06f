// Character-level checks standing in for the model's id and date schemas on
// hot paths (record validation, work-hour rows). Each accepts exactly what
// the schema's pattern and refinement accept; record-check.test.ts compares.

/**
 * `idText` of the model: 1–128 characters of `[A-Za-z0-9._:-]`, starting with a letter or digit.
 *
 * @param value - anything
 * @returns true for an id the model accepts
 */
export function isIdText(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const n = value.length;
  if (n === 0 || n > 128) return false;
  const first = value.charCodeAt(0);
  if (first >= 128 || ID_CHAR[first] !== 2) return false;
  for (let i = 1; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128 || ID_CHAR[c] === 0) return false;
  }
  return true;
}

/** 2 for an ASCII letter or digit, 1 for `.`, `_`, `:` and `-`, 0 for any other character below 128. */
const ID_CHAR = Uint8Array.from({ length: 128 }, (_, c) => {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 2;
  return c === 46 || c === 95 || c === 58 || c === 45 ? 1 : 0;
});

const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digit(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -100_000;
}

/**
 * Whether `text` starts with a real `YYYY-MM-DD` calendar date.
 *
 * @param text - the text
 * @returns true for a real date
 */
export function datePrefixOk(text: string): boolean {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  if (day <= 28) return true;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 ? (leap ? 29 : 28) : (MONTH_DAYS[month] ?? 0));
}

/**
 * `IsoDateSchema`: `YYYY-MM-DD` and a real calendar date.
 *
 * @param value - anything
 * @returns true for a date the model accepts
 */
export function isIsoDateText(value: unknown): value is string {
  return typeof value === 'string' && value.length === 10 && datePrefixOk(value);
}
