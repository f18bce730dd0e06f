/**
 * `expand` (all instances overlapping a window, sorted), `iterate` (a lazy
 * walk from DTSTART) and `compileSeries` (a series prepared once for many
 * window queries) over a {@link RecurrenceSeries}.
 *
 * @module
 */
import { DEFAULT_LIMIT, DEFAULT_MAX_CANDIDATES, SeriesExpander } from './compiled';
import type { ExpandOptions, ExpandWindow, Occurrence, RecurrenceSeries } from './types';

export { DEFAULT_LIMIT, DEFAULT_MAX_CANDIDATES };

/**
 * Every instance of a series that overlaps a window, sorted by start
 * (instant, or wall time for floating and all-day series).
 *
 * An instance `[start, end)` overlaps `[window.start, window.end)` when it
 * starts before the window ends and ends after it starts; an instance without
 * duration overlaps when it starts inside the window. Without COUNT the walk
 * jumps straight to the period before the window instead of stepping from
 * DTSTART. RDATEs equal to a rule instance are dropped, EXDATEs remove
 * instances (a date EXDATE on a date-time series removes that local day), and
 * each RECURRENCE-ID override replaces its instance once (a moved instance is
 * returned when its new time overlaps the window; overrides of times that are
 * not instances are ignored). UNTIL bounds the rule only, never RDATEs.
 *
 * @param series - the series
 * @param window - half-open window; omit it only for a series with COUNT, UNTIL or no RRULE
 * @param options - DST-gap policy, limit, zone for floating series
 * @returns the instances, sorted
 * @throws {@link RecurrenceError} `invalid-window` (also when the window ends before it starts), `unbounded`, `limit-exceeded`, `work-exceeded`, `unknown-time-zone`, `invalid-date-time`, `window-needs-time-zone`
 * @example
 * ```ts
 * const tuesdays = expand(
 *   { start: { type: 'zoned', dateTime: '2026-07-07T07:00:00', timeZone: 'America/Los_Angeles' }, duration: 'PT1H', rrule: { freq: 'WEEKLY' } },
 *   { start: '2026-07-01', end: '2026-08-01' },
 * ); // 4 instances: July 7, 14, 21, 28 at 07:00 local
 * ```
 */
export function expand(series: RecurrenceSeries, window?: ExpandWindow, options: ExpandOptions = {}): Occurrence[] {
  return new SeriesExpander(series, options).expand(window);
}

/**
 * Walks a series lazily from DTSTART, in the order of the instances'
 * RECURRENCE-IDs (an override keeps its original place). RDATEs, EXDATEs and
 * overrides apply as in {@link expand}.
 *
 * @param series - the series
 * @param options - DST-gap policy, zone, and `limit`: the most instances yielded. A series that repeats forever needs an explicit `limit` (`Infinity` allowed).
 * @returns a generator of instances
 * @throws `RecurrenceError` (exported by `@gmekit/calendar`) at once for unusable input, `unbounded` for a forever series without `options.limit`
 * @example
 * ```ts
 * for (const o of iterate(series, { limit: 10 })) console.log(o.startInstant);
 * ```
 */
export function iterate(series: RecurrenceSeries, options: ExpandOptions = {}): Generator<Occurrence, void, undefined> {
  return new SeriesExpander(series, options).iterate();
}

/**
 * A series checked and planned once by {@link compileSeries}, for answering
 * many window queries (a calendar view paging month by month) without
 * re-reading the series each time.
 */
export interface CompiledSeries {
  /**
   * Every instance overlapping a window, sorted: the same as
   * {@link expand} with this series and the options given to
   * {@link compileSeries}.
   *
   * @param window - half-open window; omit it only for a series with COUNT, UNTIL or no RRULE
   * @returns the instances, sorted
   * @throws `RecurrenceError` `invalid-window`, `window-needs-time-zone`, `unbounded`, `limit-exceeded`, `work-exceeded`, `unknown-time-zone` (a zoned bound)
   */
  expand(window?: ExpandWindow): Occurrence[];
  /**
   * A lazy walk from DTSTART: the same as {@link iterate} with this series
   * and the options given to {@link compileSeries}.
   *
   * @returns a generator of instances
   * @throws `RecurrenceError` `unbounded` for a forever series compiled without `options.limit`
   */
  iterate(): Generator<Occurrence, void, undefined>;
}

/**
 * Checks a series and plans its expansion once (rule validated and
 * compiled, RDATE, EXDATE and override lookups built), returning an object
 * whose `expand(window)` and `iterate()` answer exactly as {@link expand}
 * and {@link iterate} would. Use it when one series is queried repeatedly.
 * Treat the series as frozen once compiled: the plan is built from it when
 * compiled, but some parts (the rule's COUNT, overrides) are read again on
 * each query, so changing it afterwards gives a mix of old and new; compile
 * again instead.
 *
 * @param series - the series
 * @param options - DST-gap policy, limit and zone, applied to every query
 * @returns the compiled series
 * @throws `RecurrenceError` (exported by `@gmekit/calendar`) at once for unusable input: `unknown-time-zone`, `invalid-date-time`, `invalid-duration`, `invalid-end`, `invalid-option`, `rrule/*`
 * @example
 * ```ts
 * const tuesdays = compileSeries({
 *   start: { type: 'zoned', dateTime: '2020-07-07T07:00:00', timeZone: 'America/Los_Angeles' },
 *   rrule: { freq: 'WEEKLY' },
 * });
 * tuesdays.expand({ start: '2026-07-01', end: '2026-08-01' }); // July 7, 14, 21, 28 at 07:00 local
 * tuesdays.expand({ start: '2026-08-01', end: '2026-09-01' }); // August 4, 11, 18, 25
 * ```
 */
export function compileSeries(series: RecurrenceSeries, options: ExpandOptions = {}): CompiledSeries {
  return new SeriesExpander(series, options);
}
