/**
 * `expand` (all instances overlapping a window, sorted) and `iterate` (a lazy
 * walk from DTSTART) over a {@link RecurrenceSeries}.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import { DAY, formatWall, parseDay, parseWall } from './civil';
import { RecurrenceError } from './errors';
import { endKeyOf, isInstantFrame, keyOf, resolveSeries, valueOf, wallOf, wallOfKey, type SeriesContext } from './series';
import type { DateTimeValue, ExpandOptions, ExpandWindow, Occurrence, RecurrenceOverride, RecurrenceSeries } from './types';
import { RuleWalker } from './walker';

/** Default most instances one call returns. */
export const DEFAULT_LIMIT = 100_000;

type Path = readonly (string | number)[];

/** RDATE, EXDATE and override lookups of one series, keyed like its instances. */
interface Extras {
  readonly exKeys: Set<number>;
  readonly exDays: Set<number>;
  readonly rdates: number[];
  readonly overrides: Map<number, RecurrenceOverride>;
}

function extras(ctx: SeriesContext): Extras {
  const s = ctx.series;
  const exKeys = new Set<number>();
  const exDays = new Set<number>();
  (s.exdates ?? []).forEach((v, i) => {
    const path = ['series', 'exdates', i];
    // A date EXDATE on a date-time series removes that whole local day.
    if (v.type === 'date' && ctx.kind !== 'date') exDays.add(wallOf(v, path) / DAY);
    else exKeys.add(keyOf(ctx, v, path));
  });
  const rdates = [...new Set((s.rdates ?? []).map((v, i) => keyOf(ctx, v, ['series', 'rdates', i])))].sort((a, b) => a - b);
  const overrides = new Map<number, RecurrenceOverride>();
  (s.overrides ?? []).forEach((o, i) => {
    const key = keyOf(ctx, o.recurrenceId, ['series', 'overrides', i, 'recurrenceId']);
    if (!overrides.has(key)) overrides.set(key, o);
  });
  return { exKeys, exDays, rdates, overrides };
}

function excluded(ctx: SeriesContext, x: Extras, key: number): boolean {
  return x.exKeys.has(key) || (x.exDays.size > 0 && x.exDays.has(Math.floor(wallOfKey(ctx, key) / DAY)));
}

function occurrence(ctx: SeriesContext, rid: number, start: number, end: number, overridden: boolean, fromRdate: boolean, override?: RecurrenceOverride): Occurrence {
  const ridValue = valueOf(ctx, rid);
  const startValue = override?.start ?? (start === rid ? ridValue : valueOf(ctx, start));
  const endValue = override?.end ?? (end === start ? startValue : valueOf(ctx, end));
  // One literal per shape, never a spread: V8 (Node 20) copies a spread into
  // a slow dictionary object, which made this the hot spot of expand.
  if (!isInstantFrame(ctx)) return { start: startValue, end: endValue, recurrenceId: ridValue, overridden, fromRdate };
  return {
    start: startValue,
    end: endValue,
    recurrenceId: ridValue,
    overridden,
    fromRdate,
    startInstant: `${formatWall(start)}Z`,
    endInstant: `${formatWall(end)}Z`,
    startEpochMs: start * 1000,
    endEpochMs: end * 1000,
  };
}

/** Start and end keys of an override (its own times, or the series duration from its new start). */
function overrideTimes(ctx: SeriesContext, o: RecurrenceOverride, ridKey: number, path: Path): [number, number] {
  const start = o.start === undefined ? ridKey : keyOf(ctx, o.start, [...path, 'start']);
  const end = o.end === undefined ? endKeyOf(ctx, wallOfKey(ctx, start), start) : keyOf(ctx, o.end, [...path, 'end']);
  return [start, end];
}

