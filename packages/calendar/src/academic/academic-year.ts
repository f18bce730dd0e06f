/**
 * Academic years. GME years run July 1 – June 30 by default; some programs
 * start on another day (an orientation week in late June), so the start is
 * an option. Dates are Temporal PlainDates throughout: an academic date has
 * no time zone, so no host zone can shift it across a boundary.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import { CalendarInputError, toPlainDate } from './input-error';

/** Where academic years start. */
export interface AcademicYearOptions {
  /** Month the year starts in, 1–12 (default 7, July). */
  readonly startMonth?: number;
  /** Day of that month the year starts on (default 1). February 29 is refused: it does not exist every year. */
  readonly startDay?: number;
}

/** One academic year, with inclusive ISO dates. */
export interface AcademicYear {
  /** First day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day (inclusive), `YYYY-MM-DD`. */
  readonly end: string;
  /** Label with an en dash, `2026–2027`; a single year (`2026`) when the year starts on January 1. */
  readonly label: string;
  /** Calendar year the academic year starts in. */
  readonly startYear: number;
}

interface Start {
  readonly month: number;
  readonly day: number;
}

function resolveStart(options: AcademicYearOptions | undefined): Start {
  const month = options?.startMonth ?? 7;
  const day = options?.startDay ?? 1;
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new CalendarInputError('invalid-option', ['options', 'startMonth'], `options.startMonth: expected a month 1–12, got ${month}`);
  }
  // 2001 is a common year, so a day that exists in it exists every year.
  const daysInMonth = new Temporal.PlainDate(2001, month, 1).daysInMonth;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth) {
    throw new CalendarInputError(
      'invalid-option',
      ['options', 'startDay'],
      `options.startDay: expected a day 1–${daysInMonth} that exists in month ${month} every year, got ${day}`,
    );
  }
  return { month, day };
}

function yearStartingIn(startYear: number, start: Start): AcademicYear {
  if (!Number.isInteger(startYear) || startYear < 1 || startYear > 9998) {
    throw new CalendarInputError('unsupported-year', ['startYear'], `startYear: expected a whole year 1–9998, got ${startYear}`);
  }
  const first = new Temporal.PlainDate(startYear, start.month, start.day);
  const last = first.add({ years: 1 }).subtract({ days: 1 });
  const label = last.year === first.year ? String(first.year) : `${first.year}\u2013${last.year}`;
  return { start: first.toString(), end: last.toString(), label, startYear };
}

/**
 * The academic year a date falls in.
 *
 * @param date - `YYYY-MM-DD` or a PlainDate
 * @param options - where years start (July 1 by default)
 * @returns the academic year containing the date
 * @throws {@link CalendarInputError} for an impossible date or start option
 * @example
 * academicYearOf('2027-06-30').label; // '2026–2027'
 * academicYearOf('2027-07-01').label; // '2027–2028'
 */
export function academicYearOf(date: string | Temporal.PlainDate, options?: AcademicYearOptions): AcademicYear {
  const day = toPlainDate(date, ['date']);
  const start = resolveStart(options);
  const startsThisYear = day.month > start.month || (day.month === start.month && day.day >= start.day);
  return yearStartingIn(startsThisYear ? day.year : day.year - 1, start);
}

/**
 * The academic year that starts in a given calendar year.
 *
 * @param startYear - calendar year of the first day
 * @param options - where years start (July 1 by default)
 * @returns the academic year
 * @example
 * academicYearRange(2026); // { start: '2026-07-01', end: '2027-06-30', label: '2026–2027', startYear: 2026 }
 */
export function academicYearRange(startYear: number, options?: AcademicYearOptions): AcademicYear {
  return yearStartingIn(startYear, resolveStart(options));
}

/**
 * Every academic year that overlaps the inclusive span `from`–`to`.
 *
 * @param from - first date of the span
 * @param to - last date of the span (inclusive)
 * @param options - where years start (July 1 by default)
 * @returns the overlapping years in order
 * @throws {@link CalendarInputError} when `to` is before `from`
 * @example
 * academicYearsBetween('2026-07-01', '2030-06-30').map((y) => y.label);
 * // ['2026–2027', '2027–2028', '2028–2029', '2029–2030']
 */
export function academicYearsBetween(
  from: string | Temporal.PlainDate,
  to: string | Temporal.PlainDate,
  options?: AcademicYearOptions,
): AcademicYear[] {
  const first = toPlainDate(from, ['from']);
  const last = toPlainDate(to, ['to']);
  if (Temporal.PlainDate.compare(last, first) < 0) {
    throw new CalendarInputError('invalid-window', ['to'], `to: ${last.toString()} is before from ${first.toString()}`);
  }
  const years: AcademicYear[] = [];
  const startYear = academicYearOf(first, options).startYear;
  const endYear = academicYearOf(last, options).startYear;
  for (let year = startYear; year <= endYear; year += 1) years.push(academicYearRange(year, options));
  return years;
}

/**
 * Whether a date lies within an academic year (inclusive).
 *
 * @param date - `YYYY-MM-DD` or a PlainDate
 * @param year - the academic year
 * @returns true when `year.start <= date <= year.end`
 */
export function isInAcademicYear(date: string | Temporal.PlainDate, year: AcademicYear): boolean {
  const day = toPlainDate(date, ['date']).toString();
  // ISO dates of four-digit years compare correctly as text.
  return day >= year.start && day <= year.end;
}
