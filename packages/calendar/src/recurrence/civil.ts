/**
 * Proleptic Gregorian date arithmetic on plain numbers. The engine counts
 * days since 1970-01-01 ("day numbers") and wall-clock seconds since
 * 1970-01-01T00:00:00 ("wall seconds", a local time read as if it were UTC),
 * so candidates are generated without creating Temporal objects.
 *
 * @module
 */

/** Seconds in a calendar day of wall-clock time. */
export const DAY = 86_400;

/**
 * @param y - year
 * @returns true for a Gregorian leap year
 */
export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * @param y - year
 * @param m - month 1..12
 * @returns days in that month
 */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : (MONTH_DAYS[m - 1] ?? 30);
}

/**
 * Day number of a civil date (days since 1970-01-01), valid for any year.
 *
 * @param y - year
 * @param m - month 1..12
 * @param d - day 1..31
 * @returns the day number
 */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Civil date of a day number, packed as `y * 10000 + m * 100 + d` so the hot
 * loops allocate nothing.
 *
 * @param n - day number
 * @returns the packed date
 */
export function civil(n: number): number {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (m <= 2 ? 1 : 0)) * 10_000 + m * 100 + d;
}

/**
 * @param n - day number
 * @returns weekday, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday)
 */
export function weekday(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `00` … `99`: formatting is the hot path of expand, so two-digit fields are looked up. */
const TWO = Array.from({ length: 100 }, (_, i) => pad(i, 2));

// Formatting dates is most of what building an Occurrence costs (far more
// than the string joins), and a calendar keeps formatting the same days and
// times of day, so texts are memoised, boundedly: a full cache starts over.
const CACHE_MAX = 4096;
const dayTexts = new Map<number, string>();
const timeTexts = new Map<number, string>();

function remember(cache: Map<number, string>, key: number, text: string): string {
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, text);
  return text;
}

/**
 * @param n - day number
 * @returns `YYYY-MM-DD`
 */
export function formatDay(n: number): string {
  const known = dayTexts.get(n);
  if (known !== undefined) return known;
  const p = civil(n);
  const y = Math.floor(p / 10_000);
  const year = y >= 1000 && y <= 9999 ? String(y) : pad(y, 4);
  return remember(dayTexts, n, `${year}-${TWO[Math.floor(p / 100) % 100] ?? ''}-${TWO[p % 100] ?? ''}`);
}

/** `THH:MM:SS` of a second of the day. */
function formatTime(s: number): string {
  const known = timeTexts.get(s);
  if (known !== undefined) return known;
  const h = Math.floor(s / 3600);
  const m = Math.floor(s / 60) - h * 60;
  return remember(timeTexts, s, `T${TWO[h] ?? ''}:${TWO[m] ?? ''}:${TWO[s % 60] ?? ''}`);
}

/**
 * @param wall - wall seconds
 * @returns `YYYY-MM-DDTHH:MM:SS`
 */
export function formatWall(wall: number): string {
  const day = Math.floor(wall / DAY);
  return formatDay(day) + formatTime(wall - day * DAY);
}

/** The number written by `count` ASCII digits at `at`, or -1 when any is not a digit. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Day number of the `YYYY-MM-DD` at the start of `text`, or undefined when it is not one or not a real date. */
function dayAt(text: string): number | undefined {
  // Read by character codes rather than a regular expression: window bounds
  // are parsed on every call, which matters for short windows.
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return dayNumber(y, mo, d);
}

/**
 * Reads `YYYY-MM-DD` strictly (no clamping of impossible dates).
 *
 * @param text - the date
 * @returns the day number, or undefined when it is not a real date
 */
export function parseDay(text: string): number | undefined {
  return text.length === 10 ? dayAt(text) : undefined;
}

/**
 * Reads `YYYY-MM-DDTHH:MM:SS` strictly.
 *
 * @param text - the local date-time
 * @returns wall seconds, or undefined when it is not a real date-time
 */
export function parseWall(text: string): number | undefined {
  if (text.length !== 19 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  const day = dayAt(text);
  const h = digits(text, 11, 2);
  const mi = digits(text, 14, 2);
  const s = digits(text, 17, 2);
  if (day === undefined || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return undefined;
  return day * DAY + h * 3600 + mi * 60 + s;
}
