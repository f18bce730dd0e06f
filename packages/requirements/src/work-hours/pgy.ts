import type { Trainee } from '@gmekit/model';

/**
 * A trainee's PGY level on a date.
 *
 * The level is `pgyAtStart` on the start date and advances by one
 * - each July 1 after the start date for on-cycle trainees (start date on
 *   July 1, the first day of the academic year), and
 * - each anniversary of the start date for off-cycle trainees (a February 29
 *   start advances on March 1 in common years).
 *
 * Dates before the start date get `pgyAtStart`. Extensions of training
 * (leave beyond the board's allowance) are not modelled here: a trainee held
 * back should be given a later `startDate`/`pgyAtStart` record.
 *
 * @param trainee - the trainee
 * @param isoDate - the date, `YYYY-MM-DD`
 * @returns the PGY level on that date
 * @example
 * pgyOn({ startDate: '2026-07-01', pgyAtStart: 1 }, '2027-07-01'); // 2
 */
export function pgyOn(trainee: Pick<Trainee, 'startDate' | 'pgyAtStart'>, isoDate: string): number {
  const start = trainee.startDate;
  if (isoDate <= start) return trainee.pgyAtStart;
  const startYear = Number(start.slice(0, 4));
  const year = Number(isoDate.slice(0, 4));
  const monthDay = isoDate.slice(5);
  // On-cycle trainees start on July 1, so their anniversary is July 1: one
  // rule covers both. Count the anniversaries in (start, date].
  const anchor = start.slice(5);
  const passed = year - startYear - (monthDay < anchor ? 1 : 0);
  return trainee.pgyAtStart + Math.max(0, passed);
}
