import { Temporal } from 'temporal-polyfill';
import { iso } from '../problem/days';

/**
 * Epoch ms of a local date and time in a zone; a time skipped by a DST change
 * moves forward ("compatible"), as calendar applications do.
 *
 * @param zone - IANA zone
 * @param dayNumber - days since 1970-01-01
 * @param time - `HH:MM`
 * @returns epoch ms
 */
export function localMs(zone: string, dayNumber: number, time: string): number {
  return remembered(localCache, `${zone} ${dayNumber} ${time}`, () => {
    const [y, m, d] = iso(dayNumber).split('-').map(Number);
    const pdt = new Temporal.PlainDateTime(y ?? 1970, m ?? 1, d ?? 1, Number(time.slice(0, 2)), Number(time.slice(3, 5)));
    return pdt.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
  });
}

/**
 * Text of an instant in a zone, with offset and bracketed zone.
 *
 * @param zone - IANA zone
 * @param ms - epoch ms
 * @returns e.g. `2026-08-01T07:00:00-07:00[America/Los_Angeles]`
 */
export function instantText(zone: string, ms: number): string {
  return remembered(textCache, `${zone} ${ms}`, () => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).toString({ smallestUnit: 'second' }));
}

// Zone conversions are pure but cost microseconds each in Temporal, and a swap
// list or a year re-converts the same few thousand local times and instants:
// remembered here, the cache emptied when it grows past a bound.
const CACHE_BOUND = 200_000;
const localCache = new Map<string, number>();
const textCache = new Map<string, string>();
function remembered<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (cache.size >= CACHE_BOUND) cache.clear();
  const value = make();
  cache.set(key, value);
  return value;
}