/** True when `key` is an instance of the series (before overrides). */
function isInstance(ctx: SeriesContext, x: Extras, key: number): boolean {
  if (excluded(ctx, x, key)) return false;
  if (x.rdates.includes(key)) return true;
  const wall = wallOfKey(ctx, key);
  const w = new RuleWalker(ctx, wall - 2 * DAY);
  while (w.next()) {
    if (w.key === key) return true;
    if (w.wall > wall + DAY) return false;
  }
  return false;
}

function boundKey(ctx: SeriesContext, bound: string | DateTimeValue, path: Path): number {
  let local: number | undefined;
  let instant: number | undefined;
  if (typeof bound === 'string') {
    if (/(?:Z|[+-]\d{2}:\d{2})$/i.test(bound)) {
      try {
        instant = Temporal.Instant.from(bound).epochMilliseconds / 1000;
      } catch {
        throw new RecurrenceError('invalid-window', path, `expected an ISO instant such as 2026-07-01T00:00:00Z; got ${JSON.stringify(bound)}`);
      }
    } else {
      const day = parseDay(bound);
      local = day === undefined ? parseWall(bound) : day * DAY;
      if (local === undefined) throw new RecurrenceError('invalid-window', path, `expected YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS or an instant with Z or an offset; got ${JSON.stringify(bound)}`);
    }
  } else if (bound.type === 'utc' || bound.type === 'zoned') {
    instant = isInstantFrame(ctx) ? keyOf(ctx, bound, path) : undefined;
    local = isInstantFrame(ctx) ? undefined : wallOf(bound, path);
    if (!isInstantFrame(ctx) && bound.type === 'utc' && ctx.windowZone !== null) instant = wallOf(bound, path);
  } else local = wallOf(bound, path);
  if (instant !== undefined) {
    if (isInstantFrame(ctx)) return instant;
    if (ctx.windowZone === null) {
      throw new RecurrenceError('window-needs-time-zone', path, `a ${ctx.kind} series has no zone to place an instant bound in; pass options.timeZone`);
    }
    return instant + ctx.windowZone.offsetAt(instant);
  }
  const wall = local ?? 0;
  if (!isInstantFrame(ctx)) return wall;
  return ctx.windowZone === null ? wall : ctx.windowZone.toInstant(wall, 'forward');
}

function unbounded(ctx: SeriesContext): boolean {
  return ctx.rrule !== null && ctx.rrule.count === undefined && ctx.rrule.until === undefined;
}

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
 * @throws {@link RecurrenceError} `invalid-window` (also when the window ends before it starts), `unbounded`, `limit-exceeded`, `unknown-time-zone`, `invalid-date-time`, `window-needs-time-zone`
 * @example
 * ```ts
 * const tuesdays = expand(
 *   { start: { type: 'zoned', dateTime: '2026-07-07T07:00:00', timeZone: 'America/Los_Angeles' }, duration: 'PT1H', rrule: { freq: 'WEEKLY' } },
 *   { start: '2026-07-01', end: '2026-08-01' },
 * ); // 4 instances: July 7, 14, 21, 28 at 07:00 local
 * ```
 */
