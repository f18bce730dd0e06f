import type { Duration, Quantity } from '@gmekit/model';

// Constructors for quantities and durations in the brochure's own terms.

/**
 * A number stated exactly.
 *
 * @param value - the number
 * @returns the quantity
 */
export function exact(value: number): Quantity {
  return { kind: 'exact', value };
}

/**
 * A number stated with "about", "approximately" or "averages".
 *
 * @param value - the number
 * @returns the quantity
 */
export function about(value: number): Quantity {
  return { kind: 'approximate', value };
}

/**
 * A number stated as "a minimum of".
 *
 * @param value - the inclusive lower bound
 * @returns the quantity
 */
export function atLeast(value: number): Quantity {
  return { kind: 'at-least', value };
}

/**
 * A number stated as "over".
 *
 * @param value - the exclusive lower bound
 * @returns the quantity
 */
export function moreThan(value: number): Quantity {
  return { kind: 'more-than', value };
}

/**
 * A number stated as a range ("1 to 2").
 *
 * @param min - lower end
 * @param max - upper end
 * @returns the quantity
 */
export function between(min: number, max: number): Quantity {
  return { kind: 'range', min, max };
}

/**
 * "The remainder of the year".
 *
 * @returns the quantity
 */
export function remainder(): Quantity {
  return { kind: 'remainder' };
}

/**
 * A number the source does not give.
 *
 * @param note - what it says instead ("several", "many")
 * @returns the quantity
 */
export function noCount(note?: string): Quantity {
  return note === undefined ? { kind: 'unstated' } : { kind: 'unstated', note };
}

/**
 * A duration in months.
 *
 * @param amount - how many months, as stated
 * @returns the duration
 */
export function months(amount: Quantity): Duration {
  return { amount, unit: 'months' };
}

/**
 * A duration in hours.
 *
 * @param amount - how many hours, as stated
 * @returns the duration
 */
export function hours(amount: Quantity): Duration {
  return { amount, unit: 'hours' };
}

/**
 * A duration in days.
 *
 * @param amount - how many days, as stated
 * @returns the duration
 */
export function days(amount: Quantity): Duration {
  return { amount, unit: 'days' };
}
