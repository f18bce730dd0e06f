// Day numbers: days since 1970-01-01 in the proleptic Gregorian calendar,
// shared by the rules engine (plain ISO dates in records) and the work-hour
// audit (local days of instants). Plain integers keep both hot paths cheap.

/**
 * Day number of an ISO date (`1970-01-01` is 0).
 *
 * @param iso - a `YYYY-MM-DD` date already validated by the model's schema
 * @returns days since 1970-01-01
 * @example
 * dayNumber('1970-01-02'); // 1
 */
export function dayNumber(iso: string): number {
  // Digit arithmetic instead of slice + Number: this runs for every log entry.
  const year = iso.charCodeAt(0) * 1000 + iso.charCodeAt(1) * 100 + iso.charCodeAt(2) * 10 + iso.charCodeAt(3) - 48 * 1111;
  const month = iso.charCodeAt(5) * 10 + iso.charCodeAt(6) - 48 * 11;
  const day = iso.charCodeAt(8) * 10 + iso.charCodeAt(9) - 48 * 11;
  return civilDay(year, month, day);
}

/**
 * {@link daysFromCivil} for a valid date, read from a table of month starts
 * when the year is in 1900–2199 (training dates fall in a few centuries, and
 * this runs for every log entry and work period).
 *
 * @param year - calendar year
 * @param month - 1–12
 * @param day - 1–31
 * @returns days since 1970-01-01
 */
export function civilDay(year: number, month: number, day: number): number {
  if (year >= TABLE_FIRST_YEAR && year < TABLE_FIRST_YEAR + TABLE_YEARS && month >= 1 && month <= 12) {
    return (MONTH_STARTS[(year - TABLE_FIRST_YEAR) * 12 + month - 1] ?? 0) + day - 1;
  }
  return daysFromCivil(year, month, day);
}

const TABLE_FIRST_YEAR = 1900;
const TABLE_YEARS = 300;
/** Day number of the first of each month from January 1900 to December 2199. */
const MONTH_STARTS = Int32Array.from({ length: TABLE_YEARS * 12 }, (_, i) => daysFromCivil(TABLE_FIRST_YEAR + Math.floor(i / 12), (i % 12) + 1, 1));

/**
 * Day number of a year, month and day (Howard Hinnant's days-from-civil
 * algorithm, re-derived: shift the year to start in March so leap days fall
 * last).
 *
 * @param year - calendar year
 * @param month - 1–12
 * @param day - 1–31
 * @returns days since 1970-01-01
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

