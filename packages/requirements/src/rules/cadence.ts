import { type Cadence, quantityBounds } from '@gmekit/model';

/** Default hours in a day of a longitudinal cadence: half a day is 4 hours. */
export const DEFAULT_HOURS_PER_DAY = 8;

/**
 * Hours a cadence asks for in each of its periods, taking the least the
 * statement allows ("at least half a day" → 4 hours).
 *
 * Days are `hoursPerDay` hours; a week of cadence time is five working days.
 * Months have no fixed number of hours here, so they give `null`.
 *
 * @param cadence - the cadence, e.g. half a day per week
 * @param hoursPerDay - hours in a day (default 8)
 * @returns hours per period, or `null` when unstated or in months
 * @example
 * cadenceHours({ amount: { amount: { kind: 'exact', value: 0.5 }, unit: 'days' }, per: 'week' }); // 4
 */
export function cadenceHours(cadence: Cadence, hoursPerDay = DEFAULT_HOURS_PER_DAY): number | null {
  const bounds = quantityBounds(cadence.amount.amount);
  if (bounds === null) return null;
  switch (cadence.amount.unit) {
    case 'hours':
      return bounds.min;
    case 'days':
      return bounds.min * hoursPerDay;
    case 'weeks':
      return bounds.min * 5 * hoursPerDay;
    case 'months':
      return null;
  }
}

/** Periods of a cadence in a year, to compare cadences stated per different periods. */
export const PERIODS_PER_YEAR: Record<Cadence['per'], number> = { day: 365.25, week: 365.25 / 7, month: 12, year: 1 };
