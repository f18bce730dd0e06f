/**
 * Proleptic Gregorian date arithmetic on day numbers (days since
 * 1970-01-01), the one copy every gmekit package uses: records carry plain
 * ISO dates, so counting days needs no time zone, and plain integers keep the
 * recurrence engine, the rules engine and the work-hour audit cheap.
 *
 * @module
 */

/** A calendar date as numbers. */
export interface CivilDate {
  /** Calendar year (proleptic Gregorian; may be 0 or negative). */
  readonly year: number;
  /** Month, 1–12. */
  readonly month: number;
  /** Day of the month, 1–31. */
  readonly day: number;
}

/**
 * @param year - calendar year
 * @returns true for a Gregorian leap year
 * @example
 * isLeapYear(2028); // true
 * isLeapYear(2100); // false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Number of days in a calendar month.
 *
 * @param year - calendar year
 * @param month - 1–12
 * @returns 28–31
 * @example
 * daysInMonth(2028, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 30);
}

/** Howard Hinnant's days-from-civil, re-derived: years start in March so leap days fall last. */
function eraDaysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const TABLE_FIRST_YEAR = 1900;
const TABLE_YEARS = 300;
/** Day number of the first of each month from January 1900 to December 2199, built on first use. */
let monthStarts: Int32Array | undefined;

function monthStart(index: number): number {
  monthStarts ??= Int32Array.from({ length: TABLE_YEARS * 12 }, (_, i) =>
    eraDaysFromCivil(TABLE_FIRST_YEAR + Math.floor(i / 12), (i % 12) + 1, 1),
  );
  return monthStarts[index] ?? 0;
}

/**
 * Day number of a valid year, month and day. Years 1900–2199 (where training
 * dates fall) are read from a table of month starts, since this runs for
 * every log entry and work period; other years are computed.
 *
 * @param year - calendar year
 * @param month - 1–12
 * @param day - 1–31
 * @returns days since 1970-01-01
 * @example
 * daysFromCivil(1970, 1, 2); // 1
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  if (year >= TABLE_FIRST_YEAR && year < TABLE_FIRST_YEAR + TABLE_YEARS && month >= 1 && month <= 12) {
    return monthStart((year - TABLE_FIRST_YEAR) * 12 + month - 1) + day - 1;
  }
  return eraDaysFromCivil(year, month, day);
}

/**
 * Civil date of a day number packed as `year * 10000 + month * 100 + day`,
 * for hot loops that must not allocate (the recurrence engine).
 *
 * @param days - days since 1970-01-01
 * @returns the packed date
 * @example
 * packedCivilFromDays(0); // 19700101
 */
export function packedCivilFromDays(days: number): number {
  const z = days + 719_468;
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
 * Civil date of a day number (the inverse of {@link daysFromCivil}).
 *
 * @param days - days since 1970-01-01
 * @returns `{ year, month, day }`
 * @example
 * civilFromDays(59); // { year: 1970, month: 3, day: 1 }
 */
export function civilFromDays(days: number): CivilDate {
  const packed = packedCivilFromDays(days);
  // Floor division unpacks negative years too: -1-03-01 packs as -9699.
  const year = Math.floor(packed / 10_000);
  const monthDay = packed - year * 10_000;
  return { year, month: Math.floor(monthDay / 100), day: monthDay % 100 };
}

/**
 * The day `months` calendar months after `days`, clamped to the end of a
 * shorter month (Jan 31 + 1 month = Feb 28/29), as `Temporal.PlainDate.add`
 * does with the default `constrain` overflow.
 *
 * @param days - a day number
 * @param months - whole months to add (may be negative)
 * @returns the day number
 * @example
 * formatIsoDate(addMonths(parseIsoDate('2026-01-31') ?? 0, 1)); // '2026-02-28'
 */
export function addMonths(days: number, months: number): number {
  const { year, month, day } = civilFromDays(days);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return daysFromCivil(y, m, Math.min(day, daysInMonth(y, m)));
}
