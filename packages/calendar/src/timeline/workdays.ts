/**
 * Workday arithmetic for leave accounting. Boards count leave in workdays
 * (the ABR's 8 weeks are 40 workdays), so a workday here is Monday–Friday,
 * minus any dates the caller names as holidays. Weekends inside a leave span
 * are not leave days.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';

/** Dates (`YYYY-MM-DD`) that are not workdays even though they fall Monday–Friday. */
export type HolidaySet = ReadonlySet<string>;

/**
 * Whether a date is a workday: Monday–Friday and not a listed holiday.
 *
 * @param date - the date
 * @param holidays - non-working weekdays
 * @returns true for a workday
 */
export function isWorkday(date: Temporal.PlainDate, holidays: HolidaySet): boolean {
  return date.dayOfWeek <= 5 && !holidays.has(date.toString());
}

/**
 * Workdays in an inclusive span, counted in whole weeks first so a year-long
 * leave costs a few operations rather than one per day.
 *
 * @param start - first day
 * @param end - last day (inclusive); an end before the start counts 0
 * @param holidays - non-working weekdays
 * @returns the number of workdays
 * @example
 * countWorkdays(Temporal.PlainDate.from('2026-09-07'), Temporal.PlainDate.from('2026-11-27'), new Set()); // 60
 */
export function countWorkdays(start: Temporal.PlainDate, end: Temporal.PlainDate, holidays: HolidaySet): number {
  const days = start.until(end).days + 1;
  if (days <= 0) return 0;
  const weeks = Math.floor(days / 7);
  let count = weeks * 5;
  for (let d = start.add({ days: weeks * 7 }); Temporal.PlainDate.compare(d, end) <= 0; d = d.add({ days: 1 })) {
    if (d.dayOfWeek <= 5) count += 1;
  }
  for (const h of holidays) {
    const day = Temporal.PlainDate.from(h);
    if (day.dayOfWeek <= 5 && Temporal.PlainDate.compare(day, start) >= 0 && Temporal.PlainDate.compare(day, end) <= 0) count -= 1;
  }
  return count;
}

/**
 * The date `n` workdays after `date` (`date` itself not counted).
 *
 * @param date - the day before the first counted workday
 * @param n - workdays to add (0 returns `date`)
 * @param holidays - non-working weekdays
 * @returns the n-th workday after `date`
 * @example
 * addWorkdays(Temporal.PlainDate.from('2030-06-30'), 5, new Set()).toString(); // '2030-07-05'
 */
export function addWorkdays(date: Temporal.PlainDate, n: number, holidays: HolidaySet): Temporal.PlainDate {
  let day = date;
  let left = n;
  while (left > 0) {
    day = day.add({ days: 1 });
    if (isWorkday(day, holidays)) left -= 1;
  }
  return day;
}
