import type { Item } from './prepare';

/** One hour in ms. */
export const HOUR = 3_600_000;
/** Minimum real gap between two in-house items: 8 hours (CPR 6.21, a "should" kept as a must so no stretches join), 14 after 24 (6.21.a). */
export const REST_MS = 8 * HOUR;
export const REST_AFTER_24_MS = 14 * HOUR;

/**
 * Whether two items of one trainee cannot both be worked: they overlap, or
 * the first ends fewer than 8 hours (14 after a stretch of 24 or more) before
 * the second starts. At-home call only must not overlap (it is not a stretch,
 * CPR 6.28), except that with `postCallDayOff` nothing follows in-house call
 * the next day.
 *
 * @param a - the earlier-starting item
 * @param b - the other item
 * @param postCallDayOff - the program rule
 * @returns true when they conflict
 */
export function conflicts(a: Item, b: Item, postCallDayOff: boolean): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (first.end > second.start) return true;
  if (postCallDayOff && first.inHouse && first.end - first.start >= 24 * HOUR && second.day === first.day + 1) return true;
  if (first.atHome || second.atHome) return false;
  const rest = first.end - first.start >= 24 * HOUR ? REST_AFTER_24_MS : REST_MS;
  return second.start - first.end < rest;
}

