/**
 * Proleptic Gregorian date arithmetic on plain numbers. The engine counts
 * days since 1970-01-01 ("day numbers") and wall-clock seconds since
 * 1970-01-01T00:00:00 ("wall seconds", a local time read as if it were UTC),
 * so candidates are generated without creating Temporal objects.
 *
 * @module
 */
import { formatIsoDate, parseIsoDatePrefix, readDigits } from '@gmekit/model';

/** Seconds in a calendar day of wall-clock time. */
export const DAY = 86_400;

// The calendar arithmetic itself is the model's, shared by every package;
// the engine's short local names stay for its hot loops.
export {
  isLeapYear as isLeap,
  daysInMonth,
  daysFromCivil as dayNumber,
  packedCivilFromDays as civil,
  formatIsoDate as formatDay,
  parseIsoDate as parseDay,
} from '@gmekit/model';

/**
 * @param n - day number
 * @returns weekday, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday)
 */
export function weekday(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

/** `00` … `99`: formatting is the hot path of expand, so two-digit fields are looked up. */
const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

// Formatting dates is most of what building an Occurrence costs (far more
// than the string joins), and a calendar keeps formatting the same times of
// day, so texts are memoised, boundedly: a full cache starts over. Day texts
// use the model's shared cache.
const CACHE_MAX = 4096;
const timeTexts = new Map<number, string>();

/** `THH:MM:SS` of a second of the day. */
function formatTime(s: number): string {
  const known = timeTexts.get(s);
  if (known !== undefined) return known;
  const h = Math.floor(s / 3600);
  const m = Math.floor(s / 60) - h * 60;
  const text = `T${TWO[h] ?? ''}:${TWO[m] ?? ''}:${TWO[s % 60] ?? ''}`;
  if (timeTexts.size >= CACHE_MAX) timeTexts.clear();
  timeTexts.set(s, text);
  return text;
}

/**
 * @param wall - wall seconds
 * @returns `YYYY-MM-DDTHH:MM:SS`
 */
export function formatWall(wall: number): string {
  const day = Math.floor(wall / DAY);
  return formatIsoDate(day) + formatTime(wall - day * DAY);
}

/**
 * Reads `YYYY-MM-DDTHH:MM:SS` strictly.
 *
 * @param text - the local date-time
 * @returns wall seconds, or undefined when it is not a real date-time
 */
export function parseWall(text: string): number | undefined {
  if (text.length !== 19 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  const day = parseIsoDatePrefix(text);
  const h = readDigits(text, 11, 2);
  const mi = readDigits(text, 14, 2);
  const s = readDigits(text, 17, 2);
  if (day === undefined || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return undefined;
  return day * DAY + h * 3600 + mi * 60 + s;
}
