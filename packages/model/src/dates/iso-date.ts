/**
 * ISO 8601 calendar dates (`YYYY-MM-DD`) to and from day numbers, with the
 * one bounded cache of formatted dates every package shares.
 *
 * @module
 */
import { daysFromCivil, daysInMonth, packedCivilFromDays } from './civil';

/**
 * Day number of an ISO date that is already known to be valid (checked by
 * `IsoDateSchema`, say). Reads digits by character code: this runs for every
 * log entry and work period. Use {@link parseIsoDate} for untrusted text.
 *
 * @param iso - a valid `YYYY-MM-DD` date
 * @returns days since 1970-01-01
 * @example
 * daysOfIsoDate('1970-01-02'); // 1
 */
export function daysOfIsoDate(iso: string): number {
  const year = iso.charCodeAt(0) * 1000 + iso.charCodeAt(1) * 100 + iso.charCodeAt(2) * 10 + iso.charCodeAt(3) - 48 * 1111;
  const month = iso.charCodeAt(5) * 10 + iso.charCodeAt(6) - 48 * 11;
  const day = iso.charCodeAt(8) * 10 + iso.charCodeAt(9) - 48 * 11;
  return daysFromCivil(year, month, day);
}

/**
 * Reads a fixed-width run of ASCII digits without allocating (the date and
 * instant parsers' building block).
 *
 * @param text - the text
 * @param at - index of the first digit
 * @param count - how many digits
 * @returns the number they write, or -1 when any is not a digit
 * @example
 * readDigits('T0730', 1, 2); // 7
 */
export function readDigits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Day number of the `YYYY-MM-DD` at the start of `text` (anything may
 * follow), read strictly: no clamping of impossible dates.
 *
 * @param text - text starting with a date
 * @returns the day number, or undefined when it does not start with a real date
 * @example
 * parseIsoDatePrefix('2026-07-01T07:00'); // 20635
 */
export function parseIsoDatePrefix(text: string): number | undefined {
  // Character codes rather than a regular expression: recurrence window
  // bounds are parsed on every call, which matters for short windows.
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y = readDigits(text, 0, 4);
  const m = readDigits(text, 5, 2);
  const d = readDigits(text, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return daysFromCivil(y, m, d);
}

/**
 * Reads `YYYY-MM-DD` strictly (no clamping of impossible dates).
 *
 * @param text - the date
 * @returns the day number, or undefined when it is not a real date
 * @example
 * parseIsoDate('2028-02-29'); // 21243
 * parseIsoDate('2026-02-29'); // undefined
 */
export function parseIsoDate(text: string): number | undefined {
  return text.length === 10 ? parseIsoDatePrefix(text) : undefined;
}

/** `00` … `99`: two-digit fields are looked up, formatting being a hot path. */
const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

// Reports, calendars and audit windows format the same days over and over,
// so texts are memoised, boundedly: a full cache starts over.
const CACHE_MAX = 50_000;
const isoTexts = new Map<number, string>();

/**
 * `YYYY-MM-DD` of a day number (years below 1000 zero-padded to four digits).
 *
 * @param days - days since 1970-01-01
 * @returns the ISO date
 * @example
 * formatIsoDate(0); // '1970-01-01'
 */
export function formatIsoDate(days: number): string {
  const known = isoTexts.get(days);
  if (known !== undefined) return known;
  const packed = packedCivilFromDays(days);
  const year = Math.floor(packed / 10_000);
  const monthDay = packed - year * 10_000;
  const text = `${String(year).padStart(4, '0')}-${TWO[Math.floor(monthDay / 100)] ?? ''}-${TWO[monthDay % 100] ?? ''}`;
  if (isoTexts.size >= CACHE_MAX) isoTexts.clear();
  isoTexts.set(days, text);
  return text;
}