export function expand(series: RecurrenceSeries, window?: ExpandWindow, options: ExpandOptions = {}): Occurrence[] {
  const ctx = resolveSeries(series, options);
  const limit = options.limit ?? DEFAULT_LIMIT;
  let ws = -Infinity;
  let we = Infinity;
  if (window === undefined) {
    if (unbounded(ctx)) throw new RecurrenceError('unbounded', ['window'], 'the series repeats forever (RRULE without COUNT or UNTIL); pass a window');
  } else {
    ws = boundKey(ctx, window.start, ['window', 'start']);
    we = boundKey(ctx, window.end, ['window', 'end']);
    if (we < ws) throw new RecurrenceError('invalid-window', ['window'], 'window ends before it starts');
  }
  const x = extras(ctx);
  const out: Occurrence[] = [];
  const keys: number[] = [];
  const push = (o: Occurrence, key: number): void => {
    if (out.length >= limit) throw new RecurrenceError('limit-exceeded', ['options', 'limit'], `more than ${String(limit)} instances; narrow the window or raise options.limit`);
    out.push(o);
    keys.push(key);
  };
  const overlaps = (s: number, e: number): boolean => s < we && (e > ws || (e === s && s >= ws));
  const ruleKeys = new Set<number>();
  const from = ws === -Infinity ? null : wallOfKey(ctx, ws) - ctx.maxDurSeconds - 2 * DAY;
  const walker = new RuleWalker(ctx, from);
  while (walker.next()) {
    const { wall, key } = walker;
    if (key >= we + DAY) break;
    ruleKeys.add(key);
    if (x.overrides.has(key) || excluded(ctx, x, key)) continue;
    const end = endKeyOf(ctx, wall, key);
    if (overlaps(key, end)) push(occurrence(ctx, key, key, end, false, false), key);
  }
  for (const key of x.rdates) {
    if (ruleKeys.has(key) || x.overrides.has(key) || excluded(ctx, x, key)) continue;
    const end = endKeyOf(ctx, wallOfKey(ctx, key), key);
    if (overlaps(key, end)) push(occurrence(ctx, key, key, end, false, true), key);
  }
  let i = 0;
  for (const [rid, o] of x.overrides) {
    const path = ['series', 'overrides', i++];
    if (o.cancelled === true) continue;
    const [s, e] = overrideTimes(ctx, o, rid, path);
    if (overlaps(s, e) && isInstance(ctx, x, rid)) push(occurrence(ctx, rid, s, e, true, !ruleKeys.has(rid) && x.rdates.includes(rid), o), s);
  }
  const order = out.map((_, j) => j).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0));
  return order.map((j) => out[j]).filter((o): o is Occurrence => o !== undefined);
}

/**
 * Walks a series lazily from DTSTART, in the order of the instances'
 * RECURRENCE-IDs (an override keeps its original place). RDATEs, EXDATEs and
 * overrides apply as in {@link expand}.
 *
 * @param series - the series
 * @param options - DST-gap policy, zone, and `limit`: the most instances yielded. A series that repeats forever needs an explicit `limit` (`Infinity` allowed).
 * @returns a generator of instances
 * @throws {@link RecurrenceError} at once for unusable input, `unbounded` for a forever series without `options.limit`
 * @example
 * ```ts
 * for (const o of iterate(series, { limit: 10 })) console.log(o.startInstant);
 * ```
 */
export function iterate(series: RecurrenceSeries, options: ExpandOptions = {}): Generator<Occurrence, void, undefined> {
  const ctx = resolveSeries(series, options);
  if (unbounded(ctx) && options.limit === undefined) {
    throw new RecurrenceError('unbounded', ['options', 'limit'], 'the series repeats forever (RRULE without COUNT or UNTIL); pass options.limit (Infinity to walk forever)');
  }
  const x = extras(ctx);
  return walk(ctx, x, options.limit ?? Infinity);
}

function* walk(ctx: SeriesContext, x: Extras, limit: number): Generator<Occurrence, void, undefined> {
  const walker = new RuleWalker(ctx, null);
  let more = walker.next();
  let r = 0;
  let yielded = 0;
  while (yielded < limit) {
    const rd = x.rdates[r];
    let key: number;
    let fromRdate = false;
    if (more && (rd === undefined || walker.key <= rd)) {
      key = walker.key;
      if (rd === key) r += 1;
      more = walker.next();
    } else if (rd !== undefined) {
      key = rd;
      fromRdate = true;
      r += 1;
    } else return;
    if (excluded(ctx, x, key)) continue;
    const o = x.overrides.get(key);
    if (o?.cancelled === true) continue;
    const wall = wallOfKey(ctx, key);
    if (o === undefined) yield occurrence(ctx, key, key, endKeyOf(ctx, wall, key), false, fromRdate);
    else {
      const [s, e] = overrideTimes(ctx, o, key, ['series', 'overrides']);
      yield occurrence(ctx, key, s, e, true, fromRdate, o);
    }
    yielded += 1;
  }
}
